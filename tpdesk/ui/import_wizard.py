"""The import wizard: choose a file, review every change, apply all or nothing.

One wizard for each kind of file (an edited register workbook, an IATI
activity file): an `ImportKind` names its words and its two use cases.
Reading and applying are the use cases of `services.imports`, run off the GUI
thread, each on its own connection from the store factory (SQLite
connections stay on their thread); the wizard only shows the preview and
keeps which rows the user leaves out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

from .. import services  # its import modules load openpyxl and lxml: only when a file is read
from ..models.l10n import translate, translate_noop
from ..services import Progress, StoreFactory
from .geometry import fit_to_screen

if TYPE_CHECKING:
    from ..services.xlsx_import import ImportResult

KeyRole = Qt.ItemDataRole.UserRole
ERROR = QColor("#c62828")

RunJob = Callable[[str, Callable[[Progress], Any], Callable[[Any], None]], object]


@dataclass(frozen=True)
class ImportKind:
    """What one kind of import says, and the use cases that preview and apply it."""

    title: str
    subtitle: str
    noun: str  # "workbook"
    file_filter: str
    preview: Callable[[StoreFactory, Path, Progress], Any]
    apply: Callable[[StoreFactory, Any, list[Any], Progress], ImportResult]


EXCEL = ImportKind(
    title=translate_noop("ImportWizard", "Import from Excel"),
    subtitle=translate_noop(
        "ImportWizard",
        "Choose a workbook exported by tpdesk and edited since. Nothing is written until"
        " you have reviewed every change.",
    ),
    noun=translate_noop("ImportWizard", "workbook"),
    file_filter=translate_noop("ImportWizard", "Excel workbooks (*.xlsx);;All files (*)"),
    preview=lambda factory, path, progress: services.preview_workbook(
        factory, path, progress=progress
    ),
    apply=lambda factory, preview, left_out, progress: services.apply_workbook(
        factory, preview, leave_out=left_out, progress=progress
    ),
)

IATI = ImportKind(
    title=translate_noop("ImportWizard", "Import IATI File"),
    subtitle=translate_noop(
        "ImportWizard",
        "Choose an IATI activity file (standard 2.01 to 2.03), as published on the IATI"
        " Registry. Activities go to the partnership of their recipient country."
        " Nothing is written until you have reviewed every change.",
    ),
    noun=translate_noop("ImportWizard", "IATI file"),
    file_filter=translate_noop("ImportWizard", "IATI activity files (*.xml);;All files (*)"),
    preview=lambda factory, path, progress: services.preview_iati_file(
        factory, path, progress=progress
    ),
    apply=lambda factory, preview, left_out, progress: services.apply_iati_file(
        factory, preview, leave_out=left_out, progress=progress
    ),
)


class _FilePage(QWizardPage):
    def __init__(self, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setTitle(translate("ImportWizard", kind.title))
        self.setSubTitle(translate("ImportWizard", kind.subtitle))
        suffix = kind.file_filter.split("(")[1].split(")")[0].lstrip("*")
        noun = translate("ImportWizard", kind.noun)
        noun = noun[0].upper() + noun[1:]
        self.path = QLineEdit(placeholderText=f"{noun} ({suffix})")
        self.path.setAccessibleName(translate("ImportWizard", "{what} to import").format(
            what=noun))
        browse = QPushButton(translate("ImportWizard", "Bro&wse…"))  # Alt+B is the wizard's Back
        browse.setAccessibleName(translate("ImportWizard", "Browse for the file: {what}").format(
            what=translate("ImportWizard", kind.noun)))
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
        path, _ = QFileDialog.getOpenFileName(self, translate("ImportWizard", self.kind.title),
                                              self.path.text(),
                                              translate("ImportWizard", self.kind.file_filter))
        if path:
            self.path.setText(path)


class _PreviewPage(QWizardPage):
    def __init__(self, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("ImportWizard", "Review the changes"))
        self.setSubTitle(translate("ImportWizard", "Untick a row to leave it out. Errors must be"
                                   " fixed in the file first ({what}): then nothing at all is"
                                   " imported.").format(what=translate("ImportWizard",
                                                                       kind.noun)))
        self.summary = QLabel(wordWrap=True)
        self.changes = QTreeWidget()
        self.changes.setHeaderLabels(
            [
                translate("ImportWizard", "Change"),
                translate("ImportWizard", "Old value"),
                translate("ImportWizard", "New value"),
            ]
        )
        self.changes.setAccessibleName(translate("ImportWizard", "Changes to import"))
        self.changes.setAlternatingRowColors(True)
        self.problems = QTreeWidget()
        self.problems.setHeaderLabels([translate("ImportWizard", "Problem")])
        self.problems.setRootIsDecorated(False)
        self.problems.setAccessibleName(translate("ImportWizard", "Problems found in the file"))
        self.problems.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 3)
        layout.addWidget(self.problems, 1)
        self.preview: Any = None  # an ImportPreview or an IatiPreview

    def show_preview(self, preview: Any) -> None:
        self.preview = preview
        self.summary.setText(preview.summary())
        self.changes.clear()
        items: dict[Any, QTreeWidgetItem] = {}
        for change in preview.changes:
            # A new record's new parts sit beneath it: the tree the import will create.
            under = items.get(getattr(change, "parent", None))
            if under is not None:
                item = QTreeWidgetItem(under, [f"{change.action.capitalize()}: {change.where}"])
            else:
                item = QTreeWidgetItem(self.changes, [
                    f"{change.action.capitalize()}: {change.where}: {change.caption}"])
            items[change.key] = item
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

    def left_out(self) -> list[Any]:
        """The keys of unticked changes; a new record's parts go with it (the service's rule)."""
        keys = []
        for i in range(self.changes.topLevelItemCount()):
            item = self.changes.topLevelItem(i)
            if item is None:
                continue
            for row in (item, *(item.child(j) for j in range(item.childCount()))):
                if row is None:
                    continue
                key = row.data(0, KeyRole)
                if key is not None and row.checkState(0) != Qt.CheckState.Checked:
                    keys.append(key)
        return keys

    def isComplete(self) -> bool:
        return self.preview is not None and not self.preview.errors and \
            bool(self.preview.changes)


class ImportWizard(QWizard):
    """Emits nothing: the caller reads `result` once the wizard has finished."""

    def __init__(self, factory: StoreFactory, run_job: RunJob,
                 parent: QWidget | None = None, *, kind: ImportKind = EXCEL) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(translate("ImportWizard", kind.title))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self._factory = factory
        self._run_job = run_job
        self.file_page = _FilePage(kind)
        self.preview_page = _PreviewPage(kind)
        self.addPage(self.file_page)
        self.addPage(self.preview_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("ImportWizard", "&Import"))
        self.result_: ImportResult | None = None
        self._passed: QWizardPage | None = None  # a page whose background work is done
        self.resize(820, 600)
        fit_to_screen(self)  # 600 px is a laptop's whole screen

    def validateCurrentPage(self) -> bool:
        """Leaving the file page reads the file; finishing applies the import.

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

        def job(progress: Progress) -> Any:
            return self.kind.preview(self._factory, path, progress)

        def done(preview: Any) -> None:
            self.preview_page.show_preview(preview)
            self._passed = self.file_page
            self.next()

        self._run_job(f"Reading the {self.kind.noun}…", job, done)

    def _apply(self, preview: Any, left_out: list[Any]) -> None:
        def job(progress: Progress) -> ImportResult:
            return self.kind.apply(self._factory, preview, left_out, progress)

        def done(result: ImportResult) -> None:
            self.result_ = result
            self._passed = self.preview_page
            self.accept()

        self._run_job(translate("ImportWizard", "Importing…"), job, done)
