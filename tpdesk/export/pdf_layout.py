"""The page of a PDF pack: bundled fonts, the marking above, page numbers below, text both ways.

Latin text is set in Noto Sans and Arabic in Noto Naskh Arabic, shaped by
HarfBuzz. Text is cut into stretches of one direction (`direction_spans`)
and each is handed to fpdf2 on its own, with its direction stated:

- a right-to-left stretch is set wholly in the Arabic font, spaces included,
  so a reader that copies text (or pypdf) keeps it in its logical order,
  which it does not when every space switches to another font;
- fpdf2 2.8 keeps one set of shaping parameters for all the text it holds
  and shapes late, so a text of two directions would be shaped all in the
  direction of its last stretch (Arabic drawn backwards).
"""

from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

from ..paths import resource
from .text import clean, direction_spans, is_rtl

LATIN = "NotoSans"
ARABIC = "NotoNaskhArabic"
SYMBOLS = "NotoSansMath"  # arrows and the minus sign, which Noto Sans lacks
FONT_FILES = {
    (LATIN, ""): "NotoSans-Regular.ttf", (LATIN, "B"): "NotoSans-Bold.ttf",
    (LATIN, "I"): "NotoSans-Italic.ttf", (LATIN, "BI"): "NotoSans-BoldItalic.ttf",
    (ARABIC, ""): "NotoNaskhArabic-Regular.ttf", (ARABIC, "B"): "NotoNaskhArabic-Bold.ttf",
    (SYMBOLS, ""): "NotoSansMath-Regular.ttf",
}

Colour = tuple[int, int, int]
INK: Colour = (31, 41, 51)
MUTED: Colour = (95, 107, 122)
ACCENT: Colour = (31, 58, 95)
MARKING: Colour = (122, 31, 31)
RULE: Colour = (184, 194, 207)
STRIPE: Colour = (245, 247, 250)
WHITE: Colour = (255, 255, 255)

BODY_PT = 10.0
MARGIN = 20.0  # mm, left and right
TOP = 20.0
BOTTOM = 20.0
PT = 25.4 / 72  # one point in mm
ARABIC_SCALE = 1.1  # Naskh at the same size looks a size smaller than Noto Sans


def font_path(name: str) -> str:
    return str(resource(f"fonts/{name}"))


