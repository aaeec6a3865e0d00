"""Copies exchanging change records in memory: the merge engine without the file format."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tpdesk.models import (
    Activity,
    Commitment,
    Organisation,
    Partnership,
    Store,
    UserError,
    merge,
    replicas,
)
from tpdesk.models.records import (
    RECORD_TYPES,
    AgendaItem,
    FundingLine,
    Pack,
    PackText,
    Roundtable,
)
from tpdesk.models.vocab import CommitmentStatus


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


@dataclasses.dataclass(frozen=True)
class Edit:
    """One edit a copy made: its cell and stamp, and the same cell's edits it had seen."""

    kind: str
    record_id: str
    cell: str
    stamp: str
    replica: str
    ids: frozenset[str]
    value: Any  # in the same cell's edits seen by the editing copy (its vector)


# A pack's texts are keyed by the part they replace: a summary sentence, an item's parts.
TEXT_KEYS = ("summary:added:1", "item:opening:purpose", "item:skills:lines")


def seed(store: Store) -> None:
    """A partnership, an organisation, three activities with a funding line, three commitments,
    a roundtable with two agenda items and a pack with one text of its own."""
    tn = store.save(Partnership(country_code="TN", title="EU-Tunisia"))
    org = store.save(Organisation(name="GIZ"))
    for i in range(3):
        activity = store.save(Activity(partnership_id=tn.id, title=f"Activity {i}",
                                       funding=[FundingLine(amount_cents=100, funder_id=org.id)]))
        assert activity
        store.save(Commitment(partnership_id=tn.id, text=f"Commitment {i}", actor_ids=[org.id]))
    meeting = store.save(Roundtable(partnership_id=tn.id, number=2, date="2027-03-01",
                                    agenda=[AgendaItem(title="Opening"),
                                            AgendaItem(title="Skills")]))
    store.save(Pack(title="Pack", roundtable_id=meeting.id, partnership_ids=[tn.id],
                    texts=[PackText(key=TEXT_KEYS[0], text="Seeded")]))


def edit(store: Store, op: tuple[Any, ...]) -> tuple[str, str, str] | None:
    """Apply one edit; (kind, record id, cell) it wrote, or None if the copy refused it."""
    name, _, i, *rest = op
    activity = sorted(store.find_many(Activity, ids_of(store, "activity")).values(),
                      key=lambda a: a.id)[i]
    commitment = sorted(store.find_many(Commitment, ids_of(store, "commitment")).values(),
                        key=lambda c: c.id)[i]
    try:
        if name in ("title", "status"):
            store.save(dataclasses.replace(activity, **{name: rest[0]}))
            return ("activity", activity.id, name)
        if name == "beneficiaries":
            store.save(dataclasses.replace(activity, target_beneficiaries=rest[0]))
            return ("activity", activity.id, "target_beneficiaries")
        if name == "text":
            store.save(dataclasses.replace(commitment, text=rest[0]))
            return ("commitment", commitment.id, "text")
        if name == "delete":
            store.delete(activity)
            return ("activity", activity.id, "deleted")
        if name == "add_line":
            line = FundingLine(amount_cents=rest[0])
            store.save(dataclasses.replace(activity, funding=[*activity.funding, line]))
            return ("activity", activity.id, f"funding:{line.id}")
        if name in ("edit_line", "drop_line") and activity.funding:
            line = activity.funding[0]
            kept = activity.funding[1:]
            if name == "edit_line":
                kept = [dataclasses.replace(line, amount_cents=rest[0]), *kept]
            store.save(dataclasses.replace(activity, funding=kept))
            return ("activity", activity.id, f"funding:{line.id}")
        if name in ("item_title", "add_item", "drop_item"):
            (meeting,) = store.find_many(Roundtable, ids_of(store, "roundtable")).values()
            agenda = list(meeting.agenda)
            if name == "add_item":
                item = AgendaItem(title=rest[0])
                agenda.append(item)
            elif not agenda:
                return None
            else:
                item = agenda[i % len(agenda)]
                if name == "drop_item":
                    agenda.remove(item)
                else:
                    agenda[agenda.index(item)] = dataclasses.replace(item, title=rest[0])
            store.save(dataclasses.replace(meeting, agenda=agenda))
            return ("roundtable", meeting.id, f"agenda:{item.id}")
        if name in ("pack_text", "drop_text"):
            (pack,) = store.find_many(Pack, ids_of(store, "pack")).values()
            key = TEXT_KEYS[i]
            texts = [t for t in pack.texts if t.key != key]
            if name == "pack_text":
                texts.append(PackText(key=key, text=rest[0]))
            store.save(dataclasses.replace(pack, texts=texts))
            return ("pack", pack.id, f"texts:{key}")
        if name == "progress":
            before = {u.id for u in commitment.updates}
            saved = store.add_progress(commitment.id, status=CommitmentStatus.IN_PROGRESS,
                                       note=rest[0])
            (new,) = [u.id for u in saved.updates if u.id not in before]
            return ("commitment", commitment.id, f"updates:{new}")
    except UserError:  # deleted elsewhere, or unchanged
        return None
    return None


def ids_of(store: Store, kind: str) -> list[str]:
    return [str(r[0]) for r in store.db.execute(f"SELECT id FROM {kind}").fetchall()]


def stamp_of(store: Store, kind: str, record_id: str, cell: str) -> str | None:
    rows = dict(store.db.execute("SELECT field, hlc FROM field_clock WHERE record_kind = ? AND"
                                 " record_id = ?", [kind, record_id]).fetchall())
    return rows.get(cell, rows.get("*"))
