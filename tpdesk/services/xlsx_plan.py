"""Edits read from a workbook, turned into the records they would save, and checked.

Kept apart from reading the sheets (`xlsx_import`) so that the preview and the
apply build the records the same way: the preview to validate them and show
the result, the apply, later and against the store as it is then, to save them.
"""

from __future__ import annotations

import copy
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..export.xlsx_layout import PROGRESS, SHEETS, Sheet
from ..models.errors import UserError
from ..models.l10n import translate, translate_noop
from ..models.queries import Filters
from ..models.records import (
    Activity,
    Commitment,
    Organisation,
    Record,
    Roundtable,
    record_label,
)
from ..models.store import Store
from ..models.validation import validate

RowKey = tuple[str, int]  # (sheet name, row number)

SAVE_ORDER = (Organisation, Roundtable, Activity, Commitment)
DELETE_ORDER = (Commitment, Activity, Roundtable, Organisation)
PART_NOUN = {"funding": translate_noop("Core", "funding line"),
             "updates": translate_noop("Core", "progress update")}


@dataclass(frozen=True)
class Problem:
    """Something wrong in the workbook, named by where it is."""

    sheet: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"Sheet '{self.sheet}'"
        if self.row is not None:
            where += f", row {self.row}"
        if self.column is not None:
            where += f", column '{self.column}'"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class FieldChange:
    column: str
    old: str
    new: str


@dataclass(frozen=True)
class Edit:
    """What one row does: add, change or delete a record, or a part of one."""

    key: RowKey
    sheet: Sheet
    action: str  # new, update, delete
    record_id: str  # the record's id; a part's parent's id
    part_id: str | None = None
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class Built:
    """The records a workbook's edits give, with the rows each came from."""

    records: dict[str, Record] = field(default_factory=dict)
    rows: dict[str, list[RowKey]] = field(default_factory=dict)  # record id -> its rows
    main_row: dict[str, RowKey] = field(default_factory=dict)
    deletes: list[tuple[Record, RowKey]] = field(default_factory=list)
    derived: dict[RowKey, FieldChange] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def build(store: Store, edits: list[Edit], *, leave_out: Collection[RowKey],
          failed: Collection[RowKey] = ()) -> Built:
    """The records as they would be saved: stored ones (read now) with the edits applied."""
    built = Built()
    explicit_status: set[str] = set()
    new_updates: dict[str, list[Any]] = {}

    def record(cls: type[Record], record_id: str, key: RowKey) -> Record | None:
        if record_id not in built.records:
            stored = store.find(cls, record_id)
            if stored is None:
                built.problems.append(Problem(key[0], key[1], None, translate("Core",
                    "the {label} is no longer in the register").format(
                    label=record_label(cls).lower())))
                return None
            built.records[record_id] = copy.deepcopy(stored)
        built.rows.setdefault(record_id, []).append(key)
        return built.records[record_id]

    for edit in edits:
        if edit.key in leave_out or edit.key in failed:
            continue
        sheet = edit.sheet
        if sheet.parent is None:
            if edit.action == "new":
                built.records[edit.record_id] = sheet.record(id=edit.record_id)
                built.rows.setdefault(edit.record_id, []).append(edit.key)
                target = built.records[edit.record_id]
            else:
                found = record(sheet.record, edit.record_id, edit.key)
                if found is None:
                    continue
                target = found
            built.main_row[edit.record_id] = edit.key
            if edit.action == "delete":
                built.deletes.append((target, edit.key))
                continue
            for name, value in edit.values.items():
                setattr(target, name, value)
            if isinstance(target, Commitment) and "status" in edit.values:
                explicit_status.add(target.id)
            continue
        parent = record(sheet.parent, edit.record_id, edit.key)
        if parent is None:
            continue
        parts: list[Any] = getattr(parent, sheet.part_of)
        if edit.action == "new":
            part = sheet.record(id=edit.part_id, **edit.values)
            parts.append(part)
            if sheet is PROGRESS:
                new_updates.setdefault(parent.id, []).append((part, edit.key))
            continue
        index = next((i for i, p in enumerate(parts) if p.id == edit.part_id), None)
        if index is None:
            built.problems.append(Problem(edit.key[0], edit.key[1], "id", translate("Core",
                "this row's {part_noun} is no longer in the register").format(
                part_noun=translate("Core", PART_NOUN[sheet.part_of]))))
        elif edit.action == "delete":
            del parts[index]
        else:
            for name, value in edit.values.items():
                setattr(parts[index], name, value)
    _follow_newest_updates(built, new_updates, explicit_status)
    return built


