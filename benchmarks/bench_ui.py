"""Start-up of the desktop app: process start to main window shown and filled.

Runs the app in a child process (offscreen) on the demo database and on one
with 100,000 synthetic activities, and, in the same run, a bare PySide6
window as the floor that no Qt app starts faster than. Prints wall time from
process start to the first painted, filled window, and peak memory (max RSS).

    python benchmarks/bench_ui.py [--activities N] [--db PATH]

Targets at 100,000 activities: at most 3 times the bare window's time in the
same run (a ratio, so a slow or busy machine does not decide it) and at most
300 MB. Exits 1 when missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 3.0
TARGET_MB = 300.0
RUNS = 5

CHILD = r"""
import resource, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from tpdesk.app import configure_application
from tpdesk.ui.main_window import MainWindow
app = configure_application()
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(settings=settings)
window.open_database(Path(sys.argv[1]))
window.show()
def ready():
    while window.dashboard.stale:  # the Overview is the first tab: filled means drawn
        app.processEvents()
    app.processEvents()
    rows = sum(view.model.rowCount() for view in window.views.values())
    print("READY", rows, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

FLOOR = r"""
import resource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow(); window.setCentralWidget(QLabel("hello")); window.show()
def ready():
    app.processEvents()
    print("READY 0", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def start(code: str, *args: str) -> tuple[float, int, float]:
    """Seconds to READY, rows filled, peak MB, for one fresh process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    began = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, timeout=120, check=True).stdout
    elapsed = time.perf_counter() - began
    line = next(x for x in out.splitlines() if x.startswith("READY"))
    _, rows, mb = line.split()
    return elapsed, int(rows), float(mb)


def measure(label: str, code: str, *args: str) -> tuple[float, float]:
    results = [start(code, *args) for _ in range(RUNS)]
    seconds = statistics.median(r[0] for r in results)
    mb = max(r[2] for r in results)
    print(f"{label:<28} {seconds * 1000:7.0f} ms  peak {mb:6.0f} MB  rows shown {results[0][1]:,}")
    return seconds, mb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse this large database if it is big enough")
    args = parser.parse_args()

    from tpdesk.models import Activity, Store
    from tpdesk.models.demo import load_demo, load_synthetic

    work = Path(tempfile.mkdtemp(prefix="tpdesk-bench-ui-"))
    demo = work / "demo.db"
    with Store(demo) as store:
        load_demo(store)
    big = args.db or work / "big.db"
    with Store(big) as store:
        if store.count(Activity) < args.activities:
            load_synthetic(store, args.activities)
    settings = str(work / "settings.ini")

    floor, _ = measure("bare PySide6 window (floor)", FLOOR)
    measure("tpdesk, demo data", CHILD, str(demo), settings)
    seconds, mb = measure(f"tpdesk, {args.activities:,} activities", CHILD, str(big), settings)
    ratio = seconds / floor
    print(f"overhead over the floor at scale: {(seconds - floor) * 1000:.0f} ms,"
          f" {ratio:.2f} times the bare window")
    missed = [name for name, bad in (("time", ratio > TARGET_RATIO),
                                     ("memory", mb > TARGET_MB)) if bad]
    print(f"targets: <= {TARGET_RATIO:.0f} x the bare window and <= {TARGET_MB:.0f} MB at scale: "
          + ("met" if not missed else "MISSED " + ", ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
