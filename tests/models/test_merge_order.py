"""Concurrent additions of part items end in one order on every copy, whatever the merge path.

Each copy adds agenda items to one roundtable and funding lines to one
activity without having seen the others' additions; replies then travel
between the copies in a random order (some through a third copy, some
twice) before everyone exchanges with everyone. Every copy must show the
items in exactly the same order and hold the same order cells.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_support import edit, join, open_copy, receive, reply, seed, state

from tpdesk.models import Activity, Roundtable, Store, merge, replicas

COPIES = 4
copy = st.integers(0, COPIES - 1)
ADDITIONS = st.lists(st.tuples(st.sampled_from(["add_item", "add_line"]), copy,
                               st.integers(1, 9)), min_size=2, max_size=8)
PATHS = st.lists(st.tuples(copy, copy), max_size=12)
CLOSE = st.permutations([(a, b) for a in range(COPIES) for b in range(COPIES) if a != b])


def _orders(store: Store) -> dict[str, Any]:
    """The orders as shown and the order cells as this copy would send them."""
    (meeting,) = store.list(Roundtable)
    activity = min(store.list(Activity), key=lambda a: a.id)
    sent = {(c.id, c.field): c.value for c in merge.changes_since(store, {})
            if c.field.endswith(":#order")}
    return {"agenda": [i.id for i in meeting.agenda],
            "funding": [f.id for f in activity.funding], "cells": sent}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(additions=ADDITIONS, paths=PATHS, close=CLOSE)
def test_concurrent_additions_converge_to_one_order(
        additions: list[tuple[str, int, int]], paths: list[tuple[int, int]],
        close: list[tuple[int, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        copies = [open_copy(Path(folder), f"copy{i}") for i in range(COPIES)]
        try:
            seed(copies[0])
            replicas.set_delegate_rights(copies[0], ("*",))
            for store in copies[1:]:
                join(store, copies[0])
            for name, i, value in additions:
                op = (name, i, 0, f"item {value}" if name == "add_item" else value)
                assert edit(copies[i], op) is not None
            for src, dst in paths:  # partial exchanges first, in a random order
                if src != dst:
                    receive(copies[dst], reply(copies[src], replicas.vector(copies[dst])))
            for _ in range(2):  # then everyone with everyone, in a random order
                for src, dst in close:
                    receive(copies[dst], reply(copies[src], replicas.vector(copies[dst])))
            first, whole = _orders(copies[0]), state(copies[0])
            for store in copies[1:]:
                assert _orders(store) == first
                assert state(store) == whole
        finally:
            for store in copies:
                store.close()


def test_a_merged_order_naming_fewer_items_is_sent_as_merged(tmp_path: Path) -> None:
    """A copy that shows an item the winning order does not name still sends that order."""
    a, b, c = (open_copy(tmp_path, name) for name in "abc")
    seed(a)
    replicas.set_delegate_rights(a, ("*",))
    join(b, a)
    join(c, a)
    edit(b, ("add_item", 0, 0, "from b"))
    edit(c, ("add_item", 0, 0, "from c"))
    receive(a, reply(b, replicas.vector(a)))
    receive(a, reply(c, replicas.vector(a)))
    receive(b, reply(c, replicas.vector(b)))
    receive(c, reply(b, replicas.vector(c)))
    orders = [_orders(store) for store in (a, b, c)]
    assert orders[0] == orders[1] == orders[2]
    (winner,) = [v for (_, name), v in orders[0]["cells"].items() if name == "agenda:#order"]
    assert len(winner) == 3 and len(orders[0]["agenda"]) == 4  # one item follows, by id
