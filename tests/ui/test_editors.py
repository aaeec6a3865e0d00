"""The record editors, driven through their widgets against a real store."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
)

from tpdesk.models import (
    Activity,
    Commitment,
    Note,
    Organisation,
    Pack,
    Partnership,
    Record,
    Roadmap,
    Roundtable,
    Store,
)
from tpdesk.models.records import RECORD_TYPES
from tpdesk.models.vocab import FundingStage, Instrument, NoteVisibility, Role, SkillLevel
from tpdesk.ui import editors
from tpdesk.ui.editors import EDITORS, edit
from tpdesk.ui.editors.activity import AMOUNT, FUNDER, INSTRUMENT, PROGRAMME, ActivityEditor
from tpdesk.ui.editors.base import RecordEditor
from tpdesk.ui.editors.commitment import CommitmentEditor
from tpdesk.ui.editors.note import NoteEditor
from tpdesk.ui.editors.organisation import OrganisationEditor
from tpdesk.ui.editors.partnership import PartnershipEditor
from tpdesk.ui.editors.roadmap import RoadmapEditor
from tpdesk.ui.editors.roundtable import RoundtableEditor
from tpdesk.ui.operations import Session


@pytest.fixture(autouse=True)
def _editors_go_before_the_store(store: Store, qtbot: Any) -> Iterator[None]:
    """Delete the editors qtbot closed while the store is open: no late validation."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def session(store: Store) -> Session:
    return Session(store)


def open_editor(qtbot: Any, cls: type[RecordEditor[Any]], session: Session,
                record: Record) -> Any:
    editor = cls(session, record)
    qtbot.addWidget(editor)
    return editor


def save_button(editor: RecordEditor[Any]) -> QPushButton:
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)


def save(qtbot: Any, editor: RecordEditor[Any]) -> None:
    """Click Save once live validation has caught up with the last edit."""
    qtbot.waitUntil(save_button(editor).isEnabled, timeout=2000)
    save_button(editor).click()
    assert editor.saved is not None, editor.general_errors.text()
    assert editor.result() == QDialog.DialogCode.Accepted


def error_of(editor: RecordEditor[Any], label: str) -> QLabel:
    """The error line under a field, found the way assistive technology finds it."""
    found = [w for w in editor.findChildren(QLabel) if w.accessibleName() == f"{label}: error"]
    assert len(found) == 1, label
    return found[0]


def tick(widget: QListWidget, label: str, state: Qt.CheckState = Qt.CheckState.Checked) -> None:
    items = widget.findItems(label, Qt.MatchFlag.MatchStartsWith)
    assert items, label
    items[0].setCheckState(state)


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


# -- each editor saves a change made through its widgets ---------------------

def test_partnership_editor_saves(qtbot, session, store, seed) -> None:
    editor = open_editor(qtbot, PartnershipEditor, session, seed.tunisia)
    assert editor.country.currentText() == "Tunisia (TN)"
    assert editor.country.findData("DE") < 0  # Member States are not partners
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Talent Partnership EU-Tunisia")
    editor.sectors.setText(" ICT ,, health ,construction")
    tick(editor.member_states, "France")
    save(qtbot, editor)
    stored = store.get(Partnership, seed.tunisia.id)
    assert stored.title == "Talent Partnership EU-Tunisia"
    assert stored.sectors == ["ICT", "health", "construction"]
    assert stored.member_states == ["DE", "IT", "FR"]
    assert session.undo_stack.count() == 1


def test_partnership_editor_refuses_a_second_partnership_for_a_country(qtbot, session,
                                                                        seed) -> None:
    editor = open_editor(qtbot, PartnershipEditor, session, seed.morocco)
    choose(editor.country, "TN")
    assert not editor.revalidate()
    assert "already exists" in error_of(editor, "Partner country").text()
    assert not save_button(editor).isEnabled()


