"""The merge engine: change records out of a copy, and merged field by field into another.

A change record is one cell (`cells`) with the clock stamp and the person of
its last write; the records and the rule for one cell live in `merge_rules`,
which the secretariat server shares. Merging is last-writer-wins per cell by stamp, which makes
the result the same whatever the order files are merged in, and merging a
file twice the same as once. Two edits of one cell that neither side had
seen when making its own (the sender's vector does not cover ours, ours
does not cover theirs) are a *conflict*: the winner stays in the record, the
loser is kept in the conflict list, keyed by its stamp, so that every copy
lists the same conflicts. A deletion and an edit the deleter had not seen
are a conflict too: the tombstone stays, the list says what was edited.

At the secretariat, a delegate's change to anything outside the delegate
rights (`replicas.delegate_rights`) is not applied: it becomes a proposal.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from . import cells, mapping
from .cells import DELETED, Cells
from .clock import Stamp, replica_of
from .errors import UserError
from .l10n import translate
from .merge_rules import ChangeRecord as ChangeRecord
from .merge_rules import Conflict as Conflict
from .merge_rules import Views, allowed, cell_verdict, conflict_id, covered, deletion_conflict
from .merge_rules import from_group_json as from_group_json
from .merge_rules import group_json as group_json
from .records import RECORD_TYPES, Record, record_label
from .replicas import Vector, delegate_rights, identity
from .store import Store

R = TypeVar("R", bound=Record)


# -- out ---------------------------------------------------------------------

Stamps = dict[str, tuple[str, str]]  # cell -> (stamp, who); "*" for cells never written since


def _clocks(store: Store, kind: str, ids: list[str]) -> tuple[dict[str, Stamps], dict[str, Cells]]:
    """The stamps of these records' cells, and the order cells' values as merged.

    An order cell's value is kept when a merge wrote it (`write_merged`): read
    back from the items as shown, it would also name the items that arrived
    after it, and copies holding the same stamp would disagree on the value.
    """
    found: dict[str, Stamps] = defaultdict(dict)
    orders: dict[str, Cells] = defaultdict(dict)
    for batch in mapping.chunks(ids):
        marks = ", ".join("?" * len(batch))
        for record_id, name, hlc, who, value in store.db.execute(
                "SELECT record_id, field, hlc, who, value FROM field_clock WHERE record_kind = ?"
                f" AND record_id IN ({marks})", [kind, *batch]).fetchall():
            found[record_id][name] = (hlc, who)
            if value is not None:
                orders[record_id][name] = json.loads(value)
    return found, orders


def _cell_records(record: Record, stamps: Stamps, orders: Cells) -> Iterator[ChangeRecord]:
    """Every cell of a record with its stamp, removed part items included (value None)."""
    values = cells.cells(record) | orders
    star = stamps.get("*")
    for name in sorted(values.keys() | (stamps.keys() - {"*"})):
        stamp = stamps.get(name, star)
        if stamp is not None:
            yield ChangeRecord(record.KIND, record.id, name, values.get(name), *stamp)


def changes_of(store: Store, records: Iterable[Record]) -> list[ChangeRecord]:
    """Every cell of these records: what a pack carries for its scope."""
    by_kind: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_kind[record.KIND].append(record)
    out: list[ChangeRecord] = []
    with store.translating():
        for kind, group in by_kind.items():
            stamps, orders = _clocks(store, kind, [r.id for r in group])
            for record in group:
                out += _cell_records(record, stamps[record.id], orders[record.id])
    return out


def _not_covered(seen: Vector) -> tuple[str, list[str]]:
    """The `field_clock` condition for a cell whose stamp `seen` does not cover."""
    clauses = " OR ".join("(replica_id = ? AND hlc <= ?)" for _ in seen) or "0"
    return f"NOT ({clauses})", [x for item in seen.items() for x in item]


def count_since(store: Store, seen: Vector) -> int:
    """How many records have a cell `seen` does not cover: the changes a copy still lacks."""
    where, params = _not_covered(seen)
    with store.translating():
        return int(store.db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM field_clock WHERE {where}"
            " GROUP BY record_kind, record_id)", params).fetchone()[0])


def changes_since(store: Store, seen: Vector) -> list[ChangeRecord]:
    """Every cell whose stamp `seen` does not cover: what a reply carries."""
    where, params = _not_covered(seen)
    out: list[ChangeRecord] = []
    with store.translating():
        rows = store.db.execute(f"SELECT record_kind, record_id FROM field_clock WHERE {where}"
                                " GROUP BY record_kind, record_id", params).fetchall()
        ids: dict[str, list[str]] = defaultdict(list)
        for kind, record_id in rows:
            ids[kind].append(record_id)
        for kind, group in ids.items():
            stamps, orders = _clocks(store, kind, group)
            for record in store.find_many(RECORD_TYPES[kind], group).values():
                out += [c for c in _cell_records(record, stamps[record.id], orders[record.id])
                        if not covered(c.hlc, replica_of(c.hlc), seen)]
    return out


def conflicts(store: Store, *, include_resolved: bool = True) -> list[Conflict]:
    sql = "SELECT * FROM conflict"
    if not include_resolved:
        sql += " WHERE resolved_hlc IS NULL"
    with store.translating():
        cursor = store.db.execute(sql + " ORDER BY lost_hlc")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    for row in rows:
        for key in ("kept", "lost", "resolution"):
            row[key] = None if row[key] is None else json.loads(row[key])
    return [Conflict(**r) for r in rows]


@dataclass(frozen=True)
class Told:
    """What another copy was told of this copy's conflicts (`conflicts_new_to`)."""

    row: int = 0  # every conflict row up to this one
    resolved: Vector = field(default_factory=dict)  # the resolutions' stamps, per replica

    def to_json(self) -> str:
        return json.dumps({"row": self.row, "resolved": self.resolved}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Told:
        data = json.loads(text) if text else {}
        return cls(int(data.get("row", 0)), dict(data.get("resolved", {})))

    def merged(self, other: Told) -> Told:
        resolved = dict(self.resolved)
        for replica, stamp in other.resolved.items():
            resolved[replica] = max(stamp, resolved.get(replica, ""))
        return Told(max(self.row, other.row), resolved)


def conflicts_new_to(store: Store, told: Told, seen: Vector) -> tuple[list[Conflict], Told]:
    """Conflicts another copy may lack, and what it is told once they are sent.

    That copy was told `told` and holds the stamps `seen` covers: it lacks the
    conflicts filed here since, those with a kept or lost stamp it has not
    seen, and the resolutions it was not told of and has no later stamp of.
    """
    out = []
    with store.translating():
        cursor = store.db.execute("SELECT rowid, * FROM conflict ORDER BY lost_hlc")
        names = [d[0] for d in cursor.description][1:]
        rows = cursor.fetchall()
    resolved = dict(told.resolved)
    for rowid, *values in rows:
        row = dict(zip(names, values, strict=True))
        stamp = row["resolved_hlc"]
        lacks = rowid > told.row or any(not covered(s, Stamp.parse(s).replica, seen)
                                        for s in (row["kept_hlc"], row["lost_hlc"]))
        if stamp:
            replica = Stamp.parse(stamp).replica
            lacks = lacks or not (covered(stamp, replica, seen)
                                  or stamp <= told.resolved.get(replica, ""))
            resolved[replica] = max(stamp, resolved.get(replica, ""))
        if lacks:
            for key in ("kept", "lost", "resolution"):
                row[key] = None if row[key] is None else json.loads(row[key])
            out.append(Conflict(**row))
    return out, Told(max((r[0] for r in rows), default=0), resolved)


def resolution_stamps(found: Iterable[Conflict]) -> Vector:
    """The latest resolution stamp of each replica among these conflicts."""
    out: Vector = {}
    for conflict in found:
        if conflict.resolved_hlc:
            replica = Stamp.parse(conflict.resolved_hlc).replica
            out[replica] = max(conflict.resolved_hlc, out.get(replica, ""))
    return out


def last_conflict_row(store: Store) -> int:
    return int(store.db.execute("SELECT coalesce(max(rowid), 0) FROM conflict").fetchone()[0])


def open_count(store: Store) -> int:
    with store.translating():
        return int(store.db.execute("SELECT count(*) FROM conflict WHERE resolved_hlc IS NULL"
                                    ).fetchone()[0])


# -- in ----------------------------------------------------------------------

@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass
class RecordMerge:
    """What merging does to one record."""

    cls: type[Record]
    record_id: str
    old: Record | None
    new: Record | None  # None: not enough cells arrived to make the record
    stamps: dict[str, tuple[str, str]]
    changes: list[FieldChange]
    orders: Cells = field(default_factory=dict)  # the order cells written, as merged

    @property
    def caption(self) -> str:
        record = self.new or self.old
        return record.caption if record is not None else self.record_id

    @property
    def action(self) -> str:
        if self.old is None or (self.old.deleted_at is not None and self.new is not None
                                and self.new.deleted_at is None):
            return "added"
        if self.new is not None and self.new.deleted_at is not None and (
                self.old.deleted_at is None):
            return "deleted"
        return "changed"


@dataclass
class MergePlan:
    """A file's effect, worked out before anything is written: the preview shows it."""

    records: list[RecordMerge] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)  # new ones, proposals included
    resolutions: list[Conflict] = field(default_factory=list)  # conflicts resolved elsewhere
    # records of which only some cells arrived and that this copy lacks: (kind, id)
    left_out: list[tuple[str, str]] = field(default_factory=list)
    behind: int = 0  # this copy's own changes the sender had not seen when writing the file
    sender_vector: Vector = field(default_factory=dict)

    @property
    def incomplete(self) -> int:
        return len(self.left_out)

    def of(self, action: str) -> list[RecordMerge]:
        return [r for r in self.records if r.action == action and r.new is not None]

    @property
    def empty(self) -> bool:
        return not (self.records or self.conflicts or self.resolutions)


