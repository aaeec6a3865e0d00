"""Exchange files in the app: write one for contacts, and merge one after a preview.

The merge dialog checks the file and shows, before anything is written,
what merging it would do: records added, fields changed (old → new),
records deleted (in red: the deletions people complain nobody told them
about), conflicts and proposals. A bad file shows its one-line reason and
cannot be merged. Both run the use cases of `services.exchange`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import Pack, UserError, merge
from ..models.l10n import translate
from ..models.records import RECORD_TYPES, record_label
from ..services import Stores
from ..services import exchange as use_cases
from .messages import user_message

DELETION = QColor("#c62828")
REPLY = "__reply__"


class MergeDialog(QDialog):
    """Preview a file's merge; `report` holds what was merged once the user accepts."""

    def __init__(self, stores: Stores, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MergeWizard", "Import Exchange File"))
        self.stores, self.path = stores, path
        self.report: use_cases.ImportReport | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                translate("MergeWizard", "What"),
                translate("MergeWizard", "Before"),
                translate("MergeWizard", "After"),
            ]
        )
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.tree.setColumnWidth(column, 230)
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(translate("MergeWizard", "&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480)
        self._preview()

    def _preview(self) -> None:
        try:
            preview = use_cases.import_exchange(self.stores, self.path, dry_run=True)
        except UserError as exc:
            self.heading.setText(str(exc))
            self.merge_button.setEnabled(False)
            return
        lines = [preview.summary().replace("would merge", "Merging"),
                 *[n for n in preview.lines()[1:] if n.startswith("note:")]]
        self.heading.setText(translate("MergeWizard", "{what} from {sender}.").format(
                                 what=(translate("MergeWizard", "Pack")
                                       if preview.kind == "pack"
                                       else translate("MergeWizard", "Reply")),
                                 sender=preview.sender) + "\n"
                             + "\n".join(lines))
        plan = preview.plan
        self._group(
            translate("MergeWizard", "Added"),
            [(f"{record_label(r.cls)} '{r.caption}'", "", "") for r in plan.of("added")],
        )
        self._group(
            translate("MergeWizard", "Changed"),
            [
                (
                    f"{record_label(r.cls)} '{r.caption}': {use_cases.field_label(c)}",
                    use_cases.short(c.old),
                    use_cases.short(c.new),
                )
                for r in plan.of("changed")
                for c in r.changes
            ],
        )
        self._group(
            translate("MergeWizard", "Deleted"),
            [(f"{record_label(r.cls)} '{r.caption}'", "", translate("MergeWizard", "deleted"))
             for r in plan.of("deleted")],
            colour=DELETION,
        )
        for kind, title in (
            ("conflict", translate("MergeWizard", "Conflicts")),
            ("proposal", translate("MergeWizard", "Proposals")),
        ):
            self._group(title, [(f"{record_label(RECORD_TYPES[c.record_kind])} '"
                                 f"{preview.captions.get(c.record_id, c.record_id)}': "
                                 + use_cases.field_label(merge.FieldChange(c.field, c.lost,
                                                                           c.kept)),
                                 use_cases.short(c.kept), use_cases.short(c.lost))
                                for c in plan.conflicts if c.kind == kind])
        self.merge_button.setEnabled(not plan.empty)

    def _group(self, title: str, rows: list[tuple[str, str, str]], *,
               colour: QColor | None = None) -> None:
        if not rows:
            return
        top = QTreeWidgetItem([f"{title} ({len(rows)})"])
        self.tree.addTopLevelItem(top)
        for row in rows:
            item = QTreeWidgetItem(list(row))
            if colour is not None:
                for column in range(3):
                    item.setForeground(column, QBrush(colour))
            top.addChild(item)
        top.setExpanded(True)

    def merge(self) -> None:
        try:
            self.report = use_cases.import_exchange(self.stores, self.path)
        except UserError as exc:
            self.heading.setText(str(exc))
            self.merge_button.setEnabled(False)
            return
        self.accept()


class ExportDialog(QDialog):
    """Choose a pack (or a reply), the contacts it is for, and where to write it."""

    def __init__(self, stores: Stores, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MergeWizard", "Export Exchange File"))
        self.stores = stores
        self.report: use_cases.ExportReport | None = None
        self.what = QComboBox()
        self.what.addItem(
            translate("MergeWizard", "Reply: every change they have not had yet"), REPLY
        )
        with stores() as store:
            for pack in store.list(Pack):
                self.what.addItem(translate("MergeWizard", "Pack: {title}").format(
                    title=pack.title), pack.id)
        self.to = QListWidget()
        for contact in use_cases.contacts(stores):
            item = QListWidgetItem(f"{contact.name}  ({contact.fingerprint[:14]}…)")
            item.setData(Qt.ItemDataRole.UserRole, contact.fingerprint)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.to.addItem(item)
        self.output = QLineEdit()
        browse = QPushButton(translate("MergeWizard", "&Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {DELETION.name()}")
        form = QFormLayout()
        form.addRow(translate("MergeWizard", "&What:"), self.what)
        form.addRow(translate("MergeWizard", "&For:"), self.to)
        form.addRow(translate("MergeWizard", "&File:"), where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("MergeWizard", "Export Exchange File"),
            "",
            translate("MergeWizard", "Exchange files (*.tpx)"),
        )
        if name:
            self.output.setText(name if name.lower().endswith(".tpx") else name + ".tpx")

    def export(self) -> None:
        chosen = [str(self.to.item(i).data(Qt.ItemDataRole.UserRole))
                  for i in range(self.to.count())
                  if self.to.item(i).checkState() == Qt.CheckState.Checked]
        what = self.what.currentData()
        try:
            if not self.output.text().strip():
                raise UserError(translate("MergeWizard", "choose a file to write"))
            self.report = use_cases.export_exchange(
                self.stores, Path(self.output.text().strip()), to=chosen,
                pack=None if what == REPLY else str(what))
        except UserError as exc:
            self.error.setText(user_message(exc))
            return
        self.accept()
