"""The sync API end to end on loopback: sign-in, push, pull, paging, idempotence, merge."""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import psycopg
from server_support import Client, LiveServer, add_user, free_port, start_thread


def stamp(replica: str, offset_ms: int = 0, counter: int = 0) -> str:
    return f"{int(time.time() * 1000) + offset_ms:013d}-{counter:06x}-{replica}"


def record(kind: str, record_id: str, cells: dict[str, Any], hlc: str,
           who: str = "Tester") -> dict[str, Any]:
    return {"kind": kind, "id": record_id,
            "cells": [[name, value, hlc, who] for name, value in sorted(cells.items())]}


def partnership(code: str, hlc: str, record_id: str | None = None) -> dict[str, Any]:
    return record("partnership", record_id or str(uuid.uuid4()), {
        "country_code": code, "title": f"EU-{code}", "status": "exploratory",
        "deleted": None, "tags": []}, hlc)


def activity(pid: str, title: str, hlc: str, record_id: str | None = None) -> dict[str, Any]:
    return record("activity", record_id or str(uuid.uuid4()), {
        "partnership_id": pid, "title": title, "deleted": None}, hlc)


def note(pid: str | None, text: str, hlc: str, *, visibility: str = "internal",
         record_id: str | None = None) -> dict[str, Any]:
    return record("note", record_id or str(uuid.uuid4()), {
        "target_kind": "partnership", "target_id": pid or "", "partnership_id": pid,
        "text": text, "visibility": visibility, "author": "x", "deleted": None}, hlc)


Clients = Callable[[], Client]


def secretariat(server: LiveServer, client: Clients, name: str = "sec") -> Client:
    made = client()
    response = made.sign_in(add_user(server.database, name, "secretariat"))
    assert response.status_code == 200, response.text
    return made


def test_sign_in_gives_a_credential_once(live_server: LiveServer, client: Clients) -> None:
    token = add_user(live_server.database, "sec", "secretariat")
    first = client()
    response = first.sign_in(token, register="3b8b068d")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["role"] == "secretariat" and body["partnerships"] is None
    assert body["register"] == "3b8b068d" and body["secretariat"] == first.replica
    fresh = client().sign_in(add_user(live_server.database, "sec2", "secretariat"))
    assert fresh.json()["register"] == "3b8b068d"  # register null: joins the server's
    again = client().sign_in(token)
    assert again.status_code == 401 and "sign-in token" in again.json()["error"]
    with psycopg.connect(live_server.database) as conn:
        stored = conn.execute("SELECT hash FROM credential").fetchall()
        users = conn.execute("SELECT token_hash FROM app_user").fetchall()
    assert stored and body["credential"] not in str(stored) and users == [(None,), (None,)]


def test_a_copy_of_another_register_is_refused(live_server: LiveServer, client: Clients) -> None:
    sec = secretariat(live_server, client)
    sec.push([partnership("TN", stamp(sec.replica))])
    token = add_user(live_server.database, "sec2", "secretariat")
    response = client().sign_in(token, register="someone-else")
    assert response.status_code == 409
    joining = client()
    response = joining.http.post(f"{live_server.url}/v1/session", json={
        "token": token, "replica": joining.replica, "name": "new copy", "person": "P",
        "register": "its-own-new-id", "fresh": True})  # a fresh copy joins, whatever its id
    assert response.status_code == 200, response.text  # the token survived the 409


def test_push_then_pull_round_trip(live_server: LiveServer, client: Clients) -> None:
    sec = secretariat(live_server, client)
    hlc = stamp(sec.replica)
    tn = partnership("TN", hlc)
    act = activity(tn["id"], "Bootcamp", hlc)
    response = sec.push([tn, act], vector={sec.replica: hlc})
    assert response.status_code == 200, response.text
    answer = response.json()
    assert (answer["accepted"], answer["held"], answer["refused"]) == (8, 0, 0)
    assert answer["server_seq"] == 8 and answer["vector"] == {sec.replica: hlc}
    other = client()
    assert other.sign_in(add_user(live_server.database, "sec2", "secretariat")).status_code \
        == 200
    changes, conflicts, last = other.pull_all()
    assert last == 8 and conflicts == []
    assert sorted(changes, key=lambda r: r["kind"]) == sorted([act, tn], key=lambda r: r["kind"])


def test_pull_pages_never_split_a_new_record(live_server: LiveServer, client: Clients) -> None:
    sec = secretariat(live_server, client)
    hlc = stamp(sec.replica)
    tn = partnership("TN", hlc)
    acts = [activity(tn["id"], f"Activity {i}", hlc) for i in range(20)]
    assert sec.push([tn, *acts]).status_code == 200
    other = secretariat(live_server, client, "sec2")  # `sec` gets none of its own cells back
    pages = 0
    after, seen = 0, {}
    while True:
        page = other.pull(after, limit=7).json()
        pages += 1
        for rec in page["changes"]:
            if rec["id"] not in seen:  # a record's first page carries all of it
                assert len(rec["cells"]) == (5 if rec["kind"] == "partnership" else 3)
            seen.setdefault(rec["id"], {}).update({c[0]: c for c in rec["cells"]})
        after = page["next"]
        if not page["more"]:
            break
    assert pages == 65 // 7 + 1
    assert len(seen) == 21


