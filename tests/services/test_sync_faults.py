"""kill -9 a laptop's `tpdesk sync` during a long pull, again and again: nothing lost or doubled."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_support import tpdesk
from merge_support import state
from server_support import add_user

from tpdesk.models import merge
from tpdesk.services import StoreFactory, load_demo_data, sync

RUNS = 8


def _count_rows(factory: StoreFactory) -> dict[str, int]:
    with factory() as store:
        return {t: int(store.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0])
                for t in ("activity", "commitment", "funding_line", "progress_update",
                          "conflict")}


@pytest.mark.slow
def test_a_laptop_killed_during_its_pulls_resumes_without_loss_or_doubles(
        live_server, tmp_path: Path) -> None:
    source = StoreFactory(tmp_path / "secretariat.db", user="Anna").creating()
    load_demo_data(source, scale=1500)
    sync.sync(source, url=live_server.url,
              token=add_user(live_server.database, "anna", "secretariat"))
    laptop = StoreFactory(tmp_path / "laptop.db", user="Marco").creating()
    sync.sign_in(laptop, live_server.url, add_user(live_server.database, "marco", "secretariat"))
    rng = random.Random(9)
    env = {**os.environ, "TPDESK_USER": "Marco"}
    killed = 0
    for _ in range(RUNS):
        run = subprocess.Popen([sys.executable, "-m", "tpdesk", "--db", str(laptop.path),
                                "sync"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 1.5))
        if run.poll() is None:
            run.send_signal(signal.SIGKILL)
            killed += 1
        run.wait(60)
    assert killed >= 3  # else the runs were too quick to test anything
    finished = tpdesk("--db", laptop.path, "sync", env={"TPDESK_USER": "Marco"})
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.startswith(f"synced with {live_server.url}: pushed 0, pulled ")
    with source() as one, laptop() as other:
        assert state(other) == state(one)
        assert {c.id for c in merge.conflicts(other)} == {c.id for c in merge.conflicts(one)}
    assert _count_rows(laptop) == _count_rows(source)
    checked = tpdesk("--db", laptop.path, "check")
    assert checked.returncode == 0, checked.stdout
