"""Regenerate resources/briefing-template.docx, the look of every briefing pack.

The template is data, but writing it by hand in Word would make every
change invisible in review; this script is the reviewable source. It starts
from python-docx's own default document (which brings the numbering that
"List Bullet" needs) and redefines the styles the Word exporter names:
Title, Subtitle, Heading 1-3, Normal, Caption, List Bullet, Marking and the
"tpdesk Table" table style, plus a few optional ones (Table Text, Quote,
Note Source, TOC 1-3, Header, Footer) that it uses when a template has them.

Fonts: Calibri for text (LibreOffice substitutes the metrically identical
Carlito), Arial for complex scripts such as Arabic (Liberation Sans or any
font with the glyphs elsewhere). Theme fonts are removed so that what is
written here is what Word shows.

    .venv/bin/python scripts/make_template.py [OUTPUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "briefing-template.docx"

BODY_FONT = "Calibri"
CS_FONT = "Arial"
INK = "1F2933"  # body text: near black, softer on paper
NAVY = "1F3A5F"  # headings and the table header
GREY = "5F6B7A"
RULE = "B8C2CF"

# A4 portrait in twentieths of a point, with 2 cm side margins: 17 cm of text.
PAGE_W, PAGE_H = 11906, 16838
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_SIDE = 1418, 1247, 1134
TEXT_WIDTH = PAGE_W - 2 * MARGIN_SIDE


def fonts(*, size: float | None = None, bold: bool = False, italic: bool = False,
          caps: bool = False, color: str | None = None, spacing: int | None = None,
          kern: int | None = None) -> str:
    """A w:rPr body: the font pair (Latin + complex script), in the schema's element order."""
    parts = [f'<w:rFonts w:ascii="{BODY_FONT}" w:hAnsi="{BODY_FONT}" '
             f'w:eastAsia="{BODY_FONT}" w:cs="{CS_FONT}"/>']
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if spacing is not None:
        parts.append(f'<w:spacing w:val="{spacing}"/>')
    if kern is not None:
        parts.append(f'<w:kern w:val="{kern}"/>')
    if size:
        half = round(size * 2)
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    return "".join(parts)


