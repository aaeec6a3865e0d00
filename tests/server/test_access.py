"""Who may see what, for every role: through the API and straight through SQL under RLS."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from server_support import Client, LiveServer
from test_sync_api import activity, note, partnership, record, secretariat, stamp

from tpdesk.models import merge_rules

Clients = Callable[[], Client]


@pytest.fixture
def register(live_server: LiveServer, client: Clients) -> dict[str, Any]:
    """TN and MA partnerships with an activity each, a pack on each, notes of each kind."""
    sec = secretariat(live_server, client)
    hlc = stamp(sec.replica, -60_000)
    tn, ma = partnership("TN", hlc), partnership("MA", hlc)
    parts = {"tn": tn, "ma": ma, "tn_act": activity(tn["id"], "Tunis bootcamp", hlc),
             "ma_act": activity(ma["id"], "Rabat fair", hlc),
             "org": record("organisation", "org-1", {"name": "GIZ", "deleted": None}, hlc),
             "tn_pack": record("pack", "pack-tn", {"title": "TN pack", "partnership_id":
                                                   tn["id"], "deleted": None}, hlc),
             "ma_pack": record("pack", "pack-ma", {"title": "MA pack", "partnership_ids":
                                                   [ma["id"]], "deleted": None}, hlc),
             "sec_note": note(tn["id"], "Secretariat on TN", hlc),
             "org_note": record("note", "note-org", {
                 "target_kind": "organisation", "target_id": "org-1", "partnership_id": "",
                 "text": "On GIZ", "visibility": "internal", "deleted": None}, hlc),
             "private_note": note(tn["id"], "Only ours", hlc, visibility="private")}
    answer = sec.push(list(parts.values()), vector={sec.replica: hlc}).json()
    assert answer["refused"] == 0
    people = {"sec": sec}
    for name, role, state in (("it", "delegation", "IT"), ("fr", "delegation", "FR"),
                              ("read", "reader", None)):
        made = client()
        response = made.sign_in(live_server.token(name, role, state, ("TN",)))
        assert response.status_code == 200, response.text
        people[name] = made
    for name in ("it", "fr"):
        h = stamp(people[name].replica)
        answer = people[name].push([note(tn["id"], f"{name} notes", h,
                                         record_id=f"note-{name}")],
                                   vector={people[name].replica: h}).json()
        assert answer["accepted"] == 7, answer
    return {"people": people, "parts": parts}


def seen(who: Client) -> dict[str, str]:
    changes, _, _ = who.pull_all()
    return {r["id"]: r["kind"] for r in changes}


def test_the_secretariat_sees_everything(register: dict[str, Any]) -> None:
    ids = seen(register["people"]["sec"])
    assert {p["id"] for p in register["parts"].values()} | {"note-it", "note-fr"} == set(ids)


def test_a_delegation_sees_its_partnerships_and_its_own_notes(register: dict[str, Any]) -> None:
    parts = register["parts"]
    ids = set(seen(register["people"]["it"]))
    assert ids == {parts[k]["id"] for k in ("tn", "tn_act", "org", "tn_pack", "sec_note",
                                            "org_note")} | {"note-it"}
    fr = seen(register["people"]["fr"])
    assert "note-fr" in fr and "note-it" not in fr


def test_a_reader_sees_as_a_delegation_without_member_state_and_cannot_push(
        register: dict[str, Any]) -> None:
    parts = register["parts"]
    reader = register["people"]["read"]
    assert set(seen(reader)) == {parts[k]["id"] for k in ("tn", "tn_act", "org", "tn_pack",
                                                          "sec_note", "org_note")}
    h = stamp(reader.replica)
    response = reader.push([note(parts["tn"]["id"], "mine", h)])
    assert response.status_code == 403 and "read-only" in response.json()["error"]


def test_a_delegation_cannot_touch_what_it_may_not_see(register: dict[str, Any]) -> None:
    it, parts = register["people"]["it"], register["parts"]
    h = stamp(it.replica)
    answer = it.push([record("note", "note-fr", {"text": "overwritten"}, h),
                      note(parts["ma"]["id"], "in MA", h, record_id="note-in-ma"),
                      record("note", parts["sec_note"]["id"],
                             {"partnership_id": parts["ma"]["id"]}, h)]).json()
    assert (answer["accepted"], answer["refused"]) == (0, 9), answer
    fr_notes = [r for r in register["people"]["sec"].pull_all()[0] if r["id"] == "note-fr"]
    assert {c[0]: c[1] for r in fr_notes for c in r["cells"]}["text"] == "fr notes"


def test_a_delegation_edit_outside_its_rights_is_a_proposal(register: dict[str, Any]) -> None:
    it, sec, parts = register["people"]["it"], register["people"]["sec"], register["parts"]
    h = stamp(it.replica)
    answer = it.push([record("activity", parts["tn_act"]["id"], {"title": "Renamed"}, h),
                      record("activity", "new-act", {"partnership_id": parts["tn"]["id"],
                                                     "title": "New", "deleted": None}, h)],
                     vector={it.replica: h}).json()
    assert (answer["accepted"], answer["proposals"]) == (0, 2), answer
    assert sec.pull_all()[1] == []  # proposals only when asked for
    changes, conflicts, _ = sec.pull_all(proposals=True)
    assert {c["field"]: c["lost"] for c in conflicts if c["kind"] == "proposal"} == {
        "title": "Renamed", "*": {"partnership_id": parts["tn"]["id"], "title": "New",
                                  "deleted": None}}
    titles = [c[1] for r in changes if r["id"] == parts["tn_act"]["id"] for c in r["cells"]
              if c[0] == "title"]
    assert titles == ["Tunis bootcamp"]
    assert it.pull_all(proposals=True)[1] == []


def test_a_delegations_new_funding_line_on_a_record_it_sees_is_a_proposal(
        register: dict[str, Any]) -> None:
    it, sec, parts = register["people"]["it"], register["people"]["sec"], register["parts"]
    h = stamp(it.replica)
    line = {"instrument": "grant", "programme": "", "amount_cents": 500, "stage": "committed",
            "funder_id": None}
    answer = it.push([record("activity", parts["tn_act"]["id"], {"funding:line-1": line}, h)],
                     vector={it.replica: h}).json()
    assert (answer["accepted"], answer["proposals"]) == (0, 1), answer
    proposed = [c for c in sec.pull_all(proposals=True)[1] if c["kind"] == "proposal"]
    assert [(c["field"], c["lost"], c["kept"]) for c in proposed] == [
        ("funding:line-1", line, None)]


def test_a_readers_copy_may_send_the_conflicts_it_met_and_is_not_refused(
        register: dict[str, Any]) -> None:
    """A reader's copy files conflicts while merging its pulls, and sends them: a refusal
    would stop its every later sync. They are not taken from a reader."""
    reader, parts = register["people"]["read"], register["parts"]
    act = parts["tn_act"]["id"]
    older, newer = stamp(reader.replica, -2_000), stamp(reader.replica, -1_000)
    met = merge_rules.Conflict(
        merge_rules.conflict_id("conflict", "activity", act, "title", older), "conflict",
        "activity", act, "title", "Tunis bootcamp", newer, "Other", older, "Someone")
    response = reader.push([], conflicts=[met.to_json()])
    assert response.status_code == 200, response.text
    assert reader.pull_all()[1] == []
    assert register["people"]["sec"].pull_all(proposals=True)[1] == []


def _sql_as(database: str, user: str | None, query: str) -> list[Any]:
    """A query as the server's reading role, under row-level security, for `user`."""
    with psycopg.connect(database) as conn:
        conn.execute("SET ROLE tpdesk_app")
        if user is not None:
            conn.execute("SELECT tpdesk_act_as(%s)", [user])
        return conn.execute(query).fetchall()


