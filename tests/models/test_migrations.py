"""Opening files: new, empty, of the first schema version, newer, foreign."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tpdesk.models import Activity, Commitment, Note, Store, StoreError
from tpdesk.models.schema import APPLICATION_ID, known_steps

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_v1.db"


def _pragma(path: Path, name: str) -> int:
    with sqlite3.connect(path) as conn:
        value = conn.execute(f"PRAGMA {name}").fetchone()[0]
    conn.close()
    return int(value)


def test_a_new_file_gets_every_step(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store(path) as store:
        assert store.count(Activity) == 0
    assert _pragma(path, "application_id") == APPLICATION_ID
    assert _pragma(path, "user_version") == len(known_steps())
    assert not list(tmp_path.glob("*.bak"))  # nothing to back up in a new file


def test_an_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Store(path) as store:
        assert store.search("anything") == []


def test_first_schema_version_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with Store(path) as store:
        assert [h.id for h in store.search("nurses")] == ["a1"]
        assert [h.id for h in store.search("recognition guide")] == ["c1"]
        assert [h.id for h in store.search("cohort")] == ["n1"]
        commitment = store.get(Commitment, "c1")
        assert commitment.actor_ids == ["o1"]
        assert store.get(Note, "n1").target_id == "a1"
        assert store.get(Activity, "a1").title == "Nurses pathway to Spain"
    backups = list(tmp_path.glob("old.db.before-0002_search-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        steps = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
        assert steps == ["0001_register"]
    conn.close()
    # A second open has nothing to migrate and makes no new backup.
    Store(path).close()
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_a_database_from_a_newer_tpdesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                     " VALUES ('tpdesk', '0099_future', '2030-01-01')")
    conn.close()
    with pytest.raises(StoreError, match=r"written by a newer tpdesk .*'0099_future'"):
        Store(path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some notes\n")
    with pytest.raises(StoreError, match="not a tpdesk database"):
        Store(path)
    assert path.read_text() == "just some notes\n"


def test_a_missing_database_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        Store(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()
