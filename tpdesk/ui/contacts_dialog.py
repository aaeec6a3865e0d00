"""File > Keys and Contacts: this copy's keys to give, and the copies it trusts.

What `tpdesk keys show`, `keys export` and `contacts add/list` do, in the
app. A keys file is shown before it is trusted: its name and fingerprint, to
compare with the other person by phone, as people compare a key's
fingerprint in any tool that signs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..models import UserError
from ..models.l10n import translate
from ..services import Stores
from ..services import exchange as use_cases
from .widgets import buddy_label

KEYS_FILTER = "tpdesk keys files (*.keys *.json);;All files (*)"



class ContactsDialog(QDialog):
    def __init__(self, stores: Stores, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stores = stores
        self.setWindowTitle(translate("ContactsDialog", "Keys and Contacts"))
        mine = use_cases.identity(stores)
        own = QGroupBox(translate("ContactsDialog", "This copy"))
        facts = QFormLayout(own)
        unset = translate("ContactsDialog", "(not set)")
        for label, value in ((translate("ContactsDialog", "Name:"), mine.name or unset),
                             (translate("ContactsDialog", "Your name:"), mine.person or unset),
                             (translate("ContactsDialog", "Fingerprint:"), mine.fingerprint)):
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label.rstrip(":"))
            facts.addRow(label, shown)
        export = QPushButton(translate("ContactsDialog", "Export My &Keys…"))
        export.setAutoDefault(False)
        export.clicked.connect(self.export_keys)
        facts.addRow(export)

        self.contacts = QListWidget()
        self.contacts.setAccessibleName(translate("ContactsDialog", "Contacts"))
        add = QPushButton(translate("ContactsDialog", "&Add Contact…"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_contact)
        row = QHBoxLayout()
        row.addWidget(buddy_label(translate("ContactsDialog", "&Contacts:"), self.contacts))
        row.addStretch(1)
        row.addWidget(add)
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(translate("ContactsDialog", "Result"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addLayout(row)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.fill()
        self.contacts.setFocus(Qt.FocusReason.OtherFocusReason)

    def fill(self) -> None:
        self.contacts.clear()
        for contact in use_cases.contacts(self.stores):
            self.contacts.addItem(f"{contact.name}   {contact.fingerprint}")

    def export_keys(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("ContactsDialog", "Export My Keys"), "", KEYS_FILTER)
        if not name:
            return
        try:
            keys = use_cases.export_keys(self.stores, Path(name))
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(translate("ContactsDialog",
                                       "Wrote {file}: give it to the people you exchange files"
                                       " with; they compare fingerprint {fingerprint} with you"
                                       " by phone.")
                             .format(file=Path(name).name, fingerprint=keys.fingerprint))

    def add_contact(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("ContactsDialog", "Add Contact"), "", KEYS_FILTER)
        if name:
            self.trust(Path(name))

    def trust(self, path: Path) -> bool:
        """Show the file's name and fingerprint; trust it only when the user says they match."""
        try:
            keys = use_cases.read_keys(path)
        except UserError as exc:
            self.message.setText(str(exc))
            return False
        answer = QMessageBox.question(
            self, translate("ContactsDialog", "Add Contact"),
            translate("ContactsDialog", "Trust '{name}'?\n\nFingerprint: {fingerprint}\n\n"
                      "Compare it with the other person, by phone or in person, before you"
                      " trust it.").format(
                name=keys.name, fingerprint=keys.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            contact = use_cases.add_contact(self.stores, path)
        except UserError as exc:
            self.message.setText(str(exc))
            return False
        self.fill()
        self.message.setText(translate("ContactsDialog", "{name} is a contact now.")
                             .format(name=contact.name))
        return True
