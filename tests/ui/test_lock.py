"""The app on an encrypted database: unlocking, locking with an editor open, backups."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QProgressDialog

from tpdesk.models import Partnership, Store
from tpdesk.models.demo import load_demo
from tpdesk.models.vocab import Marking
from tpdesk.services import StoreFactory, encrypt_database, take_backup
from tpdesk.ui import lock as lock_module
from tpdesk.ui.editors import EDITORS
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.pack_export import export_caption
from tpdesk.ui.preferences import PreferencesDialog
from tpdesk.ui.security import BackupsDialog, NewPassphraseDialog, SecuritySettings, lock_minutes

PASSPHRASE = "correct horse battery"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def encrypted(tmp_path: Path, today) -> Path:
    path = tmp_path / "demo.db"
    with Store(path, today=lambda: today) as store:
        load_demo(store)
    encrypt_database(StoreFactory(path, user="t"), PASSPHRASE)
    return path


def _answer(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """The passphrase dialog answered in turn; what it showed as errors is collected."""
    shown: list[str] = []
    remaining = list(answers)

    def exec_(dialog: lock_module.PassphraseDialog) -> int:
        while remaining:
            dialog.field.setText(remaining.pop(0))
            dialog.try_unlock()
            if dialog.key is not None:
                return 1
            shown.append(dialog.error.text())
        return 0

    monkeypatch.setattr(lock_module.PassphraseDialog, "exec", exec_)
    return shown


@pytest.fixture
def window(qtbot, settings: QSettings, encrypted: Path,
           monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    shown = _answer(monkeypatch, "wrong", PASSPHRASE)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    assert win.open_database(encrypted, create=False)
    assert shown == ["wrong passphrase; nothing changed"]
    win.show()
    return win


def test_a_cancelled_passphrase_opens_nothing(qtbot, settings: QSettings, encrypted: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, "wrong")
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    before = encrypted.read_bytes()
    assert not win.open_database(encrypted, create=False)
    assert win.session is None
    assert encrypted.read_bytes() == before


def test_lock_wipes_the_key_and_unlock_brings_back_the_open_editor(
        qtbot, window: MainWindow) -> None:
    session = window.session
    assert session is not None and session.factory.key is not None
    record = session.store.list(Partnership)[0]
    editor = EDITORS[Partnership](session, record, window)  # the window owns it
    editor.show()
    typed = editor.findChildren(QLineEdit)[0]
    typed.setText("typed but not saved")

    window.lock_action.trigger()
    assert window.pages.currentWidget() is window.lock_screen
    assert session.factory.key.wiped
    assert not editor.isVisible()
    assert not window.menuBar().isEnabled()

    window.lock_screen.field.setText("not it")
    window.lock_screen.try_unlock()
    assert window.lock_screen.error.text() == "wrong passphrase; nothing changed"
    assert window.pages.currentWidget() is window.lock_screen

    window.lock_screen.field.setText(PASSPHRASE)
    window.lock_screen.try_unlock()
    assert window.pages.currentWidget() is not window.lock_screen
    assert editor.isVisible()
    assert typed.text() == "typed but not saved"
    assert len(session.store.list(Partnership)) == 5  # the same Store object, reconnected


def test_idle_minutes_lock_the_window(qtbot, window: MainWindow) -> None:
    window.idle.set_minutes(1)
    window.idle.timer.setInterval(50)  # a minute is too long for a test
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.lock_screen, timeout=3000)


def test_backups_dialog_lists_what_tpdesk_backups_lists(qtbot, window: MainWindow) -> None:
    assert window.session is not None
    made = take_backup(window.session.factory)
    dialog = BackupsDialog(window.session.factory, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == made.name
    assert int(dialog.table.item(0, 2).text()) > 100
    dialog.table.selectRow(0)
    assert dialog.chosen == made
    assert dialog.restore.isEnabled()


def test_closing_takes_an_automatic_backup(qtbot, window: MainWindow, encrypted: Path) -> None:
    window.close()
    [backup] = (encrypted.parent / "backups").iterdir()
    assert b"Tunisia" not in backup.read_bytes()


def test_a_sensitive_pack_export_says_the_file_is_not_encrypted() -> None:
    from tpdesk.models import Pack

    sensitive = Pack(title="Roundtable", marking=Marking.SENSITIVE)
    assert "unencrypted" in export_caption("Export to Word", sensitive)
    assert export_caption("Export to Word", Pack(title="Roundtable",
                                                 marking=Marking.PUBLIC)) == "Export to Word"


@pytest.fixture
def plain_window(qtbot, settings: QSettings, tmp_path: Path, today) -> MainWindow:
    path = tmp_path / "plain.db"
    with Store(path, today=lambda: today) as store:
        load_demo(store)
    win = MainWindow(settings=settings, factory=StoreFactory(path, user="t"))
    qtbot.addWidget(win)
    assert win.open_database(path, create=False)
    win.show()
    return win


def _type_new_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """The new-passphrase dialog answered, the opening asked again, the notice dismissed."""
    def typed(ask: NewPassphraseDialog) -> int:
        ask.first.setText(PASSPHRASE)
        ask.second.setText(PASSPHRASE)
        return 1

    monkeypatch.setattr(NewPassphraseDialog, "exec", typed)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    _answer(monkeypatch, PASSPHRASE)  # the database opens again under its new key


def test_the_first_start_offers_encryption(qtbot, settings: QSettings, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "first.db"
    win = MainWindow(settings=settings, factory=StoreFactory(path, user="t"))
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(path)
    assert win.pages.currentWidget() is win.welcome
    assert win.welcome.encrypt_button.isVisible()
    _type_new_passphrase(monkeypatch)
    qtbot.mouseClick(win.welcome.encrypt_button, Qt.MouseButton.LeftButton)
    assert win.session is not None and win.session.factory.key is not None
    assert Path(f"{path}.keys").exists() and not path.read_bytes().startswith(b"SQLite")
    assert win.pages.currentWidget() is win.welcome  # still empty, now encrypted
    assert not win.welcome.encrypt_button.isVisible()


def test_preferences_offer_encryption_and_keep_the_idle_minutes(
        qtbot, plain_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window = plain_window
    path = window.session.factory.path
    window.security_action.trigger()  # File > Security: the Preferences, on that page
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    page = dialog.tabs.currentWidget()
    assert isinstance(page, SecuritySettings)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "&Security"
    page.minutes.setValue(3)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert lock_minutes(window.settings) == 3
    assert window.idle.timer.interval() == 3 * 60_000

    _type_new_passphrase(monkeypatch)
    window.edit_preferences()
    dialog = next(d for d in window.findChildren(PreferencesDialog) if d.isVisible())
    page = dialog.findChild(SecuritySettings)
    assert page.encryption.text() == "&Encrypt This Database…"
    page.encryption.click()
    qtbot.waitUntil(lambda: window.session is not None and window.session.factory.key
                    is not None, timeout=10_000)
    assert not [d for d in window.findChildren(PreferencesDialog) if d.isVisible()]
    assert b"Tunisia" not in path.read_bytes() and Path(f"{path}.keys").exists()
    assert len(window.session.store.list(Partnership)) == 5


def test_the_remember_box_starts_unticked(qtbot, encrypted: Path) -> None:
    dialog = lock_module.PassphraseDialog(StoreFactory(encrypted, user="t"))
    qtbot.addWidget(dialog)
    assert not dialog.remember.isChecked()  # the keyring only when the user asks


def test_locking_cancels_a_running_job_before_the_key_goes(qtbot, window: MainWindow) -> None:
    """A job left running would meet a closed store; its progress dialog must not come back."""
    started, steps = threading.Event(), []

    def job(progress) -> None:
        started.set()
        for step in range(2_000):
            progress(step, 2_000)  # raises Cancelled once cancelled
            steps.append(step)
            time.sleep(0.005)

    runner = window.run_job("Working…", job, lambda _result: None)
    assert started.wait(10)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)),
                    timeout=5000)
    window.lock_action.trigger()
    session = window.session
    assert session is not None and session.factory.key is not None
    assert session.factory.key.wiped
    assert len(steps) < 2_000  # it stopped, not ran to its end
    window.lock_screen.field.setText(PASSPHRASE)
    window.lock_screen.try_unlock()
    qtbot.waitUntil(lambda: runner not in window._jobs, timeout=5000)
    assert [d for d in window.findChildren(QProgressDialog) if d.isVisible()] == []
