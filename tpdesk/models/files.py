"""Database files on disk: copies that stand alone, and files swapped in safely.

SQLite pairs a database with the journals beside it by name only: a `-wal`
(or a hot `-journal`) left by the old file is merged into whatever file is
next opened under that name, permanently. So a copy is written in
rollback-journal mode, complete, to a temporary name and renamed into place,
and the old file's journals are retired before another file takes its place.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sqlite3
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import StoreError, UserError

JOURNALS = ("-wal", "-shm", "-journal")
TEMP_PREFIX = ".tpdesk-backup-"
COPY_STEP_PAGES = 256  # a progress point per MiB (at 4 KiB pages)


def journals(path: Path) -> list[Path]:
    """The journal files that exist beside `path`."""
    return [p for p in (path.with_name(path.name + s) for s in JOURNALS) if p.exists()]


def retire_journals(path: Path) -> None:
    """Before another file takes `path`'s place: the journals of the old one must go.

    What they hold is first written into the old file (so a copy of it kept
    aside is complete); if another program has it open they cannot go, and
    the swap is refused rather than corrupting the newcomer or that program.
    A file too damaged to take its journals back loses them: they belong to
    it, and it is being replaced.
    """
    if not journals(path):
        return
    try:
        uri = f"{path.absolute().as_uri()}?mode=rw"  # never creates a missing file
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=1.0)) as conn:
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_BUSY,
                                                          sqlite3.SQLITE_LOCKED):
            raise StoreError(f"{path} is open in another program (another tpdesk?);"
                             " close it first") from exc
    except sqlite3.DatabaseError:
        pass
    for journal in journals(path):
        journal.unlink(missing_ok=True)


def replace_database(source: Path, target: Path) -> None:
    """Put the database file `source` in `target`'s place, leaving no stale journal beside it.

    `source` must be a closed, standalone copy (as `write_copy` makes) on the
    same disk as `target`: the rename is atomic, so `target` is at every moment
    either the old file or the new one.
    """
    retire_journals(target)
    source.replace(target)
    _sync_folder(target.parent)


def check_target(target: Path) -> None:
    """A file to write a copy to: absent, or a regular file (never a device, folder or pipe)."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UserError(f"{target}: cannot be written ({exc.strerror or exc})") from exc
    if not stat.S_ISREG(mode):
        what = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise UserError(f"{target} is {what}; name a file for the copy")


def write_copy(source: sqlite3.Connection, target: Path, *,
               progress: Callable[[int, int], None] | None = None,
               timeout: float | None = None) -> Path:
    """A complete copy of `source` at `target`, standalone (rollback-journal mode), or nothing.

    Copied by SQLite's backup API to a temporary file beside the target,
    flushed to disk and renamed into place; on any failure (a full disk, the
    `timeout` in seconds, a cancelling `progress`) the temporary file and its
    journal are removed. The caller holds a read transaction on `source` if
    others may write meanwhile, so the copy is one moment of it.
    """
    check_target(target)
    try:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".db", dir=target.parent)
    except OSError as exc:
        raise UserError(f"{target}: the folder cannot be written to"
                        f" ({exc.strerror or exc})") from exc
    os.close(fd)
    tmp = Path(name)
    deadline = None if timeout is None else time.monotonic() + timeout

    def step(_status: int, remaining: int, total: int) -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError(f"{target}: the copy did not finish within {timeout:g} s")
        if progress is not None:
            progress(total - remaining, total)

    try:
        with contextlib.closing(sqlite3.connect(tmp)) as out:
            source.backup(out, pages=COPY_STEP_PAGES, progress=step)
            out.execute("PRAGMA journal_mode = DELETE").fetchone()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        check_target(target)  # it may have appeared meanwhile
        tmp.replace(target)
        _sync_folder(target.parent)
    except BaseException:
        for leftover in (tmp, *journals(tmp)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return target


def pre_migration_backup(path: Path, step: str, stamp: str) -> Path:
    """Where the copy of `path` made before schema step `step` goes: beside it."""
    return path.with_name(f"{path.name}.before-{step}-{stamp}.bak")


BACKUP_FOLDER = "backups"


def backups_of(path: Path) -> list[Path]:
    """The backups kept of `path`, newest first: its pre-migration copies beside it, and
    the files of a `backups` folder beside it."""
    found = list(path.parent.glob(f"{glob.escape(path.name)}.before-*.bak"))
    folder = path.parent / BACKUP_FOLDER
    if folder.is_dir():
        found += [p for p in folder.iterdir() if p.suffix in (".db", ".bak")]
    found = [p for p in found if p.is_file() and p.stat().st_size > 0 and p != path]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def working_copy(backup: Path, database: Path, *, stamp: str) -> Path:
    """A copy of `backup` beside `database`, to open and work in: the backup stays as it is.

    Opening the backup itself would upgrade it in place and add to it.
    """
    target = database.with_name(f"{database.stem}-from-backup-{stamp}{database.suffix}")
    uri = f"{backup.absolute().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as source:
            return write_copy(source, target)
    except sqlite3.Error as exc:
        raise UserError(f"{backup}: the backup cannot be copied ({exc})") from exc
    except OSError as exc:
        raise UserError(f"{target}: cannot be written ({exc.strerror or exc})") from exc


def _writer_note(path: Path) -> Path:
    return path.with_name(path.name + ".writer")


@contextlib.contextmanager
def announced_writer(path: Path, who: str) -> Iterator[None]:
    """While a long write (an import) holds the lock: a note beside the file saying who.

    SQLite cannot tell a waiting writer who holds the lock; the note can,
    so that a save that times out says whom to wait for. Best effort: a
    note that cannot be written is no reason to refuse the write.
    """
    note = _writer_note(path)
    with contextlib.suppress(OSError):
        fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, f"{os.getpid()}\n{who}".encode())
        finally:
            os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            note.unlink()


def current_writer(path: Path) -> str | None:
    """Who `announced_writer` says holds the lock on `path`, if that process still runs."""
    try:
        pid, who = _writer_note(path).read_text(encoding="utf-8").split("\n", 1)
        if os.name == "posix":  # elsewhere os.kill would end the process
            os.kill(int(pid), 0)
    except PermissionError:  # it runs, as another user
        return who
    except (OSError, ValueError):
        return None
    return who


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no folder handles to flush."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
