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

import hashlib
import io
import re
import struct
import unicodedata
from collections.abc import Sequence
from typing import Any

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, PDFResourceType
from fpdf.fonts import TTFFont
from fpdf.image_datastructures import RasterImageInfo
from fpdf.syntax import PDFContentStream
from fpdf.util import escape_parens

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


UNBROKEN = frozenset({"money", "date", "number"})
_BREAK_AFTER = re.compile(r"(?<=[/–-])")


def font_path(name: str) -> str:
    return str(resource(f"fonts/{name}"))


class PackPdf(FPDF):
    """An A4 document with the pack's marking in every header and its footer line below."""

    def __init__(self, *, marking: str, footer_line: str, rtl: bool = False,
                 page_label: str = "Page {number} of {total}") -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.marking = clean(marking)
        self.footer_line = clean(footer_line)
        self.rtl = rtl  # an Arabic pack: text from the right, tables and footer mirrored
        self.page_label = page_label
        self._loaded: set[tuple[str, str]] = set()
        self._fallbacks = False
        self.set_text_shaping(True)
        self.set_margins(MARGIN, TOP, MARGIN)
        self.set_auto_page_break(True, BOTTOM)
        self.str_alias_nb_pages = ""  # "Page X of Y" is written once Y is known: `number_pages`
        self.c_margin = 1.2
        self._metrics: dict[tuple[str, float], Metrics] = {}
        self._encoded: dict[tuple[int, str], str] = {}
        self._codes: dict[int, _Codes] = {}
        self._objects: dict[tuple[str, str], TTFFont] = {}
        self._points: dict[int, frozenset[int]] = {}
        self._starts: dict[tuple[str, float, Colour], tuple[int, str]] = {}
        self._placed: dict[tuple[str, float, float, float, float, float, str, str],
                           tuple[float, float, str, float]] = {}
        self._page_sizes: dict[int, tuple[float, float]] = {}
        self._footers: dict[tuple[str, float], list[str]] = {}

    def load(self, family: str, style: str = "") -> None:
        """Read a bundled font the first time it is needed (a tenth of a second each)."""
        if (family, style) not in self._loaded:
            self.add_font(family, style, font_path(FONT_FILES[family, style]))
            self._loaded.add((family, style))

    def output(self, *args: Any, **kwargs: Any) -> Any:
        """The document, its pages compressed at zlib's fastest level.

        A large pack's pages hold some 13 MB of text operators: the fastest
        level takes half the time of the default for a file a fifth larger.
        """
        level = PDFContentStream._COMPRESSION_LEVEL
        PDFContentStream._COMPRESSION_LEVEL = 1
        try:
            return super().output(*args, **kwargs)
        finally:
            PDFContentStream._COMPRESSION_LEVEL = level

    def font_object(self, family: str, style: str = "") -> TTFFont:
        """A bundled font as fpdf2 holds it, read the first time it is needed."""
        font = self._objects.get((family, style))
        if font is None:
            self.load(family, style)
            found = self.fonts[f"{family.lower()}{style}"]
            assert isinstance(found, TTFFont)
            font = self._objects[family, style] = found
        return font

    def release(self) -> None:
        """Close the font files: fpdf2 keeps them open, and closes only the fonts it embedded."""
        for font in self.fonts.values():
            if isinstance(font, TTFFont):
                font.close()

    def need_fallbacks(self) -> None:
        """Arabic and the symbols, for the first text the Latin font cannot set alone.

        Their regular styles only: every font loaded is embedded, used or not
        (some 25 ms each), so the Arabic bold waits for a bold Arabic text.
        """
        if not self._fallbacks:
            self.load(ARABIC)
            self.load(SYMBOLS)
            self.set_fallback_fonts([LATIN, ARABIC, SYMBOLS], exact_match=False)
            self._fallbacks = True

    # -- every page ------------------------------------------------------------------

    def header(self) -> None:
        self._page_sizes[self.page] = (self.w, self.h)
        if self.marking:
            self.single_line(self.marking.upper(), x=self.l_margin, y=9, width=self.epw,
                             height=5, size=9, style="B", colour=MARKING, align="C")
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        top = self.h - 14
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, top, self.w - self.r_margin, top)
        numbers = self.metrics("", 7.5)
        room = numbers.width(self.page_label.format(number="0000", total="0000")) + 4
        width = self.epw - room
        lines = self._footer_lines(width)
        size = 7.5 if len(lines) == 1 else 6.5
        for i, line in enumerate(lines):
            self.single_line(line, x=self.l_margin + (room if self.rtl else 0),
                             y=top + 1 + i * 3.2, width=width, height=5 if len(lines) == 1
                             else 3.2, size=size, colour=MUTED)

    def _footer_lines(self, width: float) -> list[str]:
        """The footer's traceability line, on two smaller lines when one cannot hold it.

        Cut short, a long author's name ("Établi pour Ministère de l'Inclusion
        économique, ...") took the date, the pack and the version with it.
        """
        key = (self.footer_line, width)
        if key not in self._footers:
            text = self.footer_line
            metrics = self.metrics("", 7.5)
            if metrics.plain(text):
                fits = metrics.width(text) <= width
            else:
                fits = self.shaped_width(text, size=7.5) <= width
            if fits:
                lines = [text]
            elif self.metrics("", 6.5).plain(text):
                lines = [line for line, _ in self.metrics("", 6.5).wrap(text, width, "text")]
            else:
                lines = self.wrap_shaped(text, width, size=6.5)
            # A third line would run into the page's edge: the second one is cut instead.
            self._footers[key] = [*lines[:1], " ".join(lines[1:])] if len(lines) > 2 else lines
        return self._footers[key]

    def number_pages(self) -> None:
        """'Page X of Y' in every footer, now that Y is known.

        Written into each page after the fact: fpdf2's alias for the total
        costs a shaped cell a page and reserves room for three digits only.
        """
        last, total = self.page, self.pages_count
        size = self.w, self.h
        self.set_auto_page_break(False)
        try:
            for number in range(1, total + 1):
                self.page = number
                width, height = self._page_sizes.get(number, size)
                label = self.page_label.format(number=number, total=total)
                if self.metrics("", 7.5).plain(label):
                    used = self.metrics("", 7.5).width(label)
                    at = self.l_margin if self.rtl else width - self.r_margin - used
                    self.text_run([(at, self.baseline(height - 13, 5, 7.5), label)],
                                  size=7.5, colour=MUTED, page_height=height)
                    continue
                # Shaped text is placed by fpdf2 against the current page's size.
                self.w, self.h = width, height
                box = width / 3
                self.single_line(label, x=self.l_margin if self.rtl else
                                 width - self.r_margin - box, y=height - 13, width=box,
                                 height=5, size=7.5, colour=MUTED, align="R")
        finally:
            self.w, self.h = size
            self.set_auto_page_break(True, BOTTOM)
        self.page = last

    def _render_styled_text_line(self, *args: Any, **kwargs: Any) -> Any:
        """Each shaped line states its font again.

        fpdf2 2.8 takes a font set inside one line's BT ... ET as gone at ET,
        but a PDF's text state outlives ET: a Latin line after an Arabic one
        would be drawn with the Arabic font (the cover's subtitle read
        "مبعممحدو" for ", Brussels").
        """
        self.current_font_is_set_on_page = False
        return super()._render_styled_text_line(*args, **kwargs)

    def font_changed(self) -> None:
        """Make the next text state its font again.

        fpdf2 2.8 may select a font inside a saved graphics state (q ... Q)
        and then count it as selected for the page; a later line would be
        drawn with no font, or another one.
        """
        self.current_font_is_set_on_page = False

    def metrics(self, style: str, size: float) -> Metrics:
        """Advance widths of the Latin font in `style` at `size` (measured words are kept)."""
        key = (style, size)
        if key not in self._metrics:
            self._metrics[key] = Metrics(self, style, size)
        return self._metrics[key]

    def text_run(self, lines: list[tuple[float, float, str]], *, size: float, style: str = "",
                 colour: Colour = INK, page_height: float | None = None) -> None:
        """Lines of plain text (see `Metrics.plain`), each (x, baseline, text), as one text object.

        The one place that writes to the page's content stream itself, with
        fpdf2 2.8's internals (`_out`, `_resource_catalog`): `text()` spends
        some 10 µs a line on checks and state, most of the time of an annex of
        thousands of rows. Neither fpdf2's font nor its colour is changed: the
        q/Q keeps its idea of both true. A text is encoded (and its glyphs
        picked for the subset) once per document; a character Noto Sans lacks
        (an arrow) is set in the symbols font, in the same text object.
        """
        if not lines:
            return
        font = self.font_object(LATIN, style)
        self._resource_catalog.add(PDFResourceType.FONT, font.i, self.page)
        k, encoded, key, cmap = self.k, self._encoded, font.i, self.points(font)
        height = self.h if page_height is None else page_height
        red, green, blue = (c / 255 for c in colour)
        select = f"/F{key} {size:.2f} Tf"
        parts = [f"q {red:.3f} {green:.3f} {blue:.3f} rg BT {select}"]
        for x, y, text in lines:
            code = encoded.get((key, text))
            if code is None:
                if not (text.isascii() or set(map(ord, text)) <= cmap):
                    parts.append(self._mixed(font, text, x * k, (height - y) * k, size))
                    parts.append(select)
                    continue
                code = self.encode(font, text)
            parts.append(f"1 0 0 1 {x * k:.2f} {(height - y) * k:.2f} Tm {code}")
        parts.append("ET Q")
        self._out(" ".join(parts))

    def relative_text(self, lines: Sequence[tuple[float, float, str]], style: str) -> str | None:
        """Plain lines, each (dx, dy, text) in mm from an origin, as text operators that end
        where they start: a table cell written once, then placed in every row it appears in
        by `text_at`. None when a line needs the symbols font."""
        font = self.font_object(LATIN, style)
        k, cmap = self.k, self.points(font)
        if len(lines) == 1:  # most cells: there and back, the same figures negated
            dx, dy, text = lines[0]
            if not (text.isascii() or set(map(ord, text)) <= cmap):
                return None
            there, down = f"{dx * k:.2f}", f"{-dy * k:.2f}"
            return (f"{there} {down} Td {self.encode(font, text)}"
                    f" {_negated(there)} {_negated(down)} Td")
        parts = []
        at_x = at_y = 0.0
        for dx, dy, text in lines:
            if not (text.isascii() or set(map(ord, text)) <= cmap):
                return None
            x, y = round(dx * k, 2), round(-dy * k, 2)
            parts.append(f"{x - at_x:.2f} {y - at_y:.2f} Td {self.encode(font, text)}")
            at_x, at_y = x, y
        parts.append(f"{-at_x:.2f} {-at_y:.2f} Td")
        return " ".join(parts)

    def text_at(self, x: float, y: float, operators: Sequence[str], *, size: float,
                style: str, colour: Colour) -> None:
        """Text operators from `relative_text`, each from the origin (x, baseline y), as one
        text object (see `text_run`)."""
        start = self._starts.get((style, size, colour))
        if start is None:
            font = self.font_object(LATIN, style)
            red, green, blue = (c / 255 for c in colour)
            start = self._starts[style, size, colour] = (
                font.i, f"q {red:.3f} {green:.3f} {blue:.3f} rg BT /F{font.i} {size:.2f} Tf")
        self._resource_catalog.add(PDFResourceType.FONT, start[0], self.page)
        k = self.k
        self._out(f"{start[1]} 1 0 0 1 {x * k:.2f} {(self.h - y) * k:.2f} Tm"
                  f" {' '.join(operators)} ET Q")

    def points(self, font: TTFFont) -> frozenset[int]:
        """The characters `font` has."""
        points = self._points.get(font.i)
        if points is None:
            points = self._points[font.i] = frozenset(font.cmap)
        return points

    def encode(self, font: TTFFont, text: str) -> str:
        """`text` as a string operand of `font`'s subset (fpdf2's `encode_text`, by a table),
        worked out once per document."""
        code = self._encoded.get((font.i, text))
        if code is None:
            codes = self._codes.get(font.i)
            if codes is None:
                codes = self._codes[font.i] = _Codes(font)
            mapped = text.translate(codes).encode("utf-16-be").decode("latin-1")
            code = self._encoded[font.i, text] = f"({escape_parens(mapped)}) Tj"
        return code

    def _mixed(self, font: TTFFont, text: str, x: float, y: float, size: float) -> str:
        """A line of Latin letters and symbols, each stretch in its font (x, y in points)."""
        symbols = self.font_object(SYMBOLS)
        self._resource_catalog.add(PDFResourceType.FONT, symbols.i, self.page)
        parts = []
        for piece, latin in _font_stretches(text, font.cmap):
            chosen = font if latin else symbols
            parts.append(f"/F{chosen.i} {size:.2f} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm"
                         f" {self.encode(chosen, piece)}")
            x += sum([chosen.cw[ord(c)] for c in piece]) * size * 0.001
        return " ".join(parts)

    def fill_rect(self, x: float, y: float, width: float, height: float,
                  colour: Colour) -> None:
        """A filled rectangle, without fpdf2's state (its fill colour stays as it was)."""
        red, green, blue = (c / 255 for c in colour)
        k = self.k
        self._out(f"q {red:.3f} {green:.3f} {blue:.3f} rg {x * k:.2f} {(self.h - y) * k:.2f}"
                  f" {width * k:.2f} {-height * k:.2f} re f Q")

    def png(self, png: bytes, *, x: float, y: float, width: float, height: float) -> None:
        """A PNG picture placed in the box, its compressed rows kept as they are.

        fpdf2 decodes a picture and compresses its pixels again (60 ms for the
        timeline); a PDF reads a PNG's rows and their filters as they are
        (FlateDecode with the PNG predictors), so an 8-bit RGB PNG that is not
        interlaced is handed over ready, in fpdf2 2.8's image cache. Any other
        goes through fpdf2.
        """
        info = _png_info(png)
        if info is not None:
            key = hashlib.md5(png.strip(), usedforsecurity=False).hexdigest()  # as fpdf2's
            if key not in self.image_cache.images:
                info.update(i=len(self.image_cache.images) + 1, usages=0, iccp_i=None)
                self.image_cache.images[key] = info
        self.image(io.BytesIO(png), x=x, y=y, w=width, h=height, keep_aspect_ratio=True)

    def baseline(self, top: float, line_h: float, size: float) -> float:
        """Where the text of a line `line_h` mm high, starting at `top`, sits."""
        return top + 0.5 * line_h + 0.3 * size / self.k

    def use(self, size: float, style: str = "", colour: Colour = INK, *,
            arabic: bool = False) -> None:
        """Select the body font (or the Arabic one: it has no italic) and the ink."""
        if arabic:
            self.need_fallbacks()
            self.load(ARABIC, style.replace("I", ""))
            self.set_font(ARABIC, style.replace("I", ""), size * ARABIC_SCALE)
        else:
            self.load(LATIN, style)
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
                    align: str = "L", link: int | None = None, cut: bool = True,
                    around: tuple[str, str] = ("", "")) -> None:
        """One line, cut to `width` with an ellipsis (unless `cut` is off: a line already
        wrapped to fit), its stretches in reading order.

        `align` is from the reading side: in a right-to-left pack "L" sets the
        line against the box's right edge, and "R" against its left. A plain
        line is placed once per place and text: the header and footer repeat on
        every page. `around` is the paragraph's lines before and after this one.
        """
        if self.rtl and align in "LR":
            align = "R" if align == "L" else "L"
        key = (text, x, y, width, height, size, style, align)
        placed = self._placed.get(key)
        if placed is None:
            text = clean(text)
            metrics = self.metrics(style, size)
            if metrics.plain(text):
                text = _fit_plain(metrics, text, width)
                used = metrics.width(text)
                start = {"L": x, "C": x + (width - used) / 2, "R": x + width - used}[align]
                placed = self._placed[key] = (start, self.baseline(y, height, size), text, used)
        if placed is not None:
            start, baseline, text, used = placed
            self.text_run([(start, baseline, text)], size=size, style=style, colour=colour)
            if link is not None:
                self.link(start, y, used, height, link)
            return
        self.need_fallbacks()
        text = clean(text)
        spans = direction_spans(_fit_line(self, text, width, size=size, style=style)
                                if cut else text)
        rtl = is_rtl(text) or self.rtl
        if rtl:
            spans = _spaces_inside(spans, before=around[0], after=around[1])
        widths = []
        for piece, right in spans:
            self.use(size, style, colour, arabic=right)
            self.shape("rtl" if right else "ltr")
            widths.append(self.get_string_width(piece))
        start = {"L": x, "C": x + (width - sum(widths)) / 2,
                 "R": x + width - sum(widths)}["R" if is_rtl(text) and not self.rtl
                                               and align == "L" else align]
        # Placed from the right when the line reads so, but written in reading order,
        # so that a reader that copies the text (or pypdf) gets it as it is read.
        order = list(zip(spans, widths, strict=True))
        at, stretches = start, []
        for (piece, right), piece_w in reversed(order) if rtl else order:
            stretches.append((piece, right, piece_w, at))
            at += piece_w
        for piece, right, piece_w, x_at in reversed(stretches) if rtl else stretches:
            self.use(size, style, colour, arabic=right)
            self.shape("rtl" if right else "ltr")
            self.set_xy(x_at, y)
            self.cell(piece_w, height, piece, link=link or "")
            self.font_changed()
        self.shape(None)

    def flow(self, text: str, *, size: float = BODY_PT, style: str = "",
             colour: Colour = INK, align: str = "L", indent: float = 0.0,
             right_indent: float = 0.0, after: float = 2.0, line_height: float = 1.35,
             bullet: str = "") -> None:
        """One paragraph from the current position, wrapped and across pages as needed.

        A mostly right-to-left paragraph is aligned right; each right-to-left
        stretch of a left-to-right one is set in the Arabic font. In a
        right-to-left pack `align` is from the reading side ("L": the right
        edge), `indent` is on the right and `right_indent` on the left.
        """
        text = clean(text).replace("\r\n", "\n").replace("\t", " ")
        if self.rtl:
            align = {"L": "R", "R": "L"}.get(align, align)
            indent, right_indent = right_indent, indent
        metrics = self.metrics(style, size)
        if metrics.plain(text):
            self._plain_flow(text, metrics, size=size, style=style, colour=colour, align=align,
                             indent=indent, right_indent=right_indent, after=after,
                             line_height=line_height, bullet=bullet)
            return
        self.need_fallbacks()
        rtl = is_rtl(text)
        if rtl or self.rtl:
            self._rtl_flow(text, size=size, style=style, colour=colour, align=align,
                           indent=indent, right_indent=right_indent, after=after,
                           line_height=line_height, bullet=bullet)
            return
        aligned = "R" if rtl and not self.rtl and align == "L" else align
        if bullet and self.rtl:  # fpdf2 sets a bullet on the left only: this one goes right
            self.ensure(size * PT * line_height * 2)
            self.single_line(bullet, x=self.w - self.r_margin - right_indent + 2.5, y=self.y,
                             width=right_indent, height=size * PT * line_height, size=size,
                             style=style, colour=colour, align="R")
        # fpdf2 pads its columns by the cell margin: taken off, so that shaped and plain
        # paragraphs (and their bullets) line up.
        with self.text_columns(text_align=aligned, line_height=line_height,
                               l_margin=self.l_margin + indent - self.c_margin,
                               r_margin=self.r_margin + right_indent - self.c_margin) as columns:
            bullet_string = ""
            if bullet and not self.rtl:
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

    def _rtl_flow(self, text: str, *, size: float, style: str, colour: Colour, align: str,
                  indent: float, right_indent: float, after: float, line_height: float,
                  bullet: str) -> None:
        """`flow` for a paragraph read from the right that needs shaping: a line at a time.

        fpdf2 2.8 lays a paragraph's stretches of each direction out from the
        left: "الملحق ب: نظرة" came out with its first words at the left end.
        Wrapped here instead, each line is set by `single_line`, which orders
        its stretches from the right. `align`, `indent` and `right_indent` are
        on the page's sides here, as `flow` has turned them.
        """
        left = self.l_margin + indent
        width = self.epw - indent - right_indent
        line_h = size * PT * line_height
        if not self.rtl and align == "L":  # Arabic in a left-to-right pack: from the right
            align = "R"
        shown = {"L": "R", "R": "L"}.get(align, align) if self.rtl else align
        lines = self.wrap_shaped(text, width, size=size, style=style)
        for number, line in enumerate(lines):
            if self.y + line_h > self.page_break_trigger:
                self.turn()
            if number == 0 and bullet and self.rtl:  # the bullet or number on the right
                self.single_line(bullet, x=left + width + 2.5, y=self.y,
                                 width=max(right_indent - 2.5, 3.0), height=line_h, size=size,
                                 style=style, colour=colour, align="R")
            elif number == 0 and bullet:
                self.single_line(bullet, x=left - indent, y=self.y,
                                 width=max(indent - 2.5, 3.0), height=line_h, size=size,
                                 style=style, colour=colour, align="R")
            around = (lines[number - 1] if number else "",
                      lines[number + 1] if number + 1 < len(lines) else "")
            self.single_line(line, x=left, y=self.y, width=width, height=line_h, size=size,
                             style=style, colour=colour, align=shown, cut=False, around=around)
            self.y += line_h
        if self.y + after <= self.page_break_trigger:
            self.y += after
        self.x = self.l_margin

    def _plain_flow(self, text: str, metrics: Metrics, *, size: float, style: str,
                    colour: Colour, align: str, indent: float, right_indent: float,
                    after: float, line_height: float, bullet: str) -> None:
        """`flow` for text the Latin font sets alone: wrapped here, a text operator a line.

        fpdf2's paragraphs shape every word with HarfBuzz as they wrap, some
        4 ms a paragraph: a minute for the thousands of bullets of a large pack.
        """
        left = self.l_margin + indent
        width = self.epw - indent - right_indent
        line_h = size * PT * line_height
        run: list[tuple[float, float, str]] = []
        for number, (line, used) in enumerate(metrics.wrap(text, width, "text")):
            if self.y + line_h > self.page_break_trigger:
                self.text_run(run, size=size, style=style, colour=colour)
                run = []
                self.turn()
            at = {"L": left, "R": left + width - used, "C": left + (width - used) / 2}[align]
            y = self.baseline(self.y, line_h, size)
            if number == 0 and bullet and self.rtl:  # the bullet or number on the right
                run.append((left + width + 2.5, y, bullet))
            elif number == 0 and bullet:
                run.append((left - 2.5 - metrics.width(bullet), y, bullet))
            run.append((at, y, line))
            self.y += line_h
        self.text_run(run, size=size, style=style, colour=colour)
        if self.y + after <= self.page_break_trigger:
            self.y += after
        self.x = self.l_margin

    def longest_shaped(self, text: str, kind: str, *, size: float, style: str = "") -> float:
        """The widest piece of a text that needs shaping (a line may not break it), in mm.

        A date or an amount is one piece: "31 أغسطس 2025" must not lose its year's
        last digit to the next line.
        """
        pieces = [text] if kind in UNBROKEN else text.split()
        widest = 0.0
        for piece in pieces:
            right = is_rtl(piece)
            self.use(size, style, arabic=right)
            self.shape("rtl" if right else "ltr")
            widest = max(widest, self.get_string_width(piece.replace("\u00a0", " ")))
        self.shape(None)
        return widest

    def shaped_width(self, text: str, *, size: float, style: str = "") -> float:
        """The width of one line of text that needs shaping, as `single_line` sets it, in mm."""
        self.need_fallbacks()
        width = 0.0
        for piece, right in direction_spans(text):
            self.use(size, style, arabic=right)
            self.shape("rtl" if right else "ltr")
            width += self.get_string_width(piece)
        self.shape(None)
        return width

    def wrap_shaped(self, text: str, width: float, *, size: float,
                    style: str = "") -> list[str]:
        """Text that needs shaping cut at spaces into lines `width` mm wide, in reading order.

        Each line is then set on its own with `single_line`, from the reading
        side; a word wider than the line stays whole on a line of its own.
        """
        lines: list[str] = []
        for word in (w for w in text.split(" ") if w):  # not at no-break spaces
            trial = f"{lines[-1]} {word}" if lines else word
            if lines and self.shaped_width(trial, size=size, style=style) <= width:
                lines[-1] = trial
            else:
                lines.append(word)
        return lines or [text]

    def lines_of(self, text: str, width: float, *, size: float, style: str = "") -> int:
        """How many lines `text` takes in a box `width` mm wide (cell padding included)."""
        metrics = self.metrics(style, size)
        if metrics.plain(text):
            return max(1, len(metrics.wrap(clean(text), width - 2 * self.c_margin, "text")))
        self.need_fallbacks()
        rtl = is_rtl(text)
        self.use(size, style, arabic=rtl)
        self.shape("rtl" if rtl else "ltr")
        lines = self.multi_cell(width, 1, text, dry_run=True, output=MethodReturnValue.LINES)
        self.shape(None)
        assert isinstance(lines, list)
        return max(1, len(lines))


