"""The activity editor: what is done, with whom, with what money, towards which results.

An activity has more fields than fit one form, so they sit on tabs; a tab
whose fields have problems says so in its title, since Save stays disabled
for a reason the user may not see. Only the activity's own partnership,
the organisations and that partnership's roadmaps are read: never the list
of activities, which may be a hundred thousand long.
"""

from __future__ import annotations

import dataclasses
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from ...models import Activity, Filters, FundingLine, Indicator, Participation, Roadmap
from ...models.formatting import CURRENCY, format_money
from ...models.l10n import translate
from ...models.records import new_id
from ...models.vocab import (
    ActivityCategory,
    ActivityStatus,
    FundingStage,
    Instrument,
    Role,
    SkillLevel,
)
from ..operations import Session
from .base import DateField, TabbedEditor, checked_values, enum_combo
from .fields import (
    ID_ROLE,
    NONE,
    FieldValueError,
    NumberDelegate,
    RowTable,
    choice_combo,
    compact,
    fill_checks,
    keep_order,
    list_edit,
    number_text,
    organisation_items,
    parse_number,
    partnership_combo,
    settle_rows,
    split_list,
    table_item,
)

ROLES = list(Role)
INSTRUMENT, PROGRAMME, AMOUNT, STAGE, FUNDER = range(5)
NAME, UNIT, BASELINE, TARGET, ACTUAL = range(5)
MAX_EUROS = 1e12
NO_TARGET = -1  # the spin box's minimum, shown as "—": no target set


