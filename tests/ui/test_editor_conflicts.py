"""An editor never silently overwrites a write that came in after it was opened."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from modal_support import when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tpdesk.models import Activity, Store
from tpdesk.services import exchange as use_cases
from tpdesk.ui.editors import edit
from tpdesk.ui.editors.activity import ActivityEditor
from tpdesk.ui.operations import Session


@pytest.fixture
def session(store: Store, monkeypatch: pytest.MonkeyPatch) -> Session:
    # Closing a dirty editor at teardown must not wait for an answer.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    return Session(store)


@pytest.fixture
def other_window(db_path: Path) -> Any:
    """A second connection to the same file: another window, a sync, a merge."""
    with Store(db_path, user="Other window") as other:
        yield other


def _press(label: str) -> Any:
    """Choose a button of the conflict box by its mnemonic, as a keyboard user would."""
    def choose(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.accessibleName() == "Changed since you opened it"
        assert box.defaultButton() is box.escapeButton()  # Enter and Escape go back
        texts = [b.text() for b in box.buttons()]
        assert label in texts, texts
        key = label[label.index("&") + 1]
        QtBot.keyClick(box, getattr(Qt.Key, f"Key_{key.upper()}"),
                       Qt.KeyboardModifier.AltModifier)
        QTest.qWait(250)  # a mnemonic clicks as a mouse would: after a short animation
    return choose


def _editor_with_new_title(qtbot: Any, session: Session, record: Activity) -> ActivityEditor:
    editor = ActivityEditor(session, record)
    qtbot.addWidget(editor)
    editor.show()
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Mine: bootcamp, second cohort")
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled, timeout=2000)
    return editor


def _click_save(editor: ActivityEditor) -> None:
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_keep_mine_files_the_other_value_as_a_conflict(qtbot, session, store, seed,
                                                       other_window) -> None:
    editor = _editor_with_new_title(qtbot, session, seed.training)
    theirs = other_window.save(dataclasses.replace(
        other_window.get(Activity, seed.training.id), title="Theirs: bootcamp 2027",
        description="Changed in the other window"))

    errors = when_modal(_press("&Keep Mine"))
    _click_save(editor)
    assert not errors, errors
    assert editor.saved is not None and not editor.isVisible()
    stored = store.get(Activity, seed.training.id)
    # My change kept; the field only they changed stays theirs.
    assert stored.title == "Mine: bootcamp, second cohort"
    assert stored.description == "Changed in the other window"
    assert stored.row_version == theirs.row_version + 1
    [conflict] = use_cases.list_conflicts(session.stores)
    assert (conflict.conflict.field, conflict.conflict.kept, conflict.conflict.lost,
            conflict.conflict.lost_who) == ("title", "Mine: bootcamp, second cohort",
                                            "Theirs: bootcamp 2027", "Other window")
    # Choosing their value later is an ordinary resolution.
    use_cases.resolve_conflict(session.stores, conflict.conflict.id, "Theirs: bootcamp 2027")
    assert store.get(Activity, seed.training.id).title == "Theirs: bootcamp 2027"


def test_keep_mine_is_one_undoable_step(qtbot, session, store, seed, other_window) -> None:
    editor = _editor_with_new_title(qtbot, session, seed.training)
    other_window.save(dataclasses.replace(other_window.get(Activity, seed.training.id),
                                          description="Changed in the other window"))
    errors = when_modal(_press("&Keep Mine"))
    _click_save(editor)
    assert not errors, errors
    assert use_cases.list_conflicts(session.stores) == []  # no field both changed
    session.undo()
    back = store.get(Activity, seed.training.id)
    assert (back.title, back.description) == (seed.training.title,
                                              "Changed in the other window")


def test_reload_opens_the_editor_again_on_the_stored_record(qtbot, session, store, seed,
                                                            other_window) -> None:
    other_window.save(dataclasses.replace(other_window.get(Activity, seed.training.id),
                                          title="Theirs: bootcamp 2027"))
    seen: list[str] = []

    def then_edit_again(dialog: QWidget) -> None:
        assert isinstance(dialog, ActivityEditor)
        seen.append(dialog.title.text())
        dialog.description.setPlainText("Typed after reloading")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.waitUntil(save.isEnabled, timeout=2000)
        save.click()

    def reload_then_edit(box: QWidget) -> None:
        _press("&Reload")(box)
        reports.append(when_modal(then_edit_again))

    def first(dialog: QWidget) -> None:
        assert isinstance(dialog, ActivityEditor)
        dialog.title.setText("Mine, dropped on reload")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.waitUntil(save.isEnabled, timeout=2000)
        reports.append(when_modal(reload_then_edit))
        save.click()

    reports = [when_modal(first)]
    saved = edit(session, seed.training)  # the stale row, as a table had loaded it
    QApplication.processEvents()
    assert not any(reports), reports
    assert seen == ["Theirs: bootcamp 2027"]
    assert saved is not None
    stored = store.get(Activity, seed.training.id)
    assert (stored.title, stored.description) == ("Theirs: bootcamp 2027",
                                                  "Typed after reloading")
    assert use_cases.list_conflicts(session.stores) == []


def test_cancel_goes_back_to_the_editor_and_writes_nothing(qtbot, session, store, seed,
                                                           other_window) -> None:
    editor = _editor_with_new_title(qtbot, session, seed.training)
    theirs = other_window.save(dataclasses.replace(
        other_window.get(Activity, seed.training.id), title="Theirs: bootcamp 2027"))
    errors = when_modal(lambda box: box.reject())
    _click_save(editor)
    assert not errors, errors
    assert editor.isVisible() and editor.saved is None
    assert editor.title.text() == "Mine: bootcamp, second cohort"  # the typing stays
    assert store.get(Activity, seed.training.id) == theirs
    assert session.undo_stack.count() == 0


def test_a_record_deleted_meanwhile_is_restored_with_the_deletion_listed(
        qtbot, session, store, seed, other_window) -> None:
    editor = _editor_with_new_title(qtbot, session, seed.pilot)
    other_window.delete(other_window.get(Activity, seed.pilot.id))
    errors = when_modal(_press("Restore and &Keep Mine"))
    _click_save(editor)
    assert not errors, errors
    stored = store.get(Activity, seed.pilot.id)
    assert stored.deleted_at is None and stored.title == "Mine: bootcamp, second cohort"
    [conflict] = use_cases.list_conflicts(session.stores)
    assert conflict.conflict.field == "deleted" and conflict.conflict.lost is not None


def test_an_editor_without_a_write_in_between_saves_as_before(qtbot, session, store,
                                                              seed) -> None:
    editor = _editor_with_new_title(qtbot, session, seed.training)
    _click_save(editor)
    assert editor.saved is not None
    assert store.get(Activity, seed.training.id).row_version == seed.training.row_version + 1


def test_a_bulk_edit_of_rows_changed_meanwhile_is_refused(session, store, seed,
                                                          other_window) -> None:
    from tpdesk.models.errors import VersionConflictError

    shown = [seed.training, seed.pilot]  # as a table loaded them
    other_window.save(dataclasses.replace(other_window.get(Activity, seed.pilot.id),
                                          title="Renamed elsewhere"))
    tagged = [dataclasses.replace(a, tags=["priority"]) for a in shown]
    with pytest.raises(VersionConflictError, match="was changed by another edit or a merge"):
        session.save_many(tagged, "Add tag")
    assert store.get(Activity, seed.training.id).tags == []  # all or nothing
    assert store.get(Activity, seed.pilot.id).title == "Renamed elsewhere"


def test_undoing_a_bulk_edit_never_overwrites_a_change_made_since(qtbot, session, store, seed,
                                                                  other_window) -> None:
    records = [store.get(Activity, seed.training.id), store.get(Activity, seed.pilot.id)]
    session.save_many([dataclasses.replace(a, tags=["priority"]) for a in records], "Add tag")
    other_window.save(dataclasses.replace(other_window.get(Activity, seed.pilot.id),
                                          title="Renamed elsewhere"))
    with qtbot.waitSignal(session.failed) as failed:
        session.undo()
    assert "was changed by another edit or a merge since; not undone" in failed.args[0]
    pilot, training = (store.get(Activity, seed.pilot.id), store.get(Activity, seed.training.id))
    assert (pilot.title, pilot.tags, training.tags) == ("Renamed elsewhere", ["priority"],
                                                        ["priority"])
