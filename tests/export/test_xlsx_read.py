"""The streaming sheet reader gives the values openpyxl's data-only mode gives."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from tpdesk.export.xlsx_read import open_workbook
from tpdesk.models import UserError

ROWS: list[list[Any]] = [
    ["Text", "Number", "Date", "Flag", "Formula"],
    ["plain", 3, date(2026, 3, 1), True, "=1+2"],
    ["  padded  ", 2.5, datetime(2026, 3, 1, 14, 30), False, None],
    [None, None, None, None, None],  # an empty row is left out
    ["x" * 3000, -7, time(9, 15), None, "=A2"],
    ["ünïcødé; ØÆ", 10**12, date(1900, 1, 1), None, 0.1],
]


def saved(tmp_path: Path, name: str, *, epoch1904: bool = False) -> Path:
    wb = openpyxl.Workbook()
    if epoch1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Data"
    for row in ROWS:
        ws.append(row)
    ws["A7"] = CellRichText(["bold ", TextBlock(InlineFont(b=True), "and plain")])
    ws["B7"].value = 1
    ws["C2"].number_format = "yyyy-mm-dd"
    wb.create_sheet("Other").append(["ignored"])
    path = tmp_path / name
    wb.save(path)
    return path


def by_openpyxl(path: Path, width: int) -> list[tuple[int, tuple[Any, ...]]]:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = [(i, tuple(r)) for i, r in enumerate(
        wb["Data"].iter_rows(min_row=2, max_col=width, values_only=True), start=2)
        if any(v is not None for v in r)]
    wb.close()
    return rows


@pytest.mark.parametrize("epoch1904", [False, True], ids=["1900", "1904"])
def test_every_kind_of_cell_reads_as_openpyxl_reads_it(tmp_path: Path, epoch1904: bool) -> None:
    path = saved(tmp_path, "mixed.xlsx", epoch1904=epoch1904)
    with open_workbook(path, ["data", "missing"]) as sheets:
        assert list(sheets) == ["data"]
        sheet = sheets["data"]
        assert sheet.headers == ROWS[0]
        assert sheet.total == 6
        mine = list(sheet)
    assert mine == by_openpyxl(path, len(ROWS[0]))
    assert mine[0][1][2] == datetime(2026, 3, 1) and mine[-1][1][0] == "bold and plain"


def test_rows_are_read_only_while_iterated(tmp_path: Path) -> None:
    """A generator, not a list: a 100,000-row sheet never sits in memory whole."""
    path = saved(tmp_path, "lazy.xlsx")
    with open_workbook(path, ["Data"]) as sheets:
        rows = iter(sheets["Data"])
        assert next(rows)[0] == 2
        assert next(rows)[0] == 3


def test_a_sheet_damaged_past_its_header_is_one_line(tmp_path: Path) -> None:
    import zipfile

    path = saved(tmp_path, "ok.xlsx")
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</row><row r=\"5\"", b"</row><row r=\"5\" <")
            dst.writestr(info, data)
    with pytest.raises(UserError) as caught, open_workbook(broken, ["Data"]) as sheets:
        list(sheets["Data"])
    message = str(caught.value)
    assert "damaged" in message and "not valid XML" in message and "\n" not in message
