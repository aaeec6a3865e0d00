"""The conflict list: edits that met, and delegates' proposals, each waiting for a decision.

Shown from the status bar's badge (`ConflictBadge`), which counts what is
open, so a conflict cannot sit unnoticed (Joplin's conflict notebook that
nobody opens). Each is resolved by keeping the current value, taking the
other one, or typing a third (which also combines the two, as Zotero's
conflict window cannot); the resolution is an ordinary edit that travels
with the next exchange file.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import UserError
from ..models.l10n import translate
from ..services import Stores
from ..services import exchange as use_cases

IdRole = Qt.ItemDataRole.UserRole


class ConflictsView(QWidget):
    """Open conflicts and proposals; `resolved` says one was settled."""

    resolved = Signal()

    def __init__(self, stores: Stores, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stores = stores
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                translate("ConflictsView", "Record and field"),
                translate("ConflictsView", "Kind"),
                translate("ConflictsView", "Current"),
                translate("ConflictsView", "Other"),
                translate("ConflictsView", "By"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 190), (3, 190), (4, 120)):
            self.tree.setColumnWidth(column, width)
        self.tree.currentItemChanged.connect(self._enable)
        self.keep_button = QPushButton(translate("ConflictsView", "&Keep Current"))
        self.take_button = QPushButton(translate("ConflictsView", "&Take Other"))
        self.type_button = QPushButton(translate("ConflictsView", "T&ype a Value…"))
        self.keep_button.clicked.connect(lambda: self._resolve(take_other=False))
        self.take_button.clicked.connect(lambda: self._resolve(take_other=True))
        self.type_button.clicked.connect(self._type)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.take_button, self.type_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.conflicts: dict[str, use_cases.ConflictView] = {}
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        self.conflicts = {c.conflict.id: c for c in use_cases.list_conflicts(self.stores)}
        for view in self.conflicts.values():
            c = view.conflict
            item = QTreeWidgetItem([view.label, c.kind, use_cases.short(c.kept),
                                    use_cases.short(c.lost), c.lost_who])
            item.setData(0, IdRole, c.id)
            for column, value in ((0, view.label), (2, c.kept), (3, c.lost)):
                item.setToolTip(column, value if isinstance(value, str) else json.dumps(value))
            self.tree.addTopLevelItem(item)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.message.setText(
            ""
            if self.conflicts
            else translate("ConflictsView", "No conflicts wait for a decision.")
        )
        self._enable()

    def _current(self) -> use_cases.ConflictView | None:
        item = self.tree.currentItem()
        return self.conflicts.get(str(item.data(0, IdRole))) if item is not None else None

    def _enable(self) -> None:
        current = self._current()
        for button in (self.keep_button, self.take_button):
            button.setEnabled(current is not None)
        self.type_button.setEnabled(current is not None and _typable(current))

    def _resolve(self, *, take_other: bool) -> None:
        current = self._current()
        if current is not None:
            c = current.conflict
            self.resolve(current, c.lost if take_other else c.kept)

    def _type(self) -> None:
        current = self._current()
        if current is None:
            return
        c = current.conflict
        text, ok = QInputDialog.getMultiLineText(
            self,
            translate("ConflictsView", "Type a Value"),
            translate("ConflictsView", "{field}: the value to keep").format(field=current.label),
            c.kept if isinstance(c.kept, str) else json.dumps(c.kept),
        )
        if ok:
            self.resolve(current, text)

    def resolve(self, view: use_cases.ConflictView, value: Any) -> None:
        try:
            use_cases.resolve_conflict(self.stores, view.conflict.id, value)
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.refresh()
        self.resolved.emit()


def _typable(view: use_cases.ConflictView) -> bool:
    """A text field can take a typed third value; a part, a list or a deletion cannot."""
    c = view.conflict
    return isinstance(c.kept, str | None) and isinstance(c.lost, str | None) and (
        c.field not in ("deleted", "*") and ":" not in c.field)


class ConflictsDialog(QDialog):
    def __init__(self, stores: Stores, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ConflictsView", "Conflicts"))
        self.view = ConflictsView(stores, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.resize(820, 420)


class ConflictBadge(QPushButton):
    """The status bar's count of open conflicts; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setToolTip(translate("ConflictsView", "Conflicts and proposals from exchange files"
                                  " or the server wait for a decision"))
        self.hide()

    def show_count(self, count: int) -> None:
        self.setText(
            translate("ConflictsView", "⚠ %Ln to decide", None, count)
        )  # conflicts and proposals alike
        self.setVisible(count > 0)
