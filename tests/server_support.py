"""PostgreSQL and a live tpdesk-server on loopback, for the tests that need them.

A conftest takes the fixtures by importing them:

    from server_support import (  # noqa: F401  (fixtures)
        client, live_server, pg_admin_url, server_database, server_template)

`pg_admin_url` is `$TPDESK_TEST_DATABASE_URL` (set by .ci/run) or a
throwaway cluster this module starts (initdb and pg_ctl, as the `postgres`
user when run as root), else the tests are skipped with the reason.
`server_database` is a fresh, initialised database per test, `live_server`
the API over it on a loopback port (a thread), `client` a factory of
protocol clients. `start_thread` and `start_process` (a real `tpdesk-server
serve` that `kill()` kills -9) serve a database on a free loopback port.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from tpdesk.server import accounts
from tpdesk.server.database import migrate

ENV_URL = "TPDESK_TEST_DATABASE_URL"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                      else 0)
    return versions[-1].parent if versions else None


class Cluster:
    """A PostgreSQL cluster in a temp folder, trusting loopback, gone when stopped."""

    def __init__(self) -> None:
        bin_dir = _bin_dir()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL's initdb is not installed")
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="tpdesk-pg-"))
        self.port = free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb refuses root
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root and there is no 'postgres' user") from None
            shutil.chown(self.root, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.data = self.root / "data"

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self.as_user, *args], capture_output=True, text=True,
                                check=False, timeout=120, cwd=self.root)  # postgres may enter
        if result.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {result.stderr.strip()[-500:]}")

    def start(self) -> str:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U",
                  "postgres", "-E", "UTF8", "--no-sync")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "log"), "-w", "-o",
                  f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root}"
                  " -c fsync=off -c max_connections=200", "start")
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def with_database(url: str, name: str) -> str:
    info = psycopg.conninfo.conninfo_to_dict(url)
    info["dbname"] = name
    return psycopg.conninfo.make_conninfo(**{k: str(v) for k, v in info.items()})


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A PostgreSQL URL allowed to create databases."""
    if os.environ.get(ENV_URL):
        yield os.environ[ENV_URL]
        return
    try:
        cluster = Cluster()
        url = cluster.start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"no PostgreSQL to test the server against: {exc}")
    try:
        yield url
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def server_template(pg_admin_url: str) -> str:
    """A database migrated once, the template every test's database is copied from."""
    name = f"tpdesk_template_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    migrate(with_database(pg_admin_url, name))
    return name


@pytest.fixture
def server_database(pg_admin_url: str, server_template: str) -> Iterator[str]:
    """A fresh, initialised server database for one test; its URL."""
    name = f"tpdesk_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{server_template}"')
    url = with_database(pg_admin_url, name)
    with psycopg.connect(url, autocommit=True) as conn:  # each database its own register
        conn.execute("UPDATE server_meta SET value = md5(random()::text)"
                     " WHERE key IN ('register', 'replica')")
    yield url
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def add_user(database: str, name: str, role: str, member_state: str | None = None,
             partnerships: tuple[str, ...] = ()) -> str:
    """Create a server user; its one-time sign-in token."""
    with psycopg.connect(database) as conn:
        return accounts.add_user(conn, name, role, member_state, list(partnerships))


def _wait_healthy(url: str, alive: Any, timeout: float = 30, *, any_answer: bool = False
                  ) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError("the server stopped while starting")
        with contextlib.suppress(httpx.HTTPError):
            if any_answer or httpx.get(f"{url}/v1/health", timeout=2).status_code == 200:
                httpx.get(f"{url}/v1/health", timeout=2)
                return
        time.sleep(0.05)
    raise RuntimeError(f"the server at {url} did not become healthy")


@dataclass
class LiveServer:
    """A server on a loopback port: `url` to talk to, `stop()` (and `kill()`) to end it."""

    url: str
    database: str
    _stop: Any = field(repr=False)
    process: subprocess.Popen[bytes] | None = None

    def stop(self) -> None:
        self._stop()

    def token(self, name: str, role: str = "secretariat", member_state: str | None = None,
              partnerships: tuple[str, ...] = ()) -> str:
        """A new user of this server's database; its one-time sign-in token."""
        return add_user(self.database, name, role, member_state, partnerships)

    def kill(self) -> None:
        """kill -9: no shutdown, no flush (a process server only)."""
        assert self.process is not None, "a thread server cannot be killed"
        self.process.kill()
        self.process.wait(timeout=30)


