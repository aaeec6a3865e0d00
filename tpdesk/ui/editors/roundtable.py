"""The roundtable editor: which meeting of a partnership, when, where and what came of it."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox

from ...models import Roundtable
from ...models.l10n import translate
from ...models.vocab import RoundtableStatus
from .base import DateField, RecordEditor, enum_combo
from .fields import compact, partnership_combo, settle_rows


class RoundtableEditor(RecordEditor[Roundtable]):
    KIND = Roundtable

    def build(self, record: Roundtable) -> None:
        self.partnership = partnership_combo(self.session.store, record.partnership_id)
        self.add_row(translate("Roundtable", "Partnership:"), "partnership_id", self.partnership)
        self.number = compact(QSpinBox(minimum=1, maximum=99))
        self.number.setValue(record.number)
        self.number.setToolTip(
            translate(
                "Roundtable", "1 for the first roundtable of the partnership, 2 for the second…"
            )
        )
        self.add_row(translate("Roundtable", "Number:"), "number", self.number)
        self.date = compact(DateField(record.date))
        self.add_row(translate("Roundtable", "Date:"), "date", self.date)
        self.place = QLineEdit(record.place)
        self.place.setPlaceholderText(translate("Roundtable", "e.g. Tunis"))
        self.add_row(translate("Roundtable", "Place:"), "place", self.place)
        self.status = enum_combo(RoundtableStatus, record.status)
        self.add_row(translate("Roundtable", "Status:"), "status", self.status)
        self.outcome = QPlainTextEdit(record.outcome_summary)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(140)
        self.add_row(translate("Roundtable", "Outcome summary:"), "outcome_summary", self.outcome)
        settle_rows(self.form)

    def collect(self) -> Roundtable:
        return dataclasses.replace(
            self.original,
            partnership_id=self.partnership.currentData() or "",
            number=self.number.value(),
            date=self.date.value(),
            place=self.place.text().strip(),
            status=RoundtableStatus(self.status.currentData()),
            outcome_summary=self.outcome.toPlainText().strip(),
        )
