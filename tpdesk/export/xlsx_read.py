"""Read the sheets of a checked workbook as rows of plain values.

The file is checked first (`xlsx_guard.check_file`), each wanted sheet is
scanned for where its data ends, and only then does openpyxl read it, in
read-only mode with the results saved for formulas, and no further than the
last row with data. A `progress(done, total)` callback hears of each sheet
and of every few hundred rows, so a caller can show how far it got and stop
a long read by raising from it.
"""

from __future__ import annotations

import functools
import warnings
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import defusedxml.ElementTree as SafeET
from lxml import etree
from openpyxl import load_workbook

from ..models.errors import UserError
from .xlsx_guard import DEFAULT_LIMITS, Limits, SheetScan, check_file, scan_sheet

# What openpyxl and the XML parsers raise on a damaged file; caught only around them.
_BROKEN = (KeyError, ValueError, TypeError, IndexError, AttributeError, zipfile.BadZipFile,
           SafeET.ParseError, etree.XMLSyntaxError)

ROWS_PER_STEP = 500  # rows read between two progress points

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass
class SheetRows:
    """One sheet as read: its header row and each row that holds anything."""

    name: str
    headers: list[str | None]
    rows: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)
    scan: SheetScan = field(default_factory=SheetScan)


def read_workbook(path: Path, wanted: Iterable[str], *, limits: Limits = DEFAULT_LIMITS,
                  progress: Callable[[int, int], None] | None = None
                  ) -> dict[str, SheetRows]:
    """The wanted sheets found in the workbook, keyed by the wanted name (case-insensitive).

    `progress` counts rows read against the rows the scans found (0 of 0
    while scanning).
    """
    step = progress or (lambda done, total: None)
    check_file(path, limits)
    names = {n.casefold(): n for n in wanted}
    try:
        with zipfile.ZipFile(path) as zf:
            parts = {names[title.strip().casefold()]: part
                     for title, part in _sheet_parts(zf).items()
                     if title.strip().casefold() in names}
            scans = {}
            for name, part in parts.items():
                step(0, 0)
                scans[name] = scan_sheet(lambda part=part: zf.open(part))  # type: ignore[misc]
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (extensions, print settings); we
            # only read values, so those are no concern of the person importing.
            warnings.simplefilter("ignore")
            book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except _BROKEN as exc:
        raise UserError(f"{path.name} is damaged or not a workbook tpdesk can read"
                        f" ({type(exc).__name__}: {exc})") from None
    try:
        titles = {ws.title.strip().casefold(): ws for ws in book.worksheets}
        total = sum(max((scans[n].last_row or 0) - 1, 0) for n in parts)
        done = 0
        sheets = {}
        for name in parts:
            if name.casefold() not in titles:
                continue
            sheets[name] = _read_sheet(titles[name.casefold()], name, scans[name],
                                       functools.partial(_after, step, done, total))
            done += max((scans[name].last_row or 0) - 1, 0)
            step(done, total)
        return sheets
    except _BROKEN as exc:
        raise UserError(f"{path.name} is damaged or not a workbook tpdesk can read"
                        f" ({type(exc).__name__}: {exc})") from None
    finally:
        book.close()


def _after(step: Callable[[int, int], None], before: int, total: int, done: int) -> None:
    step(before + done, total)


def _read_sheet(ws: Any, name: str, scan: SheetScan,
                progress: Callable[[int], None]) -> SheetRows:
    first = next(ws.iter_rows(min_row=1, max_row=1, values_only=True), ())
    headers: list[str | None] = [None if v is None or str(v).strip() == "" else str(v)
                                 for v in first]
    while headers and headers[-1] is None:
        headers.pop()
    sheet = SheetRows(name=name, headers=headers, scan=scan)
    if not headers or scan.last_row == 1:
        return sheet
    last_row = scan.last_row  # None: rows without numbers, read to the end
    for number, values in enumerate(
            ws.iter_rows(min_row=2, max_row=last_row, max_col=len(headers), values_only=True),
            start=2):
        if number % ROWS_PER_STEP == 0:
            progress(number - 1)
        if any(v is not None and not (isinstance(v, str) and not v.strip()) for v in values):
            sheet.rows.append((number, tuple(values)))
    return sheet


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> the zip part holding it, from the workbook and its relationships."""
    book = SafeET.fromstring(zf.read("xl/workbook.xml"), forbid_dtd=True)
    try:
        rels = SafeET.fromstring(zf.read("xl/_rels/workbook.xml.rels"), forbid_dtd=True)
    except KeyError:
        return {}
    targets = {r.get("Id"): r.get("Target", "")
               for r in rels.iter(f"{{{_PKG_REL_NS}}}Relationship")}
    parts = {}
    for sheet in book.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        target = targets.get(sheet.get(f"{{{_REL_NS}}}id"), "")
        if not target:
            continue
        part = target.lstrip("/") if target.startswith("/") else str(
            PurePosixPath("xl") / target)
        parts[sheet.get("name", "")] = _normalise(part)
    return parts


def _normalise(part: str) -> str:
    pieces: list[str] = []
    for piece in part.split("/"):
        if piece == "..":
            if pieces:
                pieces.pop()
        elif piece not in ("", "."):
            pieces.append(piece)
    return "/".join(pieces)
