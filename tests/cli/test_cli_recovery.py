"""A forgotten passphrase recovered through the secretariat: two real databases, end to end."""

from __future__ import annotations

import hashlib
import json
import re
import stat
from pathlib import Path

import pytest
from cli_support import one_line_error, tpdesk

from tpdesk.models.keys import KeyFile, key_file


def ok(*args: str | Path, env: dict[str, str] | None = None) -> str:
    result = tpdesk(*args, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _secret_file(folder: Path, name: str, text: str) -> str:
    path = folder / f"{name}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def laptop(writable_db: Path, tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """The secretariat's register and a delegate's laptop that joined it, then encrypted."""
    sec = writable_db
    delegate = tmp_path / "laptop" / "delegate.db"
    delegate.parent.mkdir()
    ok("--db", sec, "identity", "--name", "DG HOME secretariat", "--person", "Anna Berg")
    ok("--db", delegate, "identity", "--name", "Italian delegation", "--person", "Marco Rossi")
    ok("--db", sec, "keys", "export", "-o", tmp_path / "sec.keys")
    ok("--db", delegate, "keys", "export", "-o", tmp_path / "delegate.keys")
    ok("--db", sec, "contacts", "add", tmp_path / "delegate.keys")
    ok("--db", delegate, "contacts", "add", tmp_path / "sec.keys")
    packs = json.loads(ok("--db", sec, "list", "packs", "--json", "--partnership", "TN"))
    ok("--db", sec, "exchange", "export", "--pack", packs[0]["id"], "--to",
       "Italian delegation", "-o", tmp_path / "pack.tpx")
    ok("--db", delegate, "exchange", "import", tmp_path / "pack.tpx")
    env = {"TPDESK_PASSPHRASE_FILE": _secret_file(tmp_path, "old", "forgotten horse")}
    ok("--db", delegate, "encrypt", env=env)
    return sec, delegate, env


def test_the_secretariat_unlocks_a_laptop_whose_passphrase_was_forgotten(
        laptop: tuple[Path, Path, dict[str, str]], tmp_path: Path) -> None:
    sec, delegate, old = laptop
    sealed = ok("--db", delegate, "recovery", "seal", env=old)
    assert "sealed to DG HOME secretariat" in sealed
    key = KeyFile.read(key_file(delegate)).unlock("forgotten horse")
    slots = KeyFile.read(key_file(delegate)).slots
    assert [s["kind"] for s in slots] == ["passphrase", "sealed"]
    assert key.raw.hex() not in key_file(delegate).read_text()

    # The passphrase is forgotten: no terminal, no passphrase file.
    request = tmp_path / "request.json"
    asked = ok("--db", delegate, "recovery", "request", "-o", request)
    assert "send it to DG HOME secretariat" in asked
    unlock = tmp_path / "unlock.json"
    granted = ok("--db", sec, "recovery", "grant", request, "-o", unlock)
    assert "the unlock for Italian delegation's database" in granted
    code = re.search(r"one-time code .*: ([A-Z0-9-]{39})$", granted, re.MULTILINE)
    assert code is not None, granted
    assert code.group(1) not in unlock.read_text() and key.raw.hex() not in unlock.read_text()
    assert {stat.S_IMODE(f.stat().st_mode) for f in (request, unlock)} == {0o600}

    keys_before = _digest(key_file(delegate))
    db_before = _digest(delegate)
    new = {"TPDESK_NEW_PASSPHRASE_FILE": _secret_file(tmp_path, "new", "remembered now")}
    wrong = tpdesk("--db", delegate, "recovery", "apply", unlock, env={
        "TPDESK_PASSPHRASE_FILE": _secret_file(tmp_path, "bad", "AAAA-BBBB"), **new})
    assert one_line_error(wrong) == (f"tpdesk: error: {unlock}: wrong one-time code;"
                                     " nothing changed")
    assert _digest(key_file(delegate)) == keys_before

    typed = code.group(1).lower().replace("-", " ")  # as a person may type it
    applied = ok("--db", delegate, "recovery", "apply", unlock, env={
        "TPDESK_PASSPHRASE_FILE": _secret_file(tmp_path, "code", typed), **new})
    assert "its passphrase is the new one" in applied
    assert _digest(delegate) == db_before  # only the key file changed
    now = {"TPDESK_PASSPHRASE_FILE": new["TPDESK_NEW_PASSPHRASE_FILE"]}
    assert json.loads(ok("--db", delegate, "list", "activities", "--json", env=now))
    stale = tpdesk("--db", delegate, "check", env=old)
    assert one_line_error(stale).endswith("wrong passphrase; nothing changed")
    kinds = [s["kind"] for s in KeyFile.read(key_file(delegate)).slots]
    assert kinds == ["passphrase", "sealed"]  # still recoverable next time


def test_recovery_refuses_what_it_cannot_answer(
        laptop: tuple[Path, Path, dict[str, str]], tmp_path: Path) -> None:
    sec, delegate, old = laptop
    nothing_sealed = tpdesk("--db", delegate, "recovery", "request", "-o", tmp_path / "r.json")
    assert "sealed to no one" in one_line_error(nothing_sealed)
    assert not (tmp_path / "r.json").exists()
    plain = tpdesk("--db", sec, "recovery", "request", "-o", tmp_path / "r.json")
    assert one_line_error(plain).endswith("is not encrypted: it needs no recovery")
    missing = tpdesk("--db", tmp_path / "nowhere.db", "recovery", "request", "-o", "r.json")
    assert one_line_error(missing) == f"tpdesk: error: no database at {tmp_path / 'nowhere.db'}"

    ok("--db", delegate, "recovery", "seal", env=old)
    request = tmp_path / "request.json"
    ok("--db", delegate, "recovery", "request", "-o", request)
    # Only the copy the key is sealed to can answer, and only for one of its contacts.
    stranger = tmp_path / "stranger.db"
    ok("--db", stranger, "identity", "--name", "Someone else")
    refused = tpdesk("--db", stranger, "recovery", "grant", request, "-o", tmp_path / "u.json")
    assert one_line_error(refused).endswith(
        "the key is sealed to DG HOME secretariat, not to this copy")
    assert not (tmp_path / "u.json").exists()
    not_json = tmp_path / "notes.txt"
    not_json.write_text("hello", encoding="utf-8")
    bad = tpdesk("--db", sec, "recovery", "grant", not_json, "-o", tmp_path / "u.json")
    assert one_line_error(bad) == f"tpdesk: error: {not_json}: not a tpdesk recovery request"

    # An unlock for this laptop does not open another encrypted database.
    unlock = tmp_path / "unlock.json"
    granted = ok("--db", sec, "recovery", "grant", request, "-o", unlock)
    code = granted.rsplit(": ", 1)[1].strip()
    other = tmp_path / "other.db"
    ok("--db", other, "identity", "--name", "Another laptop")
    ok("--db", other, "encrypt", env=old)
    before = _digest(key_file(other))
    wrong_db = tpdesk("--db", other, "recovery", "apply", unlock, env={
        "TPDESK_PASSPHRASE_FILE": _secret_file(tmp_path, "code", code),
        "TPDESK_NEW_PASSPHRASE_FILE": _secret_file(tmp_path, "new", "x y z")})
    assert "the key does not open this database" in one_line_error(wrong_db)
    assert _digest(key_file(other)) == before


def test_seal_needs_an_encrypted_database_and_a_known_secretariat(
        writable_db: Path, tmp_path: Path) -> None:
    plain = tpdesk("--db", writable_db, "recovery", "seal")
    assert one_line_error(plain).endswith("is not encrypted; run 'tpdesk encrypt' first")
    env = {"TPDESK_PASSPHRASE_FILE": _secret_file(tmp_path, "p", "a passphrase")}
    alone = tmp_path / "alone.db"
    ok("--db", alone, "identity", "--name", "Alone")
    ok("--db", alone, "encrypt", env=env)
    no_contact = tpdesk("--db", alone, "recovery", "seal", env=env)
    assert one_line_error(no_contact) == ("tpdesk: error: --to: this copy's secretariat is not a"
                                          " contact yet: add its keys, or name another contact")
    unknown = tpdesk("--db", alone, "recovery", "seal", "--to", "Nobody", env=env)
    assert one_line_error(unknown).startswith("tpdesk: error: --to: 'Nobody' is not a contact")
