"""A database on a read-only disk, or in a folder one may not write to: reads work."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from cli_support import one_line_error, tpdesk

from tpdesk.models import Activity, Partnership, Store, StoreError


def test_a_read_only_database_can_be_read(read_only_copy: Path) -> None:
    with Store(read_only_copy, user="tester") as store:
        assert store.readonly
        assert store.count(Activity) > 0
        assert store.search("nurses")
        tunisia = store.partnership_by_code("TN")
        with pytest.raises(StoreError, match=r"demo\.db: the database cannot be written here"
                                             r" \(the file, its folder or the disk is read-only"):
            store.save(dataclasses.replace(tunisia, title="changed"))
    assert sorted(p.name for p in read_only_copy.parent.iterdir()) == ["demo.db"]


def test_the_command_line_lists_and_refuses_writes_in_one_line(read_only_copy: Path) -> None:
    listed = tpdesk("--db", read_only_copy, "list", "partnerships")
    assert listed.returncode == 0, listed.stderr
    assert "TN" in listed.stdout
    line = one_line_error(tpdesk("--db", read_only_copy, "demo", "--scale", "1"))
    assert "the database cannot be written here" in line


def test_an_open_for_reading_only_never_creates_a_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        Store(tmp_path / "absent.db", readonly=True)
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_store_writes_nothing(writable_db: Path) -> None:
    before = writable_db.read_bytes()
    with Store(writable_db, user="tester", readonly=True) as store:
        assert store.count(Partnership) == 5
    assert writable_db.read_bytes() == before