def test_organisation_editor_saves(qtbot, session, store, seed) -> None:
    editor = open_editor(qtbot, OrganisationEditor, session, seed.giz)
    assert editor.country.currentText() == "Germany (DE)"
    editor.short_name.setText("GIZ GmbH")
    editor.country.setCurrentIndex(0)  # "—"
    save(qtbot, editor)
    stored = store.get(Organisation, seed.giz.id)
    assert (stored.short_name, stored.country_code) == ("GIZ GmbH", None)


def test_roundtable_editor_saves(qtbot, session, store, seed) -> None:
    editor = open_editor(qtbot, RoundtableEditor, session, seed.held)
    editor.place.clear()
    qtbot.keyClicks(editor.place, "Sfax")
    editor.number.setValue(3)
    save(qtbot, editor)
    stored = store.get(Roundtable, seed.held.id)
    assert (stored.place, stored.number) == ("Sfax", 3)


def test_roundtable_editor_puts_the_date_problem_next_to_the_date(qtbot, session, seed) -> None:
    editor = open_editor(qtbot, RoundtableEditor, session, seed.held)
    editor.date.enabled.setChecked(False)
    assert not editor.revalidate()
    assert "needs its date" in error_of(editor, "Date").text()


def test_roadmap_editor_reorders_objectives_and_keeps_their_ids(qtbot, session, store,
                                                                seed) -> None:
    first, second = seed.roadmap.objectives
    editor = open_editor(qtbot, RoadmapEditor, session, seed.roadmap)
    assert editor.roundtable.currentData() == seed.held.id
    rows = editor.objectives
    rows.table.setCurrentCell(1, 0)
    assert rows.up_button is not None
    rows.up_button.click()
    assert rows.table.currentRow() == 0
    rows.table.item(1, 1).setText("Fair and ethical recruitment")
    save(qtbot, editor)
    stored = store.get(Roadmap, seed.roadmap.id)
    assert [(o.id, o.code) for o in stored.objectives] == [(second.id, "O2"), (first.id, "O1")]
    assert stored.objectives[1].text == "Fair and ethical recruitment"
    # Activities still point at the same objectives.
    assert store.get(Activity, seed.training.id).objective_ids == [first.id]


def test_roadmap_editor_refuses_to_remove_an_objective_in_use(qtbot, session, store,
                                                               seed) -> None:
    editor = open_editor(qtbot, RoadmapEditor, session, seed.roadmap)
    editor.objectives.table.setCurrentCell(0, 0)
    editor.objectives.remove_button.click()
    qtbot.waitUntil(save_button(editor).isEnabled, timeout=2000)
    save_button(editor).click()
    assert editor.saved is None
    assert editor.general_errors.text() == (
        "Objective 'O1' of roadmap 'Roadmap 2025' cannot be removed: it is used by 1 activity"
        " ('Coding bootcamp for young graduates')")
    assert [o.code for o in store.get(Roadmap, seed.roadmap.id).objectives] == ["O1", "O2"]


def test_roadmap_editor_adds_and_removes_objectives(qtbot, session, store, seed) -> None:
    store.save(dataclasses.replace(seed.training, objective_ids=[seed.roadmap.objectives[1].id]))
    editor = open_editor(qtbot, RoadmapEditor, session, seed.roadmap)
    rows = editor.objectives
    assert rows.down_button is not None and rows.up_button is not None
    rows.add_button.click()
    assert rows.table.rowCount() == 3
    assert rows.text(2, 0) == "O3"
    assert not editor.revalidate()  # the new objective has no text yet
    assert "objective O3 has no text" in error_of(editor, "Objectives").text()
    rows.table.item(2, 1).setText("Recognition of qualifications")
    rows.table.setCurrentCell(0, 0)
    rows.remove_button.click()
    save(qtbot, editor)
    stored = store.get(Roadmap, seed.roadmap.id)
    assert [o.code for o in stored.objectives] == ["O2", "O3"]
    assert stored.objectives[0].id == seed.roadmap.objectives[1].id


def test_roadmap_buttons_are_named_and_have_mnemonics(qtbot, session, seed) -> None:
    editor = open_editor(qtbot, RoadmapEditor, session, seed.roadmap)
    rows = editor.objectives
    for button in (rows.add_button, rows.remove_button, rows.up_button, rows.down_button):
        assert button is not None
        assert button.accessibleName()
        assert "&" in button.text()
        assert not button.shortcut().isEmpty()


