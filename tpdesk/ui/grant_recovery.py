"""The secretariat's side of recovering a delegate's forgotten passphrase.

The same step as `tpdesk recovery grant` (`services.recovery` does the
work): open the request, see whose copy and which database it is for, then
write the unlock file to send back and show the one-time code, once, to be
read to the person by phone and never sent with the file.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..models import UserError
from ..models.l10n import translate
from ..services import Stores, recovery
from .widgets import buddy_label, push_button


class GrantRecoveryDialog(QDialog):
    """Request in, its sender shown, unlock file out and its code shown; nothing else."""

    def __init__(self, stores: Stores, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stores = stores
        self.asking: recovery.Asking | None = None
        self.setWindowTitle(translate("GrantRecovery", "Grant Recovery Request"))
        intro = QLabel(translate(
            "GrantRecovery", "A delegate who forgot their passphrase sends a recovery request."
                             " Check whose it is, then write the unlock file to send back and"
                             " read them the one-time code by phone."))
        intro.setWordWrap(True)
        self.request_file = QLineEdit()
        self.request_file.setReadOnly(True)
        self.request_file.setPlaceholderText(translate("GrantRecovery",
                                                       "The recovery request received"))
        pick = QHBoxLayout()
        pick.addWidget(buddy_label(translate("GrantRecovery", "&Request:"), self.request_file))
        pick.addWidget(self.request_file, 1)
        pick.addWidget(push_button(translate("GrantRecovery", "&Browse…"), self.choose_request,
                                   translate("GrantRecovery", "Choose the recovery request")))
        self.who = QLabel()
        self.who.setWordWrap(True)
        # Errors and the contact's name come from files other people send: never markup.
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.write = push_button(
            translate("GrantRecovery", "&Write Unlock File…"), self.choose_output,
            translate("GrantRecovery", "Save the unlock file to send back to the delegate"))
        self.write.setEnabled(False)
        self.written = QLabel()
        self.written.setTextFormat(Qt.TextFormat.PlainText)
        self.written.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setReadOnly(True)
        self.code.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(pick)
        layout.addWidget(self.who)
        layout.addWidget(self.error)
        layout.addWidget(self.write, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.written)
        layout.addWidget(self.code)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def choose_request(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("GrantRecovery", "Open recovery request"), "",
            translate("GrantRecovery", "Recovery requests (*.json);;All files (*)"))
        if path:
            self.read_request(Path(path))

    def read_request(self, path: Path) -> None:
        """Shows whose request it is; a request this copy cannot answer says why in one line."""
        self.request_file.setText(str(path))
        self.asking = None
        self.who.clear()
        self.written.clear()
        self.code.clear()
        self.code.hide()
        try:
            self.asking = recovery.read_request(self.stores, path)
        except UserError as exc:
            self.error.setText(str(exc))
        else:
            self.error.clear()
            self.who.setText(translate(
                "GrantRecovery", "From <b>{contact}</b>, for their database <b>{database}</b>."
            ).format(contact=escape(self.asking.contact), database=escape(self.asking.database)))
        self.write.setEnabled(self.asking is not None)

    def choose_output(self) -> None:
        if self.asking is None:
            return
        request = Path(self.request_file.text())
        default = request.with_name(f"{Path(self.asking.database).stem}-unlock.json")
        path, _ = QFileDialog.getSaveFileName(
            self, translate("GrantRecovery", "Write unlock file"), str(default),
            translate("GrantRecovery", "Unlock files (*.json)"))
        if path:
            self.grant(Path(path))

    def grant(self, output: Path) -> None:
        """Writes the unlock and shows its code once; on an error nothing is written."""
        try:
            granted = recovery.grant_unlock(self.stores, Path(self.request_file.text()), output)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.write.setEnabled(False)  # each unlock has its own code: one per request read
        self.written.setText(translate(
            "GrantRecovery", "Wrote {file}. Send it to {contact}, then read them this one-time"
                             " code by phone; never send it with the file. It is shown only"
                             " now:").format(file=granted.path, contact=granted.contact))
        self.code.setText(granted.code)
        self.code.show()
        self.code.selectAll()
        self.code.setFocus()

