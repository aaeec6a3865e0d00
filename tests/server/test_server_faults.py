"""The real `tpdesk-server serve` process: killed -9 mid-push, restarted; its log lines."""

from __future__ import annotations

import io
import json
import logging
import re
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from server_support import Client, LiveServer, add_user, start_process
from test_sync_api import activity, partnership, record, stamp

from tpdesk.server import replication
from tpdesk.server.observe import LEVELS, setup_logging


def _in_push(database: str) -> bool:
    """Whether the server is inside a push's transaction right now."""
    with psycopg.connect(database, autocommit=True) as conn:
        row = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name ="
                           " 'tpdesk-server' AND state = 'idle in transaction'"
                           " OR (application_name = 'tpdesk-server' AND state = 'active'"
                           " AND query LIKE 'INSERT INTO cell%%')").fetchone()
    return bool(row and row[0])


def _state(database: str) -> tuple[int, int, int]:
    with psycopg.connect(database) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT seq), coalesce(max(seq), 0)"
                           " FROM cell").fetchone()
        last = conn.execute("SELECT last FROM server_seq").fetchone()
    assert row is not None and last is not None
    assert row[2] == last[0]
    return int(row[0]), int(row[1]), int(last[0])


@pytest.mark.slow
def test_killed_during_a_push_nothing_lost_nothing_doubled(server_database: str,
                                                           tmp_path: Path) -> None:
    server = start_process(server_database, log=tmp_path / "server.log")
    sec = Client(server.url)
    try:
        assert sec.sign_in(add_user(server_database, "sec", "secretariat")).status_code == 200
        hlc = stamp(sec.replica)
        tn = partnership("TN", hlc)
        batches = [[tn, *[activity(tn["id"], f"A{n}-{i}", hlc) for i in range(3000)]]
                   for n in range(3)]
        expected = 5 + 3 * 3 * 3000
        killed = 0
        for n, changes in enumerate(batches):
            batch = str(uuid.uuid4())
            outcome: dict[str, Any] = {}

            def send(changes: list[dict[str, Any]] = changes, batch: str = batch,
                     outcome: dict[str, Any] = outcome) -> None:
                try:
                    outcome["response"] = sec.push(changes, batch=batch)
                except httpx.HTTPError as exc:
                    outcome["error"] = exc
            thread = threading.Thread(target=send)
            thread.start()
            deadline = time.monotonic() + 60
            while not _in_push(server_database) and time.monotonic() < deadline:
                time.sleep(0.01)
            if n < 2:  # kill the first two pushes in flight, let the third through
                server.kill()
                killed += 1
            thread.join(timeout=120)
            if n < 2:
                assert "error" in outcome or outcome["response"].status_code != 200
                server = start_process(server_database, log=tmp_path / "server.log")
                sec.url = server.url
                retry = sec.push(changes, batch=batch)
                assert retry.status_code == 200, retry.text
            else:
                assert outcome["response"].status_code == 200
        assert killed == 2
        cells, distinct, last = _state(server_database)
        assert cells == distinct == last == expected
        changes, _, _ = sec.pull_all()
        assert len({(r["id"], c[0]) for r in changes for c in r["cells"]}) == expected
        again = sec.push(batches[0]).json()
        assert (again["accepted"], _state(server_database)) == (0, (expected,) * 3)
    finally:
        sec.close()
        server.stop()


def test_log_lines_are_json_and_carry_no_secrets(server_database: str, tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    server = start_process(server_database, log=log)
    sec = Client(server.url)
    try:
        token = add_user(server_database, "sec", "secretariat")
        assert sec.sign_in(token).status_code == 200
        assert sec.push([partnership("TN", stamp(sec.replica))]).status_code == 200
        assert sec.pull().status_code == 200
        assert httpx.get(f"{server.url}/v1/pull",
                         headers={"Authorization": "Bearer wrong"}).status_code == 401
        health = httpx.get(f"{server.url}/v1/health").json()
        assert health["status"] == "ok" and health["database"] == "ok"
        metrics = httpx.get(f"{server.url}/v1/metrics").text
        assert "tpdesk_pushes_total 1" in metrics and "tpdesk_latest_seq 5" in metrics
        assert 'tpdesk_requests_total{path="/v1/pull",status="401"} 1' in metrics
    finally:
        sec.close()
        server.stop()
    text = log.read_text()
    lines = [json.loads(line) for line in text.splitlines()]
    assert {"request", "push"} <= {line["event"] for line in lines}
    assert {line.get("user") for line in lines if line["event"] == "request"} >= {"sec"}
    assert token not in text and sec.credential not in text and "Bearer" not in text


@pytest.fixture
def server_log() -> Any:
    """The server's JSON log lines, written to a string for the test, as `serve` writes them."""
    saved = [(log, log.handlers[:], log.level, log.propagate)
             for log in map(logging.getLogger, LEVELS)]
    stream = io.StringIO()
    setup_logging(stream)
    yield stream
    for log, handlers, level, propagate in saved:
        log.handlers[:], log.level, log.propagate = handlers, level, propagate


def test_a_bug_is_logged_by_kind_and_place_never_what_the_records_hold(
        live_server: LiveServer, server_log: io.StringIO,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(merger: Any) -> None:
        titles = [c for m in merger.merged for c in m.cells.values()]
        try:
            raise KeyError(f"no room for {titles}")
        except KeyError as exc:
            raise RuntimeError(f"cannot write {titles}") from exc
    monkeypatch.setattr(replication._Merger, "write", broken)
    sec = Client(live_server.url)
    try:
        assert sec.sign_in(add_user(live_server.database, "sec", "secretariat")).status_code \
            == 200
        failed = sec.push([record("activity", "a1", {"title": "Secret Tunis plan"},
                                  stamp(sec.replica))])
    finally:
        sec.close()
    assert failed.status_code == 500
    assert failed.json() == {"error": "internal error (logged on the server)"}
    text = server_log.getvalue()
    assert "Secret Tunis" not in text and "no room" not in text and "cannot write" not in text
    [bug] = [json.loads(line) for line in text.splitlines() if '"event": "bug"' in line]
    assert [e["type"] for e in bug["error"]] == ["builtins.KeyError", "builtins.RuntimeError"]
    frames = bug["error"][-1]["frames"]
    assert all(re.fullmatch(r"[\w./<>-]+:\d+ [\w<>]+", f) for f in frames), frames
    assert frames[0].startswith("tpdesk/server/app.py:") and frames[-1].endswith(" broken")
    assert any(f.startswith("tpdesk/server/replication.py:") for f in frames)


def test_a_request_leaves_one_line_and_none_of_the_connection_pool(
        live_server: LiveServer, server_log: io.StringIO) -> None:
    sec = Client(live_server.url)
    try:
        assert sec.sign_in(add_user(live_server.database, "sec", "secretariat")).status_code \
            == 200
        assert sec.pull().status_code == 200
    finally:
        sec.close()
    lines = [json.loads(line) for line in server_log.getvalue().splitlines()]
    assert [(line["level"], line["event"], line.get("path")) for line in lines] == [
        ("info", "request", "/v1/session"), ("info", "request", "/v1/pull")]
    assert logging.getLogger("psycopg.pool").isEnabledFor(logging.WARNING)  # its warnings stay
