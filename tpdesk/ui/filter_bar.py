"""The filter row above each table: quick text filter and the lists that apply."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from ..models import Activity, Commitment, Filters, Organisation, Record, Roundtable, Store
from ..models.countries import EU_MEMBER_STATES, country_name
from ..models.queries import applies_to
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

        self.text = QLineEdit(placeholderText="Filter (full text)…", clearButtonEnabled=True)
        self.text.setAccessibleName(f"Filter {kind.LABEL.lower()} records")
        layout.addWidget(self.text, 2)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(self._debounce.start)

        self.combos: dict[str, QComboBox] = {}
        allowed = applies_to(kind)
        if kind in _STATUSES:
            self._combo("status", "Any status", [(m.label, m.value) for m in _STATUSES[kind]])
        if "category" in allowed:
            self._combo("category", "Any category",
                        [(m.label, m.value) for m in ActivityCategory])
        if "sector" in allowed:
            self._combo("sector", "Any sector", [(s, s) for s in store.sectors()])
        if "member_state" in allowed:
            codes = sorted(EU_MEMBER_STATES, key=country_name)
            self._combo("member_state", "Any Member State",
                        [(country_name(c), c) for c in codes])
        if "instrument" in allowed:
            self._combo("instrument", "Any instrument", [(m.label, m.value) for m in Instrument])
        if kind is Organisation:
            self._combo("kind", "Any kind", [(m.label, m.value) for m in OrganisationKind])
        self.overdue: QCheckBox | None = None
        if "overdue" in allowed:
            self.overdue = QCheckBox("Overdue only")
            self.overdue.toggled.connect(self._emit)
            layout.addWidget(self.overdue)
        for combo in self.combos.values():
            layout.addWidget(combo, 1)

    def _combo(self, field: str, anything: str, items: list[tuple[str, str]]) -> None:
        combo = QComboBox()
        combo.setAccessibleName(anything.replace("Any", "Filter by"))
        combo.addItem(anything, None)
        for label, value in items:
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._emit)
        self.combos[field] = combo

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

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def _emit(self) -> None:
        self.changed.emit(self.filters())
