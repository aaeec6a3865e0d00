"""The Word export, reopened with python-docx (and converted by LibreOffice) as a reader would."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from PIL import Image

from tpdesk.export.docx import REQUIRED_STYLES, default_template, open_template, write_docx
from tpdesk.export.text import is_rtl
from tpdesk.models import Activity, Commitment, FundingLine, Store, UserError
from tpdesk.models.content import (
    BriefingContent,
    Bullets,
    Column,
    ContentSection,
    KeyFigures,
    NoteItem,
    Notes,
    Paragraph,
    Subheading,
    Table,
    Timeline,
    TimelineItem,
)
from tpdesk.models.formatting import format_date, format_money
from tpdesk.models.vocab import ActivityCategory, Instrument, SectionKind

ARABIC_TITLE = "ملاحظات الوفد التونسي"
ARABIC_NOTE = "نقترح عقد اجتماع فني حول الاعتراف بالمؤهلات قبل نهاية السنة."
ACCENTED = "Zoë Ménard-Østergaard"
MIXED = "Propose the Arabic title for the joint statement: شراكة المواهب بين الاتحاد الأوروبي وتونس"


# -- content built by hand, as assemble() would -------------------------------

def make_content(*, activities: int = 12, commitments: int = 4,
                 annex_last: bool = False) -> BriefingContent:
    start = date(2025, 1, 6)
    acts = [Activity(partnership_id="p-tn", title=f"Activité {i}: formation des jeunes",
                     category=list(ActivityCategory)[i % 6],
                     start_date=(start + timedelta(days=41 * i)).isoformat(),
                     end_date=(start + timedelta(days=41 * i + 400)).isoformat(),
                     funding=[FundingLine(instrument=Instrument.MPF,
                                          amount_cents=123_456 * (i + 1))])
            for i in range(activities)]
    coms = [Commitment(partnership_id="p-tn", text=f"Commitment {i}",
                       due_date=(start + timedelta(days=90 * i)).isoformat())
            for i in range(commitments)]
    act_columns = [Column("Partner", width=0.6), Column("Activity", width=3.0),
                   Column("Category", width=1.4), Column("Start", "date", 0.9),
                   Column("End", "date", 0.9), Column("Funding", "money", 1.0)]

    def act_table(items: list[Activity], *, landscape: bool = False, caption: str = "") -> Table:
        return Table(act_columns,
                     [["TN", a.title, a.category.label, a.start_date, a.end_date,
                       a.total_cents] for a in items],
                     [a.id for a in items], caption, landscape)

    com_table = Table([Column("Due", "date"), Column("Commitment", width=3.0),
                       Column("Status")],
                      [[c.due_date, c.text, c.status.label] for c in coms],
                      [c.id for c in coms], caption="Open commitments")
    timeline = Timeline([TimelineItem(a.title, a.start_date or "", a.end_date or "",
                                      a.category.label) for a in acts],
                        start=start.isoformat(), end=(start + timedelta(days=900)).isoformat(),
                        today="2026-11-26", caption="Activities by start date")
    notes = Notes([NoteItem(about="Activité 1: formation des jeunes", author=ACCENTED,
                            text="Ask Italy about the trainees' contracts.", date="2026-10-02"),
                   NoteItem(about="Partenariat", author="Karim Ben Salah", text=ARABIC_NOTE,
                            date="2026-11-03")])
    sections = [
        ContentSection(SectionKind.COVER, "Cover", []),
        ContentSection(SectionKind.PURPOSE, "Purpose and summary",
                       [Paragraph("To brief the delegation.\n\nSecond paragraph with <tags> & "
                                  "a form feed\x0c that Word cannot hold.")]),
        ContentSection(SectionKind.AT_A_GLANCE, "The partnership at a glance",
                       [KeyFigures([("Activities", str(activities)),
                                    ("Funding", format_money(12_345_600))]),
                        Bullets(["Sectors: ICT, construction"], title="Facts")]),
        ContentSection(SectionKind.ROADMAP, "Roadmap objectives and activities",
                       [Subheading("Tunisia: Roadmap 2.0"), Paragraph("O1. Skills"),
                        act_table(acts[: activities // 2])]),
        ContentSection(SectionKind.COMMITMENTS, "Commitments", [com_table]),
        ContentSection(SectionKind.MATTERS_ARISING, "Matters arising", []),
        ContentSection(SectionKind.TIMELINE, "Timeline of activities", [timeline]),
        ContentSection(SectionKind.LINES_TO_TAKE, ARABIC_TITLE,
                       [Bullets(["Welcome the first cohorts.", ARABIC_NOTE, MIXED],
                                title="Lines to take"), notes]),
        ContentSection(SectionKind.ANNEX, "Annex: activity register",
                       [act_table(acts, landscape=True, caption="All activities")]),
    ]
    if not annex_last:
        sections.append(sections.pop(-2))  # a portrait section after the landscape annex
    return BriefingContent(
        pack_id="8f9c2d4e-1111-2222-3333-444455556666", title="Briefing for the 5th EU–Tunisia"
        " Talent Partnership Roundtable", meeting="5th EU–Tunisia Talent Partnership"
        " Roundtable, Tunis", meeting_date="2027-01-03", audience="Délégation italienne",
        author=ACCENTED, marking="SENSITIVE", version="3", date="2026-11-25",
        prepared_at="2026-11-26T09:30:00Z", prepared_by="tester", sections=sections,
        partnerships=[], activities=acts, commitments=coms, organisations={}, roundtables=[],
        checklist=[], scope="Tunisia · sectors ICT and construction · for the Italian delegation")


@pytest.fixture(scope="module")
def content() -> BriefingContent:
    return make_content()


@pytest.fixture(scope="module")
def written(content: BriefingContent, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_docx(content, tmp_path_factory.mktemp("docx") / "pack.docx")


@pytest.fixture(scope="module")
def document(written: Path) -> docx.document.Document:
    return docx.Document(str(written))


def body_items(document: docx.document.Document) -> list[object]:
    """Paragraphs and tables of the body, in order."""
    return list(document.iter_inner_content())


def data_tables(document: docx.document.Document) -> list[DocxTable]:
    """Tables whose first row is a repeating header: the writer's data tables."""
    return [t for t in document.tables
            if t.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None]


