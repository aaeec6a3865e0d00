"""The organisation editor: who an actor is, and the country it belongs to, if any."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLineEdit

from ...models import Organisation
from ...models.countries import COUNTRIES
from ...models.l10n import translate
from ...models.vocab import OrganisationKind
from .base import RecordEditor, enum_combo
from .fields import NONE, choice_combo, country_label, settle_rows


class OrganisationEditor(RecordEditor[Organisation]):
    KIND = Organisation

    def build(self, record: Organisation) -> None:
        self.name = QLineEdit(record.name)
        self.add_row(translate("Organisation", "Name:"), "name", self.name)
        self.short_name = QLineEdit(record.short_name)
        self.short_name.setPlaceholderText(translate("Organisation", "e.g. ILO"))
        self.add_row(translate("Organisation", "Short name:"), "short_name", self.short_name)
        self.kind = enum_combo(OrganisationKind, record.kind)
        self.add_row(translate("Organisation", "Kind:"), "kind", self.kind)
        countries = sorted((country_label(code), code) for code in COUNTRIES)
        self.country = choice_combo(countries, record.country_code, none=NONE)
        self.add_row(translate("Organisation", "Country:"), "country_code", self.country)
        settle_rows(self.form)

    def collect(self) -> Organisation:
        return dataclasses.replace(
            self.original,
            name=self.name.text().strip(),
            short_name=self.short_name.text().strip(),
            kind=OrganisationKind(self.kind.currentData()),
            country_code=self.country.currentData(),
        )