def test_a_page_carries_a_known_record_only_up_to_its_cut(live_server: LiveServer,
                                                          client: Clients) -> None:
    sec = secretariat(live_server, client)
    tn = partnership("TN", stamp(sec.replica))
    acts = [activity(tn["id"], f"Activity {i}", stamp(sec.replica)) for i in range(5)]
    assert sec.push([tn, *acts]).status_code == 200
    other = secretariat(live_server, client, "sec2")  # `sec` gets none of its own cells back
    _, _, after = other.pull_all()
    edits = ("title", "description", "progress_notes")  # one push each, every record
    for n, name in enumerate(edits):
        hlc = stamp(sec.replica, 1 + n)
        assert sec.push([record("activity", a["id"], {name: f"{name} {n}"}, hlc)
                         for a in acts], vector={sec.replica: hlc}).status_code == 200
    pages = []
    while True:
        page = other.pull(after, limit=5).json()
        pages.append(sorted(c[0] for rec in page["changes"] for c in rec["cells"]))
        after = page["next"]
        if not page["more"]:
            break
    assert pages == [[name] * 5 for name in edits]  # not all that follows, on every page


def test_the_same_batch_twice_and_the_same_cells_again(live_server: LiveServer,
                                                       client: Clients) -> None:
    sec = secretariat(live_server, client)
    tn = partnership("TN", stamp(sec.replica))
    batch = str(uuid.uuid4())
    first = sec.push([tn], batch=batch).json()
    assert sec.push([tn], batch=batch).json() == first
    again = sec.push([tn]).json()
    assert (again["accepted"], again["held"], again["server_seq"]) == (0, 5, 5)
    _, _, last = sec.pull_all()
    assert last == 5


def test_concurrent_edits_are_a_conflict_later_wins(live_server: LiveServer,
                                                     client: Clients) -> None:
    sec = secretariat(live_server, client)
    base = stamp(sec.replica, -10_000)
    tn = partnership("TN", base)
    act = activity(tn["id"], "Bootcamp", base)
    sec.push([tn, act], vector={sec.replica: base})
    token = add_user(live_server.database, "sec-laptop-2", "secretariat")
    peer = client()
    peer.sign_in(token)
    mine = stamp(sec.replica, -5_000)
    theirs = stamp(peer.replica, -1_000)
    sec.push([record("activity", act["id"], {"title": "Mine"}, mine)],
             vector={sec.replica: mine})
    answer = peer.push([record("activity", act["id"], {"title": "Theirs"}, theirs)],
                       vector={sec.replica: base, peer.replica: theirs}).json()
    assert (answer["accepted"], answer["conflicts"]) == (1, 1)
    changes, conflicts, _ = sec.pull_all()
    titles = {c[0]: c[1] for r in changes if r["id"] == act["id"] for c in r["cells"]}
    assert titles["title"] == "Theirs"
    [conflict] = conflicts
    assert (conflict["kept"], conflict["lost"], conflict["lost_hlc"]) == ("Theirs", "Mine", mine)
    assert (conflict["field"], conflict["kind"]) == ("title", "conflict")


def test_a_copy_gets_none_of_its_own_cells_back(live_server: LiveServer,
                                                client: Clients) -> None:
    sec = secretariat(live_server, client)
    tn = partnership("TN", stamp(sec.replica, -10_000))
    act = activity(tn["id"], "Bootcamp", stamp(sec.replica, -10_000))
    assert sec.push([tn, act]).status_code == 200
    _, _, after = sec.pull_all()  # a new record comes whole, even to the copy that made it
    peer = secretariat(live_server, client, "sec2")
    theirs = stamp(peer.replica, -1_000)
    peer.push([record("activity", act["id"], {"title": "Theirs"}, theirs)])
    sec.push([record("activity", act["id"], {"description": "Mine"}, stamp(sec.replica))])
    [changes] = sec.pull_all(after)[0]
    assert changes["cells"] == [["title", "Theirs", theirs, "Tester"]]


def test_a_stamp_a_day_ahead_is_refused(live_server: LiveServer, client: Clients) -> None:
    sec = secretariat(live_server, client)
    response = sec.push([partnership("TN", stamp(sec.replica, 25 * 3600 * 1000))])
    assert response.status_code == 400 and "ahead" in response.json()["error"]
    _, _, last = sec.pull_all()
    assert last == 0


