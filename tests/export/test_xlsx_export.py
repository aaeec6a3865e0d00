"""The register workbook, reopened with a second reader to check what actually got written."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from xlsx_helpers import Book, export

from tpdesk.export.xlsx_cells import (
    DATE_FORMAT,
    EURO_FORMAT,
    MAX_SHEET_TITLE,
    REPLACEMENT,
    safe_text,
    sheet_title,
)
from tpdesk.export.xlsx_export import write_register
from tpdesk.export.xlsx_layout import SHEETS
from tpdesk.models import Filters, Organisation, Store, UserError
from tpdesk.models.register import register_content, sheet_filters, snapshot

DATA_SHEETS = ["Activities", "Commitments", "Progress updates", "Funding", "Organisations",
               "Roundtables"]


def test_sheets_in_order_with_a_hidden_list_sheet(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    assert wb.sheetnames == ["Summary", *DATA_SHEETS, "Lists"]
    assert wb["Lists"].sheet_state == "hidden"
    assert all(wb[name].sheet_state == "visible" for name in ["Summary", *DATA_SHEETS])


def test_each_data_sheet_is_a_filtered_table_with_a_frozen_header(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    for sheet in SHEETS:
        ws = wb[sheet.name]
        headers = [c.value for c in ws[1]]
        assert headers == [c.header for c in sheet.columns]
        assert headers[-1] == "id"
        assert ws.freeze_panes == "A2"
        (table,) = ws.tables.values()
        assert table.ref == f"A1:{sheet.letter('id')}{max(ws.max_row, 2)}"
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        assert [c.name for c in table.tableColumns] == headers
        widths = [ws.column_dimensions[sheet.letter(c.header)].width for c in sheet.columns]
        assert widths == [c.width for c in sheet.columns]


def test_rows_hold_real_dates_euro_amounts_and_ids(store: Store, seed: Any,
                                                   exported: Path) -> None:
    book = Book(exported)
    start = book.sheet("Activities").cell(book.row_of("Activities", seed.training.id),
                                          book.column("Activities", "Start date"))
    assert isinstance(start.value, datetime) and start.value.date().isoformat() == "2024-01-01"
    assert start.number_format == DATE_FORMAT == "[$-809]d mmmm yyyy"
    line = seed.training.funding[0]
    amount = book.sheet("Funding").cell(book.row_of("Funding", line.id),
                                        book.column("Funding", "Amount"))
    assert amount.value == 1_200_000 and amount.data_type == "n"
    assert amount.number_format == EURO_FORMAT
    assert book.get("Funding", line.id, "Activity id") == seed.training.id
    assert book.get("Commitments", seed.overdue.id, "Actors") == "GIZ; ANETI"
    assert book.get("Commitments", seed.overdue.id, "Roundtable no.") == 1
    assert book.get("Commitments", seed.due_soon.id, "Activity") == seed.training.title
    assert book.get("Organisations", seed.ilo.id, "Name") == "International Labour Organization"


def test_drop_down_lists_and_checks_cover_data_and_new_rows(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Commitments"]
    checks = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    status = checks["G2:G1003"]  # 2 commitments, then room for 1,000 more
    assert status.type == "list" and status.formula1.startswith("'Lists'!$")
    lists = wb["Lists"]
    column = status.formula1.split("!")[1].split(":")[0].replace("$", "")[0]
    values = [c.value for c in lists[column]][1:]
    assert [v for v in values if v] == ["Planned", "In progress", "Fulfilled", "On hold",
                                        "Cancelled"]
    assert checks["F2:F1003"].type == "date"  # due date
    kinds = {dv.type for dv in wb["Activities"].data_validations.dataValidation}
    assert kinds == {"list", "date", "whole"}
    assert any(dv.type == "decimal" for dv in wb["Funding"].data_validations.dataValidation)


def test_overdue_commitments_are_formatted(exported: Path) -> None:
    ws = openpyxl.load_workbook(exported)["Commitments"]
    formulas = [rule.formula[0] for cf in ws.conditional_formatting for rule in cf.rules]
    overdue = next(f for f in formulas if "TODAY()" in f)
    assert overdue == ('AND(ISNUMBER($F2),$F2<TODAY(),$G2<>"Fulfilled",$G2<>"Cancelled")')
    ranges = {str(cf.sqref) for cf in ws.conditional_formatting}
    assert ranges == {"A2:L1003"}


def test_marking_in_every_header_and_footer(store: Store, seed: Any, tmp_path: Path) -> None:
    path = export(store, tmp_path / "marked.xlsx", marking="SENSITIVE & LIMITED")
    wb = openpyxl.load_workbook(path)
    for name in ["Summary", *DATA_SHEETS]:
        ws = wb[name]
        assert ws.oddHeader.center.text == "SENSITIVE && LIMITED"  # '&' doubled in codes
        assert ws.oddFooter.center.text == "SENSITIVE && LIMITED"
        assert ws.oddFooter.right.text == "Page &P of &N"
    assert wb["Summary"]["A2"].value == "SENSITIVE & LIMITED"
    plain = openpyxl.load_workbook(export(store, tmp_path / "plain.xlsx"))
    assert plain["Activities"].oddHeader.center.text is None


def test_summary_has_figures_filters_and_two_charts(store: Store, seed: Any,
                                                   tmp_path: Path) -> None:
    path = export(store, tmp_path / "tn.xlsx", filters=Filters(partnership="TN"))
    ws = openpyxl.load_workbook(path)["Summary"]
    cells = {row[0]: row[1] for row in ws.iter_rows(values_only=True) if row and row[0]}
    assert cells["Filters"] == "partnership: TN"
    assert isinstance(cells["Generated (UTC)"], datetime)
    assert cells["Activities"] == 2
    assert cells["Commitments"] == 2
    assert cells["  of which overdue"] == 1
    assert cells["Total funding"] == 1_250_000
    assert cells["In progress"] == 1 and cells["MPF"] == 1_200_000
    with zipfile.ZipFile(path) as zf:
        charts = [n for n in zf.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 2
        xml = zf.read(charts[0]).decode()
    assert "<barChart>" in xml and "'Summary'!$B$" in xml


def test_filters_narrow_the_sheets_they_fit(store: Store, seed: Any, tmp_path: Path) -> None:
    path = export(store, tmp_path / "f.xlsx", filters=Filters(status="in progress"))
    wb = openpyxl.load_workbook(path)
    assert wb["Commitments"].max_row == 2  # the one in progress
    assert wb["Activities"].max_row == 3  # 'in progress' is no activity status: all
    with pytest.raises(UserError, match="neither an activity nor a commitment status"):
        sheet_filters(Filters(status="bogus"), Organisation)


def test_template_has_headers_lists_and_checks_but_no_records(store: Store, seed: Any,
                                                              tmp_path: Path) -> None:
    path = export(store, tmp_path / "template.xlsx", template=True)
    wb = openpyxl.load_workbook(path)
    for sheet in SHEETS:
        ws = wb[sheet.name]
        assert [c.value for c in ws[1]] == [c.header for c in sheet.columns]
        assert all(v is None for row in ws.iter_rows(min_row=2, values_only=True) for v in row)
        assert next(iter(ws.tables.values())).ref.endswith("2")
        assert ws.data_validations.dataValidation
    partners = [c.value for c in wb["Lists"]["A"]][1:]
    assert [p for p in partners if p] == ["MA", "TN"]


def test_user_text_never_becomes_a_formula(store: Store, seed: Any, tmp_path: Path) -> None:
    texts = ["=1+1", "+1", "-1", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\",\"y\")", "#N/A"]
    for text in texts:
        store.save(Organisation(name=text, short_name=""))
    path = export(store, tmp_path / "inject.xlsx")
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any("<f>" in zf.read(n).decode() for n in names)
    ws = openpyxl.load_workbook(path)["Organisations"]
    cells = {c.value: c for c in ws["A"] if c.value in texts}
    assert set(cells) == set(texts)
    assert all(c.data_type == "s" and c.quotePrefix for c in cells.values())


def test_forbidden_characters_are_replaced(store: Store, seed: Any, tmp_path: Path) -> None:
    store.save(Organisation(name="Bad\x00name\x07with\x1bcontrols\ufffe", short_name="BAD"))
    ws = openpyxl.load_workbook(export(store, tmp_path / "ctl.xlsx"))["Organisations"]
    names = [c.value for c in ws["A"]]
    expected = f"Bad{REPLACEMENT}name{REPLACEMENT}with{REPLACEMENT}controls{REPLACEMENT}"
    assert expected in names
    assert safe_text("tab\tand\nnewline") == "tab\tand\nnewline"
    assert len(safe_text("x" * 40_000)) == 32_767


def test_sheet_titles_stay_within_excel_limits() -> None:
    long = sheet_title("Briefing for the Italian delegation: ICT [draft] 2026/27?")
    assert len(long) <= MAX_SHEET_TITLE
    assert not set("[]:*?/\\") & set(long)
    assert sheet_title("Funding", {"funding"}) == "Funding (2)"
    assert sheet_title("'quoted'") == "quoted"
    assert sheet_title("") == "Sheet"
    assert sheet_title("History") != "History"
    assert len(sheet_title("x" * 40, {"x" * 31})) <= MAX_SHEET_TITLE


def test_export_streams_pages_and_reports_progress(store: Store, seed: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from tpdesk.models import register

    monkeypatch.setattr(register, "PAGE", 1)  # one record per page: the paging is exercised
    seen: list[int] = []
    with snapshot(store):
        content = register_content(store)
        assert not isinstance(content.activities, list)
        write_register(content, tmp_path / "paged.xlsx", progress=seen.append)
    assert seen[-1] == 4  # 2 activities + 2 commitments
    assert openpyxl.load_workbook(tmp_path / "paged.xlsx")["Activities"].max_row == 3


def test_a_failed_export_leaves_no_file(store: Store, seed: Any, tmp_path: Path) -> None:
    def cancel(done: int) -> None:
        raise KeyboardInterrupt

    out = tmp_path / "out"
    out.mkdir()
    with snapshot(store), pytest.raises(KeyboardInterrupt):
        write_register(register_content(store), out / "cancelled.xlsx", progress=cancel)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(("name", "message"), [
    ("register.csv", "must end in .xlsx"),
    ("missing/register.xlsx", "does not exist"),
])
def test_bad_targets_are_user_errors(store: Store, seed: Any, tmp_path: Path, name: str,
                                     message: str) -> None:
    with pytest.raises(UserError, match=message):
        export(store, tmp_path / name)
