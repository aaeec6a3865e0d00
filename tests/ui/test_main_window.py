"""The main window on real databases, driven through its widgets."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tpdesk.models import (
    Activity,
    Commitment,
    FilterError,
    Organisation,
    Partnership,
    Store,
    StoreError,
)
from tpdesk.models.demo import load_demo
from tpdesk.services import StoreFactory, take_backup
from tpdesk.ui import main_window as main_window_module
from tpdesk.ui.editors.commitment import CommitmentEditor
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.search_dialog import SearchDialog
from tpdesk.ui.table_models import RecordRole, StateRole


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_path(tmp_path: Path, today) -> Path:
    path = tmp_path / "demo.db"
    with Store(path, today=lambda: today) as store:
        load_demo(store)
    return path


@pytest.fixture
def window(qtbot, settings: QSettings, demo_path: Path) -> MainWindow:
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    assert win.open_database(demo_path)
    win.show()
    return win


def _rows(view) -> list:
    return [view.model.record(r) for r in range(view.model.rowCount())]


def test_opens_on_a_demo_database(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.splitter
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Overview", "Activities", "Commitments", "Roundtables", "Organisations", "Notes",
        "Briefing packs"]
    root = window.navigator.topLevelItem(0)
    assert root.childCount() == 5
    assert "5 partnerships" in window.counts_label.text()
    assert str(window.session.store.path) == window.path_label.text()
    assert len(_rows(window.view(Activity))) >= 40


def test_welcome_view_on_an_empty_database(qtbot, settings: QSettings, tmp_path: Path) -> None:
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.open_database(tmp_path / "empty.db")
    assert win.pages.currentWidget() is win.welcome
    qtbot.mouseClick(win.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.splitter
    assert win.session.store.count(Partnership) == 5


def test_navigator_scopes_every_view(window: MainWindow) -> None:
    store = window.session.store
    tunisia = store.partnership_by_code("TN")
    root = window.navigator.topLevelItem(0)
    item = next(root.child(i) for i in range(root.childCount())
                if root.child(i).text(0) == "Tunisia")
    window.navigator.setCurrentItem(item)
    assert {a.partnership_id for a in _rows(window.view(Activity))} == {tunisia.id}
    assert {c.partnership_id for c in _rows(window.view(Commitment))} == {tunisia.id}


def test_quick_filter_and_overdue_only(qtbot, window: MainWindow) -> None:
    view = window.view(Commitment)
    everything = len(_rows(view))
    view.filter_bar.overdue.setChecked(True)
    overdue = _rows(view)
    assert 0 < len(overdue) < everything
    model = view.model
    assert {model.data(model.index(r, 0), StateRole) for r in range(model.rowCount())} == \
        {"overdue"}
    view.filter_bar.overdue.setChecked(False)
    activities = window.view(Activity)
    qtbot.keyClicks(activities.filter_bar.text, "fair recruitment")
    qtbot.waitUntil(lambda: 0 < len(_rows(activities)) < 40)
    assert all("recruitment" in " ".join([a.title, a.description, a.progress_notes,
                                          a.beneficiaries]).lower() for a in _rows(activities))


def test_edit_commitment_then_undo_and_redo(window: MainWindow) -> None:
    session = window.session
    view = window.view(Commitment)
    commitment = _rows(view)[0]
    editor = CommitmentEditor(session, commitment, window)
    editor.text.setPlainText("Open two more job-matching desks")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert session.store.get(Commitment, commitment.id).text == \
        "Open two more job-matching desks"
    assert any(r.text == "Open two more job-matching desks" for r in _rows(view))

    window.undo_action.trigger()
    assert session.store.get(Commitment, commitment.id).text == commitment.text
    window.redo_action.trigger()
    assert session.store.get(Commitment, commitment.id).text == \
        "Open two more job-matching desks"


def test_create_and_delete_an_activity_with_undo(window: MainWindow, monkeypatch) -> None:
    session = window.session
    store = session.store
    tunisia = store.partnership_by_code("TN")
    created = session.save(Activity(partnership_id=tunisia.id, title="Welders' pathway"))
    view = window.view(Activity)
    assert view.select(created.id)

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.tabs.setCurrentWidget(window.tab_of[Activity])
    window.delete_current()
    assert store.find(Activity, created.id) is None
    assert created.id not in {a.id for a in _rows(view)}
    window.undo_action.trigger()
    assert store.find(Activity, created.id) is not None
    window.undo_action.trigger()  # undo the creation too
    assert store.find(Activity, created.id) is None
    window.redo_action.trigger()
    assert store.get(Activity, created.id).title == "Welders' pathway"


def _answers(monkeypatch, *answers: QMessageBox.StandardButton) -> list[str]:
    """Answer the message boxes' questions in turn; returns the questions and warnings shown."""
    shown: list[str] = []
    replies = iter(answers)

    def question(_parent, _title, text, *_args):
        shown.append(text)
        return next(replies)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def test_delete_refused_is_one_clear_message(window: MainWindow, monkeypatch) -> None:
    """A partnership cannot go while its roundtables need it: one line, no offer to clear."""
    store = window.session.store
    partnership = store.list(Partnership)[0]
    shown = _answers(monkeypatch, YES)
    window.delete_record(partnership)
    assert len(shown) == 2
    assert "cannot be deleted: it is used by" in shown[1]
    assert "roundtables (" in shown[1]
    assert "\n" not in shown[1]
    assert store.find(Partnership, partnership.id) is not None


