"""The integrity and consistency report behind `tpdesk check`.

SQLite's own checks first (pages, foreign keys, the full-text index), then
what SQLite cannot see: missing tables, text that is not UTF-8, live records
pointing at deleted ones (every entry of `references`), rules broken by hand
edits, and a search index out of step with the register. It only reads: the
store it is given is opened read-only (`Store(readonly=True)`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .connection import sqlite
from .database import Connection
from .l10n import translate, translate_noop
from .mapping import columns
from .records import RECORD_TYPES, record_label
from .references import REFERENCES, dangling_query
from .schema import expected_tables
from .store import Store
from .vocab import CommitmentStatus, FundingStage, Instrument, Role, SectionKind


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


_RULES = (
    ("activity", "end_date < start_date", translate_noop("Core", "ends before it starts")),
    ("roadmap", "period_end < period_start",
     translate_noop("Core", "period ends before it starts")),
    ("commitment", "NOT EXISTS (SELECT 1 FROM commitment_actor x WHERE x.commitment_id = t.id)",
     translate_noop("Core", "has no actor")),
    ("commitment", "due_date IS NOT NULL AND length(due_date) != 10",
     translate_noop("Core", "due date is not a date")),
    ("roundtable", "EXISTS (SELECT 1 FROM roundtable r WHERE r.partnership_id = t.partnership_id"
     " AND r.number = t.number AND r.id != t.id AND r.deleted_at IS NULL)",
     translate_noop("Core", "shares its number with another roundtable of the partnership")),
)


_PART_VOCABULARIES: tuple[tuple[str, str, type[Enum]], ...] = (
    ("funding_line", "instrument", Instrument),
    ("funding_line", "stage", FundingStage),
    ("participation", "role", Role),
    ("progress_update", "status", CommitmentStatus),
    ("pack_section", "kind", SectionKind),
)


def _vocabulary_problems(store: Store) -> list[Problem]:
    """Values no vocabulary knows: written by hand, they would stop the record loading."""
    problems = []
    checks: list[tuple[str, str, type[Enum], bool, str]] = []
    for kind, cls in RECORD_TYPES.items():
        for col in columns(cls):
            if col.enum is not None:
                checks.append((kind, col.name, col.enum, col.kind == "enum_list",
                               " AND t.deleted_at IS NULL"))
    checks += [(table, name, vocab, False, "") for table, name, vocab in _PART_VOCABULARIES]
    for table, name, vocab, is_list, live in checks:
        values = [str(m.value) for m in vocab]
        marks = ", ".join("?" * len(values))
        test = (f"EXISTS (SELECT 1 FROM json_each(t.{name}) WHERE value NOT IN ({marks}))"
                if is_list else f"t.{name} NOT IN ({marks})")
        key = "t.id" if table not in ("participation",) else "t.activity_id"
        for (record_id,) in store.db.execute(
                f"SELECT {key} FROM {table} t WHERE {test}{live}", values).fetchall():
            problems.append(Problem(f"{table} {record_id}", translate(
                "Core", "{name} holds a value tpdesk does not know").format(name=name)))
    return problems


FTS_TABLE = "search_fts"


def _is_fts_part(table: str) -> bool:
    return table == FTS_TABLE or table.startswith(FTS_TABLE + "_")


def _text_problems(db: Connection, tables: list[str]) -> list[Problem]:
    """Text that is not valid UTF-8: written by another program, it stops lists and exports.

    SQLite stores such bytes as they come; read as bytes, each value is decoded here.
    """
    problems = []
    conn = db.conn
    for table in tables:
        info = db.execute(f"PRAGMA table_info({table})").fetchall()
        cols = [str(r[1]) for r in info]
        # The row named by its id, else its primary key (a WITHOUT ROWID table has no rowid).
        primary = [str(r[1]) for r in sorted(info, key=lambda r: r[5]) if r[5]]
        key = ("id" if "id" in cols
               else " || '/' || ".join(primary) if primary else "rowid")
        previous, conn.text_factory = conn.text_factory, bytes
        try:
            texts = ", ".join(f"CASE WHEN typeof({c}) = 'text' THEN {c} END" for c in cols)
            for row in conn.execute(f"SELECT {key}, {texts} FROM {table}"):
                for col, value in zip(cols, row[1:], strict=True):
                    if isinstance(value, bytes) and not value.isascii():
                        try:
                            value.decode("utf-8")
                        except UnicodeDecodeError:
                            ident = (row[0].decode("utf-8", "replace")
                                     if isinstance(row[0], bytes) else row[0])
                            problems.append(Problem(f"{table} {ident}", translate(
                                "Core", "{column} holds text that is not valid UTF-8").format(
                                column=col)))
        finally:
            conn.text_factory = previous
    return problems


def _fts_problems(db: Connection) -> list[Problem]:
    """FTS5's own integrity check, run on a copy of the index in memory.

    The check is an INSERT, which a read-only connection refuses; the index's
    tables are copied into an attached in-memory database and checked there.
    """
    (sql,) = db.execute("SELECT sql FROM sqlite_schema WHERE name = ?", [FTS_TABLE]).fetchone()
    parts = [t for t in expected_tables() if _is_fts_part(t) and t != FTS_TABLE]
    db.execute("ATTACH ':memory:' AS scratch")
    try:
        db.execute(sql.replace(f"CREATE VIRTUAL TABLE {FTS_TABLE}",
                               f"CREATE VIRTUAL TABLE scratch.{FTS_TABLE}", 1))
        for part in parts:
            db.execute(f"DELETE FROM scratch.{part}")
            db.execute(f"INSERT INTO scratch.{part} SELECT * FROM main.{part}")
        db.execute(f"INSERT INTO scratch.{FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")
    except sqlite.DatabaseError as exc:
        return [Problem(translate("Core", "search index"), translate(
            "Core", "the full-text index is damaged ({exc}); searches may miss records: restore"
            " a backup").format(exc=exc))]
    finally:
        db.conn.rollback()
        db.execute("DETACH scratch")
    return []


def check(store: Store) -> tuple[list[Problem], int]:
    """Every problem found, and how many live records were looked at."""
    db = store.db
    problems: list[Problem] = []
    for (message,) in db.execute("PRAGMA integrity_check").fetchall():
        if message != "ok":
            problems.append(Problem(translate("Core", "database file"), message))
    present = set(db.table_names())
    missing = [t for t in expected_tables() if t not in present]
    problems += [Problem(translate("Core", "database file"),
                         translate("Core", "table {table} is missing").format(table=t))
                 for t in missing]
    if missing:  # what follows reads them
        return problems, 0
    problems += _text_problems(db, [t for t in expected_tables() if not _is_fts_part(t)])
    problems += _fts_problems(db)
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(Problem(f"{table} row {rowid}", translate(
            "Core", "points at a missing {parent} row").format(parent=parent)))

    for ref in REFERENCES:
        problems += [Problem(f"{ref.source.KIND} {record_id}",
                             translate("Core", "{field} points at {noun} {target}, which is"
                                       " deleted or missing").format(
                                 field=ref.field, noun=noun or translate("Core", "a record"),
                                 target=target))
                     for record_id, target, noun in db.execute(dangling_query(ref)).fetchall()]
    problems += _vocabulary_problems(store)
    for table, condition, message in _RULES:
        rows = db.execute(f"SELECT t.id FROM {table} t WHERE t.deleted_at IS NULL"
                          f" AND ({condition})").fetchall()
        problems += [Problem(f"{table} {r[0]}", translate("Core", message)) for r in rows]

    live = 0
    for kind, cls in RECORD_TYPES.items():
        n = db.execute(f"SELECT count(*) FROM {kind} WHERE deleted_at IS NULL").fetchone()[0]
        indexed = db.execute("SELECT count(*) FROM search_doc d JOIN " + kind +
                             " t ON t.id = d.record_id AND t.deleted_at IS NULL"
                             " WHERE d.record_kind = ?", [kind]).fetchone()[0]
        live += n
        if indexed != n:
            missed = n - indexed
            problems.append(Problem(translate("Core", "search index"), translate(
                "Core", "%Ln live {kind} record(s) not indexed", None, missed).format(
                kind=record_label(cls).lower())))
    stale = db.execute("SELECT count(*) FROM search_doc d WHERE NOT EXISTS"
                       " (SELECT 1 FROM search_fts f WHERE f.rowid = d.docid)").fetchone()[0]
    if stale:
        problems.append(Problem(translate("Core", "search index"),
                                translate("Core", "%Ln document(s) with no text", None, stale)))
    return problems, live
