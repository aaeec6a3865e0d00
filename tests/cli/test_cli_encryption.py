"""The encryption and backup commands through the real command line (a contract)."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path

import pytest
from cli_support import copy_database, one_line_error, tpdesk


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def secrets(tmp_path: Path) -> dict[str, dict[str, str]]:
    files = {}
    for name, text in (("right", "correct horse battery"), ("wrong", "incorrect horse"),
                       ("new", "staple two")):
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        files[name] = {"TPDESK_PASSPHRASE_FILE": str(tmp_path / f"{name}.txt")}
    files["change"] = {**files["right"],
                       "TPDESK_NEW_PASSPHRASE_FILE": str(tmp_path / "new.txt")}
    return files


@pytest.fixture
def encrypted(demo_db: Path, tmp_path: Path, secrets: dict[str, dict[str, str]]) -> Path:
    path = copy_database(demo_db, tmp_path / "register.db")
    done = tpdesk("--db", path, "encrypt", env=secrets["right"])
    assert done.returncode == 0, done.stderr
    assert "earlier copies of the plain file may persist" in done.stderr
    return path


def test_encrypt_then_every_command_asks_for_the_passphrase(
        encrypted: Path, secrets: dict[str, dict[str, str]]) -> None:
    assert b"Tunisia" not in encrypted.read_bytes()
    assert stat.S_IMODE(encrypted.stat().st_mode) == 0o600
    assert stat.S_IMODE(Path(f"{encrypted}.keys").stat().st_mode) == 0o600
    listed = tpdesk("--db", encrypted, "list", "partnerships", "--json", env=secrets["right"])
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 5
    before = _digest(encrypted)
    wrong = tpdesk("--db", encrypted, "list", "partnerships", env=secrets["wrong"])
    assert one_line_error(wrong) == f"tpdesk: error: {encrypted}: wrong passphrase; nothing changed"
    no_terminal = tpdesk("--db", encrypted, "search", "skills")
    assert "TPDESK_PASSPHRASE_FILE" in one_line_error(no_terminal)
    assert _digest(encrypted) == before


def test_passphrase_change_rewraps_the_key_only(
        encrypted: Path, secrets: dict[str, dict[str, str]]) -> None:
    # any command that opens the file for writing turns WAL on (check only reads it)
    assert tpdesk("--db", encrypted, "list", "partnerships",
                  env=secrets["right"]).returncode == 0
    before = _digest(encrypted)
    changed = tpdesk("--db", encrypted, "passphrase", "change", env=secrets["change"])
    assert changed.returncode == 0, changed.stderr
    assert _digest(encrypted) == before  # the database was not rewritten
    assert tpdesk("--db", encrypted, "check", env=secrets["new"]).returncode == 0
    old = tpdesk("--db", encrypted, "check", env=secrets["right"])
    assert one_line_error(old).endswith("wrong passphrase; nothing changed")


def test_decrypt_writes_a_plain_copy_and_leaves_the_database_encrypted(
        encrypted: Path, tmp_path: Path, secrets: dict[str, dict[str, str]]) -> None:
    out = tmp_path / "plain.db"
    done = tpdesk("--db", encrypted, "decrypt", "-o", out, env=secrets["right"])
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"SQLite format 3\x00")
    assert tpdesk("--db", out, "list", "partnerships").returncode == 0
    assert b"Tunisia" not in encrypted.read_bytes()
    plain_where_encrypted = tmp_path / "swapped.db"
    plain_where_encrypted.write_bytes(out.read_bytes())
    Path(f"{plain_where_encrypted}.keys").write_bytes(Path(f"{encrypted}.keys").read_bytes())
    refused = tpdesk("--db", plain_where_encrypted, "list", "partnerships",
                     env=secrets["right"])
    assert "is not encrypted, but swapped.db.keys beside it says it is" in one_line_error(
        refused)


def test_backup_o_of_an_encrypted_database_is_encrypted_with_its_key_file(
        encrypted: Path, tmp_path: Path, secrets: dict[str, dict[str, str]]) -> None:
    copy = tmp_path / "away" / "copy.db"
    copy.parent.mkdir()
    assert tpdesk("--db", encrypted, "backup", "-o", copy, env=secrets["right"]).returncode == 0
    assert b"Tunisia" not in copy.read_bytes()
    assert tpdesk("--db", copy, "list", "packs", env=secrets["right"]).returncode == 0


def test_backups_lists_and_restore_swaps_in_a_checked_backup(
        writable_db: Path, tmp_path: Path) -> None:
    from tpdesk.services import StoreFactory, take_backup

    first = take_backup(StoreFactory(writable_db, user="t"))
    listed = tpdesk("--db", writable_db, "backups", "--json")
    assert listed.returncode == 0, listed.stderr
    [entry] = json.loads(listed.stdout)
    assert entry["file"] == str(first)
    assert entry["records"] > 100
    assert entry["size"] == first.stat().st_size
    deleted = tpdesk("--db", writable_db, "list", "packs", "--json")
    pack_ids = [p["id"] for p in json.loads(deleted.stdout)]
    import_line = tpdesk("--db", writable_db, "demo", "--scale", "3")
    assert import_line.returncode == 0, import_line.stderr
    restored = tpdesk("--db", writable_db, "restore", first)
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    after = tpdesk("--db", writable_db, "list", "activities", "--json")
    assert len(json.loads(after.stdout)) == entry_count(first)
    assert [p["id"] for p in json.loads(
        tpdesk("--db", writable_db, "list", "packs", "--json").stdout)] == pack_ids
    assert tpdesk("--db", writable_db, "check").returncode == 0
    table = tpdesk("--db", writable_db, "backups")
    assert "2 backups" in table.stdout  # the one restored and the one taken before


def entry_count(backup: Path) -> int:
    result = tpdesk("--db", backup, "list", "activities", "--json")
    return len(json.loads(result.stdout))


def test_restore_refuses_a_damaged_or_foreign_backup_and_changes_nothing(
        writable_db: Path, tmp_path: Path) -> None:
    before = _digest(writable_db)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x01" * 8000)
    refused = tpdesk("--db", writable_db, "restore", junk)
    assert one_line_error(refused).startswith(f"tpdesk: error: {junk}")
    assert _digest(writable_db) == before
    assert not (writable_db.parent / "backups").exists()


def test_a_damaged_database_is_answered_with_the_newest_good_backup(
        writable_db: Path) -> None:
    from tpdesk.services import StoreFactory, take_backup

    good = take_backup(StoreFactory(writable_db, user="t"))
    data = writable_db.read_bytes()
    writable_db.write_bytes(data[:4096] + bytes(range(256)) * ((len(data) - 4096) // 256))
    damaged = tpdesk("--db", writable_db, "list", "partnerships")
    line = one_line_error(damaged)
    assert line.endswith(f"the newest good backup is {good} ('tpdesk restore {good}')"), line
    restored = tpdesk("--db", writable_db, "restore", good)
    assert restored.returncode == 0, restored.stderr
    assert "-damaged.db" in restored.stdout  # the damaged bytes are kept, as they were
    assert tpdesk("--db", writable_db, "check").returncode == 0


@pytest.mark.parametrize("kind", ["plain", "encrypted"])
def test_a_restore_is_undone_by_restoring_the_backup_taken_just_before_it(
        kind: str, writable_db: Path, tmp_path: Path, secrets: dict[str, dict[str, str]],
        request: pytest.FixtureRequest) -> None:
    """Edit, back up, edit more, restore the backup, then restore the before-restore backup
    that restore made: the more-edited state is back."""
    db, env = ((writable_db, {}) if kind == "plain"
               else (request.getfixturevalue("encrypted"), secrets["right"]))

    def run(*args: object) -> str:
        done = tpdesk("--db", db, *args, env=env)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def packs() -> list[str]:
        return sorted(p["id"] for p in json.loads(run("list", "packs", "--json")))

    run("pack", "new", "--roundtable", "TN 5", "--audience", "Italian delegation")
    edited = packs()
    first = tmp_path / "first.db"
    run("backup", "-o", first)
    run("pack", "new", "--roundtable", "TN 5", "--audience", "French delegation")
    more = packs()
    assert len(more) == len(edited) + 1
    run("restore", first)
    assert packs() == edited
    [before] = [b["file"] for b in json.loads(run("backups", "--json"))
                if "before-restore" in b["file"]]
    undone = run("restore", before)
    assert packs() == more
    assert run("check")
    # That restore can be undone in turn: the state it replaced was kept beside the first.
    kept = [b["file"] for b in json.loads(run("backups", "--json"))]
    assert len(kept) == 2 and before in kept and next(f for f in kept if f != before) in undone
    restored_again = next(f for f in kept if f != before)
    run("restore", restored_again)
    assert packs() == edited
