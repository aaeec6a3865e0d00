"""Exports read one snapshot without holding writers up, and leave no grown WAL behind."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import time
from pathlib import Path

from tpdesk.models import Partnership, Store
from tpdesk.models.register import snapshot
from tpdesk.services import StoreFactory, export_register


def test_a_save_elsewhere_does_not_wait_for_an_export_snapshot(writable_db: Path) -> None:
    with Store(writable_db, user="exporter") as exporter, snapshot(exporter):
        before = exporter.partnership_by_code("TN").title
        with Store(writable_db, user="editor") as editor:
            started = time.monotonic()
            tunisia = editor.partnership_by_code("TN")
            editor.save(dataclasses.replace(tunisia, title="edited during the export"))
            assert time.monotonic() - started < 2
        assert exporter.partnership_by_code("TN").title == before  # still its moment
        assert exporter.count(Partnership) == 5


def test_the_wal_grown_during_a_long_read_is_emptied_after_an_export(
        writable_db: Path, tmp_path: Path) -> None:
    wal = writable_db.with_name(writable_db.name + "-wal")
    with contextlib.closing(sqlite3.connect(writable_db, isolation_level=None)) as writer:
        with contextlib.closing(sqlite3.connect(writable_db, isolation_level=None)) as reader:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM activity").fetchone()  # holds its moment
            for n in range(24):  # the checkpoints cannot pass the reader: the WAL grows
                writer.execute("UPDATE partnership SET description = ?"
                               " WHERE country_code = 'TN'", [f"{n}" * 1_000_000])
            reader.execute("ROLLBACK")
        assert wal.stat().st_size > 20_000_000
        export_register(StoreFactory(writable_db, user="tester"), tmp_path / "register.xlsx")
        # gone, or a few pages: what closing the store wrote
        assert not wal.exists() or wal.stat().st_size < 100_000
