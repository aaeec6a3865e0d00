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


@dataclass(slots=True)
class _Laid:
    """A cell laid out once, drawn in every row it appears in."""

    lines: int
    operators: str = ""  # plain lines as text operators from the row's origin
    loose: tuple[tuple[float, float, str], ...] = ()  # plain lines with a symbol: (dx, dy, text)
    shaped: str = ""  # a text fpdf2 shapes, in the cell's box


@dataclass
class _Row:
    cells: list[_Laid]
    lines: int
    plain: bool  # every cell empty or written by `operators`


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
        self._prepared = False
        self._resize(size)

    def prepare(self, tables: Sequence[Sequence[Sequence[Cell]]]) -> None:
        """Column widths judged on the rows of all these tables, which `draw` then shares.

        The tables of one kind in a section line up, as in the Word pack, and a
        cell met in several of them is laid out once.
        """
        self._printed: dict[str, dict[Cell, str]] = {}  # by kind: statuses, dates, names repeat
        self._wrap_dates = False
        kinds: list[str] = [c.kind for c in self.columns]
        self.widths, self.kinds = self._fit([t for rows in tables for t in self._texts(rows)],
                                            kinds)
        self._wrap_dates = self.kinds != kinds
        self._laid: dict[bool, list[dict[str, _Laid]]] = {  # by header or not, by column
            head: [{} for _ in self.columns] for head in (True, False)}
        self._head_place, self._body_place = self._place(head=True), self._place(head=False)
        self._prepared = True

    def _texts(self, rows: Sequence[Sequence[Cell]]) -> list[list[str]]:
        """The rows as printed, column by column: each value is printed once per kind."""
        columns = []
        for i, column in enumerate(self.columns):
            printed = self._printed.setdefault(column.kind, {})
            values = [row[i] for row in rows]
            for value in set(values):
                if value not in printed:
                    text = cell_text(value, column.kind)
                    if self._wrap_dates and column.kind == "date":
                        text = text.replace(_NBSP, " ")
                    printed[value] = text
            columns.append([printed[value] for value in values])
        return [list(row) for row in zip(*columns, strict=True)]

    def draw(self, rows: Sequence[Sequence[Cell]]) -> None:
        if not self._prepared:
            self.prepare([rows])
        texts, widths, kinds = self._texts(rows), self.widths, self.kinds
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
            self._printed.clear()  # printed again, with dates that may wrap
            kinds = ["text" if k == "date" else k for k in kinds]
            need = self._needs(texts, kinds)
        if sum(need) > self.width:
            self._resize(max(MIN_TABLE_PT, self.size * self.width / sum(need) * 0.98))
            need = self._needs(texts, kinds)
        return share_widths([c.width for c in self.columns], need, self.width), kinds

    def _resize(self, size: float) -> None:
        self.size = size
        self.line_h = size * PT * 1.3
        self.regular = self.pdf.metrics("", size)
        self.bold = self.pdf.metrics("B", size)

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
        cells: list[_Laid] = []
        lines, plain = 1, True
        for i, (text, known) in enumerate(zip(row, self._laid[bold], strict=True)):
            laid = known.get(text)
            if laid is None:
                laid = known[text] = self._cell(i, text, widths[i], kinds[i], bold)
            cells.append(laid)
            lines = max(lines, laid.lines)
            plain = plain and not (laid.loose or laid.shaped)
        return _Row(cells, lines, plain)

    def _cell(self, i: int, text: str, width: float, kind: str, bold: bool) -> _Laid:
        """A cell's lines, placed in its column, and how many lines it takes."""
        measure = self.bold if bold else self.regular
        start, end, style, _, right = (self._head_place if bold else self._body_place)[i]
        if not measure.plain(text):
            return _Laid(self.pdf.lines_of(text, width, size=self.size, style=style),
                         shaped=text)
        if not text:
            return _Laid(0)
        placed = tuple((end - used if right else start, number * self.line_h, line)
                       for number, (line, used) in enumerate(
                           measure.wrap(text, width - 2 * PAD_X, kind)))
        operators = self.pdf.relative_text(placed, style)
        if operators is None:
            return _Laid(len(placed), loose=placed)
        return _Laid(len(placed), operators=operators)

    def _height(self, row: _Row | None) -> float:
        return 0.0 if row is None else row.lines * self.line_h + 2 * PAD_Y

    # -- drawing ---------------------------------------------------------------------

    def _place(self, *, head: bool) -> list[tuple[float, float, str, Colour, bool]]:
        """Per column: where its text starts and ends (mm from the table's left edge), its
        style and colour, right-aligned.

        A right-to-left pack's table reads from the right: its first column
        there, and each column's alignment mirrored.
        """
        rtl = self.pdf.rtl
        placed = []
        x = self.width if rtl else 0.0
        last = len(self.columns) - 1
        for i, (width, column) in enumerate(zip(self.widths, self.columns, strict=True)):
            bold = head or (self.bold_values and i == last)
            colour = WHITE if head else (self.label_colour if self.label_colour and i == 0
                                         else INK)
            right = column.kind in RIGHT_ALIGNED or (self.right_values and i == last)
            if rtl:  # from the cell's right edge, the reading side
                x -= width
                right = not right
            placed.append((x + PAD_X, x + width - PAD_X, "B" if bold else "", colour, right))
            if not rtl:
                x += width
        return placed

    def _draw_row(self, row: _Row, y: float, *, head: bool, stripe: bool) -> None:
        pdf = self.pdf
        height = self._height(row)
        # A right-to-left pack's table starts on the right: its first column there.
        left = pdf.l_margin + (pdf.epw - self.width if pdf.rtl else 0.0)
        if head or stripe:
            pdf.fill_rect(left, y, self.width, height, ACCENT if head else STRIPE)
        top = pdf.baseline(y + PAD_Y, self.line_h, self.size)
        placed = self._head_place if head else self._body_place
        if row.plain and len({(p[2], p[3]) for p in placed}) == 1:  # a data table's row
            pdf.text_at(left, top, [laid.operators for laid in row.cells if laid.operators],
                        size=self.size, style=placed[0][2], colour=placed[0][3])
            pdf.set_y(y + height)
            return
        groups: dict[tuple[str, Colour], list[str]] = {}
        for laid, (start, end, style, colour, right) in zip(row.cells, placed, strict=True):
            if laid.operators:
                group = groups.get((style, colour))
                if group is None:
                    group = groups[style, colour] = []
                group.append(laid.operators)
            elif laid.loose:
                pdf.text_run([(left + dx, top + dy, text) for dx, dy, text in laid.loose],
                             size=self.size, style=style, colour=colour)
            elif laid.shaped:  # shaped by fpdf2, in its box
                pdf.set_y(y + PAD_Y)
                near, far = left + start - pdf.l_margin, pdf.l_margin + pdf.epw - left - end
                if pdf.rtl:  # flow() reads align and indents from the reading side
                    near, far = far, near
                pdf.flow(laid.shaped, size=self.size, style=style, colour=colour,
                         align="R" if right != pdf.rtl else "L", indent=near, right_indent=far,
                         after=0, line_height=1.3)
        for (style, colour), operators in groups.items():
            pdf.text_at(left, top, operators, size=self.size, style=style, colour=colour)
        pdf.set_y(y + height)

    def _rule(self) -> None:
        """The line under a table (the stripes and the header's fill mark the rows)."""
        pdf = self.pdf
        if self.rules:
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(0.25)
            left = pdf.l_margin + (pdf.epw - self.width if pdf.rtl else 0.0)
            pdf.line(left, pdf.y, left + self.width, pdf.y)


def table_drawer(pdf: PackPdf, columns: Sequence[Column]) -> TableDrawer:
    """For data tables across the text width (a narrower one when they have one or two columns)."""
    return TableDrawer(pdf, columns, width=pdf.epw * 0.6 if len(columns) <= 2 else pdf.epw)


def draw_pairs(pdf: PackPdf, items: Sequence[tuple[str, str]], *, width: float,
               label_share: float, boxed: bool) -> None:
    """Label and value, two columns, no header: key figures, and the cover's facts."""
    columns = [Column("", width=label_share), Column("", width=1 - label_share)]
    TableDrawer(pdf, columns, width=width, header=False, stripes=boxed, rules=boxed,
                label_colour=MUTED, bold_values=True, right_values=boxed,
                size=9.0 if boxed else 10.0).draw(
        [list(item) for item in items])
