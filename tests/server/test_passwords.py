"""Passwords: `users passwd`, sign-in by name and password, lockout; real PostgreSQL and server.

A password sign-in gives the same kind of credential as the one-time token;
the database keeps only an Argon2id hash with its salt and parameters; wrong
passwords are answered slowly and, after a few in a row, lock password
sign-in for a while.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psycopg
import pytest
from cli_support import one_line_error, tpdesk
from server_support import LiveServer, add_user, free_port

from tpdesk.server import accounts, app
from tpdesk.services import StoreFactory, sync

PASSWORD = "correct horse battery"


def passwd(database: str, name: str, password_file: Path | None,
           ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TPDESK_SERVER_PASSWORD_FILE"}
    if password_file is not None:
        env["TPDESK_SERVER_PASSWORD_FILE"] = str(password_file)
    return subprocess.run([sys.executable, "-m", "tpdesk.server.cli", "--database", database,
                           "users", "passwd", name], capture_output=True, text=True,
                          timeout=60, check=False, env=env, stdin=subprocess.DEVNULL)


def _file(folder: Path, text: str) -> Path:
    path = folder / "password.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _sign_in(server: LiveServer, user: str, password: str, *,
             forwarded_for: str | None = None) -> httpx.Response:
    headers = {} if forwarded_for is None else {"X-Forwarded-For": forwarded_for}
    return httpx.post(f"{server.url}/v1/session", timeout=30, headers=headers, json={
        "user": user, "password": password, "replica": "a" * 32, "name": "laptop",
        "person": "Anna", "register": None})


def serve_cli(database: str, *options: str) -> tuple[subprocess.Popen[bytes], LiveServer]:
    """The real `tpdesk-server serve` with these options, once it answers."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "tpdesk.server.cli", "--database",
                                database, "serve", "--port", str(port), *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = LiveServer(f"http://127.0.0.1:{port}", database, process.terminate, process)
    for _ in range(300):
        try:
            if httpx.get(f"{server.url}/v1/health", timeout=5).status_code == 200:
                return process, server
        except httpx.TransportError:
            pass
        assert process.poll() is None, "tpdesk-server serve exited"
        time.sleep(0.1)
    process.kill()
    raise AssertionError("tpdesk-server serve did not answer")


def test_users_passwd_stores_only_an_argon2id_hash(server_database: str,
                                                   tmp_path: Path) -> None:
    add_user(server_database, "anna", "secretariat")
    done = passwd(server_database, "anna", _file(tmp_path, PASSWORD))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "password of anna set\n"
    with psycopg.connect(server_database) as conn:
        row = conn.execute("SELECT password_hash, password_salt, password_memory_kib,"
                           " password_iterations, password_lanes FROM app_user"
                           " WHERE name = 'anna'").fetchone()
        assert row is not None
        assert PASSWORD.encode() not in bytes(row[0]) and len(bytes(row[0])) == 32
        assert len(bytes(row[1])) == 16 and tuple(row[2:]) == tuple(accounts.STRETCH)
        assert PASSWORD not in str(conn.execute("SELECT * FROM app_user").fetchall())
    again = passwd(server_database, "anna", _file(tmp_path, PASSWORD))
    with psycopg.connect(server_database) as conn:  # a new salt each time
        salts = conn.execute("SELECT password_salt FROM app_user").fetchall()
    assert again.returncode == 0 and bytes(salts[0][0]) != bytes(row[1])


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("nobody", PASSWORD, "no user named 'nobody'"),
    ("anna", "short", "the password must be 10 to 1024 characters long"),
    ("anna", None, "a password is needed: run in a terminal, or name a file holding it in"
                   " $TPDESK_SERVER_PASSWORD_FILE"),
])
def test_users_passwd_refusals_are_one_line(server_database: str, tmp_path: Path, name: str,
                                            text: str | None, expected: str) -> None:
    add_user(server_database, "anna", "secretariat")
    done = passwd(server_database, name, None if text is None else _file(tmp_path, text))
    assert done.returncode == 1
    assert one_line_error(done).startswith(f"tpdesk-server: error: {expected}")


def test_password_sign_in_gives_a_working_credential(live_server: LiveServer) -> None:
    add_user(live_server.database, "anna", "secretariat")
    with psycopg.connect(live_server.database) as conn:
        accounts.set_password(conn, "anna", PASSWORD)
    answer = _sign_in(live_server, "anna", PASSWORD)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["user"] == "anna" and body["role"] == "secretariat"
    pulled = httpx.get(f"{live_server.url}/v1/pull", timeout=30,
                       headers={"Authorization": f"Bearer {body['credential']}"})
    assert pulled.status_code == 200
    assert _sign_in(live_server, "anna", PASSWORD).status_code == 200  # a password is reusable


