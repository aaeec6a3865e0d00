"""The dashboard: the state of play overall or of one partnership, at a glance.

Every figure comes from `overview()`, which aggregates in SQL, so the page
costs a few queries however large the register is. It refreshes itself when
the session reports a change, and only while it is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import Changes, Commitment, Note, Partnership, Roundtable
from ..models.l10n import (
    country_name,
    format_date,
    format_money,
    format_money_text,
    format_number,
    translate,
)
from ..models.overview import Overview, overview
from ..models.records import DUE_SOON_DAYS
from ..models.vocab import CommitmentState, CommitmentStatus
from .charts import BarChart, StackedBar, plain_number
from .operations import Session
from .table_models import STATE_COLOURS

STATUS_COLOURS: dict[CommitmentStatus, QColor] = {
    CommitmentStatus.FULFILLED: QColor("#388e3c"),
    CommitmentStatus.IN_PROGRESS: QColor("#1e88e5"),
    CommitmentStatus.PLANNED: QColor("#90a4ae"),
    CommitmentStatus.ON_HOLD: QColor("#f9a825"),
    CommitmentStatus.CANCELLED: QColor("#a1887f"),
}
"""Done on the left, stuck on the right: the order the status bar is drawn in."""

ROUNDTABLES_SHOWN = 5
LISTED = 50  # overdue and due-soon commitments listed at most

IdRole = Qt.ItemDataRole.UserRole
KindRole = Qt.ItemDataRole.UserRole + 1


def days_text(day: str | None, today: date) -> str:
    """'in 5 days', 'today', '3 days overdue': how far a date is from today."""
    if not day:
        return ""
    try:
        delta = (date.fromisoformat(day) - today).days
    except ValueError:
        return ""
    if delta == 0:
        return translate("Dashboard", "today")
    if delta == 1:
        return translate("Dashboard", "tomorrow")
    if delta > 0:
        return translate("Dashboard", "in {days} days").format(days=format_number(delta))
    return (translate("Dashboard", "1 day overdue") if delta == -1 else
            translate("Dashboard", "{days} days overdue").format(days=format_number(-delta)))


def long_date(day: str | None) -> str:
    return format_date(day) if day else translate("Dashboard", "date to be set")


def readable_red(widget: QWidget) -> QColor:
    """The overdue red, lightened where the background is dark so it still reads."""
    dark = widget.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return QColor("#ff6e6e") if dark else STATE_COLOURS[CommitmentState.OVERDUE]


class Padded(QStyledItemDelegate):
    """Rows a little taller than the text, as the register's tables have them."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex
                 | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))


def dot_icon(colour: QColor) -> QIcon:
    """A filled circle; drawn large so it stays crisp when scaled down on any screen."""
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(size / 2, size / 2), size * 0.3, size * 0.3)
    painter.end()
    return QIcon(pixmap)


class MutedLabel(QLabel):
    """Secondary text: the text colour blended towards the background.

    Computed from the parent's palette, so it follows a change of colour scheme
    even where a custom palette leaves PlaceholderText unset.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._tinting = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._tint()

    def showEvent(self, event: QShowEvent) -> None:
        self._tint()  # the roles may have changed since the last palette change
        super().showEvent(event)

    def _tint(self) -> None:
        if self._tinting:
            return
        self._tinting = True
        try:
            parent = self.parentWidget()
            source = parent.palette() if parent is not None else QApplication.palette()
            text = source.color(self.foregroundRole())
            back = source.color(self.backgroundRole())
            palette = self.palette()
            palette.setColor(self.foregroundRole(), QColor.fromRgbF(
                0.6 * text.redF() + 0.4 * back.redF(), 0.6 * text.greenF() + 0.4 * back.greenF(),
                0.6 * text.blueF() + 0.4 * back.blueF()))
            self.setPalette(palette)
        finally:
            self._tinting = False


class Card(QFrame):
    """A framed panel on the base colour with a heading; contents go in `body`."""

    def __init__(self, heading: str, parent: QWidget | None = None, *,
                 muted_heading: bool = False) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 12)
        self.body.setSpacing(6)
        self.heading = MutedLabel(heading) if muted_heading else QLabel(heading)
        if not muted_heading:
            font = self.heading.font()
            font.setBold(True)
            self.heading.setFont(font)
        self.add(self.heading)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        if not isinstance(widget, QAbstractItemView):
            widget.setBackgroundRole(QPalette.ColorRole.Base)
            widget.setForegroundRole(QPalette.ColorRole.Text)
        self.body.addWidget(widget, stretch)


class Figure(Card):
    """One key number, large, under what it counts."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(caption, parent, muted_heading=True)
        self.value = QLabel("–")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add(self.value)
        self.body.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, text: str, *, spoken: str | None = None) -> None:
        self.value.setText(text)
        self.value.setAccessibleName(f"{self.heading.text()}: {spoken or text}")


