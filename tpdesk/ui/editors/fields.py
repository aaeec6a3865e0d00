"""Small widgets the record editors share: lists typed as text, pickers, tables of parts.

Kept apart from `base` so each editor module stays about its record, and
so the same comma-list, combo and row-table behaviour is learnt once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models import Organisation, Partnership, Store
from ...models.countries import COUNTRIES
from ...models.l10n import translate, translate_noop

W = TypeVar("W", bound=QWidget)
T = TypeVar("T")

NONE = "—"
"""What a picker shows for 'no value'."""

ID_ROLE = Qt.ItemDataRole.UserRole
"""Where a table row keeps the id of the part it shows, so edits keep identity."""


# -- lists typed as text -----------------------------------------------------

def split_list(text: str) -> list[str]:
    """Comma-separated words as a list: trimmed, empty ones dropped, repeats dropped."""
    return list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


def list_edit(values: Sequence[str], placeholder: str) -> QLineEdit:
    edit = QLineEdit(", ".join(values))
    edit.setPlaceholderText(placeholder)
    edit.setToolTip(translate("Fields", "Separate entries with commas"))
    return edit


# -- pickers -----------------------------------------------------------------

def country_label(code: str) -> str:
    return f"{COUNTRIES.get(code, code)} ({code})"


def choice_combo(items: Iterable[tuple[str, Any]], current: Any, *,
                 none: str | None = None) -> QComboBox:
    """A combo of (label, value) items; `none` adds a first entry whose value is None."""
    combo = QComboBox()
    refill(combo, items, current, none=none)
    return combo


def refill(combo: QComboBox, items: Iterable[tuple[str, Any]], current: Any, *,
           none: str | None = None) -> None:
    """Replace a combo's items quietly, keeping `current` chosen when it is still there."""
    combo.blockSignals(True)
    combo.clear()
    if none is not None:
        combo.addItem(none, None)
    for label, value in items:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def partnership_combo(store: Store, current: str) -> QComboBox:
    """Partnerships by country name; a record without a (live) one shows a prompt to choose."""
    items = sorted((f"{p.country_name} ({p.country_code})", p.id) for p in store.list(Partnership))
    combo = choice_combo(items, current)
    if combo.findData(current) < 0:
        combo.insertItem(0, translate("Fields", "— choose a partnership —"), current)
        combo.setCurrentIndex(0)
    return combo


def organisation_items(store: Store) -> list[tuple[str, str]]:
    """Every live organisation as (label, id); there are hundreds at most, not thousands."""
    return [(f"{o.short_name} — {o.name}" if o.short_name else o.name, o.id)
            for o in store.list(Organisation)]


def fill_checks(widget: QListWidget, items: Sequence[tuple[str, str]],
                checked: Collection[str]) -> None:
    """Tick boxes in the order given: parts with a natural order (skill levels,
    roadmap objectives) keep it, where the base's `check_list` sorts by label."""
    widget.blockSignals(True)
    widget.clear()
    for label, value in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


def keep_order(ticked: Sequence[T], stored: Sequence[T]) -> list[T]:
    """Ticked values, those already stored first in their stored order, then new ones.

    So reading back an untouched list gives exactly what was stored, and an
    editor nobody changed does not ask to save on closing.
    """
    return [v for v in stored if v in ticked] + [v for v in ticked if v not in stored]


def compact(widget: W) -> W:
    """Keep a short field (a date, a number) at its natural width instead of the form's."""
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, widget.sizePolicy().verticalPolicy())
    return widget


def settle_rows(form: QFormLayout) -> None:
    """Give every row the form's full width, keeping short fields at their natural width.

    Each field sits in a box with its error line under it. A box holding a
    combo, a date or a spin box stays as narrow as that field, so a message
    under it wraps into a sliver and gets clipped; a full-width box gives the
    message room while the field keeps its size.
    """
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        box = item.widget() if item is not None else None
        inner = box.layout() if box is not None else None
        if box is None or inner is None or inner.count() == 0:
            continue
        field = inner.itemAt(0)
        widget = field.widget() if field is not None else None
        if field is None or widget is None or isinstance(widget, QLabel):
            continue
        if not field.expandingDirections() & Qt.Orientation.Horizontal:
            compact(widget)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, box.sizePolicy().verticalPolicy())


