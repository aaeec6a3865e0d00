"""Store speed and memory at 100,000 synthetic activities, plain and encrypted.

Prints loading time, open time, filtered list and search latency (p50/p95 over
100 queries) and peak memory, for a plain database and an encrypted one
(SQLCipher under a raw data key) in the same run; the encrypted one must stay
within 1.3 times the plain one, and unlocking (Argon2id, then the open) within
0.5 s.

The two are loaded in turns of 10,000 activities each, and search is timed in
rounds: each opens both databases afresh (SQLite's page
cache empty, the OS cache warm for both) and runs the 100 queries on the two
alternately, query by query, so a busy machine slows both alike; a round's
p95 is dominated by the queries that read a word's pages for the first time,
which an encrypted file must decrypt. The figures are the medians over the
rounds (the ratio the median of each round's), and every round is printed.

It also compares with the targets and with a baseline: the plain FTS5
query (rank every match by bm25, snippet in the same statement) on a bare
connection, which is what the store's bounded ranking is measured against.

The first page of every filter combination a table offers (up to three of its
filters at once, each with a large and a small value, the navigator's
partnership among them) is timed warm as a table asks for it, a count and 200
rows, and beside it the same two statements on a bare sqlite3 connection; every
combination is printed, wall and CPU time, with the load average.

    python benchmarks/bench_store.py [--activities N] [--db PATH]

With --db, an existing file of the right size is reused (loading is slow), and
its encrypted twin beside it (NAME-encrypted.db).
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _measure import load_average, peak_mb

from tpdesk.models import Activity, Commitment, Filters, Record, Store
from tpdesk.models.connection import sqlite as sqlite3
from tpdesk.models.demo import load_synthetic
from tpdesk.models.keys import DataKey, KeyFile, key_file
from tpdesk.models.search import match_expression

TARGET_SEARCH_P95_MS = 20.0
TARGET_OPEN_MS = 100.0
TARGET_UNLOCK_MS = 500.0
MAX_RATIO = 1.3  # encrypted against plain, in the same run
PASSPHRASE = "benchmark passphrase"
SEARCH_ROUNDS = 5
LOAD_STEP = 10_000
TARGET_FIRST_PAGE_MS = 50.0
PAGE = 200
# What the tables' filter bars offer, each with a value matching many records and one
# matching few; the navigator's partnership is one of them.
CHOICES: dict[type[Record], dict[str, list[Any]]] = {
    Activity: {"partnership": ["TN", "PK"], "status": ["implementation", "closed"],
               "category": ["mobility", "reintegration"], "sector": ["ICT"],
               "member_state": ["DE", "IT"], "instrument": ["mpf", "amif"],
               "text": ["training", "welders"]},
    Commitment: {"partnership": ["TN", "PK"], "status": ["in_progress", "fulfilled"],
                 "member_state": ["DE", "IT"], "overdue": [True], "text": ["recruitment"]},
}
QUERIES = ["training", "fair recruitment", "nurses", "construction workers", "ICT",
           "language", "pre-departure", "recognition", "diaspora", "reintegration",
           "employers", "tourism", "care", "engineering", "agriculture", "renewable",
           "skills", "mobility", "return", "THAMM", "GIZ", "Tunis", "Lahore", "Dhaka",
           "Casablanca", "Cairo", "welders", "electricians", "hospitality", "vocational"]


def ms(seconds: float) -> float:
    return seconds * 1000


@dataclass
class Run:
    """The figures of one database: plain, or encrypted under a data key."""

    label: str
    load_s: float | None = None
    load_cpu_s: float = 0.0  # this process's CPU time while loading: judged, as waiting is not
    open_ms: float = 0.0
    list_ms: float = 0.0
    count_ms: float = 0.0
    overdue_ms: float = 0.0
    search: list[list[float]] = field(default_factory=list)  # the times of each round

    def p50(self) -> float:
        return statistics.median(pct(times, 50) for times in self.search)

    def p95(self) -> float:
        return statistics.median(pct(times, 95) for times in self.search)


def pct(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100)[p - 1]


def load(runs: list[tuple[Run, Path, DataKey | None]], activities: int) -> None:
    """Fill the databases in turns of LOAD_STEP activities each, so a busy machine slows both.

    A database that already holds enough (--db) is reused as it is.
    """
    stores = [Store(path, key=key) for _, path, key in runs]
    try:
        fills = [store.count(Activity) < activities for store in stores]
        for (run, path, _), fill in zip(runs, fills, strict=True):
            if fill:
                run.load_s = 0.0
            else:
                print(f"load      {run.label:<9} reused {path}")
        for done in range(0, activities, LOAD_STEP):
            turn = list(zip(runs, stores, fills, strict=True))
            for (run, _, _), store, fill in turn if done // LOAD_STEP % 2 else turn[::-1]:
                if fill:
                    start, cpu = time.perf_counter(), time.process_time()
                    load_synthetic(store, min(LOAD_STEP, activities - done))
                    run.load_s = (run.load_s or 0.0) + time.perf_counter() - start
                    run.load_cpu_s += time.process_time() - cpu
        for (run, path, _), store in zip(runs, stores, strict=True):
            if run.load_s:
                print(f"load      {run.label:<9} {activities:>9,} activities in"
                      f" {run.load_s:8.1f} s  ({activities / run.load_s:,.0f}/s),"
                      f" CPU {run.load_cpu_s:8.1f} s")
            print(f"size      {run.label:<9} {store.count(Activity):,} activities,"
                  f" {store.count(Commitment):,} commitments,"
                  f" {path.stat().st_size / 2**20:,.0f} MiB")
    finally:
        for store in stores:
            store.close()


def measure(run: Run, path: Path, key: DataKey | None) -> None:
    """Open, filtered lists and the overdue count of one database."""

    opens = []
    for _ in range(7):
        start = time.perf_counter()
        store = Store(path, key=key)
        opens.append(time.perf_counter() - start)
        store.close()
    run.open_ms = ms(statistics.median(opens))

    store = Store(path, key=key)
    filters = [Filters(partnership="TN", status="implementation"),
               Filters(category="mobility", sector="ICT"),
               Filters(member_state="DE", instrument="mpf"),
               Filters(text="training", partnership="PK")]
    for f in filters:  # the median of five, summed over the filters: steadier than one
        lists, counts = [], []
        for _ in range(5):
            start = time.perf_counter()
            store.list(Activity, f, limit=200)
            lists.append(time.perf_counter() - start)
            start = time.perf_counter()
            store.count(Activity, f)
            counts.append(time.perf_counter() - start)
        run.list_ms += ms(statistics.median(lists))
        run.count_ms += ms(statistics.median(counts))
    start = time.perf_counter()
    store.count(Commitment, Filters(overdue=True))
    run.overdue_ms = ms(time.perf_counter() - start)
    store.close()


def time_searches(runs: list[tuple[Run, Path, DataKey | None]], queries: list[str]) -> None:
    """Each round: every database opened afresh, then the queries on each in turn."""
    for round_ in range(SEARCH_ROUNDS):
        stores = [Store(path, key=key) for _, path, key in runs]
        times: list[list[float]] = [[] for _ in runs]
        for store in stores:
            store.search("warm up")
        for i, q in enumerate(queries):
            order = range(len(runs)) if i % 2 == 0 else reversed(range(len(runs)))
            for which in order:  # alternating who goes first
                start = time.perf_counter()
                stores[which].search(q)
                times[which].append(ms(time.perf_counter() - start))
        for store in stores:
            store.close()
        for (run, _, _), taken in zip(runs, times, strict=True):
            run.search.append(taken)
        print(f"search    round {round_ + 1}: " + "; ".join(
            f"{run.label} p50 {pct(t, 50):5.1f} p95 {pct(t, 95):5.1f} ms"
            for (run, _, _), t in zip(runs, times, strict=True))
            + f"; ratio {pct(times[1], 95) / pct(times[0], 95):4.2f}")


def warm_ms(run: Callable[[], object], repeat: int = 3) -> tuple[float, float]:
    """(wall, CPU) ms, best of `repeat` after one warming run: what a second look gets.

    CPU time beside wall time: a machine busy with other work stretches the wall
    figure, not the process's own time.
    """
    run()
    best, best_cpu = float("inf"), float("inf")
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        run()
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return ms(best), ms(best_cpu)


@dataclass(order=True)
class Page:
    """The first page of one filter combination: the store's time and the bare SQL's.

    Ordered by CPU time, which is what is judged.
    """

    cpu: float
    wall: float
    bare_cpu: float
    bare: float
    what: str


def first_pages(store: Store, bare: sqlite3.Connection) -> list[Page]:
    """The first page of each combination offered, timed through the store and bare."""
    results = []
    for cls, choices in CHOICES.items():
        names = list(choices)
        for size in (1, 2, 3):
            for combo in itertools.combinations(names, size):
                for values in itertools.product(*(choices[n] for n in combo)):
                    f = Filters(**dict(zip(combo, values, strict=True)))
                    list_sql = store.list_query(cls, f, limit=PAGE)
                    count_sql = store.count_query(cls, f)

                    def look() -> None:
                        store._last_count = None  # each look counts afresh, as after an edit
                        store.count(cls, f)  # noqa: B023
                        store.list(cls, f, limit=PAGE)  # noqa: B023

                    took, cpu = warm_ms(look)
                    floor, floor_cpu = warm_ms(lambda: (
                        bare.execute(*count_sql).fetchall(),  # noqa: B023
                        bare.execute(*list_sql).fetchall()))  # noqa: B023
                    what = f"{cls.LABEL}: " + " ".join(
                        f"{n}={v}" for n, v in zip(combo, values, strict=True))
                    results.append(Page(cpu, took, floor_cpu, floor, what))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="tpdesk-bench-")) / "bench.db"
    encrypted_path = path.with_name(path.stem + "-encrypted.db")
    keys = key_file(encrypted_path)
    if keys.exists():
        key = KeyFile.read(keys).unlock(PASSPHRASE)
    else:
        key = DataKey.generate()
        encrypted_path.unlink(missing_ok=True)
        KeyFile.create(key, PASSPHRASE).write(keys)

    rng = random.Random(1)
    queries = [rng.choice(QUERIES) for _ in range(100)]
    plain, encrypted = Run("plain"), Run("encrypted")
    runs: list[tuple[Run, Path, DataKey | None]] = [(plain, path, None),
                                                     (encrypted, encrypted_path, key)]
    load(runs, args.activities)
    for entry in runs:
        measure(*entry)
    time_searches(runs, queries)
    with Store(path) as store:
        bare = sqlite3.connect(path)
        pages = sorted(first_pages(store, bare), reverse=True)

    floor_times = []
    for q in queries:
        start = time.perf_counter()
        bare.execute("SELECT d.record_id, snippet(search_fts, -1, '[', ']', '…', 12)"
                     " FROM search_fts JOIN search_doc d ON d.docid = search_fts.rowid"
                     " WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 10.0, 1.0)"
                     " LIMIT 50", [match_expression(q)]).fetchall()
        floor_times.append(ms(time.perf_counter() - start))
    bare.close()

    start, cpu = time.perf_counter(), time.process_time()
    unlocked = KeyFile.read(keys).unlock(PASSPHRASE)
    derive = ms(time.perf_counter() - start)
    Store(encrypted_path, key=unlocked).close()
    unlock_wall, unlock_cpu = ms(time.perf_counter() - start), ms(time.process_time() - cpu)
    # Argon2id may run lanes in parallel (CPU above wall); on a busy machine the
    # wall time is mostly waiting for a core (wall above CPU): judge the smaller.
    unlock = min(unlock_wall, unlock_cpu)

    f50, f95 = pct(floor_times, 50), pct(floor_times, 95)
    for run in (plain, encrypted):
        print(f"open      {run.label:<9} median {run.open_ms:7.1f} ms"
              f"            target <= {TARGET_OPEN_MS:.0f} ms")
        print(f"list      {run.label:<9} 200 rows, 4 filters: {run.list_ms:7.1f} ms;"
              f" counts {run.count_ms:7.1f} ms")
        print(f"overdue   {run.label:<9} count in {run.overdue_ms:7.1f} ms")
        print(f"search    {run.label:<9} p50 {run.p50():6.1f} ms  p95 {run.p95():6.1f} ms"
              f" (medians of {SEARCH_ROUNDS} rounds)   target p95 <= {TARGET_SEARCH_P95_MS:.0f} ms")
    print(f"pages     plain     first page (count + {PAGE} rows) of {len(pages)} filter"
          f" combinations, warm, best of 3; load average {load_average()}")
    for page in pages:
        print(f"          {page.wall:7.1f} ms wall {page.cpu:7.1f} ms CPU"
              f" (bare {page.bare:6.1f} / {page.bare_cpu:6.1f})  {page.what}")
    # Judged on CPU time: on a shared machine the wall time also holds the waits for a CPU.
    worst, over = pages[0], [p for p in pages if p.cpu > TARGET_FIRST_PAGE_MS]
    print(f"          worst {worst.cpu:.1f} ms CPU ({worst.wall:.1f} ms wall) {worst.what};"
          f" median {statistics.median(p.cpu for p in pages):.1f} ms CPU"
          f" ({statistics.median(p.wall for p in pages):.1f} ms wall); {len(over)} over the"
          f" target; store over bare at worst {max(p.cpu - p.bare_cpu for p in pages):.1f} ms"
          f" CPU   target <= {TARGET_FIRST_PAGE_MS:.0f} ms CPU")
    print(f"baseline  p50 {f50:6.1f} ms  p95 {f95:6.1f} ms   (bare sqlite3, rank all matches)")
    ratios = {"search p95": statistics.median(pct(e, 95) / pct(p, 95) for p, e in zip(
                  plain.search, encrypted.search, strict=True)),
              "filtered lists": (encrypted.list_ms + encrypted.count_ms)
              / (plain.list_ms + plain.count_ms)}
    if plain.load_s and encrypted.load_s:
        print(f"encrypted loading (wall)     {encrypted.load_s / plain.load_s:5.2f} x plain"
              "        not judged: waiting for a core")
        ratios["loading (CPU)"] = encrypted.load_cpu_s / plain.load_cpu_s
    for name, ratio in ratios.items():
        print(f"encrypted {name:<15} {ratio:5.2f} x plain        target <= {MAX_RATIO}")
    print(f"unlock    {unlock:7.1f} ms (wall {unlock_wall:.0f} ms, CPU {unlock_cpu:.0f} ms;"
          f" key derivation {derive:.0f} ms wall, then open)"
          f"   target <= {TARGET_UNLOCK_MS:.0f} ms")
    print(f"load      average {load_average()} at the end")
    print(f"memory    peak {peak_mb():,.0f} MB (max RSS)")
    missed = [f"{run.label} open" for run in (plain, encrypted) if run.open_ms > TARGET_OPEN_MS]
    missed += [f"{run.label} search p95" for run in (plain, encrypted)
               if run.p95() > TARGET_SEARCH_P95_MS]
    missed += [f"encrypted/plain {name}" for name, ratio in ratios.items() if ratio > MAX_RATIO]
    if unlock > TARGET_UNLOCK_MS:
        missed.append("unlock")
    if over:
        missed.append(f"first page ({len(over)} of {len(pages)} combinations)")
    print("result    " + ("all targets met" if not missed else "MISSED: " + ", ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
