"""Properties of the merge: five copies editing at random converge, and no edit is lost.

Each copy edits fields, funding lines, progress updates, a roundtable's
agenda items and a pack's texts (the author's words), and deletes records;
files are made at random moments from what the sender believes the receiver
holds, and delivered in any order, some twice, some long after
they were made (stale replies). After everyone has exchanged with everyone,
every copy holds the same cells and the same conflict list, and every edit
is the winner of its cell, in the conflict list, or was overwritten by an
edit made after seeing it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_support import Message, join, open_copy, receive, reply, state

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
from tpdesk.models.records import AgendaItem, FundingLine, Pack, PackText, Roundtable
from tpdesk.models.vocab import ActivityStatus, CommitmentStatus

COPIES = 5
replica = st.integers(0, COPIES - 1)
index = st.integers(0, 2)
word = st.sampled_from(["alpha", "beta", "gamma", "delta"])
OPERATIONS = st.lists(st.one_of(
    st.tuples(st.just("title"), replica, index, word),
    st.tuples(st.just("status"), replica, index, st.sampled_from(list(ActivityStatus))),
    st.tuples(st.just("beneficiaries"), replica, index, st.integers(0, 3)),
    st.tuples(st.just("text"), replica, index, word),
    st.tuples(st.just("delete"), replica, index),
    st.tuples(st.just("add_line"), replica, index, st.integers(1, 9)),
    st.tuples(st.just("edit_line"), replica, index, st.integers(1, 9)),
    st.tuples(st.just("drop_line"), replica, index),
    st.tuples(st.just("progress"), replica, index, word),
    st.tuples(st.just("item_title"), replica, index, word),
    st.tuples(st.just("add_item"), replica, index, word),
    st.tuples(st.just("drop_item"), replica, index),
    st.tuples(st.just("pack_text"), replica, index, word),
    st.tuples(st.just("drop_text"), replica, index),
    st.tuples(st.just("send"), replica, replica),
    st.tuples(st.just("deliver"), st.integers(0, 50)),
), max_size=45)


@dataclasses.dataclass(frozen=True)
class Edit:
    kind: str
    record_id: str
    cell: str
    stamp: str
    replica: str
    ids: frozenset[str]
    value: Any  # in the same cell's edits seen by the editing copy (its vector)


@contextlib.contextmanager
def _repeatable() -> Iterator[contextlib.ExitStack]:
    """Ids and clocks that are the same on every run, so Hypothesis can shrink a failure."""
    counter = itertools.count(1)
    with contextlib.ExitStack() as stack:
        original = uuid.uuid4
        uuid.uuid4 = lambda: uuid.UUID(int=next(counter))  # type: ignore[assignment]
        stack.callback(setattr, uuid, "uuid4", original)
        yield stack


def _seed(store: Store) -> None:
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


# A pack's texts are keyed by the part they replace: a summary sentence, an item's parts.
TEXT_KEYS = ("summary:added:1", "item:opening:purpose", "item:skills:lines")


def _edit(store: Store, op: tuple[Any, ...]) -> tuple[str, str, str] | None:
    """Apply one edit; (kind, record id, cell) it wrote, or None if the copy refused it."""
    name, _, i, *rest = op
    activity = sorted(store.find_many(Activity, _ids(store, "activity")).values(),
                      key=lambda a: a.id)[i]
    commitment = sorted(store.find_many(Commitment, _ids(store, "commitment")).values(),
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
            (meeting,) = store.find_many(Roundtable, _ids(store, "roundtable")).values()
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
            (pack,) = store.find_many(Pack, _ids(store, "pack")).values()
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


def _ids(store: Store, kind: str) -> list[str]:
    return [str(r[0]) for r in store.db.execute(f"SELECT id FROM {kind}").fetchall()]


def _stamp(store: Store, kind: str, record_id: str, cell: str) -> str | None:
    rows = dict(store.db.execute("SELECT field, hlc FROM field_clock WHERE record_kind = ? AND"
                                 " record_id = ?", [kind, record_id]).fetchall())
    return rows.get(cell, rows.get("*"))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(operations=OPERATIONS)
def test_copies_converge_and_lose_no_edit(operations: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder, _repeatable():
        copies = [open_copy(Path(folder), f"copy{i}", replica_id=f"{i:032x}")
                  for i in range(COPIES)]
        try:
            _run(copies, operations)
        finally:
            for store in copies:
                store.close()


def _run(copies: list[Store], operations: list[tuple[Any, ...]]) -> None:
    moments = (f"2026-12-01T10:{m // 60000:02d}:{m // 1000 % 60:02d}.{m % 1000:03d}Z"
               for m in itertools.count(0, 7))
    for store in copies:  # every write, merges included, at the next moment of one clock
        store.now = lambda: next(moments)  # type: ignore[method-assign]
    _seed(copies[0])
    replicas.set_delegate_rights(copies[0], ("*",))
    for store in copies[1:]:
        join(store, copies[0])
    believed: dict[tuple[int, int], replicas.Vector] = {}  # what i thinks j holds
    pool: list[tuple[int, Message]] = []
    edits: list[Edit] = []
    for op in operations:
        if op[0] == "send":
            src, dst = op[1], op[2]
            if src != dst:
                pool.append((dst, reply(copies[src], believed.get((src, dst), {}))))
        elif op[0] == "deliver":
            if pool:
                dst, message = pool[op[1] % len(pool)]
                receive(copies[dst], message)
                sender = next(i for i, c in enumerate(copies) if c.replica_id == message.sender)
                believed[dst, sender] = message.vector
        else:
            store = copies[op[1]]
            seen = replicas.vector(store)
            last = store.db.execute("SELECT max(hlc) FROM change_log").fetchone()[0]
            wrote = _edit(store, op)
            stamp = _stamp(store, *wrote) if wrote is not None else None
            if wrote is not None and stamp is not None and stamp > last:  # not a no-op
                edits.append(Edit(*wrote, stamp, store.replica_id, frozenset(
                    e.stamp for e in edits if (e.kind, e.record_id, e.cell) == wrote
                    and replicas.covered(e.stamp, e.replica, seen)),
                    state(store)[wrote[:2]].get(wrote[2])))
    for _ in range(2):  # everyone with everyone, until nothing is new
        for a in copies:
            for b in copies:
                if a is not b:
                    receive(b, reply(a, replicas.vector(b)))
    first = state(copies[0])
    conflict_ids = {c.id for c in merge.conflicts(copies[0])}
    for store in copies[1:]:
        assert state(store) == first
        assert {c.id for c in merge.conflicts(store)} == conflict_ids
    lost = {(c.record_kind, c.record_id, c.field, c.lost_hlc) for c in merge.conflicts(copies[0])}
    superseded = {s for e in edits for s in e.ids}
    for e in edits:  # an edit to the value that won anyway is not lost either
        winner = (_stamp(copies[0], e.kind, e.record_id, e.cell) == e.stamp
                  or first[e.kind, e.record_id].get(e.cell) == e.value)
        assert winner or e.stamp in superseded or (e.kind, e.record_id, e.cell, e.stamp) in lost


def test_one_secretariat_and_thirty_delegates(tmp_path: Path) -> None:
    """Thirty delegates return notes and progress on the same records; all of it arrives."""
    from tpdesk.models import Note

    sec = open_copy(tmp_path, "secretariat")
    _seed(sec)
    delegates = [open_copy(tmp_path, f"delegate{i}") for i in range(30)]
    try:
        for d in delegates:
            join(d, sec)
        for n, d in enumerate(delegates):
            commitment = sorted(d.list(Commitment), key=lambda c: c.text)[n % 2]
            d.add_progress(commitment.id, status=commitment.status, note=f"from {n}")
            d.save(Note(target_kind="commitment", target_id=commitment.id, text=f"note {n}"))
            target = sorted(d.list(Activity), key=lambda a: a.title)[0]
            d.save(Note(target_kind="activity", target_id=target.id, text=f"lines {n}"))
        for d in delegates:
            receive(sec, reply(d, replicas.vector(sec)))
        notes = sorted(n.text for n in sec.list(Note))
        assert len(notes) == 60 and "note 29" in notes and "lines 0" in notes
        updates = [u.note for c in sec.list(Commitment) for u in c.updates]
        assert sorted(updates) == sorted(f"from {n}" for n in range(30))
        assert merge.conflicts(sec) == []  # notes and progress are the delegates' to add
        for d in delegates:
            receive(d, reply(sec, replicas.vector(d)))
        assert all(state(d) == state(sec) for d in delegates)
    finally:
        sec.close()
        for d in delegates:
            d.close()
