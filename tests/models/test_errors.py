"""SQLite's errors sorted by result code: the file's problems are one line, bugs propagate."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tpdesk.models import Activity, Partnership, Store, StoreError
from tpdesk.models import store as store_module
from tpdesk.models.connection import sqlite as sqlite3
from tpdesk.models.sqlite_errors import sqlite_user_error


def _code(error: StoreError) -> int:
    cause = error.__cause__
    assert isinstance(cause, sqlite3.Error)
    return cause.sqlite_errorcode & 0xFF


def _one_line(error: pytest.ExceptionInfo[StoreError], path: Path) -> str:
    text = str(error.value)
    assert "\n" not in text
    assert text.startswith(f"{path}: ")
    return text[len(f"{path}: "):]


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A closed database holding one partnership."""
    path = tmp_path / "register.db"
    with Store(path) as store:
        store.save(Partnership(country_code="TN", title="EU-Tunisia Talent Partnership"))
    return path


def test_a_file_another_program_is_writing_is_busy(saved: Path) -> None:
    other = sqlite3.connect(saved, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE partnership SET title = 'held by another program'")
    try:
        with Store(saved) as store:
            store.db.execute("PRAGMA busy_timeout = 50")
            with pytest.raises(StoreError) as error:
                store.save(Partnership(country_code="MA", title="EU-Morocco"))
            assert _code(error.value) == sqlite3.SQLITE_BUSY
            assert _one_line(error, saved) == ("the database is busy in another program"
                                               " (another tpdesk or a backup); try again")
            other.execute("ROLLBACK")
            store.save(Partnership(country_code="MA", title="EU-Morocco"))
            assert store.count(Partnership) == 2
    finally:
        other.close()


def test_garbage_pages_after_the_header_are_a_damaged_file(saved: Path) -> None:
    data = saved.read_bytes()
    saved.write_bytes(data[:4096] + bytes(range(256)) * ((len(data) - 4096) // 256))
    with pytest.raises(StoreError) as error:
        Store(saved)
    assert _code(error.value) == sqlite3.SQLITE_CORRUPT
    assert _one_line(error, saved) == ("the database file is damaged (database disk image is"
                                       " malformed); restore a backup or run 'tpdesk check'")


def test_a_truncated_file_is_damaged(saved: Path) -> None:
    with saved.open("r+b") as fh:
        fh.truncate(saved.stat().st_size // 3)
    with pytest.raises(StoreError, match=r"the database file is damaged \(database disk"):
        Store(saved)


def test_an_sqlite_header_over_garbage_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "garbled.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)
    with pytest.raises(StoreError) as error:
        Store(path)
    assert _code(error.value) == sqlite3.SQLITE_NOTADB
    assert _one_line(error, path) == ("the file is damaged or not a database"
                                      " (file is not a database); restore a backup")


def test_writing_through_a_read_only_connection(saved: Path) -> None:
    read_only = ("the database cannot be written here (the file, its folder or the disk is"
                 " read-only); copy it to a folder you can write to")
    with Store(saved) as store:
        store.db.execute("PRAGMA query_only = ON")
        with pytest.raises(StoreError) as error:
            store.save(Partnership(country_code="MA", title="EU-Morocco"))
        assert _code(error.value) == sqlite3.SQLITE_READONLY
        assert _one_line(error, saved) == read_only
    with contextlib.closing(sqlite3.connect(f"file:{saved}?mode=ro", uri=True)) as conn:
        with pytest.raises(sqlite3.OperationalError) as raw:
            conn.execute("DELETE FROM partnership")
        assert str(sqlite_user_error(raw.value, saved)) == f"{saved}: {read_only}"


def test_a_full_disk_leaves_the_register_as_it_was(saved: Path) -> None:
    with Store(saved) as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        partnership = store.partnership_by_code("TN")
        with pytest.raises(StoreError) as error:
            store.save(Activity(partnership_id=partnership.id, title="Bootcamp",
                                description="training " * 20_000))
        assert _code(error.value) == sqlite3.SQLITE_FULL
        assert _one_line(error, saved) == "the disk is full; free some space and try again"
        assert store.count(Activity) == 0
        assert store.history_of(partnership.id)[-1].action == "insert"


def test_a_file_that_cannot_be_opened(tmp_path: Path) -> None:
    missing = tmp_path / "gone" / "x.db"
    with pytest.raises(sqlite3.OperationalError) as raw:
        sqlite3.connect(f"file:{missing}?mode=ro", uri=True)
    message = str(sqlite_user_error(raw.value, missing))
    assert message == (f"{missing}: the database cannot be opened (unable to open database"
                       " file); check that the file and its folder exist and that you may"
                       " use them")


def test_a_search_that_reaches_fts5_unquoted_is_a_bug(saved: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "match_expression", lambda text: text)
    with Store(saved) as store, pytest.raises(sqlite3.OperationalError, match="fts5: syntax"):
        store.search("fair OR AND recruitment")


def test_a_query_on_a_missing_column_is_a_bug(saved: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(store_module.DEFAULT_ORDER, Partnership, "t.no_such_column")
    with Store(saved) as store, pytest.raises(sqlite3.OperationalError,
                                              match=r"no such column: t\.no_such_column"):
        store.list(Partnership)


def test_a_bug_in_a_lookup_is_not_dressed_up_either(saved: Path) -> None:
    with Store(saved) as store:
        store.db.execute("ALTER TABLE partnership RENAME COLUMN country_code TO code")
        with pytest.raises(sqlite3.OperationalError, match="no such column: country_code"):
            store.partnership_for_country("TN", exclude="")
