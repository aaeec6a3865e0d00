"""What refers to what: one table, read by the delete guard, `check` and validation.

Each `Reference` says that a field of one kind of record, or a field of the
parts it lists (an activity's funding lines), holds the id of a record of
another kind. From this one table the store refuses to delete a record that
live records still use, or clears those references when asked; `check`
reports live records whose references point at nothing live; validation
refuses to save a reference to a record that is not there. A reference
added here is guarded, checked and validated at once.

Not listed: what the store derives for itself (a note's `partnership_id`,
the search index) and the change history, which names deleted records on
purpose.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from . import mapping
from .errors import ReferencedError
from .l10n import translate
from .records import (
    RECORD_TYPES,
    Activity,
    Commitment,
    Note,
    Pack,
    Record,
    Roadmap,
    Roundtable,
    counted,
)

R = TypeVar("R", bound=Record)

NAMED = 3  # referrers named in a refusal, per kind; the rest are counted


@dataclass(frozen=True)
class Reference:
    """A field of `source` records holding ids of records of one of `targets` (kinds).

    `item` names the id's attribute when the field is a list of parts;
    `item_list`: that attribute is itself a list of ids (an agenda item's
    objectives), kept as a JSON list in the part's row.
    `required`: the record needs it set. `fixed`: optional, but clearing it
    would leave the record meaningless, so a delete never clears it.
    `same_partnership`: the target must belong to the record's partnership.
    `on_save`: validated when saved; a pack's own choices (pins, exclusions,
    lines) are not, since an old pack may still name records deleted before
    this guard existed and must stay editable; `check` reports those.
    `cascade`: the referrer is deleted and restored with its target (notes).
    `kind_field`: the field that says which kind the target is.
    """

    source: type[Record]
    field: str
    targets: tuple[str, ...]
    item: str = ""
    item_list: bool = False
    required: bool = False
    fixed: bool = False
    same_partnership: bool = False
    on_save: bool = True
    cascade: bool = False
    kind_field: str = ""

    @property
    def clearable(self) -> bool:
        return not (self.required or self.fixed or self.cascade)

    @property
    def noun(self) -> str:
        """What a message calls the target."""
        return self.targets[0] if len(self.targets) == 1 else "record"


_PARTNERSHIP = ("partnership",)
_PINNABLE = (Activity.KIND, Commitment.KIND)

REFERENCES: tuple[Reference, ...] = (
    Reference(Roundtable, "partnership_id", _PARTNERSHIP, required=True),
    Reference(Roundtable, "agenda", ("organisation",), item="lead_id"),
    # Clearing would widen the item to everything the pack covers: refused instead.
    Reference(Roundtable, "agenda", ("objective",), item="objective_ids", item_list=True,
              same_partnership=True, fixed=True),
    Reference(Roadmap, "partnership_id", _PARTNERSHIP, required=True),
    Reference(Roadmap, "adopted_at_roundtable_id", ("roundtable",), same_partnership=True),
    Reference(Activity, "partnership_id", _PARTNERSHIP, required=True),
    Reference(Activity, "objective_ids", ("objective",), same_partnership=True),
    Reference(Activity, "participants", ("organisation",), item="organisation_id"),
    Reference(Activity, "funding", ("organisation",), item="funder_id"),
    Reference(Commitment, "partnership_id", _PARTNERSHIP, required=True),
    Reference(Commitment, "actor_ids", ("organisation",)),
    Reference(Commitment, "made_at_roundtable_id", ("roundtable",), same_partnership=True),
    Reference(Commitment, "activity_id", ("activity",), same_partnership=True),
    Reference(Commitment, "objective_id", ("objective",), same_partnership=True),
    Reference(Note, "target_id", tuple(RECORD_TYPES), required=True, cascade=True,
              kind_field="target_kind"),
    Reference(Pack, "roundtable_id", ("roundtable",), fixed=True),
    Reference(Pack, "partnership_id", _PARTNERSHIP, fixed=True),
    Reference(Pack, "partnership_ids", _PARTNERSHIP),
    Reference(Pack, "pinned_ids", _PINNABLE, on_save=False),
    Reference(Pack, "excluded_ids", _PINNABLE, on_save=False),
    Reference(Pack, "lines", (*_PINNABLE, "partnership"), item="record_id", on_save=False),
)

# Kinds that live as parts of another record, with the attribute listing them:
# deleting the owner also asks who uses them.
OWNED: dict[str, tuple[type[Record], str]] = {"objective": (Roadmap, "objectives")}


def references_from(cls: type[Record]) -> tuple[Reference, ...]:
    return tuple(ref for ref in REFERENCES if ref.source is cls)


def references_to(kind: str) -> tuple[Reference, ...]:
    return tuple(ref for ref in REFERENCES if kind in ref.targets)


# -- where each reference is stored ----------------------------------------------

@dataclass(frozen=True)
class Storage:
    """Where the ids of a reference are: a column, a JSON list, or a part table."""

    table: str
    column: str
    owner: str  # the column of `table` naming the referring record
    json_list: bool

    def select(self, ref: Reference) -> tuple[str, str]:
        """A FROM clause with the referring record as `r`, and the SQL of one referenced id."""
        source = ref.source.KIND
        if self.table == source:
            tables, holder = f"{source} r", "r"
        else:
            tables, holder = f"{self.table} p JOIN {source} r ON r.id = p.{self.owner}", "p"
        if self.json_list:
            return f"{tables}, json_each({holder}.{self.column}) j", "j.value"
        return tables, f"{holder}.{self.column}"


def storage(ref: Reference) -> Storage:
    for part in mapping.PARTS.get(ref.source, ()):
        if part.attr == ref.field:
            return Storage(part.table, ref.item or part.link, part.fk, json_list=ref.item_list)
    column = next(c for c in mapping.columns(ref.source) if c.name == ref.field)
    return Storage(ref.source.KIND, ref.field, "id", json_list=column.kind == "list")


def _owned_part(kind: str) -> tuple[type[Record], mapping.Part]:
    owner, attr = OWNED[kind]
    return owner, next(p for p in mapping.PARTS[owner] if p.attr == attr)


def live_target(kind: str, value: str) -> str:
    """SQL that is true when `value` is the id of a live record of `kind`."""
    if kind in OWNED:
        owner, part = _owned_part(kind)
        return (f"EXISTS (SELECT 1 FROM {part.table} x JOIN {owner.KIND} o"
                f" ON o.id = x.{part.fk} WHERE x.id = {value} AND x.deleted_at IS NULL"
                " AND o.deleted_at IS NULL)")
    return f"EXISTS (SELECT 1 FROM {kind} x WHERE x.id = {value} AND x.deleted_at IS NULL)"


def owner_partnership_sql(kind: str) -> str:
    """SQL (one parameter, the id) for the partnership of a live owned record."""
    owner, part = _owned_part(kind)
    return (f"SELECT coalesce(o.partnership_id, '') FROM {part.table} x JOIN {owner.KIND} o"
            f" ON o.id = x.{part.fk} WHERE x.id = ? AND x.deleted_at IS NULL"
            " AND o.deleted_at IS NULL")


def referrer_query(ref: Reference, kind: str, ids: Sequence[str], *,
                   deleted_at: str | None = None) -> tuple[str, list[Any]]:
    """Ids of the records that refer through `ref` to these records of `kind`.

    Live ones, or those deleted at `deleted_at` (the notes deleted with a record).
    """
    tables, value = storage(ref).select(ref)
    marks = ", ".join("?" * len(ids))
    params: list[Any] = list(ids)
    sql = f"SELECT DISTINCT r.id FROM {tables} WHERE {value} IN ({marks})"
    if ref.kind_field:
        sql += f" AND r.{ref.kind_field} = ?"
        params.append(kind)
    if deleted_at is None:
        sql += " AND r.deleted_at IS NULL"
    else:
        sql += " AND r.deleted_at = ?"
        params.append(deleted_at)
    return sql, params


def dangling_query(ref: Reference) -> str:
    """Rows (record id, referenced id, target noun) of live records pointing at nothing live."""
    tables, value = storage(ref).select(ref)
    if ref.kind_field:
        live = " OR ".join(f"(r.{ref.kind_field} = '{kind}' AND {live_target(kind, value)})"
                           for kind in ref.targets)
        noun = f"r.{ref.kind_field}"
    else:
        live = " OR ".join(live_target(kind, value) for kind in ref.targets)
        noun = f"'{ref.noun}'"
    return (f"SELECT r.id, {value}, {noun} FROM {tables} WHERE r.deleted_at IS NULL"
            f" AND {value} IS NOT NULL AND NOT ({live}) ORDER BY r.id")


# -- on records ------------------------------------------------------------------

def ids_in(ref: Reference, record: Record) -> list[str]:
    """The ids a record holds through `ref`."""
    value = getattr(record, ref.field)
    if ref.item_list:
        return [i for part in value for i in getattr(part, ref.item)]
    if ref.item:
        return [i for i in (getattr(part, ref.item) for part in value) if i is not None]
    if isinstance(value, list):
        return list(value)
    return [] if value is None else [value]


def targets_of(record: Record) -> list[tuple[str, list[str]]]:
    """(kind, ids) of what deleting `record` takes away: itself and the parts it owns."""
    targets = [(record.KIND, [record.id])]
    for kind, (owner, attr) in OWNED.items():
        if isinstance(record, owner):
            targets.append((kind, [part.id for part in getattr(record, attr)]))
    return targets


def cleared(record: R, refs: Iterable[Reference], gone: set[str]) -> R:
    """The record with every reference through `refs` to an id in `gone` taken out.

    A single id becomes None, an id leaves its list, a part loses its id
    when the id is optional there (a funder) and goes when it is not (a
    participant).
    """
    changes: dict[str, Any] = {}
    for ref in refs:
        value = changes.get(ref.field, getattr(record, ref.field))
        if ref.item:
            kept = []
            for part in value:
                if getattr(part, ref.item) not in gone:
                    kept.append(part)
                elif _optional(part, ref.item):
                    kept.append(dataclasses.replace(part, **{ref.item: None}))
            changes[ref.field] = kept
        elif isinstance(value, list):
            changes[ref.field] = [i for i in value if i not in gone]
        elif value in gone:
            changes[ref.field] = None
    return dataclasses.replace(record, **changes)


def _optional(part: Any, name: str) -> bool:
    return next(f for f in dataclasses.fields(part) if f.name == name).default is None


# -- the refusal -----------------------------------------------------------------

def refusal(what: str, users: Sequence[Record], *, verb: str = "deleted",
            clearable: bool, clearing: bool = False) -> ReferencedError:
    """The one line naming who uses a record, a few by name and the rest counted.

    "Roadmap 'X' cannot be deleted: it is used by 2 commitments ('A', 'B')
    and 1 activity ('C')". When the references were to be cleared, `users` are those that cannot do
    without it, and the message says so.
    """
    groups: dict[type[Record], list[Record]] = {}
    for user in users:
        groups.setdefault(type(user), []).append(user)
    listed = _joined([f"{counted(cls, len(group))} ({_names(group)})"
                      for cls, group in sorted(groups.items(),
                                               key=lambda g: list(RECORD_TYPES).index(g[0].KIND))])
    if clearing:
        message = translate("Core", "{what} cannot be deleted: {listed} cannot do without it")
    elif verb == "removed":
        message = translate("Core", "{what} cannot be removed: it is used by {listed}")
    else:
        message = translate("Core", "{what} cannot be deleted: it is used by {listed}")
    return ReferencedError(message.format(what=what, listed=listed), clearable=clearable)


def _names(records: Sequence[Record]) -> str:
    def short(text: str) -> str:
        return text if len(text) <= 40 else text[:39] + "…"

    names = ", ".join(f"'{short(r.caption)}'" for r in records[:NAMED])
    rest = len(records) - NAMED
    return names + (translate("Core", " and %Ln more", None, rest) if rest > 0 else "")


def _joined(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return translate("Core", "{items} and {last}").format(items=", ".join(items[:-1]),
                                                          last=items[-1])