# -- structure ------------------------------------------------------------------

def test_contents_list_the_sections_not_their_subheadings(document, content) -> None:
    listed = [p.text for p in document.paragraphs if re.fullmatch(r"toc \d", p.style.name.lower())]
    assert listed == [s.title for s in content.sections if s.kind is not SectionKind.COVER]
    assert "Tunisia: Roadmap 2.0" not in listed  # a Heading 2, bookmarked all the same
    assert any(b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart")))


def test_one_heading_per_included_section_in_order(document, content) -> None:
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [s.title for s in content.sections if s.kind is not SectionKind.COVER]
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 2"] == \
        ["Tunisia: Roadmap 2.0"]


def test_cover_page_names_the_meeting(document, content) -> None:
    first = document.paragraphs[0]
    assert first.style.name == "Title" and first.text == content.title
    assert document.paragraphs[1].style.name == "Subtitle"
    cover = document.tables[0]
    facts = {row.cells[0].text: row.cells[1].text for row in cover.rows}
    assert facts == {"Scope": content.scope, "Meeting date": "3 January 2027",
                     "Prepared for": "Délégation italienne",
                     "Prepared by": ACCENTED, "Version": "3", "Date": "25 November 2026",
                     "Marking": "SENSITIVE"}


def test_table_of_contents_field_and_update_on_open(document) -> None:
    instructions = [t.text for t in document.element.body.iter(qn("w:instrText"))]
    assert any(re.fullmatch(r'\s*TOC \\o "1-1" \\h \\z \\u\s*', i) for i in instructions)
    flag = document.settings.element.find(qn("w:updateFields"))
    assert flag is not None and flag.get(qn("w:val")) == "true"


def test_marking_in_the_header_of_every_section(document, content) -> None:
    assert len(document.sections) == 3  # portrait, landscape annex, portrait again
    for section in document.sections:
        assert section._sectPr.find(qn("w:titlePg")) is None
        assert [p.text for p in section.header.paragraphs] == [content.marking]
        assert section.header.paragraphs[0].style.name == "Marking"
    assert document.settings.element.find(qn("w:evenAndOddHeaders")) is None


def test_footer_has_page_x_of_y_and_traceability(document, content) -> None:
    for section in document.sections:
        footer = section.footer._element
        fields = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
        assert fields == ["PAGE", "NUMPAGES"]
        text = "".join(t.text for t in footer.iter(qn("w:t")))
        assert text.startswith(content.traceability)
        assert "Page " in text and " of " in text
    assert "Délégation italienne" in content.traceability


# -- tables ---------------------------------------------------------------------

def test_one_row_per_selected_record(document, content) -> None:
    expected = [b for s in content.sections for b in s.blocks if isinstance(b, Table)]
    tables = data_tables(document)
    assert [len(t.rows) for t in tables] == [len(b.rows) + 1 for b in expected]
    annex = tables[-1]
    assert len(annex.rows) == len(content.activities) + 1
    assert [c.text for c in annex.rows[0].cells] == \
        ["Partner", "Activity", "Category", "Start", "End", "Funding"]
    assert [r.cells[1].text for r in annex.rows[1:]] == [a.title for a in content.activities]


def test_header_rows_repeat_and_rows_do_not_split(document) -> None:
    for table in data_tables(document):
        first, *rest = table.rows
        assert first._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
        assert all(r._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None for r in rest)
        assert table.style.name == "tpdesk Table"


def test_money_and_dates_read_as_on_paper(document, content) -> None:
    annex = data_tables(document)[-1]
    row = annex.rows[1]
    first = content.activities[0]
    # The day and month keep on one line; the year may go to the next.
    assert row.cells[3].text == format_date(first.start_date or "").replace(" ", "\u00a0", 1)
    assert row.cells[3].text == "6\u00a0January 2025"
    assert row.cells[5].text == "EUR\u00a01,235"
    money = row.cells[5].paragraphs[0]
    assert money.paragraph_format.alignment is not None
    assert money._p.pPr.find(qn("w:jc")).get(qn("w:val")) == "right"


def test_key_figures_are_a_small_table(document) -> None:
    figures = next(t for t in document.tables if t.rows[0].cells[0].text == "Activities")
    assert [[c.text for c in r.cells] for r in figures.rows] == \
        [["Activities", "12"], ["Funding", "EUR\u00a0123,456"]]


# -- sections and pictures ------------------------------------------------------

def test_annex_sits_in_its_own_landscape_section(document) -> None:
    portrait, annex, after = document.sections
    assert annex.orientation == WD_ORIENT.LANDSCAPE
    assert annex.page_width > annex.page_height
    for section in (portrait, after):
        assert section.orientation == WD_ORIENT.PORTRAIT
        assert section.page_width < section.page_height
    # The annex heading and table are in the landscape section: the paragraph
    # that closes it comes after the annex table.
    items = body_items(document)
    annex_at = next(i for i, item in enumerate(items)
                    if getattr(item, "text", "") == "Annex: activity register"
                    and item.style.name == "Heading 1")
    closes = [i for i, item in enumerate(items)
              if getattr(item, "_p", None) is not None and item._p.pPr is not None
              and item._p.pPr.find(qn("w:sectPr")) is not None]
    assert len(closes) == 2 and closes[0] < annex_at < closes[1]
    assert isinstance(items[closes[1] - 2], DocxTable)


def test_annex_last_leaves_document_in_landscape(tmp_path) -> None:
    path = write_docx(make_content(annex_last=True), tmp_path / "annex-last.docx")
    sections = docx.Document(str(path)).sections
    assert [s.orientation for s in sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]


def test_timeline_is_a_print_resolution_picture(document, tmp_path) -> None:
    shapes = document.inline_shapes
    assert len(shapes) == 1
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    assert abs(shapes[0].width - text_width) < 700  # twips rounding, in EMU
    blip = shapes[0]._inline.graphic.graphicData.pic.blipFill.blip
    image_part = document.part.related_parts[blip.embed]
    assert image_part.content_type == "image/png"
    picture = tmp_path / "timeline.png"
    picture.write_bytes(image_part.blob)
    with Image.open(picture) as image:
        assert round(image.info["dpi"][0]) == 200
        assert image.width >= 1300
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert "Figure 1. Activities by start date" in captions


def test_bullets_have_a_lead_in_and_list_style(document) -> None:
    paragraphs = document.paragraphs
    lead = next(i for i, p in enumerate(paragraphs) if p.text == "Lines to take")
    assert all(r.bold for r in paragraphs[lead].runs)
    assert [p.style.name for p in paragraphs[lead + 1:lead + 4]] == ["List Bullet"] * 3


def test_notes_are_quoted_with_author_and_date(document) -> None:
    quotes = [p for p in document.paragraphs if p.style.name == "Quote"]
    assert [q.text for q in quotes] == ["Ask Italy about the trainees' contracts.", ARABIC_NOTE]
    sources = [p.text for p in document.paragraphs if p.style.name == "Note Source"]
    assert sources == [f"— {ACCENTED}, 2 October 2026 · on Activité 1: formation des jeunes",
                       "— Karim Ben Salah, 3 November 2026 · on Partenariat"]


def test_arabic_is_kept_exactly_and_marked_right_to_left(document) -> None:
    for text in (ARABIC_TITLE, ARABIC_NOTE):
        found = [p for p in document.paragraphs
                 if p.text == text and not p.style.name.lower().startswith("toc")]
        assert found, text
        for p in found:
            assert p._p.pPr.find(qn("w:bidi")) is not None
            runs = [r for r in p._p.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
            assert runs and all(r.rPr is not None and r.rPr.find(qn("w:rtl")) is not None
                                for r in runs)
    latin = next(p for p in document.paragraphs if p.text == "Welcome the first cohorts.")
    assert latin._p.pPr.find(qn("w:bidi")) is None
    # A left-to-right sentence quoting Arabic: only the quoted words run right to left.
    mixed = next(p for p in document.paragraphs if p.text == MIXED)
    assert mixed._p.pPr.find(qn("w:bidi")) is None
    marked = [r.text for r in mixed.runs if r._r.rPr is not None
              and r._r.rPr.find(qn("w:rtl")) is not None]
    assert marked == [MIXED.split(": ")[1]]
    assert is_rtl(ARABIC_NOTE) and not is_rtl("Activité")


def test_fonts_cover_complex_scripts() -> None:
    styles = docx.Document(str(default_template())).styles.element
    fonts = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"
                        f"/{qn('w:rFonts')}")
    assert fonts.get(qn("w:ascii")) == "Calibri"
    assert fonts.get(qn("w:cs")) == "Arial"


def test_text_word_cannot_hold_is_dropped_and_markup_escaped(document) -> None:
    texts = [p.text for p in document.paragraphs]
    assert "Second paragraph with <tags> & a form feed that Word cannot hold." in texts


def test_properties_describe_the_pack(document, content) -> None:
    props = document.core_properties
    assert props.title == content.title
    assert props.keywords == "SENSITIVE"
    assert props.comments == content.traceability
    # The pack's author, never the login that wrote the file ("tester").
    assert props.author == props.last_modified_by == ACCENTED


def test_first_page_states_the_scope(document, content) -> None:
    texts = [p.text for p in document.paragraphs]
    first_heading = next(i for i, p in enumerate(document.paragraphs)
                         if p.style.name == "Heading 1")
    assert texts[first_heading + 1] == f"This pack covers: {content.scope}."
    assert texts.count(f"This pack covers: {content.scope}.") == 1


# -- templates, progress, errors --------------------------------------------------

def test_shipped_template_has_every_style_and_a4_pages() -> None:
    document, ids = open_template(default_template())
    assert set(REQUIRED_STYLES) <= set(ids)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_template_script_regenerates_the_template(tmp_path) -> None:
    import runpy

    script = Path(__file__).resolve().parents[2] / "scripts" / "make_template.py"
    build = runpy.run_path(str(script))["build"]
    fresh = build(tmp_path / "t.docx")
    _document, ids = open_template(fresh)
    assert ids["tpdesk Table"] == "tpdeskTable"


def test_template_missing_a_style_is_one_line_user_error(tmp_path, content) -> None:
    bad = tmp_path / "plain.docx"
    docx.Document().save(str(bad))  # python-docx's own default: no Marking, no tpdesk Table
    with pytest.raises(UserError) as caught:
        write_docx(content, tmp_path / "out.docx", template=bad)
    message = str(caught.value)
    assert "\n" not in message
    assert "'Marking'" in message and "'tpdesk Table'" in message
    assert not (tmp_path / "out.docx").exists()


def test_template_that_is_not_a_word_file(tmp_path, content) -> None:
    bad = tmp_path / "notes.docx"
    bad.write_text("not a zip")
    with pytest.raises(UserError, match="not a Word document"):
        write_docx(content, tmp_path / "out.docx", template=bad)
    with pytest.raises(UserError, match="not found"):
        write_docx(content, tmp_path / "out.docx", template=tmp_path / "missing.docx")


def test_user_template_with_the_styles_is_used(tmp_path, content) -> None:
    template = docx.Document(str(default_template()))
    template.styles["Heading 1"].font.size = docx.shared.Pt(20)
    template.add_paragraph("Letterhead text that the pack replaces")
    path = tmp_path / "custom.docx"
    template.save(str(path))
    out = docx.Document(str(write_docx(content, tmp_path / "out.docx", template=path)))
    assert out.styles["Heading 1"].font.size == docx.shared.Pt(20)
    assert "Letterhead text that the pack replaces" not in [p.text for p in out.paragraphs]


def test_progress_is_reported_per_section(tmp_path, content) -> None:
    calls: list[tuple[int, int]] = []
    write_docx(content, tmp_path / "p.docx", progress=lambda d, t: calls.append((d, t)))
    total = len(content.sections) + 1
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [d for d, _ in calls] == list(range(total + 1))


def test_cancelling_through_progress_writes_nothing(tmp_path, content) -> None:
    def cancel(done: int, total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_docx(content, tmp_path / "c.docx", progress=cancel)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_is_a_user_error(tmp_path, content) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(UserError, match=r"file/sub does not exist"):
        write_docx(content, blocker / "sub" / "pack.docx")
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "pack.docx").mkdir()  # a folder where the file should go
    with pytest.raises(UserError, match="is a folder"):
        write_docx(content, folder / "pack.docx")


# -- the real path: demo packs, LibreOffice ----------------------------------------

def test_every_demo_pack_exports(store: Store, tmp_path) -> None:
    from tpdesk.models.briefing import assemble
    from tpdesk.models.demo import load_demo
    from tpdesk.models.records import Pack

    load_demo(store)
    packs = store.list(Pack)
    assert len(packs) == 7  # five in English, one in French, one in Arabic
    for pack in packs:
        content = assemble(store, pack)
        document = docx.Document(str(write_docx(content, tmp_path / f"{pack.id}.docx")))
        headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
        assert headings == [s.title for s in content.sections
                            if s.kind is not SectionKind.COVER]
        # The register annex: every activity, then (agenda packs) every open commitment.
        open_ = sum(1 for c in content.commitments if c.status.is_open)
        *_, annex, commitments = data_tables(document)
        assert content.agenda
        assert len(annex.rows) == len(content.activities) + 1
        assert len(commitments.rows) == open_ + 1


def test_libreoffice_converts_it_to_pdf(written: Path, tmp_path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    profile = tmp_path / "profile"  # a private profile: parallel runs do not share a lock
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(written)],
        capture_output=True, text=True, timeout=240, check=False,
        env={**os.environ, "HOME": str(tmp_path)})
    pdf = tmp_path / "pack.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.is_file() and pdf.stat().st_size > 10_000, result.stdout + result.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-"


