"""Users, their one-time sign-in tokens, passwords, and the credentials their copies get.

Tokens and credentials are random 256-bit secrets: the database keeps only
their SHA-256, so a stolen copy of it signs no one in. Passwords are chosen
by people, so they are stretched with Argon2id (RFC 9106's second
recommended setting, 64 MiB), a random salt per user, the parameters kept
beside the hash so that they can be raised later without locking anyone
out. After `MAX_FAILURES` wrong passwords in a row from one address, an
account refuses password sign-ins from that address for `LOCKOUT` (doubling
on each further failure, at most `MAX_LOCKOUT`): someone guessing elsewhere
cannot lock its owner out, and its token and credentials keep working.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, NamedTuple

import psycopg
from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ..models.errors import UserError

ROLES = ("secretariat", "delegation", "reader")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
_CODE = re.compile(r"[A-Z]{2}")

Connection = psycopg.Connection[Any]


MIN_PASSWORD = 10  # characters
MAX_PASSWORD = 1024
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=1)
MAX_LOCKOUT = timedelta(hours=1)
FORGET_FAILURES = timedelta(days=1)  # an address's failures, once it stops trying


class Stretch(NamedTuple):
    """Argon2id's cost, stored with each password hash."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4


STRETCH = Stretch()


def stretch(password: str, salt: bytes, cost: Stretch) -> bytes:
    return Argon2id(salt=salt, length=32, iterations=cost.iterations, lanes=cost.lanes,
                    memory_cost=cost.memory_kib).derive(password.encode())


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True)
class User:
    name: str
    role: str
    member_state: str | None
    partnerships: tuple[str, ...]
    disabled: bool = False
    signed_in: int = 0  # copies holding a credential
    token_waiting: bool = False
    has_password: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"user": self.name, "role": self.role, "member_state": self.member_state,
                "partnerships": None if self.role == "secretariat" else list(self.partnerships)}


@dataclass(frozen=True)
class Viewer:
    """A signed-in copy: the user it acts for and its replica id."""

    user: User
    replica: str


def add_user(conn: Connection, name: str, role: str, member_state: str | None,
             partnerships: list[str]) -> str:
    """Create a user; returns the one-time sign-in token (shown once, stored hashed)."""
    if not _NAME.fullmatch(name):
        raise UserError(f"user name {name!r}: 1 to 64 letters, digits, '.', '_', '@' or '-'")
    if role not in ROLES:
        raise UserError(f"--role {role!r}: one of {', '.join(ROLES)}")
    for code in [member_state or "AA", *partnerships]:
        if not _CODE.fullmatch(code):
            raise UserError(f"{code!r} is not a two-letter country code (upper case, e.g. IT)")
    if role == "secretariat" and (member_state or partnerships):
        raise UserError("a secretariat user sees everything: no --member-state or"
                        " --partnership")
    if role == "delegation" and not member_state:
        raise UserError("a delegation user needs --member-state CODE")
    token = secrets.token_urlsafe(32)
    with conn.transaction():
        try:
            conn.execute("INSERT INTO app_user (name, role, member_state, partnerships,"
                         " token_hash) VALUES (%s, %s, %s, %s, %s)",
                         [name, role, member_state, sorted(set(partnerships)), digest(token)])
        except psycopg.errors.UniqueViolation:
            raise UserError(f"user {name!r} already exists") from None
    return token


def list_users(conn: Connection) -> list[User]:
    rows = conn.execute(
        "SELECT u.name, u.role, u.member_state, u.partnerships, u.disabled,"
        " (SELECT count(*) FROM credential c WHERE c.user_name = u.name),"
        " u.token_hash IS NOT NULL, u.password_hash IS NOT NULL FROM app_user u"
        " ORDER BY u.name").fetchall()
    return [User(r[0], r[1], r[2], tuple(r[3]), r[4], int(r[5]), r[6], r[7]) for r in rows]


def disable_user(conn: Connection, name: str) -> None:
    """From now on the user's credentials and any unused token are refused."""
    with conn.transaction():
        found = conn.execute("UPDATE app_user SET disabled = true, token_hash = NULL"
                             " WHERE name = %s", [name])
        if found.rowcount == 0:
            raise UserError(f"no user named {name!r} ('tpdesk-server users list')")


def _user(row: Any) -> User:
    return User(row[0], row[1], row[2], tuple(row[3]))


