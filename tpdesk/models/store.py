"""The local store: one SQLite file, opened, migrated and written safely.

`Store` is the API for the register: typed methods take and return the
dataclasses of `records`, validate before writing, keep the change history
and the search index in the same short transaction as the change itself.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import functools
import itertools
import json
import os
import shutil
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from . import cells, files, mapping, references
from .clock import Clock, Stamp, replica_of, wall_ms
from .connection import connect, is_plain, sqlite
from .database import Connection
from .errors import (
    DamagedError,
    FilterError,
    MissingDatabaseError,
    StoreError,
    UserError,
    ValidationError,
    VersionConflictError,
)
from .history import Change, log_rows
from .keys import DataKey, key_file
from .l10n import translate
from .queries import (
    COMMITMENT_FACETS,
    DEFAULT_ORDER,
    SORT_KEYS,
    Filters,
    SavedSearch,
    activity_facets,
    commitment_facets,
    where,
)
from .records import (
    RECORD_TYPES,
    Activity,
    Commitment,
    Note,
    Organisation,
    Pack,
    Partnership,
    ProgressUpdate,
    Record,
    record_label,
)
from .references import Reference
from .schema import APPLICATION_ID, expected_tables, known_steps, migrations
from .search import DOCUMENT_VERSION, SearchHit, document, match_expression, snippet
from .sqlite_errors import sqlite_user_error
from .validation import validate
from .vocab import CommitmentStatus

R = TypeVar("R", bound=Record)
T = TypeVar("T")
P = ParamSpec("P")
Ids = list[str]
_Entry = tuple[Record, str, str | None, str | None, str | None]  # a history entry

# Kinds saved in bulk by save_many: none points at its own kind, and none needs more than
# `_save_one` gives every record (notes and packs take their partnership from what they
# point at, roadmaps guard their objectives, roundtable numbers and partner countries
# must be unique among the records being saved).
_BULK_KINDS = frozenset({Activity, Commitment, Organisation})
SEARCH_CANDIDATES = 5000
# Below this many matches a page is sorted from the matches, not walked to in list order.
FEW_MATCHES = 500
# The narrow filter rows of a kind (schema steps *_filter_facets) and their list order.
_FACETS: dict[type[Record], tuple[str, str]] = {
    Activity: ("activity_filter", "f.undated, f.start_date, f.title, f.id"),
    Commitment: ("commitment_filter", "f.undated, f.due_date, f.text, f.id"),
}
BUSY_TIMEOUT_MS = 5000  # how long a writer waits for another's lock
WAL_SIZE_LIMIT = 64 * 1024 * 1024  # the WAL is cut back to this after a checkpoint


def _table(cls: type[Record]) -> str:
    return cls.KIND


def _guarded(method: Callable[Concatenate[Store, P], T]) -> Callable[Concatenate[Store, P], T]:
    """Run a store method under `_translated(store.path)`."""
    @functools.wraps(method)
    def guarded(self: Store, /, *args: P.args, **kwargs: P.kwargs) -> T:
        with _translated(self.path):
            return method(self, *args, **kwargs)
    return guarded


class Store:
    """An open tpdesk database. Use one per thread; close it when done."""

    def __init__(self, path: str | os.PathLike[str], *, user: str | None = None,
                 create: bool = True, today: Callable[[], date] | None = None,
                 readonly: bool = False, key: DataKey | None = None,
                 fallback_user: str = "unknown") -> None:
        self.path = Path(path)
        self.key = key  # None for a plain database
        self._today = today or date.today
        self._clock: str | None = None
        self._hlc: Clock | None = None
        self._source = ""
        # The last narrow-row count or text matches read, until the data changes (_kept).
        self._last_count: tuple[tuple[str, tuple[Any, ...]], tuple[int, int], Any] | None = None
        self.readonly = readonly or _read_only_place(self.path)
        created = not self.path.exists()
        self.db = Connection(_connect(self.path, create=create, readonly=self.readonly,
                                      key=key))
        try:
            if _prepare(self.db, self.path, readonly=self.readonly, created=created, key=key,
                        inspecting=readonly):
                self._migrate()
            # Who writes: the name the caller was given (the app's preference,
            # $TPDESK_USER), else the person named in this copy's identity, else
            # the caller's fallback (the login), so the history names people.
            self.user = user or self.meta("person") or fallback_user
        except BaseException:
            self.db.close()
            raise

    # -- lifecycle ---------------------------------------------------------

    def _migrate(self) -> None:
        """The pending schema steps, then the derived data rebuilt, in one transaction.

        The steps are frozen SQL; the search index is derived data, so it is
        rebuilt by today's `search.document()`, the code that keeps it in step
        with every save, when it was built by another (`DOCUMENT_VERSION`).
        An interrupted upgrade leaves the file as it was.
        """
        with _translated(self.path), _immediate(self.db):
            migrations.apply(self.db.database)
            self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.db.execute(f"PRAGMA user_version = {len(known_steps())}")
            if self.meta("search_document") != DOCUMENT_VERSION:
                self.rebuild_search_index()
                self.db.execute("INSERT OR REPLACE INTO replica_meta (key, value)"
                                " VALUES ('search_document', ?)", [DOCUMENT_VERSION])

    def close(self) -> None:
        """Close the file; `PRAGMA optimize` first keeps the planner's statistics current."""
        if not self.readonly:
            with contextlib.suppress(sqlite.Error):
                self.db.execute("PRAGMA optimize")
        self.db.close()

    def suspend(self) -> None:
        """Close the file while the app is locked; `resume` reopens it with the same key holder.

        Everything holding this Store (views, editors, the session) keeps it,
        so unlocking continues where the user was.
        """
        self.close()

    def resume(self) -> None:
        self._last_count = None  # a new connection starts its change counters afresh
        self.db = Connection(_connect(self.path, create=False, readonly=self.readonly,
                                      key=self.key))
        _prepare(self.db, self.path, readonly=self.readonly, created=False, key=self.key,
                 inspecting=False)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def today(self) -> date:
        return self._today()

    def translating(self) -> contextlib.AbstractContextManager[None]:
        """SQLite errors raised by code reading `db` directly become one-line user errors.

        The store's own methods do this already; queries written elsewhere
        (the checks, the briefing queries) run under it through the factory.
        """
        return _translated(self.path)

    def now(self) -> str:
        """UTC time stamp of a write: ISO 8601 with milliseconds."""
        if self._clock is not None:
            return self._clock
        return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")

    @contextlib.contextmanager
    def as_of(self, stamp: str) -> Iterator[None]:
        """Write with a fixed time stamp: the demo data uses it to lay out a past."""
        previous, self._clock = self._clock, stamp
        try:
            yield
        finally:
            self._clock = previous

    # -- identity and clock ---------------------------------------------

    @_guarded
    def meta(self, key: str) -> str:
        """One value of this copy's identity (replica_id, register_id, person...); '' if unset."""
        row = self.db.execute("SELECT value FROM replica_meta WHERE key = ?", [key]).fetchone()
        return "" if row is None else str(row[0])

    @_guarded
    def set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute("INSERT OR REPLACE INTO replica_meta (key, value) VALUES (?, ?)",
                            [key, value])

    @property
    def replica_id(self) -> str:
        return self.clock.replica

    @property
    def clock(self) -> Clock:
        """This copy's hybrid logical clock, past every stamp the history holds."""
        if self._hlc is None:
            with _translated(self.path):
                row = self.db.execute("SELECT max(hlc) FROM change_log").fetchone()
            last = Stamp.parse(row[0]) if row and row[0] else None
            self._hlc = Clock(self.meta("replica_id"), last=last,
                              physical=lambda: wall_ms(self.now()))
        return self._hlc

    @contextlib.contextmanager
    def transaction(self, *, source: str = "", savepoint: bool = True) -> Iterator[None]:
        """Group writes all-or-nothing; `source` tells the history where they came from.

        A transaction with a source (an import, the demo data) may hold the
        write lock for long: it says so beside the file (`files.announced_writer`).
        Inside another it is a savepoint, so that a caller may catch its failure
        and go on; `savepoint=False` leaves all-or-nothing to the outer one.
        """
        previous, self._source = self._source, source or self._source
        outermost = not self.db.conn.in_transaction
        try:
            with _translated(self.path), _immediate(self.db, savepoint=savepoint), (
                    files.announced_writer(self.path, self._writer(source))
                    if source and outermost else contextlib.nullcontext()):
                yield
        finally:
            self._source = previous

    def _writer(self, source: str) -> str:
        since = datetime.now().strftime("%H:%M")
        return f"{self.user} ({source}, since {since})"

    # -- reading -----------------------------------------------------------

    def find(self, cls: type[R], record_id: str, *, include_deleted: bool = False) -> R | None:
        sql = f"SELECT * FROM {_table(cls)} WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        found = self._load(cls, self._rows(sql, [record_id]))
        return found[0] if found else None

    def find_many(self, cls: type[R], ids: Iterable[str], *, include_deleted: bool = True,
                  parts: Collection[str] | None = None) -> dict[str, R]:
        """These records by id, deleted ones included unless told not, a batch of ids per
        query; ids not stored are left out.

        `parts` names the list attributes stored in tables of their own to
        read (None: all); the others come back empty, which is quicker for a
        caller that compares a few fields, and wrong for one that saves.
        """
        found: dict[str, R] = {}
        live = "" if include_deleted else " AND deleted_at IS NULL"
        for batch in mapping.chunks(ids):
            marks = ", ".join("?" * len(batch))
            found.update((r.id, r) for r in self._load(cls, self._rows(
                f"SELECT * FROM {_table(cls)} WHERE id IN ({marks}){live}", batch),
                parts=parts))
        return found

    @_guarded
    def existing_ids(self, cls: type[Record], ids: Iterable[str]) -> set[str]:
        """Which of these ids are stored, deleted or not: cheap, no record is loaded."""
        found: set[str] = set()
        for batch in mapping.chunks(ids):
            marks = ", ".join("?" * len(batch))
            rows = self.db.execute(f"SELECT id FROM {_table(cls)} WHERE id IN ({marks})", batch)
            found.update(str(r[0]) for r in rows.fetchall())
        return found

    def find_by_iati(self, identifier: str) -> Activity | None:
        """The live activity an IATI import made from this iati-identifier."""
        found = self._load(Activity, self._rows(
            "SELECT * FROM activity WHERE iati_identifier = ? AND deleted_at IS NULL",
            [identifier]))
        return found[0] if found else None

    @_guarded
    def iati_identifiers(self) -> set[str]:
        """Every iati-identifier of a live activity: an import looks up only those."""
        rows = self.db.execute("SELECT iati_identifier FROM activity WHERE iati_identifier"
                               " IS NOT NULL AND deleted_at IS NULL").fetchall()
        return {str(r[0]) for r in rows}

    def get(self, cls: type[R], record_id: str) -> R:
        record = self.find(cls, record_id)
        if record is None:
            raise UserError(translate("Core",
                "no {label} with id {record_id}").format(
                label=record_label(cls).lower(), record_id=record_id))
        return record

    def list(self, cls: type[R], filters: Filters | None = None, *,
             order_by: str | None = None, descending: bool = False,
             limit: int | None = None, offset: int = 0) -> builtins.list[R]:
        """Live records matching the filters, in a stable order, one page at a time."""
        return self._load(cls, self._rows(*self.list_query(
            cls, filters, order_by=order_by, descending=descending, limit=limit,
            offset=offset)))

    def list_query(self, cls: type[Record], filters: Filters | None = None, *,
                   order_by: str | None = None, descending: bool = False,
                   limit: int | None = None, offset: int = 0
                   ) -> tuple[str, builtins.list[Any]]:
        """The SQL and parameters `list` runs for its rows (benchmarks time it bare)."""
        f = filters or Filters()
        if self._faceted(cls, f) and order_by is None and limit is not None:
            return self._facet_page(cls, f, limit=limit, offset=offset)
        clauses, params = self._where(cls, f)
        sql = (f"SELECT t.* FROM {_table(cls)} t WHERE {' AND '.join(clauses)}"
               f" ORDER BY {_order(cls, order_by, descending)}")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return sql, params

    def count_query(self, cls: type[Record], filters: Filters | None = None
                    ) -> tuple[str, builtins.list[Any]]:
        """The SQL and parameters `count` runs."""
        f = filters or Filters()
        if cls in _FACETS and not f.given():  # one row per live record: the count of an index
            return f"SELECT count(*) FROM {_FACETS[cls][0]}", []
        if self._faceted(cls, f):
            facets, params = self._facets(cls, f)
            return (f"SELECT count(*) FROM {_FACETS[cls][0]} f WHERE {' AND '.join(facets)}",
                    params)
        clauses, params = self._where(cls, f)
        return f"SELECT count(*) FROM {_table(cls)} t WHERE {' AND '.join(clauses)}", params

    @_guarded
    def position(self, cls: type[Record], record_id: str, filters: Filters | None = None, *,
                 order_by: str | None = None, descending: bool = False) -> int | None:
        """Where a record stands in `list` with the same arguments; None if it is not there.

        Lets a table that shows a window of a long list jump to a record
        without reading the rows before it.
        """
        clauses, params = self._where(cls, filters or Filters())
        sql = (f"SELECT n FROM (SELECT t.id, row_number() OVER"
               f" (ORDER BY {_order(cls, order_by, descending)}) - 1 AS n"
               f" FROM {_table(cls)} t WHERE {' AND '.join(clauses)}) WHERE id = ?")
        row = self.db.execute(sql, [*params, record_id]).fetchone()
        return None if row is None else int(row[0])

    def count(self, cls: type[Record], filters: Filters | None = None) -> int:
        f = filters or Filters()
        sql, params = self.count_query(cls, f)
        if self._faceted(cls, f) and "text" in f.given():
            return len(self._text_matches(cls, f))
        if self._faceted(cls, f):
            return self._facet_count(sql, params)
        with _translated(self.path):
            return int(self.db.execute(sql, params).fetchone()[0])

    def _facet_count(self, sql: str, params: builtins.list[Any]) -> int:
        """A count of narrow filter rows, kept until the data changes.

        A table asks for the count, then its first page, which needs the same
        count to choose its index, so the second is read back.
        """
        return int(self._kept((sql, tuple(params)), lambda: self.db.execute(
            sql, params).fetchone()[0]))

    def _text_matches(self, cls: type[Record], f: Filters) -> builtins.list[int]:
        """The narrow rows (`n`) that filters with a text filter keep, kept until the data changes.

        The full-text match is what such a list costs: it is matched once, with
        the other filters, for the count, and the first page reads the rows
        back instead of matching again.
        """
        table = _FACETS[cls][0]
        facets, params = self._facets(cls, f)
        sql = f"SELECT f.n FROM {table} f WHERE {' AND '.join(facets)}"
        return list(self._kept((sql, tuple(params)), lambda: [
            int(r[0]) for r in self.db.execute(sql, params).fetchall()]))

    def _kept(self, key: tuple[str, tuple[Any, ...]], read: Callable[[], Any]) -> Any:
        """What `read` returns for `key`, read again only once the data changed.

        A write by this connection (total_changes) or another (data_version)
        drops it; one answer is kept, the last one asked for.
        """
        with _translated(self.path):
            version = (self.db.conn.total_changes,
                       self.db.execute("PRAGMA data_version").fetchone()[0])
            if self._last_count is not None and self._last_count[:2] == (key, version):
                return self._last_count[2]
            value = read()
            self._last_count = (key, version, value)
            return value

    def partnership_by_code(self, code: str) -> Partnership:
        found = self._rows("SELECT * FROM partnership WHERE country_code = ?"
                           " AND deleted_at IS NULL", [code.strip().upper()])
        if not found:
            raise UserError(translate("Core", "no partnership with {code!r}").format(code=code))
        return self._load(Partnership, found)[0]

    @_guarded
    def sectors(self) -> builtins.list[str]:
        """The sectors of common interest named by live partnerships, for pick lists."""
        rows = self.db.execute("SELECT DISTINCT value FROM partnership, json_each(sectors)"
                               " WHERE deleted_at IS NULL ORDER BY lower(value)").fetchall()
        return [str(r[0]) for r in rows]

    def notes_on(self, record_id: str) -> builtins.list[Note]:
        rows = self._rows("SELECT * FROM note WHERE target_id = ? AND deleted_at IS NULL"
                          " ORDER BY created_at", [record_id])
        return self._load(Note, rows)

    @_guarded
    def links(self, record: Record) -> builtins.list[Record]:
        """Live records this one refers to, then those that refer to it (notes aside)."""
        found: dict[str, Record] = {}
        for ref in references.references_from(type(record)):
            if ref.cascade:
                continue
            for target_id in references.ids_in(ref, record):
                for kind in ref.targets:
                    cls = RECORD_TYPES.get(kind)
                    target = self.find(cls, target_id) if cls is not None else None
                    if target is not None:
                        found.setdefault(target.id, target)
        for user, _ in self._referrers(references.targets_of(record)):
            found.setdefault(user.id, user)
        found.pop(record.id, None)
        return builtins.list(found.values())

    def search(self, text: str, *, limit: int = 50, partnership_id: str | None = None,
               kinds: Sequence[str] | None = None) -> builtins.list[SearchHit]:
        """Records containing every word of `text`, best first, with a snippet.

        Ranking (bm25, titles weighing ten times the body) costs per match, so
        it runs over at most SEARCH_CANDIDATES matches, the most recently
        written first: exact for all but words found in thousands of records,
        and quick whatever the size of the register.
        """
        matching = _search_matches(text, partnership_id, kinds)
        if matching is None:
            return []
        join, where_extra, params = matching
        ranked = (f"SELECT c.docid, c.score FROM (SELECT search_fts.rowid AS docid,"
                  f" bm25(search_fts, 10.0, 1.0) AS score FROM search_fts{join}"
                  f" WHERE search_fts MATCH ?{where_extra}"
                  f" ORDER BY search_fts.rowid DESC LIMIT {SEARCH_CANDIDATES}) c"
                  " ORDER BY c.score, c.docid DESC LIMIT ?")
        with _translated(self.path):
            scores = dict(self.db.execute(ranked, [*params, limit]).fetchall())
            if not scores:
                return []
            marks = ", ".join("?" * len(scores))
            rows = self.db.execute(
                "SELECT f.rowid, d.record_kind, d.record_id, d.partnership_id, f.title, f.body"
                " FROM search_fts f JOIN search_doc d ON d.docid = f.rowid"
                f" WHERE f.rowid IN ({marks})", list(scores)).fetchall()
        hits = {r[0]: SearchHit(kind=r[1], id=r[2], partnership_id=r[3],
                                title=self._note_title(r[2]) if r[1] == "note" else r[4],
                                snippet=snippet(r[5], text) or snippet(r[4], text),
                                score=scores[r[0]]) for r in rows}
        return [hits[docid] for docid in scores if docid in hits]

    @_guarded
    def search_count(self, text: str, *, partnership_id: str | None = None,
                     kinds: Sequence[str] | None = None) -> int:
        """How many records `search` would find with no limit: the true total to show."""
        matching = _search_matches(text, partnership_id, kinds)
        if matching is None:
            return 0
        join, where_extra, params = matching
        return int(self.db.execute(f"SELECT count(*) FROM search_fts{join}"
                                   f" WHERE search_fts MATCH ?{where_extra}",
                                   params).fetchone()[0])

    def _note_title(self, note_id: str) -> str:
        note = self.get(Note, note_id)
        target_cls = RECORD_TYPES.get(note.target_kind)
        target = self.find(target_cls, note.target_id) if target_cls else None
        return f"Note on {target.caption}" if target else "Note"

    def changes(self, *, since: str, partnership_id: str | None = None,
                until: str | None = None) -> builtins.list[Change]:
        """The change history from `since` (a date or time stamp), oldest first."""
        sql = "SELECT * FROM change_log WHERE at >= ?"
        params: builtins.list[Any] = [since]
        if until is not None:
            sql += " AND at < ?"
            params.append(until)
        if partnership_id is not None:
            sql += " AND partnership_id = ?"
            params.append(partnership_id)
        return [Change.from_row(r) for r in self._rows(sql + " ORDER BY at, id", params)]

    def history_of(self, record_id: str) -> builtins.list[Change]:
        rows = self._rows("SELECT * FROM change_log WHERE record_id = ? ORDER BY at, id",
                          [record_id])
        return [Change.from_row(r) for r in rows]

    @_guarded
    def saved_searches(self, kind: str | None = None) -> builtins.list[SavedSearch]:
        """The named filters, by kind then name; those of one kind if given."""
        sql = "SELECT * FROM saved_search"
        params: builtins.list[Any] = []
        if kind is not None:
            sql += " WHERE kind = ?"
            params.append(kind)
        rows = self.db.execute(sql + " ORDER BY kind, name COLLATE NOCASE", params).fetchall()
        return [SavedSearch(id=r[0], name=r[2], kind=r[3],
                            filters=SavedSearch.filters_from_json(r[4])) for r in rows]

    def save_search(self, search: SavedSearch) -> SavedSearch:
        """Store named filters; the same name for the same kind replaces the older one."""
        name = " ".join(search.name.split())
        if not name:
            raise UserError(translate("Core", "a saved search needs a name"))
        cls = RECORD_TYPES.get(search.kind)
        if cls is None:
            raise UserError(translate("Core",
                "saved search {name!r}: unknown record kind {kind!r}").format(
                name=name, kind=search.kind))
        self._where(cls, search.filters)  # refuses filters that do not apply to the kind
        with self.transaction():
            self.db.execute("DELETE FROM saved_search WHERE kind = ? AND name = ? AND id != ?",
                            [search.kind, name, search.id])
            self.db.execute("INSERT OR REPLACE INTO saved_search (id, created_at, name, kind,"
                            " filters) VALUES (?, ?, ?, ?, ?)",
                            [search.id, self.now(), name, search.kind, search.to_json()])
        return dataclasses.replace(search, name=name)

    def delete_search(self, search_id: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM saved_search WHERE id = ?", [search_id])

    # -- writing -----------------------------------------------------------

    def save(self, record: R, *, expected_version: int | None = None) -> R:
        """Insert or update one record; raise ValidationError and write nothing if invalid.

        With `expected_version` (the version the caller read; 0 for a record it
        believes new) the save is a compare-and-set: if another write came in
        between, VersionConflictError, and nothing is written.
        """
        with self.transaction():
            try:
                return self._save_one(record, expected_version=expected_version)
            except sqlite.IntegrityError as exc:
                raise UserError(translate("Core",
                    "{label} '{caption}' could not be saved: {exc}").format(
                    label=record_label(record), caption=record.caption, exc=exc)) from exc

    def save_many(self, records: Iterable[R], *, source: str = "") -> builtins.list[R]:
        """Save records in one transaction: all of them, or none if any is invalid.

        Consecutive activities, commitments or organisations (what imports
        bring by the thousand) are written together: validated one by one as
        `save` does, then read, written, logged and indexed with one statement
        per table (`_save_run`), several times quicker. The result is the
        same as saving them one after another.
        """
        # No savepoint inside a caller's transaction (an import's): SQLite keeps a copy
        # of every page a savepoint's writes change (in memory: temp_store) and walks that
        # journal from its start after each statement, so an import of 3,293 edited rows
        # at 100,000 activities took 190 s and 859 MiB instead of 30 s.
        with self.transaction(source=source, savepoint=False):
            saved: builtins.list[R] = []
            for cls, run in itertools.groupby(records, key=type):
                batch = builtins.list(run)
                ids = {r.id for r in batch}
                if cls in _BULK_KINDS and len(batch) > 1 and len(ids) == len(batch):
                    saved += self._save_run(cls, batch)
                    continue
                for record in batch:
                    try:
                        saved.append(self._save_one(record))
                    except sqlite.IntegrityError as exc:
                        raise UserError(translate("Core",
                            "{label} '{caption}' could not be saved: {exc}").format(
                            label=record_label(record), caption=record.caption, exc=exc)) from exc
            return saved

    def _save_run(self, cls: type[R], records: builtins.list[R]) -> builtins.list[R]:
        """`_save_one` for many records of a kind that never points at its own kind.

        That is what lets each be validated before any of the run is written.
        """
        lookup = _RunLookup(self)
        for record in records:
            errors = validate(record, lookup)
            if errors:
                raise ValidationError(errors)
        olds = self.find_many(cls, [r.id for r in records], include_deleted=True)
        stamp = self.now()
        table = _table(cls)
        inserts, updates, result = [], [], []
        stamped: builtins.list[tuple[Record, Iterable[str], builtins.list[_Entry]]] = []
        for record in records:
            old = olds.get(record.id)
            if old is None:
                saved = dataclasses.replace(record, created_at=stamp, updated_at=stamp,
                                            deleted_at=None, row_version=1)
                inserts.append(saved)
                stamped.append((saved, ["*"], [(saved, "insert", None, None, saved.caption)]))
            else:
                if old.deleted_at is not None:
                    raise UserError(translate("Core",
                        "{label} '{caption}' was deleted; restore it first").format(
                        label=record_label(cls), caption=old.caption))
                before, after = mapping.snapshot(old), mapping.snapshot(record)
                changed = [k for k in after if after[k] != before[k]]
                if not changed:
                    result.append(old)
                    continue
                saved = dataclasses.replace(record, created_at=old.created_at,
                                            updated_at=stamp, deleted_at=None,
                                            row_version=old.row_version + 1)
                updates.append(saved)
                stamped.append((saved, cells.changed(cells.cells(old), cells.cells(saved)),
                                [(saved, "update", k, before[k], after[k]) for k in changed]))
            result.append(saved)
        written = [*inserts, *updates]
        try:
            if inserts:
                rows = [mapping.to_row(r) for r in inserts]
                self.db.conn.executemany(_insert_sql(table, rows[0])[0],
                                         [builtins.list(r.values()) for r in rows])
            if updates:
                rows = [mapping.to_row(r) for r in updates]
                names = [k for k in rows[0] if k != "id"]
                self.db.conn.executemany(
                    f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in names)} WHERE id = ?",
                    [[r[k] for k in names] + [r["id"]] for r in rows])
            self._write_parts_of(cls, written, replacing=[r.id for r in updates])
        except sqlite.IntegrityError as exc:
            raise UserError(translate("Core",
                "{count} {label} records could not be saved: {exc}").format(
                count=len(written), label=record_label(cls).lower(), exc=exc)) from exc
        for saved_record, fields, entries in stamped:  # each its own tick, as one by one
            hlc = self.clock.tick()
            self._stamp(saved_record, fields, hlc, who=self.user)
            self._log(entries, stamp, hlc)
        self._index_many(written)
        return result

    def _write_parts_of(self, cls: type[Record], records: Sequence[Record], *,
                        replacing: builtins.list[str]) -> None:
        """The part rows and tags of many records (no roadmaps), old ones removed first."""
        for batch in mapping.chunks(replacing):
            marks = ", ".join("?" * len(batch))
            for part in mapping.PARTS.get(cls, ()):
                self.db.execute(f"DELETE FROM {part.table} WHERE {part.fk} IN ({marks})", batch)
            self.db.execute(f"DELETE FROM tag WHERE record_id IN ({marks})", batch)
        by_table: dict[str, builtins.list[dict[str, Any]]] = defaultdict(builtins.list)
        for record in records:
            for table, rows in mapping.part_rows(record).items():
                by_table[table] += rows
        for table, rows in by_table.items():
            if rows:
                self.db.conn.executemany(_insert_sql(table, rows[0])[0],
                                         [builtins.list(r.values()) for r in rows])
        self.db.conn.executemany("INSERT INTO tag (record_id, tag) VALUES (?, ?)",
                                 [(r.id, t) for r in records for t in dict.fromkeys(r.tags)])

    def delete(self, record: Record, *,
               clear_references: bool = False) -> builtins.list[Record]:
        """Tombstone a record and the notes on it; refuse while live records still use it.

        With `clear_references`, what uses it is edited first, in the same
        transaction, each an ordinary edit in the history (`references.cleared`);
        a reference its record cannot do without still refuses. Returns the
        records so edited, as they were before, so that an undo can put them back.
        """
        cls = type(record)
        with self.transaction():
            current = self.find(cls, record.id)
            if current is None:
                raise UserError(translate("Core",
                    "{label} '{caption}' is already deleted").format(
                    label=record_label(cls), caption=record.caption))
            targets = references.targets_of(current)
            users = self._referrers(targets)
            what = f"{record_label(cls)} '{current.caption}'"
            if users and not clear_references:
                raise references.refusal(
                    what, [u for u, _ in users],
                    clearable=all(r.clearable for _, refs in users for r in refs))
            blocking = [u for u, refs in users if not all(r.clearable for r in refs)]
            if blocking:
                raise references.refusal(what, blocking, clearable=False, clearing=True)
            gone = {i for _, ids in targets for i in ids}
            for user, refs in users:
                self._save_one(references.cleared(user, refs, gone))
            stamp = self.now()
            self._set_deleted(current, stamp)
            for cascaded in self._cascaded(current):
                self._set_deleted(cascaded, stamp)
            return [u for u, _ in users]

    def delete_many(self, records: Sequence[Record], *,
                    clear_references: bool = False) -> builtins.list[Record]:
        """Delete several records in one transaction: all of them, or none if one refuses.

        Returns the records whose references were cleared, each as it was
        before the first clearing, for an undo to put back.
        """
        edited: dict[str, Record] = {}
        with self.transaction():
            for record in records:
                for user in self.delete(record, clear_references=clear_references):
                    edited.setdefault(user.id, user)
        return builtins.list(edited.values())

    @_guarded
    def trash(self) -> builtins.list[Record]:
        """Deleted records, most recently deleted first, until the trash is emptied.

        A note deleted with the record it is on is left out: it comes back
        when that record is restored.
        """
        found: builtins.list[Record] = []
        gone: set[str] = set()
        for cls in RECORD_TYPES.values():
            rows = self._rows(f"SELECT * FROM {_table(cls)} WHERE deleted_at IS NOT NULL")
            records = self._load(cls, rows)
            gone.update(r.id for r in records)
            found += records
        found = [r for r in found if not (isinstance(r, Note) and r.target_id in gone)]
        return sorted(found, key=lambda r: (r.deleted_at or "", r.id), reverse=True)

    def tombstones(self) -> builtins.list[tuple[str, str, str]]:
        """Every deleted record still stored: (kind, id, the clock stamp of its deletion)."""
        found = []
        for kind, cls in RECORD_TYPES.items():
            found += [(kind, str(r[0]), str(r[1] or "")) for r in self.db.execute(
                f"SELECT t.id, coalesce(d.hlc, s.hlc) FROM {_table(cls)} t"
                " LEFT JOIN field_clock d ON d.record_kind = ? AND d.record_id = t.id"
                f" AND d.field = '{cells.DELETED}'"
                " LEFT JOIN field_clock s ON s.record_kind = ? AND s.record_id = t.id"
                " AND s.field = '*' WHERE t.deleted_at IS NOT NULL", [kind, kind]).fetchall()]
        return found

    def empty_trash(self, *, held_by: Iterable[Mapping[str, str]] = ()) -> int:
        """Remove deleted records for good; returns how many were removed.

        Only the tombstones that every vector in `held_by` covers go (the other
        copies this one exchanges with: `replicas.empty_trash`); the rest stay
        in the trash until those copies have learnt of the deletion. The cells'
        clock stamps stay, so a stale file's older edits cannot bring a purged
        record back (`merge`). A live record still pointing at one of them stops
        the whole emptying.
        """
        vectors = builtins.list(held_by)
        gone: dict[str, builtins.list[str]] = defaultdict(builtins.list)
        for kind, record_id, hlc in self.tombstones():
            replica = Stamp.parse(hlc).replica if hlc else ""
            if not hlc or all(hlc <= v.get(replica, "") for v in vectors):
                gone[kind].append(record_id)
        removed = 0
        with self.transaction():
            self.db.execute("PRAGMA defer_foreign_keys = ON")
            for kind, cls in RECORD_TYPES.items():
                table = _table(cls)
                ids = gone[kind]
                for batch in mapping.chunks(ids):
                    marks = ", ".join("?" * len(batch))
                    for part in mapping.PARTS.get(cls, ()):
                        self.db.execute(f"DELETE FROM {part.table} WHERE {part.fk}"
                                        f" IN ({marks})", batch)
                    self.db.execute(f"DELETE FROM tag WHERE record_id IN ({marks})", batch)
                    self.db.execute(f"DELETE FROM {table} WHERE id IN ({marks})", batch)
                removed += len(ids)
            broken = self.db.execute("PRAGMA foreign_key_check").fetchone()
            if broken is not None:
                raise UserError(translate("Core",
                    "the trash cannot be emptied: a live {kind} record still "
                    "refers to a deleted {target}; run 'tpdesk check'").format(
                    kind=broken[0], target=broken[2]))
        return removed

    def restore(self, cls: type[R], record_id: str) -> R:
        """Bring back a tombstoned record and the notes deleted with it."""
        with self.transaction():
            old = self.find(cls, record_id, include_deleted=True)
            if old is None or old.deleted_at is None:
                raise UserError(translate("Core",
                    "no deleted {label} with id {record_id}").format(
                    label=record_label(cls).lower(), record_id=record_id))
            stamp = old.deleted_at
            live = dataclasses.replace(old, deleted_at=None)
            self._check(live)
            self._set_deleted(live, None)
            for cascaded in self._cascaded(live, deleted_at=stamp):
                self._set_deleted(dataclasses.replace(cascaded, deleted_at=None), None)
            return live

    def add_progress(self, commitment_id: str, *, status: CommitmentStatus, note: str = "",
                     on: str | None = None, by: str | None = None) -> Commitment:
        """Append a dated progress update; the commitment takes the update's status."""
        with self.transaction():
            commitment = self.get(Commitment, commitment_id)
            update = ProgressUpdate(date=on or self.today().isoformat(), status=status,
                                    note=note, by=by or self.user)
            changed = dataclasses.replace(commitment, updates=[*commitment.updates, update])
            if update.date >= max((u.date for u in commitment.updates), default=""):
                changed.status = status
            return self._save_one(changed)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read transaction: what this connection reads stays one moment of the file.

        It takes no lock a writer waits for (in WAL mode); inside a transaction
        it is that transaction's own view. Only its own statements name this
        database in an error: what fails inside it (a copy to a full disk) is
        named by the caller.
        """
        if self.db.conn.in_transaction:
            yield
            return
        with _translated(self.path):
            self.db.execute("BEGIN DEFERRED")
        try:
            with _translated(self.path):
                self.db.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # starts the read
            yield
        finally:
            if self.db.conn.in_transaction:
                with _translated(self.path):
                    self.db.execute("ROLLBACK")

    def fold_wal(self) -> None:
        """After a long read: copy the WAL into the file and empty it, if no one is using it.

        While a read is open, other writers' pages pile up in the WAL (hundreds
        of MB during a long export); checkpoints then catch up, but the file
        keeps its size. This asks for the TRUNCATE checkpoint without waiting:
        if another connection is busy, it does what it can now (journal_size_limit
        trims the rest at the next write).
        """
        if self.readonly or self.db.conn.in_transaction:
            return
        with _translated(self.path):
            self.db.execute("PRAGMA busy_timeout = 0")
            try:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def backup(self, destination: str | os.PathLike[str], *,
               progress: Callable[[int, int], None] | None = None,
               timeout: float | None = None) -> Path:
        """A consistent, standalone copy of the live database (`files.write_copy`).

        The copy is read from one snapshot held for its whole length: without
        it, each write by another connection (the app open on the same file,
        an import) restarts the copy from the first page, and under a steady
        writer it never finishes. In WAL mode the snapshot blocks no writer.
        """
        target = Path(destination)
        if not str(destination).strip() or target.is_dir():
            raise UserError(translate("Core",
                "{where}: name a file for the backup, not a folder").format(
                where=str(destination) or translate("Core", "(empty)")))
        if target.resolve() == self.path.resolve():
            raise UserError(translate("Core",
                "{target}: a backup cannot overwrite the database itself").format(target=target))
        if not target.parent.is_dir():
            raise UserError(translate("Core",
                "{target}: folder {parent} does not exist").format(
                target=target, parent=target.parent))
        try:
            with _translated(target), self.snapshot():
                copy = files.write_copy(self.db.conn, target, progress=progress,
                                        timeout=timeout,
                                        key=None if self.key is None else self.key.raw)
            self.fold_wal()
            return copy
        except OSError as exc:
            raise UserError(translate("Core",
                "{target}: the backup cannot be written ({reason})").format(
                target=target, reason=exc.strerror or exc)) from exc

    # -- lookups used by validation ---------------------------------------

    @_guarded
    def partnership_of(self, kind: str, record_id: str) -> str | None:
        cls = RECORD_TYPES.get(kind)
        if kind in references.OWNED:
            sql = references.owner_partnership_sql(kind)
        elif cls is None:
            return None
        elif cls is Partnership:
            sql = "SELECT id FROM partnership WHERE id = ? AND deleted_at IS NULL"
        elif "partnership_id" in {c.name for c in mapping.columns(cls)}:
            sql = (f"SELECT coalesce(partnership_id, '') FROM {_table(cls)}"
                   " WHERE id = ? AND deleted_at IS NULL")
        else:
            sql = f"SELECT '' FROM {_table(cls)} WHERE id = ? AND deleted_at IS NULL"
        row = self.db.execute(sql, [record_id]).fetchone()
        return None if row is None else str(row[0])

    def caption(self, kind: str, record_id: str) -> str | None:
        """A live record's caption, for messages that name it (validation's Lookup)."""
        cls = RECORD_TYPES.get(kind)
        record = self.find(cls, record_id) if cls is not None else None
        return record.caption if record is not None else None

    @_guarded
    def roundtable_numbers(self, partnership_id: str, *, exclude: str) -> set[int]:
        rows = self.db.execute(
            "SELECT number FROM roundtable WHERE partnership_id = ? AND id != ?"
            " AND deleted_at IS NULL", [partnership_id, exclude]).fetchall()
        return {int(r[0]) for r in rows}

    @_guarded
    def partnership_for_country(self, country_code: str, *, exclude: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM partnership WHERE country_code = ? AND id != ?"
            " AND deleted_at IS NULL", [country_code, exclude]).fetchone()
        return None if row is None else str(row[0])

    # -- internals ---------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> builtins.list[dict[str, Any]]:
        with _translated(self.path):
            cursor = self.db.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _where(self, cls: type[Record], f: Filters) -> tuple[Ids, builtins.list[Any]]:
        if self._faceted(cls, f):
            facets, params = self._facets(cls, f)
            return (["t.deleted_at IS NULL", f"t.id IN (SELECT f.id FROM {_FACETS[cls][0]} f"
                     f" WHERE {' AND '.join(facets)})"], params)
        ids: builtins.list[str] = []
        if f.partnership is not None:
            ids = [self._resolve_partnership(f.partnership)]
        match = match_expression(f.text) if f.text is not None else None
        return where(cls, f, today=self.today(), partnership_ids=ids, match=match)

    @staticmethod
    def _faceted(kind: type[Record], f: Filters) -> bool:
        """Whether the kind's narrow filter rows answer these filters (none given: no need)."""
        given = set(f.given())
        return bool(given) and (kind is Activity or (kind is Commitment
                                                     and given <= COMMITMENT_FACETS))

    def _facets(self, cls: type[Record], f: Filters
                ) -> tuple[builtins.list[str], builtins.list[Any]]:
        """Filters as conditions on the kind's narrow filter rows (alias f)."""
        ids = [self._resolve_partnership(f.partnership)] if f.partnership is not None else []
        match = match_expression(f.text) if f.text is not None else None
        if cls is Commitment:
            return commitment_facets(f, self._filter_codes, today=self.today(),
                                     partnership_ids=ids, match=match)
        return activity_facets(f, self._filter_codes, partnership_ids=ids, match=match)

    def _filter_codes(self, kind: str, value: str) -> builtins.list[int]:
        collate = " COLLATE NOCASE" if kind == "sector" else ""
        rows = self.db.execute("SELECT code FROM filter_code WHERE kind = ?"
                               f" AND value = ?{collate}", [kind, value]).fetchall()
        return [int(row[0]) for row in rows]

    def _facet_page(self, cls: type[Record], f: Filters, *, limit: int, offset: int
                    ) -> tuple[str, builtins.list[Any]]:
        """A page of filtered records in the default order, read from the narrow filter rows.

        Many matches: walk the index kept in list order until the page is full.
        Few: take them from the index of codes and sort just those (walking the
        whole order for a handful would read every row). The count decides; it
        reads one narrow index. With a text filter the rows the count matched
        are read back (json_each), not matched again.
        """
        table, order = _FACETS[cls]
        if "text" in f.given():
            found = self._text_matches(cls, f)
            condition, params = "f.n IN (SELECT value FROM json_each(?))", [json.dumps(found)]
            many = len(found) >= FEW_MATCHES
            index = f"INDEXED BY {table}_order " if many else ""
        else:
            facets, params = self._facets(cls, f)
            condition = " AND ".join(facets)
            many = self._facet_count(f"SELECT count(*) FROM {table} f WHERE {condition}",
                                     params) >= FEW_MATCHES
            index = f"INDEXED BY {table}_{'order' if many else 'codes'} "
        sql = (f"SELECT t.* FROM {_table(cls)} t WHERE t.id IN (SELECT f.id FROM {table} f"
               f" {index}WHERE {condition} ORDER BY {order} LIMIT ? OFFSET ?)"
               f" ORDER BY {DEFAULT_ORDER[cls]}, t.id")
        return sql, [*params, limit, offset]

    @_guarded
    def _resolve_partnership(self, code_or_id: str) -> str:
        row = self.db.execute(
            "SELECT id FROM partnership WHERE (id = ? OR country_code = ?)"
            " AND deleted_at IS NULL", [code_or_id, code_or_id.strip().upper()]).fetchone()
        if row is None:
            raise FilterError("partnership", code_or_id, translate(
                "Core", "no partnership with code {code!r}").format(code=code_or_id))
        return str(row[0])

    def _load(self, cls: type[R], rows: builtins.list[dict[str, Any]], *,
              parts: Collection[str] | None = None) -> builtins.list[R]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        read: dict[str, dict[str, builtins.list[Any]]] = defaultdict(dict)
        for part in mapping.PARTS.get(cls, ()):
            if parts is not None and part.attr not in parts:
                for record_id in ids:
                    read[record_id][part.attr] = part.from_rows([])
                continue
            grouped: dict[str, builtins.list[dict[str, Any]]] = defaultdict(list)
            for batch in mapping.chunks(ids):
                marks = ", ".join("?" * len(batch))
                for r in self._rows(f"SELECT * FROM {part.table} WHERE {part.fk} IN ({marks})"
                                    f" ORDER BY {part.fk}, position", batch):
                    grouped[r[part.fk]].append(r)
            for record_id in ids:
                read[record_id][part.attr] = part.from_rows(grouped.get(record_id, []))
        tags: dict[str, builtins.list[str]] = defaultdict(list)
        for batch in mapping.chunks(ids):
            marks = ", ".join("?" * len(batch))
            for r in self._rows(f"SELECT record_id, tag FROM tag WHERE record_id IN ({marks})"
                                " ORDER BY tag", batch):
                tags[r["record_id"]].append(r["tag"])
        try:
            return [mapping.from_row(cls, r, read[r["id"]], tags[r["id"]])  # type: ignore[misc]
                    for r in rows]
        except (ValueError, TypeError, KeyError) as exc:
            raise StoreError(_unreadable(cls).format(path=self.path, exc=exc)) from exc

    def _check(self, record: Record) -> None:
        errors = validate(record, self)
        if errors:
            raise ValidationError(errors)

    def _save_one(self, record: R, *, expected_version: int | None = None) -> R:
        cls = type(record)
        self._check(record)
        stored = self.db.execute(f"SELECT 1 FROM {_table(cls)} WHERE id = ?",
                                 [record.id]).fetchone()
        old = self.find(cls, record.id, include_deleted=True) if stored else None
        if expected_version is not None and (old.row_version if old else 0) != expected_version:
            what = f"{record_label(cls)} '{record.caption}'"
            message = (translate("Core", "{what} was changed by another edit or a merge since "
                                 "it was opened") if old
                       else translate("Core", "{what} is no longer there"))
            raise VersionConflictError(message.format(what=what), current=old)
        stamp = self.now()
        if isinstance(record, Note):
            record = dataclasses.replace(
                record, partnership_id=self.partnership_of(record.target_kind,
                                                           record.target_id) or None)
        elif isinstance(record, Pack) and record.roundtable_id:
            record = dataclasses.replace(
                record, partnership_id=self.partnership_of("roundtable", record.roundtable_id))
        if old is None:
            saved = dataclasses.replace(record, created_at=stamp, updated_at=stamp,
                                        deleted_at=None, row_version=1)
            self.db.execute(*_insert_sql(_table(cls), mapping.to_row(saved)))
            self._write_parts(saved, first=True)
            self._write_tags(saved, first=True)
            hlc = self.clock.tick()
            self._stamp(saved, ["*"], hlc, who=self.user)
            self._log([(saved, "insert", None, None, saved.caption)], stamp, hlc)
        else:
            if old.deleted_at is not None:
                raise UserError(translate("Core",
                    "{label} '{caption}' was deleted; restore it first").format(
                    label=record_label(cls), caption=old.caption))
            before, after = mapping.snapshot(old), mapping.snapshot(record)
            changed = [k for k in after if after[k] != before[k]]
            if not changed:
                return old
            saved = dataclasses.replace(record, created_at=old.created_at, updated_at=stamp,
                                        deleted_at=None, row_version=old.row_version + 1)
            self._update_row(saved)
            self._write_parts(saved, first=False)
            self._write_tags(saved, first=False)
            hlc = self.clock.tick()
            self._stamp(saved, cells.changed(cells.cells(old), cells.cells(saved)), hlc,
                        who=self.user)
            self._log([(saved, "update", k, before[k], after[k]) for k in changed], stamp, hlc)
        self._index(saved)
        return saved

    def write_merged(self, old: Record | None, new: Record, stamps: dict[str, tuple[str, str]],
                     *, orders: Mapping[str, Any] | None = None) -> Record:
        """Write a record as a merge made it, with the stamps and authors of its cells.

        `orders`: the values of the order cells written, kept beside their
        stamps (`merge._clocks` says why); without, the order as shown.

        No validation and no refusal: the merge decides by clock, and every copy
        must reach the same state whatever each would have refused (`tpdesk
        check` reports what needs attention). History entries carry the
        newest cell's stamp and author, under the transaction's source.
        """
        newest, who = max(stamps.values())
        hlc = Stamp.parse(newest)
        now = self.now()
        if old is None:
            saved = dataclasses.replace(new, created_at=now, updated_at=now, row_version=1)
            self.db.execute(*_insert_sql(_table(type(new)), mapping.to_row(saved)))
            self._write_parts(saved, first=True)
            self._write_tags(saved, first=True)
            entries: builtins.list[_Entry] = [(saved, "insert", None, None, saved.caption)]
        else:
            saved = dataclasses.replace(new, created_at=old.created_at, updated_at=now,
                                        row_version=old.row_version + 1)
            touched = {name.split(":")[0] for name in stamps}  # only what the merge changed
            before_row = mapping.to_row(old)
            # Columns whose value is the same are left out: an index or trigger over them
            # is not rewritten (a newer stamp often brings the value already held).
            self._update_row(saved, only={"updated_at", "row_version"} | {
                k for k, v in mapping.to_row(saved).items()
                if (k in touched or k == "deleted_at") and v != before_row.get(k)})
            self._write_parts(saved, first=False, checked=False, only=touched)
            if "tags" in touched:
                self._write_tags(saved, first=False)
            before, after = mapping.snapshot(old, touched), mapping.snapshot(saved, touched)
            entries = [(saved, "update", k, before[k], after[k]) for k in after
                       if after[k] != before[k]]
            if (old.deleted_at is None) != (saved.deleted_at is None):
                entries.append((saved, "restore", None, None, saved.caption)
                               if saved.deleted_at is None
                               else (saved, "delete", None, saved.caption, None))
        common = Counter(s for s, _ in stamps.values()).most_common(1)[0][0]
        orders = orders or {}
        rows = [(f, s, w) for f, (s, w) in stamps.items()
                if old is not None or s != common or f in orders]
        if old is None:
            rows.append(("*", common, next(w for s, w in stamps.values() if s == common)))
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO field_clock (record_kind, record_id, field, hlc, replica_id,"
            " who, value) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(saved.KIND, saved.id, f, s, replica_of(s), w,
              json.dumps(orders[f], ensure_ascii=False) if f in orders else None)
             for f, s, w in rows])
        self._log(entries, hlc.moment, hlc, who=who or self.user)
        if saved.deleted_at is None:
            self._index(saved)
        else:
            self._unindex(saved.id)
        return saved

    def touch(self, record: Record, fields: Iterable[str]) -> None:
        """Stamp cells anew without changing them: a value chosen again must win again."""
        with self.transaction():
            self.db.execute(f"UPDATE {_table(type(record))} SET row_version = row_version + 1"
                            " WHERE id = ?", [record.id])
            self._stamp(record, fields, self.clock.tick(), who=self.user)

    def _update_row(self, record: Record, *, only: set[str] | None = None) -> None:
        row = mapping.to_row(record)
        if only is not None:
            row = {k: v for k, v in row.items() if k in only or k == "id"}
        sets = ", ".join(f"{k} = ?" for k in row if k != "id")
        self.db.execute(f"UPDATE {_table(type(record))} SET {sets} WHERE id = ?",
                        [v for k, v in row.items() if k != "id"] + [record.id])

    def _stamp(self, record: Record, fields: Iterable[str], hlc: Stamp, *, who: str) -> None:
        """The clock stamps of the cells a write changed (`*`: every cell of a new record)."""
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO field_clock (record_kind, record_id, field, hlc, replica_id,"
            " who) VALUES (?, ?, ?, ?, ?, ?)",
            [(record.KIND, record.id, f, str(hlc), hlc.replica, who) for f in fields])

    def _write_parts(self, record: Record, *, first: bool, checked: bool = True,
                     only: set[str] | None = None) -> None:
        parts = mapping.PARTS.get(type(record), ())
        tables = {p.table for p in parts if only is None or p.attr in only}
        for table, rows in mapping.part_rows(record).items():
            if table not in tables:
                continue
            fk = rows[0] if rows else None
            if table == "objective":
                # Objectives are pointed at by activities and commitments: one in
                # use cannot be removed, and a removed one stays as a tombstone.
                keep = [r["id"] for r in rows]
                if checked:
                    self._refuse_removing_used_objectives(record, keep)
                marks = ", ".join("?" * len(keep)) or "''"
                self.db.execute(f"UPDATE objective SET deleted_at = ? WHERE roadmap_id = ?"
                                f" AND deleted_at IS NULL AND id NOT IN ({marks})",
                                [self.now(), record.id, *keep])
                for r in rows:
                    self.db.execute(*_insert_sql(table, r, upsert=True))
                continue
            if not first:
                part = next(p for p in mapping.PARTS[type(record)] if p.table == table)
                self.db.execute(f"DELETE FROM {table} WHERE {part.fk} = ?", [record.id])
            if fk is not None:
                sql, _ = _insert_sql(table, rows[0])
                self.db.conn.executemany(sql, [list(r.values()) for r in rows])

    def _write_tags(self, record: Record, *, first: bool) -> None:
        if not first:
            self.db.execute("DELETE FROM tag WHERE record_id = ?", [record.id])
        self.db.conn.executemany("INSERT INTO tag (record_id, tag) VALUES (?, ?)",
                                 [(record.id, t) for t in dict.fromkeys(record.tags)])

    def _set_deleted(self, record: Record, stamp: str | None) -> None:
        now = self.now()
        self.db.execute(f"UPDATE {_table(type(record))} SET deleted_at = ?, updated_at = ?,"
                        " row_version = row_version + 1 WHERE id = ?", [stamp, now, record.id])
        hlc = self.clock.tick()
        self._stamp(record, [cells.DELETED], hlc, who=self.user)
        if stamp is None:
            self._log([(record, "restore", None, None, record.caption)], now, hlc)
            self._index(record)
        else:
            self._log([(record, "delete", None, record.caption, None)], now, hlc)
            self._unindex(record.id)

    def _log(self, entries: builtins.list[_Entry],
             stamp: str, hlc: Stamp, *, who: str | None = None) -> None:
        self.db.conn.executemany(*log_rows(entries, at=stamp, who=who or self.user,
                                           source=self._source, hlc=str(hlc)))

    def rebuild_search_index(self) -> int:
        """Index every live record afresh, oldest write first as saves would; returns how many.

        Run after migrating; safe at any time (`tpdesk check` would report a
        stale index), inside the caller's transaction if there is one.
        """
        kinds = list(RECORD_TYPES)
        union = " UNION ALL ".join(
            f"SELECT updated_at, {i} AS kind, id FROM {kind} WHERE deleted_at IS NULL"
            for i, kind in enumerate(kinds))
        with self.transaction():
            order = self.db.execute(f"SELECT kind, id FROM ({union}) ORDER BY updated_at, id"
                                    ).fetchall()
            self.db.execute("DELETE FROM search_fts")
            self.db.execute("DELETE FROM search_doc")
            indexed = 0
            for start in range(0, len(order), 500):
                batch = order[start:start + 500]
                loaded: dict[str, Record] = {}
                for i, kind in enumerate(kinds):
                    ids = [str(r[1]) for r in batch if r[0] == i]
                    if ids:
                        loaded.update(self._readable(RECORD_TYPES[kind], ids))
                for _, record_id in batch:
                    if record_id in loaded:
                        self._add_document(loaded[record_id])
                indexed += len(loaded)
        return indexed

    def _readable(self, cls: type[Record], ids: builtins.list[str]) -> dict[str, Record]:
        """These records by id, leaving out any that cannot be read (for `check` to name)."""
        def rows(batch: builtins.list[str]) -> builtins.list[dict[str, Any]]:
            marks = ", ".join("?" * len(batch))
            return self._rows(f"SELECT * FROM {_table(cls)} WHERE id IN ({marks})", batch)
        try:
            return {r.id: r for r in self._load(cls, rows(ids))}
        except StoreError:
            found: dict[str, Record] = {}
            for record_id in ids:
                with contextlib.suppress(StoreError):
                    found.update((r.id, r) for r in self._load(cls, rows([record_id])))
            return found

    def _index_many(self, records: Sequence[Record]) -> None:
        """`_index` for many records: their old documents out, the new ones in, in order."""
        for batch in mapping.chunks([r.id for r in records]):
            marks = ", ".join("?" * len(batch))
            docids = [r[0] for r in self.db.execute(
                f"SELECT docid FROM search_doc WHERE record_id IN ({marks})", batch).fetchall()]
            for ids in mapping.chunks(docids):
                gone = ", ".join("?" * len(ids))
                self.db.execute(f"DELETE FROM search_fts WHERE rowid IN ({gone})", ids)
                self.db.execute(f"DELETE FROM search_doc WHERE docid IN ({gone})", ids)
        first = int(self.db.execute("SELECT coalesce(max(docid), 0) FROM search_doc"
                                    ).fetchone()[0]) + 1
        docs, texts = [], []
        for docid, record in enumerate(records, start=first):
            title, body = document(record)
            partnership = (record.id if isinstance(record, Partnership)
                           else getattr(record, "partnership_id", None))
            docs.append((docid, record.KIND, record.id, partnership))
            texts.append((docid, title, body))
        self.db.conn.executemany("INSERT INTO search_doc (docid, record_kind, record_id,"
                                 " partnership_id) VALUES (?, ?, ?, ?)", docs)
        self.db.conn.executemany("INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
                                 texts)

    def _index(self, record: Record) -> None:
        self._unindex(record.id)
        self._add_document(record)

    def _add_document(self, record: Record) -> None:
        title, body = document(record)
        partnership = (record.id if isinstance(record, Partnership)
                       else getattr(record, "partnership_id", None))
        cursor = self.db.execute(
            "INSERT INTO search_doc (record_kind, record_id, partnership_id) VALUES (?, ?, ?)",
            [record.KIND, record.id, partnership])
        self.db.execute("INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
                        [cursor.lastrowid, title, body])

    def _unindex(self, record_id: str) -> None:
        row = self.db.execute("SELECT docid FROM search_doc WHERE record_id = ?",
                              [record_id]).fetchone()
        if row is not None:
            self.db.execute("DELETE FROM search_fts WHERE rowid = ?", [row[0]])
            self.db.execute("DELETE FROM search_doc WHERE docid = ?", [row[0]])

    def _referrers(self, targets: builtins.list[tuple[str, builtins.list[str]]]
                   ) -> builtins.list[tuple[Record, builtins.list[Reference]]]:
        """Live records that use any of these (kind, ids), each with the references it uses."""
        found: dict[str, tuple[type[Record], builtins.list[Reference]]] = {}
        for kind, ids in targets:
            for ref in references.references_to(kind):
                if ref.cascade:
                    continue
                for batch in mapping.chunks(ids):
                    for (user_id,) in self.db.execute(
                            *references.referrer_query(ref, kind, batch)).fetchall():
                        refs = found.setdefault(user_id, (ref.source, []))[1]
                        if ref not in refs:
                            refs.append(ref)
        by_kind: dict[type[Record], builtins.list[str]] = defaultdict(list)
        for user_id, (cls, _) in found.items():
            by_kind[cls].append(user_id)
        loaded: dict[str, Record] = {}
        for cls, ids in by_kind.items():
            for batch in mapping.chunks(ids):
                marks = ", ".join("?" * len(batch))
                loaded.update((r.id, r) for r in self._load(cls, self._rows(
                    f"SELECT * FROM {_table(cls)} WHERE id IN ({marks})", batch)))
        return [(loaded[i], refs) for i, (_, refs) in found.items() if i in loaded]

    def _cascaded(self, record: Record, *, deleted_at: str | None = None
                  ) -> builtins.list[Record]:
        """What is deleted and restored with a record (its notes): live, or deleted with it."""
        out: builtins.list[Record] = []
        for ref in references.references_to(record.KIND):
            if ref.cascade:
                sql, params = references.referrer_query(ref, record.KIND, [record.id],
                                                        deleted_at=deleted_at)
                ids = [str(r[0]) for r in self.db.execute(sql, params).fetchall()]
                out += [r for r in (self.find(ref.source, i, include_deleted=True)
                                    for i in ids) if r is not None]
        return out

    def _refuse_removing_used_objectives(self, roadmap: Record, keep: builtins.list[str]) -> None:
        removed = [(str(r[0]), str(r[1])) for r in self.db.execute(
            "SELECT id, code FROM objective WHERE roadmap_id = ? AND deleted_at IS NULL"
            " ORDER BY position", [roadmap.id]).fetchall() if r[0] not in keep]
        for objective_id, code in removed:
            users = self._referrers([("objective", [objective_id])])
            if users:
                raise references.refusal(
                    translate("Core", "Objective '{code}' of roadmap '{caption}'").format(
                        code=code, caption=roadmap.caption),
                    [u for u, _ in users], verb="removed", clearable=False)


