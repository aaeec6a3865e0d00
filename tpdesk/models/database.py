"""A store's connection: sqlite-utils' `Database`, loaded when something first writes.

sqlite-utils brings click, pluggy and dateutil with it: about 65 ms of every
start of the app, which opens a database and only reads before its window is
shown. Reads (SELECT and PRAGMA statements) go straight to the connection,
exactly as `Database.execute` would run them: they never open a transaction,
so there is nothing for it to commit or roll back. Any other statement and
`atomic()` load sqlite-utils and go through its `Database`, on the same
connection, from then on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .connection import sqlite

if TYPE_CHECKING:
    from sqlite_utils import Database

_READS = frozenset({"SELECT", "PRAGMA"})


class Connection:
    """The one connection of a Store, with the part of `Database` the store uses."""

    def __init__(self, conn: sqlite.Connection) -> None:
        self.conn = conn
        self._database: Database | None = None
        conn.execute("PRAGMA recursive_triggers = on")  # as `Database(conn)` sets it

    @property
    def database(self) -> Database:
        """sqlite-utils' `Database` on this connection, loaded on first use."""
        if self._database is None:
            from sqlite_utils import Database

            # No plugins: they would change this connection, and finding them reads
            # every installed package's metadata.
            self._database = Database(self.conn, recursive_triggers=False,
                                      execute_plugins=False)
        return self._database

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
                ) -> sqlite.Cursor:
        words = sql.split(None, 1)
        if words and words[0].upper() in _READS:
            return (self.conn.execute(sql) if parameters is None
                    else self.conn.execute(sql, parameters))
        return self.database.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction, or a savepoint inside one (`Database.atomic`)."""
        with self.database.atomic():
            yield

    def table_names(self) -> list[str]:
        return [str(row[0]) for row in
                self.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]

    def close(self) -> None:
        self.conn.close()
