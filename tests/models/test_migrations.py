"""Opening files: new, empty, of the first schema version, newer, foreign."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from sqlite_utils import Database

from tpdesk.models import (
    Activity,
    Commitment,
    Filters,
    Note,
    Organisation,
    Pack,
    Partnership,
    Roadmap,
    Roundtable,
    Store,
    StoreError,
)
from tpdesk.models.check import Problem, check
from tpdesk.models.connection import sqlite as sqlite3
from tpdesk.models.schema import APPLICATION_ID, known_steps, migrations
from tpdesk.models.vocab import CommitmentStatus, NoteVisibility

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


def test_an_empty_file_is_refused_not_adopted(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(StoreError, match=r"empty\.db is an empty file, not a tpdesk database"):
        Store(path)
    assert path.read_bytes() == b""


def test_an_empty_sqlite_database_is_refused_not_adopted(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.execute("VACUUM")
    assert path.stat().st_size > 0
    with pytest.raises(StoreError, match=r"blank\.db is an empty SQLite database, not a tpdesk"):
        Store(path)


def test_a_new_database_is_for_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store(path) as store:
        store.save(Partnership(country_code="TN", title="EU-Tunisia Talent Partnership"))
        for made in (path, path.with_name("new.db-wal"), path.with_name("new.db-shm")):
            assert made.stat().st_mode & 0o777 == 0o600, made


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
        # Notes written before visibility existed are internal: out of PUBLIC packs.
        assert store.get(Note, "n1").visibility is NoteVisibility.INTERNAL
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


def test_a_schema_version_higher_than_known_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    Store(path).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {len(known_steps()) + 1}")
    with pytest.raises(StoreError, match=r"written by a newer tpdesk \(schema version"):
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


T = "2025-02-01T09:00:00.000Z"


def _old_file(tmp_path: Path, *rows: tuple[str, list[object]]) -> Path:
    """A copy of the first-schema fixture, with more rows written as that schema had them."""
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        for sql, params in rows:
            conn.execute(sql, params)
    return path


# A partnership whose title does not name its country, a roundtable, an activity
# found by its sector: the three documents migration 0002's SQL wrote differently.
NIGERIA = (
    ("INSERT INTO partnership (id, created_at, updated_at, country_code, title, status)"
     " VALUES ('p2', ?, ?, 'NG', 'Skills mobility for health workers', 'exploratory')", [T, T]),
    ("INSERT INTO roundtable (id, created_at, updated_at, partnership_id, number, date, place,"
     " status, outcome_summary) VALUES ('r1', ?, ?, 'p2', 1, '2025-01-20', 'Abuja', 'held',"
     " 'Agreed to map the shortage occupations')", [T, T]),
    ("INSERT INTO activity (id, created_at, updated_at, partnership_id, title, category,"
     " status, sectors) VALUES ('a2', ?, ?, 'p2', 'Midwives exchange', 'mobility', 'pipeline',"
     " '[\"maternity care\"]')", [T, T]),
)

QUERIES = ["Nigeria", "Morocco", "nurses", "recognition guide", "cohort", "health", "Abuja",
           "roundtable", "1st", "ANAPEC", "maternity", "shortage occupations", "skill"]


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        return [(t, n, " ".join((sql or "").split())) for t, n, sql in rows.fetchall()]


def _results(store: Store) -> dict[str, list[tuple[str, str, str, str, float]]]:
    return {q: sorted((h.kind, h.id, h.title, h.snippet, round(h.score, 9))
                      for h in store.search(q)) for q in QUERIES}


def test_a_migrated_database_matches_a_fresh_one(tmp_path: Path) -> None:
    """Same schema, same search results, nothing for check: the index is rebuilt in Python."""
    old = _old_file(tmp_path, *NIGERIA)
    fresh_path = tmp_path / "fresh.db"
    with Store(old) as migrated, Store(fresh_path) as fresh:
        for cls in (Partnership, Organisation, Roundtable, Roadmap, Activity, Commitment, Note,
                    Pack):
            fresh.save_many(migrated.list(cls))
        assert [h.id for h in migrated.search("Nigeria")] == ["p2"]
        assert [h.title for h in migrated.search("Abuja")] == ["1st roundtable, Abuja"]
        assert [h.id for h in migrated.search("maternity")] == ["a2"]
        assert _results(migrated) == _results(fresh)
        assert check(migrated)[0] == []
        assert check(fresh)[0] == []
    assert _schema(old) == _schema(fresh_path)


def test_the_upgrade_fills_the_activity_filter_rows_from_the_register(tmp_path: Path) -> None:
    """Step activity_filter_facets codes what the old file holds, so its filters answer at once."""
    old = _old_file(tmp_path, *NIGERIA)
    with Store(old) as store:
        rows = store.db.execute("SELECT count(*) FROM activity_filter").fetchone()[0]
        assert rows == store.count(Activity) > 1
        assert [a.id for a in store.list(Activity, Filters(sector="Maternity care"),
                                         limit=10)] == ["a2"]
        assert store.count(Activity, Filters(partnership="NG", category="mobility")) == 1
        nigeria = store.partnership_by_code("NG")
        store.save(Activity(partnership_id=nigeria.id, title="Nurses' bridging course",
                            sectors=["maternity care", "nursing"]))
        assert store.count(Activity, Filters(sector="nursing")) == 1
        assert store.count(Activity, Filters(sector="maternity care")) == 2


def test_a_record_that_cannot_be_read_does_not_stop_the_upgrade(tmp_path: Path) -> None:
    old = _old_file(tmp_path, ("UPDATE activity SET status = 'stalled' WHERE id = 'a1'", []))
    with Store(old) as store:
        assert [h.id for h in store.search("recognition guide")] == ["c1"]
        problems = check(store)[0]
    assert Problem("activity a1", "status holds a value tpdesk does not know") in problems
    assert Problem("search index", "1 live activity record not indexed") in problems


def test_an_upgrade_that_fails_leaves_the_file_as_it_was(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The steps and the rebuild are one transaction."""
    old = _old_file(tmp_path)

    def broken(store: Store) -> int:
        raise RuntimeError("rebuild failed")

    monkeypatch.setattr(Store, "rebuild_search_index", broken)
    with pytest.raises(RuntimeError, match="rebuild failed"):
        Store(old)
    with contextlib.closing(sqlite3.connect(old)) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == [
            "0001_register"]
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'search_doc'"
                            ).fetchone()[0] == 0
    monkeypatch.undo()
    with Store(old) as store:
        assert [h.id for h in store.search("nurses")] == ["a1"]


