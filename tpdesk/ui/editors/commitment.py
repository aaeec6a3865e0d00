"""The commitment editor: who promised what, where, by when, and its history."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QTreeWidget, QTreeWidgetItem

from ...models import (
    Activity,
    Commitment,
    Filters,
    Organisation,
    Partnership,
    Roadmap,
    Roundtable,
)
from ...models.l10n import translate
from ...models.vocab import CommitmentStatus
from .base import DateField, RecordEditor, check_list, checked_values, enum_combo

ACTIVITY_CHOICES = 2000


class CommitmentEditor(RecordEditor[Commitment]):
    KIND = Commitment

    def build(self, record: Commitment) -> None:
        store = self.session.store
        self.partnership = QComboBox()
        for p in store.list(Partnership):
            self.partnership.addItem(f"{p.country_name} ({p.country_code})", p.id)
        self.partnership.setCurrentIndex(max(0, self.partnership.findData(record.partnership_id)))
        self.add_row(translate("Commitment", "Partnership:"), "partnership_id", self.partnership)

        self.text = QPlainTextEdit(record.text)
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.add_row(translate("Commitment", "Commitment:"), "text", self.text)

        organisations = [(f"{o.caption} — {o.name}" if o.short_name else o.name, o.id)
                         for o in store.list(Organisation)]
        self.actors = check_list(organisations, record.actor_ids)
        self.add_row(translate("Commitment", "Actors:"), "actor_ids", self.actors)

        self.roundtable = QComboBox()
        self.activity = QComboBox()
        self.objective = QComboBox()
        self.add_row(translate("Commitment", "Made at:"), "made_at_roundtable_id", self.roundtable)
        self.made_on = DateField(record.made_on)
        self.add_row(translate("Commitment", "Made on:"), "made_on", self.made_on)
        self.add_row(translate("Commitment", "Linked activity:"), "activity_id", self.activity)
        self.add_row(translate("Commitment", "Linked objective:"), "objective_id", self.objective)
        self.due = DateField(record.due_date)
        self.add_row(translate("Commitment", "Due date:"), "due_date", self.due)
        self.status = enum_combo(CommitmentStatus, record.status)
        self.add_row(translate("Commitment", "Status:"), "status", self.status)

        self.history = QTreeWidget()
        self.history.setHeaderLabels(
            [
                translate("Commitment", "Date"),
                translate("Commitment", "Status"),
                translate("Commitment", "Note"),
                translate("Commitment", "By"),
            ]
        )
        self.history.setRootIsDecorated(False)
        for u in record.updates:
            self.history.addTopLevelItem(
                QTreeWidgetItem([u.date, u.status.translated, u.note, u.by])
            )
        self.history.setMaximumHeight(130)
        self.add_row(translate("Commitment", "Progress:"), "updates", self.history)

        self._fill_links(record)
        self.partnership.currentIndexChanged.connect(lambda: self._fill_links(self.collect()))

    def _fill_links(self, record: Commitment) -> None:
        """Roundtables, activities and objectives of the chosen partnership."""
        store = self.session.store
        pid = self.partnership.currentData()
        scope = Filters(partnership=pid) if pid else Filters()
        self._refill(self.roundtable, [(r.caption, r.id) for r in store.list(Roundtable, scope)],
                     record.made_at_roundtable_id)
        activities = store.list(Activity, scope, order_by="title", limit=ACTIVITY_CHOICES)
        linked = store.find(Activity, record.activity_id) if record.activity_id else None
        if linked is not None and linked not in activities:  # past the first titles
            activities.insert(0, linked)
        self._refill(self.activity, [(a.title, a.id) for a in activities], record.activity_id)
        objectives = [(f"{o.code} {o.text}", o.id) for roadmap in
                      store.list(Roadmap, scope) for o in roadmap.objectives] if pid else []
        self._refill(self.objective, objectives, record.objective_id)

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]], current: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", None)
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def collect(self) -> Commitment:
        return dataclasses.replace(
            self.original,
            partnership_id=self.partnership.currentData() or "",
            text=self.text.toPlainText().strip(),
            actor_ids=checked_values(self.actors),
            made_at_roundtable_id=self.roundtable.currentData(),
            made_on=self.made_on.value(),
            activity_id=self.activity.currentData(),
            objective_id=self.objective.currentData(),
            due_date=self.due.value(),
            status=CommitmentStatus(self.status.currentData()),
        )
