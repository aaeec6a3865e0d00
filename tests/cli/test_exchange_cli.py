"""Two people, two databases, files between them: the exchange commands end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import one_line_error, tpdesk

from tpdesk.models import Commitment, Note, Store
from tpdesk.models.vocab import CommitmentStatus


def ok(*args: str | Path) -> str:
    result = tpdesk(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def pair(writable_db: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """The secretariat's copy (the demo register) and a delegate's empty copy, introduced."""
    sec = writable_db
    delegate = tmp_path / "laptop" / "delegate.db"
    delegate.parent.mkdir()
    ok("--db", sec, "identity", "--name", "DG HOME secretariat", "--person", "Anna Berg")
    ok("--db", delegate, "identity", "--name", "Italian delegation", "--person", "Marco Rossi")
    ok("--db", sec, "keys", "export", "-o", tmp_path / "sec.keys")
    ok("--db", delegate, "keys", "export", "-o", tmp_path / "delegate.keys")
    added = ok("--db", sec, "contacts", "add", tmp_path / "delegate.keys")
    assert added.startswith("Italian delegation  ")
    ok("--db", delegate, "contacts", "add", tmp_path / "sec.keys")
    return sec, delegate, tmp_path


def _pack_id(db: Path) -> str:
    packs = json.loads(ok("--db", db, "list", "packs", "--json", "--partnership", "TN"))
    return str(packs[0]["id"])


def test_a_delegate_gets_a_pack_and_the_secretariat_gets_the_reply(pair) -> None:
    sec, delegate, folder = pair
    me = ok("--db", delegate, "identity")
    assert "role:        secretariat" in me and "Marco Rossi" in me  # of its own, empty
    listed = json.loads(ok("--db", sec, "contacts", "list", "--json"))
    assert [c["name"] for c in listed] == ["Italian delegation"]

    pack = folder / "pack.tpx"
    out = ok("--db", sec, "exchange", "export", "--pack", _pack_id(sec), "--to",
             "Italian delegation", "-o", pack)
    assert "for Italian delegation" in out
    preview = json.loads(ok("--db", delegate, "exchange", "import", pack, "--dry-run", "--json"))
    assert preview["merged"] is False and len(preview["added"]) > 10
    assert json.loads(ok("--db", delegate, "list", "activities", "--json")) == []
    ok("--db", delegate, "exchange", "import", pack)
    theirs = json.loads(ok("--db", delegate, "list", "activities", "--json"))
    mine = json.loads(ok("--db", sec, "list", "activities", "--json", "--partnership", "TN"))
    assert {a["id"] for a in theirs} <= {a["id"] for a in mine} and theirs
    assert "role:        delegate" in ok("--db", delegate, "identity")

    with Store(delegate) as store:  # the delegate works offline
        commitment = store.list(Commitment)[0]
        store.add_progress(commitment.id, status=commitment.status, note="Met the ministry")
        store.save(Note(target_kind="commitment", target_id=commitment.id,
                        text="Lines: welcome the desk"))
    reply = folder / "reply.tpx"
    ok("--db", delegate, "exchange", "export", "--reply", "--to", "DG HOME secretariat",
       "-o", reply)
    merged = json.loads(ok("--db", sec, "exchange", "import", reply, "--json"))
    assert merged["merged"] is True and [a["kind"] for a in merged["added"]] == ["note"]
    assert [c["id"] for c in merged["changed"]] == [commitment.id]
    with Store(sec) as store:
        updates = store.get(Commitment, commitment.id).updates
        assert updates[-1].note == "Met the ministry" and updates[-1].by == "Marco Rossi"
        assert store.history_of(commitment.id)[-1].source == "merge:reply.tpx"
    again = ok("--db", sec, "exchange", "import", reply)
    assert "0 added, 0 changed, 0 deleted, 0 conflicts" in again
    assert json.loads(ok("--db", sec, "conflicts", "list", "--json")) == []


def test_a_delegates_other_edits_are_proposals(pair) -> None:
    sec, delegate, folder = pair
    ok("--db", sec, "exchange", "export", "--pack", _pack_id(sec), "--to",
       "Italian delegation", "-o", folder / "pack.tpx")
    ok("--db", delegate, "exchange", "import", folder / "pack.tpx")
    with Store(delegate) as store:
        commitment = store.list(Commitment)[0]
        store.add_progress(commitment.id, status=CommitmentStatus.FULFILLED, note="Done")
    ok("--db", delegate, "exchange", "export", "--reply", "--to", "DG HOME secretariat",
       "-o", folder / "reply.tpx")
    ok("--db", sec, "exchange", "import", folder / "reply.tpx")
    (proposal,) = json.loads(ok("--db", sec, "conflicts", "list", "--json"))
    assert proposal["kind"] == "proposal" and proposal["field"] == "status"
    assert proposal["lost"] == "fulfilled" and proposal["lost_who"] == "Marco Rossi"
    table = ok("--db", sec, "conflicts", "list")
    assert "Commitment '" in table and "1 open" in table


def test_bad_files_are_one_line_and_merge_nothing(pair, tmp_path: Path) -> None:
    sec, delegate, folder = pair
    pack = folder / "pack.tpx"
    ok("--db", sec, "exchange", "export", "--pack", _pack_id(sec), "--to",
       "Italian delegation", "-o", pack)
    text = folder / "notes.tpx"
    text.write_text("hello")
    assert "not a tpdesk exchange file" in one_line_error(
        tpdesk("--db", delegate, "exchange", "import", text))
    cut = folder / "cut.tpx"
    cut.write_bytes(pack.read_bytes()[: len(pack.read_bytes()) // 2])
    assert "truncated or damaged" in one_line_error(
        tpdesk("--db", delegate, "exchange", "import", cut))
    stranger = tmp_path / "stranger.db"
    assert "addressed to someone else" in one_line_error(
        tpdesk("--db", stranger, "exchange", "import", pack))
    # A copy the file is addressed to, but that does not know the sender's key:
    ok("--db", stranger, "keys", "export", "-o", folder / "stranger.keys")
    ok("--db", sec, "contacts", "add", folder / "stranger.keys", "--name", "Stranger")
    ok("--db", sec, "exchange", "export", "--pack", _pack_id(sec), "--to", "Stranger",
       "-o", folder / "for-stranger.tpx")
    assert "signed by an unknown key (DG HOME secretariat)" in one_line_error(
        tpdesk("--db", stranger, "exchange", "import", folder / "for-stranger.tpx"))
    # A reply from a copy of another register:
    ok("--db", stranger, "contacts", "add", folder / "sec.keys")
    ok("--db", stranger, "demo")
    ok("--db", stranger, "contacts", "add", folder / "delegate.keys")
    ok("--db", delegate, "contacts", "add", folder / "stranger.keys")
    ok("--db", stranger, "exchange", "export", "--reply", "--to", "Italian delegation",
       "-o", folder / "other.tpx")
    ok("--db", delegate, "exchange", "import", pack)
    assert "belongs to another register" in one_line_error(
        tpdesk("--db", delegate, "exchange", "import", folder / "other.tpx"))
    assert "tpdesk: error: --to: 'Nobody' is not a contact" in one_line_error(
        tpdesk("--db", sec, "exchange", "export", "--reply", "--to", "Nobody", "-o",
               folder / "x.tpx"))
    assert tpdesk("--db", sec, "exchange", "export", "--to", "Stranger", "-o",
                  folder / "x.tpx").returncode == 2


def test_keys_show_gives_the_fingerprint_the_other_side_compares(pair) -> None:
    sec, delegate, _folder = pair
    shown = dict(line.split(":", 1) for line in ok("--db", delegate, "keys", "show")
                 .splitlines())
    assert shown["name"].strip() == "Italian delegation"
    assert shown["age recipient"].strip().startswith("age1")
    listed = json.loads(ok("--db", sec, "contacts", "list", "--json"))
    assert listed[0]["fingerprint"] == shown["fingerprint"].strip()