class Metrics:
    """Advance widths of one font at one size, in mm."""

    def __init__(self, pdf: PackPdf, style: str, size: float) -> None:
        self.pdf = pdf
        font = pdf.font_object(LATIN, style)
        self.cw = font.cw.copy()  # and the widths of the symbols met in the texts
        self.points = pdf.points(font)
        self.scale = size * 0.001 / pdf.k
        self.known: dict[str, float] = {}  # a table measures each text twice: widths, lines
        self.symbols: set[int] = set()  # characters set in the symbols font
        self._longest: dict[str, float] = {}
        self.space = self.width(" ")

    def width(self, text: str) -> float:
        known = self.known.get(text)
        if known is None:
            cw = self.cw
            known = self.known[text] = sum([cw[ord(c)] for c in text]) * self.scale
        return known

    def plain(self, text: str) -> bool:
        """True when the text needs no shaping: every character in Noto Sans or, for the
        few it lacks (arrows, the minus sign), in the symbols font, none right to left."""
        if text.isascii():
            return True
        missing = set(map(ord, text)) - self.points
        if not missing:
            return True
        if missing <= self.symbols:
            return True
        if is_rtl(text) or not all(_symbol_only(chr(point)) for point in missing):
            return False
        symbols = self.pdf.font_object(SYMBOLS)
        if not all(point in symbols.cmap for point in missing):
            return False
        for point in missing:
            self.cw[point] = symbols.cw[point]
        self.symbols |= missing
        self.known.clear()  # measured before with the width of a missing glyph
        self._longest.clear()
        return True

    def longest(self, text: str, kind: str) -> float:
        """The widest piece of `text` a line may not break."""
        if kind in UNBROKEN:
            return self.width(text)
        found = self._longest.get(text)
        if found is None:
            found = self._longest[text] = max(
                (self.width(piece) for word in text.split()
                 for piece in _BREAK_AFTER.split(word)), default=0.0)
        return found

    def wrap(self, text: str, avail: float, kind: str) -> list[tuple[str, float]]:
        """The lines of a plain text, each with its width."""
        measure, space, known = self.width, self.space, self.known
        lines: list[tuple[str, float]] = []
        for part in text.split("\n"):
            whole = measure(part)
            if whole <= avail or kind in UNBROKEN:
                lines.append((part, whole))
                continue
            line, used = "", 0.0
            for word in part.split(" "):
                width = known.get(word)
                if width is None:
                    width = measure(word)
                if width <= avail:  # the common case: a word that fits a line
                    if line and used + space + width <= avail:
                        line, used = f"{line} {word}", used + space + width
                    else:
                        if line:
                            lines.append((line, used))
                        line, used = word, width
                    continue
                for number, piece in enumerate(self._pieces(word, avail)):
                    width = measure(piece)
                    glue = space if line and number == 0 else 0.0
                    if line and used + glue + width > avail:
                        lines.append((line, used))
                        line, used = "", 0.0
                        glue = 0.0
                    line += (" " if glue else "") + piece
                    used += glue + width
            lines.append((line, used))
        return lines

    def _pieces(self, word: str, avail: float) -> list[str]:
        """A word cut after its hyphens or slashes, and by letter only when a piece is too long."""
        pieces = _BREAK_AFTER.split(word)
        out: list[str] = []
        for whole in pieces:
            rest = whole
            while self.width(rest) > avail and len(rest) > 1:
                cut = len(rest) - 1
                while cut > 1 and self.width(rest[:cut]) > avail:
                    cut -= 1
                out.append(rest[:cut])
                rest = rest[cut:]
            out.append(rest)
        return out