def test_activity_editor_saves(qtbot, session, store, seed) -> None:
    editor = open_editor(qtbot, ActivityEditor, session, seed.training)
    assert not editor.is_dirty()
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Coding bootcamp, second cohort")
    tick(editor.skills, SkillLevel.HIGH.label)
    tick(editor.objectives, "O2")
    editor.target.setValue(250)
    save(qtbot, editor)
    stored = store.get(Activity, seed.training.id)
    assert stored.title == "Coding bootcamp, second cohort"
    assert stored.skill_levels == [SkillLevel.HIGH]
    assert stored.objective_ids == [o.id for o in seed.roadmap.objectives]
    assert stored.target_beneficiaries == 250
    # Unchanged parts keep their identity and order.
    assert stored.funding[0].id == seed.training.funding[0].id
    assert stored.participants[0].roles == [Role.IMPLEMENTING, Role.LEAD_MEMBER_STATE]


def test_activity_end_before_start_is_shown_at_the_end_date(qtbot, session, store,
                                                           seed) -> None:
    editor = open_editor(qtbot, ActivityEditor, session, seed.training)
    editor.end.edit.setDate(QDate(2023, 6, 30))
    qtbot.waitUntil(lambda: not error_of(editor, "End date").isHidden())
    assert "before start date 2024-01-01" in error_of(editor, "End date").text()
    assert error_of(editor, "Start date").isHidden()
    assert not save_button(editor).isEnabled()
    assert editor.tabs.tabText(0).endswith("(1 problem)")
    save_button(editor).click()
    assert editor.saved is None
    assert store.get(Activity, seed.training.id).end_date == "2026-12-31"
    assert session.undo_stack.count() == 0


def test_new_activity_with_two_roles_and_euro_amount(qtbot, session, store, seed) -> None:
    record = Activity(partnership_id=seed.tunisia.id)
    editor = open_editor(qtbot, ActivityEditor, session, record)
    assert editor.windowTitle() == "New activity"
    qtbot.keyClicks(editor.title, "Job fair in Sousse")

    people = editor.participants
    people.add_button.click()
    choose(people.table.cellWidget(0, 0), seed.aneti.id)
    roles = [Role.PARTNER_AUTHORITY, Role.ACCOUNTABLE]
    for role in roles:
        people.table.item(0, 1 + list(Role).index(role)).setCheckState(Qt.CheckState.Checked)

    money = editor.funding
    money.add_button.click()
    choose(money.table.cellWidget(0, INSTRUMENT), Instrument.NDICI.value)
    money.table.item(0, PROGRAMME).setText("NDICI North Africa")
    money.table.cellWidget(0, AMOUNT).setValue(1234.56)
    choose(money.table.cellWidget(0, FUNDER), seed.ilo.id)
    assert editor.total.text() == "EUR\u00a01,234.56"

    save(qtbot, editor)
    stored = store.get(Activity, record.id)
    assert stored.title == "Job fair in Sousse"
    assert len(stored.participants) == 1
    assert stored.participants[0].organisation_id == seed.aneti.id
    assert set(stored.participants[0].roles) == set(roles)
    (line,) = stored.funding
    assert line.amount_cents == 123456
    assert (line.instrument, line.stage, line.funder_id, line.programme) == (
        Instrument.NDICI, FundingStage.COMMITTED, seed.ilo.id, "NDICI North Africa")


def test_activity_participant_without_role_is_flagged(qtbot, session, seed) -> None:
    editor = open_editor(qtbot, ActivityEditor, session, seed.pilot)
    editor.participants.add_button.click()
    assert not editor.revalidate()
    assert "has no role" in error_of(editor, "Organisations").text()
    assert "(1 problem)" in editor.tabs.tabText(2)


