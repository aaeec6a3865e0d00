"""A register view: the filter bar over a lazily filled table of one record kind."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QSettings, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..models import Changes, Note, Partnership, Record, Store
from .filter_bar import FilterBar
from .table_models import RecordTableModel


class RecordView(QWidget):
    """Emits `open_requested` (edit), `delete_requested` and `note_requested` with a record."""

    open_requested = Signal(object)
    delete_requested = Signal(object)
    note_requested = Signal(object)
    selection_changed = Signal(object)  # the current record, or None
    target_requested = Signal(str, str)  # a note's record to open: kind, id

    def __init__(self, model_cls: type[RecordTableModel], store: Store, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: type[Record] = model_cls.KIND
        self._settings = settings
        self.model = model_cls(store, self)
        self.filter_bar = FilterBar(self.kind, store)
        self.filter_bar.changed.connect(self.model.set_filters)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(f"{self.kind.LABEL} register")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # No sort indicator at first: the store's default order (commitments by due
        # date, soonest first) until the user clicks a header.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.selection_changed.emit(self._record_at(current)))
        self.model.modelReset.connect(lambda: self.selection_changed.emit(self.current()))

        open_action = QAction("Open", self, shortcut=QKeySequence(Qt.Key.Key_Return),
                              shortcutContext=Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(
            lambda: self._emit(self.open_requested, self.table.currentIndex()))
        self.table.addAction(open_action)
        delete_action = QAction("Delete", self,
                                shortcut=QKeySequence(QKeySequence.StandardKey.Delete),
                                shortcutContext=Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(
            lambda: self._emit(self.delete_requested, self.table.currentIndex()))
        self.table.addAction(delete_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)
        self._restore_columns()

    def current(self) -> Record | None:
        return self._record_at(self.table.currentIndex())

    def select(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def refresh(self) -> None:
        current = self.current()
        self.model.refresh()
        if current is not None:
            self.select(current.id)

    def apply(self, changes: Changes) -> None:
        """Follow an edit, undo or redo; a record that moved with the sort stays selected."""
        if changes.touches(Partnership):
            self.filter_bar.refresh_sectors()  # the sectors offered are the partnerships'
        current = self.current()
        if not self.model.apply(changes) or current is None:
            return
        now = self.current()
        if now is None or now.id != current.id:
            self.select(current.id)

    def save_columns(self) -> None:
        self._settings.setValue(f"columns/{self.kind.KIND}",
                                self.table.horizontalHeader().saveState())

    def _restore_columns(self) -> None:
        state = self._settings.value(f"columns/{self.kind.KIND}")
        header = self.table.horizontalHeader()
        if isinstance(state, QByteArray) and header.restoreState(state):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            return
        widths = {"Title": 340, "Commitment": 380, "Name": 320, "Note": 380, "Outcome": 300,
                  "Due": 150, "Start": 130, "End": 130, "Date": 130}
        for i, column in enumerate(self.model.COLUMNS):
            self.table.setColumnWidth(i, widths.get(column.title, 110))

    def _record_at(self, index: QModelIndex) -> Record | None:
        if not index.isValid():
            return None
        record: Record = self.model.record(index.row())
        return record

    def _emit(self, signal: SignalInstance, index: QModelIndex) -> None:
        record = self._record_at(index)
        if record is not None:
            signal.emit(record)

    def _double_clicked(self, index: QModelIndex) -> None:
        """A note's "On" cell opens the record it is on; any other cell opens the row."""
        record = self._record_at(index)
        if isinstance(record, Note) and self.model.COLUMNS[index.column()].title == "On":
            self.target_requested.emit(record.target_kind, record.target_id)
        elif record is not None:
            self.open_requested.emit(record)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        record = self._record_at(index)
        if record is None:
            return
        menu = QMenu(self)
        menu.addAction("Open…", lambda: self.open_requested.emit(record))
        if isinstance(record, Note):
            on = str(self.model.data(self.model.index(index.row(), self._on_column())))
            menu.addAction(f"Open {on.replace('&', '&&')}…", lambda: self.target_requested.emit(
                record.target_kind, record.target_id))
        menu.addAction("Add note…", lambda: self.note_requested.emit(record))
        menu.addSeparator()
        menu.addAction("Delete…", lambda: self.delete_requested.emit(record))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _on_column(self) -> int:
        return next(i for i, c in enumerate(self.model.COLUMNS) if c.title == "On")