def start_thread(database: str, *, wait: float = 10, healthy: bool = True,
                 port: int | None = None) -> LiveServer:
    """Serve `database` with uvicorn in a thread of this process.

    `wait`: how long a request waits for a database connection; `healthy`:
    wait for the database to answer too, not only the server; `port`: a
    given one (a server back where it was), else a free one.
    """
    import uvicorn

    from tpdesk.server.app import create_app

    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(database, wait=wait), host="127.0.0.1",
                                           port=port, log_config=None, access_log=False,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, name=f"tpdesk-server:{port}", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    _wait_healthy(url, thread.is_alive, any_answer=not healthy)

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=30)
    return LiveServer(url, database, stop)


def start_process(database: str, *, log: Path | None = None) -> LiveServer:
    """Serve `database` with the real `tpdesk-server serve` in a subprocess."""
    port = free_port()
    command = [sys.executable, "-m", "tpdesk.server.cli", "--database", database, "serve",
               "--port", str(port)]
    if log is None:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
    else:
        with log.open("ab") as out:  # the child keeps its own copy of the descriptor
            process = subprocess.Popen(command, stdout=out, stderr=out)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, lambda: process.poll() is None)
    except RuntimeError:
        process.kill()
        raise

    def stop() -> None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    return LiveServer(url, database, stop, process)


@dataclass
class Client:
    """A copy talking the protocol: sign in once, then push and pull with the credential."""

    url: str
    replica: str = field(default_factory=lambda: uuid.uuid4().hex)
    credential: str = ""
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=60))

    def close(self) -> None:
        self.http.close()

    def sign_in(self, token: str, *, register: str | None = None,
                name: str = "test copy", person: str = "Tester") -> httpx.Response:
        response = self.http.post(f"{self.url}/v1/session", json={
            "token": token, "replica": self.replica, "name": name, "person": person,
            "register": register})
        if response.status_code == 200:
            self.credential = response.json()["credential"]
        return response

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.credential}"}

    def push(self, changes: list[dict[str, Any]], *, vector: dict[str, str] | None = None,
             conflicts: list[dict[str, Any]] | None = None, batch: str | None = None,
             complete: bool = True) -> httpx.Response:
        return self.http.post(f"{self.url}/v1/push", headers=self.headers, json={
            "batch": batch or str(uuid.uuid4()), "replica": self.replica, "changes": changes,
            "conflicts": conflicts or [], "vector": vector or {}, "complete": complete})

    def pull(self, after: int = 0, limit: int | None = None, *,
             proposals: bool = False) -> httpx.Response:
        params = {"after": str(after)} | ({"limit": str(limit)} if limit else {}) | (
            {"proposals": "true"} if proposals else {})
        return self.http.get(f"{self.url}/v1/pull", headers=self.headers, params=params)

    def pull_all(self, after: int = 0, limit: int | None = None, *,
                 proposals: bool = False) -> tuple[
            list[dict[str, Any]], list[dict[str, Any]], int]:
        """Every page: the change records, the conflicts and the last sequence number."""
        changes: list[dict[str, Any]] = []
        conflicts: list[dict[str, Any]] = []
        while True:
            response = self.pull(after, limit, proposals=proposals)
            assert response.status_code == 200, response.text
            page = response.json()
            changes += page["changes"]
            conflicts += page["conflicts"]
            after = page["next"]
            if not page["more"]:
                return changes, conflicts, after


@pytest.fixture
def live_server(server_database: str) -> Iterator[LiveServer]:
    """The API on a loopback port, in a thread of the test process."""
    server = start_thread(server_database)
    yield server
    server.stop()


@pytest.fixture
def client(live_server: LiveServer) -> Iterator[Callable[[], Client]]:
    """Makes protocol clients of the live server, closed after the test."""
    made: list[Client] = []

    def make() -> Client:
        made.append(Client(live_server.url))
        return made[-1]
    yield make
    for c in made:
        c.close()
