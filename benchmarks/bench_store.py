"""Store speed and memory at 100,000 synthetic activities.

Prints loading time, open time, filtered list and search latency (p50/p95 over
100 queries) and peak memory, and compares them in the same run with the
targets and with a baseline: the plain FTS5 query (rank every match by bm25,
snippet in the same statement) on a bare sqlite3 connection, which is what
the store's bounded ranking is measured against.

    python benchmarks/bench_store.py [--activities N] [--db PATH]

With --db, an existing file of the right size is reused (loading is slow).
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tpdesk.models import Activity, Commitment, Filters, Store
from tpdesk.models.connection import sqlite as sqlite3
from tpdesk.models.demo import load_synthetic
from tpdesk.models.search import match_expression

TARGET_SEARCH_P95_MS = 20.0
TARGET_OPEN_MS = 100.0
QUERIES = ["training", "fair recruitment", "nurses", "construction workers", "ICT",
           "language", "pre-departure", "recognition", "diaspora", "reintegration",
           "employers", "tourism", "care", "engineering", "agriculture", "renewable",
           "skills", "mobility", "return", "THAMM", "GIZ", "Tunis", "Lahore", "Dhaka",
           "Casablanca", "Cairo", "welders", "electricians", "hospitality", "vocational"]


def ms(seconds: float) -> float:
    return seconds * 1000


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="tpdesk-bench-")) / "bench.db"

    with Store(path) as store:
        have = store.count(Activity)
        if have < args.activities:
            start = time.perf_counter()
            load_synthetic(store, args.activities)
            load_s = time.perf_counter() - start
            print(f"load      {args.activities:>9,} activities in {load_s:8.1f} s"
                  f"  ({args.activities / load_s:,.0f}/s)")
        else:
            print(f"load      reused {path} ({have:,} activities)")
        n_activities, n_commitments = store.count(Activity), store.count(Commitment)
    print(f"size      {n_activities:,} activities, {n_commitments:,} commitments,"
          f" {path.stat().st_size / 2**20:,.0f} MiB")

    opens = []
    for _ in range(7):
        start = time.perf_counter()
        store = Store(path)
        opens.append(time.perf_counter() - start)
        store.close()
    open_ms = ms(statistics.median(opens))

    store = Store(path)
    filters = [Filters(partnership="TN", status="implementation"),
               Filters(category="mobility", sector="ICT"),
               Filters(member_state="DE", instrument="mpf"),
               Filters(text="training", partnership="PK")]
    list_times, count_times = [], []
    for f in filters:
        start = time.perf_counter()
        store.list(Activity, f, limit=200)
        list_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        store.count(Activity, f)
        count_times.append(time.perf_counter() - start)
    start = time.perf_counter()
    overdue = store.count(Commitment, Filters(overdue=True))
    overdue_ms = ms(time.perf_counter() - start)

    rng = random.Random(1)
    queries = [rng.choice(QUERIES) for _ in range(100)]
    store.search("warm up")
    search_times = []
    for q in queries:
        start = time.perf_counter()
        store.search(q)
        search_times.append(ms(time.perf_counter() - start))
    store.close()

    bare = sqlite3.connect(path)
    floor_times = []
    for q in queries:
        start = time.perf_counter()
        bare.execute("SELECT d.record_id, snippet(search_fts, -1, '[', ']', '…', 12)"
                     " FROM search_fts JOIN search_doc d ON d.docid = search_fts.rowid"
                     " WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 10.0, 1.0)"
                     " LIMIT 50", [match_expression(q)]).fetchall()
        floor_times.append(ms(time.perf_counter() - start))
    bare.close()

    def pct(values: list[float], p: int) -> float:
        return statistics.quantiles(values, n=100)[p - 1]

    p50, p95 = pct(search_times, 50), pct(search_times, 95)
    f50, f95 = pct(floor_times, 50), pct(floor_times, 95)
    print(f"open      median {open_ms:7.1f} ms            target <= {TARGET_OPEN_MS:.0f} ms")
    print(f"list      200 rows, 4 filters: max {ms(max(list_times)):7.1f} ms;"
          f" count max {ms(max(count_times)):7.1f} ms")
    print(f"overdue   count of {overdue:,} in {overdue_ms:7.1f} ms")
    print(f"search    p50 {p50:6.1f} ms  p95 {p95:6.1f} ms   target p95 <= "
          f"{TARGET_SEARCH_P95_MS:.0f} ms")
    print(f"baseline  p50 {f50:6.1f} ms  p95 {f95:6.1f} ms   (bare sqlite3, rank all matches)")
    print(f"memory    peak {peak_mb():,.0f} MB (max RSS)")
    missed = []
    if open_ms > TARGET_OPEN_MS:
        missed.append("open")
    if p95 > TARGET_SEARCH_P95_MS:
        missed.append("search p95")
    print("result    " + ("all targets met" if not missed else "MISSED: " + ", ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
