"""The two families of errors.

A `UserError` is something the user can act on (bad input, a file that is
not a database, a locked or full disk): it carries one line for the screen.
Anything else is a bug, and is logged with its traceback by the caller
(`tpdesk.logs.log_bug`).

SQLite's errors are sorted by their primary result code, never by their
text: a busy, full, read-only or damaged file is the user's to fix; "no such
column", an FTS5 syntax error or a misused API is ours, and must not be
dressed up as a message for the user.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass


class UserError(Exception):
    """An error with a one-line message fit to show a user as it is."""


class StoreError(UserError):
    """The database cannot be opened, migrated or written."""


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


def sqlite_user_error(exc: sqlite3.Error, path: str | os.PathLike[str]) -> StoreError | None:
    """The one-line error naming `path` for a problem the user can fix; None for a bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    message = None if code is None else _SQLITE_USER_ERRORS.get(code & 0xFF)
    if message is None:
        return None
    return StoreError(f"{os.fspath(path)}: {message.format(detail=exc)}")


@dataclass(frozen=True)
class FieldError:
    """One validation problem, naming the record and the field."""

    record: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.record}: {self.field}: {self.message}"


class ValidationError(UserError):
    """A record failed validation; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{errors[0]}{more}")
