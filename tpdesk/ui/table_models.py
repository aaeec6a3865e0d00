"""Qt table models over store queries: every row counted, a window of pages loaded.

A register of 100,000 activities costs one count and one page at start,
never a widget per record; the rows painted are read as the view reaches
them, wherever it jumps. Sorting and filtering go back to the store. After an
edit the rows already loaded are read again and compared by id: only rows
that changed, came or went are signalled, so selection and scroll stay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from ..models import (
    Activity,
    Changes,
    Commitment,
    Filters,
    Note,
    Organisation,
    Partnership,
    Record,
    Roundtable,
    Store,
)
from ..models.l10n import country_name, format_date, format_money, translate, translate_noop
from ..models.records import RECORD_TYPES, record_label
from ..models.vocab import CommitmentState, Role
from ..services.bulk import Field, field_of

RecordRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2  # commitments: their CommitmentState

STATE_COLOURS = {CommitmentState.OVERDUE: QColor("#d32f2f"),
                 CommitmentState.DUE_SOON: QColor("#f9a825"),
                 CommitmentState.OPEN: QColor("#388e3c"),
                 CommitmentState.CLOSED: QColor("#9e9e9e")}

PAGE = 200
WINDOW_PAGES = 4  # rows held at most: a few screens either side of the one shown

Index = QModelIndex | QPersistentModelIndex
CellEditor = Callable[[Any, Field, str], bool]  # record, field, text typed -> saved


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any, Lookup], Any]
    sort: str  # what the store sorts by: a column or a key of queries.SORT_KEYS
    numeric: bool = False


class Lookup:
    """Names the rows show in place of ids, read once per refresh."""

    def __init__(self, store: Store) -> None:
        self.today = store.today()
        self.codes = {p.id: p.country_code for p in store.list(Partnership)}
        self.organisations = {o.id: o.caption for o in store.list(Organisation)}
        self._store = store
        self._targets: dict[tuple[str, str], str] = {}

    def partner(self, partnership_id: str | None) -> str:
        return self.codes.get(partnership_id or "", "")

    def names(self, ids: list[str]) -> str:
        return ", ".join(self.organisations.get(i, "?") for i in ids)

    def target(self, kind: str, record_id: str) -> str:
        """What a note is on, by kind and caption ("Activity: Coding bootcamp")."""
        key = (kind, record_id)
        if key not in self._targets:
            cls = RECORD_TYPES.get(kind)
            record = self._store.find(cls, record_id) if cls is not None else None
            self._targets[key] = (f"{record_label(cls)}: {record.caption}" if cls and record
                                  else translate("TableModels", "(deleted record)"))
        return self._targets[key]

    def forget_targets(self) -> None:
        self._targets.clear()


@cache
def state_icon(state: CommitmentState) -> QIcon:
    """A round traffic-light dot, drawn once per state at two pixel densities."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STATE_COLOURS[state])
        margin = size * 0.2
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class RecordTableModel(QAbstractTableModel):
    """Rows of one record kind matching the filters: every row counted, a window loaded.

    The row count is the store's count, so the scroll bar and Ctrl+End reach
    the last row at once; the rows painted are read as a window of a few
    pages around them (`_window`), wherever the user jumps.
    """

    KIND: ClassVar[type[Record]]
    COLUMNS: ClassVar[list[Column]]

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filters = Filters()
        self._order: tuple[str | None, bool] = (None, False)
        self._offset = 0  # the first row of the loaded window
        self._rows: list[Any] = []
        self._total = 0
        self._cell_editor: CellEditor | None = None
        self.refresh()

    # -- what to show --------------------------------------------------------

    @property
    def filters(self) -> Filters:
        return self._filters

    def set_filters(self, filters: Filters) -> None:
        self._filters = filters
        self.refresh()

    def refresh(self) -> None:
        """Count and read the first page again, after a filter or a sort."""
        lookup = Lookup(self._store)  # read first: an error leaves the model as it was
        total = self._store.count(self.KIND, self._filters)
        rows = self._page(0)
        self.beginResetModel()
        self._lookup, self._total, self._offset, self._rows = lookup, total, 0, rows
        self.endResetModel()

    def apply(self, changes: Changes) -> bool:
        """Follow an edit without a reset; False if it concerned nothing shown here.

        The loaded window is read again at the same place and compared by id,
        so a row that changed, came or went is signalled as such and the
        selection follows it; the rest of the count changes at the end.
        Partnerships and organisations are shown by name in every table, so
        a change to one is read into the names as well.
        """
        names_changed = changes.touches(Partnership, Organisation)
        if not (names_changed or changes.touches(self.KIND)):
            return False
        lookup = Lookup(self._store) if names_changed else self._lookup
        total = self._store.count(self.KIND, self._filters)
        rows = self._page(self._offset, limit=max(len(self._rows), PAGE))
        self._lookup = lookup
        self._merge(rows, all_changed=names_changed)
        shown = self._total
        if total > shown:
            self.beginInsertRows(QModelIndex(), shown, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < shown:
            self.beginRemoveRows(QModelIndex(), total, shown - 1)
            self._total = total
            self._rows = self._rows[:max(0, total - self._offset)]
            self.endRemoveRows()
        return True

    def _merge(self, rows: list[Any], *, all_changed: bool) -> None:
        """Turn the loaded window into `rows` by removing, inserting and updating rows."""
        old_ids = [r.id for r in self._rows]
        new_ids = [r.id for r in rows]
        steps = SequenceMatcher(None, old_ids, new_ids, autojunk=False).get_opcodes()
        last, at = len(self.COLUMNS) - 1, self._offset
        for tag, i1, i2, j1, j2 in reversed(steps):  # from the end: earlier rows keep their place
            if tag == "equal":
                for k in range(i2 - i1):
                    if all_changed or self._rows[i1 + k] != rows[j1 + k]:
                        self._rows[i1 + k] = rows[j1 + k]
                        self.dataChanged.emit(self.index(at + i1 + k, 0),
                                              self.index(at + i1 + k, last))
                continue
            if i2 > i1:
                self.beginRemoveRows(QModelIndex(), at + i1, at + i2 - 1)
                del self._rows[i1:i2]
                self._total -= i2 - i1
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(QModelIndex(), at + i1, at + i1 + j2 - j1 - 1)
                self._rows[i1:i1] = rows[j1:j2]
                self._total += j2 - j1
                self.endInsertRows()

    def total(self) -> int:
        return self._total

    def record(self, row: int) -> Any:
        """The record shown in a row, read with its page if it is not loaded yet."""
        found = self._window(row)
        if found is None:
            raise IndexError(f"row {row} of {self._total}")
        return found

    def records(self, rows: list[int]) -> list[Any]:
        """The records of many rows (a selection), read by runs of rows, not page by page."""
        wanted = sorted(set(rows))
        found: dict[int, Any] = {}
        run_start = 0
        for i, row in enumerate(wanted):
            if i + 1 < len(wanted) and wanted[i + 1] == row + 1:
                continue
            first = wanted[run_start]
            for k, record in enumerate(self._page(first, limit=row - first + 1)):
                found[first + k] = record
            run_start = i + 1
        return [found[r] for r in rows if r in found]

    def row_of(self, record_id: str) -> int | None:
        """The row showing a record: from the loaded window, else asked of the store."""
        for i, record in enumerate(self._rows):
            if record.id == record_id:
                return self._offset + i
        order_by, descending = self._order
        row = self._store.position(self.KIND, record_id, self._filters, order_by=order_by,
                                   descending=descending)
        return row if row is not None and row < self._total else None

    def _window(self, row: int) -> Any | None:
        """Row `row`'s record, moving or growing the loaded window to hold it.

        A row just past either end extends the window by a page (scrolling);
        any other row starts a new window around it (a jump). The window
        never holds more than WINDOW_PAGES pages.
        """
        end = self._offset + len(self._rows)
        if not self._offset <= row < end:
            if end <= row < end + PAGE:
                self._rows += self._page(end)
            elif self._offset - PAGE <= row < self._offset:
                start = max(0, self._offset - PAGE)
                self._rows[:0] = self._page(start, limit=self._offset - start)
                self._offset = start
            else:
                self._offset = max(0, min(row - PAGE // 2, self._total - PAGE))
                self._rows = self._page(self._offset)
            excess = len(self._rows) - WINDOW_PAGES * PAGE
            if excess > 0 and row - self._offset >= len(self._rows) // 2:
                del self._rows[:excess]
                self._offset += excess
            elif excess > 0:
                del self._rows[-excess:]
        k = row - self._offset
        return self._rows[k] if 0 <= k < len(self._rows) else None

    def _page(self, offset: int, *, limit: int = PAGE) -> list[Any]:
        order_by, descending = self._order
        return self._store.list(self.KIND, self._filters, order_by=order_by,
                                descending=descending, limit=limit, offset=offset)

    # -- Qt's side -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return translate("TableModels", self.COLUMNS[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._total):
            return None
        record = self._window(index.row())
        if record is None:  # the file shrank under us (another writer): shown at next refresh
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(record, self._lookup)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.EditRole and (field := self.field(index.column())):
            value = getattr(record, field.name)
            return getattr(value, "label", value) or ""
        return self.extra_data(record, index.column(), role)

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._cell_editor is not None and self.field(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def set_cell_editor(self, editor: CellEditor | None) -> None:
        """Let simple fields be edited in place; `editor` saves (or refuses) the text typed."""
        self._cell_editor = editor

    def field(self, column: int) -> Field | None:
        """The field a column edits in place, if it shows one of the kind's simple fields."""
        return field_of(self.KIND, self.COLUMNS[column].sort)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.field(index.column()) if index.isValid() else None
        record = self._window(index.row()) if field is not None else None
        if (role != Qt.ItemDataRole.EditRole or field is None or record is None
                or self._cell_editor is None):
            return False
        return self._cell_editor(record, field, "" if value is None else str(value))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._order = (self.COLUMNS[column].sort, order is Qt.SortOrder.DescendingOrder)
        self.refresh()


def _lead(activity: Activity, lookup: Lookup) -> str:
    for role in (Role.LEAD_MEMBER_STATE, Role.IMPLEMENTING, Role.ACCOUNTABLE):
        ids = activity.organisations_with(role)
        if ids:
            return lookup.names(ids[:2])
    return ""


class ActivitiesTableModel(RecordTableModel):
    KIND = Activity
    COLUMNS: ClassVar[list[Column]] = [
        Column(
            translate_noop("TableModels", "Partner"),
            lambda a, lk: lk.partner(a.partnership_id),
            "partnership_id",
        ),
        Column(translate_noop("TableModels", "Title"), lambda a, lk: a.title, "title"),
        Column(
            translate_noop("TableModels", "Category"),
            lambda a, lk: a.category.translated,
            "category",
        ),
        Column(
            translate_noop("TableModels", "Status"), lambda a, lk: a.status.translated, "status"
        ),
        Column(
            translate_noop("TableModels", "Start"),
            lambda a, lk: format_date(a.start_date),
            "start_date",
        ),
        Column(
            translate_noop("TableModels", "End"), lambda a, lk: format_date(a.end_date), "end_date"
        ),
        Column(translate_noop("TableModels", "Lead"), _lead, "lead"),
        Column(
            translate_noop("TableModels", "Funding"),
            lambda a, lk: format_money(a.total_cents) if a.funding else "",
            "funding",
            True,
        ),
    ]


class CommitmentsTableModel(RecordTableModel):
    KIND = Commitment
    COLUMNS: ClassVar[list[Column]] = [
        Column(
            translate_noop("TableModels", "Due"), lambda c, lk: format_date(c.due_date), "due_date"
        ),
        Column(
            translate_noop("TableModels", "Partner"),
            lambda c, lk: lk.partner(c.partnership_id),
            "partnership_id",
        ),
        Column(translate_noop("TableModels", "Commitment"), lambda c, lk: c.text, "text"),
        Column(
            translate_noop("TableModels", "Actors"), lambda c, lk: lk.names(c.actor_ids), "actors"
        ),
        Column(
            translate_noop("TableModels", "Status"), lambda c, lk: c.status.translated, "status"
        ),
        Column(
            translate_noop("TableModels", "Last update"),
            lambda c, lk: format_date(c.updates[-1].date if c.updates else None),
            "last_update",
        ),
    ]

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        state = record.state(self._lookup.today)
        if role == StateRole:
            return state
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return state_icon(state)
        if role == Qt.ItemDataRole.ForegroundRole and state is CommitmentState.OVERDUE:
            return QBrush(STATE_COLOURS[state])
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return state.translated
        return None


class RoundtablesTableModel(RecordTableModel):
    KIND = Roundtable
    COLUMNS: ClassVar[list[Column]] = [
        Column(
            translate_noop("TableModels", "Partner"),
            lambda r, lk: lk.partner(r.partnership_id),
            "partnership_id",
        ),
        Column(translate_noop("TableModels", "No."), lambda r, lk: r.number, "number", True),
        Column(translate_noop("TableModels", "Date"), lambda r, lk: format_date(r.date), "date"),
        Column(translate_noop("TableModels", "Place"), lambda r, lk: r.place, "place"),
        Column(
            translate_noop("TableModels", "Status"), lambda r, lk: r.status.translated, "status"
        ),
        Column(
            translate_noop("TableModels", "Outcome"),
            lambda r, lk: r.outcome_summary,
            "outcome_summary",
        ),
    ]


class OrganisationsTableModel(RecordTableModel):
    KIND = Organisation
    COLUMNS: ClassVar[list[Column]] = [
        Column(translate_noop("TableModels", "Name"), lambda o, lk: o.name, "name"),
        Column(translate_noop("TableModels", "Short name"),
               lambda o, lk: o.short_name, "short_name"),
        Column(translate_noop("TableModels", "Kind"), lambda o, lk: o.kind.translated, "kind"),
        Column(translate_noop("TableModels", "Country"),
               lambda o, lk: country_name(o.country_code) if o.country_code else "",
               "country_code"),
    ]


class NotesTableModel(RecordTableModel):
    KIND = Note
    COLUMNS: ClassVar[list[Column]] = [
        Column(translate_noop("TableModels", "Updated"),
               lambda n, lk: format_date(n.updated_at), "updated_at"),
        Column(translate_noop("TableModels", "Partner"),
               lambda n, lk: lk.partner(n.partnership_id), "partnership_id"),
        Column(translate_noop("TableModels", "On"),
               lambda n, lk: lk.target(n.target_kind, n.target_id), "target_kind"),
        Column(translate_noop("TableModels", "Note"), lambda n, lk: n.text, "text"),
        Column(translate_noop("TableModels", "Author"), lambda n, lk: n.author, "author"),
        Column(translate_noop("TableModels", "Visibility"),
               lambda n, lk: n.visibility.translated, "visibility"),
    ]

    def apply(self, changes: Changes) -> bool:
        """A note names its record: a renamed or deleted record is named afresh."""
        others = changes.everything or bool(changes.kinds - {Note.KIND})
        if others and self._rows:
            self._lookup.forget_targets()
            column = next(i for i, c in enumerate(self.COLUMNS) if c.title == "On")
            self.dataChanged.emit(self.index(self._offset, column),
                                  self.index(self._offset + len(self._rows) - 1, column))
        return super().apply(changes) or others
