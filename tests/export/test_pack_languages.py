"""Packs in French and Arabic: the fixed text in the pack's language, Arabic right to left.

The demo's French pack (Morocco) and Arabic pack (Egypt) are written as Word,
PDF and Excel and reopened with a second reader: lxml over the .docx parts,
pypdf over the PDF, openpyxl over the workbook.
"""

from __future__ import annotations

import re
import string
import zipfile
from pathlib import Path

import pypdf
import pytest
from lxml import etree
from openpyxl import load_workbook

from tpdesk.export.docx import write_docx
from tpdesk.export.pdf import write_pdf
from tpdesk.export.xlsx_export import write_register
from tpdesk.models import Pack, Store
from tpdesk.models.briefing import assemble
from tpdesk.models.content import BriefingContent, Timeline
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.pack_words import COUNTS, LABELS, MESSAGES, STATUS_PHRASES, words_for
from tpdesk.models.register import pack_register
from tpdesk.models.vocab import (
    ActivityCategory,
    ActivityStatus,
    CommitmentState,
    CommitmentStatus,
    Instrument,
    Marking,
    PackLanguage,
    PartnershipStatus,
    SectionKind,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BriefingContent]:
    path = tmp_path_factory.mktemp("languages") / "demo.db"
    with Store(path, user="tester") as store:
        load_demo(store)
        return {language: assemble(store, store.get(Pack, demo_id("pack", key)))
                for language, key in (("fr", "MA:fr"), ("ar", "EG:ar"), ("en", "MA"))}


def _parts(path: Path) -> dict[str, etree._Element]:
    """The document, its headers and its footers, parsed."""
    with zipfile.ZipFile(path) as package:
        return {name: etree.fromstring(package.read(name)) for name in package.namelist()
                if re.fullmatch(r"word/(document|header\d+|footer\d+)\.xml", name)}


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


# -- the catalogue ------------------------------------------------------------------

def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_three_languages_with_the_same_placeholders() -> None:
    for key, texts in MESSAGES.items():
        assert len(texts) == 3 and all(t.strip() for t in texts), key
        assert _fields(texts[1]) == _fields(texts[0]) == _fields(texts[2]), key
    for noun, (en, fr, ar) in COUNTS.items():
        assert {"one", "two", "few", "many", "other", "zero"} <= set(ar), noun
        assert all("{n}" in t for t in (*en, *fr)), noun
    assert set(STATUS_PHRASES) == set(ActivityStatus)


def test_every_label_a_pack_prints_is_translated() -> None:
    for vocab in (ActivityCategory, ActivityStatus, CommitmentStatus, CommitmentState,
                  Instrument, PartnershipStatus, Marking, SectionKind):
        assert set(LABELS[vocab]) == set(vocab), vocab
        assert all(all(texts) for texts in LABELS[vocab].values()), vocab
    # Two vocabularies may share a value; each keeps its own words.
    fr = words_for("fr")
    assert fr.label(ActivityStatus.SUSPENDED) == "Suspendue"
    assert fr.partnership_status(PartnershipStatus.SUSPENDED) == "suspendu"
    assert fr.label(ActivityStatus.CANCELLED) == "Annulée"
    assert fr.label(CommitmentStatus.CANCELLED) == "Annulé"


def test_dates_numbers_and_amounts_in_the_packs_language() -> None:
    fr, ar = words_for("fr"), words_for("ar")
    assert fr.date("2027-01-09") == "9 janvier 2027"
    assert ar.date("2027-01-09") == "9 يناير 2027"
    assert fr.money(120_000_000) == "1\u202f200\u202f000\u00a0€"
    assert fr.money_text(320_000_000) == "3,2\u00a0millions d'euros"
    assert ar.money_text(300_000_000) == "3\u00a0ملايين يورو"
    assert fr.count("activity", 1) == "1 activité" and fr.count("activity", 0) == "0 activité"
    assert [ar.count("activity", n) for n in (1, 2, 3, 11, 100)] == [
        "نشاط واحد", "نشاطان", "3 أنشطة", "11 نشاطًا", "100 نشاط"]
    assert fr.roundtable(1) == "1re table ronde"
    assert ar.roundtable(5, "القاهرة") == "اجتماع المائدة المستديرة الخامس، القاهرة"
    assert fr.country("EG") == "Égypte" and ar.country("MA") == "المغرب"


# -- what the packs say ---------------------------------------------------------------

def _english_fixed_text() -> set[str]:
    """Every fixed English text of a pack that French writes otherwise, placeholders out."""
    english = {texts[0] for texts in MESSAGES.values() if texts[0] != texts[1]}
    english |= {m.label for labels in LABELS.values() for m, (french, _) in labels.items()
                if m.label != french}
    return {t for t in english if not _fields(t) and len(t) > 3}


def test_a_french_pack_says_nothing_fixed_in_english(packs, tmp_path: Path) -> None:
    content = packs["fr"]
    assert content.language == "fr"
    english = _english_fixed_text()
    assert "Summary and key messages" in english and "Lines to take" in english
    pieces = [s.title for s in content.sections]
    parts = _parts(write_docx(content, tmp_path / "fr.docx"))
    for root in parts.values():
        pieces += [_text(p) for p in root.iter(f"{W}p")]
    left = sorted({p.strip() for p in pieces} & english)
    assert left == [], left
    document = "\n".join(_text(p) for p in parts["word/document.xml"].iter(f"{W}p"))
    for french in ("Résumé et messages clés", "Éléments de langage", "Questions appelant une"
                   " décision", "Table des matières", "Objet", "Contexte", "Situation actuelle",
                   "Le dossier couvre"):
        assert french in document, french
    assert "DIFFUSION LIMITÉE" in _text(parts["word/header1.xml"])
    assert "Page " in _text(parts["word/footer1.xml"]) and " sur " in _text(
        parts["word/footer1.xml"])

    reader = pypdf.PdfReader(write_pdf(content, tmp_path / "fr.pdf"))
    lines = {line.strip() for page in reader.pages for line in page.extract_text().splitlines()}
    assert sorted(lines & english) == []
    first = reader.pages[1].extract_text()
    assert "Table des matières" in first
    assert f"Page 2 sur {len(reader.pages)}" in first
    assert reader.metadata is not None and "Dossier de réunion" in str(reader.metadata.subject
                                                                        or "") + str(
        reader.trailer["/Info"].get("/Keywords", ""))


