"""The timeline block as a Gantt-style chart, drawn with Pillow as a PNG.

Word has no chart that survives LibreOffice and printing alike; a picture
at print resolution does. Up to `MAX_BARS` activities get one labelled bar
each; more than that would be unreadable, so a larger timeline shows one
lane per group with the number of running activities per month instead.
In a right-to-left pack the chart is mirrored as its reader reads: time runs
from right to left, the labels stand on the right and the legend flows from
the right; the text itself is not mirrored.
"""

from __future__ import annotations

import functools
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from PIL import Image, ImageDraw, ImageFont

from ..models.content import Timeline, TimelineItem
from ..models.formatting import parse_day
from ..models.pack_words import ENGLISH, Words

MAX_BARS = 40
DPI = 200

# Okabe-Ito: tells groups apart for colour-blind readers and in greyscale print.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D31",
           "#7F7F7F")
INK = "#1F2933"
MUTED = "#5F6B7A"
GRID = "#E3E7ED"
YEAR_RULE = "#B8C2CF"
STRIPE = "#F5F7FA"
TODAY = "#C62828"

_REGULAR = ("DejaVuSansCondensed.ttf", "DejaVuSans.ttf", "arial.ttf", "Arial.ttf",
            "LiberationSans-Regular.ttf", "NotoSans-Regular.ttf")
_BOLD = ("DejaVuSansCondensed-Bold.ttf", "DejaVuSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf",
         "LiberationSans-Bold.ttf", "NotoSans-Bold.ttf")

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@functools.cache
def _font_file(bold: bool) -> str | None:
    """The first system font found with Latin and Arabic glyphs, else None."""
    for name in _BOLD if bold else _REGULAR:
        try:
            ImageFont.truetype(name, 10)
        except OSError:
            continue
        return name
    return None


def _load_font(size: int, bold: bool) -> Font:
    name = _font_file(bold)
    return ImageFont.truetype(name, size) if name else ImageFont.load_default(size)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _next_quarter(day: date) -> date:
    start = _quarter_start(day)
    return date(start.year + (start.month == 10), (start.month + 2) % 12 + 1, 1)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _months(start: date, end: date) -> list[date]:
    result, current = [], _month_start(start)
    while current < end:
        result.append(current)
        current = _next_month(current)
    return result


def _fit(text: str, font: Font, width: float) -> str:
    """The text, cut with an ellipsis so that it fits `width` pixels."""
    if font.getlength(text) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if font.getlength(text[:mid].rstrip() + "…") <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def _mix(colour: str, share: float) -> tuple[int, int, int]:
    """`colour` blended with white: share 1 is the colour, 0 is white."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return (round(255 - (255 - r) * share), round(255 - (255 - g) * share),
            round(255 - (255 - b) * share))


@dataclass(frozen=True)
class _Span:
    label: str
    start: date
    end: date
    group: str


@dataclass
class _Layout:
    """Pixel geometry shared by the drawing steps."""

    width: int
    px: float  # pixels per point
    first: date
    last: date
    plot_left: int
    plot_right: int
    top: int
    words: Words = ENGLISH  # the pack's language: months, "Today", counts
    fonts: dict[tuple[int, bool], Font] = field(default_factory=dict)

    @property
    def rtl(self) -> bool:
        return self.words.right_to_left

    def x(self, day: date) -> float:
        """Where `day` falls: time runs from the reading side, right to left in Arabic."""
        total = (self.last - self.first).days or 1
        share = (day - self.first).days / total
        if self.rtl:
            share = 1 - share
        return self.plot_left + share * (self.plot_right - self.plot_left)

    def span(self, start: date, end: date) -> tuple[float, float]:
        """The left and right edges of the days from `start` to `end`."""
        a, b = self.x(start), self.x(end)
        return min(a, b), max(a, b)

    def label_at(self) -> tuple[int, str]:
        """Where a row's label starts and its anchor: the reading side's edge."""
        return (self.width - self.pt(2), "rm") if self.rtl else (self.pt(2), "lm")

    def row_band(self) -> tuple[int, int]:
        """The left and right edges of a row's stripe: its label and the plot."""
        return (self.plot_left, self.width) if self.rtl else (0, self.plot_right)

    def pt(self, points: float) -> int:
        return round(points * self.px)

    def font(self, points: float, *, bold: bool = False) -> Font:
        """A font at `points` size; loaded once per chart, never shared between threads."""
        key = (self.pt(points), bold)
        if key not in self.fonts:
            self.fonts[key] = _load_font(*key)
        return self.fonts[key]