def test_row_level_security_hides_another_delegations_notes(
        live_server: LiveServer, register: dict[str, Any]) -> None:
    notes = "SELECT DISTINCT id FROM cell WHERE kind = 'note' ORDER BY id"
    it_notes = {r[0] for r in _sql_as(live_server.database, "it", notes)}
    assert "note-it" in it_notes and "note-fr" not in it_notes
    assert register["parts"]["private_note"]["id"] not in it_notes
    fr_notes = {r[0] for r in _sql_as(live_server.database, "fr", notes)}
    assert "note-fr" in fr_notes and "note-it" not in fr_notes
    assert _sql_as(live_server.database, None, "SELECT count(*) FROM cell") == [(0,)]
    assert _sql_as(live_server.database, "sec", "SELECT count(*) FROM record_scope") == [(12,)]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql_as(live_server.database, "it", "SELECT hash FROM credential")


def test_a_disabled_user_is_refused(live_server: LiveServer, register: dict[str, Any]) -> None:
    with psycopg.connect(live_server.database) as conn:
        conn.execute("UPDATE app_user SET disabled = true WHERE name = 'it'")
    assert register["people"]["it"].pull().status_code == 401
    assert _sql_as(live_server.database, "it", "SELECT count(*) FROM cell") == [(0,)]


