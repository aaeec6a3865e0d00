"""The fast row path writes what openpyxl's own writer would: read every kind of cell back."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl import Workbook

from tpdesk.export.compat import add_sheet
from tpdesk.export.xlsx_cells import DATE_FORMAT, EURO_FORMAT
from tpdesk.export.xlsx_rows import Guarded, RowSheet


def test_every_kind_of_value_reads_back(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = RowSheet(wb, "Data")
    add_sheet(wb, ws)
    ws.set_column_formats([None, None, None, EURO_FORMAT, None, None, None, None, None])
    ws.append(["header row", "through", "openpyxl's", "own", "writer", "", "", "", ""])
    row = ["text", Guarded("=1+1"), 42, 0.1 + 0.2, date(2026, 2, 28),
           datetime(2026, 3, 1, 0, 0), True, None, "  padded  "]
    ws.append_values(row)
    ws.append_values([None] * 8 + ["last"])
    wb.save(tmp_path / "rows.xlsx")

    ws = openpyxl.load_workbook(tmp_path / "rows.xlsx")["Data"]
    assert ws["A1"].value == "header row"
    cells = list(ws[2])
    assert [c.value for c in cells] == [
        "text", "=1+1", 42, 0.1 + 0.2, datetime(2026, 2, 28), datetime(2026, 3, 1), True,
        None, "  padded  "]
    assert cells[1].data_type == "s" and cells[1].quotePrefix
    assert cells[3].number_format == EURO_FORMAT
    assert cells[4].number_format == DATE_FORMAT and cells[4].is_date
    assert ws["I3"].value == "last" and ws.max_row == 3
