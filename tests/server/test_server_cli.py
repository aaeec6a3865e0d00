"""`tpdesk-server` as scripts run it: init, users, serve; one-line errors, the exit codes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import uuid
from typing import Any

import httpx
import psycopg
import pytest
from cli_support import one_line_error
from server_support import free_port, with_database
from test_passwords import serve_cli

from tpdesk.server import accounts, cli
from tpdesk.server.schema import STEPS


def server_cli(*args: str, env: dict[str, str] | None = None,
               timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tpdesk.server.cli", *args],
                          capture_output=True, text=True, timeout=timeout, check=False,
                          env=env)


@pytest.fixture
def empty_database(pg_admin_url: str) -> str:
    name = f"tpdesk_cli_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return with_database(pg_admin_url, name)


def test_init_then_users(empty_database: str) -> None:
    result = server_cli("--database", empty_database, "init")
    assert result.returncode == 0, result.stderr
    assert f"schema {len(STEPS)}" in result.stdout
    assert server_cli("--database", empty_database, "init").returncode == 0  # again: nothing
    added = server_cli("--database", empty_database, "users", "add", "italy", "--role",
                       "delegation", "--member-state", "IT", "--partnership", "TN",
                       "--partnership", "MA")
    assert added.returncode == 0, added.stderr
    token = added.stdout.strip().splitlines()[-1]
    assert len(token) >= 40
    with psycopg.connect(empty_database) as conn:
        assert token not in str(conn.execute("SELECT * FROM app_user").fetchall())
    again = server_cli("--database", empty_database, "users", "add", "italy", "--role",
                       "reader")
    assert "already exists" in one_line_error(again)
    listed = server_cli("--database", empty_database, "users", "list")
    assert listed.stdout.split("\t") == ["italy", "delegation", "IT MA TN",
                                         "token not used yet", "no password\n"]
    with psycopg.connect(empty_database) as conn:
        accounts.set_password(conn, "italy", "correct horse battery")
    assert listed_json(empty_database) == [{
        "name": "italy", "role": "delegation", "member_state": "IT",
        "partnerships": ["MA", "TN"], "disabled": False, "copies": 0, "token_waiting": True,
        "password": True}]
    assert server_cli("--database", empty_database, "users", "list").stdout.endswith(
        "\ttoken not used yet\tpassword\n")
    assert server_cli("--database", empty_database, "users", "disable", "italy").returncode == 0
    assert "disabled" in server_cli("--database", empty_database, "users", "list").stdout
    assert "no user" in one_line_error(
        server_cli("--database", empty_database, "users", "disable", "nobody"))


def listed_json(database: str) -> Any:
    done = server_cli("--database", database, "users", "list", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_database_from_the_environment(empty_database: str) -> None:
    env = {**os.environ, "TPDESK_SERVER_DATABASE": empty_database}
    assert server_cli("init", env=env).returncode == 0
    env.pop("TPDESK_SERVER_DATABASE")
    assert "no database" in one_line_error(server_cli("init", env=env))


@pytest.mark.parametrize(("args", "expected"), [
    (["--database", "postgresql://127.0.0.1:1/nothing", "init"], "cannot reach the database"),
    (["--database", "not a url =", "init"], "not a PostgreSQL URL"),
])
def test_bad_databases_are_one_line(args: list[str], expected: str) -> None:
    line = one_line_error(server_cli(*args))
    assert expected in line and line.startswith("tpdesk-server: error:")


def test_users_and_serve_need_an_initialised_database(empty_database: str) -> None:
    assert "tpdesk-server init" in one_line_error(
        server_cli("--database", empty_database, "users", "list"))
    assert "tpdesk-server init" in one_line_error(
        server_cli("--database", empty_database, "serve", "--port", str(free_port())))


def test_a_newer_database_is_refused(empty_database: str) -> None:
    assert server_cli("--database", empty_database, "init").returncode == 0
    with psycopg.connect(empty_database) as conn:
        conn.execute("INSERT INTO schema_step (step, name) VALUES (%s, 'from the future')",
                     [len(STEPS) + 1])
    assert "newer tpdesk-server" in one_line_error(
        server_cli("--database", empty_database, "init"))


def test_plain_http_on_another_address_is_refused(server_database: str) -> None:
    line = one_line_error(server_cli("--database", server_database, "serve", "--host",
                                     "0.0.0.0", "--port", str(free_port())))
    assert "--allow-plain-http" in line and "TLS" in line
    process, server = serve_cli(server_database, "--host", "0.0.0.0", "--allow-plain-http")
    try:  # told: it serves (here on every address, the loopback among them)
        assert httpx.get(f"{server.url}/v1/health", timeout=10).json()["status"] == "ok"
    finally:
        process.terminate()
        process.wait(timeout=30)
    bad = one_line_error(server_cli("--database", server_database, "serve", "--port",
                                    str(free_port()), "--trusted-proxy", "the proxy"))
    assert bad.endswith("--trusted-proxy the proxy: not an IP address or network (e.g."
                        " 127.0.0.1 or 10.0.0.0/8)")


def test_bad_usage_exits_2_bad_values_1(server_database: str) -> None:
    result = server_cli("users", "add", "x", "--role", "king")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "needs --member-state" in one_line_error(server_cli(
        "--database", server_database, "users", "add", "x", "--role", "delegation"))
    assert "two-letter country code" in one_line_error(server_cli(
        "--database", server_database, "users", "add", "x", "--role", "reader",
        "--partnership", "Tunisia"))


def test_init_and_serve_as_a_user_who_is_no_superuser(pg_admin_url: str) -> None:
    """The usual production set-up: RLS must hold although the owner bypasses it."""
    owner = f"tpdesk_owner_{uuid.uuid4().hex[:8]}"
    name = f"tpdesk_cli_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
    info = psycopg.conninfo.conninfo_to_dict(with_database(pg_admin_url, name))
    info["user"] = owner
    url = psycopg.conninfo.make_conninfo(**{k: str(v) for k, v in info.items()})
    result = server_cli("--database", url, "init")
    assert result.returncode == 0, result.stderr
    added = server_cli("--database", url, "users", "add", "fr", "--role", "delegation",
                       "--member-state", "FR")
    assert added.returncode == 0, added.stderr
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO record_scope (kind, id, created_by, scope_seq, partnership_code)"
                     " VALUES ('activity', 'a1', 'x', 1, 'TN')")
        conn.execute("INSERT INTO cell (kind, id, field, value, hlc, who, seq)"
                     " VALUES ('activity', 'a1', 'title', '\"x\"', 'h', 'w', 1)")
        conn.commit()
        assert conn.execute("SELECT count(*) FROM cell").fetchone() == (1,)  # the owner
        conn.execute("SET ROLE tpdesk_app")
        conn.execute("SELECT tpdesk_act_as('fr')")
        assert conn.execute("SELECT count(*) FROM cell").fetchone() == (0,)


def test_a_port_in_use_is_one_line(server_database: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = one_line_error(server_cli("--database", server_database, "serve", "--port",
                                         str(port)))
    assert f"cannot listen on 127.0.0.1 port {port}" in line


def test_a_database_of_the_previous_step_migrates(empty_database: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """0003 moves the password lockout to (user, address): old locks are let go."""
    from tpdesk.server import database
    monkeypatch.setattr(database, "STEPS", STEPS[:2])
    database.migrate(empty_database)
    with psycopg.connect(empty_database) as conn:
        conn.execute("INSERT INTO app_user (name, role, member_state, partnerships,"
                     " failed_sign_ins, locked_until) VALUES ('anna', 'secretariat', NULL,"
                     " '{}', 7, now() + interval '1 hour')")
    monkeypatch.undo()
    done = server_cli("--database", empty_database, "init")
    assert done.returncode == 0 and f"schema {len(STEPS)}" in done.stdout, done.stderr
    assert [u["name"] for u in listed_json(empty_database)] == ["anna"]
    with psycopg.connect(empty_database) as conn:
        assert conn.execute("SELECT count(*) FROM sign_in_failure").fetchone() == (0,)


def test_an_internal_error_is_its_kind_and_place_never_its_message(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(url: str) -> int:
        raise RuntimeError("cannot write activity 'Secret Tunis plan'")
    monkeypatch.setattr(cli, "migrate", broken)
    monkeypatch.setattr(cli, "setup_logging", lambda: None)  # this process's logging stays
    line = broken.__code__.co_firstlineno + 1
    assert cli.main(["--database", "postgresql://127.0.0.1:1/none", "init"]) == 1
    out = capsys.readouterr()
    assert (out.out, out.err) == ("", "tpdesk-server: internal error: RuntimeError at"
                                      f" server/test_server_cli.py:{line} broken\n")
