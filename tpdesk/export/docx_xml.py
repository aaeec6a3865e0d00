"""WordprocessingML written as text: paragraphs, fields, bookmarks and big tables.

python-docx builds a table cell by cell through Python objects, about ten
times slower than writing the same XML as text and letting lxml parse it in
one go; an annex of thousands of activities needs the fast way. lxml's
`etree.xmlfile` would stream and escape for us, but an element context per
tc, p, pPr, r and t made the annex rows five times slower than this text
(benchmarks/bench_export.py: 2.8 times the floor against a target of 1.5),
so text is escaped here, by `esc` and `attr`. The strings follow the
schema's element order, which Word enforces.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Sequence

from lxml import etree

from ..models.content import Cell, Column, ColumnKind
from ..models.formatting import format_cell
from ..models.pack_words import TOTALS
from . import carlito_metrics as metrics
from .compat import OxmlElement, parse_xml
from .text import clean, direction_spans, is_rtl

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WRAP_OPEN = f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
_WRAP_CLOSE = "</w:body>"

RIGHT_ALIGNED = frozenset({"money", "number"})
# What a text node cannot take as it is: markup, line breaks and tabs (Word has elements
# for those), and characters XML 1.0 forbids.
_NEEDS_CARE = re.compile("[&<>\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def w(tag: str) -> str:
    """The Clark name of a w: element or attribute, for lxml look-ups."""
    return f"{{{W_NS}}}{tag}"


def esc(text: str) -> str:
    """Text made safe for an XML text node."""
    if not _NEEDS_CARE.search(text):
        return text
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(text: str) -> str:
    return esc(text).replace('"', "&quot;")


def parse(xml: str) -> list[OxmlElement]:
    """Body-level elements from XML text; python-docx's parser, so its classes apply."""
    body = parse_xml(_WRAP_OPEN + xml + _WRAP_CLOSE)
    return list(body)


# -- runs and paragraphs -----------------------------------------------------

def _text_runs(text: str, rpr: str) -> str:
    """Runs for one text: line breaks and tabs become Word's own elements."""
    body = esc(text).replace("\t", "</w:t><w:tab/><w:t xml:space=\"preserve\">")
    body = body.replace("\r\n", "\n").replace(
        "\n", "</w:t><w:br/><w:t xml:space=\"preserve\">")
    return f'<w:r>{rpr}<w:t xml:space="preserve">{body}</w:t></w:r>'


