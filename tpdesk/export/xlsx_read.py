"""Read the sheets of a checked workbook as rows of plain values.

The file is checked first (`xlsx_guard.check_file`), each wanted sheet is
scanned for where its data ends, and only then does openpyxl read it, in
read-only mode with the results saved for formulas, and no further than the
last row with data.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterable
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

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass
class SheetRows:
    """One sheet as read: its header row and each row that holds anything."""

    name: str
    headers: list[str | None]
    rows: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)
    scan: SheetScan = field(default_factory=SheetScan)


def read_workbook(path: Path, wanted: Iterable[str], *,
                  limits: Limits = DEFAULT_LIMITS) -> dict[str, SheetRows]:
    """The wanted sheets found in the workbook, keyed by the wanted name (case-insensitive)."""
    check_file(path, limits)
    names = {n.casefold(): n for n in wanted}
    try:
        with zipfile.ZipFile(path) as zf:
            parts = {names[title.strip().casefold()]: part
                     for title, part in _sheet_parts(zf).items()
                     if title.strip().casefold() in names}
            scans = {name: scan_sheet(lambda part=part: zf.open(part))  # type: ignore[misc]
                     for name, part in parts.items()}
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
        return {name: _read_sheet(titles[name.casefold()], name, scans[name])
                for name in parts if name.casefold() in titles}
    except _BROKEN as exc:
        raise UserError(f"{path.name} is damaged or not a workbook tpdesk can read"
                        f" ({type(exc).__name__}: {exc})") from None
    finally:
        book.close()


def _read_sheet(ws: Any, name: str, scan: SheetScan) -> SheetRows:
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
