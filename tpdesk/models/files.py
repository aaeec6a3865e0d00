"""Database files on disk: copies that stand alone, and files swapped in safely.

SQLite pairs a database with the journals beside it by name only: a `-wal`
(or a hot `-journal`) left by the old file is merged into whatever file is
next opened under that name, permanently. So a copy is written in
rollback-journal mode, complete, to a temporary name and renamed into place,
and the old file's journals are retired before another file takes its place.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .atomic import JOURNALS, sync_folder, write_atomically
from .connection import connect, sqlite
from .errors import StoreError, UserError
from .l10n import translate

TEMP_PREFIX = ".tpdesk-backup-"
COPY_STEP_PAGES = 256  # a progress point per MiB (at 4 KiB pages)


def journals(path: Path) -> list[Path]:
    """The journal files that exist beside `path`."""
    return [p for p in (path.with_name(path.name + s) for s in JOURNALS) if p.exists()]


def retire_journals(path: Path, *, key: bytes | None = None) -> None:
    """Before another file takes `path`'s place: the journals of the old one must go.

    What they hold is first written into the old file (so a copy of it kept
    aside is complete); if another program has it open they cannot go, and
    the swap is refused rather than corrupting the newcomer or that program.
    A file too damaged to take its journals back loses them: they belong to
    it, and it is being replaced. An encrypted file needs its data `key` for it.
    """
    if not journals(path):
        return
    try:
        with contextlib.closing(connect(path, key=key, timeout=1.0, existing=True)) as conn:
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (sqlite.SQLITE_BUSY,
                                                          sqlite.SQLITE_LOCKED):
            raise StoreError(translate("Core",
                "{path} is open in another program (another tpdesk?); close it first").format(
                path=path)) from exc
    except sqlite.DatabaseError:
        pass
    for journal in journals(path):
        journal.unlink(missing_ok=True)


def replace_database(source: Path, target: Path, *, key: bytes | None = None) -> None:
    """Put the database file `source` in `target`'s place, leaving no stale journal beside it.

    `source` must be a closed, standalone copy (as `write_copy` makes) on the
    same disk as `target`: the rename is atomic, so `target` is at every moment
    either the old file or the new one.
    """
    retire_journals(target, key=key)
    source.replace(target)
    sync_folder(target.parent)


def check_target(target: Path) -> None:
    """A file to write a copy to: absent, or a regular file (never a device, folder or pipe)."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UserError(translate("Core",
            "{target}: cannot be written ({reason})").format(
            target=target, reason=exc.strerror or exc)) from exc
    if not stat.S_ISREG(mode):
        what = (translate("Core", "a folder") if stat.S_ISDIR(mode)
                else translate("Core", "not a regular file"))
        raise UserError(translate("Core",
            "{target} is {what}; name a file for the copy").format(target=target, what=what))


def write_copy(source: sqlite.Connection, target: Path, *,
               progress: Callable[[int, int], None] | None = None,
               timeout: float | None = None, key: bytes | None = None) -> Path:
    """A complete copy of `source` at `target`, standalone (rollback-journal mode), or nothing.

    Copied by SQLite's backup API into `atomic.write_atomically`'s temporary file;
    on any failure (a full disk, the `timeout` in seconds, a cancelling
    `progress`) it and its journal are removed; OSError reaches the caller,
    to say what the copy was for. A copy of an encrypted
    database is encrypted with the same data `key`. The caller holds a read
    transaction on `source` if others may write meanwhile, so the copy is
    one moment of it.
    """
    check_target(target)
    deadline = None if timeout is None else time.monotonic() + timeout

    def step(_status: int, remaining: int, total: int) -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError(f"{target}: the copy did not finish within {timeout:g} s")
        if progress is not None:
            progress(total - remaining, total)

    def save(tmp: Path) -> None:
        with contextlib.closing(connect(tmp, key=key)) as out:
            source.backup(out, pages=COPY_STEP_PAGES, progress=step)
            out.execute("PRAGMA journal_mode = DELETE").fetchone()

    def place(tmp: Path, target: Path) -> None:
        check_target(target)  # it may have appeared meanwhile
        tmp.replace(target)

    write_atomically(save, target, prefix=TEMP_PREFIX, suffix=".db", place=place)
    return target


def pre_migration_backup(path: Path, step: str, stamp: str) -> Path:
    """Where the copy of `path` made before schema step `step` goes: beside it."""
    return path.with_name(f"{path.name}.before-{step}-{stamp}.bak")


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
