"""Tables for the PDF pack: header rows that repeat on every page, rows that never split.

Laid out here rather than with fpdf2's `table()`: that measures and shapes
every cell through its full text engine, about 4 ms a row, a minute for the
annex of a large pack. Here words are measured from the font's advance widths,
lines are broken by hand, and a Latin cell is drawn with one text operator per
line; only the cells that need shaping (right-to-left, or letters Noto Sans
lacks) go through fpdf2's layout.

Columns follow their relative widths but never break a word, date or amount:
each gets at least its longest unbreakable piece, taken from the columns with
room to spare.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models.content import Cell, Column
from ..models.formatting import format_cell
from .pdf_layout import (
    ACCENT,
    INK,
    MUTED,
    PT,
    RULE,
    STRIPE,
    WHITE,
    Colour,
    Metrics,
    PackPdf,
)
from .text import clean

TABLE_PT = 8.5
MIN_TABLE_PT = 6.5  # smaller than this is not read on paper; a word is split instead
PAD_X = 1.2  # mm, each side
PAD_Y = 0.9
RIGHT_ALIGNED = frozenset({"money", "number"})
_NBSP = "\u00a0"


def cell_text(value: Cell, kind: str) -> str:
    """A cell as printed; a date stays on one line."""
    text = clean(format_cell(value, kind))  # type: ignore[arg-type]
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return text.replace(" ", _NBSP) if kind == "date" else text


def share_widths(weights: Sequence[float], need: Sequence[float], total: float) -> list[float]:
    """Widths in proportion to `weights`, each at least its `need`, summing to `total`."""
    weight = sum(max(w, 0.05) for w in weights) or 1.0
    widths = [max(total * max(w, 0.05) / weight, n) for w, n in zip(weights, need, strict=True)]
    excess = sum(widths) - total
    if excess > 0:
        slack = [w - n for w, n in zip(widths, need, strict=True)]
        spare = sum(slack)
        if spare >= excess:
            widths = [w - excess * s / spare for w, s in zip(widths, slack, strict=True)]
        else:
            widths = [n * total / sum(need) for n in need]
    return widths


@dataclass
class _Row:
    cells: list[list[tuple[str, float]] | str]  # plain lines, or the text of a shaped cell
    lines: int


class TableDrawer:
    """Draws one table on a `PackPdf`, from the current position."""

    def __init__(self, pdf: PackPdf, columns: Sequence[Column], *, width: float,
                 header: bool = True, stripes: bool = True, rules: bool = True,
                 label_colour: Colour | None = None, bold_values: bool = False,
                 right_values: bool = False, size: float = TABLE_PT) -> None:
        self.pdf, self.columns = pdf, list(columns)
        self.width, self.header, self.stripes, self.rules = width, header, stripes, rules
        self.label_colour, self.bold_values = label_colour, bold_values
        self.right_values = right_values
        self._resize(size)

    def draw(self, rows: Sequence[Sequence[Cell]]) -> None:
        kinds: list[str] = [c.kind for c in self.columns]
        texts = [[cell_text(v, k) for v, k in zip(row, kinds, strict=True)] for row in rows]
        widths, kinds = self._fit(texts, kinds)
        self.widths = widths
        head = self._layout([c.title for c in self.columns], widths, bold=True,
                            kinds=["text"] * len(kinds)) if self.header else None
        pdf = self.pdf
        head_h = self._height(head)
        first = True
        for number, row in enumerate(texts):
            laid = self._layout(row, widths, bold=False, kinds=kinds)
            needed = self._height(laid) + (head_h if first else 0.0)
            turned = pdf.y + needed > pdf.page_break_trigger and pdf.y > pdf.t_margin + 1
            if turned:
                pdf.turn()
            if head and (first or turned):
                self._draw_row(head, pdf.y, head=True, stripe=False)
            first = False
            self._draw_row(laid, pdf.y, head=False, stripe=self.stripes and number % 2 == 1)
        if first and head:  # no rows: the header alone
            self._draw_row(head, pdf.y, head=True, stripe=False)
        self._rule()
        pdf.use(10)
        pdf.x = pdf.l_margin

    # -- layout ----------------------------------------------------------------------

    def _fit(self, texts: list[list[str]], kinds: list[str]) -> tuple[list[float], list[str]]:
        """Column widths in which no word and no number is broken, and the kinds to lay out.

        Dates stay on one line while the table is wide enough; then they may
        wrap between day, month and year; then the type gets smaller (down to
        MIN_TABLE_PT), as a typesetter would, rather than split a word.
        """
        need = self._needs(texts, kinds)
        if sum(need) > self.width and "date" in kinds:
            for row in texts:
                for i, kind in enumerate(kinds):
                    if kind == "date":
                        row[i] = row[i].replace(_NBSP, " ")
            kinds = ["text" if k == "date" else k for k in kinds]
            need = self._needs(texts, kinds)
        if sum(need) > self.width:
            self._resize(max(MIN_TABLE_PT, self.size * self.width / sum(need) * 0.98))
            need = self._needs(texts, kinds)
        return share_widths([c.width for c in self.columns], need, self.width), kinds

    def _resize(self, size: float) -> None:
        self.size = size
        self.line_h = size * PT * 1.3
        self.regular = Metrics(self.pdf, "", size)
        self.bold = Metrics(self.pdf, "B", size)

    def _needs(self, texts: list[list[str]], kinds: Sequence[str]) -> list[float]:
        """Each column's narrowest width: its longest unbreakable piece, title included."""
        regular, bold = self.regular, self.bold
        need = []
        cap = self.width * 0.4
        for i, column in enumerate(self.columns):
            longest = bold.longest(column.title, "text") if self.header else 0.0
            for text in {row[i] for row in texts}:
                if not regular.plain(text):  # Arabic: measured as set, in its own font,
                    # with the margins fpdf2's own text layout keeps inside the cell
                    longest = max(longest, self.pdf.longest_shaped(text, kinds[i],
                                                                   size=self.size)
                                  + 2 * self.pdf.c_margin)
                # No piece of a text is wider than the whole text.
                elif regular.width(text) > longest:
                    longest = max(longest, regular.longest(text, kinds[i]))
            need.append(min(longest + 2 * PAD_X + 0.3, cap))
        return need

    def _layout(self, row: Sequence[str], widths: Sequence[float], *, bold: bool,
                kinds: Sequence[str]) -> _Row:
        measure = self.bold if bold else self.regular
        cells: list[list[tuple[str, float]] | str] = []
        lines = 1
        for i, (text, width, kind) in enumerate(zip(row, widths, kinds, strict=True)):
            if measure.plain(text):
                laid = measure.wrap(text, width - 2 * PAD_X, kind) if text else []
                cells.append(laid)
                lines = max(lines, len(laid))
            else:
                style = "B" if bold or (self.bold_values and i == len(row) - 1) else ""
                cells.append(text)
                lines = max(lines, self.pdf.lines_of(text, width, size=self.size,
                                                     style=style))
        return _Row(cells, lines)

    def _height(self, row: _Row | None) -> float:
        return 0.0 if row is None else row.lines * self.line_h + 2 * PAD_Y

    # -- drawing ---------------------------------------------------------------------

    def _draw_row(self, row: _Row, y: float, *, head: bool, stripe: bool) -> None:
        pdf = self.pdf
        height = self._height(row)
        # A right-to-left pack's table starts on the right: its first column there.
        left = pdf.l_margin + (pdf.epw - self.width if pdf.rtl else 0.0)
        if head or stripe:
            pdf.set_fill_color(*(ACCENT if head else STRIPE))
            pdf.rect(left, y, self.width, height, style="F")
        x = left + self.width if pdf.rtl else left
        last = len(row.cells) - 1
        runs: dict[tuple[str, Colour], list[tuple[float, float, str]]] = {}
        for i, (cell, width, column) in enumerate(zip(row.cells, self.widths, self.columns,
                                                      strict=True)):
            bold = head or (self.bold_values and i == last)
            colour = WHITE if head else (self.label_colour if self.label_colour and i == 0
                                         else INK)
            right = column.kind in RIGHT_ALIGNED or (self.right_values and i == last)
            if pdf.rtl:  # from the cell's right edge, the reading side
                x -= width
                right = not right
            if isinstance(cell, str):
                pdf.set_y(y + PAD_Y)
                offset = x - pdf.l_margin
                # flow() reads align and indents from the reading side in an RTL pack.
                near, far = offset + PAD_X, pdf.epw - offset - width + PAD_X
                pdf.flow(cell, size=self.size, style="B" if bold else "", colour=colour,
                         align=("L" if right else "R") if pdf.rtl else ("R" if right else "L"),
                         indent=far if pdf.rtl else near,
                         right_indent=near if pdf.rtl else far, after=0, line_height=1.3)
            elif cell:
                run = runs.setdefault(("B" if bold else "", colour), [])
                baseline = pdf.baseline(y + PAD_Y, self.line_h, self.size)
                for text, used in cell:
                    run.append((x + width - PAD_X - used if right else x + PAD_X, baseline, text))
                    baseline += self.line_h
            if not pdf.rtl:
                x += width
        for (style, colour), run in runs.items():
            pdf.text_run(run, size=self.size, style=style, colour=colour)
        pdf.set_y(y + height)

    def _rule(self) -> None:
        """The line under a table (the stripes and the header's fill mark the rows)."""
        pdf = self.pdf
        if self.rules:
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.25)
            left = pdf.l_margin + (pdf.epw - self.width if pdf.rtl else 0.0)
            pdf.line(left, pdf.y, left + self.width, pdf.y)


def draw_table(pdf: PackPdf, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *,
               width: float | None = None) -> None:
    """A data table across the text width (a narrower one when it has one or two columns)."""
    full = pdf.epw if width is None else width
    TableDrawer(pdf, columns, width=full * 0.6 if len(columns) <= 2 else full).draw(rows)


def draw_pairs(pdf: PackPdf, items: Sequence[tuple[str, str]], *, width: float,
               label_share: float, boxed: bool) -> None:
    """Label and value, two columns, no header: key figures, and the cover's facts."""
    columns = [Column("", width=label_share), Column("", width=1 - label_share)]
    TableDrawer(pdf, columns, width=width, header=False, stripes=boxed, rules=boxed,
                label_colour=MUTED, bold_values=True, right_values=boxed,
                size=9.0 if boxed else 10.0).draw(
        [list(item) for item in items])
