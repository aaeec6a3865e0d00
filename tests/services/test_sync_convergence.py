"""Thirty laptops and one real server on the loopback: random edits, syncs and files converge.

Laptops edit fields, funding lines and progress updates and delete records,
sync in random orders, stay offline for stretches (they do not sync), and
two of them also swap exchange files. After every laptop has synced until
nothing is new, every laptop and the server (read by a fresh laptop that
pulls everything) hold the same cells and the same conflict list, and every
edit is the winner of its cell, in the conflict list (itself, or its value),
or was overwritten by an edit made after seeing it. Orders of part items
(funding lines, progress updates) are compared exactly, as every other cell.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from merge_support import Edit, edit, seed, stamp_of, state
from server_support import add_user

from tpdesk.models import merge, replicas
from tpdesk.models.vocab import ActivityStatus
from tpdesk.services import StoreFactory, sync
from tpdesk.services import exchange as files

LAPTOPS = 30
ROUNDS = 160
WORDS = ["alpha", "beta", "gamma", "delta"]


def _op(rng: random.Random) -> tuple[Any, ...]:
    name = rng.choice(["title", "status", "beneficiaries", "text", "delete", "add_line",
                       "edit_line", "drop_line", "progress", "progress"])
    i = rng.randrange(3)
    value: Any = {"title": rng.choice(WORDS), "status": rng.choice(list(ActivityStatus)),
                  "beneficiaries": rng.randrange(4), "text": rng.choice(WORDS),
                  "add_line": rng.randrange(1, 10), "edit_line": rng.randrange(1, 10),
                  "progress": rng.choice(WORDS)}.get(name)
    return (name, 0, i) if value is None else (name, 0, i, value)


def _edit(factory: StoreFactory, op: tuple[Any, ...], edits: list[Edit]) -> None:
    with factory() as store:
        seen = replicas.vector(store)
        last = store.db.execute("SELECT max(hlc) FROM change_log").fetchone()[0]
        wrote = edit(store, op)
        stamp = stamp_of(store, *wrote) if wrote is not None else None
        if wrote is not None and stamp is not None and stamp > last:  # not a no-op
            edits.append(Edit(*wrote, stamp, store.replica_id, frozenset(
                e.stamp for e in edits if (e.kind, e.record_id, e.cell) == wrote
                and replicas.covered(e.stamp, e.replica, seen)),
                state(store)[wrote[:2]].get(wrote[2])))


def _swap(a: StoreFactory, b: StoreFactory, folder: Path, n: int) -> None:
    """`a` sends `b` a reply file, as a delegate and the secretariat do without a server."""
    out = folder / f"reply-{n}.tpx"
    files.export_exchange(a, out, to=[files.identity(b).name])
    files.import_exchange(b, out)


@pytest.mark.slow
def test_thirty_laptops_and_a_server_converge(live_server, tmp_path: Path) -> None:
    rng = random.Random(15)
    laptops = [StoreFactory(tmp_path / f"laptop{i}.db", user=f"person{i}").creating()
               for i in range(LAPTOPS)]
    with laptops[0]() as store:
        seed(store)
    for i, laptop in enumerate(laptops):
        files.identity(laptop, name=f"laptop{i}", person=f"person{i}")
        sync.sync(laptop, url=live_server.url,
                  token=add_user(live_server.database, f"user{i}", "secretariat"))
    for a, b in ((1, 2), (2, 1)):  # the two laptops that also swap files
        files.export_keys(laptops[a], tmp_path / f"{a}.keys")
        files.add_contact(laptops[b], tmp_path / f"{a}.keys")
    offline: set[int] = set()
    edits: list[Edit] = []
    for n in range(ROUNDS):
        i = rng.randrange(LAPTOPS)
        action = rng.random()
        if action < 0.55:
            _edit(laptops[i], _op(rng), edits)
        elif action < 0.85:
            if i not in offline:
                sync.sync(laptops[i])
        elif action < 0.95:
            offline ^= {i}  # goes offline, or comes back
        else:
            _swap(laptops[1], laptops[2], tmp_path, n) if rng.random() < 0.5 else _swap(
                laptops[2], laptops[1], tmp_path, n)
    for _ in range(3):  # everyone, until nothing is new: a conflict found on a pull travels next
        for laptop in laptops:
            sync.sync(laptop)
    auditor = StoreFactory(tmp_path / "auditor.db", user="auditor").creating()
    sync.sync(auditor, url=live_server.url,
              token=add_user(live_server.database, "auditor", "secretariat"))
    with laptops[0]() as store:
        first = state(store)
        conflicts = {c.id for c in merge.conflicts(store) if c.kind == "conflict"}
        lost = {(c.record_kind, c.record_id, c.field, c.lost_hlc)
                for c in merge.conflicts(store)}
        # Two edits to the same value that met a third: one conflict keeps that value.
        lost_values = {(c.record_kind, c.record_id, c.field, json.dumps(c.lost))
                       for c in merge.conflicts(store)}
        assert len(first) == 10 and len(edits) > 40
        superseded = {s for e in edits for s in e.ids}
        for e in edits:  # an edit to the value that won anyway is not lost either
            winner = (stamp_of(store, e.kind, e.record_id, e.cell) == e.stamp
                      or first[e.kind, e.record_id].get(e.cell) == e.value)
            assert winner or e.stamp in superseded or (
                e.kind, e.record_id, e.cell, e.stamp) in lost or (
                e.kind, e.record_id, e.cell, json.dumps(e.value)) in lost_values, e
    for laptop in [*laptops[1:], auditor]:
        with laptop() as store:
            assert state(store) == first, laptop.path.name
            assert {c.id for c in merge.conflicts(store) if c.kind == "conflict"} == conflicts
