"""Files handed to the desktop, Recent Exports, and a first activity on an empty register."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from modal_support import when_modal
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from tpdesk.models import Activity, Commitment, Note, Pack, Partnership, Record, Roundtable
from tpdesk.services import StoreFactory
from tpdesk.ui import editors
from tpdesk.ui.desktop import open_file, show_in_folder
from tpdesk.ui.main_window import MainWindow


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_a: said.append(text))
    return said


@pytest.fixture
def no_desktop(monkeypatch) -> list[QUrl]:
    """A machine with no file manager and no application for the file."""
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) or False)
    return asked


def _window(qtbot, tmp_path: Path, db: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, factory=StoreFactory(db, user="tester"))
    qtbot.addWidget(window)
    assert window.open_database(db)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, tmp_path: Path, writable_db: Path) -> Iterator[MainWindow]:
    win = _window(qtbot, tmp_path, writable_db)
    yield win
    win.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_show_in_folder_says_in_one_line_where_the_file_is(tmp_path: Path, warnings,
                                                           no_desktop) -> None:
    written = tmp_path / "pack.docx"
    written.write_bytes(b"x")
    assert not show_in_folder(None, written)
    assert not open_file(None, written)
    assert no_desktop == [QUrl.fromLocalFile(str(tmp_path)), QUrl.fromLocalFile(str(written))]
    assert warnings == [f"No file manager could be opened; the file is {written}.",
                        f"No application could open pack.docx; it is in {tmp_path}."]
    assert all("\n" not in line for line in warnings)


def test_a_pack_exported_is_listed_under_recent_exports(qtbot, window: MainWindow,
                                                        tmp_path: Path, warnings,
                                                        no_desktop) -> None:
    assert not window.recent_exports_menu.isEnabled()
    target = tmp_path / "briefing.docx"
    window.tabs.setCurrentWidget(window.packs_tab)
    window.pack_builder.export_word(target)
    qtbot.waitUntil(lambda: window.pack_builder.exports.box is not None, timeout=20000)
    window.pack_builder.exports.box.done(0)
    assert [a.text() for a in window.recent_exports_menu.actions()] == [str(target)]
    # The builder's "Show in folder", on a machine without a file manager, says so.
    assert not window.pack_builder.show_exported_folder()
    assert warnings == [f"No file manager could be opened; the file is {target}."]
    window.recent_exports_menu.actions()[0].trigger()
    assert no_desktop[-1] == QUrl.fromLocalFile(str(target))
    # Remembered for the next start, newest first.
    again = MainWindow(settings=window.settings)
    qtbot.addWidget(again)
    assert [a.text() for a in again.recent_exports_menu.actions()] == [str(target)]


def test_new_activity_on_an_empty_database_offers_a_partnership_first(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    window = _window(qtbot, tmp_path, tmp_path / "empty.db")
    asked: list[str] = []
    opened: list[type] = []
    activities: list[Activity] = []

    def edit(session, record, parent):
        opened.append(type(record))
        if isinstance(record, Partnership):  # the user fills in the partnership
            return session.save(Partnership(country_code="TN", title="EU-Tunisia"))
        activities.append(record)
        return None  # and then cancels the activity

    monkeypatch.setattr(editors, "edit", edit)  # the main window loads it on first use

    def answer(box) -> None:
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: create the partnership

    errors = when_modal(answer)
    window.new_actions[Activity].trigger()
    assert errors == []
    assert "belongs to a Talent Partnership" in asked[0]
    assert opened == [Partnership, Activity]
    (created,) = window.session.store.list(Partnership)
    assert activities[0].partnership_id == created.id  # the activity starts in it
    # Cancelling the question opens nothing.
    window.session.store.delete(window.session.store.list(Partnership)[0])
    opened.clear()
    errors = when_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    window.new_actions[Activity].trigger()
    assert errors == [] and opened == []
    window.close()
    QApplication.processEvents()


# -- links between views --------------------------------------------------------------------

def test_a_roundtable_opens_its_briefing_pack(window: MainWindow) -> None:
    store = window.session.store
    pack = store.list(Pack)[-1]
    roundtable = store.get(Roundtable, pack.roundtable_id)
    window.open_packs_of(roundtable)
    QApplication.processEvents()
    assert window.tabs.currentWidget() is window.packs_tab
    assert window.pack_builder.pack is not None
    assert window.pack_builder.pack.roundtable_id == roundtable.id


def test_a_readiness_point_opens_its_record(qtbot, window: MainWindow, monkeypatch) -> None:
    opened: list[Record] = []
    monkeypatch.setattr(window, "edit_record", opened.append)
    store = window.session.store
    pack = store.list(Pack)[0]
    window.open_packs_of(store.get(Roundtable, pack.roundtable_id))
    builder = window.pack_builder
    qtbot.waitUntil(lambda: builder.content is not None, timeout=10000)
    commitment = builder.content.commitments[0]
    window.session.save(dataclasses.replace(commitment, due_date=None))  # a point to check
    qtbot.waitUntil(lambda: builder.content is not None and any(
        "has no due date" in point for point in builder.content.checklist), timeout=10000)
    listing = builder.views.checklist
    (row,) = [i for i in range(listing.count())
              if listing.item(i).text() == f"Commitment '{commitment.caption}' has no due date"]
    listing.setCurrentRow(row)
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert [(type(r), r.id) for r in opened] == [(Commitment, commitment.id)]


def test_the_notes_view_names_the_record_and_opens_it(qtbot, window: MainWindow,
                                                      monkeypatch) -> None:
    opened: list[Record] = []
    monkeypatch.setattr(window, "edit_record", opened.append)
    view = window.view(Note)
    window.tabs.setCurrentWidget(window.tab_of[Note])
    column = next(i for i, c in enumerate(view.model.COLUMNS) if c.title == "On")
    index = view.model.index(0, column)
    note = view.model.record(0)
    on_text = view.model.data(index)
    view.table.doubleClicked.emit(index)
    (target,) = opened
    assert (target.KIND, target.id) == (note.target_kind, note.target_id)
    assert on_text == f"{target.LABEL}: {target.caption}"  # named, never an id
