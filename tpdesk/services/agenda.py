"""Agenda use cases: what an agenda item may narrow to, and the agenda as edited.

The agenda is part of its roundtable, so every edit is one save of the
roundtable (one undoable step in the app); the edits themselves are the pure
functions of `models.agenda`, re-exported here for the app.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models.agenda import moved, replaced, with_item, without_item
from ..models.queries import Filters
from ..models.records import Objective, Organisation, Pack, Partnership, Roadmap, Roundtable
from .stores import Stores

__all__ = ["AgendaChoices", "agenda_choices", "moved", "replaced", "roundtable_of",
           "with_item", "without_item"]


@dataclass(frozen=True)
class AgendaChoices:
    """The pick lists of an agenda item's editor, for one roundtable's partnership."""

    objectives: list[Objective]
    organisations: list[Organisation]
    sectors: list[str]


def agenda_choices(stores: Stores, roundtable: Roundtable) -> AgendaChoices:
    with stores() as store:
        partnership = store.find(Partnership, roundtable.partnership_id)
        roadmaps = store.list(Roadmap, Filters(partnership=roundtable.partnership_id))
        organisations = sorted(store.list(Organisation), key=lambda o: o.caption.casefold())
        return AgendaChoices(
            objectives=[o for r in roadmaps for o in r.objectives],
            organisations=organisations,
            sectors=list(partnership.sectors) if partnership is not None else [])


def roundtable_of(stores: Stores, pack: Pack) -> Roundtable | None:
    """The roundtable whose agenda shapes the pack; None for an ad hoc meeting."""
    if pack.roundtable_id is None:
        return None
    with stores() as store:
        return store.find(Roundtable, pack.roundtable_id)
