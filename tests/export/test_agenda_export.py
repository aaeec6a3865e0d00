"""A pack with an agenda in Word and in PDF: one note per item, in order, with the five headings.

Both files are written from the same assembled content and reopened with a
second reader: python-docx for the .docx, pypdf for the PDF's outline.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pypdf
import pytest
from test_pdf import outline_entries

from tpdesk.export.docx import write_docx
from tpdesk.export.pdf import write_pdf
from tpdesk.models import Pack, Roundtable, Store
from tpdesk.models.agenda_pack import NOTE_HEADINGS
from tpdesk.models.briefing import assemble
from tpdesk.models.content import BriefingContent
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.pack_words import ENGLISH

FRONT = ["Summary and key messages", "Lines to take", "Issues for decision"]
# The skeleton's headings; Lines to take is headed only when the item has some.
SKELETON = [ENGLISH(key) for key in NOTE_HEADINGS][:4]


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> BriefingContent:
    path = tmp_path_factory.mktemp("agenda") / "demo.db"
    with Store(path, user="tester") as store:
        load_demo(store)
        return assemble(store, store.get(Pack, demo_id("pack", "MA")))


@pytest.fixture(scope="module")
def agenda(content: BriefingContent) -> list[str]:
    assert len(content.agenda) >= 5
    return [f"Item {i}. {title}" for i, title in enumerate(content.agenda, start=1)]


def test_the_word_pack_has_a_note_per_item_in_order(content, agenda, tmp_path: Path) -> None:
    document = docx.Document(str(write_docx(content, tmp_path / "pack.docx")))
    headings = [(p.style.name, p.text) for p in document.paragraphs
                if p.style is not None and p.style.name in ("Heading 1", "Heading 2")]
    tops = [text for style, text in headings if style == "Heading 1"]
    assert tops[:3] == FRONT
    assert tops[3:3 + len(agenda)] == agenda
    assert all(t.startswith("Annex ") for t in tops[3 + len(agenda):])
    for title in agenda:
        at = headings.index(("Heading 1", title))
        assert [text for _, text in headings[at + 1:at + 5]] == SKELETON
    numbered = [p.text for p in document.paragraphs if p.text.startswith("1.1\t")]
    assert len(numbered) == 1 and numbered[0].startswith("1.1\tTo prepare the discussion")


def test_the_pdf_pack_has_a_bookmark_per_item_and_heading(content, agenda,
                                                           tmp_path: Path) -> None:
    reader = pypdf.PdfReader(write_pdf(content, tmp_path / "pack.pdf"))
    entries = outline_entries(reader)
    tops = [title for level, title, _ in entries if level == 0]
    assert tops[:3] == FRONT
    assert tops[3:3 + len(agenda)] == agenda
    pages = [page for level, title, page in entries if level == 0 and title in agenda]
    assert pages == sorted(pages)
    for title in agenda:
        at = entries.index(next(e for e in entries if e[0] == 0 and e[1] == title))
        assert [(level, name) for level, name, _ in entries[at + 1:at + 5]] == [
            (1, heading) for heading in SKELETON]
    text = "".join(reader.pages[pages[0] - 1].extract_text().split())
    assert "1.1Toprepare" in text


def test_without_an_agenda_both_keep_the_packs_sections(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    with Store(path, user="tester") as store:
        load_demo(store)
        pack = store.get(Pack, demo_id("pack", "MA"))
        assert pack.roundtable_id is not None
        roundtable = store.get(Roundtable, pack.roundtable_id)
        store.save(dataclasses.replace(roundtable, agenda=[]))
        content = assemble(store, pack)
    expected = [s.heading for s in pack.sections if s.included and s.kind.value != "cover"]
    reader = pypdf.PdfReader(write_pdf(content, tmp_path / "pack.pdf"))
    assert [t for level, t, _ in outline_entries(reader) if level == 0] == expected
    document = docx.Document(str(write_docx(content, tmp_path / "pack.docx")))
    assert [p.text for p in document.paragraphs
            if p.style is not None and p.style.name == "Heading 1"] == expected
