"""Tables that read well: rendered by LibreOffice with Carlito, no cell breaks a word."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from tpdesk.export.docx import write_docx
from tpdesk.models import Pack, Store
from tpdesk.models.briefing import assemble
from tpdesk.models.demo import demo_id, load_demo


def _render(docx_path: Path, tmp_path: Path) -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    profile = tmp_path / "profile"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
        capture_output=True, text=True, timeout=240, check=False,
        env={**os.environ, "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / (docx_path.stem + ".pdf")
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def split_words(document: docx.document.Document, text: str) -> set[str]:
    """Words of table cells that the PDF shows broken across two lines (not at a hyphen)."""
    lines = text.replace("\u00a0", " ")
    broken = set()
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for word in set(re.split(r"[\s\u00a0]+", cell.text)):
                    for k in range(1, len(word)):
                        if word[k - 1] in "-/–":
                            continue
                        pattern = (r"(?:^|\s)" + re.escape(word[:k]) + r" *\n"
                                   + re.escape(word[k:]) + r"(?=\s|$)")
                        if re.search(pattern, lines):
                            broken.add(f"{word[:k]}|{word[k:]}")
    return broken


def test_the_checker_sees_a_broken_word() -> None:
    document = docx.Document()
    document.add_table(rows=1, cols=1).rows[0].cells[0].text = "Implementation"
    assert split_words(document, "Status\nImplementatio\nn\n20 October") == {
        "Implementatio|n"}
    assert split_words(document, "Implementation\nco-\nfinanced") == set()


@pytest.mark.parametrize("code", ["TN", "MA"])
def test_no_table_cell_breaks_a_word(store: Store, tmp_path: Path, code: str) -> None:
    load_demo(store)
    content = assemble(store, store.get(Pack, demo_id("pack", code)))
    written = write_docx(content, tmp_path / f"{code}.docx")
    text = _render(written, tmp_path)
    assert "Page 1 of" in text  # the PDF holds the document's text
    assert split_words(docx.Document(str(written)), text) == set()
