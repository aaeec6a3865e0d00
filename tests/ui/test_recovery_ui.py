"""A forgotten passphrase recovered from the app's unlock prompt: two real databases."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QPushButton

from tpdesk.models import Partnership, Store, UserError, replicas
from tpdesk.models.demo import load_demo
from tpdesk.models.keys import key_file
from tpdesk.services import StoreFactory, encrypt_database, exchange, recovery, unlock
from tpdesk.ui import lock as lock_module
from tpdesk.ui.grant_recovery import GrantRecoveryDialog
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
                      if b.text() == "&Forgot Passphrase…")
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
def test_each_letter_of_the_recovery_dialogs_has_one_home_in_each_language(
        qtbot, two: tuple[StoreFactory, Path], language: str) -> None:
    _, delegate = two
    use_app_language(QApplication.instance(), language)
    try:
        for dialog in (lock_module.PassphraseDialog(StoreFactory(delegate, user="t")),
                       RecoveryDialog(StoreFactory(delegate, user="t")),
                       GrantRecoveryDialog(StoreFactory(delegate, user="t")),
                       lock_module.LockScreen()):
            qtbot.addWidget(dialog)
            texts = [w.text() for w in dialog.findChildren(QAbstractButton)
                     if "&" in w.text()] + [w.text() for w in dialog.findChildren(QLabel)
                                            if w.buddy() is not None]
            letters = Counter(t[t.index("&") + 1].lower() for t in texts)
            assert [k for k, n in letters.items() if n > 1] == [], texts
            if language != "en":
                assert not {"&Forgot Passphrase…", "&Write recovery request…",
                            "&Apply and open", "&Write Unlock File…"} & set(texts)
    finally:
        use_app_language(QApplication.instance(), "en")


def _grant_in_the_app(qtbot, settings: QSettings, sec: StoreFactory, *, request: Path,
                      unlock_file: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The secretariat opens its own register and answers `request` from the File menu."""
    seen: dict[str, str] = {}

    def grant_exec(dialog: GrantRecoveryDialog) -> int:
        monkeypatch.setattr("tpdesk.ui.grant_recovery.QFileDialog.getOpenFileName",
                            lambda *a, **k: (str(request), ""))
        monkeypatch.setattr("tpdesk.ui.grant_recovery.QFileDialog.getSaveFileName",
                            lambda *a, **k: (str(unlock_file), ""))
        assert not dialog.write.isEnabled()  # nothing to answer before a request is read
        browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Browse…")
        qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
        seen["who"], seen["error"] = dialog.who.text(), dialog.error.text()
        assert not unlock_file.exists()  # reading the request writes nothing
        qtbot.mouseClick(dialog.write, Qt.MouseButton.LeftButton)
        seen["done"], seen["code"] = dialog.written.text(), dialog.code.text()
        seen["written_error"] = dialog.error.text()
        assert not dialog.write.isEnabled()  # one unlock, one code
        return 0

    monkeypatch.setattr(GrantRecoveryDialog, "exec", grant_exec)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    assert win.open_database(sec.path, create=False)
    action = win.grant_recovery_action
    assert action in win.menuBar().actions()[0].menu().actions()
    action.trigger()
    win.close()
    return seen