# -- numbers -----------------------------------------------------------------

def number_text(value: float | None) -> str:
    """An optional number as typed: '' for none, no '.0' on whole numbers."""
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def table_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell the editor filled itself; a missing one is a bug, not input."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"{table.accessibleName() or 'table'}: no item at row {row},"
                          f" column {column}")
    return item


class FieldValueError(ValueError):
    """Text in a field that cannot be read as its value: shown next to that field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


def parse_number(text: str, *, field: str, what: str) -> float | None:
    """The inverse of `number_text`."""
    text = text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise FieldValueError(field, f"{what}: {text!r} is not a number") from None


class NumberDelegate(QStyledItemDelegate):
    """Table cells that only take a plain number (a dot for decimals) or nothing."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        locale = QLocale.c()
        locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
        validator = QDoubleValidator(editor)
        validator.setLocale(locale)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        editor.setValidator(validator)
        return editor


# -- tables of parts ---------------------------------------------------------

class RowTable(QWidget):
    """A table of a record's parts with buttons under it to add, remove and reorder rows.

    `new_row(row)` fills a freshly inserted row. `changed` fires after any
    add, remove or move, since moving items does not always reach the
    model's change signals the editor watches. Columns in `stretch` share
    the spare width; the others fit their contents.
    """

    changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        *,
        new_row: Callable[[int], None],
        add_text: str,
        remove_text: str,
        movable: bool = False,
        up_text: str = translate_noop("Fields", "Move &up"),
        down_text: str = translate_noop("Fields", "Move do&wn"),
        edit_column: int = 0,
        stretch: Collection[int] = (),
    ) -> None:
        super().__init__()
        self.edit_column = edit_column
        self._new_row = new_row
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(not stretch)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 14)
        self.table.setMinimumHeight(120)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = self._button(add_text, self.add)
        self.remove_button = self._button(remove_text, self.remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.up_button = self.down_button = None
        if movable:
            self.up_button = self._button(translate("Fields", up_text), lambda: self.move_row(-1))
            self.down_button = self._button(
                translate("Fields", down_text), lambda: self.move_row(1)
            )
            buttons.addWidget(self.up_button)
            buttons.addWidget(self.down_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.model().rowsInserted.connect(lambda *_: self._update_buttons())
        self.table.model().rowsRemoved.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        name = text.replace("&", "")
        button.setAccessibleName(name)
        key = QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{name} ({key})" if key else name)
        button.setAutoDefault(False)  # Enter in a cell must not press it
        button.clicked.connect(slot)
        return button

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)

    def rows(self) -> range:
        return range(self.table.rowCount())

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def row_id(self, row: int, column: int = 0) -> Any:
        item = self.table.item(row, column)
        return item.data(ID_ROLE) if item is not None else None

    def add(self) -> None:
        """Append a row and put the keyboard in it, ready to type."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._new_row(row)
        column = self.edit_column
        self.table.setCurrentCell(row, column)
        self.table.scrollTo(self.table.model().index(row, column))
        widget = self.table.cellWidget(row, column)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.table.item(row, column) is not None:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.editItem(self.table.item(row, column))
        self.changed.emit()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self.changed.emit()

    def move_row(self, delta: int) -> None:
        """Swap the current row with its neighbour; rows of plain items only."""
        row = self.table.currentRow()
        other = row + delta
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        for column in range(self.table.columnCount()):
            mine = self.table.takeItem(row, column)
            theirs = self.table.takeItem(other, column)
            self.table.setItem(row, column, theirs)
            self.table.setItem(other, column, mine)
        self.table.setCurrentCell(other, self.table.currentColumn())
        self.changed.emit()

    def _update_buttons(self) -> None:
        row, count = self.table.currentRow(), self.table.rowCount()
        self.remove_button.setEnabled(row >= 0)
        if self.up_button is not None and self.down_button is not None:
            self.up_button.setEnabled(row > 0)
            self.down_button.setEnabled(0 <= row < count - 1)