def _follow_newest_updates(built: Built, new_updates: dict[str, list[Any]],
                           explicit: set[str]) -> None:
    """A commitment takes the status of a new update dated on or after all others.

    That is what adding progress in the app does; a status typed on the
    Commitments sheet in the same workbook wins over it.
    """
    for commitment_id, added in new_updates.items():
        commitment = built.records[commitment_id]
        assert isinstance(commitment, Commitment)
        if commitment_id in explicit:
            continue
        newest = max(added, key=lambda pair: pair[0].date)
        if all(newest[0].date >= u.date for u in commitment.updates):
            if commitment.status != newest[0].status:
                built.derived[newest[1]] = FieldChange(
                    "Commitment status", commitment.status.label, newest[0].status.label)
            commitment.status = newest[0].status


class _Pending:
    """Validation's view of the store with the workbook's records already in it."""

    def __init__(self, store: Store, built: Built) -> None:
        self.store = store
        self.records = built.records
        self.gone = {r.id for r, _ in built.deletes}

    def today(self) -> date:
        return self.store.today()

    def partnership_of(self, kind: str, record_id: str) -> str | None:
        pending = self.records.get(record_id)
        if pending is not None and kind == pending.KIND:
            return getattr(pending, "partnership_id", None) or ""
        if record_id in self.gone:
            return None
        return self.store.partnership_of(kind, record_id)

    def roundtable_numbers(self, partnership_id: str, *, exclude: str) -> set[int]:
        numbers = {r.id: r.number for r in self.store.list(
            Roundtable, Filters(partnership=partnership_id))}
        for r in self.records.values():
            if isinstance(r, Roundtable):
                numbers.pop(r.id, None)
                if r.partnership_id == partnership_id:
                    numbers[r.id] = r.number
        numbers.pop(exclude, None)
        return set(numbers.values())

    def partnership_for_country(self, country_code: str, *, exclude: str) -> str | None:
        return self.store.partnership_for_country(country_code, exclude=exclude)

    def caption(self, kind: str, record_id: str) -> str | None:
        pending = self.records.get(record_id)
        if pending is not None and kind == pending.KIND:
            return pending.caption
        return None if record_id in self.gone else self.store.caption(kind, record_id)


_SHEET_OF: dict[type[Record], Sheet] = {s.record: s for s in SHEETS if s.parent is None}
_PART_SHEETS: dict[str, Sheet] = {s.part_of: s for s in SHEETS if s.parent is not None}


def check(store: Store, built: Built) -> list[Problem]:
    """The core validation of every record the workbook adds or changes, placed on its rows."""
    lookup = _Pending(store, built)
    problems = []
    for record in built.records.values():
        for error in validate(record, lookup):
            problems.append(_place(built, record, error.field, error.message))
    return problems


def _place(built: Built, record: Record, field_name: str, message: str) -> Problem:
    sheet = _SHEET_OF[type(record)]
    rows = built.rows.get(record.id, [])
    if field_name in _PART_SHEETS:
        part_sheet = _PART_SHEETS[field_name]
        part_rows = [k for k in rows if k[0] == part_sheet.name]
        if part_rows:
            return Problem(part_sheet.name, part_rows[0][1], None, message)
    main = built.main_row.get(record.id)
    column = next((c.header for c in sheet.columns if c.field == field_name), None)
    if main is not None:
        return Problem(main[0], main[1], column, message)
    key = rows[0] if rows else (sheet.name, 0)
    return Problem(key[0], key[1] or None, None, translate("Core",
        "{label} '{caption}': {field}: {message}").format(
        label=record_label(record), caption=record.caption, field=field_name.replace("_", " "),
        message=message))


class _Rollback(Exception):
    """Raised to undo a rehearsal."""


def rehearse_deletes(store: Store, built: Built) -> list[Problem]:
    """Try each deletion in a transaction that is always rolled back; report refusals."""
    problems: list[Problem] = []
    if not built.deletes:
        return problems
    try:
        with store.transaction():
            for record, key in ordered_deletes(built):
                try:
                    store.delete(record)
                except UserError as exc:
                    problems.append(Problem(key[0], key[1], "Delete", str(exc)))
            raise _Rollback
    except _Rollback:
        pass
    return problems


def ordered_deletes(built: Built) -> list[tuple[Record, RowKey]]:
    return sorted(built.deletes, key=lambda pair: DELETE_ORDER.index(type(pair[0])))