def _search_matches(text: str, partnership_id: str | None, kinds: Sequence[str] | None
                    ) -> tuple[str, str, list[Any]] | None:
    """The join, extra conditions and parameters of a search; None if `text` has no word."""
    match = match_expression(text)
    if match is None:
        return None
    join, where_extra, params = "", "", [match]
    if partnership_id is not None or kinds:
        join = " JOIN search_doc d ON d.docid = search_fts.rowid"
    if partnership_id is not None:
        where_extra += " AND d.partnership_id = ?"
        params.append(partnership_id)
    if kinds:
        where_extra += f" AND d.record_kind IN ({', '.join('?' * len(kinds))})"
        params += list(kinds)
    return join, where_extra, params


def _order(cls: type[Record], order_by: str | None, descending: bool) -> str:
    """The ORDER BY of a list: the kind's default, or a column or computed key, then id."""
    if order_by is None:
        return DEFAULT_ORDER[cls]
    key = SORT_KEYS[cls].get(order_by)
    if key is None:
        if order_by not in {c.name for c in mapping.columns(cls)}:
            raise UserError(translate("Core",
                "cannot sort {label} records by {order_by!r}").format(
                label=record_label(cls).lower(), order_by=order_by))
        key = f"t.{order_by}"
        if order_by == "partnership_id":  # by the partner's code, as lists show it
            key = "(SELECT p.country_code FROM partnership p WHERE p.id = t.partnership_id)"
    return f"{key} IS NULL, {key} {'DESC' if descending else 'ASC'}, t.id"


