"""Copies of a database under another key: encrypting, decrypting, verifying.

`sqlcipher_export` writes every table, index, trigger and row into an
attached database keyed differently (or not keyed: a plain copy). It copies
neither `user_version` nor `application_id`, which tpdesk reads to know the
file, so those follow by hand; the copy is then checked page by page and
table by table before anyone relies on it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from .connection import connect, sqlite
from .errors import StoreError
from .keys import DataKey
from .l10n import translate
from .store import Store


def export_copy(store: Store, target: Path, *, key: DataKey | None) -> None:
    """Write the whole of `store` into the empty file `target`, under `key` (None: plain)."""
    conn = store.db.conn
    secret = "''" if key is None else f"\"x'{key.raw.hex()}'\""
    with store.translating():
        conn.execute(f"ATTACH DATABASE ? AS tpdesk_copy KEY {secret}", [str(target)])
        try:
            conn.execute("SELECT sqlcipher_export('tpdesk_copy')")
            for pragma in ("user_version", "application_id"):
                value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                conn.execute(f"PRAGMA tpdesk_copy.{pragma} = {value}")
        finally:
            conn.execute("DETACH DATABASE tpdesk_copy")
    verify_copy(store, target, key=key)


def verify_copy(store: Store, target: Path, *, key: DataKey | None) -> None:
    """The copy opens with `key`, passes `integrity_check` and has every row of the original."""
    try:
        with contextlib.closing(connect(target, key=None if key is None else key.raw)) as copy:
            check = copy.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise StoreError(translate("Core",
                    "{target}: the copy is damaged ({check}); nothing changed").format(
                    target=target, check=check))
            for table in store.db.table_names():
                if table.startswith("sqlite_"):
                    continue
                mine = store.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
                theirs = copy.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
                if mine != theirs:
                    raise StoreError(translate("Core",
                        "{target}: the copy has {theirs} rows in {table}, not "
                        "{mine}; nothing changed").format(
                        target=target, theirs=theirs, table=table, mine=mine))
    except sqlite.DatabaseError as exc:
        raise StoreError(translate("Core",
            "{target}: the copy cannot be read back ({exc}); nothing changed").format(
            target=target, exc=exc)) from exc
