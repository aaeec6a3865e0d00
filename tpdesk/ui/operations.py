"""Edits as undoable operations: each calls the store and says what changed.

Views never write; they go through the session, which saves first (so a
validation error reaches the caller and nothing lands on the undo stack),
then pushes a command holding the record before and after. Every edit, undo
and redo announces its `Changes` (the records it wrote), so each view
updates those rows and keeps the user's place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..models import Changes, Commitment, Record, UserError
from ..models.cells import DELETED, Cells, cells
from ..models.errors import VersionConflictError
from ..models.l10n import translate
from ..models.records import record_label
from ..models.replicas import TrashEmptied
from ..models.vocab import CommitmentStatus
from ..services import StoreFactory, Stores, default_user, lend
from ..services.exchange import ImportReport, keep_mine, redo_merge, undo_merge
from ..services.maintenance import empty_trash

if TYPE_CHECKING:
    from ..models.store import Store
    from ..services import Outcome, OutcomeRecorded

R = TypeVar("R", bound=Record)


class Session(QObject):
    """The open database, its undo stack, and the signals views listen to.

    `factory` opens the same file as the same user for jobs, which run on a
    thread of their own; `stores` lends the open store to work done here.
    """

    changed = Signal(Changes)  # what an edit, undo, redo or import wrote
    failed = Signal(str)  # an undo or redo the store refused, as one line
    closing = Signal()  # the store is about to close: drop pending work
    suspending = Signal()  # the app locks: stop timers that would read the store

    def __init__(self, store: Store, parent: QObject | None = None, *,
                 factory: StoreFactory | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.factory = factory or StoreFactory(store.path, user=store.user, today=store.today)
        self.undo_stack = QUndoStack(self)
        self._pending: list[Callable[[], object]] = []
        self._flushing = False

    def set_user(self, name: str) -> None:
        """Who the history names from now on, in this session and in its jobs.

        No name: the person of this copy's identity, else the login name.
        """
        self.store.user = name or self.store.meta("person") or default_user()
        self.factory = dataclasses.replace(self.factory, user=name)

    @property
    def stores(self) -> Stores:
        """The open store lent to a use case that runs here, on the GUI thread."""
        return lend(self.store)

    def hold_pending(self, flush: Callable[[], object]) -> None:
        """Register a part that saves after a pause (the pack's typing).

        Its `flush` runs before any undo, redo or other save, so that an edit
        a few hundred milliseconds old is neither dropped nor undone out of turn.
        """
        self._pending.append(flush)

    def flush_pending(self) -> None:
        if self._flushing:
            return
        self._flushing = True
        try:
            for flush in self._pending:
                flush()
        finally:
            self._flushing = False

    def undo(self) -> None:
        self.flush_pending()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush_pending()
        self.undo_stack.redo()

    def suspend(self) -> None:
        """Lock: what is pending is saved, timers stop, the connection closes until `resume`."""
        self.flush_pending()
        self.suspending.emit()
        self.store.suspend()

    def resume(self) -> None:
        self.store.resume()

    def close(self) -> None:
        self.closing.emit()
        self.undo_stack.clear()
        self.store.close()

    def save(self, record: R, *, expected_version: int | None = None) -> R:
        """Create or update a record as one undoable step; raises UserError if invalid.

        An editor passes the version it opened (0 for a new record): if a merge,
        a sync or another window wrote the record since, VersionConflictError.
        """
        self.flush_pending()
        old = self.store.find(type(record), record.id)
        saved = self.store.save(record, expected_version=expected_version)
        if old != saved:
            verb = (
                translate("Operations", "Edit")
                if old is not None
                else translate("Operations", "Create")
            )
            self._push(_Save(self, old, saved, f"{verb} {_label(record)}"))
        return saved

    def keep_mine(self, record: R, base: R) -> R:
        """Save an editor's changes over a write made since it opened `base`, undoably.

        Where both changed the same field the editor's value is kept and the
        other goes to the Conflicts view (`services.exchange.keep_mine`).
        """
        self.flush_pending()
        old = self.store.find(type(record), record.id, include_deleted=True)
        saved, _filed = keep_mine(self.stores, record, base)
        if old is not None and old.deleted_at is not None:
            self._push(_Save(self, None, saved, f"Restore and edit {_label(record)}"))
        else:
            self._push(_Save(self, old, saved, f"Edit {_label(record)}"))
        return saved

    def delete(self, record: Record, *, clear_references: bool = False) -> None:
        """Delete as one undoable step; raises ReferencedError while records still use it.

        With `clear_references` those records are edited in the same step, and
        an undo puts them back as they were.
        """
        self.flush_pending()
        edited = self.store.delete(record, clear_references=clear_references)
        self._push(_Delete(self, record, edited, f"Delete {_label(record)}"))

    def save_many(self, records: Sequence[Record], text: str) -> list[Record]:
        """Save edits of many records (a bulk action) as ONE undoable step named `text`.

        All or nothing: a record the store refuses leaves every one as it was.
        """
        self.flush_pending()
        old = [self.store.get(type(r), r.id) for r in records]
        for record, stored in zip(records, old, strict=True):  # as shown, or refused
            if stored.row_version != record.row_version:
                raise VersionConflictError(f"{_label(stored).capitalize()} was changed by"
                                           " another edit or a merge since it was shown;"
                                           " nothing changed", current=stored)
        saved = self.store.save_many(records)
        changed = [(o, n) for o, n in zip(old, saved, strict=True) if o != n]
        if changed:
            self._push(_SaveMany(self, [o for o, _ in changed], [n for _, n in changed], text))
        return saved

    def delete_many(self, records: Sequence[Record], *, clear_references: bool = False) -> None:
        """Delete several records as one undoable step; like `delete` for each, all or none."""
        self.flush_pending()
        edited = self.store.delete_many(records, clear_references=clear_references)
        noun = records[0].LABEL.lower() if len({type(r) for r in records}) == 1 else "record"
        self._push(_DeleteMany(self, list(records), edited,
                               f"Delete {len(records)} {noun}s" if len(records) > 1
                               else f"Delete {_label(records[0])}"))

    def restore(self, records: Sequence[Record]) -> list[Record]:
        """Bring records back from the trash, as one undoable step; all or none."""
        self.flush_pending()
        with self.store.transaction():
            restored: list[Record] = [self.store.restore(type(r), r.id) for r in records]
        text = (f"Restore {_label(restored[0])}" if len(restored) == 1
                else f"Restore {len(restored)} records")
        self._push(_Restore(self, restored, text))
        return restored

    def empty_trash(self) -> TrashEmptied:
        """Remove deleted records for good. Not undoable: the steps that could bring
        those records back are dropped with them."""
        self.flush_pending()
        emptied = empty_trash(self.stores)
        self.undo_stack.clear()
        self.changed.emit(Changes.all())
        return emptied

    def add_progress(self, commitment: Commitment, status: CommitmentStatus,
                     note: str) -> Commitment:
        """A dated progress update with the commitment's new status, undoable."""
        self.flush_pending()
        old = self.store.get(Commitment, commitment.id)
        updated = self.store.add_progress(commitment.id, status=status, note=note)
        self._push(_Save(self, old, updated, f"Update {_label(commitment)}"))
        return updated

    def merged(self, report: ImportReport) -> None:
        """An exchange file was merged: one undoable step for the whole merge."""
        self._push(_Merge(self, report))

    def record_outcome(self, outcome: Outcome) -> OutcomeRecorded:
        """A roundtable's outcome (held, summary, new and reviewed commitments) as one step."""
        from ..services import record_outcome  # reads Word and Excel tables: not needed to start

        self.flush_pending()
        recorded = record_outcome(self.stores, outcome)
        self._push(_Batch(self, recorded, "Record the outcome of the"
                                          f" {recorded.after[0].caption}"))
        return recorded

    def announce(self, changes: Changes) -> None:
        """Tell the views about writes made outside the undo stack (an import, the demo)."""
        self.changed.emit(changes)

    def _push(self, command: _Command) -> None:
        self.undo_stack.push(command)  # the change is made: the first redo only announces it

    def run(self, command: _Command, step: Callable[[], None]) -> None:
        try:
            step()
        except UserError as exc:
            command.setObsolete(True)
            self.failed.emit(str(exc))
        self.changed.emit(command.changes)


def _label(record: Record) -> str:
    caption = record.caption
    caption = caption if len(caption) <= 40 else caption[:39] + "…"
    return f"{record_label(record).lower()} '{caption}'"


class _Command(QUndoCommand):
    def __init__(self, session: Session, changes: Changes, text: str) -> None:
        super().__init__(text)
        self.session, self.changes, self._first = session, changes, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            self.session.announce(self.changes)
        else:
            self.session.run(self, self.do)

    def undo(self) -> None:
        self.session.run(self, self.undo_step)

    def do(self) -> None:
        raise NotImplementedError

    def undo_step(self) -> None:
        raise NotImplementedError


class _Save(_Command):
    """Holds the record before and after, so undo and redo are plain saves.

    Each is a compare-and-set: it goes ahead only while the record is as this
    command left it; if a merge or another window changed it in between, the
    undo is refused with a message instead of silently overwriting that change.
    """

    def __init__(self, session: Session, old: Record | None, new: Record, text: str) -> None:
        super().__init__(session, Changes.of([new]), text)
        self._old, self._new = old, new

    def do(self) -> None:
        store = self.session.store
        if self._old is None:
            store.restore(type(self._new), self._new.id)
        else:
            store.save(_content(self._new), expected_version=_version_if(store, self._old))

    def undo_step(self) -> None:
        store = self.session.store
        if self._old is None:
            store.delete(self._new)
        else:
            store.save(_content(self._old), expected_version=_version_if(store, self._new))


class _Delete(_Command):
    """Holds the records whose references the delete cleared, to put them back on undo."""

    def __init__(self, session: Session, record: Record, edited: list[Record],
                 text: str) -> None:
        super().__init__(session, Changes.of([record, *edited]), text)
        self._record, self._edited = record, edited

    def do(self) -> None:
        self.session.store.delete(self._record, clear_references=bool(self._edited))

    def undo_step(self) -> None:
        store = self.session.store
        with store.transaction():
            store.restore(type(self._record), self._record.id)
            store.save_many([_content(r) for r in self._edited])


class _Merge(_Command):
    """A whole merge; undo and redo write the records back as fresh edits that travel."""

    def __init__(self, session: Session, report: ImportReport) -> None:
        super().__init__(session, report.changes, f"Merge {report.path.name}")
        self._report = report

    def do(self) -> None:
        redo_merge(self.session.stores, self._report)

    def undo_step(self) -> None:
        undo_merge(self.session.stores, self._report)


class _SaveMany(_Command):
    """Many records before and after: undo and redo are one transaction each, all or none,
    and refused (as `_Save`) if any record was changed by a merge or another window since."""

    def __init__(self, session: Session, old: list[Record], new: list[Record],
                 text: str) -> None:
        super().__init__(session, Changes.of(new), text)
        self._old, self._new = old, new

    def do(self) -> None:
        _put(self.session.store, self._new, expected=self._old)

    def undo_step(self) -> None:
        _put(self.session.store, self._old, expected=self._new)


class _DeleteMany(_Command):
    def __init__(self, session: Session, records: list[Record], edited: list[Record],
                 text: str) -> None:
        super().__init__(session, Changes.of([*records, *edited]), text)
        self._records, self._edited = records, edited

    def do(self) -> None:
        self.session.store.delete_many(self._records, clear_references=bool(self._edited))

    def undo_step(self) -> None:
        store = self.session.store
        with store.transaction():
            for record in reversed(self._records):
                store.restore(type(record), record.id)
            store.save_many([_content(r) for r in self._edited])


class _Restore(_Command):
    def __init__(self, session: Session, records: list[Record], text: str) -> None:
        super().__init__(session, Changes.of(records), text)
        self._records = records

    def do(self) -> None:
        store = self.session.store
        with store.transaction():
            for record in self._records:
                store.restore(type(record), record.id)

    def undo_step(self) -> None:
        self.session.store.delete_many(self._records)


class _Batch(_Command):
    """Records saved and created together: undo deletes the new ones and puts the rest back."""

    def __init__(self, session: Session, recorded: OutcomeRecorded, text: str) -> None:
        super().__init__(session, recorded.changes, text)
        self._recorded = recorded

    def do(self) -> None:
        store = self.session.store
        with store.transaction():
            for record in self._recorded.created:
                store.restore(type(record), record.id)
            _put(store, self._recorded.after, expected=self._recorded.before)

    def undo_step(self) -> None:
        store = self.session.store
        with store.transaction():
            for record in self._recorded.created:
                _version_if(store, record)  # a commitment edited since is not deleted
                store.delete(record)
            _put(store, self._recorded.before, expected=self._recorded.after)


def _put(store: Store, records: list[Record], *, expected: list[Record]) -> None:
    """Write records in one transaction, only while each stored one still holds `expected`."""
    with store.transaction():
        for want in expected:
            _version_if(store, want)
        store.save_many([_content(r) for r in records])


def _version_if(store: Store, expected: Record) -> int:
    """The stored version of a record still holding `expected`'s content; else a conflict."""
    current = store.find(type(expected), expected.id)
    if current is None or _merge_view(current) != _merge_view(expected):
        raise VersionConflictError(f"{_label(expected).capitalize()} was changed by another"
                                   " edit or a merge since; not undone", current=current)
    return current.row_version


def _merge_view(record: Record) -> Cells:
    """The record's content as the merge compares it (tags as a set, parts by id)."""
    values = cells(record)
    values.pop(DELETED)
    return values


def _content(record: Record) -> Record:
    """The record as data to save: time stamps are the store's to set."""
    return dataclasses.replace(record, deleted_at=None)
