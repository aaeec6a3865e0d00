"""An Arabic pack laid out from the right, checked on the written files reopened.

The contents' entries wrap inside the margins, the timeline runs from right
to left, annexes take Arabic letters, narrow Word tables sit at the right
margin and a PDF heading's words are placed from the right. python-docx
reopens the .docx, pypdf the PDF (with the positions its text operators give).
"""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from PIL import Image

from tpdesk.export.docx import write_docx
from tpdesk.export.pdf import write_pdf
from tpdesk.export.pdf_layout import MARGIN, _spaces_inside
from tpdesk.export.text import direction_spans
from tpdesk.export.timeline import PALETTE
from tpdesk.models import Pack, Store
from tpdesk.models.briefing import assemble
from tpdesk.models.content import (
    BriefingContent,
    ContentSection,
    Paragraph,
    Timeline,
    TimelineItem,
)
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.vocab import SectionKind

MM = 72 / 25.4  # points in a millimetre
LONG_ARABIC = ("تقرير مفصل عن التقدم المحرز في تنفيذ خارطة الطريق المشتركة للهجرة والتنقل"
               " والاعتراف بالمهارات بين الاتحاد الأوروبي ومصر خلال الفترة الممتدة حتى نهاية"
               " العام المقبل")
LONG_MIXED = ("البند 9. Governance of labour migration, skills partnerships and information"
              " campaigns for prospective migrants and returnees in the region")


@pytest.fixture(scope="module")
def arabic(tmp_path_factory: pytest.TempPathFactory) -> BriefingContent:
    path = tmp_path_factory.mktemp("arabic") / "demo.db"
    with Store(path, user="tester") as store:
        load_demo(store)
        return assemble(store, store.get(Pack, demo_id("pack", "EG:ar")))


