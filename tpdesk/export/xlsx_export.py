"""The register as an .xlsx workbook, streamed so that 100,000 activities fit in little memory.

openpyxl's write-only mode writes each row as it comes, so only the current
page of records is held. In that mode a sheet's column widths and frozen
panes must be set before its first row; tables, data validation, conditional
formatting and headers are written after the rows, so they go in last, once
the row count is known. A summary is written last for the same reason, though
it is the first sheet.
"""

from __future__ import annotations

import math
import os
import re
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from ..models.content import RegisterContent, RegisterLookups
from ..models.errors import UserError
from ..models.l10n import translate
from ..models.pack_words import Words, words_for
from ..models.vocab import CommitmentStatus, Instrument
from .compat import add_sheet, add_validation, discard_sheet, save_workbook
from .files import write_atomically
from .text import XML_FORBIDDEN
from .xlsx_cells import (
    MAX_CELL_TEXT,
    needs_text_guard,
    number_formats,
    safe_text,
)
from .xlsx_layout import (
    CLEAR,
    COMMITMENTS,
    LISTS,
    SHEETS,
    SUMMARY,
    YES,
    Column,
    Kind,
    Sheet,
    pick_lists,
)
from .xlsx_rows import Guarded, RowSheet

EDIT_ROWS = 1000  # drop-down lists and checks reach this far below the data, for new rows
PROGRESS_EVERY = 1000
PRINT_WIDTH = 210  # column widths (in characters) that print legibly across A4 landscape

_FONT = "Calibri"
_HEADER_FONT = Font(name=_FONT, bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_READ_ONLY_FILL = PatternFill("solid", fgColor="7F7F7F")
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
_OVERDUE_FILL = PatternFill("solid", bgColor="FFC7CE")
_OVERDUE_FONT = Font(color="9C0006")
_DELETED_FONT = Font(color="808080", strike=True)
# Text needing a closer look: a formula or error start, or a character XML forbids.
_RISKY = re.compile("^[=+\\-@#]|" + XML_FORBIDDEN.pattern)

Progress = Callable[[int], None]


def write_register(content: RegisterContent, path: str | os.PathLike[str], *,
                   marking: str | None = None, progress: Progress | None = None) -> Path:
    """Write the workbook to `path` (replaced only once complete); return the path.

    `marking` (e.g. "SENSITIVE") goes in every sheet's header and footer.
    `progress` is called with the number of records written so far; an
    exception raised from it cancels the export and leaves no file behind.
    """
    target = _target(path)
    wb = Workbook(write_only=True)
    try:
        _write(wb, content, marking=marking, progress=progress)
        _save(wb, target)
    except BaseException:
        _discard(wb)
        raise
    return target


def _write(wb: Workbook, content: RegisterContent, *, marking: str | None,
           progress: Progress | None) -> None:
    wb.properties.title = content.title
    wb.properties.creator = "tpdesk"
    summary = wb.create_sheet(SUMMARY)
    # An Arabic pack's workbook reads from the right; a streamed sheet takes that before
    # its first row.
    summary.sheet_view.rightToLeft = content.right_to_left
    words = words_for(content.language)
    sheets = {s.name: _DataSheet(wb, s, marking=marking, title=content.title, words=words,
                                 right_to_left=content.right_to_left) for s in SHEETS}
    lists = wb.create_sheet(LISTS)
    lists.sheet_view.rightToLeft = content.right_to_left
    figures = _Figures()
    _stream(content, sheets, figures, progress)
    refs = _write_lists(lists, pick_lists(content))
    for sheet in sheets.values():
        sheet.finish(refs)
    _write_summary(summary, content, figures, marking)


# -- streaming the records -----------------------------------------------------


@dataclass
class _Figures:
    """Key figures of what was written, counted on the way so the data is read once."""

    activities: int = 0
    commitments: Counter[CommitmentStatus] = field(default_factory=Counter)
    overdue: int = 0
    updates: int = 0
    funding: Counter[Instrument] = field(default_factory=Counter)
    organisations: int = 0
    roundtables: int = 0


def _stream(content: RegisterContent, sheets: dict[str, _DataSheet], figures: _Figures,
            progress: Progress | None) -> None:
    lk = content.lookups
    activities, funding = sheets["Activities"], sheets["Funding"]
    commitments, updates = sheets["Commitments"], sheets["Progress updates"]
    done = 0
    for activity in content.activities:
        activities.append(activity, lk)
        figures.activities += 1
        for line in activity.funding:
            funding.append((activity, line), lk)
            figures.funding[line.instrument] += line.amount_cents
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done)
    for commitment in content.commitments:
        commitments.append(commitment, lk)
        figures.commitments[commitment.status] += 1
        figures.overdue += commitment.is_overdue(content.today)
        for update in commitment.updates:
            updates.append((commitment, update), lk)
        figures.updates += len(commitment.updates)
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done)
    for organisation in content.organisations:
        sheets["Organisations"].append(organisation, lk)
    for roundtable in content.roundtables:
        sheets["Roundtables"].append(roundtable, lk)
    figures.organisations = len(content.organisations)
    figures.roundtables = len(content.roundtables)
    if progress is not None:
        progress(done)


