"""The editor dialog every record kind shares: fields, live validation, save, ask.

A subclass lays out its fields with `add_row` and says how to read them back
into a record (`collect`). The base validates with the core's rules as the
user types, puts each message next to its field, enables Save only when the
record is valid, and asks before discarding unsaved changes. A new record
stays quiet about missing fields until the user has changed something.

Saving is a compare-and-set on the version the editor opened: if a merge, a
sync or another window wrote the record meanwhile, nothing is overwritten
silently. The user is told and chooses: Reload (the editor opens again on
the record as it now is) or Keep Mine (their changes saved over it, and
where both changed a field, the other value filed in the Conflicts view).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar, cast

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models import Record, UserError
from ...models.errors import VersionConflictError
from ...models.l10n import translate, translate_noop
from ...models.records import record_label
from ...models.validation import validate
from ...models.vocab import Labelled
from ..operations import Session
from .fields import FieldValueError

R = TypeVar("R", bound=Record)

RELOAD = 2  # the dialog's result when the user chose to reload a record changed meanwhile


class DateField(QWidget):
    """An optional date: a tick box says whether there is one, a calendar picks it."""

    def __init__(self, value: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox()
        self.enabled.setAccessibleName(translate("Base", "Has a date"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value
                          else QDate.currentDate())
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> str | None:
        if not self.enabled.isChecked():
            return None
        return str(self.edit.date().toString("yyyy-MM-dd"))

    def connect_changed(self, slot: Callable[[], None]) -> None:
        self.enabled.toggled.connect(slot)
        self.edit.dateChanged.connect(slot)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


def enum_combo(vocab: type[Labelled], value: Labelled) -> QComboBox:
    combo = QComboBox()
    for member in vocab:
        combo.addItem(member.translated, member.value)
    combo.setCurrentIndex(combo.findData(value.value))
    return combo


def check_list(items: list[tuple[str, str]], checked: list[str]) -> QListWidget:
    """A list of tick boxes: (label, value) items, `checked` values ticked, in that order."""
    widget = QListWidget()
    order = {v: i for i, v in enumerate(checked)}
    for label, value in sorted(items, key=lambda it: (order.get(it[1], len(order)), it[0])):
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in order
                           else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(140)
    return widget


def checked_values(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class RecordEditor(QDialog, Generic[R]):
    """Edit one record; `saved` holds what was stored once the dialog is accepted."""

    KIND: ClassVar[type[Record]]

    def __init__(self, session: Session, record: R, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.original = record
        self.saved: R | None = None
        self.reloaded: R | None = None  # the record as stored, when the user chose Reload
        is_new = session.store.find(type(record), record.id, include_deleted=True) is None
        self._expected = 0 if is_new else record.row_version  # what a save compares with
        self._quiet = is_new  # no "is required" before the user has typed anything
        self.setWindowTitle(
            (translate("Base", "New {kind}") if is_new else translate("Base", "Edit {kind}"))
            .format(kind=record_label(record).lower()))
        self.setModal(True)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._errors: dict[str, QLabel] = {}
        self.general_errors = QLabel(wordWrap=True)
        self.general_errors.setStyleSheet("color: #c62828;")
        self.general_errors.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_errors)

        # Validate once the event that changed a field is over: a table may be
        # halfway through building a row when its first signal fires.
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.revalidate)
        self.build(record)

        # Made after the fields, so Tab reaches them last. Save is the default
        # (Enter saves, and only a valid record); Cancel never is, so a key
        # pressed while Save is disabled cannot throw the typing away.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("Base", "&Save"))
        save.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        layout.addWidget(self.buttons)
        self.revalidate()
        first = self.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        # Never taller than the screen: on a laptop the buttons stayed below its edge.
        room = self.screen().availableGeometry()
        self.resize(min(max(self.sizeHint().width(), 560), room.width()),
                    min(self.sizeHint().height(), room.height() - 40))

    # -- for subclasses ----------------------------------------------------

    def build(self, record: R) -> None:
        raise NotImplementedError

    def collect(self) -> R:
        """The record as the fields now say."""
        raise NotImplementedError

    def first_field(self) -> QWidget | None:
        """Where the cursor starts: the first field the user can type in or choose from."""
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled()
                    and not isinstance(widget, QTabBar) and widget.focusProxy() is None
                    and self.isAncestorOf(widget) and widget.isVisibleTo(self)):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def add_row(self, label: str, field: str, widget: QWidget) -> QWidget:
        """A labelled field with its own error line under it; edits revalidate."""
        widget.setAccessibleName(label.rstrip(":"))
        error = QLabel(wordWrap=True)
        error.setStyleSheet("color: #c62828;")
        error.hide()
        error.setAccessibleName(translate("Base", "{field}: error").format(
            field=label.replace("&", "").rstrip(": ")))
        box = QWidget()
        box.setFocusProxy(widget)  # the label's mnemonic reaches the field
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, box)
        self._errors[field] = error
        self.watch(widget)
        return widget

    def watch(self, widget: QWidget) -> None:
        """Revalidate when a widget changes."""
        later = self.edited
        signal_names = ("textChanged", "currentIndexChanged", "toggled", "valueChanged",
                        "itemChanged", "dataChanged")
        if isinstance(widget, DateField):
            widget.connect_changed(later)
            return
        for name in signal_names:
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(later)
        model = getattr(widget, "model", None)
        if callable(model) and model() is not None and not isinstance(widget, QComboBox):
            model().dataChanged.connect(later)
            model().rowsInserted.connect(later)
            model().rowsRemoved.connect(later)

    # -- behaviour ---------------------------------------------------------

    def edited(self) -> None:
        self._quiet = False
        self._pending.start()

    def done(self, result: int) -> None:
        self._pending.stop()
        super().done(result)

    def revalidate(self) -> bool:
        """Check the fields as they stand; show the problems; True when Save may go."""
        try:
            record = self.collect()
        except FieldValueError as exc:
            self.show_problems({exc.field: [exc.message]}, [])
            return False
        except ValueError as exc:
            self.show_problems({}, [str(exc)])
            return False
        problems: dict[str, list[str]] = {}
        general: list[str] = []
        for error in validate(record, self.session.store):
            if error.field in self._errors:
                problems.setdefault(error.field, []).append(error.message)
            else:
                general.append(f"{error.field}: {error.message}")
        self.show_problems(problems, general)
        return not problems and not general

    def show_problems(self, problems: dict[str, list[str]], general: list[str]) -> None:
        """Messages next to their fields; Save only when there are none."""
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not problems and not general)
        if self._quiet:
            problems, general = {}, []
        for field, label in self._errors.items():
            messages = problems.get(field, [])
            label.setText("; ".join(messages))
            label.setVisible(bool(messages))
        self.general_errors.setText("\n".join(general))
        self.general_errors.setVisible(bool(general))

    def is_dirty(self) -> bool:
        try:
            return _content(self.collect()) != _content(self.original)
        except ValueError:
            return True

    def _save(self) -> None:
        self._quiet = False
        if not self.revalidate():
            return
        try:
            self.saved = self.session.save(self.collect(), expected_version=self._expected)
        except VersionConflictError as exc:
            self._changed_meanwhile(exc)
            return
        except UserError as exc:
            self.show_problems({}, [str(exc)])
            return
        self.accept()

    def _changed_meanwhile(self, conflict: VersionConflictError) -> None:
        """Another write came first: reload it, keep mine (the clash filed), or go back."""
        current = conflict.current
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), "", parent=self)
        box.setAccessibleName(translate("RecordEditor", "Changed since you opened it"))
        kind = record_label(self.original).lower()
        if not isinstance(current, type(self.original)):
            box.setText(translate("RecordEditor", "This {kind} was removed for good since you"
                                  " opened it, so it cannot be saved.").format(kind=kind))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.exec()
            return
        deleted = current.deleted_at is not None
        box.setText((translate("RecordEditor", "This {kind} was deleted since you opened it, by a"
                               " merge, a sync or another window.") if deleted else
                     translate("RecordEditor", "This {kind} was changed since you opened it, by a"
                               " merge, a sync or another window.")).format(kind=kind))
        box.setInformativeText(
            ("" if deleted else translate("RecordEditor", "Reload shows it as it is now; your"
                                          " changes here are dropped. "))
            + translate("RecordEditor", "Keep Mine saves your changes over it: where both of you"
                        " changed the same field, the other value goes to the Conflicts view,"
                        " where it can still be chosen."))
        reload = None if deleted else box.addButton(translate("RecordEditor", "&Reload"),
                                                    QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("RecordEditor", "Restore and &Keep Mine") if deleted
                             else translate("RecordEditor", "&Keep Mine"),
                             QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is reload:
            self.reloaded = current
            super().done(RELOAD)
        elif box.clickedButton() is keep:
            try:
                self.saved = self.session.keep_mine(self.collect(), self.original)
            except UserError as exc:
                self.show_problems({}, [str(exc)])
                return
            self.accept()

    def reject(self) -> None:
        """Cancel, Escape and the window's close button all come here: ask first."""
        if self.saved is None and self.is_dirty():
            answer = QMessageBox.question(
                self, self.windowTitle(), translate("Base", "Save your changes before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self._save()  # accepts when valid; stays open to show why not
                return
        super().reject()


class TabbedEditor(RecordEditor[R]):
    """An editor whose rows sit on tabs; a tab holding a problem says so in its title.

    `build` calls `add_tab` to start each tab; rows added after it land on it
    (the subclass points `self.form` at the tab's form). Save is disabled while
    a problem stands, so the tab that hides it must show it.
    """

    def add_tab(
        self, title: str, page: QWidget, *, name: str = translate_noop("Base", "Sections")
    ) -> None:
        if not hasattr(self, "tabs"):
            self.tabs = QTabWidget()
            self.tabs.setAccessibleName(translate("Base", name))
            self._pages: list[tuple[str, list[str]]] = []
            cast(QVBoxLayout, self.layout()).insertWidget(1, self.tabs, 1)
        self.tabs.addTab(page, title)
        self._pages.append((title, []))

    def add_row(self, label: str, field: str, widget: QWidget) -> QWidget:
        self._pages[-1][1].append(field)
        return super().add_row(label, field, widget)

    def show_problems(self, problems: dict[str, list[str]], general: list[str]) -> None:
        super().show_problems(problems, general)
        if self._quiet:
            problems = {}
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, (title, fields) in enumerate(self._pages):
            count = sum(len(problems.get(field, [])) for field in fields)
            suffix = f" ({count} problem{'s' if count > 1 else ''})" if count else ""
            self.tabs.setTabText(index, title + suffix)
            self.tabs.setTabIcon(index, warning if count else QIcon())



def _content(record: Record) -> dict[str, Any]:
    data = dataclasses.asdict(record)
    for key in ("created_at", "updated_at", "deleted_at"):
        data.pop(key, None)
    return data