class PackPdf(FPDF):
    """An A4 document with the pack's marking in every header and its footer line below."""

    def __init__(self, *, marking: str, footer_line: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.marking = clean(marking)
        self.footer_line = clean(footer_line)
        for (family, style), name in FONT_FILES.items():
            self.add_font(family, style, font_path(name))
        self.set_fallback_fonts([LATIN, ARABIC, SYMBOLS], exact_match=False)
        self.set_text_shaping(True)
        self.set_margins(MARGIN, TOP, MARGIN)
        self.set_auto_page_break(True, BOTTOM)
        self.alias_nb_pages()
        self.c_margin = 1.2

    # -- every page ------------------------------------------------------------------

    def header(self) -> None:
        if self.marking:
            self.single_line(self.marking.upper(), x=self.l_margin, y=9, width=self.epw,
                             height=5, size=9, style="B", colour=MARKING, align="C")
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        top = self.h - 14
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, top, self.w - self.r_margin, top)
        self.single_line(self.footer_line, x=self.l_margin, y=top + 1, width=self.epw - 30,
                         height=5, size=7.5, colour=MUTED)
        self.single_line(f"Page {self.page_no()} of {self.str_alias_nb_pages}",
                         x=self.w - self.r_margin - 30, y=top + 1, width=30, height=5,
                         size=7.5, colour=MUTED, align="R")

    # -- text ------------------------------------------------------------------------

    def font_changed(self) -> None:
        """Make the next text state its font again.

        fpdf2 2.8 may select a font inside a saved graphics state (q ... Q)
        and then count it as selected for the page; a later line would be
        drawn with no font, or another one.
        """
        self.current_font_is_set_on_page = False

    def use(self, size: float, style: str = "", colour: Colour = INK, *,
            arabic: bool = False) -> None:
        """Select the body font (or the Arabic one: it has no italic) and the ink."""
        if arabic:
            self.set_font(ARABIC, style.replace("I", ""), size * ARABIC_SCALE)
        else:
            self.set_font(LATIN, style, size)
        self.set_text_color(*colour)

    def room(self) -> float:
        """What is left of the page above the bottom margin, in mm."""
        return self.page_break_trigger - self.y

    def turn(self) -> None:
        """A new page of the same orientation."""
        self.add_page(orientation="L" if self.w > self.h else "P")

    def ensure(self, height: float) -> None:
        """Start a new page (of the same orientation) unless `height` mm fit on this one."""
        if self.y + height > self.page_break_trigger and self.y > self.t_margin + 1:
            self.turn()

    def shape(self, direction: str | None) -> None:
        """Shape what comes next in `direction` ('ltr', 'rtl'), or guess (None).

        Each call gives fpdf2 a fresh set of parameters, so text already
        handed over keeps the direction it was given.
        """
        self.set_text_shaping(True, direction=direction)

    def single_line(self, text: str, *, x: float, y: float, width: float, height: float,
                    size: float, style: str = "", colour: Colour = INK,
                    align: str = "L", link: int | None = None) -> None:
        """One line, cut to `width` with an ellipsis, its stretches in reading order."""
        spans = direction_spans(_fit_line(self, clean(text), width, size=size, style=style))
        rtl = is_rtl(text)
        widths = []
        for piece, right in spans:
            self.use(size, style, colour, arabic=right)
            self.shape("rtl" if right else "ltr")
            widths.append(self.get_string_width(piece))
        start = {"L": x, "C": x + (width - sum(widths)) / 2,
                 "R": x + width - sum(widths)}["R" if rtl and align == "L" else align]
        order = list(zip(spans, widths, strict=True))
        for (piece, right), piece_w in reversed(order) if rtl else order:
            self.use(size, style, colour, arabic=right)
            self.shape("rtl" if right else "ltr")
            self.set_xy(start, y)
            self.cell(piece_w, height, piece, link=link or "")
            start += piece_w
            self.font_changed()
        self.shape(None)

    def flow(self, text: str, *, size: float = BODY_PT, style: str = "",
             colour: Colour = INK, align: str = "L", indent: float = 0.0,
             right_indent: float = 0.0, after: float = 2.0, line_height: float = 1.35,
             bullet: str = "") -> None:
        """One paragraph from the current position, wrapped and across pages as needed.

        A mostly right-to-left paragraph is aligned right; each right-to-left
        stretch of a left-to-right one is set in the Arabic font.
        """
        text = clean(text).replace("\r\n", "\n").replace("\t", " ")
        rtl = is_rtl(text)
        aligned = "R" if rtl and align == "L" else align
        with self.text_columns(text_align=aligned, line_height=line_height,
                               l_margin=self.l_margin + indent,
                               r_margin=self.r_margin + right_indent) as columns:
            bullet_string = ""
            if bullet:
                bullet_string = bullet
                self.use(size, style, colour)
            with columns.paragraph(bottom_margin=after, bullet_string=bullet_string,
                                   bullet_r_margin=2.5 if bullet else None) as paragraph:
                for piece, right in direction_spans(text):
                    self.use(size, style, colour, arabic=right)
                    self.shape("rtl" if right else "ltr")
                    paragraph.write(piece)
        self.shape(None)
        self.font_changed()
        self.x = self.l_margin

    def lines_of(self, text: str, width: float, *, size: float, style: str = "") -> int:
        """How many lines `text` takes in a box `width` mm wide (cell padding included)."""
        rtl = is_rtl(text)
        self.use(size, style, arabic=rtl)
        self.shape("rtl" if rtl else "ltr")
        lines = self.multi_cell(width, 1, text, dry_run=True, output=MethodReturnValue.LINES)
        self.shape(None)
        assert isinstance(lines, list)
        return max(1, len(lines))


def _fit_line(pdf: PackPdf, text: str, width: float, *, size: float, style: str) -> str:
    """`text` cut with an ellipsis to fit on one line (judged in the Latin font)."""
    pdf.use(size, style)
    if pdf.get_string_width(text) <= width or is_rtl(text):
        return text
    while len(text) > 1 and pdf.get_string_width(text + "…") > width:
        text = text[: max(1, int(len(text) * 0.9))] if len(text) > 40 else text[:-1]
    return text.rstrip() + "…"