def paragraph_style(style_id: str, name: str, *, ppr: str = "", rpr: str = "",
                    based_on: str | None = "Normal", next_style: str | None = None,
                    ui_priority: int | None = None, primary: bool = True) -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    nxt = f'<w:next w:val="{next_style}"/>' if next_style else ""
    prio = f'<w:uiPriority w:val="{ui_priority}"/>' if ui_priority is not None else ""
    qformat = "<w:qFormat/>" if primary else ""
    default = ' w:default="1"' if style_id == "Normal" else ""
    return (f'<w:style {NS} w:type="paragraph"{default} w:styleId="{style_id}">'
            f'<w:name w:val="{name}"/>{based}{nxt}{prio}{qformat}'
            f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")


def heading(level: int, *, size: float, color: str, before: int, after: int,
            border: bool = False) -> str:
    rule = (f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="3" w:color="{RULE}"/></w:pBdr>'
            if border else "")
    return paragraph_style(
        f"Heading{level}", f"heading {level}", next_style="Normal", ui_priority=9,
        ppr=(f'<w:keepNext/><w:keepLines/>{rule}<w:spacing w:before="{before}" w:after="{after}"'
             f' w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="{level - 1}"/>'),
        rpr=fonts(size=size, bold=True, color=color))


def toc(level: int) -> str:
    indent = (level - 1) * 360
    bold = level == 1
    return paragraph_style(
        f"TOC{level}", f"toc {level}", next_style="Normal", ui_priority=39, primary=False,
        ppr=(f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
             f'<w:spacing w:before="{120 if bold else 0}" w:after="40"/>'
             f'<w:ind w:left="{indent}"/>'),
        rpr=fonts(size=10.5 if bold else 10, bold=bold))


STYLES = [
    paragraph_style("Normal", "Normal", based_on=None, ui_priority=0,
                    ppr='<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>',
                    rpr=fonts(size=10.5) + '<w:lang w:val="en-GB" w:bidi="ar-SA"/>'),
    paragraph_style("Title", "Title", next_style="Subtitle", ui_priority=10,
                    ppr=('<w:spacing w:before="2400" w:after="240" w:line="240" '
                         'w:lineRule="auto"/><w:contextualSpacing/>'),
                    rpr=fonts(size=30, bold=True, color=NAVY, kern=28)),
    paragraph_style("Subtitle", "Subtitle", next_style="Normal", ui_priority=11,
                    ppr='<w:spacing w:after="480" w:line="264" w:lineRule="auto"/>',
                    rpr=fonts(size=15, color=GREY)),
    heading(1, size=16, color=NAVY, before=360, after=120, border=True),
    heading(2, size=13, color=NAVY, before=240, after=80),
    heading(3, size=11, color=INK, before=200, after=60),
    paragraph_style("Caption", "caption", next_style="Normal", ui_priority=35,
                    ppr='<w:keepNext/><w:spacing w:before="120" w:after="80"/>',
                    rpr=fonts(size=9, bold=True, color=GREY)),
    paragraph_style("ListBullet", "List Bullet", ui_priority=99,
                    ppr=('<w:numPr><w:numId w:val="1"/></w:numPr>'
                         '<w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>')),
    paragraph_style("Marking", "Marking", next_style="Marking",
                    ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                        '<w:jc w:val="center"/>',
                    rpr=fonts(size=10, bold=True, caps=True, color="7A1F1F", spacing=20)),
    paragraph_style("TableText", "Table Text", ui_priority=20,
                    ppr='<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>',
                    rpr=fonts(size=9)),
    paragraph_style("Quote", "Quote", next_style="Normal", ui_priority=29,
                    ppr=(f'<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" '
                         f'w:color="{RULE}"/></w:pBdr><w:spacing w:before="120" w:after="40"/>'
                         '<w:ind w:left="284" w:right="284"/>'),
                    rpr=fonts(italic=True)),
    paragraph_style("NoteSource", "Note Source", ui_priority=30,
                    ppr=('<w:keepLines/><w:spacing w:after="160"/>'
                         '<w:ind w:left="460" w:right="284"/>'),
                    rpr=fonts(size=9, color=GREY)),
    paragraph_style("TOCHeading", "TOC Heading", based_on="Heading1", next_style="Normal",
                    ui_priority=39, ppr='<w:outlineLvl w:val="9"/>'),
    toc(1), toc(2), toc(3),
    paragraph_style("Header", "header", ui_priority=99, primary=False,
                    ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                    rpr=fonts(size=8.5, color=GREY)),
    paragraph_style("Footer", "footer", ui_priority=99, primary=False,
                    ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                    rpr=fonts(size=8, color=GREY)),
]

TABLE_STYLE = f"""
<w:style {NS} w:type="table" w:customStyle="1" w:styleId="tpdeskTable">
  <w:name w:val="tpdesk Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr>{fonts(size=9)}</w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tblPr/>
    <w:trPr><w:tblHeader/></w:trPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{NAVY}"/><w:vAlign w:val="bottom"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="band2Horz">
    <w:tblPr/>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F3F5F8"/></w:tcPr>
  </w:tblStylePr>
</w:style>
"""


def _rewrite_styles(document: docx.document.Document) -> None:
    styles = document.styles.element
    # Theme fonts would win over the fonts named here: take them out everywhere.
    for rfonts in styles.iter(f"{{{W}}}rFonts"):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(f"{{{W}}}{attr}", None)
    defaults = styles.find(f"{{{W}}}docDefaults")
    rpr = defaults.find(f"{{{W}}}rPrDefault/{{{W}}}rPr")
    rpr.find(f"{{{W}}}rFonts").attrib.update({
        f"{{{W}}}ascii": BODY_FONT, f"{{{W}}}hAnsi": BODY_FONT,
        f"{{{W}}}eastAsia": BODY_FONT, f"{{{W}}}cs": CS_FONT})
    rpr.find(f"{{{W}}}lang").set(f"{{{W}}}val", "en-GB")
    # The ink colour lives here, not in Normal: a paragraph style's colour would beat
    # the white that the table style gives its header row.
    rpr.find(f"{{{W}}}rFonts").addnext(etree.fromstring(f'<w:color {NS} w:val="{INK}"/>'))
    spacing = defaults.find(f"{{{W}}}pPrDefault/{{{W}}}pPr/{{{W}}}spacing")
    spacing.attrib.update({f"{{{W}}}after": "120", f"{{{W}}}line": "264"})

    # The preset table styles clutter Word's gallery next to the house style.
    for style in styles.findall(f"{{{W}}}style[@{{{W}}}type='table']"):
        if style.get(f"{{{W}}}styleId") not in ("TableNormal", "TableGrid"):
            styles.remove(style)

    for xml in [*STYLES, TABLE_STYLE]:
        new = etree.fromstring(xml)
        style_id = new.get(f"{{{W}}}styleId")
        old = styles.find(f"{{{W}}}style[@{{{W}}}styleId='{style_id}']")
        if old is not None:
            old.addprevious(new)
            styles.remove(old)
        else:
            styles.append(new)


def _page_setup(document: docx.document.Document) -> None:
    sect_pr = document.sections[0]._sectPr
    for tag, values in (("pgSz", {"w": PAGE_W, "h": PAGE_H}),
                        ("pgMar", {"top": MARGIN_TOP, "bottom": MARGIN_BOTTOM,
                                   "left": MARGIN_SIDE, "right": MARGIN_SIDE,
                                   "header": 680, "footer": 567, "gutter": 0})):
        element = sect_pr.find(f"{{{W}}}{tag}")
        for key, value in values.items():
            element.set(f"{{{W}}}{key}", str(value))
    settings = document.settings.element
    lang = settings.find(f"{{{W}}}themeFontLang")
    if lang is not None:
        lang.set(f"{{{W}}}val", "en-GB")


def _drop_extras(document: docx.document.Document) -> None:
    """The default document's thumbnail and stale style copy would misdescribe this one."""
    package = document.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel.rId)
    for rel in list(document.part.rels.values()):
        if rel.reltype.endswith("/stylesWithEffects"):
            document.part.drop_rel(rel.rId)


def build(output: Path = OUTPUT) -> Path:
    document = docx.Document()
    _rewrite_styles(document)
    _page_setup(document)
    _drop_extras(document)
    props = document.core_properties
    props.title = "tpdesk briefing pack"
    props.author = "tpdesk"
    props.comments = "Template for tpdesk briefing packs; regenerate with scripts/make_template.py"
    output.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(output))
    return output


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT))