def _fragments(page: pypdf.PageObject) -> list[tuple[float, float, str]]:
    """Each text operator's (x, y, text) on `page`, in points from the bottom left."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text))

    page.extract_text(visitor_text=visit)
    return found


# -- the contents -----------------------------------------------------------------------

def test_long_arabic_contents_entries_wrap_inside_the_margins(arabic, tmp_path: Path) -> None:
    sections = list(arabic.sections)
    body = next(i for i, s in enumerate(sections) if s.kind is not SectionKind.COVER)
    sections[body] = dataclasses.replace(sections[body], title=LONG_ARABIC)
    sections[body + 1] = dataclasses.replace(sections[body + 1], title=LONG_MIXED)
    content = dataclasses.replace(arabic, sections=sections)
    reader = pypdf.PdfReader(write_pdf(content, tmp_path / "ar.pdf"))
    contents = reader.pages[1]
    text = contents.extract_text()
    assert "…" not in text  # nothing cut short
    flat = "".join(text.split())
    for title in (LONG_ARABIC, LONG_MIXED):
        for word in title.split():
            assert word in flat, word
    width = float(contents.mediabox.width)
    top, bottom = float(contents.mediabox.height) - 40 * MM, 25 * MM  # heading, footer out
    entries = [f for f in _fragments(contents) if not f[2].strip().isdigit()
               and bottom < f[1] < top]
    assert entries
    # The page numbers stand in the 16 mm on the left; the entries right of them.
    for x, _y, piece in entries:
        assert MARGIN * MM + 16 * MM - 1 <= x <= width - MARGIN * MM, (x, piece)
    # Both long entries take more than one line.
    rows = {round(y) for _x, y, piece in entries if any(w in piece for w in (
        "تقرير", "المقبل", "Governance", "region"))}
    assert len(rows) >= 4, rows


# -- headings read from the right ---------------------------------------------------------

def test_an_arabic_heading_is_placed_from_the_right(arabic, tmp_path: Path) -> None:
    reader = pypdf.PdfReader(write_pdf(arabic, tmp_path / "ar.pdf"))
    for page in reader.pages[2:]:
        pieces = _fragments(page)
        heads = [(x, y) for x, y, t in pieces if "الملحق ب" in t]
        if heads:
            break
    else:
        raise AssertionError("no heading of annex ب")
    x_annex, y = heads[0]
    title = [x for x, y2, t in pieces if abs(y2 - y) < 1 and "نظرة" in t]
    assert title and title[0] < x_annex  # "الملحق ب:" first from the right, its title after


# -- annex letters ---------------------------------------------------------------------------

def test_arabic_annexes_take_arabic_letters_everywhere(arabic, tmp_path: Path) -> None:
    titles = [s.title for s in arabic.sections if s.title.startswith("الملحق")]
    assert [t.split(":")[0] for t in titles] == [f"الملحق {x}" for x in "أبجد"][:len(titles)]
    assert len(titles) >= 3
    document = docx.Document(str(write_docx(arabic, tmp_path / "ar.docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "الملحق أ:" in text and "الملحق ب:" in text
    assert not re.search(r"الملحق [A-Z]", text)
    pdf = "\n".join(p.extract_text() for p in pypdf.PdfReader(
        write_pdf(arabic, tmp_path / "ar.pdf")).pages)
    assert not re.search(r"الملحق\s*[A-Z]|[A-Z]:\s*الملحق", pdf)
    assert "الملحق أ" in pdf


# -- Word tables ------------------------------------------------------------------------------

def test_narrow_arabic_word_tables_sit_at_the_right_margin(arabic, tmp_path: Path) -> None:
    document = docx.Document(str(write_docx(arabic, tmp_path / "ar.docx")))
    tables = document.tables
    assert len(tables) > 5
    for table in tables:
        props = table._tbl.tblPr
        assert props.find(qn("w:bidiVisual")) is not None
        jc = props.find(qn("w:jc"))
        assert jc is not None and jc.get(qn("w:val")) == "right"
    # The schema's order: bidiVisual before tblW before jc.
    names = [child.tag.rsplit("}", 1)[-1] for child in tables[0]._tbl.tblPr]
    assert names.index("bidiVisual") < names.index("jc")
    if "tblW" in names:
        assert names.index("tblW") < names.index("jc")


def test_amounts_in_arabic_word_tables_keep_the_body_font(arabic, tmp_path: Path) -> None:
    document = docx.Document(str(write_docx(arabic, tmp_path / "ar.docx")))
    amounts = [run for table in document.tables for row in table.rows for cell in row.cells
               for p in cell.paragraphs for run in p.runs if "€" in run.text
               and not re.search("[\u0600-\u06ff]", run.text)]
    assert amounts
    for run in amounts:
        rpr = run._r.rPr
        assert rpr is not None and rpr.find(qn("w:rtl")) is None, run.text
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts is not None and fonts.get(qn("w:cs")) == "Calibri", run.text


# -- the timeline ------------------------------------------------------------------------------

def _bar_centres(png: bytes) -> tuple[float, float]:
    """The mean x, as a share of the width, of the first and the second group's bars."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    width, height = image.size
    first = tuple(int(PALETTE[0][i:i + 2], 16) for i in (1, 3, 5))
    second = tuple(int(PALETTE[1][i:i + 2], 16) for i in (1, 3, 5))
    xs: dict[tuple[int, ...], list[int]] = {first: [], second: []}
    pixels = image.load()
    assert pixels is not None
    for y in range(0, height - 75, 2):  # the bars, above the legend (a line of 14 pt)
        for x in range(0, width, 2):
            colour = pixels[x, y]
            if colour in xs:
                xs[colour].append(x)
    assert xs[first] and xs[second]
    return (sum(xs[first]) / len(xs[first]) / width,
            sum(xs[second]) / len(xs[second]) / width)


def _timeline_pack(content: BriefingContent) -> BriefingContent:
    timeline = Timeline([TimelineItem("الأول", "2024-01-01", "2024-12-31", group="أ"),
                         TimelineItem("الثاني", "2027-01-01", "2027-12-31", group="ب")],
                        start="2024-01-01", end="2027-12-31", today="2025-06-01")
    return dataclasses.replace(content, sections=[
        ContentSection(SectionKind.TIMELINE, "الجدول الزمني", [timeline])])


def _docx_image(path: Path) -> bytes:
    with zipfile.ZipFile(path) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        assert len(media) == 1
        return package.read(media[0])


def test_the_timeline_runs_from_right_to_left_in_arabic(arabic, tmp_path: Path) -> None:
    ar = _timeline_pack(arabic)
    early, late = _bar_centres(_docx_image(write_docx(ar, tmp_path / "ar.docx")))
    assert early > late  # the earlier activity on the right
    en = dataclasses.replace(_timeline_pack(arabic), language="en")
    early, late = _bar_centres(_docx_image(write_docx(en, tmp_path / "en.docx")))
    assert early < late
    # The PDF carries the same picture, mirrored.
    reader = pypdf.PdfReader(write_pdf(ar, tmp_path / "ar.pdf"))
    images = [image for page in reader.pages for image in page.images]
    assert images
    buffer = io.BytesIO()
    images[0].image.save(buffer, "PNG")
    early, late = _bar_centres(buffer.getvalue())
    assert early > late


