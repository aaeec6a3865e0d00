"""Excel export at 100,000 activities, against xlsxwriter writing the same rows.

Reads the register once into memory, then times tpdesk's writer (openpyxl in
write-only mode, with its tables, checks and summary) and xlsxwriter in
constant-memory mode writing the same cell values with the same date and euro
formats, in the same run. Then it runs tpdesk's whole export (streaming from
the database, as `tpdesk export xlsx --all` does) in a child process and
reports that process's peak memory.

    python benchmarks/bench_xlsx.py [--activities N] [--db PATH]

With --db, an existing file of the right size is reused (loading is slow).
Needs xlsxwriter (`pip install -e '.[bench]'`). Exits 1 when tpdesk takes more
than 1.3 times xlsxwriter's time.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from tpdesk.export.xlsx_export import DATE_FORMAT, EURO_FORMAT, write_register
from tpdesk.export.xlsx_layout import SHEETS, Kind
from tpdesk.models import Activity, Commitment, Store
from tpdesk.models.content import RegisterContent
from tpdesk.models.demo import load_synthetic
from tpdesk.models.register import register_content, snapshot

TARGET_RATIO = 1.3


def peak_mb() -> float:
    """This process's peak resident memory.

    VmHWM rather than ru_maxrss: on Linux ru_maxrss carries over the peak of
    the parent that forked the child, which here holds the whole register.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rows_of(content: RegisterContent) -> dict[str, list[Any]]:
    """The items of each sheet, as the writer walks them."""
    activities, commitments = list(content.activities), list(content.commitments)
    return {
        "Activities": activities,
        "Funding": [(a, line) for a in activities for line in a.funding],
        "Commitments": commitments,
        "Progress updates": [(c, u) for c in commitments for u in c.updates],
        "Organisations": list(content.organisations),
        "Roundtables": list(content.roundtables),
    }


def with_xlsxwriter(content: RegisterContent, items: dict[str, list[Any]], path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    date_fmt = wb.add_format({"num_format": DATE_FORMAT})
    euro_fmt = wb.add_format({"num_format": EURO_FORMAT})
    header_fmt = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79"})
    lk = content.lookups
    for sheet in SHEETS:
        ws = wb.add_worksheet(sheet.name)
        ws.freeze_panes(1, 0)
        for i, column in enumerate(sheet.columns):
            ws.set_column(i, i, column.width)
        ws.write_row(0, 0, [c.header for c in sheet.columns], header_fmt)
        kinds = [c.kind for c in sheet.columns]
        getters = [c.value for c in sheet.columns]
        for r, item in enumerate(items[sheet.name], start=1):
            for c, (get, kind) in enumerate(zip(getters, kinds, strict=True)):
                value = get(item, lk)
                if value is None or value == "":
                    continue
                if isinstance(value, str):
                    ws.write_string(r, c, value)
                elif isinstance(value, date):
                    ws.write_datetime(r, c, value, date_fmt)
                elif kind is Kind.MONEY:
                    ws.write_number(r, c, value, euro_fmt)
                else:
                    ws.write_number(r, c, value)
        ws.autofilter(0, 0, max(len(items[sheet.name]), 1), len(sheet.columns) - 1)
    wb.close()


def child(db: Path, out: Path) -> None:
    """The whole export as the command line runs it; prints seconds and peak MiB."""
    start = time.perf_counter()
    with Store(db) as store, snapshot(store):
        write_register(register_content(store), out)
    print(f"{time.perf_counter() - start:.3f} {peak_mb():.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    work = Path(tempfile.mkdtemp(prefix="tpdesk-bench-xlsx-"))
    path = args.db or work / "bench.db"

    with Store(path) as store:
        have = store.count(Activity)
        if have < args.activities:
            start = time.perf_counter()
            load_synthetic(store, args.activities - have)
            print(f"load        {args.activities:>9,} activities in"
                  f" {time.perf_counter() - start:8.1f} s")
        else:
            print(f"load        reused {path} ({have:,} activities)")
        print(f"size        {store.count(Activity):,} activities,"
              f" {store.count(Commitment):,} commitments")
        start = time.perf_counter()
        with snapshot(store):
            content = register_content(store)
            items = rows_of(content)
        read_s = time.perf_counter() - start
    rows = sum(len(v) for v in items.values())
    print(f"read        {rows:,} rows from the database in {read_s:8.2f} s")
    fixed = replace(content, activities=items["Activities"], commitments=items["Commitments"])

    start = time.perf_counter()
    write_register(fixed, work / "tpdesk.xlsx")
    ours = time.perf_counter() - start
    start = time.perf_counter()
    with_xlsxwriter(fixed, items, work / "xlsxwriter.xlsx")
    theirs = time.perf_counter() - start
    ratio = ours / theirs
    for name, seconds in (("tpdesk", ours), ("xlsxwriter", theirs)):
        size = (work / f"{name}.xlsx").stat().st_size / 2**20
        print(f"write       {name:<10} {seconds:8.2f} s  ({rows / seconds:,.0f} rows/s,"
              f" {size:,.1f} MiB)")
    print(f"ratio       {ratio:.2f} x xlsxwriter (target <= {TARGET_RATIO})")

    result = subprocess.run([sys.executable, __file__, "--child", str(path),
                             str(work / "streamed.xlsx")], capture_output=True, text=True,
                            check=True)
    seconds, peak = (float(x) for x in result.stdout.split())
    print(f"streamed    whole export from the database in {seconds:8.2f} s,"
          f" peak memory {peak:,.0f} MiB")
    if ratio > TARGET_RATIO:
        print(f"FAIL: tpdesk's export takes {ratio:.2f} times xlsxwriter's", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
