"""Global search (Ctrl+K): results across record kinds, with snippets; Enter opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import Store
from ..models.l10n import format_number, translate
from ..models.records import RECORD_TYPES

SHOWN = 100  # results listed; the total counts them all


class SearchDialog(QDialog):
    """Emits `open_record(kind, id)` for the chosen hit and closes."""

    open_record = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(translate("SearchDialog", "Search"))
        self.resize(680, 460)
        self.query = QLineEdit(
            placeholderText=translate(
                "SearchDialog", "Search titles, descriptions, commitments and notes…"
            ),
            clearButtonEnabled=True,
        )
        self.query.setAccessibleName(translate("SearchDialog", "Search text"))
        self.results = QListWidget()
        self.results.setAccessibleName(translate("SearchDialog", "Search results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.run)
        self.query.textChanged.connect(self._debounce.start)
        self.query.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.query.installEventFilter(self)

    def run(self) -> None:
        self.results.clear()
        query = self.query.text()
        hits = self._store.search(query, limit=SHOWN)
        for hit in hits:
            cls = RECORD_TYPES.get(hit.kind)
            label = cls.LABEL if cls else hit.kind
            snippet = " ".join(hit.snippet.split())
            text = f"{label}: {hit.title}" + (f"\n    {snippet}" if snippet else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.status.setText(self._found(query, len(hits)) if query.strip() else "")

    def _found(self, query: str, shown: int) -> str:
        """'100 of 4,246 found' when the list stops short of every match: the true total."""
        total = shown if shown < SHOWN else self._store.search_count(query)
        if total <= shown:
            return translate("SearchDialog", "%Ln found", None, total)
        return translate("SearchDialog", "{shown} of %Ln found", None, total).format(
            shown=format_number(shown))

    def open_current(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self.run()
        item = self.results.currentItem()
        if item is None:
            return
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        self.open_record.emit(kind, record_id)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Up and Down in the search box move through the results."""
        if watched is self.query and isinstance(event, QKeyEvent) and \
                event.type() == QKeyEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
