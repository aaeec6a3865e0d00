"""The commitments tracker's side panel: one commitment, its history, a quick update.

An update goes through the session, so it is undoable like any edit; what the
store refuses is shown in one red line under the form, never as a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import Changes, Commitment, Organisation, Partnership, Roundtable, UserError
from ..models.l10n import country_name, format_date, translate
from ..models.vocab import CommitmentStatus
from .dashboard import MutedLabel, Padded, days_text, long_date, readable_red
from .operations import Session
from .table_models import STATE_COLOURS


class Dot(QWidget):
    """A traffic-light dot the height of a line of text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour: QColor | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_colour(self, colour: QColor | None) -> None:
        self._colour = colour
        self.update()

    def colour(self) -> QColor | None:
        return self._colour

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height()
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._colour is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        radius = min(self.width(), self.height()) * 0.32
        painter.drawEllipse(QPointF(self.width() / 2, self.height() / 2), radius, radius)


class CommitmentPanel(QWidget):
    """Shows one commitment (or none) and records progress updates on it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._commitment: Commitment | None = None
        self.setAccessibleName(translate("Tracker", "Commitment details"))
        self._build()
        session.changed.connect(self._changed)
        self.show_commitment(None)

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        self.placeholder = MutedLabel(
            translate("Tracker", "Select a commitment to see its progress and record an update."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        heading = QLabel(translate("Tracker", "Commitment"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(translate("Tracker", "Commitment text"))
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)

        self.partnership = QLabel()
        self.actors = QLabel()
        self.actors.setWordWrap(True)
        self.made_at = QLabel()
        self.dot = Dot()
        self.due = QLabel()
        self.due.setWordWrap(True)
        due_row = QHBoxLayout()
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.dot)
        due_row.addWidget(self.due, 1)
        self.status = QLabel()
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(translate("Tracker", "Partnership:"), self.partnership)
        facts.addRow(translate("Tracker", "Actors:"), self.actors)
        facts.addRow(translate("Tracker", "Made at:"), self.made_at)
        facts.addRow(translate("Tracker", "Due:"), due_row)
        facts.addRow(translate("Tracker", "Status:"), self.status)
        for label in (self.partnership, self.actors, self.made_at, self.due, self.status):
            label.setWordWrap(True)  # a narrow panel wraps the facts rather than cut them
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        history_heading = QLabel(translate("Tracker", "Progress"))
        history_heading.setFont(heading.font())
        self.history = QTreeWidget()
        self.history.setAccessibleName(translate("Tracker", "Progress history, newest first"))
        self.history.setHeaderLabels(
            [
                translate("Tracker", "Date"),
                translate("Tracker", "Status"),
                translate("Tracker", "Note"),
                translate("Tracker", "By"),
            ]
        )
        self.history.setRootIsDecorated(False)
        self.history.setUniformRowHeights(True)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(False)
        self.history.setItemDelegate(Padded(self.history))
        header = self.history.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)

        update_heading = QLabel(translate("Tracker", "Add an update"))
        update_heading.setFont(heading.font())
        self.new_status = QComboBox()
        self.new_status.setAccessibleName(translate("Tracker", "New status"))
        for status in CommitmentStatus:
            self.new_status.addItem(status.translated, status)
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("Tracker", "Update note"))
        self.note.setPlaceholderText(translate("Tracker", "What happened, in a line"))
        self.add_button = QPushButton(translate("Tracker", "Add update"))
        self.add_button.setAccessibleName(translate("Tracker", "Add progress update"))
        self.add_button.setToolTip(
            translate("Tracker", "Add the update with today's date (Ctrl+Return)")
        )
        self.add_button.clicked.connect(self.add_update)
        self.error = QLabel()
        self.error.setAccessibleName(translate("Tracker", "Update error"))
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("Tracker", "New &status:"), self.new_status)
        form.addRow(translate("Tracker", "&Note:"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)

        # An action, not a QShortcut: Help > Keyboard Shortcuts lists the window's actions.
        add = QAction(translate("Tracker", "Add progress update"), self)
        add.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self.add_update)
        self.addAction(add)

        self.details = QWidget()
        layout = QVBoxLayout(self.details)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addLayout(facts)
        layout.addSpacing(6)
        layout.addWidget(history_heading)
        layout.addWidget(self.history, 1)
        layout.addSpacing(6)
        layout.addWidget(update_heading)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.details)

    # -- what to show ----------------------------------------------------------

    @property
    def commitment(self) -> Commitment | None:
        return self._commitment

    def show_commitment(self, commitment: Commitment | None) -> None:
        """Show a commitment, or the empty state with None.

        Showing the same commitment again (after a refresh) keeps what the user
        has typed in the update form; another one starts the form afresh.
        """
        same = (commitment is not None and self._commitment is not None
                and commitment.id == self._commitment.id)
        self._commitment = commitment
        if commitment is None:
            self.pages.setCurrentWidget(self.placeholder)
            self.details.setEnabled(False)
            self._set_error("")
            return
        self.details.setEnabled(True)
        self.pages.setCurrentWidget(self.details)
        self._fill(commitment)
        if not same:
            self._reset_form(commitment)

    def _fill(self, c: Commitment) -> None:
        store = self.session.store
        self.text.setText(c.text)
        partnership = store.find(Partnership, c.partnership_id)
        self.partnership.setText(country_name(partnership.country_code) if partnership else "")
        names = []
        for actor_id in c.actor_ids:
            organisation = store.find(Organisation, actor_id)
            names.append(
                organisation.caption
                if organisation
                else translate("Tracker", "(deleted organisation)")
            )
        self.actors.setText(", ".join(names) or "—")
        roundtable = (store.find(Roundtable, c.made_at_roundtable_id)
                      if c.made_at_roundtable_id else None)
        made = roundtable.caption if roundtable else ""
        if c.made_on:
            made = f"{made}, {format_date(c.made_on)}" if made else format_date(c.made_on)
        self.made_at.setText(made or "—")

        today = store.today()
        state = c.state(today)
        if not c.due_date:
            self.dot.set_colour(None)
            self.due.setText(translate("Tracker", "No due date"))
        else:
            self.dot.set_colour(STATE_COLOURS[state])
            when = days_text(c.due_date, today) if c.status.is_open else ""
            self.due.setText(f"{long_date(c.due_date)}" + (f" ({when})" if when else ""))
        self.due.setAccessibleDescription(state.translated if c.due_date else "")
        self.dot.setToolTip(state.translated if c.due_date else "")
        self.status.setText(c.status.translated)

        self.history.clear()
        # by date, and on one date the one added last first
        order = sorted(range(len(c.updates)), key=lambda i: (c.updates[i].date, i), reverse=True)
        for u in (c.updates[i] for i in order):
            item = QTreeWidgetItem(self.history,
                                   [format_date(u.date), u.status.translated, u.note, u.by])
            item.setToolTip(2, u.note)
        if not c.updates:
            item = QTreeWidgetItem(self.history, [translate("Tracker", "No updates yet")])
            item.setFirstColumnSpanned(True)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _reset_form(self, c: Commitment) -> None:
        self.new_status.setCurrentIndex(max(0, self.new_status.findData(c.status)))
        self.note.clear()
        self._set_error("")

    def _set_error(self, message: str) -> None:
        palette = self.error.palette()
        palette.setColor(self.error.foregroundRole(), readable_red(self))
        self.error.setPalette(palette)
        self.error.setText(message)
        self.error.setToolTip(message)
        self.error.setVisible(bool(message))

    # -- actions ---------------------------------------------------------------

    def add_update(self) -> None:
        """Record the form as a progress update dated today; show what the store says."""
        if self._commitment is None:
            return
        status = CommitmentStatus(self.new_status.currentData())
        try:
            updated = self.session.add_progress(self._commitment, status, self.note.text().strip())
        except UserError as exc:
            self._set_error(
                str(exc).splitlines()[0]
                if str(exc)
                else translate("Tracker", "The update was refused")
            )
            return
        self._commitment = updated
        self._fill(updated)
        self._reset_form(updated)
        self.note.setFocus()

    def _changed(self, changes: Changes) -> None:
        """Follow edits, undo and redo of the commitment on show."""
        if self._commitment is None or not (
                changes.everything or self._commitment.id in changes.ids(Commitment)):
            return
        fresh = self.session.store.find(Commitment, self._commitment.id)
        if fresh is None:
            self.show_commitment(None)
        elif fresh != self._commitment:
            self.show_commitment(fresh)
