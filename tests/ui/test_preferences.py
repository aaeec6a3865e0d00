"""Edit > Preferences: the name the history records, the theme, the export folder."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from tpdesk.models import Organisation
from tpdesk.services import StoreFactory
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.preferences import Preferences, PreferencesDialog
from tpdesk.ui.theme import Theme, apply_theme


@pytest.fixture
def window(qtbot, tmp_path: Path, writable_db: Path, monkeypatch) -> Iterator[MainWindow]:
    monkeypatch.delenv("TPDESK_USER", raising=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, factory=StoreFactory(writable_db, user="root"))
    qtbot.addWidget(win)
    assert win.open_database(writable_db)
    win.show()
    qtbot.waitExposed(win)
    yield win
    apply_theme(QApplication.instance(), Theme.SYSTEM)
    win.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _open(qtbot, window: MainWindow) -> PreferencesDialog:
    window.activateWindow()  # the window manager's part once a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None, "Ctrl+, opens the preferences"
    qtbot.waitExposed(dialog)
    return dialog


def test_the_name_given_is_who_the_history_records(qtbot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.general.user_name)
    qtbot.keyClicks(dialog.general.user_name, "  Amira   Ben Salah ")
    qtbot.keyClick(dialog.general.user_name, Qt.Key.Key_Return)  # OK is the default
    assert not dialog.isVisible()
    assert Preferences.load(window.settings).user_name == "Amira Ben Salah"
    store = window.session.store
    organisation = store.list(Organisation)[0]
    renamed = dataclasses.replace(organisation, name=organisation.name + " (Tunis office)")
    window.session.save(renamed)
    last = store.changes(since="2000-01-01")[-1]
    assert (last.record_id, last.who) == (organisation.id, "Amira Ben Salah")
    assert window.session.factory.user == "Amira Ben Salah"  # and the jobs' connections


def test_an_empty_name_falls_back_to_the_login_name(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr("tpdesk.services.stores.getpass.getuser", lambda: "amira")
    assert Preferences.load(window.settings).user_name == ""  # the copy's person, else login
    window.apply_preferences()
    assert window.session.store.user == "amira"
    monkeypatch.setenv("TPDESK_USER", "for this run")
    window.settings.setValue("preferences/user_name", "Saved Name")
    assert Preferences.load(window.settings).user_name == "for this run"


def test_dark_light_and_system_themes(qtbot, window: MainWindow) -> None:
    app = QApplication.instance()
    started = app.palette().color(QPalette.ColorRole.Window)
    for theme, dark in ((Theme.DARK, True), (Theme.LIGHT, False)):
        dialog = _open(qtbot, window)
        dialog.tabs.setCurrentWidget(dialog.appearance.widget())
        dialog.appearance.theme.setCurrentIndex(dialog.appearance.theme.findData(theme.value))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        QApplication.processEvents()  # the palette reaches the widgets by events
        window_colour = app.palette().color(QPalette.ColorRole.Window)
        text_colour = app.palette().color(QPalette.ColorRole.WindowText)
        assert (window_colour.lightness() < 100) is dark, theme
        assert abs(window_colour.lightness() - text_colour.lightness()) > 120, theme
        assert window.palette().color(QPalette.ColorRole.Window) == window_colour
    assert Preferences.load(window.settings).theme is Theme.LIGHT
    apply_theme(app, Theme.SYSTEM)
    assert app.palette().color(QPalette.ColorRole.Window) == started


def test_the_export_folder_is_where_exports_are_offered(qtbot, window: MainWindow,
                                                        tmp_path: Path, monkeypatch) -> None:
    dialog = _open(qtbot, window)
    dialog.general.export_folder.setText(str(tmp_path / "missing"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # refused, in one line, next to the field
    assert dialog.general.problem.text() == (
        f"Default export folder: {str(tmp_path / 'missing')!r} is not a folder")
    folder = tmp_path / "briefings"
    folder.mkdir()
    dialog.general.export_folder.setText(str(folder))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert window.pack_builder.exports.folder == folder
    offered: list[str] = []

    def save_file_name(_parent, _title, start, _filter):
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    window.export_register()
    assert offered == [str(folder / "tpdesk-register.xlsx")]


def test_cancel_keeps_the_preferences(qtbot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    dialog.general.user_name.setText("Someone Else")
    qtbot.keyClick(dialog.general.user_name, Qt.Key.Key_Escape)
    assert Preferences.load(window.settings).user_name != "Someone Else"
    assert window.session.store.user == "root"