def test_a_timelines_heading_stays_on_the_pictures_page(tmp_path: Path) -> None:
    with Store(tmp_path / "demo.db", user="tester") as store:
        load_demo(store)
        french = assemble(store, store.get(Pack, demo_id("pack", "MA:fr")))
    reader = pypdf.PdfReader(write_pdf(french, tmp_path / "fr.pdf"))
    pages = [page for page in reader.pages if "Calendrier des activités" in page.extract_text()
             and page is not reader.pages[1]]  # the contents list it too
    assert len(pages) == 1 and pages[0].images


def test_brackets_in_arabic_lines_are_set_with_the_arabic() -> None:
    # "نشاط واحد (1 منتهية)": each bracket goes with the Arabic beside it (shaped right to
    # left, so mirrored), not with the left-to-right figure, where it read "1) منتهية(".
    # (pypdf gives the brackets of the written file as pieces of their own: checked here
    # on the pieces `single_line` sets.)
    spans = _spaces_inside(direction_spans("نشاط واحد (1 منتهية) بتمويل"))
    assert spans == [("نشاط واحد (", True), ("1", False), (" منتهية) ", True),
                     ("بتمويل", True)]
    # A line of Latin text alone keeps its own punctuation.
    assert _spaces_inside(direction_spans("Erasmus+ (2024).")) == [("Erasmus+ (2024).", False)]


def test_the_covers_register_stamp_is_in_the_packs_language(arabic, tmp_path: Path) -> None:
    document = docx.Document(str(write_docx(arabic, tmp_path / "ar.docx")))
    cells = [cell.text for table in document.tables for row in table.rows
             for cell in row.cells]
    stamp = next(c for c in cells if "بالتوقيت العالمي" in c)
    assert "الساعة" in stamp and "UTC" not in stamp
    assert not any(re.search(r"\d, \d\d:\d\d UTC", c) for c in cells)


def test_a_long_footer_line_is_kept_whole_on_two_lines(tmp_path: Path) -> None:
    with Store(tmp_path / "demo.db", user="tester") as store:
        load_demo(store)
        french = assemble(store, store.get(Pack, demo_id("pack", "MA:fr")))
    assert len(french.traceability) > 120  # a ministry's long name
    reader = pypdf.PdfReader(write_pdf(french, tmp_path / "fr.pdf"))
    for page in reader.pages:
        footer = [t for _x, y, t in _fragments(page) if y < 16 * MM]
        text = " ".join(footer)
        assert "…" not in text and "version 1" in text and "dossier" in text, text


