"""The replication format and the field-level merge rule, with no store behind them.

One home for what every transport shares: the change records and conflict
records as they travel, the vectors that say what a copy holds, and the
decision for one cell meeting another. The exchange merge (`merge`) applies
them to a SQLite copy, the secretariat server (`tpdesk.server`) to
PostgreSQL; both must decide alike, or the copies would not converge.
"""

from __future__ import annotations

import fnmatch
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from .cells import DELETED, is_order
from .clock import Stamp, replica_of
from .records import RECORD_TYPES

Vector = dict[str, str]  # replica id -> highest stamp of it seen (stamp text)

# What a delegate may change at the secretariat without a decision there:
# notes, lines to take and agenda items (pack sections), commitment progress updates.
DEFAULT_DELEGATE_RIGHTS = ("note:*", "pack:lines:*", "pack:sections:*", "commitment:updates:*")


def covered(stamp: str, replica: str, seen: Vector) -> bool:
    """Whether a copy with vector `seen` holds the change of this stamp."""
    return stamp <= seen.get(replica, "")


def allowed(patterns: Iterable[str], kind: str, name: str) -> bool:
    """Whether the delegate rights `patterns` (`kind:field` globs) cover this cell."""
    return any(fnmatch.fnmatchcase(f"{kind}:{name}", p) or p == "*" for p in patterns)


class ChangeRecord(NamedTuple):
    """One cell as it travels: which record, which cell, its value, stamp and author.

    A tuple, not a dataclass: a pack carries one per cell, some 200,000 of them.
    """

    kind: str
    id: str
    field: str
    value: Any
    hlc: str
    who: str = ""

    @property
    def stamp(self) -> Stamp:
        return Stamp.parse(self.hlc)


def group_json(changes: Iterable[ChangeRecord]) -> Iterator[dict[str, Any]]:
    """Change records as a file holds them: one object per record, a list of its cells."""
    current: dict[str, Any] | None = None
    for c in changes:
        if current is None or (current["kind"], current["id"]) != (c.kind, c.id):
            if current is not None:
                yield current
            current = {"kind": c.kind, "id": c.id, "cells": []}
        current["cells"].append([c.field, c.value, c.hlc, c.who])
    if current is not None:
        yield current


def from_group_json(data: Any) -> list[ChangeRecord]:
    """The change records of one line of a file; ValueError names what is wrong with it."""
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        raise ValueError("not a record's change records")
    kind, record_id = data.get("kind"), data.get("id")
    if kind not in RECORD_TYPES or not isinstance(record_id, str) or not record_id:
        raise ValueError(f"unknown record kind {kind!r}")
    out = []
    for cell in data["cells"]:
        if not isinstance(cell, list) or len(cell) != 4:
            raise ValueError("a cell is not [field, value, stamp, author]")
        name, value, hlc, who = cell
        if not isinstance(name, str) or not name or not isinstance(hlc, str):
            raise ValueError("a cell lacks its field or stamp")
        Stamp.parse(hlc)
        out.append(ChangeRecord(kind, record_id, name, value, hlc, str(who or "")))
    return out


@dataclass(frozen=True)
class Conflict:
    """A value that lost to a concurrent one (or a delegate's proposal), until resolved."""

    id: str
    kind: str  # "conflict" or "proposal"
    record_kind: str
    record_id: str
    field: str
    kept: Any
    kept_hlc: str
    lost: Any
    lost_hlc: str
    lost_who: str
    resolved_hlc: str | None = None
    resolution: Any = None

    @property
    def open(self) -> bool:
        return self.resolved_hlc is None

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, data: Any) -> Conflict:
        if not isinstance(data, dict) or set(data) != set(cls.__dataclass_fields__):
            raise ValueError("a conflict record does not have the expected keys")
        if data["kind"] != "conflict" or data["record_kind"] not in RECORD_TYPES:
            raise ValueError("a conflict record is of an unknown kind")
        return cls(**data)


def conflict_id(kind: str, record_kind: str, record_id: str, name: str, lost_hlc: str) -> str:
    """The same losing edit gives the same id on every copy that notices it."""
    text = "\x1f".join((kind, record_kind, record_id, name, lost_hlc))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


# -- the rule ----------------------------------------------------------------

class Verdict(NamedTuple):
    """What one incoming cell does to the cell held here.

    `take`: the incoming value replaces ours. `conflict`: the other value
    (ours when taking, the incoming one when not) is a concurrent edit to
    list. `differs`: both sides hold the cell with different values (order
    cells never count), so a delegate's refused edit of it is a proposal.
    """

    take: bool
    conflict: bool
    differs: bool


class Views(NamedTuple):
    """What each side had seen: the receiver's vector and the sender's."""

    mine: Vector
    sender: Vector

    def unseen_by_sender(self, stamp: str) -> bool:
        return not covered(stamp, replica_of(stamp), self.sender)

    def new_to_me(self, stamp: str) -> bool:
        return not covered(stamp, replica_of(stamp), self.mine)


def cell_verdict(name: str, here: tuple[Any, str] | None, incoming: tuple[Any, str],
                 views: Views) -> Verdict:
    """One cell: the higher stamp wins; an edit neither side had seen is a conflict.

    `here` is the value and stamp held (None: this side never had the cell),
    `incoming` the arriving value and stamp.
    """
    if here is None:
        return Verdict(take=True, conflict=False, differs=False)
    (value, stamp), (new_value, new_stamp) = here, incoming
    differs = value != new_value and not is_order(name)
    if new_stamp <= stamp:
        return Verdict(take=False, differs=differs, conflict=(
            differs and new_stamp < stamp and views.new_to_me(new_stamp)
            and views.unseen_by_sender(stamp)))
    return Verdict(take=True, differs=differs,
                   conflict=differs and views.unseen_by_sender(stamp))


class LostEdit(NamedTuple):
    """The `deleted` conflict a deletion meeting unseen edits makes: kept and lost sides."""

    kept: tuple[Any, str]
    lost: tuple[Any, str, str]


def deletion_conflict(*, was_deleted: str | None, own: dict[str, tuple[str, str]],
                      values: dict[str, Any], applied: dict[str, tuple[str, str]],
                      incoming: dict[str, ChangeRecord], views: Views) -> LostEdit | None:
    """A tombstone meeting an edit the deleting side had not seen: never silent.

    `was_deleted` is the tombstone held before the merge, `own` the stamps
    (and authors) held per cell, `values` the cells after the merge,
    `applied` the stamps of the cells the merge took, `incoming` what arrived.
    """
    if DELETED in applied and values.get(DELETED) is not None and was_deleted is None:
        edited = sorted(n for n, (hlc, _) in own.items()
                        if n not in ("*", DELETED) and views.unseen_by_sender(hlc))
        if edited:
            last = max(edited, key=lambda n: own[n][0])
            return LostEdit((values[DELETED], applied[DELETED][0]),
                            ({"edited": edited}, own[last][0], own[last][1]))
    elif was_deleted is not None and DELETED not in applied:
        deleted = own.get(DELETED, own.get("*"))
        edits = sorted(n for n, c in incoming.items() if n != DELETED and views.new_to_me(c.hlc))
        if deleted is not None and edits and views.unseen_by_sender(deleted[0]):
            last = max(edits, key=lambda n: incoming[n].hlc)
            return LostEdit((was_deleted, deleted[0]),
                            ({"edited": edits}, incoming[last].hlc, incoming[last].who))
    return None

