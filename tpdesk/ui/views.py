"""A register view: the filter bar over a table of one record kind, its details beside.

The table selects many rows for bulk actions, edits simple cells in place
(F2), counts what it shows ("1–23 of 4,246 activities"), and its header
menu shows, hides and moves columns, remembered per view.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..models import Changes, Note, Partnership, Record, SavedSearch, Store, UserError
from ..models.l10n import format_number, translate
from ..models.records import counted, record_label
from ..services.bulk import Field, parse, set_field
from .bulk import BulkActions
from .column_menu import ColumnMenu
from .detail_pane import DetailPane
from .filter_bar import FilterBar
from .inline_edit import CellDelegate
from .operations import Session
from .table_models import RecordTableModel

DEFAULT_WIDTHS = {"Title": 340, "Commitment": 380, "Name": 320, "Note": 380, "Outcome": 300,
                  "Due": 150, "Start": 130, "End": 130, "Date": 130}


class RecordView(QWidget):
    """Emits `open_requested` (edit), `delete_requested` and `note_requested` with a record."""

    open_requested = Signal(object)
    delete_requested = Signal(object)
    note_requested = Signal(object)
    selection_changed = Signal(object)  # the current record, or None
    target_requested = Signal(str, str)  # a note's record to open: kind, id
    search_saved = Signal()  # the filters were saved under a name: the navigator lists them

    def __init__(self, model_cls: type[RecordTableModel], store: Store, settings: QSettings,
                 parent: QWidget | None = None, *, session: Session | None = None,
                 details: bool = True) -> None:
        super().__init__(parent)
        self.kind: type[Record] = model_cls.KIND
        self._settings = settings
        self._store = store
        self._session = session
        self._all = 0  # records of this kind, whatever the filters
        self.model = model_cls(store, self)
        self.filter_bar = FilterBar(self.kind, store)
        self.filter_bar.changed.connect(self.model.set_filters)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("Views", "{kind} register").format(
            kind=record_label(self.kind)))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        self.columns = ColumnMenu(header, changed=self.save_columns, reset=self._default_columns)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.selection_changed.emit(self._record_at(current)))
        self.model.modelReset.connect(lambda: self.selection_changed.emit(self.current()))
        self.bulk = BulkActions(session, self) if session is not None else None
        if session is not None:
            self.model.set_cell_editor(self._edit_cell)
            self.table.setItemDelegate(CellDelegate(self.table))
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        else:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.detail = DetailPane(store)
        self.selection_changed.connect(self.detail.show_record)
        self.detail.open_record.connect(self.target_requested)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(translate("Views", "{kind} count").format(
            kind=record_label(self.kind)))
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                       self.table.selectionModel().selectionChanged,
                       self.table.verticalScrollBar().valueChanged):
            signal.connect(self._count_later)
        self._count_timer = QTimer(self, singleShot=True, interval=0)
        self._count_timer.timeout.connect(self._update_count)

        open_action = QAction(
            translate("Views", "Open"),
            self,
            shortcut=QKeySequence(Qt.Key.Key_Return),
            shortcutContext=Qt.ShortcutContext.WidgetShortcut,
        )
        open_action.triggered.connect(
            lambda: self._emit(self.open_requested, self.table.currentIndex()))
        self.table.addAction(open_action)
        delete_action = QAction(translate("Views", "Delete"), self,
                                shortcut=QKeySequence(QKeySequence.StandardKey.Delete),
                                shortcutContext=Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 240])
        self.detail.setVisible(details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.save_search_button = QToolButton()
        self.save_search_button.setText(translate("Views", "Save Search…"))
        self.save_search_button.setToolTip(
            translate("Views", "Keep these filters under a name, in the navigator")
        )
        self.save_search_button.setAutoRaise(True)
        self.save_search_button.clicked.connect(self.save_search)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.save_search_button)
        layout.addLayout(footer)
        self._restore_columns()
        self._count_all()
        self._count_later()

    def current(self) -> Record | None:
        return self._record_at(self.table.currentIndex())

    def selected(self) -> list[Record]:
        """The records of the selected rows, in row order; the current one if none is."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        if not rows:
            current = self.current()
            return [current] if current is not None else []
        return self.model.records(rows)

    def delete_selected(self) -> None:
        """Delete: the current record, or every selected one as one step."""
        records = self.selected()
        if len(records) > 1 and self.bulk is not None:
            self.bulk.delete(records)
        elif records:
            self.delete_requested.emit(records[0])

    def save_search(self) -> None:
        """Name the filters shown ("Italy + MPF"); the navigator lists them from then on."""
        filters = self.filter_bar.filters()
        name, ok = QInputDialog.getText(
            self, translate("Views", "Save search"), translate("Views", "Name for these filters:")
        )
        if not ok:
            return
        try:
            self._store.save_search(SavedSearch(name=name, kind=self.kind.KIND, filters=filters))
        except UserError as exc:
            QMessageBox.warning(self, translate("Views", "Save search"), str(exc))
            return
        self.search_saved.emit()

    def toggle_details(self) -> None:
        self.detail.setVisible(self.detail.isHidden())
        self.save_columns()

    def select(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def refresh(self) -> None:
        current = self.current()
        self._count_all()
        self.model.refresh()
        if current is not None:
            self.select(current.id)

    def apply(self, changes: Changes) -> None:
        """Follow an edit, undo or redo; a record that moved with the sort stays selected."""
        self._follow(changes)
        self.detail.show_record(self.current())  # a note added, a link made: shown at once

    def _follow(self, changes: Changes) -> None:
        if changes.touches(Partnership):
            self.filter_bar.refresh_sectors()  # the sectors offered are the partnerships'
        current = self.current()
        if changes.touches(self.kind):
            self._count_all()
        if not self.model.apply(changes) or current is None:
            return
        now = self.current()
        if now is None or now.id != current.id:
            self.select(current.id)

    def save_columns(self) -> None:
        self._settings.setValue(f"columns/{self.kind.KIND}",
                                self.table.horizontalHeader().saveState())
        self._settings.setValue(f"details/{self.kind.KIND}", self.splitter.saveState())
        self._settings.setValue(f"details_shown/{self.kind.KIND}", not self.detail.isHidden())

    def _restore_columns(self) -> None:
        details = self._settings.value(f"details/{self.kind.KIND}")
        if isinstance(details, QByteArray):
            self.splitter.restoreState(details)
        shown = self._settings.value(f"details_shown/{self.kind.KIND}")
        if shown is not None:
            self.detail.setVisible(str(shown).lower() == "true")
        state = self._settings.value(f"columns/{self.kind.KIND}")
        header = self.table.horizontalHeader()
        if isinstance(state, QByteArray) and header.restoreState(state):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            return
        self._default_columns()

    def _default_columns(self) -> None:
        """Every column shown, in the model's order, at its usual width."""
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.model.COLUMNS):
            header.setSectionHidden(i, False)
            header.moveSection(header.visualIndex(i), i)
            self.table.setColumnWidth(i, DEFAULT_WIDTHS.get(column.title, 110))

    def _count_all(self) -> None:
        self._all = self._store.count(self.kind)

    def _count_later(self) -> None:
        self._count_timer.start()

    def _update_count(self) -> None:
        """'1–23 of 4,246 activities (of 100,000) · 3 selected'."""
        total = self.model.total()
        first = self.table.rowAt(0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        last = total - 1 if last < 0 else last
        kinds = counted(self.kind, total)
        text = (translate("Views", "{first}–{last} of {records}").format(
            first=format_number(first + 1), last=format_number(last + 1), records=kinds)
            if total and first >= 0 else kinds)
        if total != self._all:
            text += translate("Views", " (of {all})").format(all=format_number(self._all))
        selected = len(self.table.selectionModel().selectedRows())
        if selected > 1:
            text += translate("Views", " · %Ln selected", None, selected)
        self.count_label.setText(text)

    def _edit_cell(self, record: Record, field: Field, text: str) -> bool:
        """Save a cell typed in place as one undoable step, or say in one line why not."""
        assert self._session is not None
        try:
            changed = set_field([record], field, parse(field, text))
            if changed:  # as shown: a row changed since by a merge is refused, not overwritten
                self._session.save(changed[0], expected_version=record.row_version)
        except UserError as exc:
            message = f"{record_label(record)} '{record.caption}': {exc}"
            QTimer.singleShot(0, lambda: QMessageBox.warning(self, "tpdesk", message))
            return False
        return True

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
        menu = self.context_menu(self.table.indexAt(pos))
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu for a right click on `index`: the record's actions, then the selection's."""
        record = self._record_at(index)
        if record is None:
            return None
        menu = QMenu(self)
        records = self.selected()
        if len(records) > 1 and self.bulk is not None and record in records:
            self.bulk.fill(menu, records)
            menu.addSeparator()
            menu.addAction(translate("Views", "Delete {records}…").format(
                               records=counted(self.kind, len(records))),
                           lambda: self.bulk.delete(records) if self.bulk else None)
            return menu
        menu.addAction(translate("Views", "Open…"), lambda: self.open_requested.emit(record))
        if isinstance(record, Note):
            on = str(self.model.data(self.model.index(index.row(), self._on_column())))
            menu.addAction(translate("Views", "Open {target}…").format(
                target=on.replace("&", "&&")), lambda: self.target_requested.emit(
                record.target_kind, record.target_id))
        menu.addAction(translate("Views", "Add note…"), lambda: self.note_requested.emit(record))
        if self.bulk is not None:
            menu.addSeparator()
            self.bulk.fill(menu, [record])
        menu.addSeparator()
        menu.addAction(translate("Views", "Delete…"), lambda: self.delete_requested.emit(record))
        return menu

    def _on_column(self) -> int:
        return next(i for i, c in enumerate(self.model.COLUMNS) if c.title == "On")
