"""An edited register workbook back into the store: a preview first, then one transaction.

The rules a person can rely on:

* rows are matched by the `id` column; a row without an id is a new record;
* a new activity or commitment can be given a reference in an optional `ref`
  column (or be named by its row, `row 12`), which its new funding lines or
  progress updates, on their sheets, give in place of the parent's id;
* an empty cell keeps what is stored; the text `(clear)` empties a field;
* a removed row deletes nothing; `yes` in the `Delete` column deletes;
* grey (read-only) columns are ignored; a cell that still reads as the
  exporter wrote it is no change, even where the export had to alter it;
* nothing is written unless every row is valid, and then all of it is written
  in one transaction, recorded in the change history as `import:<file name>`.

`preview_import` reads and checks everything and writes nothing: sheet-level
checks, then the core validation (`tpdesk.models.validation.validate`) of
each record as it would be saved, seeing the workbook's other new and changed
records. Deletions are rehearsed inside a transaction that is always rolled
back, since only the store knows what still refers to a record.
`apply_import` takes the preview, and optionally rows to leave out, and
applies it against the store as it is then.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..export.office_guard import DEFAULT_LIMITS, Limits
from ..export.xlsx_cells import as_text, export_text
from ..export.xlsx_layout import (
    ACTIVITIES,
    COMMITMENTS,
    FUNDING,
    ORGANISATIONS,
    PROGRESS,
    ROUNDTABLES,
    SHEETS,
    YES,
    Column,
    Kind,
    Sheet,
)
from ..export.xlsx_parse import CellError, Resolver, cleared, is_blank, is_clear, parse
from ..export.xlsx_read import ROWS_PER_STEP, Row, SheetRows, open_workbook
from ..models.changes import Changes
from ..models.content import RegisterLookups
from ..models.errors import UserError
from ..models.l10n import translate
from ..models.mapping import chunks
from ..models.queries import Filters
from ..models.records import (
    Activity,
    Organisation,
    Partnership,
    Record,
    Roundtable,
    new_id,
    record_label,
)
from ..models.register import lookups
from ..models.store import Store
from .stores import Progress, no_progress
from .xlsx_plan import (
    PART_NOUN,
    SAVE_ORDER,
    Built,
    Edit,
    FieldChange,
    Problem,
    RowKey,
    build,
    check,
    ordered_deletes,
    rehearse_deletes,
)

__all__ = ["FieldChange", "ImportPreview", "ImportResult", "Problem", "RowChange", "RowKey",
           "apply_import", "preview_import"]

# Sheets are read in this order so that rows can name organisations and
# roundtables that the same workbook adds, and so a commitment's own status
# is known before its new progress updates are.
_ORDER = (ORGANISATIONS, ROUNDTABLES, ACTIVITIES, COMMITMENTS, FUNDING, PROGRESS)
REF = "ref"  # the optional column naming a new row for its part rows
_ROW_REF = re.compile(r"row ?(\d+)")
_PARENTS: dict[Any, Sheet] = {ACTIVITIES.record: ACTIVITIES, COMMITMENTS.record: COMMITMENTS}
_NO_WORDS = frozenset({"", "no", "n", "false", "0"})
_YES_WORDS = frozenset({YES, "y", "true", "x", "1", "delete"})

@dataclass(frozen=True)
class RowChange:
    """One row that will change the register: new, update or delete."""

    sheet: str
    row: int
    action: str
    caption: str
    changes: tuple[FieldChange, ...] = ()
    parent: RowKey | None = None  # the new record's row this new part belongs to

    @property
    def key(self) -> RowKey:
        return (self.sheet, self.row)

    @property
    def where(self) -> str:
        return f"{self.sheet} row {self.row}"

@dataclass
class ImportPreview:
    """What importing a workbook would do; apply it with `apply_import`."""

    path: Path
    changes: list[RowChange]
    unchanged: int
    errors: list[Problem]
    warnings: list[Problem]
    edits: list[Edit] = field(repr=False)

    @property
    def source(self) -> str:
        """How the change history names this import."""
        return f"import:{self.path.name}"

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def summary(self) -> str:
        errors = len(self.errors)
        return (f"{self.path.name}: {self.count('new')} new, {self.count('update')} updated,"
                f" {self.count('delete')} deleted, {self.unchanged} unchanged,"
                f" {errors} error{'' if errors == 1 else 's'}")

    def children(self) -> dict[RowKey, list[RowChange]]:
        """The new parts of each new record, by the record's row: the tree it will create."""
        tree: dict[RowKey, list[RowChange]] = {}
        for change in self.changes:
            if change.parent is not None:
                tree.setdefault(change.parent, []).append(change)
        return tree

    def lines(self) -> Iterator[str]:
        """The preview for a terminal: the summary, each change (a new record with its new
        parts beneath it), warnings, then errors."""
        yield self.summary()
        tree = self.children()
        for change in self.changes:
            if change.parent is not None:
                continue
            yield f"  {change.action:<7} {change.sheet} row {change.row}: {change.caption}"
            for f in change.changes:
                yield f"            {f.column}: {f.old or '(empty)'} -> {f.new or '(empty)'}"
            for part in tree.get(change.key, []):
                yield f"            + {part.action} {part.sheet} row {part.row}"
        for problem in self.warnings:
            yield f"warning: {problem}"
        for problem in self.errors:
            yield f"error: {problem}"


