"""The navigator: all partnerships, each with its roundtables and roadmaps; saved searches."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QTreeWidget, QTreeWidgetItem, QWidget

from ..models import Filters, Partnership, Roadmap, Roundtable, SavedSearch, Store, UserError
from ..models.l10n import country_name, translate
from ..models.records import RECORD_TYPES, record_label

IdRole = Qt.ItemDataRole.UserRole
KindRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2
SAVED = "saved_search"


class Navigator(QTreeWidget):
    """Emits `partnership_selected` with an id, or None for all partnerships,
    and `record_activated` with (kind, id) for a roundtable or roadmap."""

    partnership_selected = Signal(object)
    record_activated = Signal(str, str)
    menu_requested = Signal(str, str, QPoint)  # kind ("" for all), id, global position
    search_chosen = Signal(object)  # a SavedSearch to show in its table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(translate("Navigator", "Partnerships"))
        self.setMinimumWidth(160)
        self.currentItemChanged.connect(self._current_changed)
        self.itemActivated.connect(self._activated)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self._store: Store | None = None

    def reload(self, store: Store) -> None:
        self._store = store
        selected = self.selected_partnership()
        self.blockSignals(True)
        self.clear()
        root = QTreeWidgetItem(self, [translate("Navigator", "All partnerships")])
        root.setData(0, KindRole, "all")
        keep = root
        for p in store.list(Partnership):
            item = QTreeWidgetItem(root, [country_name(p.country_code)])
            item.setToolTip(0, p.caption)
            item.setData(0, IdRole, p.id)
            item.setData(0, KindRole, Partnership.KIND)
            for r in store.list(Roundtable, Filters(partnership=p.id)):
                child = QTreeWidgetItem(item, [f"{r.caption}" + (f" ({r.date})" if r.date else "")])
                child.setData(0, IdRole, r.id)
                child.setData(0, KindRole, Roundtable.KIND)
            for m in store.list(Roadmap, Filters(partnership=p.id)):
                child = QTreeWidgetItem(item, [m.caption])
                child.setData(0, IdRole, m.id)
                child.setData(0, KindRole, Roadmap.KIND)
            if p.id == selected:
                keep = item
        root.setExpanded(True)
        self._add_searches(store)
        self.setCurrentItem(keep)
        self.blockSignals(False)
        if self.selected_partnership() != selected:  # it was deleted: back to all
            self.partnership_selected.emit(None)

    def selected_partnership(self) -> str | None:
        item = self.currentItem()
        while item is not None and item.data(0, KindRole) not in (Partnership.KIND, "all"):
            item = item.parent()
        if item is None or item.data(0, KindRole) == "all":
            return None
        return str(item.data(0, IdRole))

    def selected_roundtable(self) -> str | None:
        """The id of the roundtable chosen in the tree, if a roundtable is what is chosen."""
        item = self.currentItem()
        if item is None or item.data(0, KindRole) != Roundtable.KIND:
            return None
        return str(item.data(0, IdRole))

    def _add_searches(self, store: Store) -> None:
        searches = store.saved_searches()
        if not searches:
            return
        group = QTreeWidgetItem(self, [translate("Navigator", "Saved searches")])
        group.setData(0, KindRole, "searches")
        for search in searches:
            cls = RECORD_TYPES[search.kind]
            item = QTreeWidgetItem(group, [search.name])
            item.setToolTip(0, translate("Navigator", "{kind} records: {filters}").format(
                kind=record_label(cls), filters=", ".join(search.filters.given())))
            item.setData(0, IdRole, search.id)
            item.setData(0, KindRole, SAVED)
            item.setData(0, SearchRole, search)
        group.setExpanded(True)

    def _current_changed(self, *_: object) -> None:
        item = self.currentItem()
        if item is not None and item.data(0, KindRole) == SAVED:
            self.search_chosen.emit(item.data(0, SearchRole))
        elif item is None or item.data(0, KindRole) != "searches":
            self.partnership_selected.emit(self.selected_partnership())

    def _menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None:
            return
        self.setCurrentItem(item)
        kind = str(item.data(0, KindRole))
        if kind == SAVED:
            self._search_menu(item.data(0, SearchRole), self.viewport().mapToGlobal(pos))
            return
        if kind == "searches":
            return
        record_id = str(item.data(0, IdRole) or "")
        self.menu_requested.emit("" if kind == "all" else kind, record_id,
                                 self.viewport().mapToGlobal(pos))

    def _search_menu(self, search: SavedSearch, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(translate("Navigator", "Show"), lambda: self.search_chosen.emit(search))
        menu.addAction(
            translate("Navigator", "Delete Saved Search"), lambda: self.delete_search(search)
        )
        menu.exec(where)

    def delete_search(self, search: SavedSearch) -> None:
        if self._store is None:
            return
        try:
            self._store.delete_search(search.id)
        except UserError as exc:
            QMessageBox.warning(self, "tpdesk", str(exc))
            return
        self.reload(self._store)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KindRole)
        if kind in (Roundtable.KIND, Roadmap.KIND, Partnership.KIND):
            self.record_activated.emit(kind, item.data(0, IdRole))