def plan(store: Store, changes: list[ChangeRecord], incoming_conflicts: list[Conflict], *,
         sender: str, sender_vector: Vector, joining: bool = False,
         rights_applied: bool = False) -> MergePlan:
    """What merging these changes would do: reads only.

    `joining`: this fresh copy is about to join the sender's register, as a
    delegate, so the delegate rights do not apply to what it receives.
    `rights_applied`: the sender (the secretariat server) has already turned
    what was outside a delegate's rights into proposals; applying them again
    here would part this copy from the server.
    """
    planner = _Planner(store, sender=sender, sender_vector=sender_vector)
    planner.restricted = planner.restricted and not (joining or rights_applied)
    return planner.run(changes, incoming_conflicts)


class _Planner:
    def __init__(self, store: Store, *, sender: str, sender_vector: Vector) -> None:
        from .replicas import vector

        me = identity(store)
        self.store = store
        self.mine = vector(store)
        self.sender_vector = sender_vector
        self.restricted = me.is_secretariat and sender != me.replica_id
        self.rights = delegate_rights(store)
        self.result = MergePlan(sender_vector=sender_vector)
        self.result.behind = int(store.db.execute(
            "SELECT count(*) FROM field_clock WHERE replica_id = ? AND hlc > ?",
            [me.replica_id, sender_vector.get(me.replica_id, "")]).fetchone()[0])
        self.stored = {c.id: c for c in conflicts(store)}
        self.known = set(self.stored)
        self.views = Views(mine=self.mine, sender=sender_vector)

    def conflict(self, kind: str, key: tuple[str, str], name: str, *, kept: tuple[Any, str],
                 lost: tuple[Any, str, str]) -> None:
        found = Conflict(conflict_id(kind, *key, name, lost[1]), kind, *key, name,
                         kept[0], kept[1], *lost)
        if found.id not in self.known:
            self.known.add(found.id)
            self.result.conflicts.append(found)

    def run(self, changes: list[ChangeRecord], incoming: list[Conflict]) -> MergePlan:
        grouped: dict[tuple[str, str], dict[str, ChangeRecord]] = defaultdict(dict)
        for change in changes:
            cell = grouped[change.kind, change.id]
            if change.field not in cell or change.hlc > cell[change.field].hlc:
                cell[change.field] = change
        by_kind: dict[str, list[str]] = defaultdict(list)
        for kind, record_id in grouped:
            by_kind[kind].append(record_id)
        for kind in RECORD_TYPES:  # parents before the records that refer to them
            ids = by_kind.get(kind, [])
            if ids:
                cls = RECORD_TYPES[kind]
                local = self.store.find_many(cls, ids)
                stamps, orders = _clocks(self.store, kind, ids)
                for record_id in ids:
                    self.record(cls, local.get(record_id), record_id, stamps.get(record_id, {}),
                                grouped[kind, record_id], orders=orders.get(record_id, {}))
        planned = {c.id for c in self.result.conflicts}
        for conflict in incoming:
            ours = self.stored.get(conflict.id)
            if ours is None and conflict.id not in planned:
                self.result.conflicts.append(conflict)
            elif ours is not None and (conflict.resolved_hlc or "") > (ours.resolved_hlc or ""):
                self.result.resolutions.append(conflict)
        return self.result

    def record(self, cls: type[Record], old: Record | None, record_id: str, own: Stamps,
               incoming: dict[str, ChangeRecord], *, orders: Cells) -> None:
        key = (cls.KIND, record_id)
        if old is None and own:  # purged from the trash here: its stamps outlive the row
            self.purged(key, own, incoming)
            return
        if old is None and self.restricted and not all(
                allowed(self.rights, cls.KIND, n) for n in incoming):
            newest = max(incoming.values(), key=lambda c: c.hlc)
            self.conflict("proposal", key, "*", kept=(None, ""),
                          lost=({n: c.value for n, c in incoming.items()}, newest.hlc,
                                newest.who))
            return
        before: Cells = cells.cells(old) if old else {}
        values = before | orders
        star = own.get("*")
        applied: dict[str, tuple[str, str]] = {}
        for name, change in sorted(incoming.items()):
            here = own.get(name, star) if old is not None else None
            verdict = cell_verdict(name, None if here is None else (values.get(name), here[0]),
                                   (change.value, change.hlc), self.views)
            if not verdict.take:
                if verdict.conflict and here is not None:
                    self.conflict("conflict", key, name, kept=(values.get(name), here[0]),
                                  lost=(change.value, change.hlc, change.who))
                continue
            if self.restricted and not allowed(self.rights, cls.KIND, name):
                if verdict.differs and here is not None:
                    self.conflict("proposal", key, name, kept=(values.get(name), here[0]),
                                  lost=(change.value, change.hlc, change.who))
                continue
            if verdict.conflict and here is not None:
                self.conflict("conflict", key, name, kept=(change.value, change.hlc),
                              lost=(values.get(name), here[0], here[1]))
            values[name] = change.value
            applied[name] = (change.hlc, change.who)
        if old is not None:
            lost = deletion_conflict(was_deleted=old.deleted_at, own=own, values=values,
                                     applied=applied, incoming=incoming, views=self.views)
            if lost is not None:
                self.conflict("conflict", key, DELETED, kept=lost.kept, lost=lost.lost)
            self.pin_orders(own, orders, values, applied)
        if not applied:
            return
        try:
            new = cells.record_from_cells(
                cls, record_id, values, created_at=old.created_at if old else "",
                updated_at=old.updated_at if old else "",
                row_version=old.row_version if old else 0)
        except (KeyError, TypeError, ValueError):
            self.result.left_out.append(key)
            return
        self.result.records.append(RecordMerge(
            cls, record_id, old, new, applied,
            [FieldChange(n, before.get(n), values.get(n)) for n in sorted(applied)
             if before.get(n) != values.get(n) and not cells.is_order(n)],
            {n: values[n] for n in applied if cells.is_order(n)}))

    @staticmethod
    def pin_orders(own: Stamps, orders: Cells, values: Cells,
                   applied: dict[str, tuple[str, str]]) -> None:
        """Keep the value of an order cell whose part's items this merge changes.

        Until then the held order is the order as shown; once an item it does
        not name arrives, it no longer is, so it is written down (same stamp).
        """
        for part in {n.partition(":")[0] for n in applied if ":" in n}:
            name = f"{part}:{cells.ORDER}"
            held = own.get(name, own.get("*"))
            if name in values and name not in applied and name not in orders and held:
                applied[name] = held

    def purged(self, key: tuple[str, str], own: Stamps,
               incoming: dict[str, ChangeRecord]) -> None:
        """A record this copy deleted and purged: older edits are dropped, newer ones listed.

        Newer ones come from a copy that restored and edited it after the deletion;
        its content is gone here, so they are a conflict on the tombstone, not a revival.
        """
        deleted = own.get(DELETED, own.get("*"))
        assert deleted is not None
        newer = sorted(n for n, c in incoming.items() if c.hlc > deleted[0])
        if newer:
            last = max(newer, key=lambda n: incoming[n].hlc)
            self.conflict("conflict", key, DELETED,
                          kept=(Stamp.parse(deleted[0]).moment, deleted[0]),
                          lost=({"edited": newer}, incoming[last].hlc, incoming[last].who))


