"""Real laptop copies (SQLite stores) syncing through the server with the exchange merge.

The laptop's side here is the bare minimum of the protocol (the real one is
`tpdesk sync`): its change records pushed as a reply to the server's vector,
pages pulled and merged as an exchange import. It shows the two ends speak
the same records and reach the same data.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from merge_support import open_copy, state
from server_support import Client, LiveServer, add_user

from tpdesk.models import Activity, Note, Organisation, Partnership, Store, merge, replicas
from tpdesk.models.vocab import NoteVisibility
from tpdesk.services import StoreFactory, sync


def push(store: Store, client: Client, server_vector: replicas.Vector) -> dict[str, Any]:
    changes = merge.changes_since(store, server_vector)
    response = client.push(list(merge.group_json(changes)), vector=replicas.vector(store),
                           conflicts=[c.to_json() for c in merge.conflicts(store)
                                      if c.kind == "conflict"])
    assert response.status_code == 200, response.text
    return dict(response.json())


def pull(store: Store, client: Client, after: int) -> int:
    """Every page merged as its own transaction, as `tpdesk sync` does."""
    while True:
        response = client.pull(after, limit=10)
        assert response.status_code == 200, response.text
        page = response.json()
        changes = [c for group in page["changes"] for c in merge.from_group_json(group)]
        conflicts = [merge.Conflict.from_json(c) for c in page["conflicts"]
                     if c["kind"] == "conflict"]
        planned = merge.plan(store, changes, conflicts, sender="server",
                             sender_vector=page["vector"])
        assert planned.incomplete == 0
        merge.apply(store, planned, source="sync")
        after = page["next"]
        if not page["more"]:
            return int(after)


def test_a_delegate_laptop_gets_its_scope_and_sends_notes_back(
        tmp_path: Path, live_server: LiveServer, client: Callable[[], Client]) -> None:
    sec = open_copy(tmp_path, "secretariat")
    tn = sec.save(Partnership(country_code="TN", title="EU-Tunisia"))
    ma = sec.save(Partnership(country_code="MA", title="EU-Morocco"))
    giz = sec.save(Organisation(name="GIZ"))
    sec.save(Activity(partnership_id=tn.id, title="Bootcamp", sectors=["ict"]))
    sec.save(Activity(partnership_id=ma.id, title="Job fair"))
    sec.save(Note(target_kind="partnership", target_id=tn.id, partnership_id=tn.id,
                  author="Anna", text="Ask about visas", visibility=NoteVisibility.INTERNAL))
    sec_client = client()
    signed = sec_client.sign_in(add_user(live_server.database, "sec", "secretariat"),
                                register=sec.meta("register_id"))
    assert signed.json()["register"] == sec.meta("register_id")
    answer = push(sec, sec_client, {})
    assert answer["refused"] == answer["conflicts"] == 0

    laptop = open_copy(tmp_path, "italy")
    it = client()
    session = it.sign_in(add_user(live_server.database, "it", "delegation", "IT", ("TN",)))
    assert session.status_code == 200, session.text
    replicas.join_register(laptop, register_id=session.json()["register"],
                           secretariat=session.json()["secretariat"])
    seen = pull(laptop, it, 0)
    expected = {k: v for k, v in state(sec).items() if k[0] != "partnership" or k[1] == tn.id}
    expected = {k: v for k, v in expected.items()
                if not (k[0] == "activity" and v["partnership_id"] == ma.id)}
    assert state(laptop) == expected
    assert ("organisation", giz.id) in state(laptop)

    laptop.save(Note(target_kind="partnership", target_id=tn.id, partnership_id=tn.id,
                     author="Marco", text="Italy will fund 10 places"))
    bootcamp = next(a for a in laptop.list(Activity))
    laptop.save(dataclasses.replace(bootcamp, title="Renamed by Italy"))
    answer = push(laptop, it, answer["vector"])
    assert answer["accepted"] > 0 and answer["proposals"] == 1  # the note taken, not the title
    pull(sec, sec_client, 0)
    assert "Italy will fund 10 places" in [n.text for n in sec.list(Note)]
    assert [a.title for a in sec.list(Activity) if a.partnership_id == tn.id] == ["Bootcamp"]
    assert pull(laptop, it, seen) >= seen
    sec.close()
    laptop.close()


@pytest.mark.slow
def test_delegations_and_a_reader_converge_on_what_each_may_see(
        tmp_path: Path, live_server: LiveServer) -> None:
    """Random edits and syncs of the secretariat, two delegations and a reader, with the
    real laptop sync: each ends holding what a fresh copy of its scope pulls, no more; the
    vector it is given (capped at what it sees) makes it resend nothing."""
    rng = random.Random(15)
    db = live_server.database
    people = {"sec": ("secretariat", None), "it": ("delegation", "IT"),
              "fr": ("delegation", "FR"), "read": ("reader", None)}
    laptops = {name: StoreFactory(tmp_path / f"{name}.db", user=name).creating()
               for name in people}
    with laptops["sec"]() as store:
        tn = store.save(Partnership(country_code="TN", title="EU-Tunisia"))
        ma = store.save(Partnership(country_code="MA", title="EU-Morocco"))
        for p in (tn, ma):
            for i in range(3):
                store.save(Activity(partnership_id=p.id, title=f"{p.country_code} {i}"))
    for name, (role, state_code) in people.items():
        scope = () if role == "secretariat" else ("TN",)
        sync.sync(laptops[name], url=live_server.url,
                  token=add_user(db, name, role, state_code, scope))
    for n in range(80):
        name = rng.choice(list(people))
        if rng.random() < 0.5:
            sync.sync(laptops[name])
            continue
        with laptops[name]() as store:
            if name == "sec":
                activity = rng.choice(store.list(Activity))
                store.save(dataclasses.replace(activity, title=f"{activity.title[:5]} {n}"))
            elif name != "read":
                store.save(Note(target_kind="partnership", target_id=tn.id,
                                partnership_id=tn.id, author=name, text=f"{name} note {n}"))
    for _ in range(2):
        for name in people:
            sync.sync(laptops[name])
    for name, (role, state_code) in people.items():
        fresh = StoreFactory(tmp_path / f"fresh-{name}.db", user=name).creating()
        scope = () if role == "secretariat" else ("TN",)
        sync.sync(fresh, url=live_server.url,
                  token=add_user(db, f"fresh-{name}", role, state_code, scope))
        with laptops[name]() as store, fresh() as other:
            held = state(store)
            assert held == state(other), name
            notes = {n.text.split()[0] for n in store.list(Note)}
        assert notes == ({"it", "fr"} if name == "sec" else {name} & {"it", "fr"}), name
        assert sync.sync(laptops[name]).pushed == 0, name  # the vector covers what it holds
        if name != "sec":
            assert ("partnership", ma.id) not in held
