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

from .connection import sqlite
from .errors import DamagedError, StoreError
from .l10n import translate

_BUSY = "the database is busy in another program (another tpdesk or a backup); try again"

# Primary result codes (https://sqlite.org/rescode.html) that say something about the
# file or the machine; `{detail}` is SQLite's own message.
_SQLITE_USER_ERRORS: dict[int, str] = {
    sqlite.SQLITE_BUSY: _BUSY,
    sqlite.SQLITE_LOCKED: _BUSY,
    sqlite.SQLITE_PROTOCOL: _BUSY,
    sqlite.SQLITE_READONLY: "the database cannot be written here (the file, its folder or"
                             " the disk is read-only); copy it to a folder you can write to",
    sqlite.SQLITE_IOERR: "the disk could not be read or written ({detail}); check the drive"
                          " or network folder and try again",
    sqlite.SQLITE_CORRUPT: "the database file is damaged ({detail}); restore a backup or run"
                            " 'tpdesk check'",
    sqlite.SQLITE_NOTADB: "the file is damaged or not a database ({detail}); restore a backup",
    sqlite.SQLITE_FULL: "the disk is full; free some space and try again",
    sqlite.SQLITE_CANTOPEN: "the database cannot be opened ({detail}); check that the file"
                             " and its folder exist and that you may use them",
    sqlite.SQLITE_PERM: "access to the database was denied ({detail}); check the file's"
                         " permissions",
    sqlite.SQLITE_AUTH: "access to the database was not authorised ({detail})",
    sqlite.SQLITE_NOLFS: "the database is too large for the file system of its disk",
    sqlite.SQLITE_NOMEM: "not enough memory; close other programs and try again",
}


# Not SQLite's but the driver's, so it has no result code: stored text that is not UTF-8.
_UNDECODABLE = "Could not decode to UTF-8"

# sqlcipher3's `Connection.backup` raises with SQLite's fixed text for the result code
# (`sqlite3_errstr`) but no `sqlite_errorcode`: these texts stand for their codes there.
_ERRSTR_CODES: dict[str, int] = {
    "database or disk is full": sqlite.SQLITE_FULL,
    "disk I/O error": sqlite.SQLITE_IOERR,
    "database is locked": sqlite.SQLITE_BUSY,
    "attempt to write a readonly database": sqlite.SQLITE_READONLY,
    "database disk image is malformed": sqlite.SQLITE_CORRUPT,
    "file is not a database": sqlite.SQLITE_NOTADB,
    "unable to open database file": sqlite.SQLITE_CANTOPEN,
}


def sqlite_user_error(exc: sqlite.Error, path: str | os.PathLike[str], *,
                      writer: str | None = None) -> StoreError | None:
    """The one-line error naming `path` for a problem the user can fix; None for a bug.

    `writer` says who holds the write lock, if known, for a busy file.
    """
    if isinstance(exc, sqlite.OperationalError) and str(exc).startswith(_UNDECODABLE):
        return StoreError(translate("Core",
            "{path}: the database holds text that is not valid UTF-8 (written by "
            "another program?); run 'tpdesk check' to find it, or restore a backup").format(
            path=os.fspath(path)))
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None and len(exc.args) == 1:
        code = _ERRSTR_CODES.get(str(exc.args[0]))
    message = None if code is None else _SQLITE_USER_ERRORS.get(code & 0xFF)
    if message is None:
        return None
    if message == _BUSY and writer is not None:
        message = f"the database is busy: {writer} is writing to it; try again once it is done"
    damaged = code is not None and code & 0xFF in (sqlite.SQLITE_CORRUPT, sqlite.SQLITE_NOTADB)
    return (DamagedError if damaged else StoreError)(
        f"{os.fspath(path)}: {message.format(detail=exc)}")
