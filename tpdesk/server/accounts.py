"""Users, their one-time sign-in tokens, passwords, and the credentials their copies get.

Tokens and credentials are random 256-bit secrets: the database keeps only
their SHA-256, so a stolen copy of it signs no one in. Passwords are chosen
by people, so they are stretched with Argon2id (RFC 9106's second
recommended setting, 64 MiB), a random salt per user, the parameters kept
beside the hash so that they can be raised later without locking anyone
out. After `MAX_FAILURES` wrong passwords in a row from one address (an
IPv6 address counts by its /64), an account refuses password sign-ins from
that address for `LOCKOUT` (doubling on each further failure, at most
`MAX_LOCKOUT`): someone guessing elsewhere cannot lock its owner out, and
its token and credentials keep working. Someone guessing from many
addresses meets a ceiling per user, `USER_CEILING` failures in
`USER_WINDOW`, after which only addresses that signed the user in before
may still try.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
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
USER_CEILING = 50  # wrong passwords an hour, from all addresses together, for one user
USER_WINDOW = timedelta(hours=1)


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
        conn.execute("UPDATE app_user SET window_failures = 0 WHERE name = %s", [name])


class Locked(Exception):
    """Too many wrong passwords: password sign-ins refused until `seconds` have passed."""

    def __init__(self, seconds: int) -> None:
        super().__init__(seconds)
        self.seconds = seconds


def address_key(address: str) -> str:
    """What the lockout counts by: an IPv4 address, or an IPv6 address's /64.

    One IPv6 subscriber usually holds a whole /64 (2^64 addresses), so
    counting single IPv6 addresses would give a guesser endless fresh tries.
    """
    try:
        found = ipaddress.ip_address(address)
    except ValueError:
        return address  # "unknown", or a name a test client gives
    if isinstance(found, ipaddress.IPv6Address):
        if found.ipv4_mapped is not None:
            return str(found.ipv4_mapped)
        return str(ipaddress.ip_network(f"{found}/64", strict=False))
    return str(found)


def _lock_seconds(conn: Connection, name: str, key: str) -> int | None:
    """Seconds this user's password sign-in stays refused from `key`, if it is refused."""
    row = conn.execute(
        "SELECT greatest("
        " (SELECT extract(epoch FROM f.locked_until - now()) FROM sign_in_failure f"
        "  WHERE f.user_name = u.name AND f.address = %s),"
        " CASE WHEN u.window_failures >= %s AND NOT EXISTS (SELECT 1 FROM sign_in_known k"
        "   WHERE k.user_name = u.name AND k.address = %s)"
        "  THEN extract(epoch FROM u.window_started + %s - now()) END)"
        " FROM app_user u WHERE u.name = %s AND NOT u.disabled",
        [key, USER_CEILING, key, USER_WINDOW, name]
    ).fetchone()
    seconds = None if row is None or row[0] is None else math.ceil(row[0])
    return seconds if seconds is not None and seconds > 0 else None


def _failed(conn: Connection, name: str, key: str) -> None:
    """Count one wrong password, for the address and for the user's hourly ceiling."""
    failures = conn.execute(
        "INSERT INTO sign_in_failure (user_name, address, failures) VALUES (%s, %s, 1)"
        " ON CONFLICT (user_name, address) DO UPDATE SET failures ="
        " sign_in_failure.failures + 1, last_failed = now() RETURNING failures",
        [name, key]).fetchone()
    if failures is None:
        return  # the user was deleted meanwhile
    count = int(failures[0])
    if count >= MAX_FAILURES:
        lock = min(LOCKOUT * 2 ** min(count - MAX_FAILURES, 20), MAX_LOCKOUT)
        conn.execute("UPDATE sign_in_failure SET locked_until = now() + %s"
                     " WHERE user_name = %s AND address = %s", [lock, name, key])
    conn.execute(
        "UPDATE app_user SET"
        " window_failures = CASE WHEN window_started > now() - %s"
        "  THEN window_failures + 1 ELSE 1 END,"
        " window_started = CASE WHEN window_started > now() - %s"
        "  THEN window_started ELSE now() END WHERE name = %s",
        [USER_WINDOW, USER_WINDOW, name])
    conn.execute("DELETE FROM sign_in_failure WHERE last_failed < now() - %s",
                 [FORGET_FAILURES])  # addresses that stopped trying


def check_password(conn: Connection, name: str, password: str, address: str) -> User | None:
    """The user this name and password sign in; failures count (its own transactions).

    An unknown user, a disabled one or one without a password costs the same
    stretching as a wrong password, so timing does not tell which names exist.
    Failures count per user and `address_key(address)`, and per user across
    all addresses (`USER_CEILING` an hour, which then refuses addresses that
    never signed this user in). Raises `Locked` while refused, before any
    stretching; the stretch itself runs outside any transaction, so no row
    stays locked for its 64 MiB and its tenth of a second. One try at a time
    per user and address (a session advisory lock, not a row's): tries sent
    side by side would all pass the lock check before any failure counted.
    """
    key = address_key(address)
    lock = f"sign-in {name} {key}"
    taken = conn.execute("SELECT pg_try_advisory_lock(hashtextextended(%s, 0))",
                         [lock]).fetchone()
    if not (taken and taken[0]):
        raise Locked(1)
    try:
        return _check(conn, name, password, key)
    finally:
        conn.execute("SELECT pg_advisory_unlock(hashtextextended(%s, 0))", [lock])


def _check(conn: Connection, name: str, password: str, key: str) -> User | None:
    with conn.transaction():
        seconds = _lock_seconds(conn, name, key)
        if seconds is not None:
            raise Locked(seconds)
        row = conn.execute(
            "SELECT name, role, member_state, partnerships, password_hash, password_salt,"
            " password_memory_kib, password_iterations, password_lanes FROM app_user"
            " WHERE name = %s AND NOT disabled", [name]).fetchone()
    if row is None or row[4] is None or len(password) > MAX_PASSWORD:
        stretch(password[:MAX_PASSWORD], bytes(16), STRETCH)
        return None
    cost = Stretch(row[6], row[7], row[8])
    try:
        Argon2id(salt=bytes(row[5]), length=32, iterations=cost.iterations,
                 lanes=cost.lanes, memory_cost=cost.memory_kib).verify(
            password.encode(), bytes(row[4]))  # constant-time comparison
    except InvalidKey:
        with conn.transaction():
            _failed(conn, name, key)
        return None
    with conn.transaction():
        still = conn.execute("SELECT 1 FROM app_user WHERE name = %s AND NOT disabled"
                             " AND password_hash = %s", [name, row[4]]).fetchone()
        if still is None:
            return None  # disabled or given a new password while we checked
        conn.execute("DELETE FROM sign_in_failure WHERE user_name = %s AND address = %s",
                     [name, key])
        conn.execute("INSERT INTO sign_in_known (user_name, address) VALUES (%s, %s)"
                     " ON CONFLICT DO NOTHING", [name, key])
        return _user(row)