def test_the_secretariat_grants_a_request_from_the_file_menu_and_the_laptop_opens(
        qtbot, settings: QSettings, two: tuple[StoreFactory, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sec, delegate = two
    request, unlock_file = tmp_path / "request.json", tmp_path / "granted" / "unlock.json"
    unlock_file.parent.mkdir()
    recovery.write_request(delegate, request)
    seen = _grant_in_the_app(qtbot, settings, sec, request=request, unlock_file=unlock_file,
                             monkeypatch=monkeypatch)
    assert seen["error"] == "" and seen["written_error"] == ""
    assert seen["who"] == ("From <b>Italian delegation</b>, for their database"
                           " <b>delegate.db</b>.")
    assert seen["done"].startswith(f"Wrote {unlock_file}. Send it to Italian delegation,")
    assert unlock_file.stat().st_mode & 0o777 == 0o600
    assert seen["code"] and seen["code"] not in unlock_file.read_text()
    # The laptop applies what the app wrote, with the code shown once: the CLI's path.
    recovery.apply_unlock(StoreFactory(delegate, user="t"), unlock_file, seen["code"], NEW)
    unlock(delegate, NEW).wipe()


def test_a_request_the_secretariat_cannot_answer_is_one_line_and_writes_nothing(
        qtbot, two: tuple[StoreFactory, Path], tmp_path: Path) -> None:
    sec, delegate = two
    request = tmp_path / "request.json"
    request.write_text("{not json")
    dialog = GrantRecoveryDialog(sec)
    qtbot.addWidget(dialog)
    dialog.read_request(request)
    assert dialog.error.text() == f"{request}: not a tpdesk recovery request"
    assert not dialog.write.isEnabled() and dialog.who.text() == ""
    # A real request, but answered by the delegate's own copy: not sealed to it.
    recovery.write_request(delegate, request)
    mine = GrantRecoveryDialog(StoreFactory(tmp_path / "other.db", user="t").creating())
    qtbot.addWidget(mine)
    mine.read_request(request)
    assert mine.error.text() == (f"{request}: the key is sealed to DG HOME secretariat,"
                                 " not to this copy")
    assert not mine.write.isEnabled()
    assert sorted(p.name for p in tmp_path.iterdir() if "unlock" in p.name) == []


def test_forgot_passphrase_on_the_lock_screen_unlocks_where_the_user_was(
        qtbot, settings: QSettings, two: tuple[StoreFactory, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sec, delegate = two
    request, unlock_file = tmp_path / "request.json", tmp_path / "unlock.json"

    def passphrase_exec(dialog: lock_module.PassphraseDialog) -> int:
        dialog.field.setText(FORGOTTEN)  # still known at the start of the day
        dialog.try_unlock()
        return int(dialog.key is not None)

    def recovery_exec(dialog: RecoveryDialog) -> int:
        dialog.write_request(request)
        granted = recovery.grant_unlock(sec, request, unlock_file)  # at the secretariat
        dialog.unlock_file.setText(str(unlock_file))
        dialog.code.setText(granted.code)
        dialog.first.setText(NEW)
        dialog.second.setText(NEW)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(lock_module.PassphraseDialog, "exec", passphrase_exec)
    monkeypatch.setattr(RecoveryDialog, "exec", recovery_exec)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    assert win.open_database(delegate, create=False)
    session = win.session
    assert session is not None and session.factory.key is not None
    page = win.pages.currentWidget()
    win.lock_action.trigger()
    assert win.pages.currentWidget() is win.lock_screen and session.factory.key.wiped
    forgot = next(b for b in win.lock_screen.findChildren(QPushButton)
                  if b.text() == "&Forgot Passphrase…")
    qtbot.mouseClick(forgot, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is page  # where the user was
    assert not session.factory.key.wiped and win.menuBar().isEnabled()
    assert len(session.store.list(Partnership)) == 5  # the same Store, reconnected
    unlock(delegate, NEW).wipe()


def _grant_offered(qtbot, settings: QSettings, path: Path) -> tuple[bool, str]:
    """Whether File > Grant Recovery Request… can be chosen on the copy at `path`, and its tip."""
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    assert win.open_database(path, create=False)
    file_menu = win.menuBar().actions()[0].menu()
    action = win.grant_recovery_action
    assert action in file_menu.actions() and file_menu.toolTipsVisible()
    file_menu.aboutToShow.emit()  # what opening the menu does
    offered = (action.isEnabled(), action.toolTip())
    win.close()
    return offered


def test_only_the_secretariats_copy_offers_to_grant_a_recovery_request(
        qtbot, settings: QSettings, two: tuple[StoreFactory, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sec, _ = two
    enabled, tip = _grant_offered(qtbot, settings, sec.path)
    assert enabled and tip.startswith("Answer a delegate's forgotten passphrase")
    # A delegate's copy: it joined the secretariat's register, so it holds no key to grant.
    laptop = StoreFactory(tmp_path / "joined.db", user="t").creating()
    with sec() as store:
        register, secretariat = store.meta("register_id"), store.meta("replica_id")
    with laptop() as store:
        replicas.join_register(store, register_id=register, secretariat=secretariat)
    opened: list[GrantRecoveryDialog] = []
    monkeypatch.setattr(GrantRecoveryDialog, "exec", lambda d: opened.append(d) or 0)
    enabled, tip = _grant_offered(qtbot, settings, laptop.path)
    assert not enabled
    assert tip == ("Only the secretariat's copy of the register can grant recovery requests;"
                   " this copy is a delegate's")
    assert opened == []


def test_names_and_errors_from_a_request_are_shown_as_typed(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A contact named '<b>Rome</b>' or an error quoting markup shows its letters, not bold."""
    dialog = GrantRecoveryDialog(StoreFactory(tmp_path / "sec.db", user="t").creating())
    qtbot.addWidget(dialog)

    def refuse(*_: object) -> recovery.Asking:
        raise UserError("<b>x.json</b>: not a tpdesk recovery request")

    monkeypatch.setattr(recovery, "read_request", refuse)
    dialog.read_request(tmp_path / "x.json")
    monkeypatch.setattr(recovery, "grant_unlock", lambda *_: recovery.Granted(
        path=tmp_path / "<i>u</i>.json", contact="<b>Rome</b>", code="1234"))
    dialog.grant(tmp_path / "<i>u</i>.json")
    for label in (dialog.error, dialog.written):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert "Send it to <b>Rome</b>," in dialog.written.text()
    dialog.read_request(tmp_path / "x.json")
    assert dialog.error.text().startswith("<b>x.json</b>")