class _List(QTreeWidget):
    """A read-only list of records; activating a row asks to open the record."""

    def __init__(self, name: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(Padded(self))
        self._rows = 6
        self.header().setStretchLastSection(False)
        self.header().setSectionsMovable(False)

    def fit_rows(self, rows: int) -> None:
        """Ask for room for `rows` rows: a short list needs no scroll bar, nor more space."""
        self._rows = rows
        self.setMinimumHeight(self._height_for(min(rows, 3)))
        self.updateGeometry()

    def _height_for(self, rows: int) -> int:
        row_h = self.fontMetrics().height() + 8  # as Padded makes them
        return self.header().sizeHint().height() + row_h * rows + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._height_for(self._rows))

    def add_placeholder(self, text: str) -> None:
        item = QTreeWidgetItem(self, [text])
        item.setFirstColumnSpanned(True)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font(0)
        font.setItalic(True)
        item.setFont(0, font)

    def add_group(self, text: str) -> None:
        item = QTreeWidgetItem(self, [text])
        item.setFirstColumnSpanned(True)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)


class Dashboard(QWidget):
    """Key figures, charts, next roundtables and commitments needing attention.

    Emits `open_record` with (kind, id) when a listed commitment or roundtable
    is double-clicked or activated with Enter.
    """

    open_record = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._partnership_id: str | None = None
        self._stale = True
        self.last_overview: Overview | None = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        session.changed.connect(self._changed)
        session.closing.connect(self._refresh_timer.stop)
        session.suspending.connect(self._refresh_timer.stop)
        self._build()

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = MutedLabel()

        self.figures = {
            "partnerships": Figure(translate("Dashboard", "Partnerships")),
            "activities": Figure(translate("Dashboard", "Activities")),
            "commitments": Figure(translate("Dashboard", "Commitments")),
            "funding": Figure(translate("Dashboard", "Total funding")),
        }
        self.figure_grid = figures = QGridLayout()
        figures.setSpacing(12)
        self._flow_figures(4)

        self.status_chart = StackedBar(translate("Dashboard", "Commitments by status"),
                                       empty_text=translate("Dashboard", "No commitments recorded"))
        status_card = Card(translate("Dashboard", "Commitments by status"))
        status_card.add(self.status_chart)
        status_card.body.addStretch(1)

        self.funding_chart = BarChart(translate("Dashboard", "Funding by instrument"),
                                      empty_text=translate("Dashboard", "No funding recorded"))
        funding_card = Card(translate("Dashboard", "Funding by instrument"))
        funding_card.add(self.funding_chart)
        funding_card.body.addStretch(1)

        self.roundtables = _List(
            translate("Dashboard", "Next roundtables"),
            [
                translate("Dashboard", "Date"),
                translate("Dashboard", "Roundtable"),
                translate("Dashboard", "Partner"),
                translate("Dashboard", "In"),
            ],
        )
        self.roundtables.fit_rows(ROUNDTABLES_SHOWN)
        roundtables_card = Card(translate("Dashboard", "Next roundtables"))
        roundtables_card.add(self.roundtables, 1)

        self.attention = _List(
            translate("Dashboard", "Commitments overdue or due soon"),
            [
                translate("Dashboard", "Due"),
                translate("Dashboard", "Partner"),
                translate("Dashboard", "Commitment"),
                translate("Dashboard", "Status"),
                translate("Dashboard", "When"),
            ],
        )
        self.attention.fit_rows(8)
        self.attention_card = Card(
            translate("Dashboard", "Overdue and due within {days} days").format(days=DUE_SOON_DAYS)
        )
        self.attention_card.add(self.attention, 1)
        for view in (self.roundtables, self.attention):
            view.itemActivated.connect(self._activated)

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(status_card)
        left.addWidget(roundtables_card, 1)
        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addLayout(left, 1)
        middle.addWidget(funding_card, 1)

        page = QWidget()
        self.page_layout = layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(12)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        layout.addLayout(heading)
        layout.addLayout(figures)
        layout.addLayout(middle)
        layout.addWidget(self.attention_card, 1)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(page)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        page.setMinimumWidth(720)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

    def _flow_figures(self, columns: int) -> None:
        """The key figures in one row, or two rows of two where one row would cut them."""
        grid = self.figure_grid
        for index, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, index // columns, index % columns)
        for column in range(4):
            grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_figures()

    def _fit_figures(self) -> None:
        gap = self.figure_grid.spacing()
        one_row = sum(f.minimumSizeHint().width() for f in self.figures.values()) + 3 * gap
        margins = self.page_layout.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 20
        columns = 4 if one_row <= room else 2
        if self.figure_grid.columnStretch(2) != (1 if columns == 4 else 0):
            self._flow_figures(columns)

    # -- what to show ----------------------------------------------------------

    @property
    def stale(self) -> bool:
        """True while what is shown may be older than the store."""
        return self._stale

    @property
    def partnership_id(self) -> str | None:
        return self._partnership_id

    def set_partnership(self, partnership_id: str | None) -> None:
        """Show one partnership, or all of them with None."""
        if partnership_id == self._partnership_id and not self._stale:
            return
        self._partnership_id = partnership_id
        self.invalidate()

    def refresh(self) -> None:
        """Read the overview again and redraw everything from it."""
        self._refresh_timer.stop()
        self._stale = False
        store = self.session.store
        data = overview(store, self._partnership_id, limit=LISTED)
        self.last_overview = data
        today = store.today()
        partnerships = {p.id: p for p in store.list(Partnership)}
        one = partnerships.get(self._partnership_id or "")

        self.title.setText(one.caption if one else translate("Dashboard", "All partnerships"))
        self.subtitle.setText(translate("Dashboard", "State of play on {date}").format(
            date=format_date(today)))

        self.figures["partnerships"].set_value(format_number(data.partnerships))
        self.figures["activities"].set_value(format_number(data.activities))
        self.figures["commitments"].set_value(format_number(data.commitments))
        funding = data.funding_cents
        self.figures["funding"].set_value(format_money_text(funding), spoken=format_money(funding))
        self.figures["funding"].value.setToolTip(format_money(funding))
        self._fit_figures()

        self.status_chart.set_data(
            [(status.translated, data.commitments_by_status.get(status, 0), colour)
             for status, colour in STATUS_COLOURS.items()], plain_number)
        by_instrument = sorted(((i, c) for i, c in data.funding_by_instrument.items() if c > 0),
                               key=lambda pair: -pair[1])
        self.funding_chart.set_data([(i.translated, c, None) for i, c in by_instrument],
                                    format_money_text)

        def partner(pid: str) -> str:
            p = partnerships.get(pid)
            return country_name(p.country_code) if p else ""

        self._fill_roundtables(data, today, partner)
        self._fill_attention(data, today, partner, show_partner=one is None)

    def _fill_roundtables(self, data: Overview, today: date, partner: Callable[[str], str]) -> None:
        view = self.roundtables
        view.clear()
        view.setColumnHidden(2, self._partnership_id is not None)
        if not data.next_roundtables:
            view.add_placeholder(translate("Dashboard", "No roundtable planned"))
        for r in data.next_roundtables[:ROUNDTABLES_SHOWN]:
            item = QTreeWidgetItem(
                view,
                [
                    format_date(r.date) or translate("Dashboard", "to be set"),
                    r.caption,
                    partner(r.partnership_id),
                    days_text(r.date, today),
                ],
            )
            item.setData(0, IdRole, r.id)
            item.setData(0, KindRole, Roundtable.KIND)
            item.setToolTip(1, r.caption)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        more = len(data.next_roundtables) - ROUNDTABLES_SHOWN
        if more > 0:
            view.add_placeholder(translate("Dashboard", "and %Ln more planned", None, more))
        _fit_columns(view, stretch=1)

    def _fill_attention(self, data: Overview, today: date, partner: Callable[[str], str], *,
                        show_partner: bool) -> None:
        view = self.attention
        view.clear()
        view.setColumnHidden(1, not show_partner)
        if not data.overdue and not data.due_soon:
            view.add_placeholder(
                translate("Dashboard", "Nothing overdue or due within {days} days").format(
                    days=DUE_SOON_DAYS
                )
            )
        groups = [
            (CommitmentState.OVERDUE, translate("Dashboard", "Overdue"), data.overdue),
            (
                CommitmentState.DUE_SOON,
                translate("Dashboard", "Due within {days} days").format(days=DUE_SOON_DAYS),
                data.due_soon,
            ),
        ]
        for state, heading, commitments in groups:
            if not commitments:
                continue
            view.add_group(f"{heading} ({_at_least(len(commitments))})")
            icon = dot_icon(STATE_COLOURS[state])
            for c in commitments:
                item = QTreeWidgetItem(view, [format_date(c.due_date), partner(c.partnership_id),
                                              c.caption, c.status.translated,
                                              days_text(c.due_date, today)])
                item.setIcon(0, icon)
                item.setData(0, IdRole, c.id)
                item.setData(0, KindRole, Commitment.KIND)
                item.setToolTip(2, c.text)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, state.translated)
                item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                if state is CommitmentState.OVERDUE:
                    item.setForeground(4, readable_red(view))
        if len(data.overdue) >= LISTED or len(data.due_soon) >= LISTED:
            view.add_placeholder(translate(
                "Dashboard", "Only the first {count} of each are listed: filter the commitments"
                " register for all of them").format(count=LISTED))
        self.attention_card.heading.setText(
            translate("Dashboard", "Overdue ({overdue}) and due within {days} days ({due})").format(
                overdue=_at_least(len(data.overdue)), days=DUE_SOON_DAYS,
                due=_at_least(len(data.due_soon))))
        _fit_columns(view, stretch=2)

    # -- events ----------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if changes.everything or changes.kinds - {Note.KIND}:  # notes count for nothing here
            self.invalidate()

    def invalidate(self) -> None:
        """Read the overview again when next seen: at once if shown, else on show."""
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, record_id = item.data(0, KindRole), item.data(0, IdRole)
        if kind and record_id:
            self.open_record.emit(str(kind), str(record_id))


def _at_least(n: int) -> str:
    return f"{n}+" if n >= LISTED else str(n)


def _fit_columns(view: QTreeWidget, *, stretch: int) -> None:
    """Size columns to their contents, and give the rest of the width to one."""
    header = view.header()
    for column in range(view.columnCount()):
        mode = (QHeaderView.ResizeMode.Stretch if column == stretch
                else QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column, mode)
