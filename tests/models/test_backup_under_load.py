"""A backup of a big register finishes while another program writes at full speed."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_support import tpdesk

from tpdesk.models import Note, Partnership, Store
from tpdesk.models.connection import sqlite as sqlite3
from tpdesk.services import StoreFactory, check_database

# Each write renames the Tunisia partnership "… #n" and adds a note "write n" in one
# transaction: a copy of one moment holds notes 1..n and the title #n, nothing torn.
WRITER = """
import dataclasses, sys
from tpdesk.models import Note, Partnership, Store
store = Store(sys.argv[1], user="writer")
tunisia = store.partnership_by_code("TN")
print("ready", flush=True)
n = 0
while True:
    n += 1
    with store.transaction():
        tunisia = store.save(dataclasses.replace(tunisia, title=f"EU-Tunisia #{n}"))
        store.save(Note(target_kind="partnership", target_id=tunisia.id, text=f"write {n}"))
"""


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.db"
    result = tpdesk("--db", path, "demo", "--scale", "100000", timeout=600)
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.slow
def test_backup_of_100000_activities_finishes_under_a_writer_at_full_speed(
        big_db: Path, tmp_path: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", WRITER, str(big_db)],
                          stdout=subprocess.PIPE, text=True) as writer:
        try:
            assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
            time.sleep(0.5)  # the writer is in its stride
            steps: list[int] = []
            started = time.monotonic()

            def step(done: int, _total: int) -> None:
                if time.monotonic() - started > 120:  # before the fix: restarted for ever
                    raise TimeoutError(f"the backup was still copying after {len(steps)} steps")
                steps.append(done)

            with Store(big_db, user="tester") as store:
                writes_before = store.count(Note)
                copy = store.backup(tmp_path / "copy.db", progress=step)
                seconds = time.monotonic() - started
                writes_during = store.count(Note) - writes_before
        finally:
            writer.kill()
    assert seconds < 120, f"the backup took {seconds:.0f} s"
    assert len(steps) > 100  # a copy of many steps, each of which a write used to restart
    assert writes_during > 20, "the writer was not writing while the copy was made"

    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Store(copy, user="tester", create=False) as store:
        title = store.partnership_by_code("TN").title
        match = re.fullmatch(r"EU-Tunisia #(\d+)", title)
        assert match, title
        last = int(match.group(1))
        numbers = sorted(int(n.text.split()[1]) for n in store.list(Note)
                         if n.text.startswith("write "))
        assert numbers == list(range(1, last + 1))  # one moment: every write up to n, no more
        assert store.count(Partnership) == 5
    problems, _live = check_database(StoreFactory(copy, user="tester"))
    assert problems == []
