"""The editor of one agenda item: its title, who leads it, and what of the pack it covers."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models.l10n import translate, translate_noop
from ..models.records import AgendaItem
from ..models.vocab import ActivityCategory, Instrument
from ..services.agenda import AgendaChoices

ValueRole = Qt.ItemDataRole.UserRole
NO_LEAD = translate_noop("AgendaItemDialog", "(no lead)")


class AgendaItemDialog(QDialog):
    """Edits a copy of an item; `item()` gives the result once accepted."""

    def __init__(self, item: AgendaItem, choices: AgendaChoices, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AgendaItemDialog", "Agenda item"))
        self._item = item
        self.title = QLineEdit(item.title)
        self.title.setAccessibleName(translate("AgendaItemDialog", "Title"))
        self.lead = QComboBox()
        self.lead.setAccessibleName(translate("AgendaItemDialog", "Lead"))
        self.lead.addItem(translate("AgendaItemDialog", NO_LEAD), None)
        for organisation in choices.organisations:
            self.lead.addItem(organisation.caption, organisation.id)
        self.lead.setCurrentIndex(max(0, self.lead.findData(item.lead_id)))
        self.objectives = _ticks(
            translate("AgendaItemDialog", "Objectives"),
            [(f"{o.code} {o.text}", o.id) for o in choices.objectives],
            item.objective_ids,
        )
        self.categories = _ticks(
            translate("AgendaItemDialog", "Categories"),
            [(c.translated, c) for c in ActivityCategory],
            item.categories,
        )
        sectors = list(dict.fromkeys([*choices.sectors, *item.sectors]))
        self.sectors = _ticks(
            translate("AgendaItemDialog", "Sectors"), [(s, s) for s in sectors], item.sectors
        )
        self.instruments = _ticks(
            translate("AgendaItemDialog", "Instruments"),
            [(i.translated, i) for i in Instrument],
            item.instruments,
        )
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()

        form = QFormLayout()
        form.addRow(translate("AgendaItemDialog", "&Title:"), self.title)
        form.addRow(translate("AgendaItemDialog", "&Lead:"), self.lead)
        form.addRow(
            QLabel(
                translate(
                    "AgendaItemDialog",
                    "The note on this item covers the pack's records that match each"
                    " choice below (any one ticked value of each); tick nothing to"
                    " cover them all.",
                ),
                wordWrap=True,
            )
        )
        form.addRow(translate("AgendaItemDialog", "&Objectives:"), self.objectives)
        form.addRow(translate("AgendaItemDialog", "&Categories:"), self.categories)
        form.addRow(translate("AgendaItemDialog", "S&ectors:"), self.sectors)
        form.addRow(translate("AgendaItemDialog", "&Instruments:"), self.instruments)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.title.setFocus()

    def accept(self) -> None:
        if not self.title.text().strip():
            self.problem.setText(translate("AgendaItemDialog", "Give the item a title."))
            self.problem.show()
            self.title.setFocus()
            return
        super().accept()

    def item(self) -> AgendaItem:
        return dataclasses.replace(
            self._item, title=self.title.text().strip(), lead_id=self.lead.currentData(),
            objective_ids=_ticked(self.objectives), categories=_ticked(self.categories),
            sectors=_ticked(self.sectors), instruments=_ticked(self.instruments))


def _ticks(name: str, values: Sequence[tuple[str, object]], chosen: Sequence[object]
           ) -> QListWidget:
    box = QListWidget()
    box.setAccessibleName(name)
    for label, value in values:
        entry = QListWidgetItem(label)
        entry.setData(ValueRole, value)
        entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
        box.addItem(entry)
    rows = min(max(box.count(), 1), 5)
    box.setMaximumHeight(box.sizeHintForRow(0) * rows + 2 * box.frameWidth() + 4)
    return box


def _ticked(box: QListWidget) -> list[Any]:
    return [box.item(i).data(ValueRole) for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked]
