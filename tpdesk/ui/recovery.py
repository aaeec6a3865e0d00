"""The delegate's side of recovering a forgotten passphrase through the secretariat.

The same two steps as `tpdesk recovery request` and `tpdesk recovery apply`
(`services.recovery` does the work): write the request to send, then apply
the unlock file that comes back with the one-time code read out by phone and
a new passphrase. On success `key` holds the data key, so the app opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..models import UserError
from ..models.keys import DataKey
from ..models.l10n import translate
from ..services import StoreFactory, recovery, unlock
from .widgets import buddy_label, password_field, push_button


class RecoveryDialog(QDialog):
    """Request file out, unlock file and one-time code in, new passphrase set; nothing else."""

    def __init__(self, factory: StoreFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factory = factory
        self.key: DataKey | None = None
        self.setWindowTitle(translate("Recovery", "Forgotten passphrase"))
        self.sent = QLabel(translate(
            "Recovery", "1. Write a recovery request and send it to the secretariat."))
        self.sent.setWordWrap(True)
        self.unlock_file = QLineEdit()
        self.unlock_file.setPlaceholderText(translate("Recovery", "The unlock file received"))
        pick = QHBoxLayout()
        pick.addWidget(self.unlock_file)
        pick.addWidget(push_button(translate("Recovery", "&Browse…"), self.choose_unlock,
                                   translate("Recovery", "Choose the unlock file")))
        self.code = QLineEdit()
        self.code.setPlaceholderText(translate("Recovery", "Read out to you by phone"))
        self.first = password_field(translate("Recovery", "New passphrase"))
        self.second = password_field(translate("Recovery", "The same again"))
        form = QFormLayout()
        form.addRow(buddy_label(translate("Recovery", "Unlock &file:"), self.unlock_file), pick)
        form.addRow(buddy_label(translate("Recovery", "One-time &code:"), self.code), self.code)
        form.addRow(buddy_label(translate("Recovery", "&New passphrase:"), self.first),
                    self.first)
        form.addRow(buddy_label(translate("Recovery", "A&gain:"), self.second), self.second)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Recovery", "&Apply and open"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sent)
        layout.addWidget(push_button(
            translate("Recovery", "&Write recovery request…"), self.choose_request,
            translate("Recovery", "Save the request file to send to the secretariat")))
        step2 = QLabel(translate(
            "Recovery", "2. When the secretariat sends back an unlock file and reads you a"
                        " one-time code, enter them with a new passphrase."))
        step2.setWordWrap(True)
        layout.addWidget(step2)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def choose_request(self) -> None:
        default = str(self.factory.path.with_name(f"{self.factory.path.stem}-recovery.json"))
        path, _ = QFileDialog.getSaveFileName(
            self, translate("Recovery", "Write recovery request"), default,
            translate("Recovery", "Recovery requests (*.json)"))
        if path:
            self.write_request(Path(path))

    def write_request(self, output: Path) -> None:
        try:
            holders = recovery.write_request(self.factory.path, output)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.sent.setText(translate(
            "Recovery", "Request written to {file}. Send it to {names}; they will send back an"
                        " unlock file and read you a one-time code by phone.").format(
                file=output, names=", ".join(holders)))

    def choose_unlock(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Recovery", "Open unlock file"), str(self.factory.path.parent),
            translate("Recovery", "Unlock files (*.json);;All files (*)"))
        if path:
            self.unlock_file.setText(path)

    def apply(self) -> None:
        """Checks what was typed, then the unlock; on any error nothing has changed."""
        new = self.first.text()
        if not self.unlock_file.text().strip():
            self.error.setText(translate("Recovery", "Choose the unlock file first."))
        elif not self.code.text().strip():
            self.error.setText(translate("Recovery", "Enter the one-time code."))
        elif not new:
            self.error.setText(translate("Recovery", "The passphrase cannot be empty."))
        elif new != self.second.text():
            self.error.setText(translate("Recovery", "The two passphrases differ."))
        else:
            try:
                recovery.apply_unlock(self.factory, Path(self.unlock_file.text().strip()),
                                      self.code.text(), new)
                self.key = unlock(self.factory.path, new)
            except UserError as exc:
                self.error.setText(str(exc))
                return
            finally:
                self.first.clear()
                self.second.clear()
            self.accept()
