"""Small charts drawn with QPainter, since Qt Charts is not in PySide6-Essentials.

They take their text and background colours from the palette, so they read
the same in light and dark schemes, lay out in logical pixels (Qt scales them
on high-DPI screens) and say what they show in words for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..models.l10n import format_number, format_percent, translate, translate_noop

Item = tuple[str, float, QColor | None]
Format = Callable[[float], str]


def plain_number(value: float) -> str:
    return format_number(round(value))


class _Chart(QWidget):
    """What both charts share: the data, its words, the empty state."""

    def __init__(self, title: str = "", parent: QWidget | None = None, *,
                 empty_text: str = translate_noop("Charts", "No data")) -> None:
        super().__init__(parent)
        self._title = title
        self._empty_text = translate("Charts", empty_text)
        self._items: list[Item] = []
        self._format: Format = plain_number
        self.setAccessibleName(title or translate("Charts", "Chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._describe()

    def set_data(self, items: Sequence[Item], value_format: Format | None = None) -> None:
        """Replace what the chart shows; values below zero are drawn as zero."""
        self._items = [(label, float(value), colour) for label, value, colour in items]
        if value_format is not None:
            self._format = value_format
        self._describe()
        self.updateGeometry()
        self.update()

    def data(self) -> list[tuple[str, float]]:
        """The labels and values shown, in order, for tests and callers."""
        return [(label, value) for label, value, _ in self._items]

    def is_empty(self) -> bool:
        return not any(value > 0 for _, value, _ in self._items)

    def summary(self) -> str:
        """The data in one sentence, as a screen reader will say it."""
        if self.is_empty():
            return f"{self._title or translate('Charts', 'Chart')}: {self._empty_text}."
        parts = "; ".join(f"{label}: {self._format(value)}" for label, value, _ in self._items)
        return f"{self._title or translate('Charts', 'Chart')}: {parts}."

    def _describe(self) -> None:
        self.setAccessibleDescription(self.summary())

    def _colour(self, colour: QColor | None) -> QColor:
        if colour is not None and colour.isValid():
            return colour
        return self.palette().color(QPalette.ColorRole.Highlight)

    def _text_colour(self) -> QColor:
        return self.palette().color(self.foregroundRole())

    def _muted_colour(self) -> QColor:
        """Text colour blended towards the background: quieter, yet readable in any scheme."""
        text = self.palette().color(self.foregroundRole())
        back = self.palette().color(self.backgroundRole())
        return QColor.fromRgbF(*(0.6 * t + 0.4 * b for t, b in zip(
            (text.redF(), text.greenF(), text.blueF()),
            (back.redF(), back.greenF(), back.blueF()), strict=True)))

    def _draw_empty(self, painter: QPainter) -> None:
        painter.setPen(self._muted_colour())
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self._empty_text)

    def _item_at(self, pos: QPoint) -> int | None:
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame every chart shares: focus, then "No data" or the chart itself."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_focus(painter)
        if self.is_empty():
            self._draw_empty(painter)
        else:
            self._paint(painter)

    def _paint(self, painter: QPainter) -> None:
        raise NotImplementedError

    def _visual(self, rect: QRectF) -> QRectF:
        """`rect`, laid out left to right, where it goes on screen: mirrored right to left.

        The charts compute their geometry once, reading order first; in Arabic the
        bars grow from the right and the legend starts there. Text alignment needs
        no change: the painter already takes the widget's direction for it.
        """
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _draw_focus(self, painter: QPainter) -> None:
        """A dashed frame while the chart has keyboard focus (for its spoken summary)."""
        if not self.hasFocus():
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1,
                            Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._item_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                label, value, _ = self._items[index]
                QToolTip.showText(event.globalPos(), f"{label}: {self._format(value)}", self)
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)


class BarChart(_Chart):
    """Horizontal bars, one a row: label first (on the left, or right in Arabic), value at the
    bar's end."""

    # -- geometry ------------------------------------------------------------

    def _row_height(self) -> int:
        return round(self.fontMetrics().height() * 1.7)

    def _margin(self) -> int:
        return max(4, self.fontMetrics().height() // 3)

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(label) for label, _, _ in self._items), default=0)
        return min(widest, max(80, int(self.width() * 0.4)))

    def _value_width(self) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(self._format(v)) for _, v, _ in self._items), default=0)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        rows = max(1, len(self._items)) if not self.is_empty() else 2
        width = max(320, fm.horizontalAdvance("M") * 30)
        return QSize(width, rows * self._row_height() + 2 * self._margin())

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        rows = max(1, len(self._items)) if not self.is_empty() else 2
        return QSize(fm.horizontalAdvance("M") * 16, rows * self._row_height() + 2 * self._margin())

    def _rows(self) -> list[QRectF]:
        m, h = self._margin(), self._row_height()
        return [QRectF(m, m + i * h, self.width() - 2 * m, h) for i in range(len(self._items))]

    def _item_at(self, pos: QPoint) -> int | None:
        if self.is_empty():
            return None
        for i, row in enumerate(self._rows()):
            if row.contains(pos.toPointF()):
                return i
        return None

    # -- drawing -------------------------------------------------------------

    def _paint(self, painter: QPainter) -> None:
        fm = QFontMetrics(self.font())
        gap = fm.horizontalAdvance("  ")
        label_w, value_w = self._label_width(), self._value_width()
        top = max((value for _, value, _ in self._items), default=0.0)
        text, muted = self._text_colour(), self._muted_colour()
        track = QColor(text)
        track.setAlphaF(0.08)
        for (label, value, colour), row in zip(self._items, self._rows(), strict=True):
            painter.setPen(text)
            label_rect = QRectF(row.left(), row.top(), label_w, row.height())
            painter.drawText(self._visual(label_rect),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w))
            bar_left = row.left() + label_w + gap
            bar_room = max(0.0, row.right() - value_w - gap - bar_left)
            bar_h = row.height() * 0.6
            bar_top = row.top() + (row.height() - bar_h) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(self._visual(QRectF(bar_left, bar_top, bar_room, bar_h)), 2, 2)
            length = bar_room * max(0.0, value) / top if top > 0 else 0.0
            if value > 0:
                length = max(length, 2.0)  # a small value stays visible
            painter.setBrush(self._colour(colour))
            painter.drawRoundedRect(self._visual(QRectF(bar_left, bar_top, length, bar_h)), 2, 2)
            painter.setPen(text if value > 0 else muted)
            value_rect = QRectF(bar_left + length + gap, row.top(),
                                row.right() - (bar_left + length + gap), row.height())
            painter.drawText(self._visual(value_rect),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self._format(value))


