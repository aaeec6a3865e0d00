"""Opening the server's PostgreSQL database: migrating it, checking it, naming failures.

Every failure to reach the database becomes a `UserError` with one line that
names the server and what went wrong, never the URL's password.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import sql

from ..models.errors import UserError
from .schema import STEPS

ENV_DATABASE = "TPDESK_SERVER_DATABASE"
_MIGRATION_LOCK = 0x54504453  # "TPDS": one `init` at a time


class DatabaseDown(UserError):
    """The database cannot be reached: the API answers 503, the command line one line."""


def where(url: str) -> str:
    """The database a URL names, for messages: host, port and name, never a password."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise UserError(f"--database: not a PostgreSQL URL ({_first_line(exc)})") from None
    host = info.get("host") or "localhost"
    port = f":{info['port']}" if info.get("port") else ""
    return f"{info.get('dbname') or '(default database)'} on {host}{port}"


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection[Any]:
    shown = where(url)
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=10,
                               application_name="tpdesk-server")
    except psycopg.OperationalError as exc:
        raise DatabaseDown(f"cannot reach the database {shown}: {_first_line(exc)}") from None


@contextlib.contextmanager
def translated(url: str) -> Iterator[None]:
    """Database errors past the connection as one line (the server went away...)."""
    try:
        yield
    except psycopg.OperationalError as exc:
        raise DatabaseDown(f"the database {where(url)} failed: {_first_line(exc)}") from None


def applied_steps(conn: psycopg.Connection[Any]) -> int:
    """How many schema steps the database holds (0: not a tpdesk-server database yet)."""
    found = conn.execute("SELECT to_regclass('schema_step') IS NOT NULL").fetchone()
    if not (found and found[0]):
        return 0
    row = conn.execute("SELECT count(*) FROM schema_step").fetchone()
    return int(row[0]) if row else 0


def migrate(url: str) -> int:
    """Apply the steps the database lacks, each in its own transaction; the new step count."""
    with connect(url, autocommit=True) as conn, translated(url):
        conn.execute("SELECT pg_advisory_lock(%s)", [_MIGRATION_LOCK])
        conn.execute("CREATE TABLE IF NOT EXISTS schema_step (step integer PRIMARY KEY,"
                     " name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
        done = refuse_newer(conn)
        for number, step in enumerate(STEPS[done:], start=done + 1):
            with conn.transaction():
                conn.execute(sql.SQL(step.sql))
                conn.execute("INSERT INTO schema_step (step, name) VALUES (%s, %s)",
                             [number, step.name])
        with conn.transaction():
            for key in ("register", "replica"):
                conn.execute("INSERT INTO server_meta (key, value) VALUES (%s, %s)"
                             " ON CONFLICT DO NOTHING", [key, uuid.uuid4().hex])
        return len(STEPS)


def refuse_newer(conn: psycopg.Connection[Any]) -> int:
    done = applied_steps(conn)
    if done > len(STEPS):
        raise UserError(f"the database was made by a newer tpdesk-server ({done} schema steps;"
                        f" this one knows {len(STEPS)}): upgrade tpdesk-server")
    return done


def check_current(url: str) -> None:
    """Refuse to serve a database that is not initialised, older or newer than this code."""
    with connect(url) as conn, translated(url):
        done = refuse_newer(conn)
        if done < len(STEPS):
            raise UserError(f"the database {where(url)} is not ready (schema {done} of"
                            f" {len(STEPS)}): run 'tpdesk-server init' first")