def apply(store: Store, merge: MergePlan, *, source: str) -> list[RecordMerge]:
    """Write a plan in one transaction recorded as `source`; returns what it wrote."""
    from .replicas import advance

    written = [r for r in merge.records if r.new is not None]
    with store.transaction(source=source):
        store.db.execute("PRAGMA defer_foreign_keys = ON")
        stamps = [s for r in written for s, _ in r.stamps.values()]
        if stamps:  # stamps sort as their text: moving past the latest moves past them all
            store.clock.observe(Stamp.parse(max(stamps)))
        for record in written:
            assert record.new is not None
            store.write_merged(record.old, record.new, record.stamps, orders=record.orders)
        for conflict in merge.conflicts:
            _store_conflict(store, conflict)
        for conflict in merge.resolutions:
            store.db.execute("UPDATE conflict SET resolved_hlc = ?, resolution = ? WHERE id = ?",
                             [conflict.resolved_hlc, json.dumps(conflict.resolution),
                              conflict.id])
        advance(store, merge.sender_vector)
        tables = {t for cls in {r.cls for r in written}
                  for t in (cls.KIND, *(p.table for p in mapping.PARTS.get(cls, ())))}
        problems = [p for table in sorted(tables)
                    for p in store.db.execute(f"PRAGMA foreign_key_check({table})").fetchall()]
        if problems:
            raise UserError(translate("Core",
                "the file refers to records this copy does not hold ({problem} for "
                "a {kind}); nothing merged").format(
                problem=problems[0][2], kind=problems[0][0]))
    return written


