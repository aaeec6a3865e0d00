"""What the server remembers between pulls: how far it scanned, and the capped vectors.

Real PostgreSQL and server. A delegation's `next` stays at its last visible
change (so as not to tell the server's sequence); the scan behind it must
not be walked again on each pull, and a cached vector must never claim what
the server no longer holds or what the user may not see.
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg
from server_support import Client, LiveServer
from test_sync_api import activity, partnership, secretariat, stamp

Clients = Callable[[], Client]


def _scan(database: str, replica: str) -> tuple[int, int] | None:
    with psycopg.connect(database) as conn:
        row = conn.execute("SELECT next, scanned FROM pull_scan WHERE replica = %s",
                           [replica]).fetchone()
        return None if row is None else (int(row[0]), int(row[1]))


def _latest(database: str) -> int:
    with psycopg.connect(database) as conn:
        row = conn.execute("SELECT last FROM server_seq").fetchone()
        assert row is not None
        return int(row[0])


def test_a_delegation_pull_does_not_rescan_what_the_last_one_scanned(
        live_server: LiveServer, client: Clients) -> None:
    sec = secretariat(live_server, client)
    it = client()
    it.sign_in(live_server.token("it", "delegation", "IT", ("TN",)))
    h = stamp(sec.replica, -20_000)
    tn, ma = partnership("TN", h), partnership("MA", h)
    sec.push([tn, ma, activity(tn["id"], "Tunis", h)], vector={sec.replica: h})
    _, _, after = it.pull_all()
    assert _scan(live_server.database, it.replica) == (after, _latest(live_server.database))
    for n in range(3):  # the other partnership gets many changes
        hn = stamp(sec.replica, -10_000, n)
        sec.push([activity(ma["id"], f"Rabat {n}.{i}", hn, record_id=f"ma-{n}-{i}")
                  for i in range(20)], vector={sec.replica: hn})
    first = it.pull(after).json()
    assert (first["changes"], first["next"], first["more"]) == ([], after, False)
    scanned = _latest(live_server.database)
    assert _scan(live_server.database, it.replica) == (after, scanned)
    # A cell the scan passed turns visible behind the server's back (no new scope_seq):
    # the next pull does not see it, so it did not walk through the scanned cells again.
    with psycopg.connect(live_server.database) as conn:
        conn.execute("UPDATE record_scope SET partnership_code = 'TN' WHERE id = 'ma-1-5'")
    again = it.pull(after).json()
    assert (again["changes"], again["next"]) == ([], after)
    hm = stamp(sec.replica, -5_000)
    sec.push([activity(tn["id"], "Sfax", hm, record_id="tn-2")], vector={sec.replica: hm})
    later = it.pull(after).json()  # what comes after the scan still arrives
    assert [r["id"] for r in later["changes"]] == ["tn-2"] and later["next"] > scanned
    assert "ma-1-5" in {r["id"] for r in it.pull(0).json()["changes"]}  # from 0: scanned


def test_a_restored_dump_drops_the_cached_vector_entries_it_took_back(
        live_server: LiveServer, client: Clients) -> None:
    sec = secretariat(live_server, client)
    it = client()
    it.sign_in(live_server.token("it", "delegation", "IT", ("TN",)))
    h1 = stamp(sec.replica, -20_000)
    tn = partnership("TN", h1)
    sec.push([tn, activity(tn["id"], "One", h1)], vector={sec.replica: h1})
    dumped = _latest(live_server.database)
    h2 = stamp(sec.replica, -10_000)
    sec.push([activity(tn["id"], "Two", h2, record_id="act-2")], vector={sec.replica: h2})
    _, _, after = it.pull_all()
    assert it.pull(after).json()["vector"][sec.replica] == h2  # an empty page: the cache
    with psycopg.connect(live_server.database) as conn:  # the dump taken before "Two"
        conn.execute("DELETE FROM cell WHERE id = 'act-2'")
        conn.execute("DELETE FROM record_scope WHERE id = 'act-2'")
        conn.execute("UPDATE replica_seen SET hlc = %s WHERE replica = %s", [h1, sec.replica])
        conn.execute("UPDATE server_seq SET last = %s", [dumped])
    assert it.pull(after).json()["vector"][sec.replica] == h1


def test_a_copy_signed_in_as_another_user_gets_none_of_the_first_ones_vector(
        live_server: LiveServer, client: Clients) -> None:
    sec = secretariat(live_server, client)
    h1, h2 = stamp(sec.replica, -20_000), stamp(sec.replica, -10_000)
    ma, tn = partnership("MA", h1), partnership("TN", h2)
    sec.push([ma, activity(ma["id"], "Rabat", h1)], vector={sec.replica: h1})
    sec.push([tn, activity(tn["id"], "Tunis", h2)], vector={sec.replica: h2})
    copy = client()
    copy.sign_in(live_server.token("it", "delegation", "IT", ("TN",)))
    _, _, after = copy.pull_all()
    assert copy.pull(after).json()["vector"][sec.replica] == h2
    assert copy.sign_in(live_server.token("fr", "delegation", "FR", ("MA",))).status_code \
        == 200
    assert copy.pull(after).json()["vector"][sec.replica] == h1  # not the TN stamp


def test_the_progress_of_a_long_pull_walks_back_through_the_unseen_once(
        live_server: LiveServer, client: Clients) -> None:
    """`total` is found from the end down to where the last search stopped, not further."""
    sec = secretariat(live_server, client)
    it = client()
    it.sign_in(live_server.token("it", "delegation", "IT", ("TN",)))
    h = stamp(sec.replica, -20_000)
    tn, ma = partnership("TN", h), partnership("MA", h)
    sec.push([tn, ma] + [activity(tn["id"], f"Tunis {i}", h) for i in range(3)],
             vector={sec.replica: h})
    sec.push([activity(ma["id"], f"Rabat {i}", h, record_id=f"ma-{i}") for i in range(30)],
             vector={sec.replica: h})
    first = it.pull(0, limit=1).json()
    assert first["more"] and first["total"] > 0
    last = first["next"] + first["total"]
    with psycopg.connect(live_server.database) as conn:
        row = conn.execute("SELECT newest, newest_through FROM pull_scan").fetchone()
        assert row == (last, _latest(live_server.database))
        # a cell of the scanned tail turns visible behind the server's back: not walked again
        conn.execute("UPDATE record_scope SET partnership_code = 'TN' WHERE id = 'ma-29'")
    second = it.pull(first["next"], limit=1).json()
    assert second["more"] and second["next"] + second["total"] == last