class _RunLookup:
    """Validation's lookups for a run of one kind, remembering the partnerships found.

    What the run's records point at is of other kinds, so it cannot change
    while the run is validated: the organisations of a thousand activities
    are looked up once each, not once per reference.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.partnerships: dict[tuple[str, str], str | None] = {}

    def today(self) -> date:
        return self.store.today()

    def partnership_of(self, kind: str, record_id: str) -> str | None:
        key = (kind, record_id)
        if key not in self.partnerships:
            self.partnerships[key] = self.store.partnership_of(kind, record_id)
        return self.partnerships[key]

    def roundtable_numbers(self, partnership_id: str, *, exclude: str) -> set[int]:
        return self.store.roundtable_numbers(partnership_id, exclude=exclude)

    def partnership_for_country(self, country_code: str, *, exclude: str) -> str | None:
        return self.store.partnership_for_country(country_code, exclude=exclude)

    def caption(self, kind: str, record_id: str) -> str | None:
        return self.store.caption(kind, record_id)


def _insert_sql(table: str, row: dict[str, Any], *, upsert: bool = False) -> tuple[str, list[Any]]:
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    verb = "INSERT OR REPLACE" if upsert else "INSERT"
    return f"{verb} INTO {table} ({cols}) VALUES ({marks})", list(row.values())


@contextlib.contextmanager
def _immediate(db: Connection, *, savepoint: bool = True) -> Iterator[None]:
    """A write transaction that takes the write lock first (BEGIN IMMEDIATE); nested: a
    savepoint, or (`savepoint=False`) part of the outer transaction.

    A DEFERRED transaction reads, then asks for the write lock: if another
    connection wrote meanwhile, SQLite answers busy at once, ignoring the busy
    timeout. Asking first makes a second writer wait for the first.
    """
    if db.conn.in_transaction:
        if savepoint:
            with db.atomic():
                yield
        else:
            yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    try:
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise


@contextlib.contextmanager
def _translated(path: Path) -> Iterator[None]:
    """SQLite's errors about the file or the machine become one line naming `path`.

    Sorted by result code (`errors.sqlite_user_error`); any other error is a
    bug and propagates as it is, to be logged with its traceback.
    """
    try:
        yield
    except sqlite.Error as exc:
        known = sqlite_user_error(exc, path, writer=files.current_writer(path))
        if known is None:
            raise
        raise known from exc


def _read_only_place(path: Path) -> bool:
    """An existing file that cannot be written here: it is opened for reading only.

    SQLite would need to write beside it (its WAL and shared-memory files)
    even to read it; refusing would make a read-only copy unreadable.
    """
    return path.is_file() and not (os.access(path, os.W_OK)
                                   and os.access(path.parent, os.W_OK))


def _connect(path: Path, *, create: bool, readonly: bool,
             key: DataKey | None) -> sqlite.Connection:
    """The one connection of a Store: its file checked first, created 0600 if new."""
    if path.is_dir():
        raise StoreError(translate("Core",
            "{path} is a folder, not a database file").format(path=path))
    if not path.exists():
        if not path.parent.is_dir():
            raise StoreError(translate("Core",
                "{path}: folder {parent} does not exist").format(path=path, parent=path.parent))
        if not create or readonly:
            raise MissingDatabaseError(translate("Core", "no database at {path}").format(
                path=path), path=path)
        try:  # owner only: SQLite gives its WAL and shared-memory files the same mode
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise StoreError(translate("Core",
                "{path}: cannot be created ({reason})").format(
                path=path, reason=exc.strerror or exc)) from exc
    elif path.stat().st_size == 0:
        raise StoreError(translate("Core",
            "{path} is an empty file, not a tpdesk database; delete it, or name a "
            "new file to create one").format(path=path))
    else:
        try:
            plain = is_plain(path)
        except OSError as exc:
            raise StoreError(translate("Core",
                "{path}: cannot be read ({strerror})").format(
                path=path, strerror=exc.strerror)) from exc
        if plain and key is not None:
            raise StoreError(translate("Core",
                "{path} is not encrypted, but {name} beside it says it is; if an "
                "encryption was interrupted, move that key file away").format(
                path=path, name=key_file(path).name))
        if not plain and key is None:
            raise StoreError(translate("Core",
                "{path} is not a tpdesk database (not an SQLite file; or encrypted, "
                "and its key file {name} is missing)").format(path=path, name=key_file(path).name))
    try:
        return connect(path, key=None if key is None else key.raw, readonly=readonly)
    except sqlite.DatabaseError as exc:
        if key is not None and getattr(exc, "sqlite_errorcode", None) == sqlite.SQLITE_NOTADB:
            raise StoreError(translate("Core",
                "{path}: the key does not open this database (its key file {name} "
                "belongs to another database, or the file is damaged)").format(
                path=path, name=key_file(path).name)) from exc
        known = sqlite_user_error(exc, path)
        if known is None:
            raise
        raise known from exc


def _prepare(db: Connection, path: Path, *, readonly: bool, created: bool,
             key: DataKey | None, inspecting: bool) -> bool:
    """Connection settings, identity check, and a backup first; True if steps are pending.

    An SQLite file with no tpdesk mark is adopted only if this Store just created it.
    A table gone missing is refused at once, unless `inspecting` (the check,
    which reports it): else the first read of it would fail as if it were a bug.
    """
    with _translated(path):
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = [t for t in db.table_names() if not t.startswith("sqlite_")]
        if app_id != APPLICATION_ID and tables:
            raise StoreError(translate("Core",
                "{path} is an SQLite database, but not a tpdesk one").format(path=path))
        if app_id != APPLICATION_ID and not created:
            raise StoreError(translate("Core",
                "{path} is an empty SQLite database, not a tpdesk one; delete it, or "
                "name a new file to create one").format(path=path))
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(known_steps()):
            raise StoreError(translate("Core",
                "{path} was written by a newer tpdesk (schema version {version}); "
                "update tpdesk to open it").format(path=path, version=version))
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        if not readonly:
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        applied = migrations.applied(db)
        known = known_steps()
        newer = [name for name in applied if name not in known]
        if newer:
            raise StoreError(translate("Core",
                "{path} was written by a newer tpdesk (schema step {newer!r}); "
                "update tpdesk to open it").format(path=path, newer=newer[0]))
        pending = [name for name in known if name not in applied]
        if pending and readonly:
            raise StoreError(translate("Core",
                "{path} was written by an older tpdesk and is open read-only here, "
                "so it cannot be upgraded; open it once where it can be written (a "
                "backup is made first)").format(path=path))
        missing = [t for t in expected_tables() if t not in tables]
        if missing and not pending and not inspecting:
            extra = len(missing) - 1
            more = translate("Core", " (and %Ln more)", None, extra) if extra else ""
            raise DamagedError(translate("Core",
                "{path} is damaged: table {missing} is missing{more}; restore a "
                "backup, or run 'tpdesk check'").format(path=path, missing=missing[0], more=more))
        if pending and applied:
            _backup_before_migration(db, path, pending[0], key)
        return bool(pending)


def _backup_before_migration(db: Connection, path: Path, step: str,
                             key: DataKey | None) -> Path:
    """A complete copy before upgrading, or none: never a `.bak` that opens as empty."""
    target = files.pre_migration_backup(path, step, datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
    free = shutil.disk_usage(path.parent).free
    if free < path.stat().st_size * 2:
        raise StoreError(translate("Core",
            "{path}: not enough free disk space to back up before upgrading").format(path=path))
    try:
        return files.write_copy(db.conn, target, key=None if key is None else key.raw)
    except OSError as exc:
        raise StoreError(translate("Core",
            "{path}: cannot back up before upgrading ({reason})").format(
            path=path, reason=exc.strerror or exc)
                         ) from exc


def _unreadable(cls: type[Record]) -> str:
    """The message for a stored record of kind `cls` that cannot be read back."""
    message = {
        "partnership": lambda: translate(
            "Core", "{path}: a partnership record cannot be read ({exc}); run 'tpdesk check'"),
        "organisation": lambda: translate(
            "Core", "{path}: an organisation record cannot be read ({exc}); run 'tpdesk check'"),
        "roundtable": lambda: translate(
            "Core", "{path}: a roundtable record cannot be read ({exc}); run 'tpdesk check'"),
        "roadmap": lambda: translate(
            "Core", "{path}: a roadmap record cannot be read ({exc}); run 'tpdesk check'"),
        "activity": lambda: translate(
            "Core", "{path}: an activity record cannot be read ({exc}); run 'tpdesk check'"),
        "commitment": lambda: translate(
            "Core", "{path}: a commitment record cannot be read ({exc}); run 'tpdesk check'"),
        "note": lambda: translate(
            "Core", "{path}: a note record cannot be read ({exc}); run 'tpdesk check'"),
        "pack": lambda: translate(
            "Core", "{path}: a briefing pack record cannot be read ({exc}); run 'tpdesk check'"),
    }
    return message[cls.KIND]()