def test_an_old_file_opened_read_only_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"written by an older tpdesk and is open read-only"):
        Store(path, readonly=True)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.db"]


def test_a_file_missing_a_table_is_refused_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    Store(path).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("DROP TABLE tag")
        conn.execute("DROP TABLE change_log")
    with pytest.raises(StoreError, match=r"damaged\.db is damaged: table \w+ is missing"
                                         r" \(and 1 more\); restore a backup"):
        Store(path)
    Store(path, readonly=True).close()  # the check opens it, to report the tables


def test_the_sync_servers_step_gives_an_old_copy_no_server_yet(tmp_path: Path) -> None:
    """0012_sync_servers: a copy from before it has signed in nowhere and pulls from seq 0."""
    from tpdesk.models import servers
    from tpdesk.models.servers import ServerState

    old = _old_file(tmp_path)
    with Store(old) as store:
        assert "0012_sync_servers" in known_steps()
        assert servers.current(store) is None
        servers.sign_in(store, ServerState("https://sync.example.eu", "secret", "rome",
                                           "delegation", "IT", ["TN", "MA"]))
        with store.transaction():
            servers.note_pulled(store, "https://sync.example.eu", 42)
        state = servers.current(store)
    assert state is not None
    assert (state.user, state.partnerships, state.last_seq, state.vector) == (
        "rome", ["TN", "MA"], 42, {})


def test_packs_made_before_languages_stay_english(tmp_path: Path) -> None:
    """Step 0013_pack_language: a pack written by the step before reads back in English."""
    from sqlite_utils import Database

    from tpdesk.models.schema import migrations
    from tpdesk.models.vocab import PackLanguage

    path = tmp_path / "before.db"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(str(path))
    migrations.apply(db, stop_before="0013_pack_language")
    db.execute("INSERT INTO partnership (id, created_at, updated_at, country_code, title, status)"
               " VALUES ('p1', ?, ?, 'TN', 'EU-Tunisia Talent Partnership', 'active')", [T, T])
    db.execute("INSERT INTO pack (id, created_at, updated_at, title, partnership_id,"
               " meeting_date, marking) VALUES ('k1', ?, ?, 'Old pack', 'p1', '2025-03-01',"
               " 'limited')", [T, T])
    db.execute(f"PRAGMA user_version = {known_steps().index('0013_pack_language')}")
    db.conn.commit()
    db.close()
    with Store(path) as store:
        pack = store.get(Pack, "k1")
        assert pack.language is PackLanguage.EN
        pack.language = PackLanguage.AR
        store.save(pack)
        assert store.get(Pack, "k1").language is PackLanguage.AR


