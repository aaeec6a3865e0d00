"""Bulk actions on a table's selection: set a field, add or remove a tag, delete.

Each is one step on the undo stack, whatever the number of records, and all
or nothing: a record the store refuses leaves every one as it was and the
refusal is shown as one line.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from ..models import Record, ReferencedError, UserError
from ..models.l10n import translate
from ..models.records import counted
from ..services.bulk import FIELDS, Field, add_tag, parse, remove_tag, set_field, tags_of
from .operations import Session


class BulkActions:
    """Fills a context menu for the selected records and carries out what is chosen."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        self._session = session
        self._parent = parent

    def fill(self, menu: QMenu, records: Sequence[Record]) -> None:
        """Add the bulk actions for `records` (all of one kind) to `menu`."""
        if not records:
            return
        cls = type(records[0])
        what = counted(cls, len(records))
        for field in (f for f in FIELDS.get(cls, ()) if f.bulk):
            if field.vocab is not None:
                sub = menu.addMenu(translate("Bulk", "Set {field} of {records}").format(
                    field=field.label, records=what))
                for value in field.vocab:
                    sub.addAction(value.translated, functools.partial(
                        self.set_field, records, field, value))
            else:
                menu.addAction(translate("Bulk", "Set {field} of {records}…").format(
                                   field=field.label, records=what),
                               functools.partial(self._ask_date, records, field))
        menu.addAction(translate("Bulk", "Add Tag to {records}…").format(records=what),
                       functools.partial(self._ask_tag, records))
        tags = tags_of(records)
        if tags:
            sub = menu.addMenu(translate("Bulk", "Remove Tag from {records}").format(records=what))
            for tag in tags:
                sub.addAction(tag.replace("&", "&&"), functools.partial(
                    self._edit, records, remove_tag(records, tag),
                    translate("Bulk", "Remove tag '{tag}' from {records}"), tag=tag))

    def set_field(self, records: Sequence[Record], field: Field, value: object) -> None:
        changed = set_field(records, field, value)
        shown = getattr(value, "translated", value) or translate("Bulk", "(none)")
        self._edit(records, changed, translate("Bulk", "Set {field} to {value} on {records}"),
                   field=field.label.lower(), value=shown)

    def delete(self, records: Sequence[Record]) -> None:
        """Ask, delete as one step; offer to clear references when that is what stops it."""
        if not records:
            return
        what = counted(type(records[0]), len(records))
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText)
        if not self._confirm(f"Delete {what}?\nThey go to the Trash; you can undo this"
                             f" with {undo}."):
            return
        try:
            self._session.delete_many(records)
            return
        except ReferencedError as exc:
            if not exc.clearable:
                self._warn(str(exc))
                return
            if not self._confirm(f"{exc}.\nRemove them from those records and delete?"
                                 " You can undo this too."):
                return
        except UserError as exc:
            self._warn(str(exc))
            return
        self._guarded(lambda: self._session.delete_many(records, clear_references=True))

    def _ask_date(self, records: Sequence[Record], field: Field) -> None:
        text, ok = QInputDialog.getText(
            self._parent, translate("Bulk", "Set {field}").format(field=field.label),
            translate("Bulk", "{field} (YYYY-MM-DD, empty for none):").format(field=field.label))
        if ok:
            self._guarded(lambda: self.set_field(records, field, parse(field, text)))

    def _ask_tag(self, records: Sequence[Record]) -> None:
        text, ok = QInputDialog.getText(self._parent, translate("Bulk", "Add tag"),
                                        translate("Bulk", "Tag for {records}:").format(
                                            records=counted(type(records[0]), len(records))))
        if ok:
            self._guarded(lambda: self._edit(records, add_tag(records, text),
                                             translate("Bulk", "Add tag '{tag}' to {records}"),
                                             tag=" ".join(text.split())))

    def _edit(self, records: Sequence[Record], changed: Sequence[Record], template: str,
              **values: object) -> None:
        """Save `changed` as one undo step, named by `template` with the records counted."""
        if not changed:
            return
        text = template.format(records=counted(type(records[0]), len(changed)), **values)
        self._guarded(lambda: self._session.save_many(changed, text))

    def _guarded(self, step: Callable[[], object]) -> None:
        try:
            step()
        except UserError as exc:
            self._warn(str(exc))

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self._parent, translate("Bulk", "Delete"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self._parent, "tpdesk", text)
