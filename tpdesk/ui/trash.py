"""The Trash: deleted records kept until it is emptied, and brought back from it.

A deleted record is a tombstone in the store; restoring one is an undoable
step like any edit. Emptying removes the records for good and cannot be
undone, so it asks first and says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import Changes, Record, UserError
from ..models.l10n import format_date, format_number, translate
from ..models.records import record_label
from .operations import Session


class TrashDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._records: list[Record] = []
        self.setWindowTitle(translate("Trash", "Trash"))
        self.resize(640, 400)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(translate("Trash", "Deleted records"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Trash", "Kind"),
                translate("Trash", "Record"),
                translate("Trash", "Deleted"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._enable)
        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(translate("Trash", "&Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(translate("Trash", "&Empty Trash…"))
        self.empty_button.clicked.connect(self.empty)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        session.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        self._records = self._session.store.trash()
        self.table.setRowCount(len(self._records))
        for row, record in enumerate(self._records):
            for column, text in enumerate((record_label(record), record.caption,
                                           format_date(record.deleted_at))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        count = len(self._records)
        self.status.setText(translate("Trash", "%Ln deleted record(s)", None, count)
                            if count else translate("Trash", "The trash is empty."))
        self._enable()

    def selected(self) -> list[Record]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._records[r] for r in rows]

    def restore_selected(self) -> None:
        records = self.selected()
        if not records:
            return
        try:
            self._session.restore(records)
        except UserError as exc:
            QMessageBox.warning(self, translate("Trash", "Cannot restore"), str(exc))

    def empty(self) -> None:
        count = len(self._records)
        answer = QMessageBox.question(
            self, translate("Trash", "Empty Trash"),
            translate("Trash", "Remove %Ln deleted record(s) for good?\nThis cannot be"
                      " undone.", None, count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            emptied = self._session.empty_trash()
        except UserError as exc:
            QMessageBox.warning(self, translate("Trash", "Cannot empty the trash"), str(exc))
            return
        if emptied.kept:
            text = QCoreApplication.translate(
                "TrashView", "{kept} deleted records stay in the trash until a file from"
                " {names} shows that their copy has the deletion too; emptied earlier, an old"
                " edit of theirs would bring a record back.")
            QMessageBox.information(self, translate("Trash", "Empty Trash"), text.format(
                kept=format_number(emptied.kept), names=", ".join(emptied.waiting_for)))

    def _changed(self, changes: Changes) -> None:
        if changes and self.isVisible():
            self.reload()

    def _enable(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedIndexes()))
        self.empty_button.setEnabled(bool(self._records))
