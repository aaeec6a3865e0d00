"""The filter row above each table: quick text filter and the lists that apply.

The row fits any width: the lists that do not fit beside the text box fold,
in order, into a "More filters" popup, so a laptop at 1024 px shows the same
filters as a wide screen, one click further away.
"""

from __future__ import annotations

import dataclasses
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..models import (
    Activity,
    Commitment,
    Filters,
    Organisation,
    Record,
    Roundtable,
    Store,
)
from ..models.countries import EU_MEMBER_STATES
from ..models.l10n import country_name, translate, translate_noop
from ..models.queries import applies_to
from ..models.records import record_label
from ..models.vocab import (
    ActivityCategory,
    ActivityStatus,
    CommitmentStatus,
    Instrument,
    OrganisationKind,
    RoundtableStatus,
)

_STATUSES = {Activity: ActivityStatus, Commitment: CommitmentStatus,
             Roundtable: RoundtableStatus}
TEXT_MIN_WIDTH = 160
"""The filter box never gets narrower than this: the lists fold away first."""

# What the app calls each `Filters` field, for messages about them.
FIELD_LABELS = {
    "partnership": translate_noop("FilterBar", "Partnership"),
    "status": translate_noop("FilterBar", "Status"),
    "category": translate_noop("FilterBar", "Category"),
    "sector": translate_noop("FilterBar", "Sector"),
    "member_state": translate_noop("FilterBar", "Member State"),
    "instrument": translate_noop("FilterBar", "Instrument"),
    "kind": translate_noop("FilterBar", "Organisation kind"),
    "overdue": translate_noop("FilterBar", "Overdue only"),
    "due_within_days": translate_noop("FilterBar", "Due within"),
    "state": translate_noop("FilterBar", "State"),
    "text": translate_noop("FilterBar", "Filter"),
}
_EDITING_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
                 QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Undo,
                 QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll,
                 QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Backspace,
                 QKeySequence.StandardKey.DeleteStartOfWord,
                 QKeySequence.StandardKey.DeleteEndOfWord)