class StackedBar(_Chart):
    """One bar split into parts of a whole, with a legend giving each count and share."""

    def __init__(self, title: str = "", parent: QWidget | None = None, *,
                 empty_text: str = translate_noop("Charts", "No data")) -> None:
        super().__init__(title, parent, empty_text=empty_text)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def total(self) -> float:
        return sum(max(0.0, value) for _, value, _ in self._items)

    def summary(self) -> str:
        total = self.total()
        if total <= 0:
            return f"{self._title or translate('Charts', 'Chart')}: {self._empty_text}."
        parts = "; ".join(f"{label}: {self._format(value)} ({_share(value, total)})"
                          for label, value, _ in self._items)
        return translate("Charts", "{title}: {total} in all. {parts}.").format(
            title=self._title or translate("Charts", "Chart"), total=self._format(total),
            parts=parts)

    # -- geometry ------------------------------------------------------------

    def _margin(self) -> int:
        return max(4, self.fontMetrics().height() // 3)

    def _bar_height(self) -> int:
        return round(self.fontMetrics().height() * 1.6)

    def _legend_text(self, label: str, value: float) -> str:
        return f"{label}  {self._format(value)} ({_share(value, self.total())})"

    def _legend_layout(self, width: int) -> list[QRectF]:
        """Where each legend entry goes, wrapping into lines to fit the width."""
        fm = self.fontMetrics()
        m, line_h = self._margin(), round(fm.height() * 1.5)
        swatch = fm.height() * 0.8
        y = m + self._bar_height() + m
        x, rects = float(m), []
        for label, value, _ in self._items:
            w = swatch + fm.horizontalAdvance(" " + self._legend_text(label, value)) + fm.height()
            if x > m and x + w > width - m:
                x, y = float(m), y + line_h
            rects.append(QRectF(x, y, w, line_h))
            x += w
        return [self._visual(rect) for rect in rects]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.is_empty():
            return self._bar_height() + 2 * self._margin()
        rects = self._legend_layout(width)
        return int(max(r.bottom() for r in rects)) + self._margin()

    def sizeHint(self) -> QSize:
        width = max(320, self.fontMetrics().horizontalAdvance("M") * 30)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance("M") * 16
        return QSize(width, self._bar_height() + 2 * self._margin())

    def _segments(self) -> list[QRectF]:
        m = self._margin()
        bar = QRectF(m, m, self.width() - 2 * m, self._bar_height())
        total = self.total()
        shown = [i for i, (_, v, _) in enumerate(self._items) if v > 0]
        min_w = 3.0
        room = bar.width() - min_w * len(shown)
        rects = [QRectF(bar.left(), bar.top(), 0, bar.height()) for _ in self._items]
        x = bar.left()
        for i in shown:
            w = min_w + max(0.0, room) * self._items[i][1] / total
            rects[i] = self._visual(QRectF(x, bar.top(), w, bar.height()))
            x += w
        return rects

    def _item_at(self, pos: QPoint) -> int | None:
        if self.is_empty():
            return None
        p = pos.toPointF()
        for i, rect in enumerate(self._segments()):
            if rect.width() > 0 and rect.contains(p):
                return i
        for i, rect in enumerate(self._legend_layout(self.width())):
            if rect.contains(p):
                return i
        return None

    # -- drawing -------------------------------------------------------------

    def _paint(self, painter: QPainter) -> None:
        fm = QFontMetrics(self.font())
        background = self.palette().color(self.backgroundRole())
        total = self.total()
        for (_label, value, colour), rect in zip(self._items, self._segments(), strict=True):
            if rect.width() <= 0:
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._colour(colour))
            painter.drawRect(rect)
            share = _share(value, total)
            if fm.horizontalAdvance(share) + fm.height() < rect.width():
                painter.setPen(_readable_on(self._colour(colour)))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, share)
        # thin separators in the background colour keep neighbouring parts apart
        painter.setPen(background)
        rtl = self.isRightToLeft()
        for rect in self._segments()[:-1]:
            if rect.width() > 0:
                painter.drawLine(*((rect.topLeft(), rect.bottomLeft()) if rtl
                                   else (rect.topRight(), rect.bottomRight())))

        swatch = fm.height() * 0.8
        text = self._text_colour()
        legend = self._legend_layout(self.width())
        for (label, value, colour), shown in zip(self._items, legend, strict=True):
            rect = self._visual(shown)  # back to reading order; drawn mirrored again below
            box = QRectF(rect.left(), rect.center().y() - swatch / 2, swatch, swatch)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._colour(colour))
            painter.drawRoundedRect(self._visual(box), 2, 2)
            painter.setPen(text if value > 0 else self._muted_colour())
            painter.drawText(self._visual(QRectF(box.right() + fm.horizontalAdvance(" "),
                                                 rect.top(), rect.width() - swatch,
                                                 rect.height())),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self._legend_text(label, value))


def _share(value: float, total: float) -> str:
    if total <= 0:
        return "0%"
    share = 100 * value / total
    return format_percent(share) if share >= 1 or share == 0 else "<1%"


def _readable_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on a filled shape of this colour."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor(Qt.GlobalColor.black) if luminance > 0.5 else QColor(Qt.GlobalColor.white)