# -- edges ---------------------------------------------------------------------

def test_bare_content_still_makes_a_document(tmp_path) -> None:
    bare = make_content(activities=0, commitments=0)
    empty = BriefingContent(**{**bare.__dict__, "sections": [
        ContentSection(SectionKind.PURPOSE, "Purpose and summary", []),
        ContentSection(SectionKind.TIMELINE, "Timeline of activities",
                       [Timeline([], "", "", "2026-11-26")]),
        ContentSection(SectionKind.ANNEX, "Annex: activity register",
                       [Table([Column("Activity")], [], landscape=True, caption="None yet")]),
    ], "audience": "", "meeting_date": None})
    document = docx.Document(str(write_docx(empty, tmp_path / "bare.docx")))
    texts = [p.text for p in document.paragraphs]
    assert "Nothing to report for this pack." in texts and "None." in texts
    assert document.sections[-1].orientation == WD_ORIENT.LANDSCAPE
    footer = document.sections[0].footer.paragraphs[0].text
    assert "Prepared on 26 November 2026, 09:30 UTC" in footer


def test_timeline_draws_bars_or_lanes() -> None:
    from tpdesk.export.timeline import MAX_BARS, render_timeline

    def chart(count: int) -> Image.Image:
        items = [TimelineItem(f"{ARABIC_TITLE} {i}" if i % 2 else f"Activité {i}",
                              f"2025-{i % 12 + 1:02d}-01", f"2027-{i % 12 + 1:02d}-28",
                              f"Group {i % 3}") for i in range(count)]
        png = render_timeline(Timeline(items, "2025-01-01", "2027-12-31", "2026-11-26"),
                              width_inches=6.5)
        return Image.open(io.BytesIO(png))

    bars, lanes = chart(MAX_BARS), chart(MAX_BARS + 1)
    assert bars.width == lanes.width == 1300
    assert bars.height > 2 * lanes.height  # one row per activity, against one per group
    assert chart(0).height > 100
    # The today line is drawn in its red.
    assert (198, 40, 40) in {colour for _, colour in bars.convert("RGB").getcolors(1 << 16)}


