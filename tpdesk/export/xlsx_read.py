"""Read the sheets of a checked workbook as a stream of rows of plain values.

The file is checked first (`office_guard.check_file`), each wanted sheet is
scanned for where its data ends, and only then are its rows parsed, one at a
time, no further than the last row with data. The rows are parsed here with
lxml rather than by openpyxl's read-only mode: at 100,000 activities
openpyxl took three minutes and most of a gigabyte (a rich-text object per
string cell, and a whole pass over each sheet to size it), which this
reader does in a fraction of the time holding one row. It gives the values
openpyxl's `data_only` mode gives: shared and inline strings, numbers,
booleans, dates where the cell's number format is a date format, and the
saved result of a formula.
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

import defusedxml.ElementTree as SafeET
from lxml import etree
from openpyxl.reader.strings import read_string_table
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel, from_ISO8601

from ..models.errors import UserError
from ..models.l10n import translate
from .office_guard import DEFAULT_LIMITS, WORKBOOK, Limits, check_file
from .xlsx_guard import SheetScan, scan_sheet

# What the XML parsers and a damaged zip raise; caught only around them.
_BROKEN = (KeyError, ValueError, TypeError, IndexError, AttributeError, OverflowError,
           zipfile.BadZipFile, SafeET.ParseError, etree.XMLSyntaxError)

ROWS_PER_STEP = 500  # rows read between two progress points

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAIN = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
         "http://purl.oclc.org/ooxml/spreadsheetml/main")
Row = tuple[int, tuple[Any, ...]]  # (row number, one value per header)


@dataclass
class SheetRows:
    """One sheet: its header row, and its data rows read when iterated.

    `total` is the number of rows below the header as far as the data goes,
    known before any is read, so that a caller can report progress.
    """

    name: str
    headers: list[str | None]
    scan: SheetScan = field(default_factory=SheetScan)
    total: int = 0
    _book: _Book | None = field(default=None, repr=False)
    _part: str = field(default="", repr=False)

    def __iter__(self) -> Iterator[Row]:
        """(row number, values) for each row below the header that holds anything."""
        if self._book is None or not self.headers or self.scan.last_row == 1:
            return
        for number, values in self._book.rows(self._part, self.scan.last_row,
                                              len(self.headers)):
            if number > 1 and any(v is not None and not (isinstance(v, str) and not v.strip())
                                  for v in values):
                yield number, values


@contextlib.contextmanager
def open_workbook(path: Path, wanted: Iterable[str], *, limits: Limits = DEFAULT_LIMITS,
                  tick: Callable[[], object] = lambda: None
                  ) -> Iterator[dict[str, SheetRows]]:
    """The wanted sheets found in the workbook, by the wanted name (case-insensitive).

    The sheets' rows can be read while the context is open; a damaged part
    met on the way raises UserError naming the file. `tick` runs as each sheet is
    scanned (scan_sheet): an import's progress point, so a Cancel need not wait for
    every sheet of a big workbook.
    """
    check_file(path, WORKBOOK, limits)
    names = {n.casefold(): n for n in wanted}
    try:
        with zipfile.ZipFile(path) as zf:
            book = _Book(path.name, zf)
            sheets = {}
            for title, part in book.sheet_parts().items():
                name = names.get(title.strip().casefold())
                if name is None or name in sheets:
                    continue
                scan = scan_sheet(lambda part=part: zf.open(part),  # type: ignore[misc]
                                  tick=tick)
                first = next(book.rows(part, 1, None), (0, ()))
                headers = [None if v is None or str(v).strip() == "" else str(v)
                           for v in first[1]] if first[0] == 1 else []
                while headers and headers[-1] is None:
                    headers.pop()
                sheets[name] = SheetRows(name, headers, scan,
                                         max((scan.last_row or 0) - 1, 0), book, part)
            yield sheets
    except _BROKEN as exc:
        raise _damaged(path.name, exc) from None


def _damaged(name: str, exc: BaseException) -> UserError:
    return UserError(translate("Core", "{name} is damaged or not a workbook tpdesk can read"
                               " ({error})").format(name=name,
                                                    error=f"{type(exc).__name__}: {exc}"))


class _Book:
    """The parts of an open workbook that give cells their values."""

    def __init__(self, name: str, zf: zipfile.ZipFile) -> None:
        self.name = name
        self.zf = zf
        self.workbook = SafeET.fromstring(zf.read("xl/workbook.xml"), forbid_dtd=True)
        try:
            rels = SafeET.fromstring(zf.read("xl/_rels/workbook.xml.rels"), forbid_dtd=True)
        except KeyError:
            rels = None
        self.targets: dict[str, tuple[str, str]] = {}  # rel id -> (type, part)
        for r in rels.iter(f"{{{_PKG_REL_NS}}}Relationship") if rels is not None else ():
            target = r.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else str(
                PurePosixPath("xl") / target)
            self.targets[r.get("Id", "")] = (r.get("Type", ""), _normalise(part))
        pr = next((e for e in self.workbook.iter() if e.tag.endswith("}workbookPr")), None)
        date1904 = pr is not None and pr.get("date1904", "").lower() in ("1", "true")
        self.epoch = MAC_EPOCH if date1904 else WINDOWS_EPOCH
        self._strings: list[str] | None = None
        self.dates, self.durations = self._date_styles()

    def sheet_parts(self) -> dict[str, str]:
        """Sheet title -> the zip part holding it."""
        parts = {}
        for sheet in self.workbook.iter():
            if sheet.tag.endswith("}sheet"):
                target = self.targets.get(sheet.get(f"{{{_REL_NS}}}id", ""))
                if target:
                    parts[sheet.get("name", "")] = target[1]
        return parts

    def _part_of(self, kind: str) -> str | None:
        return next((part for rel_type, part in self.targets.values()
                     if rel_type.endswith("/" + kind) and part in self.zf.NameToInfo), None)

    @property
    def strings(self) -> list[str]:
        if self._strings is None:
            part = self._part_of("sharedStrings")
            self._strings = []
            if part is not None:
                with self.zf.open(part) as src:
                    self._strings = read_string_table(src)
        return self._strings

    def _date_styles(self) -> tuple[frozenset[int], frozenset[int]]:
        """The cell styles whose number format shows a date (and those a duration)."""
        part = self._part_of("styles")
        if part is None:
            return frozenset(), frozenset()
        root = SafeET.fromstring(self.zf.read(part), forbid_dtd=True)
        codes: dict[int, str] = dict(BUILTIN_FORMATS)
        xfs: list[int] = []
        for element in root:
            local = element.tag.rsplit("}", 1)[-1]
            if local == "numFmts":
                for fmt in element:
                    codes[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
            elif local == "cellXfs":
                xfs = [int(xf.get("numFmtId", "0")) for xf in element]
        dates = frozenset(i for i, f in enumerate(xfs) if is_date_format(codes.get(f)))
        durations = frozenset(i for i in dates if is_timedelta_format(codes.get(xfs[i])))
        return dates, durations

    def rows(self, part: str, last_row: int | None, width: int | None) -> Iterator[Row]:
        """Every row up to `last_row` (None: all), as `width` values (None: as many as given)."""
        try:
            with self.zf.open(part) as src:
                yield from self._parse(src, last_row, width)
        except _BROKEN as exc:
            raise _damaged(self.name, exc) from None

    def _parse(self, src: IO[bytes], last_row: int | None, width: int | None) -> Iterator[Row]:
        parser = etree.iterparse(src, events=("end",), tag=[f"{{{ns}}}row" for ns in _MAIN],
                                 resolve_entities=False, no_network=True, load_dtd=False,
                                 huge_tree=False)
        number = 0
        columns: dict[str, int] = {}
        tags: _Tags | None = None
        for _event, row in parser:
            if tags is None:
                tags = _Tags(row.tag[:row.tag.index("}") + 1])
            number = int(row.get("r") or number + 1)
            if last_row is not None and number > last_row:
                return
            cells: dict[int, Any] = {}
            col = 0
            for cell in row:
                ref = cell.get("r")
                if ref:
                    letters = ref.rstrip("0123456789")
                    col = columns.get(letters) or columns.setdefault(letters, _index(letters))
                else:
                    col += 1
                if width is None or col <= width:
                    cells[col] = self._value(cell, tags)
            size = width if width is not None else max(cells, default=0)
            yield number, tuple(cells.get(i) for i in range(1, size + 1))
            row.clear()
            parent = row.getparent()
            while row.getprevious() is not None and parent is not None:
                del parent[0]

    def _value(self, cell: Any, tags: _Tags) -> Any:
        kind = cell.get("t")
        if kind == "inlineStr":
            inline = cell.find(tags.inline)
            return None if inline is None else _text(inline, tags)
        text = cell.findtext(tags.v) or None
        if text is None:
            return None
        if kind is None or kind == "n":
            number: int | float = float(text) if "." in text or "E" in text or "e" in text \
                else int(text)
            style = cell.get("s")
            if style is not None and int(style) in self.dates:
                try:
                    return from_excel(number, self.epoch,
                                      timedelta=int(style) in self.durations)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return number
        if kind == "s":
            return self.strings[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            value: datetime = from_ISO8601(text)
            return value
        return text  # "str" (a formula's text result) and "e" (an error value)


class _Tags:
    """A sheet's element names in its namespace (transitional or strict)."""

    def __init__(self, ns: str) -> None:
        self.v, self.inline, self.t, self.r = ns + "v", ns + "is", ns + "t", ns + "r"


def _text(element: Any, tags: _Tags) -> str:
    """The text of a string item: plain, or the runs of rich text; phonetic hints left out."""
    if len(element) == 1 and element[0].tag == tags.t:
        return str(element[0].text or "")
    pieces = []
    for child in element:
        if child.tag == tags.t:
            pieces.append(child.text or "")
        elif child.tag == tags.r:
            pieces.append(child.findtext(tags.t) or "")
    return "".join(pieces)


def _index(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def _normalise(part: str) -> str:
    pieces: list[str] = []
    for piece in part.split("/"):
        if piece == "..":
            if pieces:
                pieces.pop()
        elif piece not in ("", "."):
            pieces.append(piece)
    return "/".join(pieces)