def test_the_register_summary_speaks_the_packs_language(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from tpdesk.export.xlsx_export import write_register
    from tpdesk.models.register import pack_register

    with Store(tmp_path / "demo.db", user="tester") as store:
        load_demo(store)
        books = {}
        for key, language in (("EG:ar", "ar"), ("MA:fr", "fr")):
            briefing = assemble(store, store.get(Pack, demo_id("pack", key)))
            books[language] = load_workbook(write_register(pack_register(store, briefing),
                                                           tmp_path / f"{language}.xlsx"))
    english = {"Key figures", "Generated (UTC)", "Filters", "Commitments by status",
               "Editing and re-importing", "Total funding", "Planned", "Other"}
    for language, expected in (("ar", "الأرقام الرئيسية"), ("fr", "Chiffres clés")):
        summary = books[language]["Summary"]
        labels = {str(c.value).strip() for c in summary["A"] if c.value}
        assert expected in labels and not labels & english, labels & english
    arabic = books["ar"]["Activities"]
    assert arabic.sheet_view.rightToLeft
    assert arabic.oddHeader.right.text.startswith("ملف إحاطة")  # the reading side
    assert len(arabic.oddHeader.right.text) <= 50 and arabic.oddHeader.left.text == "&A"
    assert arabic.oddFooter.left.text == "الصفحة &P من &N"


def test_a_periods_dates_stay_whole_in_word_tables(arabic, tmp_path: Path) -> None:
    document = docx.Document(str(write_docx(arabic, tmp_path / "ar.docx")))
    periods = {cell.text for table in document.tables for row in table.rows
               for cell in row.cells if "\u00a0– " in cell.text}
    assert periods
    for period in periods:  # the one break allowed: after the dash
        assert " " not in period.replace("\u00a0– ", ""), period


def test_page_x_of_y_keeps_to_the_first_footer_line_beside_a_long_trace(arabic,
                                                                       tmp_path: Path) -> None:
    """The Arabic trace filled the line: after its tab "الصفحة 2 من 11" went to a second one.

    Reopened, each footer is a row of two cells: the trace wraps in the first,
    the page numbers sit whole (no wrap) in a second cell wide enough for
    "الصفحة 999 من 999" in a font a third wider than Calibri.
    """
    from tpdesk.export.docx_xml import text_twips

    document = docx.Document(str(write_docx(arabic, tmp_path / "ar.docx")))
    for section in document.sections:
        footer = section.footer
        assert len(footer.tables) == 1
        trace_cell, page_cell = footer.tables[0].rows[0].cells
        assert "".join(arabic.traceability.split()) in "".join(trace_cell.text.split())
        fields = [t.text.strip() for t in page_cell._tc.iter(qn("w:instrText"))]
        assert fields == ["PAGE", "NUMPAGES"]
        props = page_cell._tc.tcPr
        assert props.find(qn("w:noWrap")) is not None
        width = int(props.find(qn("w:tcW")).get(qn("w:w")))
        assert width >= 1.25 * text_twips("الصفحة 999 من 999", font_pt=8)
        assert footer.tables[0]._tbl.tblPr.find(qn("w:bidiVisual")) is not None  # trace right


def test_a_bracket_after_figures_goes_with_the_arabic() -> None:
    # "450,000 € (7 نوفمبر": the bracket sits between figures and Arabic, so it is set right
    # to left (mirrored) with the line, not inside the left-to-right "450,000 € (7".
    spans = _spaces_inside(direction_spans("بقيمة 450,000 € (7 نوفمبر 2024)"))
    assert spans == [("بقيمة ", True), ("450,000 €", False), (" (", True), ("7", False),
                     (" نوفمبر ", True), ("2024", False), (")", True)]
    # "old ← new" between two amounts reads from the right: the arrow goes with the line.
    assert _spaces_inside(direction_spans("المصروف 0\u00a0€ ← 450,000\u00a0€"))[1:] == [
        ("0\u00a0€", False), (" ← ", True), ("450,000\u00a0€", False)]
    # After a Latin word a bracket pair stays with it, as the bidirectional algorithm has it.
    assert _spaces_inside(direction_spans("Erasmus+ (2024) في مصر")) == [
        ("Erasmus+ (2024)", False), (" في مصر", True)]


def test_a_line_broken_inside_latin_text_keeps_its_punctuation_on_the_latin_side() -> None:
    line = direction_spans("البند 9. Governance of labour migration,")
    # A paragraph's last line: the comma ends the paragraph and reads with the Arabic.
    assert _spaces_inside(line)[-1] == (",", True)
    # A line the Latin text runs on from: the comma stays after "migration".
    assert _spaces_inside(line, after="skills partnerships في المنطقة") == [
        ("البند ", True), ("9. Governance of labour migration,", False)]
    assert _spaces_inside(direction_spans(", skills partnerships في المنطقة"),
                          before="labour migration")[0] == (", skills partnerships", False)


def test_wrapped_latin_text_in_an_arabic_paragraph_keeps_its_commas(arabic,
                                                                   tmp_path: Path) -> None:
    """Reopened with pypdf: no comma of the Latin text is set as a piece of its own."""
    words = ("Governance, labour, migration, skills, partnerships, information, campaigns, "
             "returnees, families, recognition, employers, recruitment, costs, diaspora, ") * 3
    sections = list(arabic.sections)
    body = next(i for i, s in enumerate(sections) if s.kind is not SectionKind.COVER)
    paragraph = Paragraph(f"البند 9. {words}في المنطقة، بقيمة 450,000 € (7 نوفمبر 2024).")
    sections[body] = dataclasses.replace(sections[body], blocks=[paragraph])
    reader = pypdf.PdfReader(write_pdf(dataclasses.replace(arabic, sections=sections),
                                       tmp_path / "ar.pdf"))
    page = next(p for p in reader.pages if "diaspora," in p.extract_text())
    fragments = _fragments(page)
    assert len({round(y) for _x, y, t in fragments if "labour" in t or "costs" in t}) >= 3
    assert not [t for _x, _y, t in fragments if t.strip() == ","]
    amount = next(f for f in fragments if "450,000" in f[2])
    assert "(" not in amount[2]
    bracket = next(f for f in fragments if f[2].strip() == "(" and abs(f[1] - amount[1]) < 1)
    seven = next(f for f in fragments if f[2].strip() == "7" and abs(f[1] - amount[1]) < 1)
    assert seven[0] < bracket[0] < amount[0]  # read from the right: amount, bracket, 7
