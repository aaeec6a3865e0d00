"""The Record outcome screen, typed at by keyboard on a real database, and undone in one step."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit

from tpdesk.models import Commitment, Roundtable, Store, UserError
from tpdesk.models.vocab import CommitmentStatus, RoundtableStatus
from tpdesk.services import ActionRow, Outcome, Review, lend, record_outcome
from tpdesk.ui.operations import Session
from tpdesk.ui.outcome import OutcomeDialog


@pytest.fixture
def planned(store: Store, seed: Any) -> Roundtable:
    return store.save(Roundtable(partnership_id=seed.tunisia.id, number=2, date="2026-10-01",
                                 place="Sfax"))


def type_row(qtbot: Any, dialog: OutcomeDialog, row: int, texts: list[str]) -> None:
    """Type into each cell of a row and Tab on, as a person does: Tab opens the next cell."""
    table = dialog.new
    table.setFocus()
    table.setCurrentCell(row, 0)
    for typed in texts:
        rest, editor = typed, QApplication.focusWidget()
        if not isinstance(editor, QLineEdit):  # on the table: the first key opens the cell
            qtbot.keyClicks(table, typed[:1])
            rest, editor = typed[1:], QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, rest)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_a_whole_outcome_typed_by_keyboard_then_undone(qtbot: Any, store: Store, seed: Any,
                                                       planned: Roundtable) -> None:
    session = Session(store)
    dialog = OutcomeDialog(session, planned)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.summary, "Both sides agreed a second desk and a tracer study.")
    type_row(qtbot, dialog, 0, ["GIZ; ANETI", "Open a desk in Sousse", "31/03/2027", "O1"])
    type_row(qtbot, dialog, 1, ["ILO", "Publish a tracer study", "June 2027",
                                "Coding bootcamp for young graduates"])
    assert dialog.new.rowCount() == 3  # a fresh row keeps opening
    rows = {c.id: i for i, c in enumerate(dialog.reviewed)}
    assert set(rows) == {seed.overdue.id, seed.due_soon.id}
    combo = dialog.reviews.cellWidget(rows[seed.overdue.id], 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(CommitmentStatus.FULFILLED))
    dialog.reviews.setCurrentCell(rows[seed.due_soon.id], 3)
    dialog.reviews.editItem(dialog.reviews.item(rows[seed.due_soon.id], 3))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "2027-06-30")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    before = len(store.list(Commitment))

    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.recorded is not None, dialog.error.text()
    rt = store.get(Roundtable, planned.id)
    assert rt.status is RoundtableStatus.HELD and rt.outcome_summary.startswith("Both sides")
    made = [c for c in store.list(Commitment) if c.made_at_roundtable_id == planned.id]
    assert sorted(c.text for c in made) == ["Open a desk in Sousse", "Publish a tracer study"]
    desk = next(c for c in made if c.text.startswith("Open"))
    assert desk.actor_ids == [seed.giz.id, seed.aneti.id] and desk.due_date == "2027-03-31"
    assert desk.objective_id == seed.roadmap.objectives[0].id
    study = next(c for c in made if c.text.startswith("Publish"))
    assert study.activity_id == seed.training.id and study.due_date == "2027-06-30"
    overdue = store.get(Commitment, seed.overdue.id)
    assert overdue.status is CommitmentStatus.FULFILLED
    assert overdue.updates[-1].status is CommitmentStatus.FULFILLED
    moved = store.get(Commitment, seed.due_soon.id)
    assert moved.due_date == "2027-06-30"
    assert moved.updates[-1].note == "due date moved to 2027-06-30"
    assert session.undo_stack.count() == 1

    session.undo()
    assert len(store.list(Commitment)) == before
    assert store.get(Roundtable, planned.id).status is RoundtableStatus.PLANNED
    assert store.get(Commitment, seed.overdue.id).updates == seed.overdue.updates
    assert store.get(Commitment, seed.due_soon.id).due_date == seed.due_soon.due_date
    session.redo()
    assert store.get(Commitment, seed.overdue.id).status is CommitmentStatus.FULFILLED
    assert len(store.list(Commitment)) == before + 2


def test_a_wrong_row_keeps_the_screen_open_with_one_line(qtbot: Any, store: Store, seed: Any,
                                                         planned: Roundtable) -> None:
    session = Session(store)
    dialog = OutcomeDialog(session, planned)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_row(qtbot, dialog, 0, ["Nobody Inc", "Do something", "soon", ""])
    dialog.accept()
    assert dialog.recorded is None and dialog.isVisibleTo(dialog.parentWidget() or dialog)
    assert dialog.error.text() == ("new commitment 1: column 'Due date': 'soon' is not a date"
                                   " (e.g. 31/12/2026 or December 2026) (and 1 more);"
                                   " nothing recorded")
    assert store.get(Roundtable, planned.id).status is RoundtableStatus.PLANNED
    assert session.undo_stack.count() == 0


def test_the_use_case_refuses_unknown_actors_and_writes_nothing(store: Store, seed: Any,
                                                                planned: Roundtable) -> None:
    outcome = Outcome(planned.id, summary="x", commitments=(
        ActionRow(1, "OFII", "Pre-departure courses"),), reviews=(
        Review(seed.overdue.id, CommitmentStatus.CANCELLED),))
    with pytest.raises(UserError, match=r"^not in the register: OFII \(add them as"
                                        r" organisations first\); nothing recorded$"):
        record_outcome(lend(store), outcome)
    assert store.get(Commitment, seed.overdue.id).status is CommitmentStatus.IN_PROGRESS
    assert store.get(Roundtable, planned.id).outcome_summary == ""
