"""A register view for a big register, on real widgets over a real demo database:
bulk actions as one undo step, N of M, inline editing, the header menu, the
details pane, the Trash, and Ctrl+End reaching the last row."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QUrl
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QMessageBox

from tpdesk.models import Activity, Commitment, Filters, Note, Store, l10n
from tpdesk.models.demo import load_demo
from tpdesk.models.vocab import ActivityStatus
from tpdesk.services.bulk import FIELDS
from tpdesk.ui.operations import Session
from tpdesk.ui.search_dialog import SearchDialog
from tpdesk.ui.table_models import PAGE, ActivitiesTableModel
from tpdesk.ui.trash import TrashDialog
from tpdesk.ui.views import RecordView


@pytest.fixture
def session(tmp_path: Path, today) -> Iterator[Session]:
    path = tmp_path / "demo.db"
    with Store(path, user="tester", today=lambda: today) as store:
        load_demo(store)
    session = Session(Store(path, user="tester", today=lambda: today))
    yield session
    session.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def view(qtbot, session: Session, settings: QSettings) -> RecordView:
    return _view(qtbot, session, settings)


def _view(qtbot, session: Session, settings: QSettings) -> RecordView:
    view = RecordView(ActivitiesTableModel, session.store, settings, session=session)
    session.changed.connect(view.apply)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _select(view: RecordView, rows: list[int]) -> None:
    view.table.selectRow(rows[0])
    for row in rows[1:]:
        view.table.selectionModel().select(
            view.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
            | QItemSelectionModel.SelectionFlag.Rows)


def _action(menu, text: str):  # type: ignore[no-untyped-def]
    for action in menu.actions():
        if action.menu() is not None and action.menu().title().replace("&", "") == text:
            return action.menu()
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


def test_a_bulk_status_change_is_one_undo_step(view: RecordView, session: Session) -> None:
    _select(view, [1, 2, 3])
    picked = view.selected()
    assert len(picked) == 3
    menu = view.context_menu(view.model.index(2, 1))
    assert menu is not None
    _action(_action(menu, "Set Status of 3 activities"), "Suspended").trigger()
    assert {session.store.get(Activity, r.id).status for r in picked} == {
        ActivityStatus.SUSPENDED}
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Set status to Suspended on 3 activities"
    session.undo()
    assert [session.store.get(Activity, r.id).status for r in picked] == [
        r.status for r in picked]


def test_tags_are_added_and_removed_in_bulk(view: RecordView, session: Session,
                                            monkeypatch) -> None:
    _select(view, [0, 4])
    picked = view.selected()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Italy   MPF ", True))
    _action(view.context_menu(view.model.index(0, 0)), "Add Tag to 2 activities…").trigger()
    assert all("Italy MPF" in session.store.get(Activity, r.id).tags for r in picked)
    assert session.undo_stack.undoText() == "Add tag 'Italy MPF' to 2 activities"
    _select(view, [0, 4])
    remove = _action(view.context_menu(view.model.index(0, 0)), "Remove Tag from 2 activities")
    _action(remove, "Italy MPF").trigger()
    assert not any(session.store.get(Activity, r.id).tags for r in picked)
    assert session.undo_stack.count() == 2
    assert session.undo_stack.undoText() == "Remove tag 'Italy MPF' from 2 activities"


def test_a_bulk_undo_step_is_named_in_one_translated_sentence(
        view: RecordView, session: Session, monkeypatch) -> None:
    """Not an English verb glued to a translated count: the whole sentence is translated."""
    words = {"Set {field} to {value} on {records}": "Définir {field} sur {value} pour {records}"}
    monkeypatch.setitem(l10n._state, "translator",
                        lambda context, text, disambiguation=None, n=-1: words.get(text, text))
    _select(view, [1, 2])
    _action(_action(view.context_menu(view.model.index(2, 1)), "Set Status of 2 activities"),
            "Suspended").trigger()
    assert session.undo_stack.undoText() == "Définir status sur Suspended pour 2 activities"


def test_a_bulk_delete_goes_to_the_trash_as_one_step(view: RecordView, session: Session,
                                                     monkeypatch, qtbot) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    total = view.model.total()
    _select(view, [5, 6, 7, 8])
    picked = view.selected()
    view.delete_selected()  # the Delete key; a commitment may use one: cleared, after asking
    assert view.model.total() == total - 4
    assert session.undo_stack.count() == 1
    trash = TrashDialog(session)
    qtbot.addWidget(trash)
    assert {r.id for r in picked} <= {r.id for r in trash._records}
    session.undo()
    assert view.model.total() == total
    assert all(session.store.find(Activity, r.id) for r in picked)


def test_restore_from_the_trash_then_empty_it(session: Session, qtbot, monkeypatch) -> None:
    activity = session.store.list(Activity)[0]
    note = session.store.list(Note)[0]
    session.delete(note)
    trash = TrashDialog(session)
    qtbot.addWidget(trash)
    trash.show()
    assert [r.id for r in trash._records] == [note.id]
    trash.table.selectRow(0)
    trash.restore_button.click()
    assert session.store.find(Note, note.id) is not None
    assert trash.status.text() == "The trash is empty."
    session.undo()  # the restore is undoable: back in the trash
    assert trash.table.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    trash.empty_button.click()
    assert trash.table.rowCount() == 0
    assert session.store.find(Note, note.id, include_deleted=True) is None
    assert not session.undo_stack.canUndo()
    assert session.store.find(Activity, activity.id) is not None


def test_the_view_says_n_of_m(view: RecordView, qtbot) -> None:
    qtbot.waitUntil(lambda: view.count_label.text() != "")
    assert view.count_label.text().startswith("1–")
    assert view.count_label.text().endswith("of 49 activities")
    view.model.set_filters(Filters(partnership="TN"))
    _select(view, [0, 1, 2])
    qtbot.waitUntil(lambda: "selected" in view.count_label.text())
    tunisia = view.model.total()
    assert f"of {tunisia} activities (of 49) · 3 selected" in view.count_label.text()


def test_cells_edit_in_place_through_validation_and_undo(view: RecordView, session: Session,
                                                         monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    titles = [c.title for c in view.model.COLUMNS]
    status, start, partner = (titles.index(t) for t in ("Status", "Start", "Partner"))
    record = view.model.record(3)
    assert view.model.flags(view.model.index(3, status)) & Qt.ItemFlag.ItemIsEditable
    assert not view.model.flags(view.model.index(3, partner)) & Qt.ItemFlag.ItemIsEditable
    assert view.model.data(view.model.index(3, status), Qt.ItemDataRole.EditRole) == \
        record.status.label
    assert view.model.setData(view.model.index(3, status), "Suspended")
    assert session.store.get(Activity, record.id).status is ActivityStatus.SUSPENDED
    assert not view.model.setData(view.model.index(3, start), "2026-02-30")
    QApplication.processEvents()  # the warning is shown once the cell's editor has closed
    assert warnings == [f"Activity '{record.title}': Start date: '2026-02-30' is not a date"
                        " (YYYY-MM-DD)"]
    session.undo()
    assert session.store.get(Activity, record.id).status is record.status


def test_inline_and_bulk_fields_are_fields_of_their_kind() -> None:
    for cls, fields in FIELDS.items():
        names = {f.name for f in dataclasses.fields(cls)}
        assert {f.name for f in fields} <= names, cls


def test_hidden_and_moved_columns_come_back(qtbot, session: Session,
                                            settings: QSettings) -> None:
    view = _view(qtbot, session, settings)
    header = view.table.horizontalHeader()
    category = [c.title for c in view.model.COLUMNS].index("Category")
    menu = view.columns.menu(category)
    _action(menu, "Category").trigger()  # untick: hidden
    assert header.isSectionHidden(category)
    _action(view.columns.menu(0), "Move Right").trigger()
    assert header.visualIndex(0) == 1
    again = _view(qtbot, session, settings)  # saved as it changed: a new view restores it
    assert again.table.horizontalHeader().isSectionHidden(category)
    assert again.table.horizontalHeader().visualIndex(0) == 1
    _action(again.columns.menu(-1), "Reset Columns").trigger()
    assert not again.table.horizontalHeader().isSectionHidden(category)
    assert again.table.horizontalHeader().visualIndex(0) == 0


def test_the_details_pane_shows_notes_links_and_history(view: RecordView,
                                                        session: Session) -> None:
    target = session.store.list(Activity)[0]
    assert view.select(target.id)
    session.save(Note(target_kind="activity", target_id=target.id,
                      text="Ask GIZ about the second cohort"))  # shown at once
    shown = view.detail.browser.toPlainText()
    assert "Notes (1)" in shown and "Ask GIZ about the second cohort" in shown
    assert "Links (" in shown and "created" in shown
    opened: list[tuple[str, str]] = []
    view.target_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    link = session.store.links(target)[0]
    view.detail.browser.anchorClicked.emit(QUrl(f"record:{link.KIND}/{link.id}"))
    assert opened == [(link.KIND, link.id)]
    view.toggle_details()
    assert view.detail.isHidden()


def test_ctrl_end_reaches_the_last_row_at_once(qtbot, session: Session,
                                               settings: QSettings) -> None:
    first = session.store.list(Activity)[0]
    session.store.save_many([dataclasses.replace(first, id=f"many-{i:04}", funding=[],
                                                 created_at="", updated_at="")
                             for i in range(PAGE * 5)])
    view = _view(qtbot, session, settings)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = view.model.total() - 1
    assert view.table.currentIndex().row() == last
    assert view.current() is not None
    assert view.current().id == session.store.list(Activity, offset=last, limit=1)[0].id


def test_global_search_says_the_true_total(qtbot, session: Session) -> None:
    commitment = session.store.list(Commitment)[0]
    session.store.save_many([dataclasses.replace(commitment, id=f"c-{i:03}", updates=[],
                                                 text=f"Zebra study number {i}",
                                                 created_at="", updated_at="")
                             for i in range(130)])
    dialog = SearchDialog(session.store)
    qtbot.addWidget(dialog)
    dialog.query.setText("zebra")
    qtbot.waitUntil(lambda: dialog.status.text() == "100 of 130 found")
    assert dialog.results.count() == 100
    dialog.query.setText("zebra 7")
    qtbot.waitUntil(lambda: dialog.results.count() < 100)
    assert dialog.status.text() == f"{dialog.results.count()} found"  # all of them shown


def test_f2_on_a_status_cell_offers_the_statuses(view: RecordView, session: Session,
                                                 qtbot) -> None:
    status = [c.title for c in view.model.COLUMNS].index("Status")
    index = view.model.index(1, status)
    record = view.model.record(1)
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    combo = view.table.indexWidget(index) or view.table.findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [s.label for s in ActivityStatus]
    assert combo.currentText() == record.status.label
    wanted = next(s for s in ActivityStatus if s is not record.status)
    combo.setCurrentText(wanted.label)
    view.table.itemDelegate().commitData.emit(combo)
    assert session.store.get(Activity, record.id).status is wanted
    assert session.undo_stack.count() == 1