class ActivityEditor(TabbedEditor[Activity]):
    KIND = Activity

    def __init__(self, session: Session, record: Activity, parent: QWidget | None = None) -> None:
        super().__init__(session, record, parent)
        self.resize(max(self.width(), 960), max(self.height(), 640))

    def build(self, record: Activity) -> None:
        store = self.session.store
        self._organisations = organisation_items(store)

        self._page(translate("Activity", "&General"))
        self.partnership = partnership_combo(store, record.partnership_id)
        self.add_row(translate("Activity", "Partnership:"), "partnership_id", self.partnership)
        self.title = QLineEdit(record.title)
        self.add_row(translate("Activity", "Title:"), "title", self.title)
        self.description = self._text_box(record.description, 110)
        self.add_row(translate("Activity", "Description:"), "description", self.description)
        self.category = enum_combo(ActivityCategory, record.category)
        self.add_row(translate("Activity", "Category:"), "category", self.category)
        self.status = enum_combo(ActivityStatus, record.status)
        self.add_row(translate("Activity", "Status:"), "status", self.status)
        self.start = compact(DateField(record.start_date))
        self.add_row(translate("Activity", "Start date:"), "start_date", self.start)
        self.end = compact(DateField(record.end_date))
        self.add_row(translate("Activity", "End date:"), "end_date", self.end)
        self.tags = list_edit(record.tags, "comma-separated")
        self.add_row(translate("Activity", "Tags:"), "tags", self.tags)

        self._page(translate("Activity", "&Objectives and skills"))
        self.objectives = QListWidget()
        self.objectives.setMinimumHeight(140)
        self._fill_objectives(record.objective_ids)
        self.add_row(translate("Activity", "Roadmap objectives:"), "objective_ids", self.objectives)
        self.sectors = list_edit(record.sectors, translate("Activity", "e.g. ICT, health"))
        self.add_row(translate("Activity", "Sectors:"), "sectors", self.sectors)
        self.skills = QListWidget()
        fill_checks(self.skills, [(s.translated, s.value) for s in SkillLevel],
                    [s.value for s in record.skill_levels])
        self.skills.setFixedHeight(self.skills.sizeHintForRow(0) * len(SkillLevel)
                                   + 2 * self.skills.frameWidth() + 4)
        self.skills.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_row(translate("Activity", "Skill levels:"), "skill_levels", self.skills)

        self._page(translate("Activity", "&Partners and funding"))
        self.participants = RowTable(
            [translate("Activity", "Organisation"), *(r.translated for r in ROLES)],
            new_row=self._new_participant,
            add_text=translate("Activity", "&Add organisation"),
            remove_text=translate("Activity", "Re&move organisation"),
            stretch=[0],
        )
        for p in record.participants:
            self._add_participant(p)
        self._table_row(
            translate("Activity", "Organisations:"), "participants", self.participants, stretch=3
        )
        self.funding = RowTable(
            [
                translate("Activity", "Instrument"),
                translate("Activity", "Programme"),
                f"Amount ({CURRENCY})",
                translate("Activity", "Stage"),
                translate("Activity", "Funder"),
            ],
            new_row=lambda row: self._fill_funding(row, FundingLine()),
            add_text=translate("Activity", "Add funding &line"),
            remove_text=translate("Activity", "Remove f&unding line"),
            edit_column=PROGRAMME,
            stretch=[PROGRAMME, FUNDER],
        )
        for line in record.funding:
            row = self.funding.table.rowCount()
            self.funding.table.insertRow(row)
            self._fill_funding(row, line)
        self._table_row(translate("Activity", "Funding:"), "funding", self.funding, stretch=2)
        self.total = QLabel()
        self.total.setAccessibleName(translate("Activity", "Total funding"))
        self.form.addRow(translate("Activity", "Total:"), self.total)
        self.funding.changed.connect(self._update_total)
        self._update_total()

        self._page(translate("Activity", "&Results"))
        self.target = compact(QSpinBox(minimum=NO_TARGET, maximum=100_000_000))
        self.target.setSpecialValueText(NONE)
        self.target.setGroupSeparatorShown(True)
        self.target.setValue(NO_TARGET if record.target_beneficiaries is None
                             else record.target_beneficiaries)
        self.target.setToolTip(
            translate("Activity", "How many people the activity means to reach; — for no target")
        )
        self.add_row(
            translate("Activity", "Target beneficiaries:"), "target_beneficiaries", self.target
        )
        self.beneficiaries = self._text_box(record.beneficiaries, 60, grow=False)
        self.beneficiaries.setPlaceholderText(
            translate("Activity", "Who they are, e.g. young ICT graduates")
        )
        self.add_row(translate("Activity", "Beneficiaries:"), "beneficiaries", self.beneficiaries)
        self.indicators = RowTable(
            [
                translate("Activity", "Indicator"),
                translate("Activity", "Unit"),
                translate("Activity", "Baseline"),
                translate("Activity", "Target"),
                translate("Activity", "Actual"),
            ],
            new_row=lambda row: self._fill_indicator(row, Indicator()),
            add_text=translate("Activity", "Add &indicator"),
            remove_text=translate("Activity", "Remove in&dicator"),
            stretch=[NAME],
        )
        table = self.indicators.table
        self._numbers = NumberDelegate(table)
        for column in (BASELINE, TARGET, ACTUAL):
            table.setItemDelegateForColumn(column, self._numbers)
        for indicator in record.indicators:
            row = table.rowCount()
            table.insertRow(row)
            self._fill_indicator(row, indicator)
        self._table_row(translate("Activity", "Indicators:"), "indicators", self.indicators)
        self.progress = self._text_box(record.progress_notes, 110)
        self.add_row(translate("Activity", "Progress notes:"), "progress_notes", self.progress)

        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None:
                settle_rows(cast(QFormLayout, page.layout()))
        self.tabs.setCurrentIndex(0)
        self.partnership.currentIndexChanged.connect(
            lambda: self._fill_objectives(checked_values(self.objectives)))

    # -- layout ------------------------------------------------------------

    def _page(self, title: str) -> None:
        """Start a tab; rows added after this land on it.

        The base's `add_row` lays rows out in `self.form`; pointing that at
        each tab's form in turn keeps its error lines and watching as they are.
        """
        page = QWidget()
        self.form = QFormLayout(page)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.add_tab(title, page, name=translate("Activity", "Activity sections"))

    def _table_row(self, label: str, field: str, rows: RowTable, *, stretch: int = 1) -> None:
        """A table of parts; `stretch` shares a tab's height between its tables."""
        self.add_row(label, field, rows)
        box = rows.parentWidget()  # the row add_row made: the table and its error line
        assert box is not None
        policy = box.sizePolicy()
        policy.setVerticalStretch(stretch)
        box.setSizePolicy(policy)
        self.watch(rows.table)
        rows.changed.connect(self.edited)

    @staticmethod
    def _text_box(text: str, height: int, *, grow: bool = True) -> QPlainTextEdit:
        """Free text; growing boxes take the room a tab has to spare."""
        box = QPlainTextEdit(text)
        box.setTabChangesFocus(True)
        box.setMinimumHeight(min(height, 60))
        if not grow:
            box.setMaximumHeight(height)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        return box

    # -- objectives ----------------------------------------------------------

    def _fill_objectives(self, checked: list[str]) -> None:
        """The chosen partnership's roadmap objectives; ticks survive where they still apply."""
        pid = self.partnership.currentData()
        roadmaps = self.session.store.list(Roadmap, Filters(partnership=pid)) if pid else []
        items = [((f"{roadmap.version} · " if len(roadmaps) > 1 else "")
                  + f"{o.code} {o.text}", o.id)
                 for roadmap in roadmaps for o in roadmap.objectives]
        known = {value for _, value in items}
        # Stored links the roadmaps no longer offer stay visible, so validation
        # can name them and the user decides, rather than losing them silently.
        stale = [c for c in self.original.objective_ids if c not in known] \
            if pid == self.original.partnership_id else []
        items += [(translate("Activity", "(objective no longer in a roadmap)"), c) for c in stale]
        fill_checks(self.objectives, items, [c for c in checked if c in known or c in stale])
    # -- participants --------------------------------------------------------

    def _add_participant(self, participation: Participation) -> None:
        row = self.participants.table.rowCount()
        self.participants.table.insertRow(row)
        self._fill_participant(row, participation)

    def _new_participant(self, row: int) -> None:
        listed = {self._participant_id(r) for r in range(row)}
        free = next((oid for _, oid in self._organisations if oid not in listed), None)
        self._fill_participant(row, Participation(organisation_id=free or ""))

    def _fill_participant(self, row: int, participation: Participation) -> None:
        table = self.participants.table
        combo = self._organisation_combo(participation.organisation_id, none=None)
        combo.setAccessibleName(translate("Activity", "Participating organisation"))
        table.setCellWidget(row, 0, combo)
        for column, role in enumerate(ROLES, start=1):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if role in participation.roles
                               else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, role.translated)
            item.setToolTip(role.translated)
            table.setItem(row, column, item)
        # The stored order of roles, so that reading back an untouched row changes nothing.
        table_item(table, row, 1).setData(ID_ROLE, [r.value for r in participation.roles])

    def _participant_id(self, row: int) -> str | None:
        combo = cast(QComboBox, self.participants.table.cellWidget(row, 0))
        value = combo.currentData()
        return str(value) if value else None

    def _participations(self) -> list[Participation]:
        table = self.participants.table
        result = []
        for row in self.participants.rows():
            organisation = self._participant_id(row)
            if not organisation:
                raise FieldValueError("participants", f"row {row + 1} has no organisation")
            ticked = [role for column, role in enumerate(ROLES, start=1)
                      if table_item(table, row, column).checkState() == Qt.CheckState.Checked]
            stored = [Role(v) for v in table_item(table, row, 1).data(ID_ROLE) or []]
            result.append(Participation(organisation_id=organisation,
                                        roles=keep_order(ticked, stored)))
        return result

    def _organisation_combo(self, current: str | None, *, none: str | None) -> QComboBox:
        combo = choice_combo(self._organisations, current, none=none)
        if current and combo.findData(current) < 0:
            combo.insertItem(0, translate("Activity", "(deleted organisation)"), current)
            combo.setCurrentIndex(0)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(18)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.setToolTip(combo.currentText())  # the cell may cut a long name short
        combo.currentTextChanged.connect(combo.setToolTip)
        self.watch(combo)
        return combo

    # -- funding -------------------------------------------------------------

    def _fill_funding(self, row: int, line: FundingLine) -> None:
        table = self.funding.table
        instrument = enum_combo(Instrument, line.instrument)
        instrument.setAccessibleName(translate("Activity", "Instrument"))
        programme = QTableWidgetItem(line.programme)
        programme.setData(ID_ROLE, line.id)
        programme.setData(Qt.ItemDataRole.AccessibleTextRole, translate("Activity", "Programme"))
        amount = QDoubleSpinBox(decimals=2, maximum=MAX_EUROS)
        amount.setGroupSeparatorShown(True)
        amount.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        amount.setValue(line.amount_cents / 100)
        amount.setAccessibleName(translate("Activity", "Amount in euros"))
        amount.valueChanged.connect(self._update_total)
        stage = enum_combo(FundingStage, line.stage)
        stage.setAccessibleName(translate("Activity", "Funding stage"))
        funder = self._organisation_combo(line.funder_id, none=NONE)
        funder.setAccessibleName(translate("Activity", "Funder"))
        for widget in (instrument, amount, stage):
            self.watch(widget)
        table.setCellWidget(row, INSTRUMENT, instrument)
        table.setItem(row, PROGRAMME, programme)
        table.setCellWidget(row, AMOUNT, amount)
        table.setCellWidget(row, STAGE, stage)
        table.setCellWidget(row, FUNDER, funder)

    def _funding_lines(self) -> list[FundingLine]:
        table = self.funding.table
        lines = []
        for row in self.funding.rows():
            instrument = cast(QComboBox, table.cellWidget(row, INSTRUMENT))
            amount = cast(QDoubleSpinBox, table.cellWidget(row, AMOUNT))
            stage = cast(QComboBox, table.cellWidget(row, STAGE))
            funder = cast(QComboBox, table.cellWidget(row, FUNDER))
            lines.append(FundingLine(
                id=self.funding.row_id(row, PROGRAMME) or new_id(),
                instrument=Instrument(instrument.currentData()),
                programme=self.funding.text(row, PROGRAMME).strip(),
                amount_cents=round(amount.value() * 100),
                stage=FundingStage(stage.currentData()),
                funder_id=funder.currentData(),
            ))
        return lines

    def _update_total(self) -> None:
        total = sum(round(cast(QDoubleSpinBox, self.funding.table.cellWidget(row, AMOUNT))
                          .value() * 100) for row in self.funding.rows())
        self.total.setText(format_money(total, exact=True))

    # -- indicators ----------------------------------------------------------

    def _fill_indicator(self, row: int, indicator: Indicator) -> None:
        table = self.indicators.table
        cells = [indicator.name, indicator.unit, number_text(indicator.baseline),
                 number_text(indicator.target), number_text(indicator.actual)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= BASELINE:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
        table_item(table, row, NAME).setData(ID_ROLE, indicator.id)

    def _indicators(self) -> list[Indicator]:
        rows = self.indicators
        return [Indicator(
            id=rows.row_id(row, NAME) or new_id(),
            name=rows.text(row, NAME).strip(),
            unit=rows.text(row, UNIT).strip(),
            baseline=parse_number(rows.text(row, BASELINE), field="indicators",
                                  what=f"indicator {row + 1} baseline"),
            target=parse_number(rows.text(row, TARGET), field="indicators",
                                what=f"indicator {row + 1} target"),
            actual=parse_number(rows.text(row, ACTUAL), field="indicators",
                                what=f"indicator {row + 1} actual"),
        ) for row in rows.rows()]

    # -- reading back --------------------------------------------------------

    def collect(self) -> Activity:
        target = self.target.value()
        return dataclasses.replace(
            self.original,
            partnership_id=self.partnership.currentData() or "",
            title=self.title.text().strip(),
            description=self.description.toPlainText().strip(),
            category=ActivityCategory(self.category.currentData()),
            status=ActivityStatus(self.status.currentData()),
            start_date=self.start.value(),
            end_date=self.end.value(),
            tags=split_list(self.tags.text()),
            objective_ids=keep_order(checked_values(self.objectives), self.original.objective_ids),
            sectors=split_list(self.sectors.text()),
            skill_levels=keep_order([SkillLevel(v) for v in checked_values(self.skills)],
                                    self.original.skill_levels),
            participants=self._participations(),
            funding=self._funding_lines(),
            target_beneficiaries=None if target == NO_TARGET else target,
            beneficiaries=self.beneficiaries.toPlainText().strip(),
            indicators=self._indicators(),
            progress_notes=self.progress.toPlainText().strip(),
        )