def _store_conflict(store: Store, conflict: Conflict) -> None:
    row = conflict.to_json()
    for key in ("kept", "lost", "resolution"):
        row[key] = None if row[key] is None and key == "resolution" else json.dumps(row[key])
    names = ", ".join(row)
    store.db.execute(f"INSERT OR IGNORE INTO conflict ({names}) VALUES"
                     f" ({', '.join('?' * len(row))})", list(row.values()))


def resolve(store: Store, conflict_id_: str, value: Any) -> Conflict:
    """Settle a conflict or a proposal with this value (one of the two, or a third).

    The value is written as an ordinary edit with a fresh stamp, so it wins
    everywhere it travels; the resolution itself travels with the conflict.
    """
    found = {c.id: c for c in conflicts(store)}.get(conflict_id_)
    if found is None:
        raise UserError(translate("Core",
            "no conflict with id {conflict_id}").format(conflict_id=conflict_id_))
    if not found.open:
        raise UserError(translate("Core",
            "conflict {conflict_id} is already resolved").format(conflict_id=conflict_id_))
    cls = RECORD_TYPES[found.record_kind]
    with store.transaction(source=f"resolve:{found.id}"):
        record = store.find(cls, found.record_id, include_deleted=True)
        if found.field == "*":  # a delegate's new record: accepted as proposed, or not at all
            if value is not None and record is None:
                store.save(cells.record_from_cells(cls, found.record_id, value, created_at="",
                                                   updated_at="", row_version=0))
        elif record is None:
            raise UserError(translate("Core",
                "{label} {record_id} is not in this copy").format(
                label=record_label(cls), record_id=found.record_id))
        elif found.field == DELETED:
            if value is None and record.deleted_at is not None:
                store.restore(cls, record.id)
            elif value is not None and record.deleted_at is None:
                store.delete(record, clear_references=True)
        else:
            values = cells.cells(record)
            values[found.field] = value
            saved = store.save(cells.record_from_cells(
                cls, record.id, values, created_at=record.created_at,
                updated_at=record.updated_at, row_version=record.row_version))
            if saved.row_version == record.row_version:  # the value kept: stamp it anew,
                store.touch(saved, [found.field])       # so it wins where the other is
        stamp = store.clock.tick()
        store.db.execute("UPDATE conflict SET resolved_hlc = ?, resolution = ? WHERE id = ?",
                         [str(stamp), json.dumps(value), found.id])
    return {c.id: c for c in conflicts(store)}[found.id]