def test_activity_objectives_follow_the_partnership(qtbot, session, seed) -> None:
    editor = open_editor(qtbot, ActivityEditor, session, seed.training)
    assert editor.objectives.count() == 2
    choose(editor.partnership, seed.morocco.id)
    assert editor.objectives.count() == 0  # Morocco has no roadmap yet
    choose(editor.partnership, seed.tunisia.id)
    assert editor.objectives.count() == 2


def test_activity_indicators_keep_ids_and_refuse_bad_numbers(qtbot, session, store,
                                                             seed) -> None:
    editor = open_editor(qtbot, ActivityEditor, session, seed.training)
    rows = editor.indicators
    rows.add_button.click()
    for column, text in enumerate(["Graduates placed", "people", "0", "120", "abc"]):
        rows.table.item(0, column).setText(text)
    assert not editor.revalidate()
    assert "indicator 1 actual: 'abc' is not a number" in error_of(editor, "Indicators").text()
    assert not save_button(editor).isEnabled()
    rows.table.item(0, 4).setText("37.5")
    save(qtbot, editor)
    (indicator,) = store.get(Activity, seed.training.id).indicators
    assert (indicator.baseline, indicator.target, indicator.actual) == (0, 120, 37.5)

    again = open_editor(qtbot, ActivityEditor, session, store.get(Activity, seed.training.id))
    assert not again.is_dirty()
    again.indicators.table.item(0, 1).setText("persons")
    save(qtbot, again)
    assert store.get(Activity, seed.training.id).indicators[0].id == indicator.id


def test_activity_editor_never_lists_activities(qtbot, session, store, seed,
                                                monkeypatch) -> None:
    asked: list[type[Record]] = []
    real_list = store.list

    def spy(cls: type[Record], *args: Any, **kwargs: Any) -> list[Any]:
        asked.append(cls)
        return real_list(cls, *args, **kwargs)

    monkeypatch.setattr(store, "list", spy)
    editor = open_editor(qtbot, ActivityEditor, session, seed.training)
    choose(editor.partnership, seed.morocco.id)
    assert Activity not in asked


def test_commitment_editor_saves(qtbot, session, store, seed) -> None:
    editor = open_editor(qtbot, CommitmentEditor, session, seed.overdue)
    editor.text.setPlainText("Open job-matching desks in Sfax and Sousse")
    save(qtbot, editor)
    assert store.get(Commitment, seed.overdue.id).text == \
        "Open job-matching desks in Sfax and Sousse"


def test_note_editor_defaults_author_and_saves(qtbot, session, store, seed) -> None:
    note = Note(target_kind="activity", target_id=seed.training.id)
    editor = open_editor(qtbot, NoteEditor, session, note)
    assert editor.target.text() == "Activity: Coding bootcamp for young graduates"
    assert editor.author.text() == "tester"
    assert not editor.is_dirty()
    qtbot.keyClicks(editor.text, "Ask GIZ about the second cohort.")
    save(qtbot, editor)
    stored = store.get(Note, note.id)
    assert (stored.author, stored.text) == ("tester", "Ask GIZ about the second cohort.")
    assert stored.partnership_id == seed.tunisia.id

    again = open_editor(qtbot, NoteEditor, session, stored)
    assert again.windowTitle() == "Edit note"
    again.author.setText("Desk officer")
    assert again.visibility.currentText() == "Internal"  # the default: not in PUBLIC packs
    again.visibility.setCurrentIndex(again.visibility.findText("Shareable"))
    save(qtbot, again)
    stored = store.get(Note, note.id)
    assert (stored.author, stored.visibility) == ("Desk officer", NoteVisibility.SHAREABLE)


# -- closing --------------------------------------------------------------------

