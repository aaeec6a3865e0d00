"""Excel export at 100,000 activities, against xlsxwriter writing the same rows.

Reads the register once into memory, then times tpdesk's writer (openpyxl in
write-only mode, with its tables, checks and summary) and xlsxwriter in
constant-memory mode writing the same cell values with the same date and euro
formats, in the same run. Then it runs tpdesk's whole export (streaming from
the database, as `tpdesk export xlsx --all` does) in a child process and
reports that process's peak memory. Last, it imports that workbook back
(preview and apply, each in a child process on a copy of the database):
unchanged, and with 1 % of the rows of each data sheet edited; in the
preview, the longest wait between two progress points is what a Cancel in the
import wizard waits at worst. Then it cancels the preview of the edited
workbook for real, part-way through (at its start, and at a quarter, half and
nine tenths of its rows), as the wizard's Cancel does: the same service call,
run on a thread whose progress callback raises once Cancel is pressed. It
times Cancel to the call's return (CPU time judged, wall printed) and checks
that nothing is left behind: the database holds what it held, no file is left
beside it or in the temporary folder, and no thread or open file remains.

    python benchmarks/bench_xlsx.py [--activities N] [--db PATH] [--import-only]

With --db, an existing file of the right size is reused (loading is slow);
--import-only skips the comparison with xlsxwriter. Needs xlsxwriter
(`pip install -e '.[bench]'`) unless --import-only. Exits 1 when tpdesk's
writer takes more than 1.3 times xlsxwriter's time, or an import more than
1.5 times the streamed export's time or more than 300 MB, or a Cancel can
wait more than a second, or a cancelled preview leaves something behind.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from _measure import peak_mb

from tpdesk.export.xlsx_cells import DATE_FORMAT, EURO_FORMAT
from tpdesk.export.xlsx_export import write_register
from tpdesk.export.xlsx_layout import SHEETS, Kind
from tpdesk.models import Activity, Commitment, Store
from tpdesk.models.content import RegisterContent
from tpdesk.models.demo import load_synthetic
from tpdesk.models.register import register_content, snapshot
from tpdesk.services import StoreFactory, preview_workbook
from tpdesk.services.xlsx_import import apply_import, preview_import

TARGET_RATIO = 1.3
IMPORT_RATIO = 1.5  # an import against the streamed export of the same register
IMPORT_PEAK_MB = 300
EDIT_EVERY = 100  # 1 % of the rows
CANCEL_S = 1.0  # the longest a Cancel in the import wizard may wait for the preview to stop
CANCEL_AT = (0.0, 0.25, 0.5, 0.9)  # how far through the preview's rows Cancel is pressed
# The cell edited on every EDIT_EVERY-th row: (sheet, column letter, how).
EDITS = (("Activities", "B", "text"), ("Commitments", "B", "text"),
         ("Funding", "E", "number"), ("Progress updates", "E", "text"))


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
    """The whole export as the command line runs it; prints seconds, peak MiB, CPU seconds."""
    start, cpu = time.perf_counter(), time.process_time()
    with Store(db) as store, snapshot(store):
        write_register(register_content(store), out)
    print(f"{time.perf_counter() - start:.3f} {peak_mb():.1f} {time.process_time() - cpu:.3f}")


def import_child(db: Path, workbook: Path) -> None:
    """Preview then apply, as `tpdesk import xlsx` does; prints seconds, peak MiB, CPU
    seconds, the longest wait between two of the preview's progress points (what a
    Cancel in the wizard waits at worst) and the summaries."""
    start, cpu = time.perf_counter(), time.process_time()
    points = [time.perf_counter()]
    with Store(db, user="bench") as store:
        preview = preview_import(store, workbook,
                                 progress=lambda _d, _t: points.append(time.perf_counter()))
        if preview.errors:
            raise SystemExit(f"{preview.summary()}: {preview.errors[0]}")
        result = apply_import(store, preview)
    gap = max(b - a for a, b in itertools.pairwise(points))
    print(f"{time.perf_counter() - start:.3f} {peak_mb():.1f} {time.process_time() - cpu:.3f}"
          f" {gap:.3f} {preview.summary()};"
          f" {result.summary()}")


class Cancelled(Exception):
    """What the wizard's progress callback raises once Cancel is pressed (ui.workers)."""


