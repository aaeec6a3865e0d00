"""`tpdesk check` finds what breaks lists, search and exports, and changes nothing."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest
from cli_support import tpdesk

from tpdesk.models import Pack, Partnership, Store
from tpdesk.models.check import Problem, check


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _damage(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        for sql in statements:
            conn.execute(sql)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _check(path: Path) -> tuple[int, str]:
    before = _md5(path)
    result = tpdesk("--db", path, "check")
    assert "Traceback" not in result.stderr
    assert _md5(path) == before, "check changed the file"
    return result.returncode, result.stdout


@pytest.mark.parametrize("damage, expected", [
    (("UPDATE activity SET title = CAST(X'4e757273657320ff2070617468' AS TEXT)"
      " WHERE rowid = (SELECT min(rowid) FROM activity)",),
     "title holds text that is not valid UTF-8"),
    (("DELETE FROM search_fts_data WHERE id > 10",),
     "search index: the full-text index is damaged"),
    (("DROP TABLE change_log",), "database file: table change_log is missing"),
    (("DROP TABLE tag",), "database file: table tag is missing"),
])
def test_check_reports_damage_and_leaves_the_file_as_it_was(
        writable_db: Path, damage: tuple[str, ...], expected: str) -> None:
    code, out = _check(writable_db)
    assert code == 0 and out.startswith("ok: "), out
    _damage(writable_db, *damage)
    code, out = _check(writable_db)
    assert code == 1
    assert expected in out


def test_check_of_a_backup_keeps_it_in_rollback_journal_mode(
        writable_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "backup.db"
    assert tpdesk("--db", writable_db, "backup", "-o", copy).returncode == 0
    code, out = _check(copy)
    assert code == 0, out
    assert copy.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("backup")) == [
        "backup.db"]


def test_an_unindexed_record_is_named_by_its_kind_in_words(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        tn = store.save(Partnership(country_code="TN", title="EU-Tunisia"))
        pack = store.save(Pack(title="Tunis pack", partnership_id=tn.id,
                               partnership_ids=[tn.id], meeting_date="2026-12-10"))
        store.db.execute("DELETE FROM search_doc WHERE record_id = ?", [pack.id])
        problems = check(store)[0]
    assert Problem("search index", "1 live briefing pack record not indexed") in problems
