"""Automatic backups: where they go, which are kept, and what one holds.

Backups live in `backups/` beside the database, named after it and the UTC
time they were taken, so the folder sorts by age and a name alone says when.
They are written by `Store.backup` (the online backup API, under the
database's own key) and looked at here read-only: listing or checking a
backup never migrates or otherwise changes it.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .connection import connect, is_plain, sqlite
from .database import Connection
from .errors import StoreError
from .keys import DataKey
from .l10n import translate
from .records import RECORD_TYPES
from .schema import APPLICATION_ID, known_steps, migrations

STAMP = "%Y%m%dT%H%M%SZ"
KEEP_LAST = 12
KEEP_DAYS = 7
KEEP_WEEKS = 8
KEEP_MONTHS = 12


def backup_folder(db: Path) -> Path:
    return db.parent / "backups"


def backup_name(db: Path, at: datetime, *, note: str = "") -> str:
    """`NAME-20261203T154500Z.db`, or with a note (`-before-restore`) that keeps it apart."""
    return f"{db.stem}-{at.astimezone(UTC).strftime(STAMP)}{'-' + note if note else ''}.db"


def taken_at(db: Path, backup: Path) -> datetime | None:
    """When a backup of `db` was taken, read from its name; None if it is not one."""
    found = re.fullmatch(re.escape(db.stem) + r"-(\d{8}T\d{6}Z)(-[a-z-]+)?\.db", backup.name)
    if found is None:
        return None
    return datetime.strptime(found.group(1), STAMP).replace(tzinfo=UTC)


def backups_of(db: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups of `db`, newest first."""
    folder = backup_folder(db)
    if not folder.is_dir():
        return []
    found = [(at, p) for p in folder.iterdir() if (at := taken_at(db, p)) is not None]
    return sorted(found, reverse=True)


def retained(stamps: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backups a rolling policy keeps: a bounded folder that still reaches a year back.

    The newest `KEEP_LAST`; then the newest of each calendar day of the last
    `KEEP_DAYS` days (today included), of each ISO week of the last
    `KEEP_WEEKS` weeks, and of each month of the last `KEEP_MONTHS` months.
    Everything else may go. Pure, so that it can be tested without a clock.
    """
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:KEEP_LAST])
    today = now.date()
    monday = today - timedelta(days=today.weekday())

    def day(t: datetime) -> int:
        return (today - t.date()).days

    def week(t: datetime) -> int:
        return (monday - (t.date() - timedelta(days=t.weekday()))).days // 7

    def month(t: datetime) -> int:
        return (now.year * 12 + now.month) - (t.year * 12 + t.month)

    for age, span in ((day, KEEP_DAYS), (week, KEEP_WEEKS), (month, KEEP_MONTHS)):
        seen: set[int] = set()
        for stamp in ordered:  # newest first: the first of each bucket is its newest
            bucket = age(stamp)
            if 0 <= bucket < span and bucket not in seen:
                seen.add(bucket)
                keep.add(stamp)
    return keep


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read without changing it."""

    path: Path
    size: int
    records: int


def inspect_backup(path: Path, *, key: DataKey | None) -> BackupInfo:
    """Check a backup can stand in for the database: a one-line StoreError if not.

    The same key as the database (or both plain), a tpdesk file, a schema
    this tpdesk knows, and an `integrity_check` that passes.
    """
    if not path.is_file():
        raise StoreError(translate("Core", "{path}: no such backup file").format(path=path))
    if Path(f"{path}-wal").exists():
        raise StoreError(translate("Core",
            "{path}: a -wal file lies beside it, so the file alone is not the whole "
            "backup; open it in tpdesk once, or copy it as it was made").format(path=path))
    plain = is_plain(path)
    if plain and key is not None:
        raise StoreError(translate("Core",
            "{path} is a plain database, but this database is encrypted; nothing "
            "changed").format(path=path))
    if not plain and key is None:
        raise StoreError(translate("Core",
            "{path} is encrypted (or not a database), but this database is not; "
            "nothing changed").format(path=path))
    try:
        with contextlib.closing(connect(path, key=None if key is None else key.raw,
                                        readonly=True)) as conn:
            return _inspected(path, Connection(conn))
    except sqlite.DatabaseError as exc:
        detail = ("it was written under another key, or is damaged"
                  if getattr(exc, "sqlite_errorcode", None) == sqlite.SQLITE_NOTADB else exc)
        raise StoreError(translate("Core",
            "{path}: cannot be read ({detail}); nothing changed").format(
            path=path, detail=detail)) from exc


def _inspected(path: Path, db: Connection) -> BackupInfo:
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise StoreError(translate("Core",
            "{path} is not a tpdesk database; nothing changed").format(path=path))
    check = db.execute("PRAGMA integrity_check").fetchone()[0]
    if check != "ok":
        raise StoreError(translate("Core",
            "{path} is damaged ({check}); nothing changed").format(path=path, check=check))
    applied = set(migrations.applied(db))
    newer = applied - set(known_steps())
    if newer:
        raise StoreError(translate("Core",
            "{path} was written by a newer tpdesk (schema step {step!r}); nothing "
            "changed").format(path=path, step=sorted(newer)[0]))
    tables = set(db.table_names())  # an older backup may predate some kinds
    records = sum(int(db.execute(f"SELECT count(*) FROM {kind} WHERE deleted_at IS NULL")
                      .fetchone()[0]) for kind in RECORD_TYPES if kind in tables)
    return BackupInfo(path=path, size=path.stat().st_size, records=records)
