"""Copies exchanging change records in memory: the merge engine without the file format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tpdesk.models import Store, merge, replicas
from tpdesk.models.records import RECORD_TYPES


@dataclass(frozen=True)
class Message:
    sender: str
    changes: list[merge.ChangeRecord]
    conflicts: list[merge.Conflict]
    vector: replicas.Vector


def open_copy(folder: Path, name: str, *, replica_id: str | None = None) -> Store:
    """A new copy; a fixed `replica_id` makes the clock's tie-breaks repeatable."""
    store = Store(folder / f"{name}.db", user=name)
    store.set_meta("display_name", name)
    if replica_id is not None:
        store.set_meta("replica_id", replica_id)
        store.set_meta("secretariat", replica_id)
    return store


def full(store: Store) -> Message:
    """Everything a copy holds, as a pack for a copy that has nothing."""
    records = [r for cls in RECORD_TYPES.values()
               for r in store.find_many(cls, _all_ids(store, cls.KIND)).values()]
    return Message(store.replica_id, merge.changes_of(store, records), _travelling(store),
                   replicas.vector(store))


def reply(store: Store, seen: replicas.Vector) -> Message:
    """What a copy that holds `seen` lacks."""
    return Message(store.replica_id, merge.changes_since(store, seen), _travelling(store),
                   replicas.vector(store))


def receive(store: Store, message: Message, *, name: str = "file") -> merge.MergePlan:
    planned = merge.plan(store, message.changes, message.conflicts, sender=message.sender,
                         sender_vector=message.vector)
    merge.apply(store, planned, source=f"merge:{name}")
    return planned


def join(store: Store, secretariat: Store) -> None:
    """A fresh copy joins the secretariat's register with everything it holds."""
    replicas.join_register(store, register_id=secretariat.meta("register_id"),
                           secretariat=secretariat.replica_id)
    receive(store, full(secretariat), name="pack")


def state(store: Store) -> dict[tuple[str, str], dict[str, object]]:
    """Every record's cells, tombstones included: what must be equal on every copy."""
    from tpdesk.models.cells import cells

    out: dict[tuple[str, str], dict[str, object]] = {}
    for kind, cls in RECORD_TYPES.items():
        for record in store.find_many(cls, _all_ids(store, kind)).values():
            out[kind, record.id] = cells(record)
    return out


def _all_ids(store: Store, kind: str) -> list[str]:
    return [str(r[0]) for r in store.db.execute(f"SELECT id FROM {kind}").fetchall()]


def _travelling(store: Store) -> list[merge.Conflict]:
    return [c for c in merge.conflicts(store) if c.kind == "conflict"]
