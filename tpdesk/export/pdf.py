"""The briefing pack as a PDF book, for readers without Word, made without Word or LibreOffice.

`write_pdf` takes the same assembled `BriefingContent` as `write_docx` and
lays out the same document: cover, contents (with the page numbers a .docx
can only leave to Word), a section per pack section with bookmarks by section
and subheading, numbered table and figure captions, the marking in every
header, "Page X of Y" and the traceability line in every footer, the annex in
landscape and the timeline picture. fpdf2 writes it (LGPL-3.0, bundled as
loose source), with HarfBuzz shaping Arabic; the fonts are embedded as subsets.
"""

from __future__ import annotations

import math
import os
import struct
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import PageMode
from fpdf.outline import OutlineSection

from ..models.content import (
    Block,
    BriefingContent,
    Bullets,
    ContentSection,
    KeyFigures,
    Notes,
    Paragraph,
    Subheading,
    Table,
    Timeline,
)
from ..models.errors import UserError
from ..models.l10n import translate
from ..models.pack_words import words_for
from ..models.vocab import SectionKind
from .files import write_atomically
from .pdf_layout import ACCENT, BODY_PT, INK, MUTED, PT, RULE, PackPdf
from .pdf_tables import TableDrawer, draw_pairs, table_drawer
from .text import CONTENTS_LEVELS, clean, is_rtl
from .timeline import render_timeline

Progress = Callable[[int, int], None]

TOC_LINE = 6.5  # mm per entry of the contents
TOC_WRAPPED = 5.0  # mm more for each line of an entry that wraps
NUMBER_HANG = 10.0  # mm for the numbers of a briefing note's paragraphs


def write_pdf(content: BriefingContent, path: str | os.PathLike[str], *,
              progress: Progress | None = None) -> Path:
    """Write the pack to `path` (replaced only once complete) and return the path.

    `progress(done, total)` is called once per section and once after saving;
    it may raise to cancel, and nothing is written then.
    """
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise UserError(translate("Core", "{target}: a PDF file's name must end in .pdf"
                                  ).format(target=target))
    if target.is_dir():
        raise UserError(translate("Core", "{target} is a folder").format(target=target))
    writer = _Writer(content)
    total = len(content.sections) + 1
    try:
        if progress:
            progress(0, total)
        for done in writer.write():
            if progress:
                progress(done, total)
        write_atomically(lambda temp: writer.pdf.output(str(temp)), target,
                         reader="a PDF reader")
    finally:
        writer.pdf.release()
    if progress:
        progress(total, total)
    return target


def _entry_font(level: int) -> tuple[float, str]:
    """The size and style of a contents entry at `level`."""
    return (10.5, "B") if level == 0 else (9.5, "")


