"""The command line through a real subprocess: the contract scripts rely on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_support import one_line_error, tpdesk

from tpdesk import __version__
from tpdesk.models.connection import sqlite as sqlite3


def test_version() -> None:
    result = tpdesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"tpdesk {__version__}"


def test_commitments_json_cover_every_status_and_overdue(demo_db: Path) -> None:
    result = tpdesk("--db", demo_db, "list", "commitments", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert {c["status"] for c in items} == {"planned", "in_progress", "fulfilled", "on_hold",
                                            "cancelled"}
    assert any(c["overdue"] for c in items)
    keys = set(items[0])
    assert {"id", "partnership", "text", "actor_ids", "due_date", "status", "overdue",
            "updates"} <= keys
    assert all(set(c) == keys for c in items)
    assert {c["partnership"] for c in items} == {"TN", "MA", "EG", "BD", "PK"}


def test_demo_twice_adds_nothing(writable_db: Path) -> None:
    before = json.loads(tpdesk("--db", writable_db, "list", "activities", "--json").stdout)
    again = tpdesk("--db", writable_db, "demo")
    assert again.returncode == 0, again.stderr
    after = json.loads(tpdesk("--db", writable_db, "list", "activities", "--json").stdout)
    assert [a["id"] for a in after] == [a["id"] for a in before]


def test_demo_scale_adds_synthetic_activities(writable_db: Path) -> None:
    count = lambda: len(json.loads(tpdesk(  # noqa: E731
        "--db", writable_db, "list", "activities", "--json").stdout))
    before = count()
    assert tpdesk("--db", writable_db, "demo", "--scale", "50").returncode == 0
    assert count() == before + 50
    again = tpdesk("--db", writable_db, "demo", "--scale", "50")
    assert again.stdout.startswith("Added 50 activities")
    assert count() == before + 100


def test_search_fair_recruitment_finds_activities(demo_db: Path) -> None:
    result = tpdesk("--db", demo_db, "search", "fair recruitment", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    activities = [h for h in hits if h["kind"] == "activity"]
    assert activities
    assert all("recruitment" in (h["title"] + h["snippet"]).lower() for h in activities)
    text = tpdesk("--db", demo_db, "search", "fair recruitment")
    assert text.returncode == 0
    assert "activity" in text.stdout


@pytest.mark.parametrize("kind", ["partnerships", "roundtables", "activities", "commitments",
                                  "organisations"])
def test_list_every_kind_as_text_and_json(demo_db: Path, kind: str) -> None:
    text = tpdesk("--db", demo_db, "list", kind)
    assert text.returncode == 0, text.stderr
    assert text.stdout.strip().endswith(kind)
    items = json.loads(tpdesk("--db", demo_db, "list", kind, "--json").stdout)
    assert items
    assert all(isinstance(i["id"], str) and len(i["id"]) == 36 for i in items)


def test_list_filters(demo_db: Path) -> None:
    def ids(*args: str) -> list[dict]:
        result = tpdesk("--db", demo_db, "list", *args, "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    tunisia = ids("activities", "--partnership", "TN")
    assert tunisia
    assert {a["partnership"] for a in tunisia} == {"TN"}
    overdue = ids("commitments", "--overdue")
    assert overdue
    assert all(c["overdue"] for c in overdue)
    fulfilled = ids("commitments", "--status", "fulfilled", "--partnership", "pk")
    assert fulfilled
    assert {(c["status"], c["partnership"]) for c in fulfilled} == {("fulfilled", "PK")}
    assert ids("activities", "--limit", "3").__len__() == 3


def test_bad_filter_values_are_one_line_errors(demo_db: Path) -> None:
    line = one_line_error(tpdesk("--db", demo_db, "list", "commitments", "--status", "done"))
    assert "--status: 'done' is not one of" in line
    line = one_line_error(tpdesk("--db", demo_db, "list", "activities", "--partnership", "XX"))
    assert "no partnership with code 'XX'" in line
    line = one_line_error(tpdesk("--db", demo_db, "list", "activities", "--overdue"))
    assert "--overdue: does not apply to activities" in line
    line = one_line_error(tpdesk("--db", demo_db, "list", "commitments", "--due-within",
                                 "1000000000"))
    assert line == ("tpdesk: error: --due-within: 1000000000 days from today is past"
                    " the year 9999")
    line = one_line_error(tpdesk("--db", demo_db, "list", "organisations", "--kind", "xyz"))
    assert line.startswith("tpdesk: error: --kind: 'xyz' is not one of")


def test_changes_since_a_date(demo_db: Path) -> None:
    result = tpdesk("--db", demo_db, "changes", "--since", "2000-01-01", "--partnership", "TN",
                    "--json")
    assert result.returncode == 0, result.stderr
    changes = json.loads(result.stdout)
    assert changes
    assert {c["partnership"] for c in changes} == {"TN"}
    assert {"id", "at", "who", "kind", "action", "field", "old", "new"} <= set(changes[0])
    assert [c["at"] for c in changes] == sorted(c["at"] for c in changes)
    future = tpdesk("--db", demo_db, "changes", "--since", "2999-01-01", "--json")
    assert json.loads(future.stdout) == []


def test_bad_usage_exits_2(demo_db: Path) -> None:
    assert tpdesk("--db", demo_db, "changes", "--since", "yesterday").returncode == 2
    assert tpdesk("--db", demo_db, "list", "widgets").returncode == 2
    assert tpdesk("--db", demo_db, "frobnicate").returncode == 2
    assert tpdesk("--db", demo_db, "demo", "--scale", "-3").returncode == 2
    assert tpdesk("--db", demo_db, "list", "activities", "--limit",
                  "99999999999999999999999").returncode == 2


def test_check_passes_on_demo_and_fails_on_damage(writable_db: Path) -> None:
    ok = tpdesk("--db", writable_db, "check")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.startswith("ok: ")
    with sqlite3.connect(writable_db) as conn:
        conn.execute("UPDATE activity SET end_date = '2000-01-01' WHERE rowid ="
                     " (SELECT min(rowid) FROM activity WHERE start_date IS NOT NULL)")
        conn.execute("DELETE FROM search_fts WHERE rowid = (SELECT max(rowid) FROM search_fts)")
    conn.close()
    bad = tpdesk("--db", writable_db, "check")
    assert bad.returncode == 1
    assert "ends before it starts" in bad.stdout
    assert "search index" in bad.stdout


def test_backup(writable_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "backup.db"
    result = tpdesk("--db", writable_db, "backup", "-o", target)
    assert result.returncode == 0, result.stderr
    copied = tpdesk("--db", target, "list", "activities", "--json")
    original = tpdesk("--db", writable_db, "list", "activities", "--json")
    assert json.loads(copied.stdout) == json.loads(original.stdout)
    line = one_line_error(tpdesk("--db", writable_db, "backup", "-o", tmp_path / "no" / "b.db"))
    assert "does not exist" in line


def test_missing_folder(tmp_path: Path) -> None:
    line = one_line_error(tpdesk("--db", tmp_path / "nowhere" / "x.db", "list", "activities"))
    assert "folder" in line
    assert "does not exist" in line
    line = one_line_error(tpdesk("--db", tmp_path / "nowhere" / "x.db", "demo"))
    assert "does not exist" in line


def test_missing_database_is_not_created_by_read_commands(tmp_path: Path) -> None:
    line = one_line_error(tpdesk("--db", tmp_path / "absent.db", "list", "activities"))
    assert "no database at" in line
    assert not (tmp_path / "absent.db").exists()


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "minutes.db"
    path.write_text("Minutes of the 2nd roundtable\n" * 100)
    line = one_line_error(tpdesk("--db", path, "list", "activities"))
    assert "not a tpdesk database" in line


def test_truncated_database(demo_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "truncated.db"
    shutil.copy(demo_db, path)
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 3)
    for command in (["list", "activities"], ["search", "training"], ["check"],
                    ["changes", "--since", "2000-01-01"]):
        result = tpdesk("--db", path, *command)
        line = one_line_error(result)
        assert line == (f"tpdesk: error: {path}: the database file is damaged (database disk"
                        " image is malformed); restore a backup or run 'tpdesk check'")


def test_database_from_environment(demo_db: Path, tmp_path: Path) -> None:
    result = tpdesk("list", "partnerships", "--json", env={"TPDESK_DB": str(demo_db)},
                    cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5


def test_changes_since_a_time_with_a_zone(demo_db: Path) -> None:
    def count(since: str) -> int:
        result = tpdesk("--db", demo_db, "changes", "--since", since, "--json")
        assert result.returncode == 0, result.stderr
        return len(json.loads(result.stdout))

    assert count("2026-01-01") == count("2026-01-01T00:00") == count("2026-01-01T01:00+01:00")
    assert count("2026-01-01T00:00Z") == count("2026-01-01") == count("20260101")


def test_a_value_no_vocabulary_knows(writable_db: Path) -> None:
    with sqlite3.connect(writable_db) as conn:
        conn.execute("UPDATE activity SET status = 'weird' WHERE rowid ="
                     " (SELECT min(rowid) FROM activity)")
    conn.close()
    line = one_line_error(tpdesk("--db", writable_db, "list", "activities"))
    assert "cannot be read" in line
    assert "tpdesk check" in line
    report = tpdesk("--db", writable_db, "check")
    assert report.returncode == 1
    assert "status holds a value tpdesk does not know" in report.stdout