def test_the_english_pack_is_as_before(packs) -> None:
    content = packs["en"]
    titles = [s.title for s in content.sections]
    assert titles[1:4] == ["Summary and key messages", "Lines to take", "Issues for decision"]
    assert content.marking == "SENSITIVE"
    captions = [b.caption for s in content.sections for b in s.blocks if isinstance(b, Timeline)]
    assert captions and all(re.fullmatch(r"Activities by start date \(\d+ of \d+ with dates"
                                         r"(, current ones first)?\)", c) for c in captions)


def test_an_arabic_docx_is_right_to_left_everywhere(packs, tmp_path: Path) -> None:
    content = packs["ar"]
    parts = _parts(write_docx(content, tmp_path / "ar.docx"))
    paragraphs = tables = sections = 0
    for name, root in parts.items():
        for p in root.iter(f"{W}p"):
            paragraphs += 1
            ppr = p.find(f"{W}pPr")
            assert ppr is not None and ppr.find(f"{W}bidi") is not None, (name, _text(p))
        for r in root.iter(f"{W}r"):
            if ARABIC.search(_text(r)):
                rpr = r.find(f"{W}rPr")
                assert rpr is not None and rpr.find(f"{W}rtl") is not None, _text(r)
        for tbl in root.iter(f"{W}tbl"):
            tables += 1
            tblpr = tbl.find(f"{W}tblPr")
            assert tblpr is not None and tblpr.find(f"{W}bidiVisual") is not None
        for sect in root.iter(f"{W}sectPr"):
            sections += 1
            assert sect.find(f"{W}bidi") is not None
    assert paragraphs > 200 and tables > 5 and sections >= 2  # the annex is a section
    document = parts["word/document.xml"]
    landscape = [s for s in document.iter(f"{W}sectPr")
                 if s.find(f"{W}pgSz") is not None
                 and s.find(f"{W}pgSz").get(f"{W}orient") == "landscape"]
    assert landscape and all(s.find(f"{W}bidi") is not None for s in landscape)
    # The properties are in the schema's order: bidi after the spacing, before jc.
    for ppr in document.iter(f"{W}pPr"):
        names = [etree.QName(c).localname for c in ppr]
        if "jc" in names:
            assert names.index("bidi") < names.index("jc")
        if "spacing" in names:
            assert names.index("bidi") < names.index("spacing")
    text = "\n".join(_text(p) for p in document.iter(f"{W}p"))
    assert "الملخص والرسائل الرئيسية" in text and "يغطي الملف" in text
    assert "توزيع محدود" in "".join(_text(r) for n, r in parts.items() if "header" in n)


def test_an_arabic_pdf_reads_in_logical_order(packs, tmp_path: Path) -> None:
    content = packs["ar"]
    reader = pypdf.PdfReader(write_pdf(content, tmp_path / "ar.pdf"))
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    text = "\n".join(page.extract_text() for page in reader.pages)
    for arabic in ("الملخص والرسائل الرئيسية", "مسائل تتطلب قرارًا", "النقاط الرئيسية للمداخلة",
                   "المحتويات", "توزيع محدود", "الوضع الحالي"):
        assert arabic in text, arabic
    # A generated sentence, words in the order they are read.
    # (A bracket set with the Arabic, mirrored, copies at its piece's start.)
    assert re.search(r"يغطي الملف \d+[\s(]+أنشطة", text)
    # The footer's words in reading order (pypdf places the spaces around the figures
    # by their positions, not always where they were written).
    footer = "".join(reader.pages[0].extract_text().split())
    assert f"الصفحة1من{len(reader.pages)}" in footer


def test_an_arabic_packs_workbook_reads_from_the_right(packs, tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    with Store(path, user="tester") as store:
        load_demo(store)
        content = pack_register(store, packs["ar"])
    workbook = load_workbook(write_register(content, tmp_path / "ar.xlsx"))
    assert workbook.sheetnames and all(ws.sheet_view.rightToLeft for ws in workbook)
    # The headers stay the import's contract.
    assert workbook["Activities"]["A1"].value in {"ID", "Id", "id"} or any(
        cell.value == "Title" for cell in workbook["Activities"][1])
    summary = [str(c.value) for row in workbook["Summary"].iter_rows() for c in row if c.value]
    assert "الاجتماع" in summary and "أعدّه" in summary
    english = load_workbook(write_register(pack_register_en(packs, tmp_path),
                                           tmp_path / "en.xlsx"))
    assert not any(ws.sheet_view.rightToLeft for ws in english)


def pack_register_en(packs: dict[str, BriefingContent], tmp_path: Path):  # type: ignore[no-untyped-def]
    with Store(tmp_path / "demo.db", user="tester") as store:
        return pack_register(store, packs["en"])


def test_every_language_is_offered() -> None:
    assert [str(x) for x in PackLanguage] == ["en", "fr", "ar"]
    assert [words_for(x).right_to_left for x in PackLanguage] == [False, False, True]
