"""Exchange files at scale: a pack over 5,000 activities out, 30 replies of 200 changes in.

Builds a secretariat's register (the demo plus N synthetic activities) and a
pack over all of it; one delegate joins with the pack, and 29 more are copies
of that delegate under new identities and keys. Each delegate writes 200
changes within the delegate rights (100 notes, 100 progress updates) and a
reply. Then, each in a child process so that its peak memory is its own:

- export: the pack's exchange file for one delegate;
- merge: all 30 replies imported into the secretariat's copy, one by one.

    python benchmarks/bench_exchange.py [--activities 5000] [--keep DIR]

Targets: export at most 3 s, the 30 merges at most 5 s together. Exits 1 on a miss.

What is held to the targets is each step's own time: the wall clock less the
time the process sat ready in the scheduler's queue waiting for a CPU (Linux
/proc/self/schedstat). Profiling showed what dominated the misses on a
shared machine: with a load average of 10 on 2 cores the steps used 1.3 s
(export) and 3.0 s (merge) of CPU but took 6.7 s and 15 s on the wall, the
difference being the wait for a CPU that other programs held; a CPU-bound
loop there takes 2.6 times its CPU time too. Waiting for the disk (fsync)
still counts. Elsewhere, or without schedstat, the wall clock is used.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from _measure import load_average, peak_mb, queued_s

EXPORT_SECONDS = 3.0
MERGE_SECONDS = 5.0
DELEGATES = 30
CHANGES = 200


def setup(folder: Path, activities: int) -> None:
    from tpdesk.models import Commitment, Note, Pack, Partnership, Store
    from tpdesk.services import StoreFactory, load_demo_data
    from tpdesk.services import exchange as use_cases

    sec = StoreFactory(folder / "sec.db", user="Secretariat").creating()
    load_demo_data(sec)
    load_demo_data(sec, scale=activities)
    with sec() as store:
        everyone = [p.id for p in store.list(Partnership)]
        store.save(Pack(title="Everything", partnership_ids=everyone,
                        partnership_id=everyone[0], meeting_date="2026-12-10"))
    use_cases.identity(sec, name="Secretariat")
    use_cases.export_keys(sec, folder / "sec.keys")
    first = StoreFactory(folder / "d00.db", user="Delegate").creating()
    use_cases.identity(first, name="d00")
    use_cases.add_contact(first, folder / "sec.keys")
    use_cases.add_contact(sec, use_cases.export_keys(first, folder / "d00.keys") and
                          folder / "d00.keys")
    use_cases.export_exchange(sec, folder / "pack.tpx", to=["d00"], pack="Everything")
    use_cases.import_exchange(first, folder / "pack.tpx")
    pristine = shutil.copy(first.path, folder / "joined.db")
    for n in range(DELEGATES):
        name = f"d{n:02d}"
        delegate = StoreFactory(folder / f"{name}.db", user=name).creating()
        if n:
            shutil.copy(pristine, delegate.path)
            with Store(delegate.path) as store:  # a new copy: its own identity and keys
                for key in ("sign_private", "age_identity"):
                    store.db.execute("DELETE FROM replica_meta WHERE key = ?", [key])
                store.set_meta("replica_id", f"{n:032x}")
                store.set_meta("display_name", name)
            use_cases.add_contact(sec, use_cases.export_keys(delegate, folder / f"{name}.keys")
                                  and folder / f"{name}.keys")
        with delegate() as store:
            commitments = store.list(Commitment, limit=CHANGES // 2)
            with store.transaction():
                for i, c in enumerate(commitments):
                    store.add_progress(c.id, status=c.status, note=f"{name} progress {i}")
                    store.save(Note(target_kind="commitment", target_id=c.id,
                                    text=f"{name}: line to take {i}"))
        use_cases.export_exchange(delegate, folder / f"{name}.tpx", to=["Secretariat"])


def child(step: str, folder: str) -> None:
    from tpdesk.services import StoreFactory
    from tpdesk.services import exchange as use_cases

    where = Path(folder)
    sec = StoreFactory(where / "sec.db", user="Secretariat")
    if step == "merge":  # into a copy, so that the benchmark can run again on the same files
        with sec() as store:
            store.backup(where / "merged.db")
        sec = sec.at(where / "merged.db")
    queued = queued_s()
    started, cpu = time.perf_counter(), time.process_time()
    if step == "export":
        use_cases.export_exchange(sec, where / "again.tpx", to=["d00"], pack="Everything")
    else:
        for n in range(DELEGATES):
            use_cases.import_exchange(sec, where / f"d{n:02d}.tpx")
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    after = queued_s()
    waited = after - queued if after is not None and queued is not None else 0.0
    print(f"{wall:.3f} {cpu:.3f} {waited:.3f} {peak_mb():.1f}")


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    queued: float  # waiting for a CPU held by other programs
    peak_mb: float

    @property
    def own(self) -> float:
        return self.wall - self.queued


def _run(step: str, folder: Path) -> Run:
    result = subprocess.run([sys.executable, __file__, "--child", step, str(folder)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{step} failed:\n{result.stderr}")
    return Run(*(float(v) for v in result.stdout.split()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="build in this folder and leave it there;"
                        " run again with the same folder to skip the setup")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if not (folder / f"d{DELEGATES - 1:02d}.tpx").exists():
        setup(folder, args.activities)
    print(f"setup: {time.perf_counter() - started:.1f} s (register of demo + {args.activities}"
          f" activities, {DELEGATES} delegates, {CHANGES} changes each)")
    size = (folder / "pack.tpx").stat().st_size / 1e6
    print(f"load average: {load_average()}"
          f" on {os.cpu_count()} CPUs")
    export, merged = _run("export", folder), _run("merge", folder)
    for what, run, target, extra in (
            ("export of the pack: ", export, EXPORT_SECONDS, f"  file {size:.1f} MB"),
            (f"merge of {DELEGATES} replies:", merged, MERGE_SECONDS, "")):
        print(f"{what} {run.own:6.2f} s own ({run.wall:5.2f} s wall, {run.queued:5.2f} s"
              f" waiting for a CPU, {run.cpu:5.2f} s CPU)  peak {run.peak_mb:6.1f} MiB{extra}"
              f"  (target ≤ {target:.0f} s)")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    missed = export.own > EXPORT_SECONDS or merged.own > MERGE_SECONDS
    print("MISSED a target" if missed else "all targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
