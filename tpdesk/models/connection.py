"""Every SQLite connection of tpdesk is opened here: SQLCipher, keyed or plain.

tpdesk links SQLCipher (the `sqlcipher3` package) instead of the standard
library's SQLite, so one build opens plain and encrypted files alike. Two
things must then agree on the module: sqlite-utils catches the errors of
the SQLite module it imported (`drop(ignore=True)`, `insert(alter=True)`),
and it prefers `pysqlite3` when that can be imported; so this module
registers sqlcipher3 under that name before sqlite-utils is first imported
(`tpdesk.models` imports this module first), and tpdesk's own code catches
`sqlite.Error` from here, never `sqlite3.Error`. Nothing may open a file
with the standard library's module beside it: two SQLite libraries in one
process keep separate tables of POSIX locks, so neither sees the other's
writer (and closing one drops the other's locks). import-linter checks it.

A key is the raw 32-byte data key (`PRAGMA key = "x'…'"`), so SQLCipher's
own slow key derivation is skipped: the passphrase is stretched once, by
`keys`, to unwrap it. Temporary tables and sorts stay in memory, so nothing
decrypted is spilled to a temporary file; the WAL is encrypted by SQLCipher.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3 as sqlite  # the same API; mypy knows the standard library's types
else:
    import sqlcipher3 as sqlite
    import sqlcipher3.dbapi2

    if "sqlite_utils" in sys.modules and "pysqlite3" not in sys.modules:
        raise ImportError("tpdesk.models.connection must be imported before sqlite_utils")
    sys.modules["pysqlite3"] = sqlite
    sys.modules["pysqlite3.dbapi2"] = sqlcipher3.dbapi2

__all__ = ["KEY_BYTES", "PLAIN_HEADER", "connect", "create_private",
           "is_plain", "sqlite"]

PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
CACHE_KIB = 262144


def connect(path: str | os.PathLike[str], *, key: bytes | None = None,
            timeout: float = 5.0, readonly: bool = False,
            existing: bool = False) -> sqlite.Connection:
    """A connection to `path`, keyed with the raw data key when one is given.

    A new file is created readable by the user only; SQLite gives its WAL
    and shared-memory files the same permissions. `readonly` is for a file
    a file opened for reading only (a backup being looked at, `tpdesk check`):
    nothing is created or changed; immutable, so not even locked, unless
    journals beside it show that someone may be writing. `existing` never
    creates a missing file.
    """
    target = Path(path)
    if readonly:
        busy = any(Path(f"{target}{s}").exists() for s in ("-wal", "-journal"))
        flags = "mode=ro" if busy else "mode=ro&immutable=1"
        conn = sqlite.connect(f"{target.resolve().as_uri()}?{flags}", uri=True, timeout=timeout)
    elif existing:
        conn = sqlite.connect(f"{target.resolve().as_uri()}?mode=rw", uri=True, timeout=timeout)
    else:
        if not target.exists():
            create_private(target)
        conn = sqlite.connect(target, timeout=timeout)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher logs to stderr otherwise
        if key is not None:
            if len(key) != KEY_BYTES:
                raise ValueError("a data key has 32 bytes")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            # The first read tells whether the key is the file's: SQLITE_NOTADB if not.
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        # Each page read from an encrypted file is decrypted and authenticated: a large
        # page cache (grown only as pages are read, so a small register stays small)
        # keeps what was read once. A plain file gets the same, so the two differ only in
        # the pages read for the first time: with SQLite's 2 MiB default for plain files
        # only, plain re-read every page through the OS and encrypted search measured
        # anywhere from 0.4 to 1.4 times plain at 100,000 activities.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def create_private(path: Path) -> None:
    """An empty file only its owner can read, for SQLite to fill (a no-op if it exists)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def is_plain(path: Path) -> bool:
    """True for a plain SQLite file (or an empty one); False for anything else.

    An SQLCipher file starts with its random salt, so it has no readable header.
    """
    with path.open("rb") as fh:
        header = fh.read(len(PLAIN_HEADER))
    return not header or header == PLAIN_HEADER
