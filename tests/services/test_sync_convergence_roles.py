"""Laptops of every role and one real server on the loopback: each converges on what it may see.

Beside the secretariat's laptops, some belong to delegations (a Member State
and the partnerships it is given; one partnership is given to none of them)
and one to a reader. They edit at random (a delegation's edit outside the
delegate rights is filed as a proposal on the server and stays on its own
laptop), sync in random orders, stay offline for stretches, and two
delegation laptops swap exchange files. At the end every laptop holds what a
fresh laptop of the same account pulls from the server, but for the cells of
its own proposals, and every edit is a winner, in the conflict list, a
proposal, or was overwritten by an edit made after seeing it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from merge_support import Edit, seed, stamp_of, state
from server_support import add_user
from test_sync_convergence import _edit, _op, _swap

from tpdesk.models import Activity, Partnership, merge
from tpdesk.services import StoreFactory, sync
from tpdesk.services import exchange as files

ROUNDS = 600
# name: (role, member state, partnerships given); MA is given to one delegation only.
ACCOUNTS: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    **{f"sec{i}": ("secretariat", None, ()) for i in range(6)},
    "it0": ("delegation", "IT", ("TN",)), "it1": ("delegation", "IT", ("TN",)),
    "fr0": ("delegation", "FR", ("TN",)), "fr1": ("delegation", "FR", ("TN", "MA")),
    "reader": ("reader", None, ("TN",)),
}
SWAPPING = ("it0", "it1")  # two delegation laptops that also swap exchange files


def _fresh(tmp_path: Path, live_server, name: str) -> StoreFactory:
    """A new laptop of an account like `name`'s that pulls everything: what it may see."""
    role, member_state, given = ACCOUNTS[name]
    laptop = StoreFactory(tmp_path / f"fresh-{name}.db", user=f"fresh-{name}").creating()
    sync.sync(laptop, url=live_server.url, token=add_user(
        live_server.database, f"fresh-{name}", role, member_state, given))
    return laptop


@pytest.mark.slow
def test_laptops_of_every_role_converge_on_what_each_may_see(live_server, tmp_path: Path
                                                              ) -> None:
    rng = random.Random(5)
    laptops = {name: StoreFactory(tmp_path / f"{name}.db", user=name).creating()
               for name in ACCOUNTS}
    with laptops["sec0"]() as store:
        seed(store)
        ma = store.save(Partnership(country_code="MA", title="EU-Morocco"))
        store.save(Activity(partnership_id=ma.id, title="Only for Morocco's readers"))
    for name, laptop in laptops.items():
        files.identity(laptop, name=name, person=name)
        role, member_state, given = ACCOUNTS[name]
        sync.sync(laptop, url=live_server.url,
                  token=add_user(live_server.database, name, role, member_state, given))
    a, b = SWAPPING
    for x, y in ((a, b), (b, a)):
        files.export_keys(laptops[x], tmp_path / f"{x}.keys")
        files.add_contact(laptops[y], tmp_path / f"{x}.keys")
    editors = [n for n in ACCOUNTS if ACCOUNTS[n][0] != "reader"]
    offline: set[str] = set()
    edits: list[Edit] = []
    for n in range(ROUNDS):
        name = rng.choice(list(ACCOUNTS))
        action = rng.random()
        if action < 0.55:
            if name in editors:
                _edit(laptops[name], _op(rng), edits)
        elif action < 0.85:
            if name not in offline:
                sync.sync(laptops[name])
        elif action < 0.95:
            offline ^= {name}
        else:
            _swap(laptops[a], laptops[b], tmp_path, n) if rng.random() < 0.5 else _swap(
                laptops[b], laptops[a], tmp_path, n)
    for _ in range(3):  # everyone, until nothing is new
        for laptop in laptops.values():
            sync.sync(laptop)
    secretariat = _fresh(tmp_path, live_server, "sec0")
    with secretariat() as store:
        everything = state(store)
        filed = merge.conflicts(store)
        proposed = {(c.record_kind, c.record_id, c.field, c.lost_hlc)
                    for c in filed if c.kind == "proposal"}
        lost = {(c.record_kind, c.record_id, c.field, c.lost_hlc) for c in filed}
        lost_values = {(c.record_kind, c.record_id, c.field, json.dumps(c.lost))
                       for c in filed}
        superseded = {s for e in edits for s in e.ids}
        assert len(everything) == 12 and len(edits) > 30
        assert proposed, "no delegation edited outside its rights"
        for e in edits:
            winner = (stamp_of(store, e.kind, e.record_id, e.cell) == e.stamp
                      or everything[e.kind, e.record_id].get(e.cell) == e.value)
            assert winner or e.stamp in superseded or (
                e.kind, e.record_id, e.cell, e.stamp) in lost or (
                e.kind, e.record_id, e.cell, json.dumps(e.value)) in lost_values, e
    delegations = set()
    for name, laptop in laptops.items():
        if ACCOUNTS[name][0] == "delegation":
            with laptop() as store:
                delegations.add(store.replica_id)
    for name, laptop in laptops.items():
        server = secretariat if ACCOUNTS[name][0] == "secretariat" else _fresh(
            tmp_path, live_server, name)
        with server() as store:
            seen = state(store)
        with laptop() as store:
            mine = state(store)
            differs = {(k, i, f) for (k, i), cells in mine.items() for f in cells
                       if cells.get(f) != seen.get((k, i), {}).get(f)}
            # Its own proposals stay on the laptop, and so do the parts' orders they touch.
            own = {(k, i, f) for k, i, f in differs
                   if (k, i, f, stamp_of(store, k, i, f)) in proposed}
            own |= {(k, i, f) for k, i, f in differs if f.endswith(":#order") and (
                str(stamp_of(store, k, i, f)).endswith(tuple(delegations)) or any(
                    (k, i) == (k2, i2) and f2.startswith(f.split(":")[0] + ":")
                    for k2, i2, f2 in own))}
        assert set(mine) == set(seen), name  # the same records: nothing out of its sight
        assert differs <= own, (name, differs - own)
        assert not own or ACCOUNTS[name][0] == "delegation", name
        if ACCOUNTS[name][0] != "secretariat" and "MA" not in ACCOUNTS[name][2]:
            assert all(c.get("country_code") != "MA" for c in mine.values()), name