def redeem_token(conn: Connection, token: str) -> User | None:
    """The user of an unused sign-in token, consuming it (inside the caller's transaction)."""
    row = conn.execute("UPDATE app_user SET token_hash = NULL WHERE token_hash = %s"
                       " AND NOT disabled RETURNING name, role, member_state, partnerships",
                       [digest(token)]).fetchone()
    return None if row is None else _user(row)


def issue_credential(conn: Connection, user: User, *, replica: str, copy_name: str,
                     person: str) -> str:
    credential = secrets.token_urlsafe(32)
    conn.execute("INSERT INTO credential (hash, user_name, replica, copy_name, person)"
                 " VALUES (%s, %s, %s, %s, %s)",
                 [digest(credential), user.name, replica, copy_name, person])
    return credential


def viewer(conn: Connection, credential: str) -> Viewer | None:
    """Who a credential signs in, unless unknown or the user is disabled."""
    row = conn.execute(
        "SELECT u.name, u.role, u.member_state, u.partnerships, c.replica FROM credential c"
        " JOIN app_user u ON u.name = c.user_name WHERE c.hash = %s AND NOT u.disabled",
        [digest(credential)]).fetchone()
    return None if row is None else Viewer(_user(row), row[4])


def set_password(conn: Connection, name: str, password: str) -> None:
    """Give a user a (new) password; clears any lockout. The password is kept only stretched."""
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise UserError(f"the password must be {MIN_PASSWORD} to {MAX_PASSWORD} characters long")
    salt = os.urandom(16)
    hashed = stretch(password, salt, STRETCH)
    with conn.transaction():
        found = conn.execute(
            "UPDATE app_user SET password_hash = %s, password_salt = %s,"
            " password_memory_kib = %s, password_iterations = %s, password_lanes = %s"
            " WHERE name = %s", [hashed, salt, *STRETCH, name])
        if found.rowcount == 0:
            raise UserError(f"no user named {name!r} ('tpdesk-server users list')")
        conn.execute("DELETE FROM sign_in_failure WHERE user_name = %s", [name])


class Locked(Exception):
    """Too many wrong passwords: password sign-ins refused until `seconds` have passed."""

    def __init__(self, seconds: int) -> None:
        super().__init__(seconds)
        self.seconds = seconds


def check_password(conn: Connection, name: str, password: str, address: str) -> User | None:
    """The user this name and password sign in, in a transaction of its own (failures count).

    An unknown user, a disabled one or one without a password costs the same
    stretching as a wrong password, so timing does not tell which names exist.
    Failures count per user and client `address`. Raises `Locked` while the
    account is locked for that address.
    """
    with conn.transaction():
        row = conn.execute(
            "SELECT name, role, member_state, partnerships, password_hash, password_salt,"
            " password_memory_kib, password_iterations, password_lanes FROM app_user"
            " WHERE name = %s AND NOT disabled FOR UPDATE", [name]).fetchone()
        failed = None if row is None else conn.execute(
            "SELECT failures, ceil(extract(epoch FROM locked_until - now()))::integer"
            " FROM sign_in_failure WHERE user_name = %s AND address = %s",
            [name, address]).fetchone()
        if failed is not None and failed[1] is not None and failed[1] > 0:
            raise Locked(int(failed[1]))
        if row is None or row[4] is None or len(password) > MAX_PASSWORD:
            stretch(password[:MAX_PASSWORD], bytes(16), STRETCH)
            return None
        cost = Stretch(row[6], row[7], row[8])
        try:
            Argon2id(salt=bytes(row[5]), length=32, iterations=cost.iterations,
                     lanes=cost.lanes, memory_cost=cost.memory_kib).verify(
                password.encode(), bytes(row[4]))  # constant-time comparison
        except InvalidKey:
            failures = (0 if failed is None else int(failed[0])) + 1
            extra = max(0, failures - MAX_FAILURES)
            lock = min(LOCKOUT * 2 ** min(extra, 20), MAX_LOCKOUT) if failures >= MAX_FAILURES \
                else None
            conn.execute("INSERT INTO sign_in_failure (user_name, address, failures,"
                         " locked_until) VALUES (%s, %s, %s, now() + %s)"
                         " ON CONFLICT (user_name, address) DO UPDATE SET failures ="
                         " EXCLUDED.failures, locked_until = EXCLUDED.locked_until,"
                         " last_failed = now()", [name, address, failures, lock])
            conn.execute("DELETE FROM sign_in_failure WHERE last_failed < now() - %s",
                         [FORGET_FAILURES])  # addresses that stopped trying
            return None
        conn.execute("DELETE FROM sign_in_failure WHERE user_name = %s AND address = %s",
                     [name, address])
        return _user(row)