def test_a_record_in_use_is_deleted_once_its_references_are_cleared(
        window: MainWindow, monkeypatch) -> None:
    session = window.session
    store = session.store
    used = next(o for o in store.list(Organisation) if o.short_name == "ILO")
    users = [a for a in store.list(Activity)
             if used.id in {p.organisation_id for p in a.participants}]
    assert users
    shown = _answers(monkeypatch, YES, NO)
    window.delete_record(used)
    assert shown[1].startswith("Organisation 'ILO' cannot be deleted: it is used by")
    assert store.find(Organisation, used.id) is not None

    view = window.view(Activity)
    shown = _answers(monkeypatch, YES, YES)
    window.delete_record(used)
    assert len(shown) == 2, shown  # no warning: the second answer cleared and deleted
    assert store.find(Organisation, used.id) is None
    after = store.get(Activity, users[0].id)
    assert used.id not in {p.organisation_id for p in after.participants}
    assert store.history_of(after.id)[-1].field == "participants"
    row = view.model.row_of(after.id)
    assert view.model.data(view.model.index(row, 0), RecordRole) == after  # the view followed

    window.undo_action.trigger()
    assert store.find(Organisation, used.id) is not None
    assert store.get(Activity, users[0].id).participants == users[0].participants
    window.redo_action.trigger()
    assert store.find(Organisation, used.id) is None


def test_commitment_status_update_from_the_tracker(window: MainWindow) -> None:
    view = window.view(Commitment)
    window.tabs.setCurrentWidget(window.tab_of[Commitment])
    view.table.selectRow(0)
    commitment = view.current()
    assert commitment is not None
    updated = window.session.add_progress(commitment, commitment.status, "Checked in Brussels")
    assert updated.updates[-1].note == "Checked in Brussels"
    row = view.model.row_of(commitment.id)
    assert view.model.data(view.model.index(row, 0), RecordRole).updates[-1].note == \
        "Checked in Brussels"


def test_global_search_opens_the_record(qtbot, window: MainWindow, monkeypatch) -> None:
    opened: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "edit_record", lambda record: opened.append(
        (record.KIND, record.id)))
    window.show_search()
    dialog = window.findChild(SearchDialog)
    qtbot.keyClicks(dialog.query, "fair recruitment")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened
    kind, _ = opened[0]
    assert kind in ("activity", "commitment", "note")


def test_settings_remember_database_and_columns(qtbot, window: MainWindow,
                                                settings: QSettings, demo_path: Path) -> None:
    header = window.view(Activity).table.horizontalHeader()
    header.resizeSection(1, 123)
    window.close()
    assert settings.value("recent")[0] == str(demo_path)
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    again.open_database(demo_path)
    assert again.view(Activity).table.horizontalHeader().sectionSize(1) == 123