def leftovers(db: Path) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...], int, int]:
    """What a cancelled preview must not change: every table's row count, the files
    beside the database and in the temporary folder, this process's threads and
    open files."""
    with Store(db) as store:
        tables = [str(r[0]) for r in store.db.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE"
            " 'CREATE VIRTUAL%' AND name NOT LIKE 'search_fts_%' ORDER BY name").fetchall()]
        counts = tuple((t, int(store.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]))
                       for t in tables)
    files = tuple(sorted(str(p) for folder in (db.parent, Path(tempfile.gettempdir()))
                         for p in folder.iterdir()))
    return counts, files, threading.active_count(), len(list(Path("/proc/self/fd").iterdir()))


def cancel_child(db: Path, workbook: Path) -> None:
    """Cancel the wizard's preview part-way at each CANCEL_AT; prints, for each, the
    fraction, the wall and CPU seconds from Cancel to the call's return, and what was
    left behind ('-' for nothing)."""
    factory = StoreFactory(db, user="bench")
    before = leftovers(db)
    for at in CANCEL_AT:
        pressed, reached = threading.Event(), threading.Event()
        returned: list[tuple[float, float, BaseException | None]] = []

        def progress(done: int, total: int, at: float = at,
                     pressed: threading.Event = pressed,
                     reached: threading.Event = reached) -> None:
            if pressed.is_set():
                raise Cancelled
            if done >= at * total:
                reached.set()

        def job(progress: Callable[[int, int], None] = progress,
                returned: list[tuple[float, float, BaseException | None]] = returned) -> None:
            error: BaseException | None = None
            try:
                preview_workbook(factory, workbook, progress=progress)
            except BaseException as exc:  # handed back, as the wizard's worker does
                error = exc
            returned.append((time.perf_counter(), time.process_time(), error))

        worker = threading.Thread(target=job)
        worker.start()
        reached.wait()
        start, cpu = time.perf_counter(), time.process_time()  # Cancel right after a point
        pressed.set()
        worker.join()
        end, end_cpu, error = returned[0]
        left = [] if isinstance(error, Cancelled) else [
            "the preview finished before the Cancel" if error is None
            else f"the preview ended with {error!r}"]
        after = leftovers(db)
        left += [what for what, b, a in zip(("rows", "files", "threads", "open files"),
                                           before, after, strict=True) if a != b]
        print(f"{at:.2f} {end - start:.3f} {end_cpu - cpu:.3f} {','.join(left) or '-'}")


