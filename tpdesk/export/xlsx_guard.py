"""A bounded scan of each sheet of a workbook that passed `office_guard.check_file`.

`scan_sheet` walks a sheet's XML once, in constant memory, to find the last
row that holds data, so a sheet with a million formatted empty rows is read
only as far as its data goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO

from lxml import etree

from ..models.errors import UserError
from ..models.l10n import translate

_MAIN = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
         "http://purl.oclc.org/ooxml/spreadsheetml/main")
_REF = re.compile(r"([A-Z]{1,3})(\d+)")


@dataclass
class SheetScan:
    """What the passes over a sheet's XML found."""

    last_row: int | None = 0  # the last row with a value or formula; None: read to the end
    has_formulas: bool = False
    formulas_without_value: list[tuple[int, int]] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)


def scan_sheet(open_part: Callable[[], IO[bytes]], *,
               tick: Callable[[], object] = lambda: None) -> SheetScan:
    """Find where the data ends, which formulas lack a saved result, and what is merged.

    The first pass looks for value and formula tags in the raw bytes, a
    megabyte at a time, so a million empty formatted rows cost well under a
    second. Only a sheet that holds formulas gets a second, parsing pass, and
    that one stops at the last row with data. `tick` runs every megabyte or
    thousand rows: the import's progress point, where a Cancel stops it.
    """
    with open_part() as src:
        scan = _find_data(src, tick)
    if scan.has_formulas:
        with open_part() as src:
            scan.formulas_without_value = _formulas_without_value(src, scan.last_row, tick)
    return scan


_CHUNK = 1 << 20
_OVERLAP = 4096
_MERGE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref="([A-Z$0-9:]+)"')
_ROW_NUMBER = re.compile(rb'\sr="(\d+)"')
_ROOT = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?worksheet[\s>]")


def _find_data(src: IO[bytes], tick: Callable[[], object]) -> SheetScan:
    scan = SheetScan()
    prefix: bytes | None = None
    carry = row_tag = b""
    while True:
        tick()
        chunk = src.read(_CHUNK)
        buf = carry + chunk
        if prefix is None:
            root = _ROOT.search(buf)
            prefix = (root.group(1) + b":") if root and root.group(1) else b""
            values = [b"<" + prefix + t for t in (b"v>", b"is>", b"is ", b"f>", b"f ")]
            formulas = (b"<" + prefix + b"f>", b"<" + prefix + b"f ")
            rows = (b"<" + prefix + b"row ", b"<" + prefix + b"row>")
        last = max(buf.rfind(v) for v in values)
        if last >= 0 and scan.last_row is not None:
            start = max(buf.rfind(r, 0, last) for r in rows)
            tag = buf[start:buf.find(b">", start) + 1] if start >= 0 else row_tag
            number = _ROW_NUMBER.search(tag)
            if number is None:
                scan.last_row = None  # rows without numbers: read them all
            else:
                scan.last_row = max(scan.last_row, int(number.group(1)))
        start = max(buf.rfind(r) for r in rows)
        if start >= 0 and buf.find(b">", start) >= 0:
            row_tag = buf[start:buf.find(b">", start) + 1]
        scan.has_formulas = scan.has_formulas or any(f in buf for f in formulas)
        scan.merged += [m.decode() for m in _MERGE.findall(buf) if m.decode() not in scan.merged]
        if not chunk:
            return scan
        carry = buf[-_OVERLAP:]


def _formulas_without_value(src: IO[bytes], last_row: int | None,
                            tick: Callable[[], object]) -> list[tuple[int, int]]:
    """(row, column) of each formula cell with no saved result, up to the last data row."""
    found: list[tuple[int, int]] = []
    tags = [f"{{{ns}}}{t}" for ns in _MAIN for t in ("row", "c")]
    parser = etree.iterparse(src, events=("start", "end"), tag=tags, resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False)
    row = col = 0
    try:
        for event, element in parser:
            if etree.QName(element).localname == "row":
                if event == "start":
                    row = int(element.get("r") or row + 1)
                    col = 0
                    if row % 1000 == 0:
                        tick()
                    if last_row is not None and row > last_row:
                        break
                else:
                    _drop(element)
            elif event == "end":
                col = _column(element.get("r"), col + 1)
                if _formula_without_value(element):
                    found.append((row, col))
                element.clear()
    except etree.XMLSyntaxError as exc:
        raise UserError(translate("Core", "a worksheet is damaged: not valid XML ({exc})").format(
            exc=exc)) from None
    return found


def _formula_without_value(element: etree._Element) -> bool:
    formula = value = False
    for child in element:
        local = etree.QName(child).localname
        if local == "f":
            formula = True
        elif local == "v":
            value = value or bool(child.text)
        elif local == "is":
            value = value or bool("".join(child.itertext()))
    return formula and not value


def _drop(element: etree._Element) -> None:
    """Forget a finished row and everything before it."""
    element.clear()
    parent = element.getparent()
    while element.getprevious() is not None and parent is not None:
        del parent[0]


def _column(ref: str | None, default: int) -> int:
    if not ref:
        return default
    match = _REF.match(ref)
    if match is None:
        return default
    number = 0
    for ch in match.group(1):
        number = number * 26 + ord(ch) - 64
    return number
