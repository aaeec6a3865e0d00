"""The partnership editor: the partner country, its sectors and the Member States taking part."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ...models import Partnership
from ...models.countries import COUNTRIES, EU_MEMBER_STATES
from ...models.l10n import translate
from ...models.vocab import PartnershipStatus
from .base import DateField, RecordEditor, check_list, checked_values, enum_combo
from .fields import choice_combo, compact, country_label, list_edit, settle_rows, split_list


class PartnershipEditor(RecordEditor[Partnership]):
    KIND = Partnership

    def build(self, record: Partnership) -> None:
        partners = sorted((country_label(code), code) for code in COUNTRIES
                          if code not in EU_MEMBER_STATES)
        self.country = choice_combo(partners, record.country_code)
        if self.country.findData(record.country_code) < 0:
            # A new record has no country yet; a stored one may hold a code the
            # list leaves out. Show it rather than silently pick another.
            label = country_label(record.country_code) if record.country_code \
                else translate("Partnership", "— choose a country —")
            self.country.insertItem(0, label, record.country_code)
            self.country.setCurrentIndex(0)
        self.add_row(translate("Partnership", "Partner country:"), "country_code", self.country)

        self.title = QLineEdit(record.title)
        self.title.setPlaceholderText(
            translate("Partnership", "e.g. EU-Tunisia Talent Partnership")
        )
        self.add_row(translate("Partnership", "Title:"), "title", self.title)
        self.status = enum_combo(PartnershipStatus, record.status)
        self.add_row(translate("Partnership", "Status:"), "status", self.status)
        self.launch = compact(DateField(record.launch_date))
        self.add_row(translate("Partnership", "Launch date:"), "launch_date", self.launch)
        self.sectors = list_edit(
            record.sectors, translate("Partnership", "e.g. ICT, health, construction")
        )
        self.add_row(translate("Partnership", "Sectors:"), "sectors", self.sectors)
        self.member_states = check_list(
            [(COUNTRIES[code], code) for code in EU_MEMBER_STATES], record.member_states)
        self.add_row(
            translate("Partnership", "Member States:"), "member_states", self.member_states
        )
        self.description = QPlainTextEdit(record.description)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self.add_row(translate("Partnership", "Description:"), "description", self.description)
        self.tags = list_edit(record.tags, "comma-separated")
        self.add_row(translate("Partnership", "Tags:"), "tags", self.tags)
        settle_rows(self.form)

    def collect(self) -> Partnership:
        return dataclasses.replace(
            self.original,
            country_code=self.country.currentData() or "",
            title=self.title.text().strip(),
            status=PartnershipStatus(self.status.currentData()),
            launch_date=self.launch.value(),
            sectors=split_list(self.sectors.text()),
            member_states=checked_values(self.member_states),
            description=self.description.toPlainText().strip(),
            tags=split_list(self.tags.text()),
        )
