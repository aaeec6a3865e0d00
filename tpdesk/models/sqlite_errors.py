"""SQLite's errors sorted by their primary result code, never by their text.

(One exception: the driver's own error for stored text that is not UTF-8,
which carries no result code.)

A busy, full, read-only or damaged file is the user's to fix; "no such
column", an FTS5 syntax error or a misused API is ours, and must not be
dressed up as a message for the user. Only the store imports this: the
formats never touch SQLite.
"""

from __future__ import annotations

import os
import sqlite3

from .errors import StoreError

_BUSY = "the database is busy in another program (another tpdesk or a backup); try again"

# Primary result codes (https://sqlite.org/rescode.html) that say something about the
# file or the machine; `{detail}` is SQLite's own message.
_SQLITE_USER_ERRORS: dict[int, str] = {
    sqlite3.SQLITE_BUSY: _BUSY,
    sqlite3.SQLITE_LOCKED: _BUSY,
    sqlite3.SQLITE_PROTOCOL: _BUSY,
    sqlite3.SQLITE_READONLY: "the database cannot be written here (the file, its folder or"
                             " the disk is read-only); copy it to a folder you can write to",
    sqlite3.SQLITE_IOERR: "the disk could not be read or written ({detail}); check the drive"
                          " or network folder and try again",
    sqlite3.SQLITE_CORRUPT: "the database file is damaged ({detail}); restore a backup or run"
                            " 'tpdesk check'",
    sqlite3.SQLITE_NOTADB: "the file is damaged or not a database ({detail}); restore a backup",
    sqlite3.SQLITE_FULL: "the disk is full; free some space and try again",
    sqlite3.SQLITE_CANTOPEN: "the database cannot be opened ({detail}); check that the file"
                             " and its folder exist and that you may use them",
    sqlite3.SQLITE_PERM: "access to the database was denied ({detail}); check the file's"
                         " permissions",
    sqlite3.SQLITE_AUTH: "access to the database was not authorised ({detail})",
    sqlite3.SQLITE_NOLFS: "the database is too large for the file system of its disk",
    sqlite3.SQLITE_NOMEM: "not enough memory; close other programs and try again",
}


# Not SQLite's but the driver's, so it has no result code: stored text that is not UTF-8.
_UNDECODABLE = "Could not decode to UTF-8"


def sqlite_user_error(exc: sqlite3.Error, path: str | os.PathLike[str], *,
                      writer: str | None = None) -> StoreError | None:
    """The one-line error naming `path` for a problem the user can fix; None for a bug.

    `writer` says who holds the write lock, if known, for a busy file.
    """
    if isinstance(exc, sqlite3.OperationalError) and str(exc).startswith(_UNDECODABLE):
        return StoreError(f"{os.fspath(path)}: the database holds text that is not valid UTF-8"
                          " (written by another program?); run 'tpdesk check' to find it,"
                          " or restore a backup")
    code = getattr(exc, "sqlite_errorcode", None)
    message = None if code is None else _SQLITE_USER_ERRORS.get(code & 0xFF)
    if message is None:
        return None
    if message == _BUSY and writer is not None:
        message = f"the database is busy: {writer} is writing to it; try again once it is done"
    return StoreError(f"{os.fspath(path)}: {message.format(detail=exc)}")
