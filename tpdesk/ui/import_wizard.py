"""The Excel import wizard: choose a workbook, review every change, apply all or nothing.

Reading and applying are the use cases of `services.imports`, run off the GUI
thread, each on its own connection from the store factory (SQLite
connections stay on their thread); the wizard only shows the preview and
keeps which rows the user leaves out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..services import Progress, StoreFactory, apply_workbook, preview_workbook
from ..services.xlsx_import import ImportPreview, ImportResult, RowKey

KeyRole = Qt.ItemDataRole.UserRole
ERROR = QColor("#c62828")

RunJob = Callable[[str, Callable[[Progress], Any], Callable[[Any], None]], object]


class _FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle("Import from Excel")
        self.setSubTitle("Choose a workbook exported by tpdesk and edited since. Nothing is"
                         " written until you have reviewed every change.")
        self.path = QLineEdit(placeholderText="Workbook (.xlsx)")
        self.path.setAccessibleName("Workbook to import")
        browse = QPushButton("&Browse…")
        browse.setAccessibleName("Browse for a workbook")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet(f"color: {ERROR.name()};")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.registerField("path*", self.path)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import from Excel", self.path.text(),
                                              "Excel workbooks (*.xlsx);;All files (*)")
        if path:
            self.path.setText(path)


class _PreviewPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle("Review the changes")
        self.setSubTitle("Untick a row to leave it out. Errors must be fixed in the workbook"
                         " first: then nothing at all is imported.")
        self.summary = QLabel(wordWrap=True)
        self.changes = QTreeWidget()
        self.changes.setHeaderLabels(["Change", "Old value", "New value"])
        self.changes.setAccessibleName("Changes to import")
        self.changes.setAlternatingRowColors(True)
        self.problems = QTreeWidget()
        self.problems.setHeaderLabels(["Problem"])
        self.problems.setRootIsDecorated(False)
        self.problems.setAccessibleName("Problems found in the workbook")
        self.problems.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 3)
        layout.addWidget(self.problems, 1)
        self.preview: ImportPreview | None = None

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.summary.setText(preview.summary())
        self.changes.clear()
        for change in preview.changes:
            item = QTreeWidgetItem(self.changes, [
                f"{change.action.capitalize()}: {change.sheet} row {change.row}: "
                f"{change.caption}"])
            item.setData(0, KeyRole, change.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            for f in change.changes:
                QTreeWidgetItem(item, [f.column, f.old or "(empty)", f.new or "(empty)"])
        self.changes.expandToDepth(0)
        for i in range(3):
            self.changes.resizeColumnToContents(i)
        self.problems.clear()
        for problem in preview.errors:
            row = QTreeWidgetItem(self.problems, [f"Error: {problem}"])
            row.setForeground(0, QBrush(ERROR))
        for problem in preview.warnings:
            QTreeWidgetItem(self.problems, [f"Warning: {problem}"])
        self.problems.setVisible(bool(preview.errors or preview.warnings))
        self.completeChanged.emit()

    def left_out(self) -> list[RowKey]:
        keys = []
        for i in range(self.changes.topLevelItemCount()):
            item = self.changes.topLevelItem(i)
            if item is not None and item.checkState(0) != Qt.CheckState.Checked:
                keys.append(item.data(0, KeyRole))
        return keys

    def isComplete(self) -> bool:
        return self.preview is not None and not self.preview.errors and \
            bool(self.preview.changes)


class ImportWizard(QWizard):
    """Emits nothing: the caller reads `result` once the wizard has finished."""

    def __init__(self, factory: StoreFactory, run_job: RunJob,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import from Excel")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self._factory = factory
        self._run_job = run_job
        self.file_page = _FilePage()
        self.preview_page = _PreviewPage()
        self.addPage(self.file_page)
        self.addPage(self.preview_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Import")
        self.result_: ImportResult | None = None
        self._passed: QWizardPage | None = None  # a page whose background work is done
        self.resize(820, 600)

    def validateCurrentPage(self) -> bool:
        """Leaving the file page reads the workbook; finishing applies the import.

        Both run as jobs; when one is done it marks the page passed and moves
        the wizard on, which asks here again.
        """
        page = self.currentPage()
        if self._passed is page:
            self._passed = None
            return True
        if page is self.file_page:
            self._read(Path(self.file_page.path.text().strip()))
        elif page is self.preview_page and self.preview_page.preview is not None:
            self._apply(self.preview_page.preview, self.preview_page.left_out())
        return False

    def _read(self, path: Path) -> None:
        self.file_page.message.clear()

        def job(progress: Progress) -> ImportPreview:
            return preview_workbook(self._factory, path, progress=progress)

        def done(preview: ImportPreview) -> None:
            self.preview_page.show_preview(preview)
            self._passed = self.file_page
            self.next()

        self._run_job("Reading the workbook…", job, done)

    def _apply(self, preview: ImportPreview, left_out: list[RowKey]) -> None:
        def job(progress: Progress) -> ImportResult:
            return apply_workbook(self._factory, preview, leave_out=left_out,
                                  progress=progress)

        def done(result: ImportResult) -> None:
            self.result_ = result
            self._passed = self.preview_page
            self.accept()

        self._run_job("Importing…", job, done)