def run(text: str, *, bold: bool = False, italic: bool = False, rtl: bool = False,
        color: str | None = None, size: float | None = None) -> str:
    props = []
    if bold:
        props.append("<w:b/><w:bCs/>")
    if italic:
        props.append("<w:i/><w:iCs/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if size:
        props.append(f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>')
    if rtl:
        props.append("<w:rtl/>")
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return _text_runs(text, rpr)


def paragraph(content: str, *, style: str | None, rtl: bool = False, align: str | None = None,
              keep_next: bool = False, page_break_before: bool = False,
              spacing: str = "", tabs: str = "", indent: str = "") -> str:
    """A paragraph around ready-made runs; `rtl` sets w:bidi (right-to-left paragraph)."""
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{attr(style)}"/>')
    if keep_next:
        ppr.append("<w:keepNext/>")
    if page_break_before:
        ppr.append("<w:pageBreakBefore/>")
    if tabs:
        ppr.append(f"<w:tabs>{tabs}</w:tabs>")
    if rtl:
        ppr.append("<w:bidi/>")
    if spacing:
        ppr.append(spacing)
    if indent:
        ppr.append(indent)
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    return f"<w:p><w:pPr>{''.join(ppr)}</w:pPr>{content}</w:p>"


def runs(text: str, *, bold: bool = False, italic: bool = False,
         color: str | None = None) -> str:
    """Runs for a text in any direction: all marked right-to-left when the text mostly
    is, else only its right-to-left pieces."""
    if is_rtl(text):
        return run(text, bold=bold, italic=italic, color=color, rtl=True)
    return "".join(run(piece, bold=bold, italic=italic, color=color, rtl=rtl)
                   for piece, rtl in direction_spans(text))


def text_paragraph(text: str, *, style: str | None, bold: bool = False, italic: bool = False,
                   align: str | None = None, keep_next: bool = False,
                   spacing: str = "") -> str:
    """A paragraph of one text, right-to-left when the text mostly is."""
    rtl = is_rtl(text)
    return paragraph(runs(text, bold=bold, italic=italic), style=style, rtl=rtl,
                     align=None if rtl else align,
                     keep_next=keep_next, spacing=spacing)


def numbered_paragraph(number: str, text: str, *, style: str, hang: int,
                       keep_next: bool = False) -> str:
    """A paragraph whose number hangs in the margin `hang` twips wide, the text aligned past it."""
    rtl = is_rtl(text)
    return paragraph(run(f"{number}\t") + runs(text), style=style, rtl=rtl, keep_next=keep_next,
                     tabs=f'<w:tab w:val="left" w:pos="{hang}"/>',
                     indent=f'<w:ind w:left="{hang}" w:hanging="{hang}"/>')


def page_break() -> str:
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


# -- fields and bookmarks --------------------------------------------------------

def field(instruction: str, cached: str = "", *, rpr: str = "", dirty: bool = False) -> str:
    """A complex field: Word (and LibreOffice) compute it, `cached` shows until they do."""
    flag = ' w:dirty="true"' if dirty else ""
    shown = f'<w:r>{rpr}<w:t xml:space="preserve">{esc(cached)}</w:t></w:r>' if cached else ""
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"{flag}/></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>{shown}'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


def bookmarked(name: str, number: int, content: str) -> str:
    return (f'<w:bookmarkStart w:id="{number}" w:name="{attr(name)}"/>{content}'
            f'<w:bookmarkEnd w:id="{number}"/>')


def toc(entries: Sequence[tuple[int, str, str]], *, styles: dict[int, str], levels: int,
        empty: str = "Update this field to list the contents.") -> str:
    """A TOC field of the headings down to `levels`, whose shown result already lists them.

    Word rebuilds it, with page numbers, on open (the settings ask it to
    update fields). LibreOffice shows a TOC field's stored result as it is and
    never computes page numbers there, so the stored result is the list of
    headings as links, without numbers that could only be guesses.
    `entries` are (level, text, bookmark name); those below `levels` are left out.
    """
    begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r><w:instrText xml:space="preserve"> TOC \\o "1-{levels}" \\h \\z \\u'
             ' </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    entries = [entry for entry in entries if entry[0] <= levels]
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    if not entries:
        return paragraph(begin + run(empty) + end,
                         style=styles.get(1))
    parts = []
    for i, (level, text, anchor) in enumerate(entries):
        link = f'<w:hyperlink w:anchor="{attr(anchor)}" w:history="1">{runs(text)}</w:hyperlink>'
        prefix = begin if i == 0 else ""
        suffix = end if i == len(entries) - 1 else ""
        # Entries stay left-aligned like the rest of the list; only the words run right to left.
        parts.append(paragraph(prefix + link + suffix, style=styles.get(level)))
    return "".join(parts)


# -- tables ----------------------------------------------------------------------

# Where a line may break: spaces, slashes and dashes, but not a no-break space.
_BREAKS = re.compile(r"[ \t\n\r/–-]+")
_UNBROKEN = frozenset({"money", "number"})
CELL_MARGINS = 2 * 85 + 40  # the table style's left and right cell margins, and some air
# Calibri and Carlito share their metrics, but Word and LibreOffice round and space a
# little differently: a column is laid out this much wider than the text measures.
SLACK = 1.08
def footer_row(start: str, end: str, *, width: int, end_width: int, style: str) -> str:
    """A page footer as one borderless row: `start` wraps in its cell, `end` stays whole.

    A tab cannot keep "Page 3 of 11" on a line the traceability text fills: the
    words after the tab went to a line of their own. Word and LibreOffice both
    want a paragraph after a table, so a hairline empty one closes the footer.
    """
    start_width = width - end_width
    cell = '<w:tc><w:tcPr><w:tcW w:w="{}" w:type="dxa"/>{}</w:tcPr>{}</w:tc>'
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/>'
            '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/>'
            '<w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="{start_width}"/><w:gridCol w:w="{end_width}"/>'
            "</w:tblGrid><w:tr>"
            + cell.format(start_width, "", paragraph(start, style=style))
            + cell.format(end_width, "<w:noWrap/>", paragraph(end, style=style, align="right"))
            + "</w:tr></w:tbl>"
            + paragraph('<w:r><w:rPr><w:sz w:val="2"/></w:rPr></w:r>', style=style,
                        spacing='<w:spacing w:before="0" w:after="0" w:line="20" '
                                'w:lineRule="exact"/>'))


TITLE_SHARE = 0.3  # what a title column is given before the short columns get one line each
_REGULAR = dict(zip(metrics.CHARS, metrics.REGULAR, strict=True))
_BOLD = dict(zip(metrics.CHARS, metrics.BOLD, strict=True))
_OTHER = 700  # thousandths of an em for a character outside the table: generous


def text_twips(text: str, *, font_pt: float, bold: bool = False) -> float:
    """How wide `text` sets in Calibri (or Carlito) at `font_pt`, in twips."""
    advances = _BOLD if bold else _REGULAR
    get = advances.get
    return sum(get(ch, _OTHER) for ch in text) * font_pt * 20 / 1000


def _pieces(text: str, kind: str) -> list[str]:
    """The pieces of a cell's text that a line may not break: a word, an amount, 'day month'."""
    if kind in _UNBROKEN:
        return [text]
    return _BREAKS.split(text)


def table_width(columns: Sequence[Column], width: int) -> int:
    """A table's width: a short two-column list reads better than a page-wide one."""
    return int(width * 0.6) if len(columns) <= 2 else width


def column_widths(columns: Sequence[Column], sample: Sequence[Sequence[str]], width: int, *,
                  font_pt: float = 9.0) -> list[int]:
    """Widths in which no word, amount or date breaks, the title column served first.

    Every column gets at least its longest unbreakable piece (title and
    `sample` rows, as printed, measured with Calibri's metrics and `SLACK`).
    Then the title column (the text column with the largest relative width)
    gets what the other columns leave when each has its longest text on one
    line, but at least `TITLE_SHARE` of the table; the other columns then get
    as much as puts their longest text on one line, cheapest first, and the
    rest goes back to the title column.
    """
    def measure(text: str, *, bold: bool = False) -> float:
        return text_twips(text, font_pt=font_pt, bold=bold) * SLACK + CELL_MARGINS

    floor, natural = [], []
    for i, column in enumerate(columns):
        texts = {row[i] for row in sample if row[i]}
        head = max(measure(p, bold=True) for p in _pieces(column.title, "text"))
        pieces = {p for t in texts for p in _pieces(t, column.kind)}
        floor.append(max([head, *(measure(p) for p in pieces)]))
        natural.append(max([measure(column.title, bold=True), *(measure(t) for t in texts)]))
    top = max(c.width for c in columns)
    titles = [i for i, c in enumerate(columns) if c.kind == "text" and c.width == top]
    widths = list(floor)
    spare = width - sum(widths)
    if spare < 0:  # too many columns for the page: shrink all alike (words may break)
        return _exact([int(f * width / sum(floor)) for f in floor], width)
    others = sorted((i for i in range(len(columns)) if i not in titles),
                    key=lambda i: natural[i] - floor[i])
    # The title column takes what the others leave on one line, but at least its share.
    room = max(width * TITLE_SHARE, width - sum(natural[i] for i in others))
    share = {i: columns[i].width / sum(columns[j].width for j in titles) for i in titles}
    for i in titles:
        give = min(max(0.0, min(natural[i], room * share[i]) - widths[i]), spare)
        widths[i] += give
        spare -= give
    for i in others:
        give = min(max(0.0, natural[i] - widths[i]), spare)
        widths[i] += give
        spare -= give
    receivers = titles or list(range(len(columns)))
    weight = sum(columns[i].width for i in receivers)
    for i in receivers:
        widths[i] += spare * columns[i].width / weight
    return _exact([int(x) for x in widths], width)


def _height(rows: Sequence[Sequence[str]], widths: Sequence[int], *,
            font_pt: float = 9.0) -> float:
    """About how tall the rows set, in twips: each as many lines as its fullest cell.

    Wrapping at word ends wastes part of each line: a fifth is allowed for it.
    """
    line = font_pt * 20 * 1.22 + 1
    total = line * 1.5  # the header row
    for row in rows:
        lines = [math.ceil(text_twips(t, font_pt=font_pt) * SLACK * 1.2
                           / max(w - CELL_MARGINS, 1)) for t, w in zip(row, widths, strict=True)]
        total += max([1, *lines]) * line + 60
    return total


def _exact(widths: list[int], width: int) -> list[int]:
    widths[-1] += width - sum(widths)
    return widths


def _cell_open(style: str, right: bool, rtl: bool, preserve: bool, keep: bool = False) -> str:
    keep_next = "<w:keepNext/>" if keep else ""
    jc = '<w:jc w:val="right"/>' if right else ""
    bidi = "<w:bidi/>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    space = ' xml:space="preserve"' if preserve else ""
    return (f'<w:tc><w:p><w:pPr><w:pStyle w:val="{style}"/>{keep_next}{bidi}{jc}</w:pPr>'
            f"<w:r>{rpr}<w:t{space}>")


_CELL_CLOSE = "</w:t></w:r></w:p></w:tc>"
_NBSP = "\u00a0"
SAMPLE_ROWS = 400


def _cell_text(value: Cell, kind: ColumnKind) -> str:
    """The printed text of a cell; dates keep on one line."""
    if type(value) is str and kind != "date":
        return value
    text = format_cell(value, kind)
    # '9 January' stays on a line; the year may go to the next.
    return text.replace(" ", _NBSP, 1) if kind == "date" else text


def cell_texts(columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> list[list[str]]:
    """The first `SAMPLE_ROWS` rows as printed: what column widths are judged from."""
    kinds = [c.kind for c in columns]
    return [[_cell_text(v, k) for v, k in zip(row, kinds, strict=True)]
            for row in rows[:SAMPLE_ROWS]]


KEEP_TOGETHER_ROWS = 12  # a table this short moves to the next page whole


def table(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *, width: int,
          style: str, text_style: str, widths: Sequence[int] | None = None,
          keep_height: int | None = None) -> str:
    """A data table with a header row that repeats on every page it runs over.

    Rows may not break across pages (w:cantSplit); a table of up to
    `KEEP_TOGETHER_ROWS` rows stays on one page when it is lower than
    `keep_height` (twips), and a closing Total row
    stays with the row above it (keep with next). Money and numbers align
    right, and cells whose text is mostly right-to-left are marked so.
    Column widths are `widths` (shared by tables of one kind) or come from
    the first `SAMPLE_ROWS` rows, seen in the same pass that writes them.
    """
    tstyle = attr(text_style)
    width = table_width(columns, width)
    kinds = [c.kind for c in columns]
    opens = [(_cell_open(tstyle, k in RIGHT_ALIGNED, False, False),
              _cell_open(tstyle, k in RIGHT_ALIGNED, False, True)) for k in kinds]
    kept = [(_cell_open(tstyle, k in RIGHT_ALIGNED, False, False, True),
             _cell_open(tstyle, k in RIGHT_ALIGNED, False, True, True)) for k in kinds]
    rtl_open = _cell_open(tstyle, False, True, True)
    rtl_kept = _cell_open(tstyle, False, True, True, True)
    # Rows whose paragraphs keep with the next row: all but the last of a short table,
    # and the row above a Total.
    last = len(rows) - 1
    short = len(rows) <= KEEP_TOGETHER_ROWS
    if short and keep_height is not None:
        printed = cell_texts(columns, rows)
        if widths is None:
            widths = column_widths(columns, printed, width)
        short = _height(printed, widths) <= keep_height
    total = bool(rows) and bool(rows[-1]) and rows[-1][0] in TOTALS
    empty = f'<w:tc><w:p><w:pPr><w:pStyle w:val="{tstyle}"/></w:pPr></w:p></w:tc>'
    empty_kept = (f'<w:tc><w:p><w:pPr><w:pStyle w:val="{tstyle}"/><w:keepNext/></w:pPr>'
                  "</w:p></w:tc>")
    needs_care = _NEEDS_CARE.search

    body: list[str] = []
    append = body.append
    sample: list[list[str]] = []
    for number, row in enumerate(rows):
        append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        keep = number < last and (short or (total and number == last - 1))
        row_opens, row_empty, row_rtl = (kept, empty_kept, rtl_kept) if keep else \
            (opens, empty, rtl_open)
        # Most cells are text as it is; only the others pay for a call.
        texts = [value if value.__class__ is str and kind != "date" else _cell_text(value, kind)
                 for value, kind in zip(row, kinds, strict=True)]
        if number < SAMPLE_ROWS:
            sample.append(texts)
        for text, (plain, preserved) in zip(texts, row_opens, strict=True):
            if not text:
                append(row_empty)
                continue
            opened, shown = plain, text
            if needs_care(text):
                shown = esc(text).replace("\t", " ").replace("\r\n", "\n").replace(
                    "\r", "\n").replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
                opened = preserved
            elif text[0] == " " or text[-1] == " ":
                opened = preserved
            if not text.isascii() and is_rtl(text):
                opened = row_rtl
            append(opened + shown + _CELL_CLOSE)
        append("</w:tr>")

    widths = list(widths) if widths is not None else column_widths(columns, sample, width)
    head = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{attr(style)}"/><w:tblW w:w="{width}" '
            'w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" '
            'w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" '
            'w:noVBand="1"/></w:tblPr><w:tblGrid>',
            "".join(f'<w:gridCol w:w="{x}"/>' for x in widths), "</w:tblGrid>",
            "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"]
    for column, x in zip(columns, widths, strict=True):
        jc = '<w:jc w:val="right"/>' if column.kind in RIGHT_ALIGNED else ""
        head.append(f'<w:tc><w:tcPr><w:tcW w:w="{x}" w:type="dxa"/></w:tcPr><w:p><w:pPr>'
                    f'<w:pStyle w:val="{tstyle}"/><w:keepNext/>{jc}</w:pPr>'
                    f'<w:r><w:t xml:space="preserve">{esc(column.title)}</w:t></w:r></w:p></w:tc>')
    head.append("</w:tr>")
    return "".join(head) + "".join(body) + "</w:tbl>"


def pairs(items: Sequence[tuple[str, str]], *, width: int, style: str | None,
          text_style: str, label_share: float = 0.45, bold_values: bool = True,
          value_align: str | None = None) -> str:
    """A small two-column table of label and value, with no header row."""
    label_w = int(width * label_share)
    widths = (label_w, width - label_w)
    tstyle = f'<w:tblStyle w:val="{attr(style)}"/>' if style else ""
    borders = "" if style else (
        "<w:tblBorders>" + "".join(f'<w:{side} w:val="nil"/>' for side in
                                   ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>")
    out = [f'<w:tbl><w:tblPr>{tstyle}<w:tblW w:w="{width}" w:type="dxa"/>{borders}'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0400" w:firstRow="0" w:lastRow="0" '
           'w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           f'<w:tblGrid><w:gridCol w:w="{widths[0]}"/><w:gridCol w:w="{widths[1]}"/>'
           "</w:tblGrid>"]
    for label, value in items:
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for i, (text, x) in enumerate(zip((label, value), widths, strict=True)):
            rtl = is_rtl(text)
            align = value_align if i == 1 and not rtl else None
            cell = paragraph(runs(text, bold=bold_values and i == 1,
                                  color="5F6B7A" if i == 0 else None),
                             style=text_style, rtl=rtl, align=align)
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{x}" w:type="dxa"/></w:tcPr>{cell}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


# -- sections ----------------------------------------------------------------------

def serialize(element: OxmlElement) -> str:
    return str(etree.tostring(element, encoding="unicode"))


def oriented(base: OxmlElement, *, landscape: bool) -> OxmlElement:
    """A copy of section properties `base`, turned to portrait or landscape."""
    sect_pr = copy.deepcopy(base)
    for ref in sect_pr.findall(w("headerReference")) + sect_pr.findall(w("footerReference")):
        sect_pr.remove(ref)
    size = sect_pr.find(w("pgSz"))
    if size is not None:
        a, b = int(size.get(w("w"), "11906")), int(size.get(w("h"), "16838"))
        short, long_ = min(a, b), max(a, b)
        size.set(w("w"), str(long_ if landscape else short))
        size.set(w("h"), str(short if landscape else long_))
        if landscape:
            size.set(w("orient"), "landscape")
        else:
            size.attrib.pop(w("orient"), None)
    kind = sect_pr.find(w("type"))
    if kind is not None:
        sect_pr.remove(kind)
    return sect_pr