def keep_mine(store: Store, mine: R, base: R) -> tuple[R, list[Conflict]]:
    """Save an editor's record over a write that came in after it was opened (three-way).

    `base` is the record as the editor opened it. The cells the user changed
    take the user's values; the cells only the other write (a merge, a sync,
    another window) changed stay as it left them; where both changed a cell,
    the user's value is kept and the other goes to the conflict list, where
    it can still be chosen. A record deleted meanwhile is restored, and the
    deletion listed the same way. Nothing is lost without a trace.
    """
    cls = type(mine)
    with store.transaction():
        current = store.find(cls, mine.id, include_deleted=True)
        if current is None:
            raise UserError(translate("Core",
                "{label} '{caption}' is no longer there").format(
                label=record_label(cls), caption=mine.caption))
        ours, old, theirs = cells.cells(mine), cells.cells(base), cells.cells(current)
        stamps = _clocks(store, mine.KIND, [mine.id])[0][mine.id]
        lost: list[str] = []
        values = dict(theirs)
        for name in sorted((ours.keys() | old.keys()) - {DELETED}):
            if ours.get(name) == old.get(name):
                continue
            values[name] = ours.get(name)
            if theirs.get(name) not in (old.get(name), ours.get(name)) and \
                    not cells.is_order(name):
                lost.append(name)
        if current.deleted_at is not None:
            lost.append(DELETED)
            store.restore(cls, current.id)
            current = store.get(cls, current.id)
            values[DELETED] = None
        rebuilt = cast(R, cells.record_from_cells(
            cls, current.id, values, created_at=current.created_at,
            updated_at=current.updated_at, row_version=current.row_version))
        saved = store.save(rebuilt, expected_version=current.row_version)
        kept = _clocks(store, mine.KIND, [mine.id])[0][mine.id]
        filed = []
        for name in lost:
            lost_hlc, lost_who = stamps.get(name) or stamps.get("*") or ("", "")
            kept_hlc = (kept.get(name) or kept.get("*") or ("", ""))[0]
            conflict = Conflict(conflict_id("conflict", mine.KIND, mine.id, name, lost_hlc),
                                "conflict", mine.KIND, mine.id, name, ours.get(name),
                                kept_hlc, theirs.get(name), lost_hlc, lost_who)
            _store_conflict(store, conflict)
            filed.append(conflict)
    return saved, filed


def put_back(store: Store, targets: list[tuple[type[Record], str, Record | None]], *,
             source: str) -> None:
    """Make these records as given again (None: not there), as fresh edits of this copy.

    How a merge is undone as a whole, and redone: each cell that differs is
    written with a new stamp, so the undo travels like any edit and wins over
    the merged values everywhere.
    """
    with store.transaction(source=source):
        store.db.execute("PRAGMA defer_foreign_keys = ON")
        for cls, record_id, target in targets:
            current = store.find(cls, record_id, include_deleted=True)
            if current is None:
                continue
            wanted = target if target is not None else dataclasses.replace(
                current, deleted_at=current.deleted_at or store.now())
            names = cells.changed(cells.cells(current), cells.cells(wanted))
            if names:
                stamp = str(store.clock.tick())
                store.write_merged(current, dataclasses.replace(
                    wanted, created_at=current.created_at, row_version=current.row_version),
                    dict.fromkeys(names, (stamp, store.user)))
