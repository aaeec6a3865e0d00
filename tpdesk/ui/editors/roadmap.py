"""The roadmap editor: a version of a partnership's plan and its ordered objectives.

Objectives keep their ids through edits and reordering, because activities
and commitments point at them by id.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit, QTableWidgetItem

from ...models import Filters, Objective, Roadmap, Roundtable
from ...models.l10n import translate
from ...models.records import new_id
from .base import DateField, RecordEditor
from .fields import (
    ID_ROLE,
    NONE,
    RowTable,
    choice_combo,
    compact,
    partnership_combo,
    refill,
    settle_rows,
)

CODE, TEXT = 0, 1


class RoadmapEditor(RecordEditor[Roadmap]):
    KIND = Roadmap

    def build(self, record: Roadmap) -> None:
        self.partnership = partnership_combo(self.session.store, record.partnership_id)
        self.add_row(translate("Roadmap", "Partnership:"), "partnership_id", self.partnership)
        self.version = QLineEdit(record.version)
        self.version.setPlaceholderText("e.g. 2025")
        self.add_row(translate("Roadmap", "Version:"), "version", self.version)
        self.roundtable = choice_combo([], None, none=NONE)
        self.add_row(
            translate("Roadmap", "Adopted at:"), "adopted_at_roundtable_id", self.roundtable
        )
        self.adopted_on = compact(DateField(record.adopted_on))
        self.add_row(translate("Roadmap", "Adopted on:"), "adopted_on", self.adopted_on)
        self.period_start = compact(DateField(record.period_start))
        self.add_row(translate("Roadmap", "Period start:"), "period_start", self.period_start)
        self.period_end = compact(DateField(record.period_end))
        self.add_row(translate("Roadmap", "Period end:"), "period_end", self.period_end)

        self.objectives = RowTable(
            [translate("Roadmap", "Code"), translate("Roadmap", "Text")],
            new_row=self._new_row,
            add_text=translate("Roadmap", "&Add objective"),
            remove_text=translate("Roadmap", "&Remove objective"),
            movable=True,
            edit_column=TEXT,
        )
        self.objectives.table.setMinimumWidth(640)
        for objective in record.objectives:
            row = self.objectives.table.rowCount()
            self.objectives.table.insertRow(row)
            self._fill_row(row, objective)
        self.add_row(translate("Roadmap", "Objectives:"), "objectives", self.objectives)
        self.watch(self.objectives.table)
        self.objectives.changed.connect(self.edited)

        self._fill_roundtables(record.adopted_at_roundtable_id)
        self.partnership.currentIndexChanged.connect(
            lambda: self._fill_roundtables(self.roundtable.currentData()))
        settle_rows(self.form)

    def _fill_roundtables(self, current: str | None) -> None:
        pid = self.partnership.currentData()
        store = self.session.store
        roundtables = store.list(Roundtable, Filters(partnership=pid)) if pid else []
        items = [(r.caption + (f" ({r.date})" if r.date else ""), r.id) for r in roundtables]
        refill(self.roundtable, items, current, none=NONE)

    def _fill_row(self, row: int, objective: Objective) -> None:
        code = QTableWidgetItem(objective.code)
        code.setData(ID_ROLE, objective.id)
        self.objectives.table.setItem(row, CODE, code)
        self.objectives.table.setItem(row, TEXT, QTableWidgetItem(objective.text))

    def _new_row(self, row: int) -> None:
        """A new objective with the next free code, so only its text needs typing."""
        used = {self.objectives.text(r, CODE).strip() for r in range(row)}
        number = row + 1
        while f"O{number}" in used:
            number += 1
        self._fill_row(row, Objective(id=new_id(), code=f"O{number}"))

    def collect(self) -> Roadmap:
        table = self.objectives
        objectives = [Objective(id=table.row_id(row, CODE) or new_id(),
                                code=table.text(row, CODE).strip(),
                                text=table.text(row, TEXT).strip())
                      for row in table.rows()]
        return dataclasses.replace(
            self.original,
            partnership_id=self.partnership.currentData() or "",
            version=self.version.text().strip(),
            adopted_at_roundtable_id=self.roundtable.currentData(),
            adopted_on=self.adopted_on.value(),
            period_start=self.period_start.value(),
            period_end=self.period_end.value(),
            objectives=objectives,
        )