def test_closing_a_dirty_editor_asks(qtbot, session, store, seed, monkeypatch) -> None:
    answers: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: answers.pop(0))
    editor = open_editor(qtbot, RoundtableEditor, session, seed.held)
    editor.show()
    editor.place.setText("Sousse")

    answers.append(QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert editor.isVisible()
    assert not answers  # it asked

    answers.append(QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()
    assert editor.result() == QDialog.DialogCode.Rejected
    assert editor.saved is None
    assert store.get(Roundtable, seed.held.id).place == "Tunis"


def test_closing_an_untouched_editor_does_not_ask(qtbot, session, seed, monkeypatch) -> None:
    def fail(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("asked although nothing changed")

    monkeypatch.setattr(QMessageBox, "question", fail)
    records: list[tuple[type[RecordEditor[Any]], Record]] = [
        (PartnershipEditor, seed.tunisia), (OrganisationEditor, seed.aneti),
        (RoundtableEditor, seed.held), (RoadmapEditor, seed.roadmap),
        (ActivityEditor, seed.training), (ActivityEditor, seed.pilot),
        (CommitmentEditor, seed.overdue),
    ]
    for cls, record in records:
        editor = open_editor(qtbot, cls, session, record)
        assert not editor.is_dirty(), cls.__name__
        editor.reject()


# -- the registry and house rules -------------------------------------------------

def test_every_record_kind_has_an_editor() -> None:
    assert set(EDITORS) == set(RECORD_TYPES.values())
    for cls, editor in EDITORS.items():
        assert editor.KIND is cls


def test_edit_opens_the_right_editor_and_returns_the_saved_record(qtbot, session, store,
                                                                  seed, monkeypatch) -> None:
    opened: list[RecordEditor[Any]] = []

    def run(self: RecordEditor[Any]) -> int:
        opened.append(self)
        assert isinstance(self, OrganisationEditor)
        self.name.setText("International Labour Office")
        save_button(self).click()
        return int(self.result())

    monkeypatch.setattr(OrganisationEditor, "exec", run)
    saved = edit(session, seed.ilo)
    assert isinstance(saved, Organisation)
    assert store.get(Organisation, seed.ilo.id).name == "International Labour Office"
    with qtbot.waitSignal(opened[0].destroyed):
        pass  # edit() lets the dialog go once it is done

    monkeypatch.setattr(RoundtableEditor, "exec", lambda self: 0)
    assert editors.edit(session, seed.held) is None


@pytest.mark.parametrize("kind", sorted(RECORD_TYPES))
def test_controls_have_accessible_names(qtbot, session, seed, kind) -> None:
    records: dict[str, Record] = {
        "partnership": seed.tunisia, "organisation": seed.giz, "roundtable": seed.held,
        "roadmap": seed.roadmap, "activity": seed.training, "commitment": seed.overdue,
        "note": Note(target_kind="roadmap", target_id=seed.roadmap.id, text="Check O2"),
        "pack": Pack(title="Briefing for the Italian delegation", roundtable_id=seed.held.id,
                     partnership_id=seed.tunisia.id, partnership_ids=[seed.tunisia.id],
                     member_states=["IT"]),
    }
    record = records[kind]
    editor = open_editor(qtbot, EDITORS[type(record)], session, record)
    if isinstance(editor, ActivityEditor):
        editor.participants.add_button.click()  # a row with all its controls
        editor.funding.add_button.click()
    unnamed = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
               for cls in (QPushButton, QComboBox, QAbstractSpinBox, QListWidget,
                           QLineEdit, QPlainTextEdit, QTableWidget)
               for w in editor.findChildren(cls)
               if not (w.accessibleName() or (isinstance(w, QPushButton) and w.text()))
               # Parts of other controls: a spin box's text, a table cell being edited.
               and not isinstance(w.parent(), QAbstractSpinBox)
               and not isinstance(w.parent().parent(), QTableWidget)]
    assert unnamed == []


def test_commitment_keeps_an_activity_beyond_the_pick_list(qtbot, store, seed,
                                                         monkeypatch) -> None:
    from tpdesk.ui.editors import commitment as commitment_module
    from tpdesk.ui.editors.commitment import CommitmentEditor
    from tpdesk.ui.operations import Session

    monkeypatch.setattr(commitment_module, "ACTIVITY_CHOICES", 0)  # none listed
    linked = store.get(type(seed.due_soon), seed.due_soon.id)
    assert linked.activity_id == seed.training.id
    editor = CommitmentEditor(Session(store), linked)
    qtbot.addWidget(editor)
    assert editor.collect().activity_id == seed.training.id
    assert not editor.is_dirty()