class _Writer:
    """Lays out one pack on a `PackPdf`, section by section."""

    def __init__(self, content: BriefingContent) -> None:
        self.content = content
        self.w = words_for(content.language)
        self.pdf = PackPdf(marking=content.marking, footer_line=content.traceability,
                           rtl=self.w.right_to_left, page_label=self.w("page"))
        self.tables = self.figures = 0
        self.landscape = False
        self.contents_pages = 1  # set when the contents are placed
        self.drawers: dict[tuple[str, ...], TableDrawer] = {}  # the section's shared ones
        self.pictures: dict[int, tuple[bytes, float]] = {}  # timelines drawn, by block

    def _body_sections(self) -> Iterator[ContentSection]:
        return (s for s in self.content.sections if s.kind is not SectionKind.COVER)

    def write(self) -> Iterator[int]:
        """Write everything; yield the number of sections done after each one."""
        cover = next((s for s in self.content.sections if s.kind is SectionKind.COVER), None)
        self._metadata()
        self.pdf.add_page()
        self.write_cover(cover)
        done = 1 if cover else 0
        if cover:
            yield done
        self.write_contents()
        for index, section in enumerate(self._body_sections()):
            self.write_section(section, first=index == 0)
            done += 1
            yield done
        self.pdf.number_pages()

    # -- the document -------------------------------------------------------------

    def write_cover(self, cover: ContentSection | None) -> None:
        c, pdf = self.content, self.pdf
        pdf.set_y(pdf.t_margin + 55)
        pdf.flow(c.title, size=26, style="B", colour=ACCENT, after=5, line_height=1.2)
        if c.meeting:
            pdf.flow(c.meeting, size=14, colour=MUTED, after=8)
        draw_pairs(pdf, c.cover_facts(), width=min(pdf.epw, 110),
                   label_share=0.35, boxed=False)
        if cover is not None:
            pdf.ln(4)
            for block in cover.blocks:
                if isinstance(block, Subheading):  # not a heading of the contents
                    pdf.flow(block.text, size=14, colour=MUTED, after=4)
                else:
                    self.write_block(block)

    def write_contents(self) -> None:
        """The heading now and room for the entries, filled in once the page numbers are known."""
        pdf = self.pdf
        pdf.add_page()
        pdf.single_line(self.w("contents"), x=pdf.l_margin, y=pdf.y, width=pdf.epw, height=10,
                        size=16, style="B", colour=ACCENT)
        pdf.ln(14)
        # The entries are the sections (CONTENTS_LEVELS), a title that wraps taking more room.
        entries = sum(TOC_LINE + TOC_WRAPPED * (len(self.entry_lines(s.title, 0)) - 1)
                      for s in self._body_sections())
        first = pdf.room() - TOC_LINE
        later = pdf.page_break_trigger - pdf.t_margin - TOC_LINE
        self.contents_pages = 1 + max(0, math.ceil((entries * 1.15 - first) / later))
        pdf.insert_toc_placeholder(self.render_contents, pages=self.contents_pages)

    def entry_lines(self, name: str, level: int) -> list[str]:
        """An entry of the contents as the lines it takes beside its page number."""
        size, style = _entry_font(level)
        metrics = self.pdf.metrics(style, size)
        text = clean(name)
        width = self.pdf.epw - 6.0 * level - 16
        if not metrics.plain(text):  # Arabic, or mixed: wrapped as shaped
            return self.pdf.wrap_shaped(text, width, size=size, style=style)
        return [line for line, _ in metrics.wrap(text, width, "text")]

    def render_contents(self, _pdf: FPDF, outline: list[OutlineSection]) -> None:
        """The entries, each a link to its page, with the page number on the right."""
        pdf = self.pdf
        width = pdf.epw
        first_page = pdf.page
        for entry in outline:
            if entry.level >= CONTENTS_LEVELS:
                continue
            indent = 6.0 * entry.level
            size, style = _entry_font(entry.level)
            colour = INK if entry.level == 0 else MUTED
            link = pdf.add_link(page=entry.page_number)
            lines = self.entry_lines(entry.name, entry.level)
            if pdf.y + TOC_LINE + TOC_WRAPPED * (len(lines) - 1) > pdf.page_break_trigger:
                pdf.add_page()  # during the contents: the next page set aside for them
            y = pdf.y
            # Entries from the reading side, their page numbers at the other end.
            name_x = pdf.l_margin + (16 if pdf.rtl else indent)
            for line in lines:
                pdf.single_line(line, x=name_x, y=y, width=width - indent - 16,
                                height=TOC_LINE, size=size, style=style, colour=colour,
                                link=link)
                y += TOC_WRAPPED
            y -= TOC_WRAPPED  # the number goes on the last line
            pdf.single_line(str(entry.page_number),
                            x=pdf.l_margin + (0 if pdf.rtl else width - 14), y=y,
                            width=14, height=TOC_LINE, size=size, style=style, colour=colour,
                            align="R", link=link)
            pdf.set_xy(pdf.l_margin, y + TOC_LINE)
        # fpdf wants exactly the pages set aside; the estimate errs on the long side.
        while pdf.page - first_page + 1 < self.contents_pages:
            pdf.add_page()

    def write_section(self, section: ContentSection, *, first: bool = False) -> None:
        pdf = self.pdf
        landscape = any(isinstance(b, Table) and b.landscape for b in section.blocks)
        if landscape != self.landscape:
            pdf.add_page(orientation="L" if landscape else "P")
            self.landscape = landscape
        lead = section.blocks[0] if section.blocks else None
        # A section that opens with its timeline keeps its heading on the picture's page.
        self.heading(1, section.title, keep=self.timeline_height(lead)
                     if isinstance(lead, Timeline) else 0.0)
        if first and self.content.scope:  # the first page says what the pack covers
            pdf.flow(self.w("first_page.covers", scope=self.content.scope), style="I",
                     colour=MUTED)
        if section.is_empty:
            pdf.flow(self.w("empty_section"), style="I", colour=MUTED)
        self.drawers = self.shared_drawers(section.blocks)
        for block in section.blocks:
            self.write_block(block)

    def shared_drawers(self, blocks: list[Block]) -> dict[tuple[str, ...], TableDrawer]:
        """One drawer, with widths judged on all, for the tables of one kind in a section."""
        groups: dict[tuple[str, ...], list[Table]] = {}
        for block in blocks:
            if isinstance(block, Table) and block.rows:
                groups.setdefault(block.shape, []).append(block)
        drawers = {}
        for shape, tables in groups.items():
            if len(tables) > 1:
                drawers[shape] = table_drawer(self.pdf, tables[0].columns)
                drawers[shape].prepare([t.rows for t in tables])
        return drawers

    def heading(self, level: int, text: str, *, keep: float = 0.0) -> None:
        """A heading kept with what follows (`keep` mm of it, if more than its first
        lines), and its bookmark (which the contents lists)."""
        pdf = self.pdf
        size = 16.0 if level == 1 else 12.5
        # Room for the heading's own lines and what must follow it on the page: a section
        # heading needs room for a subheading and its first lines too.
        lines = pdf.lines_of(text, pdf.epw, size=size, style="B")
        pdf.ensure(size * PT * 1.2 * lines + max(keep + 12, 45 if level == 1 else 25))
        if pdf.y > pdf.t_margin + 1:
            pdf.ln(6 if level == 1 else 3)
        pdf.start_section(clean(text), level=level - 1)
        pdf.flow(text, size=size, style="B", colour=ACCENT, after=1.5, line_height=1.2)
        if level == 1:
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.3)
            pdf.line(pdf.l_margin, pdf.y, pdf.l_margin + pdf.epw, pdf.y)
            pdf.ln(3)

    # -- blocks ---------------------------------------------------------------------

    def write_block(self, block: Block) -> None:
        pdf = self.pdf
        if isinstance(block, Paragraph) and block.number:
            pdf.flow(block.text.strip(), indent=NUMBER_HANG, bullet=block.number, after=2.5)
        elif isinstance(block, Paragraph):
            for part in block.text.split("\n\n"):
                if part.strip():
                    pdf.flow(part.strip(), after=2.5)
        elif isinstance(block, Subheading):
            self.heading(2, block.text)
        elif isinstance(block, Bullets):
            if block.title:
                self.lead_in(block.title)
            for item in block.items:
                if is_rtl(item) and not pdf.rtl:  # fpdf2 puts a bullet on the left only
                    pdf.single_line("•", x=pdf.l_margin + pdf.epw - 3, y=pdf.y, width=3,
                                    height=BODY_PT * PT * 1.35, size=BODY_PT)
                    pdf.flow(item, right_indent=5, after=1.2)
                else:
                    pdf.flow(item, indent=5, bullet="•", after=1.2)
            pdf.ln(1.5)
        elif isinstance(block, KeyFigures):
            draw_pairs(pdf, block.items, width=pdf.epw * 0.55, label_share=0.62, boxed=True)
            pdf.ln(4)
        elif isinstance(block, Table):
            self.write_table(block)
        elif isinstance(block, Timeline):
            self.write_timeline(block)
        elif isinstance(block, Notes):
            self.write_notes(block)

    def lead_in(self, title: str) -> None:
        """A bold line that introduces a list, kept on the page of its first item."""
        self.pdf.ensure(16)
        self.pdf.flow(title, style="B", after=1.2)

    def caption(self, label: str, number: int, text: str) -> None:
        shown = self.w(f"caption.{label.lower()}")
        self.pdf.flow(f"{shown} {number}. {text}", size=9, style="B", colour=MUTED, after=1.5)

    def write_table(self, block: Table) -> None:
        pdf = self.pdf
        if block.caption:
            self.tables += 1
            pdf.ensure(30)  # the caption stays with the header and the first rows
            self.caption("Table", self.tables, block.caption)
        if not block.rows:
            pdf.flow(self.w("empty_table"), style="I", colour=MUTED)
            return
        drawer = self.drawers.get(block.shape) or table_drawer(pdf, block.columns)
        drawer.draw(block.rows)
        pdf.ln(4)

    def timeline_picture(self, block: Timeline) -> tuple[bytes, float]:
        """The chart at the page's width and its height in mm, drawn once per block."""
        key = id(block)
        if key not in self.pictures:
            width = self.pdf.epw
            png = render_timeline(block, width_inches=width / 25.4, words=self.w)
            pixels_w, pixels_h = struct.unpack(">II", png[16:24])  # the PNG's IHDR chunk
            self.pictures[key] = (png, width * pixels_h / pixels_w)
        return self.pictures[key]

    def timeline_height(self, block: Timeline) -> float:
        """The room the chart takes, at most a page's."""
        return min(self.timeline_picture(block)[1],
                   self.pdf.page_break_trigger - self.pdf.t_margin - 40)

    def write_timeline(self, block: Timeline) -> None:
        pdf = self.pdf
        width = pdf.epw
        png, height = self.timeline_picture(block)
        if height > pdf.room() and pdf.y > pdf.t_margin + 1:
            pdf.turn()
        height = min(height, pdf.room() - 8)
        pdf.png(png, x=pdf.l_margin, y=pdf.y, width=width, height=height)
        pdf.set_y(pdf.y + height + 1.5)
        if block.caption:
            self.figures += 1
            self.caption("Figure", self.figures, block.caption)
        pdf.ln(2)

    def write_notes(self, block: Notes) -> None:
        pdf = self.pdf
        if block.title:
            self.lead_in(block.title)
        for note in block.items:
            pdf.ensure(18)  # a note keeps its first lines with the page it starts on
            top = pdf.y
            pdf.flow(note.text, style="I", indent=5, right_indent=5, after=0.8)
            source = [note.author or self.w("note.unsigned")]
            if note.date:
                source.append(self.w.date(note.date))
            line = "— " + ", ".join(source) + (self.w("note.on") + note.about if note.about
                                                else "")
            pdf.flow(line, size=8.5, colour=MUTED, indent=5, after=0.5)
            if pdf.y > top:  # the bar beside the quote, on the page where it ends
                pdf.set_draw_color(*RULE)
                pdf.set_line_width(0.8)
                bar = pdf.l_margin + (pdf.epw - 1.5 if pdf.rtl else 1.5)
                pdf.line(bar, top + 0.5, bar, pdf.y - 0.5)
            pdf.ln(2.5)

    # -- around the body --------------------------------------------------------------

    def _metadata(self) -> None:
        c, pdf = self.content, self.pdf
        pdf.set_title(clean(c.title))
        pdf.set_author(clean(c.author))
        pdf.set_subject(clean(c.meeting or self.w("category")))
        pdf.set_keywords([k for k in (clean(c.marking), self.w("category")) if k])
        pdf.set_creator("tpdesk")
        pdf.set_lang("ar" if self.w.english and is_rtl(c.title) else self.w.code)
        pdf.set_display_mode("fullpage", "single")
        pdf.page_mode = PageMode.USE_OUTLINES  # the bookmarks show when the file opens
        try:
            stamp = datetime.fromisoformat(c.prepared_at.replace("Z", "+00:00"))
        except ValueError:
            return
        pdf.set_creation_date(stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC))