@dataclass(frozen=True)
class ImportResult:
    new: int
    updated: int
    deleted: int
    source: str
    changes: Changes = field(default_factory=Changes)

    def summary(self) -> str:
        return (f"imported {self.new} new, {self.updated} updated, {self.deleted} deleted"
                f" ({self.source})")


# -- preview ---------------------------------------------------------------------


PROGRESS_SCALE = 1000  # a preview reports per mille: rows are not known before the scans


def preview_import(store: Store, path: str | os.PathLike[str], *,
                   allow_duplicates: bool = False, limits: Limits = DEFAULT_LIMITS,
                   progress: Progress = no_progress) -> ImportPreview:
    """Read and check a workbook; write nothing. Raise UserError if it is not one to read.

    The rows stream from the file a batch at a time, each batch compared with
    the stored records it names, fetched together, so memory holds a batch
    and what changes, not the workbook or the register. `progress` runs to
    PROGRESS_SCALE over the rows; raising from it stops the preview within a
    batch, with nothing to clean up.
    """
    path = Path(path)
    progress(0, PROGRESS_SCALE)
    reader = _Reader(store, allow_duplicates=allow_duplicates)
    with open_workbook(path, [s.name for s in SHEETS], limits=limits,
                       tick=lambda: progress(0, PROGRESS_SCALE)) as sheets:
        if not sheets:
            names = ", ".join(s.name for s in SHEETS)
            raise UserError(translate("Core",
                "{name} has none of the register's sheets ({names}): is it a "
                "workbook exported by tpdesk?").format(name=path.name, names=names))
        rows = sum(data.total for data in sheets.values()) + 1
        done = 0

        def reading(n: int) -> None:
            progress(PROGRESS_SCALE * (done + n) // rows, PROGRESS_SCALE)

        for sheet in _ORDER:
            if sheet.name in sheets:
                reader.read(sheet, sheets[sheet.name], progress=reading)
                done += sheets[sheet.name].total
    if reader.edits:
        built = build(store, reader.edits, leave_out=set(), failed=reader.failed_rows)
        reader.errors += built.problems
        reader.errors += check(store, built)
        reader.errors += rehearse_deletes(store, built)
        reader.note_derived(built)
    progress(PROGRESS_SCALE, PROGRESS_SCALE)
    order = {s.name: i for i, s in enumerate(_ORDER)}
    reader.errors.sort(key=lambda p: (order.get(p.sheet, -1), p.row or 0))
    return ImportPreview(path=path, changes=reader.changes, unchanged=reader.unchanged,
                         errors=reader.errors, warnings=reader.warnings, edits=reader.edits)


class _Reader:
    """Turns each sheet's rows into edits, or into problems where the rows are."""

    def __init__(self, store: Store, *, allow_duplicates: bool) -> None:
        self.store = store
        self.allow_duplicates = allow_duplicates
        self.names: RegisterLookups = lookups(store)
        self.resolver = _resolver(store)
        self.edits: list[Edit] = []
        self.changes: list[RowChange] = []
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.unchanged = 0
        self.failed_rows: set[RowKey] = set()
        self.new_keys: dict[tuple[str, str, str], int] = {}  # likely-duplicate check
        self.deleted: dict[str, int] = {}  # record id -> row deleting it
        self.refs: dict[tuple[str, str], int] = {}  # (sheet, ref) -> the new row giving it
        self.new_rows: dict[RowKey, tuple[str, str]] = {}  # new row -> (record id, caption)
        self.ref_column: dict[str, int] = {}  # sheet -> index of its optional ref column

    # sheet level

    def read(self, sheet: Sheet, data: SheetRows, *,
             progress: Callable[[int], None]) -> None:
        columns = self._columns(sheet, data)
        if columns is None:
            return
        formulas: dict[int, list[str]] = {}
        for row, col in data.scan.formulas_without_value:
            column = columns.get(col - 1)
            if column is not None and column.editable:
                formulas.setdefault(row, []).append(column.header)
        seen: dict[str, int] = {}
        ref = self.ref_column.get(sheet.name)
        for batch in chunks(data, ROWS_PER_STEP):
            progress(batch[0][0] - 1)
            stored = self._stored(sheet, batch, columns)
            for number, values in batch:
                cells = {c.header: values[i] for i, c in columns.items() if i < len(values)}
                if ref is not None and ref < len(values):
                    cells[REF] = values[ref]
                bad = formulas.get(number)
                if bad:
                    for header in bad:
                        self._fail(sheet, number, header, translate("Core",
                            "holds a formula with no saved result: type the value, "
                            "or open and save the file in Excel or LibreOffice first"))
                    continue
                self._row(sheet, number, cells, stored, seen)

    def _columns(self, sheet: Sheet, data: SheetRows) -> dict[int, Column] | None:
        """Column index -> column, or None (with problems) if the header row is wrong."""
        wanted = {_header_key(c.header): c for c in sheet.columns}
        found: dict[int, Column] = {}
        unknown: list[tuple[int, str]] = []
        errors = len(self.errors)
        merged = [m for m in data.scan.merged if _in_first_row(m)]
        if merged:
            self._problem(sheet, 1, None, translate("Core",
                "merged header cells ({cells}): unmerge them so each column has its "
                "own header").format(cells=', '.join(merged)))
            return None
        for i, header in enumerate(data.headers):
            if header is None:
                if any(h is not None for h in data.headers[i + 1:]):
                    self._problem(sheet, 1, None, translate("Core",
                        "column {column} has no header").format(column=_letter(i)))
                continue
            column = wanted.get(_header_key(header))
            if column is None and _header_key(header) == REF and sheet in _PARENTS.values():
                self.ref_column[sheet.name] = i
            elif column is None:
                unknown.append((i, header))
            elif column in found.values():
                self._problem(sheet, 1, header, translate("Core", "this header appears twice"))
            else:
                found[i] = column
        missing = [c for c in sheet.columns if c.editable and c not in found.values()]
        for i, header in unknown:
            if missing:
                self._problem(sheet, 1, header, f"unknown column in {_letter(i)}: was it"
                              " renamed? Expected "
                              + ", ".join(f"'{c.header}'" for c in missing))
            else:
                self.warnings.append(Problem(sheet.name, 1, header,
                                             translate("Core", "not a register column; ignored")))
        for column in missing:
            self._problem(sheet, 1, None, translate("Core",
                "column '{header}' is missing").format(header=column.header))
        return None if len(self.errors) > errors else found

    def _stored(self, sheet: Sheet, batch: list[Row],
                columns: dict[int, Column]) -> dict[str, Any]:
        """The stored records (or parents, for part sheets) a batch of rows names, by id."""
        index = next(i for i, c in columns.items() if c.kind is (
            Kind.PARENT if sheet.parent else Kind.ID))
        ids = {as_text(values[index]) for _, values in batch
               if index < len(values) and not is_blank(values[index])}
        parts = {sheet.part_of} if sheet.parent else {c.field for c in sheet.columns}
        return self.store.find_many(sheet.parent or sheet.record, ids, include_deleted=True,
                                    parts=parts)

    # row level

    def _row(self, sheet: Sheet, number: int, cells: dict[str, Any],
             stored: dict[str, Any], seen: dict[str, int]) -> None:
        raw_id = cells.get("id")
        record_id = None if is_blank(raw_id) else as_text(raw_id)
        delete = self._delete_mark(sheet, number, cells.get("Delete"))
        if delete is None:
            return
        if record_id is not None:
            if record_id in seen:
                self._fail(sheet, number, "id", translate("Core",
                    "id {record_id} is also on row {row}").format(
                    record_id=record_id, row=seen[record_id]))
                return
            seen[record_id] = number
        if sheet.parent is not None:
            self._part_row(sheet, number, cells, stored, part_id=record_id, delete=delete)
            return
        old = stored.get(record_id) if record_id else None
        if record_id is not None:
            if old is None:
                self._fail(sheet, number, "id", translate("Core",
                    "no {label} with id {record_id} in the register").format(
                    label=record_label(sheet.record).lower(), record_id=record_id))
                return
            if old.deleted_at is not None:
                self._fail(sheet, number, "id", translate("Core",
                    "{label} '{caption}' was deleted; restore it first").format(
                    label=record_label(old), caption=old.caption))
                return
        if old is None and not self._note_ref(sheet, number, cells.get(REF)):
            return
        if delete:
            if old is None:
                self._fail(sheet, number, "Delete", translate("Core",
                    "a new row cannot be deleted"))
                return
            self.deleted[old.id] = number
            self._edit(Edit((sheet.name, number), sheet, "delete", old.id),
                       caption=old.caption)
            return
        values, changes = self._values(sheet, number, cells, old, old)
        if values is None:
            return
        if old is None:
            record_id = new_id()
            self._check_new(sheet, number, values)
            self._remember(sheet, record_id, values, old)
            caption = _new_caption(sheet, values)
            self.new_rows[(sheet.name, number)] = (record_id, caption)
            self._edit(Edit((sheet.name, number), sheet, "new", record_id, values=values),
                       caption=caption)
        elif changes:
            self._remember(sheet, old.id, values, old)
            self._edit(Edit((sheet.name, number), sheet, "update", old.id, values=values),
                       caption=old.caption, changes=changes)
        else:
            self.unchanged += 1

    def _part_row(self, sheet: Sheet, number: int, cells: dict[str, Any],
                  parents: dict[str, Any], *, part_id: str | None, delete: bool) -> None:
        assert sheet.parent is not None
        parent_column = next(c for c in sheet.columns if c.kind is Kind.PARENT)
        raw_parent = cells.get(parent_column.header)
        label = record_label(sheet.parent).lower()
        if is_blank(raw_parent):
            self._fail(sheet, number, parent_column.header, translate("Core",
                "is required: the id of the {label} (from the {sheet}s sheet)").format(
                label=label, sheet=sheet.parent.LABEL))
            return
        parent_id = as_text(raw_parent)
        parent = parents.get(parent_id)
        if parent is None and self._new_parent(sheet, raw_parent) is not None:
            self._new_part_row(sheet, number, cells, part_id=part_id, delete=delete)
            return
        if parent is None or parent.deleted_at is not None:
            self._fail(sheet, number, parent_column.header, translate("Core",
                "no {label} with id {parent_id} in the register").format(
                label=label, parent_id=parent_id))
            return
        if parent_id in self.deleted:
            self._fail(sheet, number, None, translate("Core",
                "its {label} is deleted on row {deleted}; leave this row unchanged").format(
                label=label, deleted=self.deleted[parent_id]))
            return
        parts = getattr(parent, sheet.part_of)
        old_part = None
        if part_id is not None:
            old_part = next((p for p in parts if p.id == part_id), None)
            if old_part is None:
                self._fail(sheet, number, "id", translate("Core",
                    "no {part_noun} with id {part_id} in {label} '{caption}'").format(
                    part_noun=translate("Core", PART_NOUN[sheet.part_of]), part_id=part_id,
                    label=label, caption=parent.caption))
                return
        caption = f"{parent.caption}"
        if delete:
            if old_part is None:
                self._fail(sheet, number, "Delete", translate("Core",
                    "a new row cannot be deleted"))
                return
            self._edit(Edit((sheet.name, number), sheet, "delete", parent_id, part_id),
                       caption=caption)
            return
        values, changes = self._values(sheet, number, cells,
                                       (parent, old_part) if old_part else None, parent)
        if values is None:
            return
        values.pop(parent_column.field, None)
        if old_part is None:
            self._edit(Edit((sheet.name, number), sheet, "new", parent_id, new_id(),
                             values=values), caption=caption)
        elif changes:
            self._edit(Edit((sheet.name, number), sheet, "update", parent_id, part_id,
                             values=values), caption=caption, changes=changes)
        else:
            self.unchanged += 1

    def _note_ref(self, sheet: Sheet, number: int, raw: Any) -> bool:
        """Keep a new row's ref for the part rows that name it; False if it is taken."""
        if is_blank(raw):
            return True
        key = (sheet.name, _header_key(as_text(raw)))
        if key in self.refs:
            self._fail(sheet, number, REF, translate("Core",
                "ref '{ref}' is also on row {row}").format(
                ref=as_text(raw), row=self.refs[key]))
            return False
        if _ROW_REF.fullmatch(key[1]):
            self._fail(sheet, number, REF, translate("Core",
                "'{ref}' looks like a row number: choose another ref").format(
                ref=as_text(raw)))
            return False
        self.refs[key] = number
        return True

    def _new_parent(self, sheet: Sheet, raw: Any) -> RowKey | None:
        """The new row on the parent's sheet a part row names by ref or `row N`, if any."""
        parent_sheet = _PARENTS[sheet.parent] if sheet.parent else None
        if parent_sheet is None:
            return None
        text = _header_key(as_text(raw))
        number = self.refs.get((parent_sheet.name, text))
        by_row = _ROW_REF.fullmatch(text)
        if number is None and by_row is not None:
            number = int(by_row.group(1))
            key = (parent_sheet.name, number)
            if key not in self.new_rows and key not in self.failed_rows:
                return None
        return None if number is None else (parent_sheet.name, number)

    def _new_part_row(self, sheet: Sheet, number: int, cells: dict[str, Any], *,
                      part_id: str | None, delete: bool) -> None:
        """A funding line or progress update of a record the same workbook adds."""
        assert sheet.parent is not None
        parent_column = next(c for c in sheet.columns if c.kind is Kind.PARENT)
        key = self._new_parent(sheet, cells.get(parent_column.header))
        assert key is not None
        label = record_label(sheet.parent).lower()
        if key not in self.new_rows:
            self._fail(sheet, number, parent_column.header, translate("Core",
                "the new {label} on {sheet} row {row} has errors: fix that row "
                "first").format(label=label, sheet=key[0], row=key[1]))
            return
        if delete or part_id is not None:
            self._fail(sheet, number, "Delete" if delete else "id", translate("Core",
                "a new {label}'s {part_noun} is new too: leave {column} empty").format(
                label=label, part_noun=translate("Core", PART_NOUN[sheet.part_of]),
                column="Delete" if delete else "id"))
            return
        values, _changes = self._values(sheet, number, cells, None, None)
        if values is None:
            return
        values.pop(parent_column.field, None)
        record_id, caption = self.new_rows[key]
        self._edit(Edit((sheet.name, number), sheet, "new", record_id, new_id(),
                        values=values), caption=caption, parent=key)

    def _values(self, sheet: Sheet, number: int, cells: dict[str, Any], old: Any,
                record: Any) -> tuple[dict[str, Any] | None, tuple[FieldChange, ...]]:
        """Field -> new value for the cells that change something (all given, for a new row)."""
        values: dict[str, Any] = {}
        changes: list[FieldChange] = []
        ok = True
        partnership = self._row_partnership(sheet, cells, record)
        for column in sheet.columns:
            if not column.field or column.kind is Kind.ID or column.header not in cells:
                continue
            raw = cells[column.header]
            try:
                if is_blank(raw) or (old is None and is_clear(raw)):
                    if old is None and column.required:
                        raise CellError(translate("Core", "is required in a new row"))
                    continue
                before = export_text(column.value(old, self.names)) if old is not None else ""
                if old is not None and as_text(raw) == before:
                    continue
                value = (cleared(column) if is_clear(raw) else
                         parse(column, raw, self.resolver, partnership_id=partnership))
            except CellError as exc:
                self._problem(sheet, number, column.header, str(exc))
                ok = False
                continue
            if old is not None:
                current = getattr(old[1] if isinstance(old, tuple) else old, column.field,
                                  None) if column.kind is not Kind.PARENT else None
                if value == current:
                    continue
                changes.append(FieldChange(column.header, before,
                                           "" if is_clear(raw) else as_text(raw)))
            values[column.field] = value
        if not ok:
            self.failed_rows.add((sheet.name, number))
            return None, ()
        return values, tuple(changes)

    def _row_partnership(self, sheet: Sheet, cells: dict[str, Any], record: Any) -> str | None:
        """The partnership a row belongs to: as typed in it, else as stored."""
        raw = cells.get("Partnership")
        if sheet.parent is None and not is_blank(raw) and not is_clear(raw):
            return self.resolver.partnerships.get(as_text(raw).upper())
        return getattr(record, "partnership_id", None) if record is not None else None

    def _delete_mark(self, sheet: Sheet, number: int, raw: Any) -> bool | None:
        word = as_text(raw).casefold()
        if word in _NO_WORDS:
            return False
        if word in _YES_WORDS:
            return True
        self._fail(sheet, number, "Delete", translate("Core",
            "'{value}': type {yes} to delete the record, or leave it empty").format(
            value=as_text(raw), yes=YES))
        return None

    def _check_new(self, sheet: Sheet, number: int, values: dict[str, Any]) -> None:
        """Flag a new row that looks like a stored record or an earlier new row."""
        field_name = {ACTIVITIES.name: "title", COMMITMENTS.name: "text",
                      ORGANISATIONS.name: "name"}.get(sheet.name)
        if field_name is None or not values.get(field_name):
            return
        text = " ".join(str(values[field_name]).split()).casefold()
        partnership = values.get("partnership_id", "")
        key = (sheet.name, partnership, text)
        column = next(c.header for c in sheet.columns if c.field == field_name)
        message = None
        if key in self.new_keys:
            message = f"same {column.lower()} as the new row {self.new_keys[key]}"
        else:
            self.new_keys[key] = number
            twin = self._stored_twin(sheet, partnership, text, values[field_name])
            if twin is not None:
                message = (f"likely a duplicate of the stored {twin.LABEL.lower()}"
                           f" '{twin.caption}' (id {twin.id})")
        if message is None:
            return
        if self.allow_duplicates:
            self.warnings.append(Problem(sheet.name, number, column, message))
        else:
            self._problem(sheet, number, column, message + "; give the row its id, or import"
                          " with duplicates allowed")

    def _stored_twin(self, sheet: Sheet, partnership: str, text: str,
                     typed: str) -> Record | None:
        cls: type[Record] = sheet.record
        if cls is Organisation:
            candidates: Sequence[Record] = self.store.list(Organisation)
        else:
            candidates = self.store.list(cls, Filters(partnership=partnership, text=typed),
                                         limit=50)
        for record in candidates:
            value = getattr(record, "name" if cls is Organisation else
                            "title" if cls is Activity else "text")
            if " ".join(value.split()).casefold() == text:
                return record
        return None

    def _remember(self, sheet: Sheet, record_id: str, values: dict[str, Any],
                  old: Any) -> None:
        """Let later rows name what this row adds or renames."""
        if sheet is ORGANISATIONS:
            self.resolver.add_organisation(record_id, values.get("name", ""),
                                           values.get("short_name", ""))
        elif sheet is ROUNDTABLES:
            partnership = values.get("partnership_id", getattr(old, "partnership_id", ""))
            number = values.get("number", getattr(old, "number", None))
            if number is not None:
                self.resolver.roundtables[(partnership, number)] = record_id

    def _edit(self, edit: Edit, *, caption: str, changes: tuple[FieldChange, ...] = (),
              parent: RowKey | None = None) -> None:
        self.edits.append(edit)
        self.changes.append(RowChange(edit.key[0], edit.key[1], edit.action, caption, changes,
                                      parent))

    def note_derived(self, built: Built) -> None:
        """Show, on the progress row, a commitment status that follows its newest update."""
        where = {row.key: i for i, row in enumerate(self.changes)}
        for key, change in built.derived.items():
            if key in where:
                row = self.changes[where[key]]
                self.changes[where[key]] = RowChange(row.sheet, row.row, row.action,
                                                     row.caption, (*row.changes, change),
                                                     row.parent)

    def _problem(self, sheet: Sheet, row: int | None, column: str | None, message: str
                 ) -> None:
        self.errors.append(Problem(sheet.name, row, column, message))

    def _fail(self, sheet: Sheet, row: int, column: str | None, message: str) -> None:
        self._problem(sheet, row, column, message)
        self.failed_rows.add((sheet.name, row))


def _resolver(store: Store) -> Resolver:
    resolver = Resolver(partnerships={p.country_code.upper(): p.id
                                      for p in store.list(Partnership)})
    for org in store.list(Organisation):
        resolver.add_organisation(org.id, org.name, org.short_name)
    for rt in store.list(Roundtable):
        resolver.roundtables[(rt.partnership_id, rt.number)] = rt.id
    return resolver


def _new_caption(sheet: Sheet, values: dict[str, Any]) -> str:
    for name in ("title", "text", "name", "place", "note", "programme"):
        if values.get(name):
            text = str(values[name])
            return text if len(text) <= 80 else text[:79] + "…"
    return "(new)"


def _header_key(header: str) -> str:
    return " ".join(header.split()).casefold()


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter  # openpyxl is slow to import: only on use

    return str(get_column_letter(index + 1))


def _in_first_row(ref: str) -> bool:
    first = ref.replace("$", "").split(":")[0]
    return first.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "1"


# -- building records from edits ------------------------------------------------------

# -- apply ------------------------------------------------------------------------


def apply_import(store: Store, preview: ImportPreview, *,
                 leave_out: Collection[RowKey] = ()) -> ImportResult:
    """Write the previewed changes, less the rows left out, in one transaction: all or nothing.

    The records are read again from the store, so edits made since the
    preview to other fields are kept; anything now invalid stops the import
    with nothing written.
    """
    if preview.errors:
        count = len(preview.errors)
        raise UserError(translate("Core",
            "{name}: %Ln error(s) in the workbook; nothing imported", None, count).format(
            name=preview.path.name))
    leave = set(leave_out)
    leave |= {part.key for key, parts in preview.children().items() if key in leave
              for part in parts}
    with store.transaction(source=preview.source):
        built = build(store, preview.edits, leave_out=leave)
        problems = built.problems + check(store, built)
        if problems:
            extra = len(problems) - 1
            more = translate("Core", " (and %Ln more)", None, extra) if extra else ""
            raise UserError(translate("Core",
                "{problems}{more}; nothing imported").format(problems=problems[0], more=more))
        gone = {r.id for r, _ in built.deletes}
        saves = sorted((r for r in built.records.values() if r.id not in gone),
                       key=lambda r: SAVE_ORDER.index(type(r)))
        store.save_many(saves, source=preview.source)
        deletes = [record for record, _key in ordered_deletes(built)]
        for record in deletes:
            store.delete(record)
    applied = [c for c in preview.changes if c.key not in leave]
    return ImportResult(new=sum(c.action == "new" for c in applied),
                        updated=sum(c.action == "update" for c in applied),
                        deleted=sum(c.action == "delete" for c in applied),
                        source=preview.source, changes=Changes.of([*saves, *deletes]))
