"""The Summary sheet reads well: the pack named by its title, no text under the charts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tpdesk.export.xlsx_export import SUMMARY_WIDTHS
from tpdesk.models import Pack
from tpdesk.services import StoreFactory, export_pack, export_register


@pytest.fixture(params=["pack", "register"])
def summary(request, demo_db: Path, tmp_path: Path):
    factory = StoreFactory(demo_db)
    target = tmp_path / "book.xlsx"
    if request.param == "pack":
        with factory() as store:
            pack = max(store.list(Pack), key=lambda p: len(p.title))  # the longest title
        export_pack(factory, pack.id, target, fmt="xlsx")
    else:
        export_register(factory, target)
    return openpyxl.load_workbook(target)["Summary"]


def test_a_pack_is_named_by_its_title(demo_db: Path, tmp_path: Path) -> None:
    factory = StoreFactory(demo_db)
    with factory() as store:
        pack = store.list(Pack)[0]
    export_pack(factory, pack.id, tmp_path / "pack.xlsx", fmt="xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "pack.xlsx")["Summary"]
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert values["Pack"] == pack.title
    assert values["Filters"] == f"the records of briefing pack '{pack.title}'"
    assert all(pack.id not in str(value) for value in values.values())


def test_the_charts_cover_no_text(summary) -> None:
    charts = summary._charts
    assert len(charts) == 2
    first_chart_column = min(chart.anchor._from.col for chart in charts)  # 0-based
    assert first_chart_column >= 3  # column D: right of the text columns
    for row in summary.iter_rows(max_col=first_chart_column):
        for cell in row:
            if not isinstance(cell.value, str) or cell.row == 1 or cell.column_letter not in \
                    SUMMARY_WIDTHS:
                continue  # the title, above the charts, may run on
            width = SUMMARY_WIDTHS[cell.column_letter]
            if cell.alignment.wrap_text:
                lines = -(-len(cell.value) // width)
                height = summary.row_dimensions[cell.row].height or 15
                assert height >= 15 * lines, (cell.coordinate, cell.value)
            elif not _below_the_charts(summary, cell.row):
                reach = width + (SUMMARY_WIDTHS["B"] if cell.column_letter == "A" and
                                 row[1].value is None else 0)
                assert len(cell.value) <= reach, (cell.coordinate, cell.value)


def _below_the_charts(sheet, row: int) -> bool:
    """Rows under the last chart's anchor and height (15 rows for 7.5 cm) run free."""
    last = max(chart.anchor._from.row + 1 + round(chart.height / 0.53) for chart in sheet._charts)
    return row > last
