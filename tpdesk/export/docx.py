"""The briefing pack as a Word document a secretariat can send as it is.

`write_docx` takes the assembled `BriefingContent` (never the Store), so it
runs the same from the desktop app's worker thread, the command line and the
tests. The look comes from a template's named styles; the writer adds the
structure: cover, contents, a section per pack section, the marking on every
page, page numbers and the traceability line, a landscape annex and the
timeline picture. Tables are written as XML text (see `docx_xml`) because
the annex can hold thousands of rows.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Emu

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
from ..paths import resource
from . import compat
from . import docx_xml as x
from .compat import OxmlElement
from .docx_rtl import joined, mirror, mirrored_body
from .files import write_atomically
from .text import CONTENTS_LEVELS, is_rtl
from .timeline import render_timeline

# Before the JSON of the register and its watermark, in the document's identifier property.
WATERMARK_PREFIX = "tpdesk-watermark "

Progress = Callable[[int, int], None]

TEMPLATE_NAME = "briefing-template.docx"
REQUIRED_STYLES: dict[str, str] = {
    "Title": "paragraph", "Subtitle": "paragraph", "Heading 1": "paragraph",
    "Heading 2": "paragraph", "Heading 3": "paragraph", "Normal": "paragraph",
    "Caption": "paragraph", "List Bullet": "paragraph", "Marking": "paragraph",
    "tpdesk Table": "table",
}
"""What a template must define, by the names Word shows; the writer refers to all of them."""

OPTIONAL_STYLES: dict[str, str] = {
    "Table Text": "Normal", "Quote": "Normal", "Note Source": "Normal",
    "TOC Heading": "Heading 1", "toc 1": "Normal", "toc 2": "Normal", "toc 3": "Normal",
    "Header": "Normal", "Footer": "Normal",
}
"""Used when the template has them, otherwise the style named as the fallback."""

TWIPS_TO_EMU = 635
BODY_MARKER = "tpdesk-body"
NUMBER_HANG = 567  # twips (1 cm) for the numbers of a briefing note's paragraphs


def default_template() -> Path:
    return resource(TEMPLATE_NAME)


def write_docx(content: BriefingContent, path: str | os.PathLike[str], *,
               template: str | os.PathLike[str] | None = None,
               progress: Progress | None = None) -> Path:
    """Write the pack to `path` (replaced only once complete) and return the path.

    `progress(done, total)` is called once per section and once after saving;
    it may raise to cancel, and nothing is written then.
    """
    target = Path(path)
    if target.suffix.lower() != ".docx":
        raise UserError(translate("Core", "{target}: a Word document's name must end in"
                                  " .docx").format(target=target))
    if target.is_dir():
        raise UserError(translate("Core", "{target} is a folder").format(target=target))
    document, styles = open_template(Path(template) if template else default_template())
    writer = _Writer(document, styles, content)
    total = len(content.sections) + 1
    if progress:
        progress(0, total)
    for done in writer.write():
        if progress:
            progress(done, total)
    write_atomically(writer.save, target, reader="Word")
    if progress:
        progress(total, total)
    return target


# -- the template ------------------------------------------------------------------

def open_template(path: Path) -> tuple[Document, dict[str, str]]:
    """The template opened, with the style id of every style the writer uses.

    A template that lacks a required style is refused in one line naming it,
    rather than producing a document that silently falls back to Normal.
    """
    if not path.is_file():
        raise UserError(translate("Core", "template {path} not found").format(path=path))
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise UserError(translate("Core", "template {path} is not a Word document (.docx)"
                                  ).format(path=path)) from None
    found: dict[str, tuple[str, str]] = {}
    for style in compat.styles_xml(document).findall(x.w("style")):
        name = style.find(x.w("name"))
        style_id = style.get(x.w("styleId"))
        if name is not None and style_id:
            found.setdefault(name.get(x.w("val"), "").casefold(),
                             (style_id, style.get(x.w("type"), "")))
    missing = [name for name, kind in REQUIRED_STYLES.items()
               if found.get(name.casefold(), ("", ""))[1] != kind]
    if missing:
        count = len(missing)
        raise UserError(translate("Core", "template {path} lacks %Ln style(s): {missing} (a"
                                  " briefing template needs: {needed})", None, count).format(
            path=path, missing=", ".join(f"'{m}'" for m in missing),
            needed=", ".join(REQUIRED_STYLES)))
    ids = {name: found[name.casefold()][0] for name in REQUIRED_STYLES}
    for name, fallback in OPTIONAL_STYLES.items():
        ids[name] = found[name.casefold()][0] if name.casefold() in found else ids[fallback]
    return document, ids


# -- the body ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Page:
    """Text width of a section's page, portrait and landscape, in twips."""

    portrait: int
    landscape: int
    portrait_height: int  # text height, for keeping a table on one page
    landscape_height: int

    @classmethod
    def of(cls, sect_pr: OxmlElement) -> _Page:
        size, margins = sect_pr.find(x.w("pgSz")), sect_pr.find(x.w("pgMar"))
        a = int(size.get(x.w("w"), "11906")) if size is not None else 11906
        b = int(size.get(x.w("h"), "16838")) if size is not None else 16838
        side = top = 0
        if margins is not None:
            side = sum(int(margins.get(x.w(k), "0")) for k in ("left", "right", "gutter"))
            top = sum(abs(int(margins.get(x.w(k), "0"))) for k in ("top", "bottom"))
        short, long_ = min(a, b), max(a, b)
        return cls(portrait=short - side, landscape=long_ - side,
                   portrait_height=long_ - top, landscape_height=short - top)


