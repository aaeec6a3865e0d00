"""The records a pack's exchange file carries: its scope and everything that scope refers to.

The activities and commitments are the pack's own selection (`scope.PackScope`);
with them go their partnerships with the roundtables and roadmaps of those,
every organisation (few, and referred to from everywhere), the activities
the commitments point at, the notes on any record sent, and the pack. A
delegate's copy built from it holds no reference it cannot follow.
"""

from __future__ import annotations

from .queries import Filters
from .records import (
    Activity,
    Note,
    Organisation,
    Pack,
    Partnership,
    Record,
    Roadmap,
    Roundtable,
)
from .scope import PackScope
from .store import Store


def pack_records(store: Store, pack: Pack) -> list[Record]:
    scoped = PackScope.of(pack).select(store)
    activities = {a.id: a for a in scoped.activities}
    commitments = list(scoped.commitments)
    wanted = {c.activity_id for c in commitments if c.activity_id} - activities.keys()
    activities.update(store.find_many(Activity, sorted(wanted)))
    partnership_ids = ({a.partnership_id for a in activities.values()}
                       | {c.partnership_id for c in commitments} | set(pack.partnership_ids)
                       | ({pack.partnership_id} if pack.partnership_id else set()))
    records: list[Record] = list(store.find_many(Partnership, sorted(partnership_ids)).values())
    records += store.list(Organisation)
    for partnership_id in sorted(partnership_ids):
        records += store.list(Roundtable, Filters(partnership=partnership_id))
        records += store.list(Roadmap, Filters(partnership=partnership_id))
    records += [*activities.values(), *commitments, pack]
    sent = {r.id for r in records}
    records += [n for n in store.list(Note) if n.target_id in sent]
    return records