def test_template_with_other_namespace_prefixes_takes_the_slow_path(tmp_path, content) -> None:
    """A body spliced in as text needs the usual w: and r: prefixes; otherwise it is parsed."""
    from tpdesk.export import docx as writer_module

    document, styles = open_template(default_template())
    writer = writer_module._Writer(document, styles, content)
    writer.direct = False
    for _ in writer.write():
        pass
    writer.save(tmp_path / "slow.docx")
    reopened = docx.Document(str(tmp_path / "slow.docx"))
    assert [p.text for p in reopened.paragraphs if p.style.name == "Heading 1"] == \
        [s.title for s in content.sections if s.kind is not SectionKind.COVER]
    assert len(reopened.sections) == 3


# -- tables that read well --------------------------------------------------------

def _kept(tbl) -> list[bool]:
    """For each body row, whether its paragraphs keep with the next row."""
    return [row._tr.find(f"{qn('w:tc')}/{qn('w:p')}/{qn('w:pPr')}/{qn('w:keepNext')}")
            is not None for row in tbl.rows[1:]]


def test_short_tables_and_total_rows_keep_together(tmp_path) -> None:
    columns = [Column("Instrument", width=2.0), Column("Total", "money")]
    short = Table(columns, [["MPF", 100], ["AMIF", 200], ["Total", 300]])
    long = Table(columns, [[f"Line {i}", i] for i in range(20)] + [["Total", 190]])
    objective = Paragraph("O1. An objective whose table follows")
    base = make_content(activities=2, commitments=1)
    content = BriefingContent(**{**base.__dict__, "sections": [
        ContentSection(SectionKind.FUNDING, "Funding", [objective, short, long])]})
    document = docx.Document(str(write_docx(content, tmp_path / "keep.docx")))
    first, second = data_tables(document)
    assert _kept(first) == [True, True, False]
    assert _kept(second) == [False] * 19 + [True, False]
    line = next(p for p in document.paragraphs if p.text == objective.text)
    assert line.paragraph_format.keep_with_next


def test_tables_of_one_kind_share_widths_and_titles_come_first(tmp_path) -> None:
    base = make_content(activities=6, commitments=1)
    acts = base.activities
    columns = [Column("Activity", width=3.0), Column("Status", width=1.1),
               Column("Funding", "money", 1.0)]
    one = Table(columns, [[acts[0].title, "Implementation", 123_456]])
    two = Table(columns, [["A much longer title that needs the room of a wide column",
                           "Pipeline/identification", 300_000_000]])
    content = BriefingContent(**{**base.__dict__, "sections": [
        ContentSection(SectionKind.ROADMAP, "Roadmap", [one, Paragraph("O2."), two])]})
    document = docx.Document(str(write_docx(content, tmp_path / "share.docx")))
    grids = [[int(c.get(qn("w:w"))) for c in t._tbl.find(qn("w:tblGrid"))]
             for t in data_tables(document)]
    assert grids[0] == grids[1]
    assert grids[0][0] > grids[0][1] + grids[0][2]  # the title column gets the room