class FilterEdit(QLineEdit):
    """A line edit that leaves the window's shortcuts to the window.

    QLineEdit claims some Ctrl keys for itself (Ctrl+E moves to the end of the
    line on X11), so Ctrl+E did nothing while the filter had focus; only the
    keys a text box really edits with stay here.
    """

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            key_event = cast(QKeyEvent, event)
            if self._window_claims(key_event) and not any(
                    key_event.matches(key) for key in _EDITING_KEYS):
                event.ignore()
                return True
        return super().event(event)

    def _window_claims(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        window = self.window()
        return any(shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                   for action in window.actions() + window.findChildren(QAction)
                   for shortcut in action.shortcuts())


class FilterBar(QWidget):
    """Emits `changed` with new Filters; the partnership comes from the navigator."""

    changed = Signal(object)

    def __init__(self, kind: type[Record], store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self._store = store
        self._partnership: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.text = FilterEdit(
            placeholderText=translate("FilterBar", "Filter (full text)…"), clearButtonEnabled=True
        )
        self.text.setAccessibleName(translate("FilterBar", "Filter records: {kind}").format(
            kind=record_label(kind)))
        self.text.setMinimumWidth(TEXT_MIN_WIDTH)
        layout.addWidget(self.text, 1)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(self._debounce.start)

        self.combos: dict[str, QComboBox] = {}
        allowed = applies_to(kind)
        if kind in _STATUSES:
            self._combo(
                "status",
                translate("FilterBar", "Any status"),
                [(m.translated, m.value) for m in _STATUSES[kind]],
            )
        if "category" in allowed:
            self._combo("category", translate("FilterBar", "Any category"),
                        [(m.translated, m.value) for m in ActivityCategory])
        if "sector" in allowed:
            self._combo(
                "sector", translate("FilterBar", "Any sector"), [(s, s) for s in store.sectors()]
            )
        if "member_state" in allowed:
            codes = sorted(EU_MEMBER_STATES, key=country_name)
            self._combo("member_state", translate("FilterBar", "Any Member State"),
                        [(country_name(c), c) for c in codes])
        if "instrument" in allowed:
            self._combo(
                "instrument",
                translate("FilterBar", "Any instrument"),
                [(m.translated, m.value) for m in Instrument],
            )
        if kind is Organisation:
            self._combo(
                "kind",
                translate("FilterBar", "Any kind"),
                [(m.translated, m.value) for m in OrganisationKind],
            )
        self.overdue: QCheckBox | None = None
        if "overdue" in allowed:
            self.overdue = QCheckBox(translate("FilterBar", "Overdue only"))
            self.overdue.toggled.connect(self._emit)
            layout.addWidget(self.overdue)
        for combo in self.combos.values():
            layout.addWidget(combo)

        self.more = QToolButton()
        self.more.setText(translate("FilterBar", "More filters"))
        self.more.setAccessibleName(translate("FilterBar", "More filters"))
        self.more.setToolTip(
            translate("FilterBar", "The filters that do not fit beside the filter box")
        )
        self.more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more.clicked.connect(self.show_more)
        layout.addWidget(self.more)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setAccessibleName(translate("FilterBar", "More filters"))
        QVBoxLayout(self.popup)
        self._folded: list[str] = []
        self._arrange(self.width())

    def _combo(self, field: str, anything: str, items: list[tuple[str, str]]) -> None:
        combo = QComboBox()
        combo.setAccessibleName(anything.replace("Any", "Filter by"))
        combo.addItem(anything, None)
        for label, value in items:
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        combo.currentIndexChanged.connect(self._emit)
        combo.currentIndexChanged.connect(lambda _i: self._label_more())
        self.combos[field] = combo

    # -- fitting the width ---------------------------------------------------

    @property
    def folded(self) -> list[str]:
        """The fields whose lists sit in the "More filters" popup, in order."""
        return list(self._folded)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the filter box and the button, whatever is folded now.

        The layout's own minimum follows the lists on the row, so a window
        could never shrink below the arrangement its width once allowed.
        """
        hint = super().minimumSizeHint()
        gap = max(cast(QHBoxLayout, self.layout()).spacing(), 0)
        width = TEXT_MIN_WIDTH + gap + self.more.sizeHint().width()
        if self.overdue is not None:
            width += gap + self.overdue.sizeHint().width()
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange(self.width())

    def _arrange(self, width: int) -> None:
        """Keep the lists that fit beside the filter box, in order; fold the rest."""
        layout = cast(QHBoxLayout, self.layout())
        gap = max(layout.spacing(), 0)
        used = TEXT_MIN_WIDTH + gap
        if self.overdue is not None:
            used += self.overdue.sizeHint().width() + gap
        combos = list(self.combos.items())
        more = self.more.sizeHint().width() + gap
        shown: list[str] = []
        for index, (field, combo) in enumerate(combos):
            need = combo.sizeHint().width() + gap
            rest = more if index < len(combos) - 1 else 0
            if used + need + rest > width:
                break
            used += need
            shown.append(field)
        folded = [field for field, _ in combos if field not in shown]
        if folded == self._folded and self.more.isVisibleTo(self) == bool(folded):
            return
        self._folded = folded
        popup = cast(QVBoxLayout, self.popup.layout())
        for field, combo in combos:  # the folded ones are always the last ones
            in_popup = combo.parentWidget() is self.popup
            if field in folded and not in_popup:
                popup.insertWidget(folded.index(field), combo)
            elif field not in folded and in_popup:
                layout.insertWidget(layout.indexOf(self.more), combo)
            combo.show()
        self.more.setVisible(bool(folded))
        self._label_more()

    def _label_more(self) -> None:
        chosen = sum(1 for field in self._folded if self.combos[field].currentIndex() > 0)
        self.more.setText(
            translate("FilterBar", "More filters ({count})").format(count=chosen)
            if chosen
            else translate("FilterBar", "More filters")
        )

    def show_more(self) -> None:
        """The folded lists in a popup under the button; the first one has the focus."""
        if not self._folded:
            return
        self.popup.adjustSize()
        below = self.more.mapToGlobal(QPoint(self.more.width(), self.more.height()))
        self.popup.move(below.x() - self.popup.width(), below.y())
        self.popup.show()
        self.combos[self._folded[0]].setFocus(Qt.FocusReason.PopupFocusReason)

    def refresh_sectors(self) -> None:
        """Read the sectors again after a partnership changed; the choice made stays."""
        combo = self.combos.get("sector")
        if combo is None:
            return
        sectors = self._store.sectors()
        if sectors == [combo.itemData(i) for i in range(1, combo.count())]:
            return
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for sector in sectors:
                combo.addItem(sector, sector)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)
        if chosen is not None and combo.currentData() != chosen:  # its sector is gone
            self._emit()

    def set_partnership(self, partnership_id: str | None) -> None:
        self._partnership = partnership_id
        self._emit()

    def filters(self) -> Filters:
        values = {name: combo.currentData() for name, combo in self.combos.items()}
        text = self.text.text().strip() or None
        overdue = bool(self.overdue and self.overdue.isChecked())
        partnership = self._partnership if "partnership" in applies_to(self._kind) else None
        return dataclasses.replace(Filters(**values), text=text, overdue=overdue,
                                   partnership=partnership)

    def set_filters(self, filters: Filters) -> None:
        """Show these filters (a saved search) and apply them once."""
        self.blockSignals(True)
        try:
            for name, combo in self.combos.items():
                combo.setCurrentIndex(max(0, combo.findData(getattr(filters, name))))
            self.text.setText(filters.text or "")
            self._debounce.stop()
            if self.overdue is not None:
                self.overdue.setChecked(filters.overdue)
            self._partnership = filters.partnership
        finally:
            self.blockSignals(False)
        self._emit()

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def _emit(self) -> None:
        self.changed.emit(self.filters())