def test_a_deletion_meeting_an_unseen_edit_is_a_conflict(live_server: LiveServer,
                                                         client: Clients) -> None:
    sec = secretariat(live_server, client)
    peer = secretariat(live_server, client, "sec-laptop-2")
    base = stamp(sec.replica, -10_000)
    tn = partnership("TN", base)
    act = activity(tn["id"], "Bootcamp", base)
    sec.push([tn, act], vector={sec.replica: base})
    edit = stamp(sec.replica, -5_000)
    sec.push([record("activity", act["id"], {"title": "Edited"}, edit)],
             vector={sec.replica: edit})
    gone = stamp(peer.replica, -1_000)
    answer = peer.push([record("activity", act["id"], {"deleted": "2026-12-03T10:00:00Z"},
                               gone)], vector={sec.replica: base, peer.replica: gone}).json()
    assert (answer["accepted"], answer["conflicts"]) == (1, 1)
    _, [conflict], _ = sec.pull_all()
    assert (conflict["field"], conflict["lost"], conflict["lost_hlc"]) == (
        "deleted", {"edited": ["title"]}, edit)


def test_a_resolution_travels_and_the_later_one_wins(live_server: LiveServer,
                                                     client: Clients) -> None:
    sec = secretariat(live_server, client)
    base = stamp(sec.replica, -10_000)
    tn = partnership("TN", base)
    sec.push([tn])
    conflict = {"id": "c" * 32, "kind": "conflict", "record_kind": "partnership",
                "record_id": tn["id"], "field": "title", "kept": "A", "kept_hlc": base,
                "lost": "B", "lost_hlc": base, "lost_who": "X", "resolved_hlc": None,
                "resolution": None}
    assert sec.push([], conflicts=[conflict]).json()["server_seq"] == 6
    resolved = {**conflict, "resolved_hlc": stamp(sec.replica), "resolution": "C"}
    assert sec.push([], conflicts=[resolved]).json()["server_seq"] == 7
    older = {**conflict, "resolved_hlc": base, "resolution": "D"}
    assert sec.push([], conflicts=[older, conflict]).json()["server_seq"] == 7
    _, conflicts, last = sec.pull_all()
    assert last == 7 and [(c["resolution"], c["resolved_hlc"]) for c in conflicts] == [
        ("C", resolved["resolved_hlc"])]


def test_only_a_complete_push_moves_the_servers_vector(live_server: LiveServer,
                                                       client: Clients) -> None:
    sec = secretariat(live_server, client)
    first, second = stamp(sec.replica, -2_000), stamp(sec.replica, -1_000)
    tn = partnership("TN", first)
    part = sec.push([tn], vector={sec.replica: second}, complete=False).json()
    assert part["vector"] == {}
    rest = sec.push([activity(tn["id"], "A", second)], vector={sec.replica: second}).json()
    assert rest["vector"] == {sec.replica: second}


def test_bad_requests_are_one_line_errors(live_server: LiveServer, client: Clients) -> None:
    sec = secretariat(live_server, client)
    bad = sec.http.post(f"{live_server.url}/v1/push", headers=sec.headers, content=b"{no")
    assert bad.status_code == 400 and bad.json() == {"error": "the request body is not JSON"}
    wrong = sec.push([{"kind": "spaceship", "id": "x", "cells": []}])
    assert wrong.status_code == 400 and "change record 1" in wrong.json()["error"]
    lost = sec.http.get(f"{live_server.url}/v2/push")
    assert lost.status_code == 404 and "no GET /v2/push here" in lost.json()["error"]
    assert sec.http.get(f"{live_server.url}/v1/push").status_code == 405
    odd = sec.push([record("activity", "a1", {"colour": "red"}, stamp(sec.replica))])
    assert odd.json() == {"error": "not a push: change record 1: a activity has no cell"
                                   " 'colour'"}
    nul = sec.push([record("activity", "a1", {"title": "Tunis\x00plan"}, stamp(sec.replica))])
    assert nul.json() == {"error": "not a push: change record 1: the activity's 'title' holds"
                                   " a NUL character, which PostgreSQL cannot store"}
    assert sec.pull(limit=5001).status_code == 400
    other = client()
    other.credential = "not-a-credential"
    assert other.pull().status_code == 401
    host, port = live_server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as raw:  # the headers of a 65 MB push
        raw.sendall(f"POST /v1/push HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer"
                    f" {sec.credential}\r\nContent-Length: {65 * 2**20}\r\n\r\n".encode())
        assert raw.recv(4096).startswith(b"HTTP/1.1 413 ")


def test_a_database_that_is_down_is_503_not_a_crash() -> None:
    server = start_thread(f"postgresql://postgres@127.0.0.1:{free_port()}/tpdesk", wait=0.5,
                          healthy=False)
    try:
        health = httpx.get(f"{server.url}/v1/health")
        assert health.status_code == 503 and health.json()["database"] == "unavailable"
        pulled = httpx.get(f"{server.url}/v1/pull", headers={"Authorization": "Bearer x"})
        assert pulled.status_code == 503
        assert pulled.json() == {"error": "the database is unavailable; try again later"}
    finally:
        server.stop()