def test_unchanged_save_pushes_no_undo_step(window: MainWindow) -> None:
    session = window.session
    activity = _rows(window.view(Activity))[0]
    before = session.undo_stack.count()
    session.save(dataclasses.replace(activity))
    assert session.undo_stack.count() == before


def test_backup_runs_off_the_gui_thread(qtbot, window: MainWindow, tmp_path: Path,
                                        monkeypatch) -> None:
    target = tmp_path / "copy.db"
    monkeypatch.setattr(main_window_module.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    window.backup()
    qtbot.waitUntil(lambda: not window._jobs, timeout=10_000)
    assert target.exists()
    with Store(target, create=False) as copy:
        assert copy.count(Partnership) == 5
    assert "Backed up to" in window.statusBar().currentMessage()


def _raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


@pytest.fixture
def shown(monkeypatch) -> list[QMessageBox]:
    """The boxes the error hook opened, without a modal loop; the hook is restored after."""
    from tpdesk import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.configure_application()
    assert sys.excepthook is app._unexpected_error
    boxes: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        boxes.append(box)
        return 0

    monkeypatch.setattr(app.QMessageBox, "exec", exec_)
    return boxes


def test_a_bug_is_logged_and_shown_in_one_line(shown: list[QMessageBox], tmp_path: Path,
                                               monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    log = tmp_path / "tpdesk" / "tpdesk.log"
    exc = _raised(RuntimeError("boom"))
    sys.excepthook(type(exc), exc, exc.__traceback__)
    [box] = shown
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.text() == f"tpdesk hit an internal error, logged to {log}."
    assert box.informativeText() == "RuntimeError: boom\nYour saved data is safe."
    assert box.detailedText() == ""  # the traceback is in the log, not in front of the user
    text = log.read_text(encoding="utf-8")
    assert "tpdesk.app ERROR: unexpected error: RuntimeError (message not logged)" in text
    assert "Traceback (most recent call last):" in text


def test_a_bug_that_cannot_be_logged_keeps_its_traceback_in_the_box(
        shown: list[QMessageBox], tmp_path: Path, monkeypatch, capsys) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    exc = _raised(KeyError("pack"))
    sys.excepthook(type(exc), exc, exc.__traceback__)
    [box] = shown
    assert box.text() == "tpdesk hit an internal error; the log file could not be written."
    assert "Traceback (most recent call last):" in box.detailedText()
    assert "unexpected error: KeyError (message not logged)" in capsys.readouterr().err


def test_a_user_error_reaching_the_event_loop_is_a_warning(shown: list[QMessageBox],
                                                           monkeypatch) -> None:
    from tpdesk import app

    warned: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    exc = _raised(StoreError("/x/register.db: the disk is full; free some space and try again"))
    sys.excepthook(type(exc), exc, exc.__traceback__)
    assert warned == ["/x/register.db: the disk is full; free some space and try again"]
    assert shown == []


def test_a_filter_error_is_worded_with_the_apps_labels(shown: list[QMessageBox],
                                                      monkeypatch) -> None:
    from tpdesk import app

    warned: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    exc = _raised(FilterError("member_state", "NO", "NO is not an EU Member State"))
    sys.excepthook(type(exc), exc, exc.__traceback__)
    assert warned == ["Member State: NO is not an EU Member State"]


def test_closing_during_a_job_cancels_it_and_returns(qtbot, window: MainWindow) -> None:
    import time

    steps: list[int] = []

    def job(progress) -> str:
        for i in range(200):
            progress(i, 200)
            steps.append(i)
            time.sleep(0.01)
        return "finished"

    window.run_job("Slow work…", job, lambda result: None)
    qtbot.waitUntil(lambda: len(steps) > 3)
    began = time.perf_counter()
    window.close()
    assert time.perf_counter() - began < 5
    assert len(steps) < 200  # cancelled at its next step, not run to the end


def test_deleting_the_selected_partnership_goes_back_to_all(window: MainWindow,
                                                            monkeypatch) -> None:
    store = window.session.store
    created = window.session.save(Partnership(country_code="GH", title="EU-Ghana"))
    window.refresh_all()
    root = window.navigator.topLevelItem(0)
    item = next(root.child(i) for i in range(root.childCount())
                if root.child(i).text(0) == "Ghana")
    window.navigator.setCurrentItem(item)
    assert window.view(Activity).model.rowCount() == 0
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_record(created)
    assert window.navigator.selected_partnership() is None
    assert window.view(Activity).model.rowCount() == len(store.list(Activity, limit=200))
    window.undo_action.trigger()
    assert store.find(Partnership, created.id) is not None


@pytest.fixture
def boxes(monkeypatch) -> list[QMessageBox]:
    """The message boxes the window runs, answered by their default button at once."""
    seen: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box)
        if box.defaultButton() is not None:
            box.defaultButton().click()
        return 0

    monkeypatch.setattr(main_window_module.QMessageBox, "exec", exec_)
    return seen


@pytest.mark.parametrize("case", [
    ("UPDATE activity SET status = 'bogus' WHERE rowid = (SELECT min(rowid) FROM activity)",
     "an activity record cannot be read", 0),
    ("UPDATE activity SET title = CAST(X'4e757273657320ff' AS TEXT)"
     " WHERE rowid = (SELECT min(rowid) FROM activity)", "text that is not valid UTF-8", 0),
    ("UPDATE activity SET status = 'bogus' WHERE rowid = (SELECT min(rowid) FROM activity)",
     "an activity record cannot be read", 1),  # the tab the window reopens on: read at open
    ("DROP TABLE tag", "is damaged: table tag is missing", 0),
])
def test_damage_found_after_opening_is_named_and_the_newest_backup_offered(
        qtbot, settings: QSettings, demo_path: Path, boxes: list[QMessageBox],
        case: tuple[str, str, int]) -> None:
    damage, named, tab = case
    settings.setValue("tab", tab)
    factory = StoreFactory(demo_path)
    take_backup(factory, now=datetime(2026, 1, 1, tzinfo=UTC))
    newer = take_backup(factory, now=datetime(2026, 2, 1, tzinfo=UTC))
    kept = newer.read_bytes()
    with contextlib.closing(sqlite3.connect(demo_path)) as conn, conn:
        conn.execute(damage)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)

    assert win.open_database(demo_path)  # at once through the backup, or with the damage unread
    assert bool(boxes) == (tab == 1 or "missing" in named)  # the store's checks, the tab's page
    if not boxes:  # read when the Activities tab is first shown
        win.tabs.setCurrentWidget(win.tab_of[Activity])
        qtbot.waitUntil(lambda: bool(boxes))
    [box] = boxes
    assert box.text().startswith(str(demo_path))
    assert named in box.text()
    assert f"The newest good backup is {newer.name}" in box.informativeText()
    assert win.session is not None
    assert win.session.store.path == demo_path  # the backup restored in the damaged one's place
    assert win.session.store.count(Activity) > 0
    assert newer.read_bytes() == kept  # the backup itself is left as it was
    assert any(p.name.endswith("-before-restore.db") or p.name.endswith("-damaged.db")
               for p in newer.parent.iterdir())  # and the damaged file kept beside it


def test_damage_with_no_backup_is_named_and_the_window_stays(
        qtbot, settings: QSettings, demo_path: Path, boxes: list[QMessageBox]) -> None:
    with contextlib.closing(sqlite3.connect(demo_path)) as conn, conn:
        conn.execute("UPDATE commitment SET status = 'bogus'")
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(demo_path)  # the Overview reads no commitment record itself
    assert not boxes
    win.tabs.setCurrentWidget(win.tab_of[Commitment])
    qtbot.waitUntil(lambda: bool(boxes))
    [box] = boxes
    assert "a commitment record cannot be read" in box.text()
    assert box.informativeText() == ""
    assert win.session is None and win.isVisible()