def _text_cell(ws: Any, text: str) -> str | Cell:
    """Text as a string cell, never a formula or an error value, and always valid XML."""
    text = safe_text(text)
    if not needs_text_guard(text):
        return text
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    cell.quotePrefix = True  # Excel keeps it text when the cell is edited, too
    return cell


def _risky(text: str) -> bool:
    return len(text) > MAX_CELL_TEXT or _RISKY.search(text) is not None


class _DataSheet:
    """One data sheet: header, streamed rows, then the table and its checks around them."""

    def __init__(self, wb: Workbook, sheet: Sheet, *, marking: str | None, title: str,
                 words: Words, right_to_left: bool = False) -> None:
        self.sheet = sheet
        formats = number_formats(words.language)
        self.ws = RowSheet(wb, sheet.name, date_format=formats.date)
        add_sheet(wb, self.ws)
        self.ws.sheet_view.rightToLeft = right_to_left
        self.ws.set_column_formats([formats.euro if c.kind is Kind.MONEY else None
                                    for c in sheet.columns])
        self.rows = 0
        for i, column in enumerate(sheet.columns, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = column.width
        self.ws.freeze_panes = "A2"
        self.ws.row_dimensions[1].height = 32
        _page_setup(self.ws, marking=marking, title=title, words=words)
        _print_width(self.ws, sheet)
        self._getters = [c.value for c in sheet.columns]
        self.ws.append([self._header(c) for c in sheet.columns])

    def _header(self, column: Column) -> Cell:
        cell = WriteOnlyCell(self.ws, value=column.header)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL if column.editable else _READ_ONLY_FILL
        cell.alignment = _HEADER_ALIGN
        if column.note:
            cell.comment = Comment(column.note, "tpdesk", width=260, height=80)
        return cell

    def append(self, item: Any, lookups: RegisterLookups) -> None:
        row: list[Any] = []
        for get in self._getters:
            value = get(item, lookups)
            if value is None or value == "":
                row.append(None)
            elif type(value) is str and _risky(value):
                text = safe_text(value)
                row.append(Guarded(text) if needs_text_guard(text) else text)
            else:
                row.append(value)
        self.ws.append_values(row)
        self.rows += 1

    def finish(self, lists: dict[str, str]) -> None:
        columns = self.sheet.columns
        last_col = get_column_letter(len(columns))
        last_row = self.rows + 1 if self.rows else 2  # a table needs one body row
        ref = f"A1:{last_col}{last_row}"
        table = Table(displayName=self.sheet.table, ref=ref, autoFilter=AutoFilter(ref=ref),
                      tableStyleInfo=TableStyleInfo(name="TableStyleLight9",
                                                    showRowStripes=True))
        table.tableColumns = [TableColumn(id=i, name=c.header)
                              for i, c in enumerate(columns, start=1)]
        with warnings.catch_warnings():
            # It warns in write-only mode whatever is given; the columns are set above.
            warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
            self.ws.add_table(table)
        self.ws.print_area = f"A1:{get_column_letter(len(_printed(self.sheet)))}{last_row}"
        reach = last_row + EDIT_ROWS
        for column in columns:
            if column.editable:
                self._validate(column, lists, reach)
        whole = f"A2:{last_col}{reach}"
        delete = self.sheet.letter("Delete")
        self.ws.conditional_formatting.add(whole, FormulaRule(
            formula=[f'LOWER(TRIM(${delete}2))="{YES}"'], font=_DELETED_FONT, stopIfTrue=True))
        if self.sheet is COMMITMENTS:
            due, status = self.sheet.letter("Due date"), self.sheet.letter("Status")
            still_open = "".join(f',${status}2<>"{s.label}"' for s in CommitmentStatus.closed())
            self.ws.conditional_formatting.add(whole, FormulaRule(
                formula=[f"AND(ISNUMBER(${due}2),${due}2<TODAY(){still_open})"],
                fill=_OVERDUE_FILL, font=_OVERDUE_FONT))

    def _validate(self, column: Column, lists: dict[str, str], reach: int) -> None:
        letter = self.sheet.letter(column.header)
        cells = f"{letter}2:{letter}{reach}"
        check: DataValidation | None = None
        if column.choices:
            check = DataValidation(type="list", formula1=lists[column.choices], allow_blank=True,
                                   errorTitle=column.header,
                                   error=f"Choose a value from the list (or {CLEAR}).")
        elif column.kind is Kind.DATE:
            check = DataValidation(type="date", operator="between", formula1="1",
                                   formula2="2958465", allow_blank=True, errorStyle="warning",
                                   errorTitle=column.header,
                                   error="Type a date, e.g. 2026-03-31.")
        elif column.kind in (Kind.MONEY, Kind.INT):
            check = DataValidation(type="decimal" if column.kind is Kind.MONEY else "whole",
                                   operator="greaterThanOrEqual", formula1="0",
                                   allow_blank=True, errorStyle="warning",
                                   errorTitle=column.header, error="Type a number of 0 or more.")
        if check is not None:
            check.showErrorMessage = True
            check.add(cells)
            add_validation(self.ws, check)


HEADER_TITLE = 50  # characters of the title in a page's header: more ran into the marking


def _page_setup(ws: Any, *, marking: str | None, title: str, words: Words) -> None:
    """Landscape A4, header row on every page, marking in the header and the footer.

    The title and the page number stand on the reading side (the right, in
    Arabic), the sheet's name at the other end: Excel does not mirror them.
    """
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.print_options.gridLines = True
    ws.print_title_rows = "1:1"
    rtl = words.right_to_left
    if len(title) > HEADER_TITLE:
        title = title[:HEADER_TITLE - 1].rstrip() + "…"
    (ws.oddHeader.right if rtl else ws.oddHeader.left).text = _hf(title)
    (ws.oddHeader.left if rtl else ws.oddHeader.right).text = "&A"
    (ws.oddFooter.left if rtl else ws.oddFooter.right).text = words(
        "page", number="&P", total="&N")
    if marking:
        for part in (ws.oddHeader.center, ws.oddFooter.center):
            part.text = _hf(marking)
            part.font = "Calibri,Bold"
            part.color = "C00000"


def _print_width(ws: Any, sheet: Sheet) -> None:
    """A page or two wide for the columns a reader needs; `_print_area` leaves out the ids."""
    printed = _printed(sheet)
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = math.ceil(sum(c.width for c in printed) / PRINT_WIDTH)
    ws.page_setup.fitToHeight = 0


def _printed(sheet: Sheet) -> list[Column]:
    return [c for c in sheet.columns if c.kind not in (Kind.ID, Kind.PARENT, Kind.DELETE)]


def _hf(text: str) -> str:
    """Header/footer text: '&' starts a code there, so a literal one is doubled."""
    return safe_text(text).replace("&", "&&")


# -- lists and summary ---------------------------------------------------------


def _write_lists(ws: Any, lists: dict[str, list[str]]) -> dict[str, str]:
    """The pick lists in columns of a hidden sheet; return each one's cell range."""
    ws.sheet_state = "hidden"
    names = list(lists)
    ws.append(names)
    for i in range(max(len(v) for v in lists.values())):
        ws.append([_text_cell(ws, lists[n][i]) if i < len(lists[n]) else None for n in names])
    sheet = quote_sheetname(LISTS)
    return {name: f"{sheet}!${get_column_letter(i)}$2:${get_column_letter(i)}$"
                  f"{len(lists[name]) + 1}"
            for i, name in enumerate(names, start=1)}


_HOW_TO = ("book.how.edit", "book.how.ids", "book.how.clear", "book.how.delete",
           "book.how.grey", "book.how.dates")  # message keys (`pack_words`)


def _write_summary(ws: Any, content: RegisterContent, figures: _Figures,
                   marking: str | None) -> None:
    # The charts sit right of the text from column D: the values in B wrap inside it
    # rather than run on under the charts (a pack's meeting and title are long).
    ws.column_dimensions["A"].width = SUMMARY_WIDTHS["A"]
    ws.column_dimensions["B"].width = SUMMARY_WIDTHS["B"]
    ws.column_dimensions["C"].width = SUMMARY_WIDTHS["C"]
    w = words_for(content.language)
    formats = number_formats(content.language)
    _page_setup(ws, marking=marking, title=content.title, words=w)
    ws.page_setup.orientation = "portrait"
    ws.print_options.gridLines = False
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0

    def label(text: str, *, bold: bool = False, size: float | None = None,
              wrap: bool = False) -> Cell:
        cell = WriteOnlyCell(ws, value=safe_text(text))
        if needs_text_guard(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True
        cell.font = Font(name=_FONT, bold=bold, size=size, color="1F4E79" if size else None)
        # Top-aligned, so a name stays level with its value when the value wraps.
        cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        return cell

    def dated(value: Any, fmt: str, *, left: bool = False) -> Cell:
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = fmt
        if left:
            cell.alignment = Alignment(horizontal="left")
        return cell

    rows: list[list[Any]] = [[label(content.title, bold=True, size=16)]]
    if marking:
        rows.append([label(marking, bold=True)])
        rows[-1][0].font = Font(name=_FONT, bold=True, color="C00000")
    if content.facts:
        rows.append([])
        rows += [[label(name, bold=True), label(value, wrap=True)]
                 for name, value in content.facts]
    rows += [
        [],
        [label(w("book.generated"), bold=True),
         dated(content.generated_at.replace(tzinfo=None), formats.timestamp, left=True)],
    ]
    if not content.template:
        rows += [
            [label(w("book.filters"), bold=True),
             label("; ".join(content.filters) or w("book.no_filter"), wrap=True)],
            [label(w("book.overdue_as_of"), bold=True),
             dated(content.today, formats.date, left=True)],
            [],
            *_key_figures(label, dated, figures, w, formats.euro_whole),
        ]
    chart_rows: dict[str, tuple[int, int]] = {}
    if not content.template:
        for name, header, data, fmt in (
            ("status", w("book.by_status"),
             [(w.label(s), figures.commitments[s]) for s in CommitmentStatus], None),
            ("funding", w("book.by_instrument"),
             [(w.label(i), figures.funding[i] / 100) for i in Instrument],
             formats.euro_whole),
        ):
            rows += [[], [label(header, bold=True), label("")]]
            first = len(rows) + 1
            rows += [[label(text), dated(value, fmt) if fmt else value] for text, value in data]
            chart_rows[name] = (first, len(rows))
    rows += [[], [label(w("book.editing"), bold=True)]]
    rows += [[label(w(key, clear=CLEAR, yes=YES))] for key in _HOW_TO]
    for number, row in enumerate(rows, start=1):
        _wrap_long_name(ws, row)
        height = _wrapped_height(row)
        if height is not None:  # set before the row is written: write-only mode
            ws.row_dimensions[number].height = height
        ws.append(row)
    if "status" in chart_rows:
        _chart(ws, w("book.by_status"), chart_rows["status"], "D3", fmt=None)
        # 7 cm is 13 rows: the second chart ends above the editing notes, which run wide.
        _chart(ws, w("book.by_instrument"), chart_rows["funding"], "D18",
               fmt=formats.euro_whole)


SUMMARY_WIDTHS = {"A": 24, "B": 46, "C": 2}
"""Column widths of the Summary, in characters; the charts start in column D."""


def _wrap_long_name(ws: Any, row: list[Any]) -> None:
    """A name in column A too long for it wraps, where a value beside it would cut it short,
    and the value stays level with the name's first line.

    "IVCDCI – Europe dans le monde" lost its last word under its amount.
    """
    name = row[0] if len(row) > 1 else None
    if not (isinstance(name, Cell) and isinstance(name.value, str)
            and len(name.value) > SUMMARY_WIDTHS["A"]):
        return
    name.alignment = Alignment(wrap_text=True, vertical="top")
    value = row[1] if isinstance(row[1], Cell) else WriteOnlyCell(ws, value=row[1])
    value.alignment = Alignment(horizontal=value.alignment.horizontal,
                                wrap_text=value.alignment.wrap_text, vertical="top")
    row[1] = value


def _wrapped_height(row: list[Any]) -> float | None:
    """The height, in points, a row of wrapped Summary text needs; None for one line.

    Neither Excel nor LibreOffice grows a row for wrapped text in a file they open,
    so the lines are counted here (a character about as wide as the column unit).
    """
    lines = 1
    for column, cell in zip("ABC", row, strict=False):
        if isinstance(cell, Cell) and cell.alignment.wrap_text and isinstance(cell.value, str):
            lines = max(lines, -(-len(cell.value) // int(SUMMARY_WIDTHS[column])))
    return 15.0 * lines if lines > 1 else None


def _key_figures(label: Callable[..., Cell], dated: Callable[[Any, str], Cell],
                 f: _Figures, w: Words, euro: str) -> list[list[Any]]:
    commitments = sum(f.commitments.values())
    open_ = sum(n for s, n in f.commitments.items() if s.is_open)
    return [
        [label(w("book.key_figures"), bold=True)],
        [label(w("book.activities")), f.activities],
        [label(w("book.total_funding")), dated(sum(f.funding.values()) / 100, euro)],
        [label(w("book.commitments")), commitments],
        [label(w("book.open")), open_],
        [label(w("book.overdue")), f.overdue],
        [label(w("book.updates")), f.updates],
        [label(w("book.organisations")), f.organisations],
        [label(w("book.roundtables")), f.roundtables],
    ]


def _chart(ws: Any, title: str, rows: tuple[int, int], anchor: str, *,
           fmt: str | None) -> None:
    first, last = rows
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.legend = None
    chart.height, chart.width = 7.0, 16
    chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.y_axis.majorGridlines = None
    chart.x_axis.scaling.orientation = "maxMin"  # first category at the top
    if fmt:
        chart.y_axis.number_format = fmt
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    ws.add_chart(chart, anchor)


# -- the file -------------------------------------------------------------------


def _target(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise UserError(translate("Core", "{target}: an Excel workbook's name must end in"
                                  " .xlsx").format(target=target))
    if target.is_dir():
        raise UserError(translate("Core", "{target} is a folder").format(target=target))
    if not target.parent.is_dir():
        raise UserError(translate("Core", "{path}: folder {parent} does not exist").format(
            path=target, parent=target.parent))
    return target


def _discard(wb: Workbook) -> None:
    """Close the sheets' half-written streams and delete their temporary files."""
    for ws in wb.worksheets:
        discard_sheet(ws)


def _save(wb: Workbook, target: Path) -> None:
    """Saved whole or not at all, so a failed export never leaves half a file."""
    write_atomically(lambda tmp: save_workbook(wb, tmp), target, reader="Excel")

