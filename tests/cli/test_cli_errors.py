"""The command line's two families of errors, in process: a file's problem or a logged bug."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import one_line_error, tpdesk

from tpdesk import cli
from tpdesk.models import store as store_module
from tpdesk.models.connection import sqlite as sqlite3
from tpdesk.services import maintenance


@pytest.fixture
def log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "tpdesk" / "tpdesk.log"


def test_a_bug_exits_1_with_one_line_and_its_traceback_in_the_log(
        writable_db: Path, log: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(store_module, "match_expression", lambda text: text)
    assert cli.main(["--db", str(writable_db), "search", "fair OR AND recruitment"]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == ('tpdesk: internal error: OperationalError: fts5: syntax error near "AND"'
                       f" (logged to {log})\n")
    text = log.read_text(encoding="utf-8")
    assert "tpdesk.cli ERROR: unexpected error: OperationalError" in text
    assert 'near "AND"' not in text  # the message quotes what was typed: the terminal only
    assert "Traceback (most recent call last):" in text
    assert "in search" in text  # the frame in the store that ran the query


def test_a_damaged_file_is_the_users_and_logs_nothing(
        tmp_path: Path, log: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "garbled.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)
    assert cli.main(["--db", str(path), "list", "activities"]) == 1
    assert capsys.readouterr().err == (f"tpdesk: error: {path}: the file is damaged or not a"
                                       " database (file is not a database); restore a backup\n")
    assert not log.exists()


def test_sqlite_errors_raised_outside_the_store_are_sorted_too(
        writable_db: Path, log: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`check` runs its own queries; a full disk there is still the user's to fix.

    The factory opens every use case's store under `Store.translating`.
    """
    def full(store: object) -> None:
        with sqlite3.connect(":memory:") as conn:
            conn.execute("CREATE TABLE t (x)")
            conn.execute("PRAGMA max_page_count = 2")
            conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    monkeypatch.setattr(maintenance, "check", full)
    assert cli.main(["--db", str(writable_db), "check"]) == 1
    assert capsys.readouterr().err == (f"tpdesk: error: {writable_db}: the disk is full;"
                                       " free some space and try again\n")
    assert not log.exists()


def test_a_database_busy_in_another_program(writable_db: Path) -> None:
    """Through the real command line, while another connection holds the write lock."""
    other = sqlite3.connect(writable_db, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE partnership SET title = title || ' (being edited)'")
        line = one_line_error(tpdesk("--db", writable_db, "demo", "--scale", "1"))
    finally:
        other.close()
    assert line == (f"tpdesk: error: {writable_db}: the database is busy in another program"
                    " (another tpdesk or a backup); try again")


def test_an_empty_db_path_is_refused_not_taken_for_the_default(tmp_path: Path) -> None:
    result = tpdesk("--db", "", "list", "partnerships",
                    env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert one_line_error(result, 2) == ("tpdesk: error: --db: the path is empty;"
                                         " name a database file")
    assert not (tmp_path / "data").exists()
