"""What an agenda item covers: the pack's records narrowed by the item's choices.

The pack's own scope comes first (its partnerships, filters, pins and
exclusions); an item then keeps the activities that match each narrowing it
gives (an objective, a category, a sector, an instrument: any of the values
given for each), the commitments on those activities or, when not on an
activity, on its objectives, and the objectives it names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .pack_words import ENGLISH, Words
from .records import Activity, AgendaItem, Commitment, Objective, Organisation


@dataclass(frozen=True)
class ItemScope:
    item: AgendaItem
    activities: list[Activity]
    commitments: list[Commitment]
    objectives: list[Objective]

    @property
    def record_ids(self) -> set[str]:
        return ({a.id for a in self.activities} | {c.id for c in self.commitments}
                | {o.id for o in self.objectives})


def matches(item: AgendaItem, activity: Activity) -> bool:
    """True when the activity meets every narrowing the item gives."""
    sectors = {s.casefold() for s in item.sectors}
    return ((not item.objective_ids or bool(set(item.objective_ids) & set(activity.objective_ids)))
            and (not item.categories or activity.category in item.categories)
            and (not sectors or bool(sectors & {s.casefold() for s in activity.sectors}))
            and (not item.instruments
                 or any(f.instrument in item.instruments for f in activity.funding)))


def narrow(item: AgendaItem, *, activities: Sequence[Activity],
           commitments: Sequence[Commitment], objectives: Sequence[Objective]) -> ItemScope:
    """The records of the pack's scope that the item covers.

    An item that narrows nothing covers every activity and commitment, and
    names no objective of its own.
    """
    if not item.narrowed:
        return ItemScope(item, list(activities), list(commitments), [])
    mine = [a for a in activities if matches(item, a)]
    ids = {a.id for a in mine}
    wanted = set(item.objective_ids)
    covered = [c for c in commitments
               if c.activity_id in ids or (c.activity_id is None and c.objective_id in wanted)]
    return ItemScope(item, mine, covered, [o for o in objectives if o.id in wanted])


def describe(item: AgendaItem, objectives: Mapping[str, Objective],
             words: Words = ENGLISH) -> str:
    """The narrowing in words, for the note's background; empty when there is none."""
    w = words
    parts = []
    codes = [objectives[i].code for i in item.objective_ids if i in objectives]
    if codes:
        parts.append(w("narrow.objective" if len(codes) == 1 else "narrow.objectives",
                       names=w.join(codes)))
    if item.categories:
        parts.append(w("narrow.categories",
                       names=w.join([w.label(c).lower() for c in item.categories])))
    if item.sectors:
        parts.append(w("narrow.sector" if len(item.sectors) == 1 else "narrow.sectors",
                       names=w.join(list(item.sectors))))
    if item.instruments:
        parts.append(w("narrow.instruments", names=w.join([w.label(i) for i in item.instruments])))
    return "; ".join(parts) if not w.right_to_left else "؛ ".join(parts)


def lead_name(item: AgendaItem, organisations: Mapping[str, Organisation]) -> str:
    lead = organisations.get(item.lead_id or "")
    return lead.caption if lead is not None else ""


# -- editing an agenda: each edit returns the new list, for one undoable save ----------

def with_item(agenda: Sequence[AgendaItem], item: AgendaItem,
              after: str | None = None) -> list[AgendaItem]:
    """The agenda with `item` added after the item `after` (at the end when None)."""
    items = list(agenda)
    at = next((i + 1 for i, x in enumerate(items) if x.id == after), len(items))
    items.insert(at, item)
    return items


def replaced(agenda: Sequence[AgendaItem], item: AgendaItem) -> list[AgendaItem]:
    return [item if x.id == item.id else x for x in agenda]


def without_item(agenda: Sequence[AgendaItem], item_id: str) -> list[AgendaItem]:
    return [x for x in agenda if x.id != item_id]


def moved(agenda: Sequence[AgendaItem], item_id: str, delta: int) -> list[AgendaItem]:
    """The agenda with one item moved `delta` places (-1 up, +1 down), kept within bounds."""
    items = list(agenda)
    at = next((i for i, x in enumerate(items) if x.id == item_id), None)
    if at is None:
        return items
    target = max(0, min(len(items) - 1, at + delta))
    items.insert(target, items.pop(at))
    return items
