"""A French or Arabic pack's register workbook shows dates and euros in the pack's language.

openpyxl reopens the written workbook and reads each cell's number format: a
format with no locale let LibreOffice spell the months in English, and the
amounts read 'EUR 1,400,000' in a French pack.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tpdesk.export.xlsx_export import write_register
from tpdesk.models import Pack, Store
from tpdesk.models.briefing import assemble
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.register import pack_register

KEYS = {"fr": "MA:fr", "ar": "EG:ar", "en": "MA"}


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    with Store(folder / "demo.db", user="tester") as store:
        load_demo(store)
        briefings = {language: assemble(store, store.get(Pack, demo_id("pack", key)))
                     for language, key in KEYS.items()}
        return {language: write_register(pack_register(store, briefing),
                                         folder / f"{language}.xlsx")
                for language, briefing in briefings.items()}


def _formats(path: Path) -> tuple[set[str], set[str]]:
    """The number formats of the workbook's date cells and of its euro cells."""
    dates: set[str] = set()
    euros: set[str] = set()
    for ws in load_workbook(path):
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, date | datetime):
                    dates.add(cell.number_format)
                elif "€" in cell.number_format or "EUR" in cell.number_format:
                    euros.add(cell.number_format)
    assert dates and euros
    return dates, euros


def test_a_french_workbook_names_its_months_in_french_and_puts_the_euro_after(workbooks) -> None:
    dates, euros = _formats(workbooks["fr"])
    assert all(f.startswith("[$-40C]") for f in dates), dates
    assert all(f.startswith("[$-40C]") and "EUR" not in f for f in euros), euros
    assert all(section.endswith('"\u00a0€"') for f in euros for section in f.split(";")), euros


def test_an_arabic_workbook_gives_its_dates_in_figures_day_first(workbooks) -> None:
    # No month names: LibreOffice set "9 مارس 2027" left to right, "مارس 2027 9" from the right.
    dates, euros = _formats(workbooks["ar"])
    assert all(f.startswith("dd/mm/yyyy") for f in dates), dates
    assert all("EUR" not in f and f.split(";")[0].endswith('"\u00a0€"') for f in euros), euros


def test_an_english_workbook_is_as_before(workbooks) -> None:
    dates, euros = _formats(workbooks["en"])
    assert all(f.startswith("[$-809]") for f in dates), dates
    assert all(f.startswith('"EUR\u00a0"') for f in euros), euros


def test_data_sheet_headers_stay_english_for_the_import(workbooks) -> None:
    headers = {lang: [c.value for c in load_workbook(path)["Activities"][1]]
               for lang, path in workbooks.items()}
    assert headers["fr"] == headers["ar"] == headers["en"]


def test_a_summary_name_too_long_for_its_column_wraps_above_its_value(workbooks) -> None:
    # "IVCDCI – Europe dans le monde" and "تاريخ الإنشاء (بالتوقيت العالمي)" were cut
    # short by the value beside them.
    for language in ("fr", "ar"):
        ws = load_workbook(workbooks[language])["Summary"]
        width = ws.column_dimensions["A"].width
        long_names = [row[0] for row in ws.iter_rows(max_col=2)
                      if row[1].value is not None and isinstance(row[0].value, str)
                      and len(row[0].value) > width]
        assert long_names, language
        for cell in long_names:
            assert cell.alignment.wrap_text, (language, cell.value)
            value = ws.cell(cell.row, 2)
            assert value.alignment.vertical == "top", (language, cell.value)  # level with it
            assert (ws.row_dimensions[cell.row].height or 0) >= 30, (language, cell.value)
