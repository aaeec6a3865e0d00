"""A Word document turned right to left, for an Arabic pack: paragraphs, runs, tables, pages.

Word lays a paragraph out right to left only when its properties say so
(`w:bidi`), shapes and orders a run as Arabic when the run says so
(`w:rtl`), puts a table's first column on the right with `w:bidiVisual`,
and mirrors a page's columns and gutter with the section's `w:bidi`. The
writer builds the document left to right as always; this pass then marks
every paragraph, run, table and section of the finished XML, so that no
element can be missed by a writer that forgot it. In a right-to-left
paragraph Word and LibreOffice read `left` and `right` (alignment, tabs,
indents) from the reading side, so nothing else needs turning.

Each property goes where the schema's order wants it: Word refuses a file
whose properties are out of order.
"""

from __future__ import annotations

import re

from lxml import etree

from .docx_xml import R_NS, W_NS, w

_PPR = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
        "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
        "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
        "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
        "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
        "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")
_RPR = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
        "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
        "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
        "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
        "eastAsianLayout", "specVanish", "oMath")
_TBLPR = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
          "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
          "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")
_SECTPR = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
           "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
           "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
           "printerSettings", "sectPrChange")
_ARABIC = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_FIGURES = re.compile(r"[\d\s.,:;/%€$£+\-–—()\u00a0\u202f]+")
FIGURES_FONT = "Calibri"  # the body's font (the template's Normal style)
_WRAP_OPEN = f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">'


def _local(element: etree._Element) -> str:
    return str(element.tag).rsplit("}", 1)[-1]


def _props(parent: etree._Element, tag: str) -> etree._Element:
    """The properties child of `parent` (pPr, rPr, tblPr): the schema puts it first."""
    found = parent.find(w(tag))
    if found is None:
        found = etree.Element(w(tag))
        parent.insert(0, found)
    return found


def _flag(props: etree._Element, name: str, order: tuple[str, ...]) -> None:
    """Add the empty element `name` to `props`, in the schema's order, unless it is there."""
    if props.find(w(name)) is not None:
        return
    rank = order.index(name)
    flag = etree.Element(w(name))
    for child in props:
        if isinstance(child.tag, str) and _local(child) in order and \
                order.index(_local(child)) > rank:
            child.addprevious(flag)
            return
    props.append(flag)


def _align_right(props: etree._Element) -> None:
    """A table narrower than the page against the right margin, as an Arabic reader expects.

    Word reads a table's `w:jc` on the page's sides even in a `bidiVisual`
    table, and without one LibreOffice sets a narrow table at the left margin.
    """
    jc = props.find(w("jc"))
    if jc is None:
        _flag(props, "jc", _TBLPR)
        jc = props.find(w("jc"))
    assert jc is not None
    jc.set(w("val"), "right")


def _figures_font(props: etree._Element) -> None:
    """Figures in their run's own font when a right-to-left paragraph takes them as Arabic.

    LibreOffice sets digits that open a right-to-left paragraph in the
    complex-script font (Arial, wider than Calibri): an amount measured in
    Calibri then broke over two lines of its cell.
    """
    _flag(props, "rFonts", _RPR)
    fonts = props.find(w("rFonts"))
    assert fonts is not None
    if fonts.get(w("cs")) is None:
        fonts.set(w("cs"), fonts.get(w("ascii")) or FIGURES_FONT)


def _runs_right_to_left(text: str) -> bool:
    """A run with Arabic in it is set right to left.

    A run of Latin text alone (a name, "MPF", an English title) keeps its own
    direction, and so does one of figures ("1,400,000 €"): a right-to-left run
    takes the complex-script font (Arial), wider than the Calibri its table
    column was measured in, and the amount broke over two lines.
    """
    return bool(_ARABIC.search(text))


def mirror(root: etree._Element) -> None:
    """Mark everything under `root` (a body, header or footer) right to left, in place."""
    for p in root.iter(w("p")):
        _flag(_props(p, "pPr"), "bidi", _PPR)
    for r in root.iter(w("r")):
        text = "".join(t.text or "" for t in r.iter(w("t"), w("instrText")))
        if _runs_right_to_left(text):
            _flag(_props(r, "rPr"), "rtl", _RPR)
        elif _FIGURES.fullmatch(text):
            _figures_font(_props(r, "rPr"))
    for tbl in root.iter(w("tbl")):
        props = _props(tbl, "tblPr")
        _flag(props, "bidiVisual", _TBLPR)
        _align_right(props)
    for sect in root.iter(w("sectPr")):
        _flag(sect, "bidi", _SECTPR)
        _flag(sect, "rtlGutter", _SECTPR)


def joined(root: etree._Element) -> None:
    """No letter spacing on Arabic runs (the marking's style spaces its capitals out).

    Arabic letters join: spaced out, each word falls apart into its letters.
    """
    for r in root.iter(w("r")):
        text = "".join(t.text or "" for t in r.iter(w("t")))
        if _ARABIC.search(text):
            props = _props(r, "rPr")
            for old in props.findall(w("spacing")):
                props.remove(old)
            _flag(props, "spacing", _RPR)
            spacing = props.find(w("spacing"))
            if spacing is not None:
                spacing.set(w("val"), "0")


def mirrored_body(xml: str) -> str:
    """Body XML text (as the writer buffers it) marked right to left."""
    body = etree.fromstring(_WRAP_OPEN + xml + "</w:body>")
    mirror(body)
    return "".join(etree.tostring(child, encoding="unicode") for child in body)