def test_a_record_that_comes_into_sight_arrives_whole(live_server: LiveServer,
                                                      client: Clients) -> None:
    sec = secretariat(live_server, client)
    it = client()
    it.sign_in(live_server.token("it", "delegation", "IT", ("TN",)))
    h = stamp(sec.replica, -5_000)
    tn = partnership("TN", h)
    act = activity(tn["id"], "Early", h)
    sec.push([act])  # before its partnership: nobody but the secretariat sees it
    changes, _, after = it.pull_all()
    assert changes == [] and after == 0  # what is out of sight moves nothing
    sec.push([tn])
    changes, _, _ = it.pull_all(after)
    cells = {c[0] for r in changes if r["id"] == act["id"] for c in r["cells"]}
    assert cells == {"deleted", "partnership_id", "title"}


def test_pages_and_vectors_tell_nothing_of_what_is_out_of_sight(
        register: dict[str, Any]) -> None:
    """Another delegation's many changes leave a delegation's pages and vector as they were."""
    people, tn = register["people"], register["parts"]["tn"]
    mine = stamp(people["it"].replica, -30_000)

    def views() -> tuple[list[Any], Any]:
        it = people["it"]
        pages, after = [], 0
        while True:
            page = it.pull(after, limit=3).json()
            pages.append(page)
            after = page["next"]
            if not page["more"]:
                break
        pages.append(it.pull(after).json())  # the next sync's pull
        pushed = it.push([], vector={it.replica: mine}).json()
        return pages, (pushed["server_seq"], pushed["vector"])

    before = views()
    fr = people["fr"]
    for n in range(3):
        h = stamp(fr.replica, n)
        answer = fr.push([note(tn["id"], f"fr note {n}.{i}", h, record_id=f"note-fr-{n}-{i}")
                          for i in range(10)], vector={fr.replica: h}).json()
        assert answer["accepted"] == 70 and answer["server_seq"] is None, answer
    assert views() == before
    pages, pushed = before
    assert pages[-2]["next"] == pages[-1]["next"] and pages[-1]["changes"] == []
    assert fr.replica not in pages[-2]["vector"] and fr.replica not in pushed[1]
    last = pages[-2]["next"]  # the progress of a long pull: in the same numbers as `next`
    assert [(p["next"] + p["total"], p["more"]) for p in pages[:-2]] == [(last, True)] * (
        len(pages) - 2) and pages[-2]["total"] == 0
    assert people["sec"].replica in pages[-2]["vector"]
    # Every page's vector covers what the copy holds: a pull cut off after any page leaves
    # no vector that would make a reader's copy push what it pulled (and be refused).
    assert all(p["vector"] == pages[-1]["vector"] for p in pages)