# The filter rows' tables, indexes and triggers as steps 0014 and 0015 first made them,
# when their SQL was assembled from Python templates: the literal text must match it.
FILTER_SCHEMA_SHA256 = "b11a9530dfd939be713dcc720ce191cac05f7882621e88edf66d61b2feb71cbe"


def _filter_schema(db: Database) -> list[list[str]]:
    return [list(r) for r in db.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name LIKE '%filter%'"
        " AND name != 'saved_search' ORDER BY name").fetchall()]


def test_the_filter_steps_create_the_schema_their_templates_did() -> None:
    db = Database(memory=True)
    migrations.apply(db, stop_before="0017_commitment_filter_update_narrowed")
    rows = _filter_schema(db)
    assert len(rows) == 31
    digest = hashlib.sha256(json.dumps(rows).encode()).hexdigest()
    assert digest == FILTER_SCHEMA_SHA256


def test_step_0017_narrows_only_the_commitment_update_trigger() -> None:
    before, with_0017 = Database(memory=True), Database(memory=True)
    migrations.apply(before, stop_before="0017_commitment_filter_update_narrowed")
    migrations.apply(with_0017, stop_before="0018_filter_rows_by_id")
    after = _filter_schema(with_0017)
    changed = [b[1] for b, a in zip(_filter_schema(before), after, strict=True) if a != b]
    assert changed == ["commitment_filter_update"]
    old_sql = next(r[3] for r in _filter_schema(before) if r[1] == "commitment_filter_update")
    new_sql = next(r[3] for r in after if r[1] == "commitment_filter_update")

    def body(sql: str) -> list[str]:  # the statements, as lines, blank ones left out
        return [line for line in sql.split(" BEGIN", 1)[1].splitlines() if line.strip()]

    assert body(new_sql) == body(old_sql)
    assert new_sql.startswith("CREATE TRIGGER commitment_filter_update AFTER UPDATE OF id,")


def test_the_commitment_filter_row_follows_only_the_columns_it_reads(tmp_path: Path) -> None:
    with Store(tmp_path / "f.db") as store:
        tn = store.save(Partnership(country_code="TN", title="EU-Tunisia"))
        giz = store.save(Organisation(name="GIZ"))
        c = store.save(Commitment(partnership_id=tn.id, text="Train welders",
                                  actor_ids=[giz.id]))
        store.save(Commitment(partnership_id=tn.id, text="Later", actor_ids=[giz.id]))
        n = store.db.execute("SELECT n FROM commitment_filter WHERE id = ?", [c.id]).fetchone()
        # A write of columns the row does not read leaves it as it is (not deleted and re-made).
        store.db.execute("UPDATE commitment SET updated_at = 'x', row_version = 9,"
                         " deleted_at = NULL, status = status WHERE id = ?", [c.id])
        assert store.db.execute("SELECT n FROM commitment_filter WHERE id = ?",
                                [c.id]).fetchone() == n
        c = store.get(Commitment, c.id)
        c.text, c.due_date = "Train more welders", "2027-01-31"
        store.save(c)
        assert store.db.execute("SELECT text, due_date FROM commitment_filter WHERE id = ?",
                                [c.id]).fetchone() == ("Train more welders", "2027-01-31")
        store.add_progress(c.id, status=CommitmentStatus.FULFILLED)
        assert store.count(Commitment, Filters(status="fulfilled")) == 1
        store.delete(store.get(Commitment, c.id))
        assert store.db.execute("SELECT count(*) FROM commitment_filter WHERE id = ?",
                                [c.id]).fetchone() == (0,)
        store.restore(Commitment, c.id)
        assert store.count(Commitment, Filters(status="fulfilled")) == 1


def test_an_upgrade_keeps_a_search_index_built_by_the_same_documents(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A step that leaves the search documents alone costs no rebuild (a minute at 100,000)."""
    path = tmp_path / "before-0015.db"
    with Store(path) as store:
        store.save(Organisation(name="Welders guild"))
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        # The file as it was before step 0015, its index built by today's documents.
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                    " AND name LIKE 'commitment_filter%'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE commitment_filter")
        conn.execute("DELETE FROM filter_code WHERE kind = 'commitment_status'")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0015_commitment_filter_facets'")
        conn.execute(f"PRAGMA user_version = {len(known_steps()) - 1}")
    rebuilds: list[Store] = []
    monkeypatch.setattr(Store, "rebuild_search_index", rebuilds.append)
    with Store(path) as store:
        assert store.count(Commitment, Filters(status="in_progress")) == 0
        assert [h.kind for h in store.search("welders")] == ["organisation"]
    assert rebuilds == []