def render_timeline(timeline: Timeline, *, width_inches: float, dpi: int = DPI,
                    words: Words = ENGLISH) -> bytes:
    """The chart as PNG bytes, `width_inches` wide when printed at `dpi`, in `words`' language."""
    spans = _spans(timeline.items)
    today = parse_day(timeline.today)
    groups = list(dict.fromkeys(s.group for s in spans))
    colours = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(groups)}

    bounds = [s.start for s in spans] + [s.end for s in spans]
    bounds += [d for d in (parse_day(timeline.start), parse_day(timeline.end), today) if d]
    first = _quarter_start(min(bounds) if bounds else date.today())
    last = _next_quarter(max(bounds) if bounds else first)
    if len(_months(first, last)) < 6:
        last = _next_quarter(last)

    width = round(width_inches * dpi)
    px = dpi / 72
    lanes = len(spans) > MAX_BARS
    rows = len(groups) if lanes else len(spans)
    row_h = round((24 if lanes else 12.5) * px)
    labels = round(width * (0.30 if lanes else 0.34))  # the labels' share of the width
    plot = ((round(6 * px), width - labels) if words.right_to_left
            else (labels, width - round(6 * px)))
    layout = _Layout(width=width, px=px, first=first, last=last, plot_left=plot[0],
                     plot_right=plot[1], top=round(36 * px), words=words)
    legend_rows = _legend_rows(groups, layout)
    height = layout.top + max(rows, 1) * row_h + round(10 * px) + legend_rows * round(14 * px)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)

    plot_bottom = layout.top + max(rows, 1) * row_h
    _draw_axis(draw, layout, plot_bottom)
    if lanes:
        _draw_lanes(draw, layout, spans, groups=groups, colours=colours, row_h=row_h)
    else:
        _draw_bars(draw, layout, spans, colours, row_h)
    if not spans:
        draw.text((layout.plot_right if layout.rtl else layout.plot_left,
                   layout.top + row_h // 2), words("timeline.none"),
                  font=layout.font(8), fill=MUTED, anchor=layout.label_at()[1])
    if today and first <= today < last:
        _draw_today(draw, layout, today, plot_bottom)
    if lanes:
        x, anchor = layout.label_at()
        draw.text((x, layout.pt(10)), words("timeline.lanes", n=words.number(len(spans))),
                  font=layout.font(7), fill=MUTED, anchor=anchor)
        draw.text((x, layout.pt(22)), words("timeline.lanes_by_group"),
                  font=layout.font(7), fill=MUTED, anchor=anchor)
    _draw_legend(draw, layout, groups, colours, plot_bottom + round(8 * px))

    out = io.BytesIO()
    # The fastest compression: level 9 saves a tenth of the size at three times the time.
    image.save(out, "PNG", dpi=(dpi, dpi), compress_level=1)
    return out.getvalue()


def _spans(items: list[TimelineItem]) -> list[_Span]:
    spans = []
    for item in items:
        start, end = parse_day(item.start), parse_day(item.end)
        if start is None and end is None:
            continue
        start = start or end
        end = end or start
        assert start is not None and end is not None
        if end < start:
            start, end = end, start
        spans.append(_Span(item.label, start, end, item.group or "Other"))
    return spans


def _draw_axis(draw: ImageDraw.ImageDraw, layout: _Layout, bottom: int) -> None:
    months = _months(layout.first, layout.last)
    month_w = (layout.plot_right - layout.plot_left) / max(len(months), 1)
    small = layout.font(7)
    year_font = layout.font(8, bold=True)
    year_y, month_y = layout.pt(10), layout.pt(24)
    wide = month_w >= small.getlength("May") + layout.pt(3)
    narrow = month_w >= small.getlength("M") + layout.pt(2)
    for month in months:
        x = layout.x(month)
        nxt = layout.x(_next_month(month))
        if month.month == 1 or month == months[0]:
            draw.line([(x, year_y - layout.pt(6)), (x, bottom)], fill=YEAR_RULE,
                      width=max(1, layout.pt(0.8)))
        elif month_w >= layout.pt(4):
            draw.line([(x, layout.top), (x, bottom)], fill=GRID, width=1)
        if wide or narrow:
            name = layout.words.short_month(month.month)
            label = name if wide else name[0]
            draw.text(((x + nxt) / 2, month_y), label, font=small, fill=MUTED, anchor="mm")
        elif month.month in (1, 4, 7, 10) and month_w * 3 >= small.getlength("Q4"):
            # From the quarter's start, which is its right edge when time runs leftwards.
            at = (x - layout.pt(2), "rm") if layout.rtl else (x + layout.pt(2), "lm")
            draw.text((at[0], month_y), f"Q{(month.month + 2) // 3}", font=small,
                      fill=MUTED, anchor=at[1])
    for year in range(layout.first.year, layout.last.year + 1):
        lo = max(layout.first, date(year, 1, 1))
        hi = min(layout.last, date(year + 1, 1, 1))
        if hi <= lo:
            continue
        left, right = layout.span(lo, hi)
        if right - left >= year_font.getlength("2000"):
            draw.text(((left + right) / 2, year_y), str(year), font=year_font, fill=INK,
                      anchor="mm")
    draw.line([(layout.plot_left, layout.top), (layout.plot_right, layout.top)],
              fill=YEAR_RULE, width=max(1, layout.pt(0.8)))
    draw.line([(layout.plot_left, bottom), (layout.plot_right, bottom)], fill=YEAR_RULE,
              width=max(1, layout.pt(0.8)))


def _draw_bars(draw: ImageDraw.ImageDraw, layout: _Layout, spans: list[_Span],
               colours: dict[str, str], row_h: int) -> None:
    font = layout.font(7.5)
    label_w = _label_width(layout)
    label_x, anchor = layout.label_at()
    band = layout.row_band()
    for i, span in enumerate(spans):
        top = layout.top + i * row_h
        middle = top + row_h / 2
        if i % 2:
            draw.rectangle([(band[0], top), (band[1], top + row_h - 1)], fill=STRIPE)
        draw.text((label_x, middle), _fit(span.label, font, label_w), font=font,
                  fill=INK, anchor=anchor)
        left, right = layout.span(span.start, span.end)
        if right - left < layout.pt(2):  # a day's activity still shows, from its start
            left, right = (right - layout.pt(2), right) if layout.rtl else (left,
                                                                            left + layout.pt(2))
        pad = row_h * 0.22
        draw.rounded_rectangle([(left, top + pad), (right, top + row_h - pad)],
                               radius=layout.pt(1.5), fill=colours[span.group])


def _draw_lanes(draw: ImageDraw.ImageDraw, layout: _Layout, spans: list[_Span], *,
                groups: list[str], colours: dict[str, str], row_h: int) -> None:
    """One row per group: each month shaded by how many of its activities run then."""
    months = _months(layout.first, layout.last)
    index = {m: i for i, m in enumerate(months)}
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    totals: dict[str, int] = defaultdict(int)
    for span in spans:
        totals[span.group] += 1
        month = _month_start(max(span.start, layout.first))
        while month <= span.end and month in index:
            counts[span.group][index[month]] += 1
            month = _next_month(month)
    peak = max((max(c) for c in counts.values()), default=1) or 1
    label_font = layout.font(8)
    count_font = layout.font(6)
    label_w = _label_width(layout)
    label_x, anchor = layout.label_at()
    band = layout.row_band()
    for row, group in enumerate(groups):
        top = layout.top + row * row_h
        middle = top + row_h / 2
        if row % 2:
            draw.rectangle([(band[0], top), (band[1], top + row_h - 1)], fill=STRIPE)
        count = f" ({layout.words.number(totals[group])})"
        name = _fit(group, label_font, label_w - label_font.getlength(count))
        draw.text((label_x, middle), name + count, font=label_font, fill=INK, anchor=anchor)
        pad = row_h * 0.15
        for month, n in zip(months, counts[group], strict=True):
            if not n:
                continue
            left, right = layout.span(month, _next_month(month))
            share = 0.18 + 0.82 * n / peak
            draw.rectangle([(left, top + pad), (right, top + row_h - pad)],
                           fill=_mix(colours[group], share))
            text = layout.words.number(n)
            if right - left >= count_font.getlength(text) + layout.pt(2):
                draw.text(((left + right) / 2, middle), text, font=count_font,
                          fill="white" if share > 0.6 else INK, anchor="mm")


def _draw_today(draw: ImageDraw.ImageDraw, layout: _Layout, today: date, bottom: int) -> None:
    x = layout.x(today)
    dash, gap = layout.pt(3), layout.pt(2)
    y = layout.top
    while y < bottom:
        draw.line([(x, y), (x, min(y + dash, bottom))], fill=TODAY, width=max(2, layout.pt(1)))
        y += dash + gap
    font = layout.font(7, bold=True)
    label = layout.words("timeline.today", date=layout.words.date(today))
    length = font.getlength(label)
    # After the line in the reading direction, unless that runs off the plot.
    if layout.rtl:
        anchor = "lm" if x - length - layout.pt(4) < layout.plot_left else "rm"
    else:
        anchor = "rm" if x + length + layout.pt(4) > layout.plot_right else "lm"
    offset = -layout.pt(3) if anchor == "rm" else layout.pt(3)
    y_label = layout.top - layout.pt(4)
    box = draw.textbbox((x + offset, y_label), label, font=font, anchor=anchor)
    draw.rectangle([(box[0] - 2, box[1] - 2), (box[2] + 2, box[3] + 2)], fill="white")
    draw.text((x + offset, y_label), label, font=font, fill=TODAY, anchor=anchor)


def _legend_items(groups: list[str], layout: _Layout) -> list[list[str]]:
    """The groups flowed into lines that fit the image's width."""
    font = layout.font(7.5)
    swatch = layout.pt(8)
    lines: list[list[str]] = [[]]
    used = 0.0
    for group in groups:
        need = swatch + layout.pt(4) + font.getlength(group) + layout.pt(14)
        if lines[-1] and used + need > layout.width - layout.pt(4):
            lines.append([])
            used = 0.0
        lines[-1].append(group)
        used += need
    return lines


def _legend_rows(groups: list[str], layout: _Layout) -> int:
    return len(_legend_items(groups, layout)) if groups else 0


def _draw_legend(draw: ImageDraw.ImageDraw, layout: _Layout, groups: list[str],
                 colours: dict[str, str], top: int) -> None:
    font = layout.font(7.5)
    swatch = layout.pt(8)
    line_h = layout.pt(14)
    for row, line in enumerate(_legend_items(groups, layout) if groups else []):
        middle = top + row * line_h + line_h / 2
        # From the reading side: in Arabic each swatch stands right of its group's name.
        sign = -1 if layout.rtl else 1
        x = float(layout.width - layout.pt(2) if layout.rtl else layout.pt(2))
        for group in line:
            edges = sorted((x, x + sign * swatch))
            draw.rounded_rectangle([(edges[0], middle - swatch / 2),
                                    (edges[1], middle + swatch / 2)],
                                   radius=layout.pt(1), fill=colours[group])
            x += sign * (swatch + layout.pt(4))
            draw.text((x, middle), group, font=font, fill=INK, anchor="rm" if layout.rtl
                      else "lm")
            x += sign * (font.getlength(group) + layout.pt(14))


def _label_width(layout: _Layout) -> int:
    """The room for a row's label, between the image's edge and the plot."""
    if layout.rtl:
        return layout.width - layout.plot_right - layout.pt(10)
    return layout.plot_left - layout.pt(10)