def test_wrong_passwords_are_slow_then_locked(live_server: LiveServer,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "FAILURE_DELAY", 0.2)
    token = add_user(live_server.database, "anna", "secretariat")
    add_user(live_server.database, "marco", "reader")  # a user without a password
    with psycopg.connect(live_server.database) as conn:
        accounts.set_password(conn, "anna", PASSWORD)
    started = time.monotonic()
    for user in ("nobody", "marco"):
        wrong = _sign_in(live_server, user, PASSWORD)
        assert wrong.status_code == 401
        assert wrong.json() == {"error": "unknown user or wrong password"}
    assert time.monotonic() - started >= 0.4  # the delay, for unknown names too
    for _ in range(accounts.MAX_FAILURES):
        assert _sign_in(live_server, "anna", "not the password").status_code == 401
    locked = _sign_in(live_server, "anna", PASSWORD)  # even the right one, for a while
    assert locked.status_code == 429
    assert locked.json()["error"].startswith("too many wrong passwords: password sign-in for"
                                             " this user from this address is refused for ")
    signed = httpx.post(f"{live_server.url}/v1/session", timeout=30, json={
        "token": token, "replica": "b" * 32, "name": "laptop", "person": "Anna",
        "register": None})
    assert signed.status_code == 200  # the token still works
    with psycopg.connect(live_server.database) as conn:  # the lock has run out
        conn.execute("UPDATE sign_in_failure SET locked_until = now() - interval '1 s'")
    assert _sign_in(live_server, "anna", PASSWORD).status_code == 200
    with psycopg.connect(live_server.database) as conn:
        assert conn.execute("SELECT count(*) FROM sign_in_failure").fetchone() == (0,)
        accounts.disable_user(conn, "anna")
    assert _sign_in(live_server, "anna", PASSWORD).status_code == 401


@pytest.mark.parametrize("trusted", [False, True])
def test_the_lock_is_per_address_and_a_forwarded_one_counts_only_from_a_trusted_proxy(
        server_database: str, trusted: bool) -> None:
    """Someone guessing from one address does not lock the user out from another."""
    add_user(server_database, "anna", "secretariat")
    with psycopg.connect(server_database) as conn:
        accounts.set_password(conn, "anna", PASSWORD)
    process, server = serve_cli(server_database, *(["--trusted-proxy", "127.0.0.1"]
                                                if trusted else []))
    try:
        for _ in range(accounts.MAX_FAILURES):
            wrong = _sign_in(server, "anna", "guess guess", forwarded_for="203.0.113.7")
            assert wrong.status_code == 401
        assert _sign_in(server, "anna", PASSWORD, forwarded_for="203.0.113.7").status_code \
            == 429
        elsewhere = _sign_in(server, "anna", PASSWORD, forwarded_for="198.51.100.2")
        assert elsewhere.status_code == (200 if trusted else 429)  # a forged header: no escape
    finally:
        process.terminate()
        process.wait(timeout=30)
    with psycopg.connect(server_database) as conn:
        rows = conn.execute("SELECT user_name, address, failures FROM sign_in_failure"
                            ).fetchall()
    assert rows == [("anna", "203.0.113.7" if trusted else "127.0.0.1", accounts.MAX_FAILURES)]


def test_tpdesk_sync_with_user_and_password_file(live_server: LiveServer,
                                                 tmp_path: Path) -> None:
    add_user(live_server.database, "anna", "secretariat")
    with psycopg.connect(live_server.database) as conn:
        accounts.set_password(conn, "anna", PASSWORD)
    env = {"TPDESK_USER": "Anna",
           "TPDESK_SERVER_PASSWORD_FILE": str(_file(tmp_path, PASSWORD))}
    laptop = tmp_path / "laptop.db"
    first = tpdesk("--db", laptop, "sync", "--server", live_server.url, "--user", "anna",
                   env=env)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"synced with {live_server.url}: ")
    assert sync.status(StoreFactory(laptop)).user == "anna"
    later = tpdesk("--db", laptop, "sync", env={"TPDESK_USER": "Anna"})
    assert later.returncode == 0, later.stderr
    wrong = one_line_error(tpdesk(
        "--db", tmp_path / "other.db", "sync", "--server", live_server.url, "--user", "anna",
        env={"TPDESK_USER": "Anna",
             "TPDESK_SERVER_PASSWORD_FILE": str(_file(tmp_path, "wrong password"))}))
    assert "401: the server refused this copy's sign-in" in wrong
    both = one_line_error(tpdesk("--db", laptop, "sync", "--server", live_server.url,
                                 "--user", "anna", "--token-file", tmp_path / "t", env=env))
    assert both.endswith("--user and --token-file: sign in with one or the other")


