"""Helpers for the workbook tests: export a store, and edit a sheet the way a person would."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from tpdesk.export.xlsx_export import write_register
from tpdesk.models import Filters, Store
from tpdesk.models.register import register_content, snapshot, template_content


def export(store: Store, path: Path, *, filters: Filters | None = None,
           marking: str | None = None, template: bool = False) -> Path:
    with snapshot(store):
        content = template_content(store) if template else register_content(store, filters)
        return write_register(content, path, marking=marking)


class Book:
    """An exported workbook opened for editing with openpyxl, as a person would in Excel."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.wb = openpyxl.load_workbook(path)

    def sheet(self, name: str) -> Worksheet:
        return self.wb[name]

    def column(self, sheet: str, header: str) -> int:
        ws = self.sheet(sheet)
        for cell in ws[1]:
            if cell.value == header:
                return int(cell.column)
        raise KeyError(header)

    def row_of(self, sheet: str, record_id: str) -> int:
        ws, col = self.sheet(sheet), self.column(sheet, "id")
        for row in range(2, ws.max_row + 1):
            if ws.cell(row, col).value == record_id:
                return row
        raise KeyError(record_id)

    def get(self, sheet: str, record_id: str, header: str) -> Any:
        return self.sheet(sheet).cell(self.row_of(sheet, record_id),
                                      self.column(sheet, header)).value

    def set(self, sheet: str, record_id: str, header: str, value: Any) -> int:
        row = self.row_of(sheet, record_id)
        self.sheet(sheet).cell(row, self.column(sheet, header)).value = value
        return row

    def add_row(self, sheet: str, values: dict[str, Any]) -> int:
        ws = self.sheet(sheet)
        row = ws.max_row + 1
        for header, value in values.items():
            ws.cell(row, self.column(sheet, header)).value = value
        return row

    def save(self, path: Path | None = None) -> Path:
        target = path or self.path
        self.wb.save(target)
        return target


def as_date(text: str) -> date:
    return date.fromisoformat(text)
