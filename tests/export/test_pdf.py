"""The PDF pack, read back with pypdf as a reader's software would."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from test_docx import ARABIC_NOTE, ARABIC_TITLE, MIXED, make_content

from tpdesk.export.pdf import write_pdf
from tpdesk.models import Store, UserError
from tpdesk.models.content import BriefingContent, Column, ContentSection, Table
from tpdesk.models.vocab import SectionKind

PAGE = re.compile(r"Page (\d+) of (\d+)")


@pytest.fixture(scope="module")
def content() -> BriefingContent:
    return make_content(activities=90, commitments=30)


@pytest.fixture(scope="module")
def written(content: BriefingContent, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pdf(content, tmp_path_factory.mktemp("pdf") / "pack.pdf")


@pytest.fixture(scope="module")
def reader(written: Path) -> pypdf.PdfReader:
    return pypdf.PdfReader(written)


@pytest.fixture(scope="module")
def pages(reader: pypdf.PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def squeezed(text: str) -> str:
    """Text without any whitespace: a title wrapped over two lines still matches."""
    return "".join(text.split())


def outline_entries(reader: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page number from 1) of every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items: list[object], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, str(item.title),  # type: ignore[attr-defined]
                              reader.get_destination_page_number(item) + 1))  # type: ignore[arg-type]

    walk(reader.outline, 0)
    return found


def body_titles(content: BriefingContent) -> list[str]:
    return [s.title for s in content.sections if s.kind is not SectionKind.COVER]


# -- structure ----------------------------------------------------------------------

def test_several_pages_and_a_bookmark_per_section(reader, content) -> None:
    assert len(reader.pages) > 1
    entries = outline_entries(reader)
    assert [title for level, title, _ in entries if level == 0] == body_titles(content)
    assert (1, "Tunisia: Roadmap 2.0", entries[2][2]) in entries  # under its section
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_marking_and_page_x_of_y_on_every_page(pages, content) -> None:
    for number, text in enumerate(pages, start=1):
        assert text.startswith(content.marking), number
        assert PAGE.findall(text) == [(str(number), str(len(pages)))]
        assert content.traceability in text


def test_contents_lists_every_section_with_its_real_page(reader, pages) -> None:
    contents = pages[1]
    assert "Contents" in contents
    for level, title, page in outline_entries(reader):
        assert title in pages[page - 1], (title, page)
        if level == 0:
            assert re.search(rf"{re.escape(title)}\s*{page}\b", contents), (title, page)
        else:  # a sub-heading has its bookmark, not a line of the contents
            assert title not in contents, title


def test_a_long_title_wraps_in_the_contents_rather_than_being_cut(tmp_path) -> None:
    title = ("Item 1. Opening, adoption of the agenda and matters arising from the last"
             " roundtable, with the report of the co-chairs")
    base = make_content(activities=0, commitments=0)
    sections = [ContentSection(SectionKind.PURPOSE, title, []),
                ContentSection(SectionKind.ANNEX, "Annex A: Register", [])]
    content = BriefingContent(**{**base.__dict__, "sections": sections})
    contents = pypdf.PdfReader(write_pdf(content, tmp_path / "t.pdf")).pages[1].extract_text()
    assert squeezed(f"{title} 3") in squeezed(contents) and "…" not in contents
    assert squeezed("Annex A: Register 3") in squeezed(contents)


def test_cover_names_the_meeting_and_the_facts(pages, content) -> None:
    cover = pages[0]
    assert squeezed(content.title) in squeezed(cover)
    assert content.meeting in cover
    for label, value in (("Meeting date", "3 January 2027"), ("Prepared for", content.audience),
                         ("Marking", content.marking), ("Version", content.version)):
        assert f"{label} {value}" in cover


def test_every_selected_record_is_in_the_text(pages, content) -> None:
    text = squeezed("".join(pages))
    for activity in content.activities:
        assert squeezed(activity.title) in text
    for commitment in content.commitments:
        assert squeezed(commitment.text) in text


def test_annex_is_landscape_with_its_header_on_every_page(reader, pages) -> None:
    annex = [i for i, text in enumerate(pages) if "Table 2. All activities" in text]
    assert len(annex) == 1
    first = annex[0]
    following = next(i for i in range(first, len(pages)) if "Activité 89" in pages[i])
    assert following > first  # the annex runs over more than one page
    for i in range(first, following + 1):
        box = reader.pages[i].mediabox
        assert box.width > box.height, i
        assert "Partner Activity Category Start End Funding" in pages[i], i
    assert reader.pages[0].mediabox.width < reader.pages[0].mediabox.height


def test_money_and_dates_read_as_on_paper(pages) -> None:
    text = "".join(pages).replace("\u00a0", " ")  # both keep on one line with a no-break space
    assert "EUR 1,235" in text and "6 January 2025" in text


def test_timeline_is_a_picture_with_its_caption(reader, pages) -> None:
    page = next(i for i, text in enumerate(pages) if "Figure 1. Activities by start date" in text)
    images = reader.pages[page].images
    assert len(images) == 1 and images[0].image.width > 1000  # print resolution


def test_notes_and_lines_to_take(pages) -> None:
    text = "".join(pages)
    assert "Lines to take" in text and "• Welcome the first cohorts." in text
    assert "Ask Italy about the trainees' contracts." in text
    assert "— Zoë Ménard-Østergaard, 2 October 2026 · on Activité 1: formation des jeunes" in text


def test_arabic_is_extracted_in_logical_order(pages) -> None:
    text = "".join(pages)
    assert ARABIC_TITLE in text
    assert ARABIC_NOTE.rstrip(".") in text
    assert MIXED.split(": ")[1] in text
    assert re.search(rf"{ARABIC_TITLE}\s*\d+", pages[1])  # in the contents too


def test_properties_describe_the_pack(reader, content) -> None:
    meta = reader.metadata
    assert meta is not None
    assert meta.title == content.title
    assert meta.author == content.author
    assert content.marking in str(meta["/Keywords"])
    assert meta.subject == content.meeting
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_the_timeline_picture_is_the_rendered_one_pixel_for_pixel(reader, content) -> None:
    """Its PNG rows go into the PDF as they are: a reader decodes the same picture."""
    import io

    from PIL import Image, ImageChops

    from tpdesk.export.timeline import render_timeline
    from tpdesk.models.content import Timeline

    timeline = next(b for s in content.sections for b in s.blocks if isinstance(b, Timeline))
    rendered = Image.open(io.BytesIO(render_timeline(timeline, width_inches=170 / 25.4)))
    pictures = [picture.image for page in reader.pages for picture in page.images]
    assert len(pictures) == 1 and pictures[0].size == rendered.size
    assert ImageChops.difference(pictures[0].convert("RGB"), rendered).getbbox() is None


def test_fonts_are_embedded_as_subsets(reader) -> None:
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("NotoSans" in f for f in fonts) and any("NotoNaskhArabic" in f for f in fonts)
    assert all(re.match(r"/?[A-Z]{6}\+", f) for f in fonts), fonts


# -- tables ----------------------------------------------------------------------------

def test_a_column_is_never_narrower_than_its_longest_word(tmp_path) -> None:
    word = "Interinstitutionalisation"
    columns = [Column("Code", width=0.2), Column("Text", width=6.0), Column("More", width=6.0)]
    rows = [[word, "short", "x " * 80]] * 3
    content = _one_table(Table(columns, rows))
    text = pypdf.PdfReader(write_pdf(content, tmp_path / "t.pdf")).pages[2].extract_text()
    assert text.count(word) == 3


def test_a_crowded_table_wraps_dates_or_shrinks_before_it_splits_a_word(tmp_path) -> None:
    """A roadmap table of eight columns on a portrait page: once split "Partne|r",
    "Reintegratio|n", "German|y"."""
    columns = [Column("Partner", width=0.6), Column("Activity", width=3.0),
               Column("Category", width=1.2), Column("Status", width=1.0),
               Column("Start", "date", 1.0), Column("End", "date", 1.0),
               Column("Lead", width=1.0), Column("Funding", "money", 1.0)]
    rows = [["EG", "Egyptian-German Centre for Jobs, Migration and Reintegration",
             "Reintegration", "Implementation", "2023-01-01", "2026-12-31",
             "Germany", 160_000_000]] * 4
    content = _one_table(Table(columns, rows))
    text = pypdf.PdfReader(write_pdf(content, tmp_path / "t.pdf")).pages[2].extract_text()
    words = set(text.replace("\u00a0", " ").split())
    assert {"Partner", "Reintegration", "Implementation", "Germany", "Funding",
            "1,600,000"} <= words
    assert "December" in words and "2026" in words


def test_a_table_with_no_rows_says_so(tmp_path) -> None:
    content = _one_table(Table([Column("A"), Column("B")], [], caption="Nothing"))
    text = pypdf.PdfReader(write_pdf(content, tmp_path / "t.pdf")).pages[2].extract_text()
    assert "Table 1. Nothing" in text and "None." in text


def test_an_arabic_packs_table_reads_from_the_right(tmp_path) -> None:
    """The first column on the right, text against each column's right edge and an
    amount against its left: plain rows (one text object each) and a shaped cell alike."""
    columns = [Column("Code", width=1.0), Column("Name", width=2.0),
               Column("Funding", "money", 1.0)]
    rows = [["AA1", "Alpha", 1000], ["BB2", "مصر", 2000]]
    table = _one_table(Table(columns, rows))
    content = BriefingContent(**{**table.__dict__, "language": "ar"})
    page = pypdf.PdfReader(write_pdf(content, tmp_path / "t.pdf")).pages[2]
    lines = page.extract_text(extraction_mode="layout").splitlines()  # as placed, left to right
    head, first, second = (next(line for line in lines if word in line)
                           for word in ("Code", "AA1", "BB2"))
    assert head.index("Funding") < head.index("Name") < head.index("Code")
    assert first.index("EUR") < first.index("Alpha") < first.index("AA1")
    shaped = re.search("[\u0600-\u06ff]", second)  # the Arabic cell
    assert shaped is not None
    assert second.index("EUR") < shaped.start() < second.index("BB2")
    assert len(first.rstrip()) == len(second.rstrip())  # the codes end at one edge
    assert first.index("EUR") == second.index("EUR")  # the amounts start at one edge


def _one_table(table: Table) -> BriefingContent:
    base = make_content(activities=0, commitments=0)
    section = ContentSection(SectionKind.PURPOSE, "Only section", [table])
    return BriefingContent(**{**base.__dict__, "sections": [section]})


# -- files -----------------------------------------------------------------------------

def test_name_must_end_in_pdf(tmp_path, content) -> None:
    with pytest.raises(UserError, match=r"must end in \.pdf"):
        write_pdf(content, tmp_path / "pack.docx")
    with pytest.raises(UserError, match="is a folder"):
        (tmp_path / "dir.pdf").mkdir()
        write_pdf(content, tmp_path / "dir.pdf")


def test_progress_per_section_and_cancel_writes_nothing(tmp_path) -> None:
    content = make_content(activities=3, commitments=1)
    seen: list[tuple[int, int]] = []
    write_pdf(content, tmp_path / "ok.pdf", progress=lambda d, t: seen.append((d, t)))
    total = len(content.sections) + 1
    assert seen[0] == (0, total) and seen[-1] == (total, total)

    def cancel(done: int, _total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_pdf(content, tmp_path / "no.pdf", progress=cancel)
    assert not (tmp_path / "no.pdf").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["ok.pdf"]


def test_every_demo_pack_exports(store: Store, tmp_path) -> None:
    from tpdesk.models.briefing import assemble
    from tpdesk.models.demo import load_demo
    from tpdesk.models.records import Pack

    load_demo(store)
    for pack in store.list(Pack):
        content = assemble(store, pack)
        reader = pypdf.PdfReader(write_pdf(content, tmp_path / f"{pack.id}.pdf"))
        assert [t for level, t, _ in outline_entries(reader) if level == 0] == \
            body_titles(content)
        text = squeezed("".join(p.extract_text() for p in reader.pages))
        assert all(squeezed(a.title) in text for a in content.activities)
        assert reader.metadata is not None and reader.metadata.author == content.author


def test_a_pack_titled_in_arabic(store: Store, tmp_path) -> None:
    import dataclasses

    from tpdesk.models.briefing import assemble
    from tpdesk.models.demo import load_demo
    from tpdesk.models.records import Pack

    load_demo(store)
    title = "إحاطة للمائدة المستديرة الرابعة للشراكة بين الاتحاد الأوروبي ومصر"
    pack = dataclasses.replace(next(p for p in store.list(Pack) if "Egypt" in p.title),
                               title=title)
    reader = pypdf.PdfReader(write_pdf(assemble(store, pack), tmp_path / "ar.pdf"))
    assert reader.metadata is not None and reader.metadata.title == title
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    assert squeezed(title) in squeezed(reader.pages[0].extract_text())
