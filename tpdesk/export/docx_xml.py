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
import re
from collections.abc import Sequence

from lxml import etree

from ..models.content import Cell, Column, ColumnKind
from ..models.formatting import format_cell
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


def numbered_paragraph(number: str, text: str, *, style: str, hang: int) -> str:
    """A paragraph whose number hangs in the margin `hang` twips wide, the text aligned past it."""
    rtl = is_rtl(text)
    return paragraph(run(f"{number}\t") + runs(text), style=style, rtl=rtl,
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


def toc(entries: Sequence[tuple[int, str, str]], *, styles: dict[int, str]) -> str:
    """A TOC field whose shown result already lists the headings.

    Word rebuilds it, with page numbers, on open (the settings ask it to
    update fields). LibreOffice shows a TOC field's stored result as it is and
    never computes page numbers there, so the stored result is the list of
    headings as links, without numbers that could only be guesses.
    `entries` are (level, text, bookmark name).
    """
    begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText>'
             '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    if not entries:
        return paragraph(begin + run("Update this field to list the contents.") + end,
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

def grid(columns: Sequence[Column], width: int) -> list[int]:
    """Column widths in twips from the relative widths, summing to `width`."""
    total = sum(max(c.width, 0.05) for c in columns) or 1.0
    widths = [int(width * max(c.width, 0.05) / total) for c in columns]
    widths[-1] += width - sum(widths)
    return widths


_BREAKS = re.compile(r"[\s/–-]+")
_UNBROKEN = frozenset({"money", "date", "number"})
CELL_MARGINS = 2 * 85 + 40  # the table style's left and right cell margins, and some air


def _longest(text: str, kind: str) -> int:
    """Characters in the longest piece of `text` that a line may not break."""
    if kind in _UNBROKEN:
        return len(text)
    return max((len(part) for part in _BREAKS.split(text)), default=0)


def column_widths(columns: Sequence[Column], sample: Sequence[Sequence[str]], width: int, *,
                  font_pt: float = 9.0) -> list[int]:
    """Widths that follow the relative ones but never break a word, date or amount.

    Each column gets at least its longest unbreakable text (judged from the
    title and the `sample` rows, as printed); the room that takes comes from
    the columns with more than they need, in proportion to their spare room.
    """
    # Twips for an average character in Calibri or Carlito; figures are wider than letters.
    char = font_pt * 20 * 0.47
    figure = font_pt * 20 * 0.54
    cap = int(width * 0.4)
    need = []
    for i, column in enumerate(columns):
        longest = 0
        # Longest texts first: no piece of a text is longer than the text.
        for text in sorted((row[i] for row in sample), key=len, reverse=True):
            if len(text) <= longest:
                break
            longest = max(longest, _longest(text, column.kind))
        per = figure if column.kind in _UNBROKEN else char
        title = _longest(column.title, "text") * 1.1 * char  # the header is bold
        need.append(min(int(max(title, longest * per)) + CELL_MARGINS, cap))
    widths = [max(share, n) for share, n in zip(grid(columns, width), need, strict=True)]
    excess = sum(widths) - width
    if excess > 0:
        slack = [w_ - n for w_, n in zip(widths, need, strict=True)]
        spare = sum(slack)
        if spare >= excess:
            widths = [int(w_ - excess * s / spare) for w_, s in zip(widths, slack, strict=True)]
        else:
            widths = [int(n * width / sum(need)) for n in need]
    widths[-1] += width - sum(widths)
    return widths


def _cell_open(style: str, right: bool, rtl: bool, preserve: bool) -> str:
    jc = '<w:jc w:val="right"/>' if right else ""
    bidi = "<w:bidi/>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    space = ' xml:space="preserve"' if preserve else ""
    return (f'<w:tc><w:p><w:pPr><w:pStyle w:val="{style}"/>{bidi}{jc}</w:pPr>'
            f"<w:r>{rpr}<w:t{space}>")


_CELL_CLOSE = "</w:t></w:r></w:p></w:tc>"
_NBSP = "\u00a0"
SAMPLE_ROWS = 400


def _cell_text(value: Cell, kind: ColumnKind) -> str:
    """The printed text of a cell; dates keep on one line."""
    if type(value) is str and kind != "date":
        return value
    text = format_cell(value, kind)
    return text.replace(" ", _NBSP) if kind == "date" else text


def table(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *, width: int,
          style: str, text_style: str) -> str:
    """A data table with a header row that repeats on every page it runs over.

    Rows may not break across pages (w:cantSplit), money and numbers align
    right, and cells whose text is mostly right-to-left are marked so.
    Column widths come from the first `SAMPLE_ROWS` rows, seen in the same
    pass that writes them.
    """
    tstyle = attr(text_style)
    if len(columns) <= 2:  # a short list reads better than a page-wide one
        width = int(width * 0.6)
    kinds = [c.kind for c in columns]
    opens = [(_cell_open(tstyle, k in RIGHT_ALIGNED, False, False),
              _cell_open(tstyle, k in RIGHT_ALIGNED, False, True)) for k in kinds]
    rtl_open = _cell_open(tstyle, False, True, True)
    empty = f'<w:tc><w:p><w:pPr><w:pStyle w:val="{tstyle}"/></w:pPr></w:p></w:tc>'
    needs_care = _NEEDS_CARE.search

    body: list[str] = []
    append = body.append
    sample: list[list[str]] = []
    for number, row in enumerate(rows):
        append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        # Most cells are text as it is; only the others pay for a call.
        texts = [value if value.__class__ is str and kind != "date" else _cell_text(value, kind)
                 for value, kind in zip(row, kinds, strict=True)]
        if number < SAMPLE_ROWS:
            sample.append(texts)
        for text, (plain, preserved) in zip(texts, opens, strict=True):
            if not text:
                append(empty)
                continue
            opened, shown = plain, text
            if needs_care(text):
                shown = esc(text).replace("\t", " ").replace("\r\n", "\n").replace(
                    "\r", "\n").replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
                opened = preserved
            elif text[0] == " " or text[-1] == " ":
                opened = preserved
            if not text.isascii() and is_rtl(text):
                opened = rtl_open
            append(opened + shown + _CELL_CLOSE)
        append("</w:tr>")

    widths = column_widths(columns, sample, width)
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
