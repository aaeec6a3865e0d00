"""Asking for the passphrase, the lock screen, and the idle timer that locks the app.

Locking closes the database connection and wipes the key held in memory;
the window keeps every widget (and the text of an open editor, hidden while
locked), so unlocking continues where the user was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..models import UserError
from ..models.keys import DataKey
from ..models.l10n import translate
from ..services import StoreFactory, is_encrypted, remember_key, remembered_key, unlock
from .recovery import RecoveryDialog
from .widgets import password_field, push_button

DEFAULT_LOCK_MINUTES = 10
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class PassphraseDialog(QDialog):
    """The passphrase of one database; a wrong one says so and lets the user try again."""

    def __init__(self, factory: StoreFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factory = factory
        self.key: DataKey | None = None
        self.setWindowTitle(translate("Lock", "Unlock database"))
        self.field = password_field(translate("Lock", "Passphrase (or recovery key)"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.remember = QCheckBox(translate("Lock",
                                            "&Remember on this computer (in the system keyring)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Lock", "&Unlock"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "Lock", "<b>{name}</b> is encrypted. Enter its passphrase.").format(
                name=factory.path.name)))
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(self.remember)
        layout.addWidget(forgot_button(self.recover))
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        try:
            self.key = unlock(self.factory.path, self.field.text())
        except UserError as exc:
            self.error.setText(str(exc).replace(f"{self.factory.path}: ", ""))
            self.field.selectAll()
            return
        finally:
            self.field.clear()
        self._opened(self.key)

    def _opened(self, key: DataKey) -> None:
        """Keeps the key in the keyring when asked to, then closes the prompt."""
        if self.remember.isChecked():
            try:
                remember_key(self.factory.path, key)
            except UserError as exc:
                self.error.setText(str(exc))
        self.accept()

    def recover(self) -> None:
        key = recovered(self.factory, self)
        if key is not None:
            self.key = key
            self._opened(key)


def forgot_button(slot: Callable[[], object]) -> QPushButton:
    """The one way into recovery, on the start-up prompt and on the lock screen alike."""
    return push_button(
        translate("Lock", "&Forgot Passphrase…"), slot,
        translate("Lock", "Ask the secretariat for an unlock file and set a new passphrase"))


def recovered(factory: StoreFactory, parent: QWidget) -> DataKey | None:
    """The secretariat's unlock file replaces the forgotten passphrase: the key, or None."""
    dialog = RecoveryDialog(factory, parent)
    try:
        return dialog.key if dialog.exec() else None
    finally:
        dialog.deleteLater()


def unlocked(factory: StoreFactory, parent: QWidget | None) -> StoreFactory | None:
    """The factory with the key of an encrypted database (asked for); None if cancelled."""
    if not is_encrypted(factory.path):
        return factory
    key = remembered_key(factory.path)
    if key is None:
        dialog = PassphraseDialog(factory, parent)
        try:
            if not dialog.exec() or dialog.key is None:
                return None
            key = dialog.key
        finally:
            dialog.deleteLater()
    return factory.at(factory.path, key=key)


class LockScreen(QWidget):
    """Shown in place of the register while locked: only the passphrase brings it back."""

    unlocked = Signal(object)  # the DataKey

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factory: StoreFactory | None = None
        self.title = QLabel(translate("Lock", "<h2>tpdesk is locked</h2>"))
        self.field = password_field(translate("Lock", "Passphrase"))
        self.field.returnPressed.connect(self.try_unlock)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        button = QPushButton(translate("Lock", "&Unlock"))
        button.clicked.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.field, self.error, button, forgot_button(self.recover)):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_for(self, factory: StoreFactory) -> None:
        self.factory = factory
        self.error.clear()
        self.title.setText(translate("Lock", "<h2>{name} is locked</h2>").format(
            name=factory.path.name))
        self.field.setFocus()

    def try_unlock(self) -> None:
        if self.factory is None:
            return
        try:
            key = unlock(self.factory.path, self.field.text())
        except UserError as exc:
            self.error.setText(str(exc).replace(f"{self.factory.path}: ", ""))
            return
        finally:
            self.field.clear()
        self.unlocked.emit(key)

    def recover(self) -> None:
        """A forgotten passphrase, replaced through the secretariat, unlocks where the user was."""
        if self.factory is None:
            return
        key = recovered(self.factory, self)
        if key is not None:
            self.unlocked.emit(key)


class IdleWatcher(QObject):
    """Calls `on_idle` after `minutes` without a key press or mouse use anywhere in the app."""

    def __init__(self, on_idle: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(on_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 turns the idle lock off."""
        self.timer.stop()
        self.timer.setInterval(minutes * 60_000)
        if minutes > 0:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.interval() > 0:
            self.timer.start()
        return False