FOOTER_PT = 8.0  # the template's Footer style
FOOTER_SLACK = 1.3


def _text_width(sect_pr: OxmlElement) -> int:
    size, margins = sect_pr.find(x.w("pgSz")), sect_pr.find(x.w("pgMar"))
    width = int(size.get(x.w("w"), "11906")) if size is not None else 11906
    if margins is not None:
        width -= sum(int(margins.get(x.w(k), "0")) for k in ("left", "right", "gutter"))
    return width


class _Writer:
    """Writes one document: the body as XML text, straight into the saved package
    (`compat.save_with_body`).

    python-docx keeps everything else (styles, settings, headers, footers,
    the picture). The body never becomes an lxml tree here: moving parsed
    rows into python-docx's tree costs a namespace fix-up per element
    (seconds for an annex of thousands of rows), and parsing and serialising
    it again would double the work for nothing. The tests parse it back.
    """

    def __init__(self, document: Document, styles: dict[str, str],
                 content: BriefingContent) -> None:
        self.document, self.styles, self.content = document, styles, content
        body = compat.body_of(document)
        final = body.find(x.w("sectPr"))
        if final is None:
            final = x.parse("<w:p><w:pPr><w:sectPr/></w:pPr></w:p>")[0][0][0]
        for child in list(body):
            body.remove(child)
        for flag in final.findall(x.w("titlePg")):  # would leave the first page unmarked
            final.remove(flag)
        self.base = x.oriented(final, landscape=False)
        self.page = _Page.of(self.base)
        self.direct = compat.binds_prefixes(document, {"w": x.W_NS, "r": x.R_NS})
        self.landscape = False
        self.buffer: list[str] = []
        self.tables = self.figures = 0
        self.shapes = self.bookmarks = 0
        self.headings = iter(self._heading_entries())
        self.new_page = False
        self.w = words_for(content.language)

    # -- plumbing -----------------------------------------------------------------

    @property
    def width(self) -> int:
        return self.page.landscape if self.landscape else self.page.portrait

    @property
    def height(self) -> int:
        return self.page.landscape_height if self.landscape else self.page.portrait_height

    def emit(self, xml: str) -> None:
        self.buffer.append(xml)

    def save(self, path: Path) -> None:
        """The package as python-docx writes it, with this body in word/document.xml."""
        buffer = [mirrored_body("".join(self.buffer))] if self.w.right_to_left else self.buffer
        if self.direct:
            compat.save_with_body(self.document, path, buffer, marker=BODY_MARKER)
            return
        # A template that names the namespaces otherwise: the slow way.
        body = compat.body_of(self.document)
        for element in x.parse("".join(buffer)):
            body.append(element)
        self.document.save(str(path))

    def section_properties(self, *, landscape: bool) -> str:
        """A section's properties, with its own header (marking) and footer (page numbers)."""
        sect_pr = x.oriented(self.base, landscape=landscape)
        width = _text_width(sect_pr)
        header, header_id = compat.add_header(self.document)
        footer, footer_id = compat.add_footer(self.document)
        self._header(header)
        self._footer(footer, width)
        refs = x.parse(f'<w:headerReference w:type="default" r:id="{header_id}"/>'
                       f'<w:footerReference w:type="default" r:id="{footer_id}"/>')
        for ref in reversed(refs):  # the schema puts the references first
            sect_pr.insert(0, ref)
        return x.serialize(sect_pr)

    def style(self, name: str) -> str:
        return self.styles[name]

    def _heading_entries(self) -> list[tuple[int, str, str]]:
        """Every heading the TOC lists, in order, each with its bookmark name."""
        entries: list[tuple[int, str, str]] = []
        for section in self._body_sections():
            entries.append((1, section.title, f"_Toc{100000001 + len(entries)}"))
            for block in section.blocks:
                if isinstance(block, Subheading):
                    entries.append((2, block.text, f"_Toc{100000001 + len(entries)}"))
        return entries

    def _body_sections(self) -> Iterator[ContentSection]:
        return (s for s in self.content.sections if s.kind is not SectionKind.COVER)

    # -- the document ------------------------------------------------------------

    def write(self) -> Iterator[int]:
        """Write everything; yield the number of sections done after each one."""
        sections = self.content.sections
        cover = next((s for s in sections if s.kind is SectionKind.COVER), None)
        self.write_cover(cover)
        self.write_contents()
        done = 1 if cover else 0
        if cover:
            yield done
        for index, section in enumerate(self._body_sections()):
            self.write_section(section, first=index == 0)
            done += 1
            yield done
        self.emit(self.section_properties(landscape=self.landscape))
        self._settings()
        self._properties()

    def write_cover(self, cover: ContentSection | None) -> None:
        c = self.content
        spacing = "" if cover else '<w:spacing w:before="0"/>'
        self.emit(x.text_paragraph(c.title, style=self.style("Title"), spacing=spacing))
        if c.meeting:
            self.emit(x.text_paragraph(c.meeting, style=self.style("Subtitle")))
        self.emit(x.pairs(c.cover_facts(), width=min(self.width, 6240),
                          style=None, text_style=self.style("Normal"), label_share=0.35))
        if cover is not None:
            for block in cover.blocks:
                if isinstance(block, Subheading):  # not a heading of the contents
                    self.emit(x.text_paragraph(block.text, style=self.style("Subtitle")))
                else:
                    self.write_block(block)
            self.emit(x.page_break())

    def write_contents(self) -> None:
        self.emit(x.text_paragraph(self.w("contents"), style=self.style("TOC Heading")))
        levels = {i: self.style(f"toc {i}") for i in (1, 2, 3)}
        self.emit(x.toc(self._heading_entries(), styles=levels, levels=CONTENTS_LEVELS,
                        empty=self.w("contents.update")))
        self.new_page = True

    def write_section(self, section: ContentSection, *, first: bool = False) -> None:
        landscape = any(isinstance(b, Table) and b.landscape for b in section.blocks)
        if landscape != self.landscape:
            # A section break starts a new page by itself.
            self.emit_section_break()
            self.landscape = landscape
            self.new_page = False
        self.write_heading(1, section.title, page_break=self.new_page)
        self.new_page = False
        if first and self.content.scope:  # the first page says what the pack covers
            self.emit(x.text_paragraph(self.w("first_page.covers", scope=self.content.scope),
                                       style=self.style("Normal"), italic=True))
        if section.is_empty:
            self.emit(x.text_paragraph(self.w("empty_section"), style=self.style("Normal"),
                                       italic=True))
        shared = self.shared_widths(section.blocks)
        blocks = section.blocks
        for i, block in enumerate(blocks):
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(block, Table):
                self.write_table(block, widths=shared.get(block.shape))
            else:  # a line that introduces a table stays on its page
                self.write_block(block, keep_next=isinstance(after, Table))

    def shared_widths(self, blocks: list[Block]) -> dict[tuple[str, ...], list[int]]:
        """One set of column widths for the tables of one kind in a section, judged on all."""
        groups: dict[tuple[str, ...], list[Table]] = {}
        for block in blocks:
            if isinstance(block, Table) and block.rows:
                groups.setdefault(block.shape, []).append(block)
        widths = {}
        for kind, tables in groups.items():
            if len(tables) > 1:
                columns = tables[0].columns
                sample = [row for t in tables for row in x.cell_texts(columns, t.rows)]
                widths[kind] = x.column_widths(columns, sample,
                                               x.table_width(columns, self.width))
        return widths

    def emit_section_break(self) -> None:
        """End the current section here, keeping its orientation."""
        self.emit(f"<w:p><w:pPr>{self.section_properties(landscape=self.landscape)}</w:pPr></w:p>")

    def write_heading(self, level: int, text: str, *, page_break: bool = False) -> None:
        entry_level, entry_text, anchor = next(self.headings)
        assert (entry_level, entry_text) == (level, text)
        rtl = is_rtl(text)
        self.bookmarks += 1
        content = x.bookmarked(anchor, self.bookmarks, x.runs(text))
        self.emit(x.paragraph(content, style=self.style(f"Heading {level}"), rtl=rtl,
                              page_break_before=page_break))

    # -- blocks -----------------------------------------------------------------------

    def write_block(self, block: Block, *, keep_next: bool = False) -> None:
        if isinstance(block, Paragraph) and block.number:
            self.emit(x.numbered_paragraph(block.number, block.text.strip(),
                                           style=self.style("Normal"), hang=NUMBER_HANG,
                                           keep_next=keep_next))
        elif isinstance(block, Paragraph):
            parts = [part.strip() for part in block.text.split("\n\n") if part.strip()]
            for i, part in enumerate(parts):
                self.emit(x.text_paragraph(part, style=self.style("Normal"),
                                           keep_next=keep_next and i == len(parts) - 1))
        elif isinstance(block, Subheading):
            self.write_heading(2, block.text)
        elif isinstance(block, Bullets):
            self.write_bullets(block)
        elif isinstance(block, KeyFigures):
            self.emit(x.pairs(block.items, width=int(self.width * 0.55),
                              style=self.style("tpdesk Table"),
                              text_style=self.style("Table Text"), label_share=0.62,
                              value_align="right"))
            self.emit(x.paragraph("", style=self.style("Normal"),
                                  spacing='<w:spacing w:after="0"/>'))
        elif isinstance(block, Table):
            self.write_table(block)
        elif isinstance(block, Timeline):
            self.write_timeline(block)
        elif isinstance(block, Notes):
            self.write_notes(block)

    def lead_in(self, title: str) -> None:
        """A bold line that introduces a list, kept on the page of its first item."""
        self.emit(x.text_paragraph(title, style=self.style("Normal"), bold=True,
                                   keep_next=True, spacing='<w:spacing w:after="60"/>'))

    def write_bullets(self, block: Bullets) -> None:
        if block.title:
            self.lead_in(block.title)
        for item in block.items:
            self.emit(x.text_paragraph(item, style=self.style("List Bullet")))

    def caption(self, label: str, number: int, text: str) -> str:
        """'Table 3. …': `label` names the sequence (Table, Figure), shown in the pack's words."""
        shown = self.w(f"caption.{label.lower()}")
        runs = (x.run(f"{shown} ") + x.field(f"SEQ {label} \\* ARABIC", str(number))
                + x.run(". ") + x.runs(text))
        return x.paragraph(runs, style=self.style("Caption"), keep_next=label == "Table")

    def write_table(self, block: Table, *, widths: list[int] | None = None) -> None:
        if block.caption:
            self.tables += 1
            self.emit(self.caption("Table", self.tables, block.caption))
        if not block.rows:
            self.emit(x.text_paragraph(self.w("empty_table"), style=self.style("Normal"),
                                       italic=True))
            return
        self.emit(x.table(block.columns, block.rows, width=self.width,
                          style=self.style("tpdesk Table"),
                          text_style=self.style("Table Text"), widths=widths,
                          # a table kept whole, with its heading, must fit on a page
                          keep_height=int(self.height * 0.6)))
        # Word needs a paragraph between two tables, or it merges them.
        self.emit(x.paragraph("", style=self.style("Normal"), spacing='<w:spacing w:after="0"/>'))

    def write_timeline(self, block: Timeline) -> None:
        width_twips = self.width
        png = render_timeline(block, width_inches=width_twips / 1440, words=self.w)
        rid, px_width, px_height = compat.add_image(self.document, png)
        cx = Emu(width_twips * TWIPS_TO_EMU)
        cy = Emu(round(cx * px_height / px_width))
        self.shapes += 1
        inline = compat.inline_picture(self.shapes, rid, f"timeline{self.shapes}.png", cx, cy)
        drawing = f"<w:r><w:drawing>{x.serialize(inline)}</w:drawing></w:r>"
        self.emit(x.paragraph(drawing, style=self.style("Normal"),
                              keep_next=bool(block.caption), align="center"))
        if block.caption:
            self.figures += 1
            self.emit(self.caption("Figure", self.figures, block.caption))

    def write_notes(self, block: Notes) -> None:
        if block.title:
            self.lead_in(block.title)
        for note in block.items:
            # A note stays on one page with its source line.
            self.emit(x.text_paragraph(note.text, style=self.style("Quote"), keep_next=True))
            source = [note.author or self.w("note.unsigned")]
            if note.date:
                source.append(self.w.date(note.date))
            line = x.run("— " + ", ".join(source) + (self.w("note.on") if note.about else ""))
            if note.about:
                line += x.runs(note.about, italic=True)
            self.emit(x.paragraph(line, style=self.style("Note Source")))

    # -- around the body ----------------------------------------------------------------

    def _header(self, element: OxmlElement) -> None:
        for child in list(element):
            element.remove(child)
        for node in x.parse(x.text_paragraph(self.content.marking or " ",
                                             style=self.style("Marking"))):
            element.append(node)
        if self.w.right_to_left:
            mirror(element)
            joined(element)

    def _footer(self, element: OxmlElement, width: int) -> None:
        for child in list(element):
            element.remove(child)
        trace = self.content.traceability
        before, between = self.w("page.before"), self.w("page.between")
        page = (x.run(before) + x.field("PAGE", "1") + x.run(between)
                + x.field("NUMPAGES", "1"))
        style = self.style("Footer")
        # "Page 999 of 999" at its widest; slack for Carlito against Calibri and for
        # Arabic, which LibreOffice sets in a wider complex-script font.
        page_width = int(x.text_twips(f"{before}999{between}999", font_pt=FOOTER_PT)
                         * FOOTER_SLACK)
        if x.text_twips(trace, font_pt=FOOTER_PT) * FOOTER_SLACK + page_width <= width:
            tabs = f'<w:tab w:val="right" w:pos="{width}"/>'
            xml = x.paragraph(x.runs(trace) + "<w:r><w:tab/></w:r>" + page, style=style,
                              tabs=tabs)
        else:  # the trace wraps in a cell of its own; "Page X of Y" stays whole beside it
            xml = x.footer_row(x.runs(trace), page, width=width, end_width=page_width,
                               style=style)
        for node in x.parse(xml):
            element.append(node)
        if self.w.right_to_left:
            mirror(element)

    def _settings(self) -> None:
        """Ask Word to refresh fields (contents, page numbers) when the file opens."""
        settings = compat.settings_xml(self.document)
        for name in ("updateFields", "evenAndOddHeaders"):
            for old in settings.findall(x.w(name)):
                settings.remove(old)
        flag = x.parse('<w:updateFields w:val="true"/>')[0]
        # The schema fixes the order of settings: updateFields precedes these.
        later = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
                 "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
                 "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade",
                 "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
                 "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")
        for child in settings:
            if isinstance(child.tag, str) and child.tag.split("}")[-1] in later:
                child.addprevious(flag)
                break
        else:
            settings.append(flag)

    def _properties(self) -> None:
        c = self.content
        props = self.document.core_properties
        props.title = c.title
        props.subject = c.meeting
        # The pack's author, never the login of the workstation that wrote the file.
        props.author = props.last_modified_by = c.author
        props.keywords = c.marking
        props.category = self.w("category")
        props.language = self.w.code
        props.comments = c.traceability
        if c.watermark:  # machine-readable, for telling later how far behind the pack is
            props.identifier = WATERMARK_PREFIX + json.dumps(
                {"register": c.register_id, "watermark": c.watermark}, sort_keys=True)
        props.revision = max(1, int(c.version)) if c.version.isdigit() else 1
        try:
            stamp = datetime.fromisoformat(c.prepared_at.replace("Z", "+00:00"))
        except ValueError:
            return
        props.created = props.modified = stamp.replace(tzinfo=None)