@pytest.fixture
def cheap(monkeypatch: pytest.MonkeyPatch, server_database: str) -> str:
    """A database with user anna whose password stretches cheaply (the rules, not the cost)."""
    monkeypatch.setattr(accounts, "STRETCH", accounts.Stretch(64, 1, 1))
    add_user(server_database, "anna", "secretariat")
    with psycopg.connect(server_database) as conn:
        accounts.set_password(conn, "anna", PASSWORD)
    return server_database


def _try(database: str, password: str, address: str) -> str:
    with psycopg.connect(database, autocommit=True) as conn:
        try:
            return "ok" if accounts.check_password(conn, "anna", password, address) else "wrong"
        except accounts.Locked:
            return "locked"


def test_an_ipv6_address_counts_by_its_64(cheap: str) -> None:
    """Fresh addresses from one /64 (2^64 of them) are one address to the lockout."""
    for n in range(accounts.MAX_FAILURES):
        assert _try(cheap, "guess guess", f"2001:db8:0:0::{n + 1:x}") == "wrong"
    assert _try(cheap, PASSWORD, "2001:db8::ffff:1") == "locked"
    assert _try(cheap, PASSWORD, "2001:db8:0:1::1") == "ok"  # the next /64 is someone else
    assert _try(cheap, PASSWORD, "::ffff:192.0.2.1") == "ok"
    with psycopg.connect(cheap) as conn:
        assert conn.execute("SELECT address FROM sign_in_failure").fetchall() == [
            ("2001:db8::/64",)]
        known = conn.execute("SELECT address FROM sign_in_known ORDER BY 1").fetchall()
    assert known == [("192.0.2.1",), ("2001:db8:0:1::/64",)]


def test_many_addresses_meet_a_ceiling_per_user(cheap: str) -> None:
    """USER_CEILING failures from as many addresses lock out addresses never seen succeed."""
    assert _try(cheap, PASSWORD, "192.0.2.1") == "ok"  # the owner's usual address
    for n in range(accounts.USER_CEILING):
        assert _try(cheap, "guess guess", f"198.51.{n // 200}.{n % 200 + 1}") == "wrong"
    assert _try(cheap, PASSWORD, "203.0.113.9") == "locked"
    assert _try(cheap, PASSWORD, "192.0.2.1") == "ok"
    with psycopg.connect(cheap) as conn:  # the hour has passed
        conn.execute("UPDATE app_user SET window_started = now() - interval '61 minutes'")
    assert _try(cheap, PASSWORD, "203.0.113.9") == "ok"


def test_a_locked_try_costs_no_stretch_and_no_try_holds_the_user_row(
        cheap: str, monkeypatch: pytest.MonkeyPatch) -> None:
    stretched: list[str] = []
    real = accounts.Argon2id

    class Watched:
        """Argon2id that checks, mid-stretch, that the user's row is free to lock."""

        def __init__(self, **kwargs: int | bytes) -> None:
            self.inner = real(**kwargs)  # type: ignore[arg-type]

        def verify(self, password: bytes, expected: bytes) -> None:
            with psycopg.connect(cheap) as other:
                other.execute("SET lock_timeout = '1s'")
                other.execute("SELECT 1 FROM app_user WHERE name = 'anna' FOR UPDATE NOWAIT")
            stretched.append("verify")
            self.inner.verify(password, expected)

    monkeypatch.setattr(accounts, "Argon2id", Watched)
    for _ in range(accounts.MAX_FAILURES):
        assert _try(cheap, "guess guess", "192.0.2.7") == "wrong"
    assert stretched == ["verify"] * accounts.MAX_FAILURES
    assert _try(cheap, PASSWORD, "192.0.2.7") == "locked"
    assert len(stretched) == accounts.MAX_FAILURES  # refused before stretching


def test_tries_side_by_side_from_one_address_wait_their_turn(cheap: str) -> None:
    """Sent at once, all would pass the lock check before any failure counted."""
    with psycopg.connect(cheap, autocommit=True) as other:
        other.execute("SELECT pg_advisory_lock(hashtextextended('sign-in anna 192.0.2.8', 0))")
        assert _try(cheap, PASSWORD, "192.0.2.8") == "locked"  # a try in flight
        assert _try(cheap, PASSWORD, "192.0.2.9") == "ok"  # another address is not held up
        other.execute("SELECT pg_advisory_unlock_all()")
    assert _try(cheap, PASSWORD, "192.0.2.8") == "ok"
