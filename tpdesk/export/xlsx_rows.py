"""Data rows handed to openpyxl's write-only stream as one XML element each.

openpyxl's write-only sheet serialises every cell through a Cell object and
four nested XML writers; at 100,000 activities that made the register export
1.35 to 1.4 times slower than xlsxwriter (benchmarks/bench_xlsx.py), against a
target of 1.3. Here a whole <row> is built in lxml and written to the same
stream: the workbook is still openpyxl's (package, styles, tables, checks,
charts) and only the data rows' serialisation is ours, about twice as fast.

It overrides `WriteOnlyWorksheet._write_rows`, a private coroutine, so it is
tied to openpyxl 3.1; tests/export reads every kind of cell back, with
openpyxl and with LibreOffice, to catch a change there.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import date, datetime
from typing import Any

from lxml.etree import Element, SubElement, _Element
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from .xlsx_cells import DATE_FORMAT

_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


class Guarded(str):
    """Text that a spreadsheet would take for a formula: written as text, quote-prefixed."""

    __slots__ = ()


class _Prepared(tuple[Any, ...]):
    """A data row for the fast path (a tuple, so that `append` accepts it)."""

    __slots__ = ()


class RowSheet(WriteOnlyWorksheet):  # type: ignore[misc]
    """A write-only sheet whose data rows skip openpyxl's per-cell writer."""

    def __init__(self, parent: Workbook, title: str) -> None:
        super().__init__(parent, title)
        self._styles: list[str | None] = []
        self._letters: list[str] = []
        self._date_style = self._style_id(number_format=DATE_FORMAT)
        self._guard_style = self._style_id(quote_prefix=True)

    def set_column_formats(self, formats: Sequence[str | None]) -> None:
        """A number format per column (None: General), applied to every data row."""
        self._styles = [None if f is None else self._style_id(number_format=f)
                        for f in formats]
        self._letters = [get_column_letter(i) for i in range(1, len(formats) + 1)]

    def append_values(self, values: Sequence[Any]) -> None:
        """Append a row of str, Guarded, int, float, date or None, one per column."""
        self.append(_Prepared(values))

    def _style_id(self, *, number_format: str | None = None,
                  quote_prefix: bool = False) -> str:
        cell = WriteOnlyCell(self)
        if number_format is not None:
            cell.number_format = number_format
        if quote_prefix:
            cell.quotePrefix = True
        return str(cell.style_id)

    def _write_rows(self) -> Generator[None, Any, None]:
        """openpyxl's row coroutine, with a fast branch for prepared rows."""
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = yield
                    if type(row) is _Prepared:
                        xf.write(self._row(row, row_idx))
                    else:
                        self._writer.write_row(xf, self._values_to_row(row, row_idx),
                                               row_idx)
                    row_idx += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)

    def _row(self, values: Sequence[Any], index: int) -> _Element:
        number = str(index)
        row = Element("row", r=number)
        for letter, style, value in zip(self._letters, self._styles, values, strict=True):
            if value is None:
                continue
            kind = type(value)
            if kind is str or kind is Guarded:
                cell = SubElement(row, "c", r=letter + number, t="inlineStr")
                if kind is Guarded:
                    cell.set("s", self._guard_style)
                text = SubElement(SubElement(cell, "is"), "t")
                if value != value.strip():
                    text.set(_PRESERVE, "preserve")
                text.text = value
                continue
            cell = SubElement(row, "c", r=letter + number)
            if kind is bool:
                cell.set("t", "b")
                SubElement(cell, "v").text = "1" if value else "0"
                continue
            if kind is date or kind is datetime:
                cell.set("s", self._date_style if style is None else style)
                serial = to_excel(value, self.parent.epoch)
            else:
                if style is not None:
                    cell.set("s", style)
                serial = value
            cell.set("t", "n")
            SubElement(cell, "v").text = repr(serial) if type(serial) is float else str(serial)
        return row
