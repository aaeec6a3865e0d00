"""The briefing pack's settings: which meeting, for whom, how marked, and what it covers.

The sections, pins and texts of a pack are edited in the pack builder,
where the preview shows their effect at once; this dialog holds what is
set once per pack. A pack is for a roundtable or, for an ad hoc meeting,
for a partnership on a date: the two partnership and date fields only
apply to the second case, so they are disabled for the first. The filters
sit on their own tab, side by side, so the dialog fits a laptop screen.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...models import Partnership, Roundtable, Store
from ...models.countries import COUNTRIES, EU_MEMBER_STATES
from ...models.l10n import translate, translate_noop
from ...models.records import Pack
from ...models.vocab import (
    ActivityCategory,
    CommitmentStatus,
    Instrument,
    Labelled,
    Marking,
    PackLanguage,
)
from .base import DateField, TabbedEditor, checked_values, enum_combo
from .fields import compact, fill_checks, keep_order, partnership_combo, settle_rows

AD_HOC = translate_noop("Pack", "Ad hoc meeting")


def roundtable_label(partnership: Partnership | None, roundtable: Roundtable) -> str:
    """'Tunisia — 5th roundtable, Tunis (2027-01-03)': which meeting, read at a glance."""
    country = partnership.country_name if partnership is not None else "?"
    when = f" ({roundtable.date})" if roundtable.date else ""
    return f"{country} — {roundtable.caption}{when}"


def roundtable_items(store: Store, partnership_id: str | None = None) -> list[tuple[str, str]]:
    """Every live roundtable as (label, id), by country then number."""
    partnerships = {p.id: p for p in store.list(Partnership)}
    rows = [(partnerships.get(r.partnership_id), r) for r in store.list(Roundtable)
            if partnership_id is None or r.partnership_id == partnership_id]
    rows.sort(key=lambda pr: (pr[0].country_name if pr[0] else "", pr[1].number))
    return [(roundtable_label(p, r), r.id) for p, r in rows]


class PackEditor(TabbedEditor[Pack]):
    KIND = Pack

    def build(self, record: Pack) -> None:
        store = self.session.store
        self._roundtable_partnership = {r.id: r.partnership_id for r in store.list(Roundtable)}

        meeting_page = self._page(translate("Pack", "&Meeting"))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        meeting_page.addLayout(self.form)
        self.title = QLineEdit(record.title)
        self.add_row(translate("Pack", "Title:"), "title", self.title)
        self.meeting = QComboBox()
        self.meeting.addItem(translate("Pack", AD_HOC), None)
        for label, value in roundtable_items(store):
            self.meeting.addItem(label, value)
        if record.roundtable_id and self.meeting.findData(record.roundtable_id) < 0:
            # Deleted since: show it, so validation can say so next to the field.
            self.meeting.addItem(translate("Pack", "(deleted roundtable)"), record.roundtable_id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(record.roundtable_id)))
        self.meeting.setToolTip(
            translate(
                "Pack",
                "The roundtable the pack is for, or an ad hoc meeting of one partnership on a date",
            )
        )
        self.add_row(translate("Pack", "Meeting:"), "roundtable_id", self.meeting)
        self.partnership = partnership_combo(store, record.partnership_id or "")
        self.add_row(translate("Pack", "Partnership:"), "partnership_id", self.partnership)
        self.meeting_date = compact(DateField(record.meeting_date))
        self.add_row(translate("Pack", "Meeting date:"), "meeting_date", self.meeting_date)
        self.audience = QLineEdit(record.audience)
        self.audience.setPlaceholderText(
            translate("Pack", "e.g. Italian delegation, Commission (DG HOME)")
        )
        self.add_row(translate("Pack", "Audience:"), "audience", self.audience)
        self.author = QLineEdit(record.author)
        self.add_row(translate("Pack", "Author:"), "author", self.author)
        self.marking = compact(enum_combo(Marking, record.marking))
        self.marking.setToolTip(translate("Pack", "Printed in the header of every page"))
        self.add_row(translate("Pack", "Marking:"), "marking", self.marking)
        self.language = compact(enum_combo(PackLanguage, record.language))
        self.language.setToolTip(translate(
            "Pack", "The language of the pack's headings, labels and generated sentences;"
            " Arabic packs read right to left. The register's own text stays as written."))
        self.add_row(translate("Pack", "Language:"), "language", self.language)
        self.version = compact(QLineEdit(record.version))
        self.version.setMaximumWidth(120)
        self.add_row(translate("Pack", "Version:"), "version", self.version)
        self.date = compact(DateField(record.date))
        self.add_row(translate("Pack", "Date:"), "date", self.date)
        settle_rows(self.form)

        filters_page = self._page(translate("Pack", "&Filters"))
        hint = QLabel(
            translate(
                "Pack",
                "A list with nothing ticked does not narrow the pack. Single records"
                " are pinned or excluded from the pack builder's preview.",
            )
        )
        hint.setWordWrap(True)
        filters_page.addWidget(hint)
        columns = QHBoxLayout()
        filters_page.addLayout(columns, 1)
        self.form = self._column(columns)
        partnerships = sorted((f"{p.country_name} ({p.country_code})", p.id)
                              for p in store.list(Partnership))
        known = {value for _, value in partnerships}
        partnerships += [
            (translate("Pack", "(deleted partnership)"), i)
            for i in record.partnership_ids
            if i not in known
        ]
        self.partnerships = self._checks(partnerships, record.partnership_ids)
        self.add_row(translate("Pack", "Partnerships:"), "partnership_ids", self.partnerships)
        sectors = store.sectors()
        sectors += [s for s in record.sectors if s not in sectors]
        self.sectors = self._checks([(s, s) for s in sectors], record.sectors)
        self.add_row(translate("Pack", "Sectors:"), "sectors", self.sectors)
        states = sorted((COUNTRIES[code], code) for code in EU_MEMBER_STATES)
        self.member_states = self._checks(states, record.member_states)
        self.add_row(translate("Pack", "Member States:"), "member_states", self.member_states)
        self.form = self._column(columns)
        self.categories = self._vocab(ActivityCategory, record.categories)
        self.add_row(translate("Pack", "Activity categories:"), "categories", self.categories)
        self.instruments = self._vocab(Instrument, record.instruments)
        self.add_row(translate("Pack", "Funding instruments:"), "instruments", self.instruments)
        self.statuses = self._vocab(CommitmentStatus, record.commitment_statuses)
        self.add_row(
            translate("Pack", "Commitment statuses:"), "commitment_statuses", self.statuses
        )

        self.tabs.setCurrentIndex(0)
        self._last_meeting = self.meeting.currentData()
        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        self._follow_meeting()

    # -- layout ------------------------------------------------------------

    def _page(self, title: str) -> QVBoxLayout:
        page = QWidget()
        self.add_tab(title, page, name=translate("Pack", "Pack settings"))
        return QVBoxLayout(page)

    def _column(self, columns: QHBoxLayout) -> QFormLayout:
        """A column of check lists with their labels above them, to sit beside another."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        columns.addLayout(form, 1)
        return form

    @staticmethod
    def _checks(items: list[tuple[str, str]], checked: list[str]) -> QListWidget:
        """A longer list: ticked entries first, so a glance shows what the pack covers."""
        widget = QListWidget()
        first = sorted((it for it in items if it[1] in checked), key=lambda it:
                       checked.index(it[1]))
        fill_checks(widget, first + [it for it in items if it[1] not in checked], checked)
        widget.setMinimumHeight(90)
        widget.setMaximumHeight(130)
        return widget

    @staticmethod
    def _vocab(vocab: type[Labelled], checked: Sequence[Labelled]) -> QListWidget:
        """A vocabulary in its own order, tall enough to show every entry."""
        widget = QListWidget()
        fill_checks(widget, [(m.translated, m.value) for m in vocab], [m.value for m in checked])
        widget.setFixedHeight(widget.sizeHintForRow(0) * len(vocab)
                              + 2 * widget.frameWidth() + 4)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return widget

    # -- the meeting -------------------------------------------------------

    def _meeting_changed(self) -> None:
        """Keep the partnership filter on the meeting's partnership when it was only that."""
        before = self._roundtable_partnership.get(self._last_meeting or "")
        after = self._roundtable_partnership.get(self.meeting.currentData() or "")
        self._last_meeting = self.meeting.currentData()
        ticked = checked_values(self.partnerships)
        if before and after and ticked == [before]:
            for row in range(self.partnerships.count()):
                item = self.partnerships.item(row)
                value = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(Qt.CheckState.Checked if value == after
                                   else Qt.CheckState.Unchecked)
        self._follow_meeting()

    def _follow_meeting(self) -> None:
        """A roundtable fixes the partnership and date; an ad hoc meeting asks for them."""
        roundtable = self.meeting.currentData()
        ad_hoc = roundtable is None
        self.partnership.setEnabled(ad_hoc)
        self.meeting_date.setEnabled(ad_hoc)
        if not ad_hoc:
            partnership = self._roundtable_partnership.get(roundtable)
            index = self.partnership.findData(partnership)
            if index >= 0:
                self.partnership.blockSignals(True)
                self.partnership.setCurrentIndex(index)
                self.partnership.blockSignals(False)

    # -- reading back ------------------------------------------------------

    def collect(self) -> Pack:
        original = self.original
        roundtable = self.meeting.currentData()
        if roundtable is not None:
            partnership = self._roundtable_partnership.get(roundtable, original.partnership_id)
            meeting_date = None
        else:
            partnership = self.partnership.currentData() or None
            meeting_date = self.meeting_date.value()
        return dataclasses.replace(
            original,
            title=self.title.text().strip(),
            roundtable_id=roundtable,
            partnership_id=partnership,
            meeting_date=meeting_date,
            audience=self.audience.text().strip(),
            author=self.author.text().strip(),
            marking=Marking(self.marking.currentData()),
            language=PackLanguage(self.language.currentData()),
            version=self.version.text().strip(),
            date=self.date.value(),
            partnership_ids=keep_order(checked_values(self.partnerships),
                                       original.partnership_ids),
            sectors=keep_order(checked_values(self.sectors), original.sectors),
            member_states=keep_order(checked_values(self.member_states),
                                     original.member_states),
            categories=keep_order([ActivityCategory(v) for v in checked_values(self.categories)],
                                  original.categories),
            instruments=keep_order([Instrument(v) for v in checked_values(self.instruments)],
                                   original.instruments),
            commitment_statuses=keep_order(
                [CommitmentStatus(v) for v in checked_values(self.statuses)],
                original.commitment_statuses),
        )