def _png_info(png: bytes) -> RasterImageInfo | None:
    """What fpdf2 needs of an 8-bit RGB, non-interlaced PNG, its rows as they are; else None."""
    if not png.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    at, rows, size = 8, [], None
    while at + 8 <= len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        body = png[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if (depth, colour, interlace) != (8, 2, 0):
                return None
            size = (width, height)
        elif kind == b"IDAT":
            rows.append(body)
        elif kind in {b"tRNS", b"iCCP"}:
            return None  # transparency or a colour profile: fpdf2 handles those
        at += 12 + length
    if size is None or not rows:
        return None
    return RasterImageInfo(data=b"".join(rows), w=size[0], h=size[1], cs="DeviceRGB", iccp=None,
                           dpn=3, bpc=8, f="FlateDecode", inverted=False,
                           dp=f"/Predictor 15 /Colors 3 /Columns {size[0]}")


def _negated(figure: str) -> str:
    """A formatted number with the opposite sign, to the same digits."""
    return figure[1:] if figure.startswith("-") else f"-{figure}"


class _Codes(dict[int, str]):
    """A `str.translate` table from a character to its code in a font's subset, filled as met."""

    def __init__(self, font: TTFFont) -> None:
        super().__init__()
        self.font = font

    def __missing__(self, point: int) -> str:
        code = self.font.subset.pick(point)
        self[point] = "" if code is None else chr(code)
        return self[point]


def _symbol_only(char: str) -> bool:
    """A character set on its own, left to right, with nothing to join or combine."""
    return (unicodedata.bidirectional(char) in {"ON", "ES", "ET", "CS", "L", "EN", "WS"}
            and not unicodedata.combining(char))


def _font_stretches(text: str, cmap: dict[int, str]) -> list[tuple[str, bool]]:
    """`text` cut where it changes between characters in `cmap` (True) and others."""
    stretches: list[tuple[str, bool]] = []
    for char in text:
        inside = ord(char) in cmap
        if stretches and stretches[-1][1] == inside:
            stretches[-1] = (stretches[-1][0] + char, inside)
        else:
            stretches.append((char, inside))
    return stretches


_NEUTRAL = frozenset({"WS", "ON", "CS", "S", "B"})  # take the direction of what they sit in


def _spaces_inside(spans: list[tuple[str, bool]], *, before: str = "",
                   after: str = "") -> list[tuple[str, bool]]:
    """A line set from the right: the spaces and punctuation around a left-to-right stretch
    go to its right-to-left side, which sets them on the reading side (mirrored).

    " 13" after "من" must show "13 من" from the right, not "13من", and still
    copy as "من 13"; in "نشاط واحد (1 منتهية)" the brackets belong to the
    Arabic, as Unicode's bidirectional algorithm has it: left with the "1"
    they came out reversed. So does a bracket or an arrow after figures
    ("450,000 € (7 نوفمبر", "0 € ← 450,000 €"). A line of Latin
    text alone keeps its own. `before` and `after` are the paragraph's lines
    around this one: a line that breaks inside Latin text is not a paragraph's
    end, and "migration," keeps its comma on the Latin side.
    """
    if not any(right for _piece, right in spans):
        return spans
    pieces = [[piece, right] for piece, right in spans]
    out: list[list[str | bool]] = []
    for i, (piece, right) in enumerate(pieces):
        text = str(piece)
        if right:
            out.append([text, True])
            continue
        lead = _neutral_run(text)
        trail = _neutral_run(text[::-1]) if lead < len(text) else 0
        if i == 0 and lead < len(text) and _last_strong(before) == "L":
            lead = 0  # the Latin text of the line above runs on
        if i == len(pieces) - 1 and trail and _first_strong(after) == "L":
            trail = 0  # and so does this line's, onto the next
        head, body, tail = text[:lead], text[lead:len(text) - trail], text[len(text) - trail:]
        if head:
            if out and out[-1][1]:
                out[-1][0] = str(out[-1][0]) + head
            else:
                out.append([head, True])
        parts: list[list[str | bool]] = [[part, inside]
                                          for part, inside in _brackets_between(body)]
        while parts and tail and not parts[-1][1] and _opened(str(parts[-1][0]), tail[0]):
            parts[-1][0], tail = str(parts[-1][0]) + tail[0], tail[1:]  # "(2024)" whole
        out += parts
        if tail:
            if i + 1 < len(pieces) and pieces[i + 1][1]:
                pieces[i + 1][0] = tail + str(pieces[i + 1][0])
            else:
                out.append([tail, True])
    return [(str(piece), bool(right)) for piece, right in out if piece]


def _brackets_between(body: str) -> list[tuple[str, bool]]:
    """A left-to-right stretch cut where a bracket or sign follows figures, not a Latin word.

    The bidirectional algorithm sets such a neutral (a bracket, an arrow, a
    dash: its spaces with it) at the line's direction, right to left and
    mirrored: "0 € ← 450,000 €" reads from the right, the old amount first.
    After a Latin word the neutral stays with the word.
    """
    parts: list[tuple[str, bool]] = []
    at = start = 0
    while start < len(body):
        end = start
        while end < len(body) and unicodedata.bidirectional(body[end]) in {"WS", "ON"} | (
                {"CS"} if body[end] == "\u00a0" else set()):
            end += 1
        run = body[start:end]
        # Figures after a Latin word take its direction: "Erasmus+ (2024)" stays whole.
        if (run and start and end < len(body) and _last_strong(body[:start]) != "L"
                and any(unicodedata.bidirectional(c) == "ON" for c in run)):
            parts += [(body[at:start], False), (run, True)]
            at = end
        start = end + 1 if end == start else end
    parts.append((body[at:], False))
    return [(part, inside) for part, inside in parts if part]


_PAIRS = {")": "(", "]": "[", "}": "{"}


def _opened(text: str, close: str) -> bool:
    """Does `text` leave open the bracket `close` shuts?"""
    opening = _PAIRS.get(close)
    return opening is not None and text.count(opening) > text.count(close)


def _first_strong(text: str) -> str | None:
    """'L' or 'R': the first character of `text` with a direction of its own, or None."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in {"R", "AL"}:
            return "R"
    return None


def _last_strong(text: str) -> str | None:
    return _first_strong(text[::-1])


def _neutral_run(text: str) -> int:
    """How many characters at the start of `text` have no direction of their own."""
    count = 0
    for char in text:
        if unicodedata.bidirectional(char) not in _NEUTRAL:
            break
        count += 1
    return count


def _fit_plain(metrics: Metrics, text: str, width: float) -> str:
    """`text` cut with an ellipsis to fit on one line."""
    if metrics.width(text) <= width:
        return text
    while len(text) > 1 and metrics.width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _fit_line(pdf: PackPdf, text: str, width: float, *, size: float, style: str) -> str:
    """`text` that needs shaping, cut to fit on one line (a right-to-left one is kept whole)."""
    pdf.use(size, style)
    if is_rtl(text) or pdf.get_string_width(text) <= width:
        return text
    while len(text) > 1 and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"
