"""Security settings (a widget the Preferences window can embed) and the backups list.

`SecuritySettings` holds the idle-lock minutes, "remember on this computer"
and the button that encrypts the database or changes its passphrase: the
Preferences' Security page (File > Security opens it there). OK stores the
minutes in QSettings; the window is asked, by signal, to do what needs the
session closed. `BackupsDialog` lists the automatic backups, as
`tpdesk backups` does, and returns the one chosen to restore.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import StoreError, UserError
from ..models.l10n import format_number, translate
from ..services import StoreFactory, list_backups, remember_key, remembered_key
from .lock import DEFAULT_LOCK_MINUTES
from .widgets import buddy_label, password_field

LOCK_SETTING = "lock_after_minutes"


def lock_minutes(settings: QSettings) -> int:
    value = settings.value(LOCK_SETTING, DEFAULT_LOCK_MINUTES, type=int)
    return value if isinstance(value, int) and value >= 0 else DEFAULT_LOCK_MINUTES


class SecuritySettings(QWidget):
    """Idle lock, remembered key, and encryption of the open database."""

    lock_minutes_changed = Signal(int)
    encrypt_requested = Signal()
    change_passphrase_requested = Signal()

    def __init__(self, settings: QSettings, factory: StoreFactory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.factory = settings, factory
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(translate("Security", " min"))
        self.minutes.setSpecialValueText(translate("Security", "never"))
        self.minutes.setValue(lock_minutes(settings))
        encrypted = factory.key is not None
        self.remember = QCheckBox(
            translate("Security", "Remember the key on this computer (system keyring)")
        )
        self.remember.setEnabled(encrypted)
        self.remember.setChecked(encrypted and remembered_key(factory.path) is not None)
        self.remember.toggled.connect(self._remember_toggled)
        self.encryption = QPushButton(translate("Security", "Change &Passphrase…") if encrypted
                                      else translate("Security", "&Encrypt This Database…"))
        self.encryption.clicked.connect(self.change_passphrase_requested if encrypted
                                        else self.encrypt_requested)
        state = QLabel(
            translate("Security", "Encrypted (SQLCipher, AES-256)")
            if encrypted
            else translate("Security", "Not encrypted: anyone with the file can read it")
        )
        form = QFormLayout(self)
        form.addRow(translate("Security", "Database:"), state)
        form.addRow("", self.encryption)
        form.addRow("", self.remember)
        form.addRow(buddy_label(translate("Security", "&Lock after idle:"), self.minutes),
                    self.minutes)
        form.addRow(QLabel(translate("Security", "Exports (Word, Excel, PDF) are never encrypted:"
                                     " they are meant to be sent.")))

    def widget(self) -> QWidget:
        """As a page of the Preferences."""
        return self

    def save(self, settings: QSettings) -> None:
        settings.setValue(LOCK_SETTING, self.minutes.value())
        self.lock_minutes_changed.emit(self.minutes.value())

    def _remember_toggled(self, on: bool) -> None:
        try:
            remember_key(self.factory.path, self.factory.key if on else None)
        except UserError as exc:
            QMessageBox.warning(self, translate("Security", "Remember on this computer"), str(exc))
            self.remember.blockSignals(True)
            self.remember.setChecked(False)
            self.remember.blockSignals(False)


class NewPassphraseDialog(QDialog):
    """A new passphrase typed twice; optionally a recovery key for encrypting."""

    def __init__(self, title: str, *, offer_recovery: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.first = password_field(translate("Security", "New passphrase"))
        self.second = password_field(translate("Security", "The same again"))
        self.recovery = QCheckBox(
            translate(
                "Security",
                "Also make a &recovery key (shown once) in case the passphrase is forgotten",
            )
        )
        self.recovery.setVisible(offer_recovery)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.first, self.second, self.recovery, self.error, buttons):
            layout.addWidget(widget)

    @property
    def passphrase(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        if not self.first.text():
            self.error.setText(translate("Security", "The passphrase cannot be empty."))
        elif self.first.text() != self.second.text():
            self.error.setText(translate("Security", "The two passphrases differ."))
        else:
            self.accept()


class BackupsDialog(QDialog):
    """The automatic backups, newest first; `chosen` is the one to restore."""

    def __init__(self, factory: StoreFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Security", "Restore from Backup"))
        self.chosen: Path | None = None
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Security", "Taken (UTC)"),
                translate("Security", "Size"),
                translate("Security", "Records"),
                translate("Security", "File"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.paths: list[Path | None] = []
        for at, info in list_backups(factory):
            row = self.table.rowCount()
            self.table.insertRow(row)
            if isinstance(info, StoreError):
                cells, usable = ["", "", f"unusable: {info}"], None
            else:
                cells, usable = [format_number(info.size), str(info.records),
                                 info.path.name], info.path
            for column, text in enumerate([at.strftime("%Y-%m-%d %H:%M"), *cells]):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self.paths.append(usable)
        self.table.resizeColumnsToContents()
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(
            translate(
                "Security",
                "The database as it is now is backed up first, so a restore can be"
                " undone by restoring that backup.",
            )
            if self.paths
            else translate(
                "Security",
                "No backups yet: one is taken when tpdesk closes and every 30 minutes"
                " with changes.",
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = self.buttons.addButton(
            translate("Security", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._selected)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(640, 360)

    def _selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        self.chosen = self.paths[rows.pop()] if len(rows) == 1 else None
        self.restore.setEnabled(self.chosen is not None)


def show_recovery_key(parent: QWidget, key: str) -> None:
    """The recovery key, once, selectable for copying."""
    box = QDialog(parent)
    box.setWindowTitle(translate("Security", "Recovery key"))
    field = QLineEdit(key)
    field.setReadOnly(True)
    field.selectAll()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(box.accept)
    layout = QVBoxLayout(box)
    layout.addWidget(
        QLabel(
            translate(
                "Security",
                "Write this recovery key down and keep it apart from the laptop."
                " It is shown only now; it can open the database if the"
                " passphrase is forgotten.",
            )
        )
    )
    layout.addWidget(field)
    layout.addWidget(buttons)
    box.exec()
    box.deleteLater()
