"""Start-up of the frozen app against start-up from source, to the main window, same data.

Both start the real app (`tpdesk --db DEMO`) offscreen with
TPDESK_EXIT_WHEN_READY=1, which makes the app print READY once the window is
shown and its views are filled, then quit (tpdesk/app.py); a frozen bundle
cannot run bench_ui.py's child script, so the app itself marks the finish line.
The time is wall time from process start to exit, median of several warm runs,
the two kinds interleaved so that a busy machine slows both alike. Settings go
to a scratch folder, so both start from the same, empty, settings.

    python benchmarks/bench_frozen.py [--exe dist/tpdesk/tpdesk] [--runs N]

Target: frozen at most 1.5 times source. Exits 1 when missed. Build the bundle
first (scripts/build.sh).
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

TARGET_RATIO = 1.5
ROOT = Path(__file__).resolve().parent.parent
# Windows: only the console executable has a stdout to print READY on.
DEFAULT_EXE = ROOT / "dist" / "tpdesk" / ("tpdesk-cli.exe" if sys.platform == "win32"
                                          else "tpdesk")


def start(command: list[str], env: dict[str, str]) -> float:
    """Seconds from process start until the app said READY and exited."""
    began = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120,
                            check=False)
    elapsed = time.perf_counter() - began
    if result.returncode != 0 or "READY" not in result.stdout:
        raise SystemExit(f"{command[0]} did not reach the main window (exit "
                         f"{result.returncode}):\n{result.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=DEFAULT_EXE, help="the frozen executable")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.exe.is_file():
        parser.error(f"{args.exe} not found: build it first with scripts/build.sh")

    with tempfile.TemporaryDirectory(prefix="tpdesk-bench-frozen-") as tmp:
        median = measure(args.exe, Path(tmp), args.runs)
    for kind, (seconds, fastest) in median.items():
        print(f"{kind:<12} {seconds * 1000:6.0f} ms  (median of {args.runs}, "
              f"fastest {fastest * 1000:.0f} ms)")
    ratio = median["frozen"][0] / median["from source"][0]
    print(f"frozen / source: {ratio:.2f} (target <= {TARGET_RATIO}): "
          + ("met" if ratio <= TARGET_RATIO else "MISSED"))
    return 0 if ratio <= TARGET_RATIO else 1


def measure(exe: Path, work: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Median and fastest start-up of each kind, on the demo data in `work`."""
    from tpdesk.models import Store
    from tpdesk.models.demo import load_demo

    demo = work / "demo.db"
    with Store(demo) as store:
        load_demo(store)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TPDESK_EXIT_WHEN_READY": "1",
           "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data")}
    kinds = {"from source": [sys.executable, "-m", "tpdesk", "--db", str(demo)],
             "frozen": [str(exe), "--db", str(demo)]}
    for command in kinds.values():  # warm-up: disk cache, settings file, .pyc files
        start(command, env)
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _ in range(runs):
        for kind, command in kinds.items():
            times[kind].append(start(command, env))
    return {kind: (statistics.median(t), min(t)) for kind, t in times.items()}

if __name__ == "__main__":
    sys.exit(main())
