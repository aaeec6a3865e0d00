"""A forgotten passphrase recovered from the app's unlock prompt: two real databases."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QPushButton

from tpdesk.models import Store
from tpdesk.models.demo import load_demo
from tpdesk.models.keys import key_file
from tpdesk.services import StoreFactory, encrypt_database, exchange, recovery, unlock
from tpdesk.ui import lock as lock_module
from tpdesk.ui.language import use_app_language
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.recovery import RecoveryDialog

FORGOTTEN = "forgotten horse"
NEW = "remembered now"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def two(tmp_path: Path, today) -> tuple[StoreFactory, Path]:
    """The secretariat's register, and a delegate's encrypted laptop sealed to it."""
    sec = StoreFactory(tmp_path / "sec.db", user="t")
    delegate = tmp_path / "laptop" / "delegate.db"
    delegate.parent.mkdir()
    with Store(delegate, today=lambda: today) as store:
        load_demo(store)
    mine = StoreFactory(delegate, user="t")
    exchange.identity(sec.creating(), name="DG HOME secretariat", person="Anna Berg")
    exchange.identity(mine, name="Italian delegation", person="Marco Rossi")
    exchange.export_keys(sec, tmp_path / "sec.keys")
    exchange.export_keys(mine, tmp_path / "delegate.keys")
    exchange.add_contact(sec, tmp_path / "delegate.keys")
    exchange.add_contact(mine, tmp_path / "sec.keys")
    encrypt_database(mine, FORGOTTEN)
    key = unlock(delegate, FORGOTTEN)
    recovery.seal_key(mine.at(delegate, key=key), to="DG HOME secretariat")
    return sec, delegate


def _ok(dialog: RecoveryDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def test_forgot_passphrase_writes_the_request_applies_the_unlock_and_opens(
        qtbot, settings: QSettings, two: tuple[StoreFactory, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sec, delegate = two
    request = tmp_path / "out" / "request.json"
    request.parent.mkdir()
    unlock_file = tmp_path / "unlock.json"
    seen: dict[str, object] = {}
    errors: list[str] = []

    def passphrase_exec(dialog: lock_module.PassphraseDialog) -> int:
        forgot = next(b for b in dialog.findChildren(QPushButton)
                      if b.text() == "&Forgot passphrase?…")
        qtbot.mouseClick(forgot, Qt.MouseButton.LeftButton)
        return int(dialog.key is not None)

    def recovery_exec(dialog: RecoveryDialog) -> int:
        monkeypatch.setattr("tpdesk.ui.recovery.QFileDialog.getSaveFileName",
                            lambda *a, **k: (str(request), ""))
        monkeypatch.setattr("tpdesk.ui.recovery.QFileDialog.getOpenFileName",
                            lambda *a, **k: (str(unlock_file), ""))
        write = next(b for b in dialog.findChildren(QPushButton)
                     if b.text() == "&Write recovery request…")
        qtbot.mouseClick(write, Qt.MouseButton.LeftButton)
        seen["sent"] = dialog.sent.text()
        granted = recovery.grant_unlock(sec, request, unlock_file)  # at the secretariat
        browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Browse…")
        qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
        keys_before, db_before = _digest(key_file(delegate)), _digest(delegate)
        for code, again in (("AAAA-BBBB", NEW), (granted.code, "typo")):
            dialog.code.setText(code)
            dialog.first.setText(NEW)
            dialog.second.setText(again)
            qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
            assert dialog.result() == 0 and dialog.key is None
            errors.append(dialog.error.text())
        assert (_digest(key_file(delegate)), _digest(delegate)) == (keys_before, db_before)
        dialog.code.setText(granted.code.lower().replace("-", " "))  # as a person types it
        dialog.first.setText(NEW)
        dialog.second.setText(NEW)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        seen["db_after"] = _digest(delegate) == db_before
        return dialog.result()

    monkeypatch.setattr(lock_module.PassphraseDialog, "exec", passphrase_exec)
    monkeypatch.setattr(RecoveryDialog, "exec", recovery_exec)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    assert win.open_database(delegate, create=False)
    assert win.session is not None
    assert "Send it to DG HOME secretariat" in str(seen["sent"])
    assert errors == [f"{unlock_file}: wrong one-time code; nothing changed",
                              "The two passphrases differ."]
    assert seen["db_after"]  # only the key file changed
    unlock(delegate, NEW).wipe()
    with pytest.raises(Exception, match="wrong passphrase"):
        unlock(delegate, FORGOTTEN)


def test_a_request_for_a_key_sealed_to_no_one_is_one_line_and_writes_nothing(
        qtbot, tmp_path: Path, today) -> None:
    path = tmp_path / "alone.db"
    with Store(path, today=lambda: today) as store:
        load_demo(store)
    encrypt_database(StoreFactory(path, user="t"), FORGOTTEN)
    dialog = RecoveryDialog(StoreFactory(path, user="t"))
    qtbot.addWidget(dialog)
    dialog.write_request(tmp_path / "r.json")
    assert "sealed to no one" in dialog.error.text() and "\n" not in dialog.error.text()
    assert not (tmp_path / "r.json").exists()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Choose the unlock file first."


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_each_letter_of_the_two_dialogs_has_one_home_in_each_language(
        qtbot, two: tuple[StoreFactory, Path], language: str) -> None:
    _, delegate = two
    use_app_language(QApplication.instance(), language)
    try:
        for dialog in (lock_module.PassphraseDialog(StoreFactory(delegate, user="t")),
                       RecoveryDialog(StoreFactory(delegate, user="t"))):
            qtbot.addWidget(dialog)
            texts = [w.text() for w in dialog.findChildren(QAbstractButton)
                     if "&" in w.text()] + [w.text() for w in dialog.findChildren(QLabel)
                                            if w.buddy() is not None]
            letters = Counter(t[t.index("&") + 1].lower() for t in texts)
            assert [k for k, n in letters.items() if n > 1] == [], texts
            if language != "en":
                assert not {"&Forgot passphrase?…", "&Write recovery request…",
                            "&Apply and open"} & set(texts)
    finally:
        use_app_language(QApplication.instance(), "en")
