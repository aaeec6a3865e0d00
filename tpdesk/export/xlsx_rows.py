"""Data rows handed to openpyxl's write-only stream as one XML element each.

openpyxl's write-only sheet serialises every cell through a Cell object and
four nested XML writers; at 100,000 activities that made the register export
1.35 to 1.4 times slower than xlsxwriter (benchmarks/bench_xlsx.py), against a
target of 1.3. Here a whole <row> is built in lxml and written to the same
stream: the workbook is still openpyxl's (package, styles, tables, checks,
charts) and only the data rows' serialisation is ours, about twice as fast.

The hook into openpyxl's private row coroutine is `compat.StreamedSheet`,
fingerprinted by tests/export/test_compat.py; tests/export reads every kind
of cell back, with openpyxl and with LibreOffice, to catch a change there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from lxml.etree import Element, SubElement, _Element
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.workbook import Workbook

from .compat import StreamedSheet, cell_style_id
from .xlsx_cells import DATE_FORMAT

_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


class Guarded(str):
    """Text that a spreadsheet would take for a formula: written as text, quote-prefixed."""

    __slots__ = ()


class _Prepared(tuple[Any, ...]):
    """A data row for the fast path (a tuple, so that `append` accepts it)."""

    __slots__ = ()


class RowSheet(StreamedSheet):
    """A write-only sheet whose data rows skip openpyxl's per-cell writer."""

    def __init__(self, parent: Workbook, title: str, *, date_format: str = DATE_FORMAT) -> None:
        super().__init__(parent, title)
        self._styles: list[str | None] = []
        self._letters: list[str] = []
        self._date_style = cell_style_id(self, number_format=date_format)
        self._guard_style = cell_style_id(self, quote_prefix=True)

    def set_column_formats(self, formats: Sequence[str | None]) -> None:
        """A number format per column (None: General), applied to every data row."""
        self._styles = [None if f is None else cell_style_id(self, number_format=f)
                        for f in formats]
        self._letters = [get_column_letter(i) for i in range(1, len(formats) + 1)]

    def append_values(self, values: Sequence[Any]) -> None:
        """Append a row of str, Guarded, int, float, date or None, one per column."""
        self.append(_Prepared(values))

    def row_element(self, values: Any, index: int) -> _Element | None:
        """A prepared row as one <row> element; any other row is openpyxl's to write."""
        if type(values) is not _Prepared:
            return None
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
