"""A French and an Arabic pack's register workbook printed by LibreOffice, read back with pypdf.

The French print names its months in French and puts the euro after the
figure; the Arabic print runs its columns from the right (the sheet view's
`rightToLeft`, which LibreOffice 7.4 honours in print: checked, not assumed).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from tpdesk.export.xlsx_export import write_register
from tpdesk.models import Pack, Store
from tpdesk.models.briefing import assemble
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.register import pack_register

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it")


def _printed(tmp_path: Path, key: str) -> pypdf.PdfReader:
    with Store(tmp_path / "demo.db", user="tester") as store:
        load_demo(store)
        briefing = assemble(store, store.get(Pack, demo_id("pack", key)))
        book = write_register(pack_register(store, briefing), tmp_path / f"{key[-2:]}.xlsx")
    assert SOFFICE is not None
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(book)],
                   check=True, capture_output=True, timeout=180)
    return pypdf.PdfReader(tmp_path / f"{book.stem}.pdf")


def test_libreoffice_prints_a_french_workbooks_dates_and_euros_in_french(tmp_path: Path) -> None:
    text = " ".join(page.extract_text() for page in _printed(tmp_path, "MA:fr").pages)
    assert "décembre 2026" in text and "December" not in text
    assert "1 500 000,00 €" in text.replace("\u202f", " ").replace("\u00a0", " ")
    assert "EUR" not in text.replace("(EUR)", "")  # a chart's title names the currency


def test_libreoffice_prints_an_arabic_workbooks_columns_from_the_right(tmp_path: Path) -> None:
    reader = _printed(tmp_path, "EG:ar")
    page = next(p for p in reader.pages if "Partnership" in p.extract_text()
                and "Title" in p.extract_text())
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        for word in ("Partnership", "Title", "Category"):
            if text.strip() == word:
                found.setdefault(word, tm[4] * cm[0] + cm[4])

    page.extract_text(visitor_text=visit)
    # Columns A, B, C: the first on the right.
    assert found["Partnership"] > found["Title"] > found["Category"], found
    summary = reader.pages[0].extract_text()
    assert re.search(r"\b\d\d/\d\d/20\d\d\b", summary), summary  # dates in figures