def sheet_parts(workbook: Path) -> dict[str, str]:
    """Sheet title -> zip part, from the workbook and its relationships."""
    with zipfile.ZipFile(workbook) as zf:
        book, rels = zf.read("xl/workbook.xml").decode(), zf.read(
            "xl/_rels/workbook.xml.rels").decode()
    targets = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
    targets.update({i: t for t, i in re.findall(r'Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
    return {name: "xl/" + targets[rid].lstrip("/").removeprefix("xl/")
            for name, rid in re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', book)}


def edited_copy(source: Path, target: Path) -> int:
    """The workbook with one cell changed on every EDIT_EVERY-th data row; how many."""
    parts = sheet_parts(source)
    wanted = {parts[sheet]: (column, how) for sheet, column, how in EDITS}
    count = 0

    def edit(match: re.Match[str]) -> str:
        nonlocal count
        cell, row, value = match.group(1), int(match.group(2)), match.group(3)
        if row % EDIT_EVERY:
            return match.group(0)
        count += 1
        if value == "":  # a text: the new word goes in front
            return cell + "edited "
        return f"{cell}{float(value) + 1!r}</v>"

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename in wanted:
                column, how = wanted[info.filename]
                pattern = (rf'(<c r="{column}(\d+)"[^>]*><is><t[^>]*>)()' if how == "text"
                           else rf'(<c r="{column}(\d+)"[^>]*><v>)([^<]+)</v>')
                data = re.sub(pattern, edit, data.decode()).encode()
            dst.writestr(info, data)
    return count


def run_import(db: Path, workbook: Path, work: Path
               ) -> tuple[float, float, float, float, str]:
    copy = work / "import.db"
    shutil.copyfile(db, copy)
    result = subprocess.run([sys.executable, __file__, "--import-child", str(copy),
                             str(workbook)], capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"import failed: {result.stderr.strip() or result.stdout.strip()}")
    seconds, peak, cpu, gap, summary = result.stdout.strip().split(" ", 4)
    copy.unlink()
    return float(seconds), float(peak), float(cpu), float(gap), summary


def run_cancels(db: Path, workbook: Path, work: Path) -> list[tuple[float, float, float, str]]:
    """cancel_child on a copy of the database, with a temporary folder of its own."""
    copy, tmp = work / "cancel" / "cancel.db", work / "cancel-tmp"
    copy.parent.mkdir()
    tmp.mkdir()
    shutil.copyfile(db, copy)
    result = subprocess.run([sys.executable, __file__, "--cancel-child", str(copy),
                             str(workbook)], capture_output=True, text=True, check=False,
                            env={**os.environ, "TMPDIR": str(tmp)})
    if result.returncode:
        raise SystemExit(f"cancel failed: {result.stderr.strip() or result.stdout.strip()}")
    shutil.rmtree(copy.parent)
    shutil.rmtree(tmp)
    found = []
    for line in result.stdout.split("\n"):
        if line.strip():
            at, wall, cpu, left = line.split(" ", 3)
            found.append((float(at), float(wall), float(cpu), left))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--import-only", action="store_true",
                        help="time the export and the imports only, not xlsxwriter")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--import-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cancel-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    if args.import_child:
        import_child(*args.import_child)
        return 0
    if args.cancel_child:
        cancel_child(*args.cancel_child)
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
    failed = []
    if not args.import_only:
        failed += compare_writers(path, work)

    result = subprocess.run([sys.executable, __file__, "--child", str(path),
                             str(work / "streamed.xlsx")], capture_output=True, text=True,
                            check=True)
    export_s, peak, export_cpu = (float(x) for x in result.stdout.split())
    print(f"streamed    whole export from the database in {export_s:8.2f} s,"
          f" peak memory {peak:,.0f} MiB (CPU {export_cpu:.1f} s)")

    edited = edited_copy(work / "streamed.xlsx", work / "edited.xlsx")
    for label, workbook in (("unchanged", work / "streamed.xlsx"),
                            (f"{edited:,} edits", work / "edited.xlsx")):
        seconds, peak, cpu, gap, summary = run_import(path, workbook, work)
        ratio = seconds / export_s
        # The CPU times are the processes' own: on a shared machine the wall times also hold
        # the waits for a CPU, and the two runs do not wait alike.
        print(f"import      {label:<12} {seconds:8.2f} s ({ratio:.2f} x the export, target"
              f" <= {IMPORT_RATIO}), peak memory {peak:,.0f} MiB (target <= {IMPORT_PEAK_MB});"
              f" CPU {cpu:.1f} s ({cpu / export_cpu:.2f} x the export's)")
        print(f"            {summary}")
        print(f"cancel      {label:<12} a Cancel waits at most {gap:6.2f} s for the preview's"
              f" next progress point (target <= {CANCEL_S:.0f} s)")
        if gap > CANCEL_S:
            failed.append(f"a Cancel of the preview ({label}) can wait {gap:.2f} s")
        if ratio > IMPORT_RATIO:
            failed.append(f"the import ({label}) takes {ratio:.2f} times the export's time")
        if peak > IMPORT_PEAK_MB:
            failed.append(f"the import ({label}) peaks at {peak:,.0f} MiB")
    for at, wall, cpu, left in run_cancels(path, work / "edited.xlsx", work):
        # Judged on CPU time: on a shared machine the wall time also holds the waits for a
        # CPU held by other programs.
        print(f"cancel      at {at:4.0%} of the rows: returned {cpu:5.2f} s CPU after Cancel"
              f" ({wall:5.2f} s wall; target <= {CANCEL_S:.0f} s);"
              f" left behind: {'nothing' if left == '-' else left}")
        if cpu > CANCEL_S:
            failed.append(f"the preview cancelled at {at:.0%} returns {cpu:.2f} s later")
        if left != "-":
            failed.append(f"the preview cancelled at {at:.0%} leaves behind: {left}")
    shutil.rmtree(work, ignore_errors=True)
    for line in failed:
        print(f"FAIL: {line}", file=sys.stderr)
    return 1 if failed else 0


def compare_writers(path: Path, work: Path) -> list[str]:
    """tpdesk's writer against xlsxwriter on the same rows, held in memory."""
    with Store(path) as store:
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
    if ratio > TARGET_RATIO:
        return [f"tpdesk's export takes {ratio:.2f} times xlsxwriter's"]
    return []


if __name__ == "__main__":
    sys.exit(main())
