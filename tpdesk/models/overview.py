"""Figures for the dashboard and the briefing packs, computed in SQL.

Aggregates run in the database so that the overview of 100,000 activities
costs a few queries, not a walk over every record; counts read narrow indexes
or the narrow filter rows (one per live activity), never the wide rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from .queries import Filters
from .records import Activity, Commitment, Partnership, Roundtable
from .store import Store
from .vocab import CommitmentState, CommitmentStatus, Instrument


@dataclass(frozen=True)
class Overview:
    partnerships: int
    activities: int
    commitments_by_status: dict[CommitmentStatus, int]
    overdue: list[Commitment]
    due_soon: list[Commitment]
    funding_by_instrument: dict[Instrument, int]  # euro cents
    next_roundtables: list[Roundtable]

    @property
    def commitments(self) -> int:
        return sum(self.commitments_by_status.values())

    @property
    def funding_cents(self) -> int:
        return sum(self.funding_by_instrument.values())


def overview(store: Store, partnership_id: str | None = None, *, limit: int = 50) -> Overview:
    """The state of play overall, or of one partnership; lists hold at most `limit` items."""
    scope = "" if partnership_id is None else " AND a.partnership_id = ?"
    params = [] if partnership_id is None else [partnership_id]
    db = store.db

    by_status = dict.fromkeys(CommitmentStatus, 0)
    # The live commitments' own index holds partnership and status: read it, not the rows.
    for status, n in db.execute("SELECT a.status, count(*) FROM commitment a INDEXED BY"
                                f" commitment_live WHERE a.deleted_at IS NULL{scope}"
                                " GROUP BY a.status", params):
        by_status[CommitmentStatus(status)] = n
    by_instrument = dict.fromkeys(Instrument, 0)
    if partnership_id is None:  # every line, less those of the few deleted activities
        totals = [("SELECT instrument, sum(amount_cents) FROM funding_line GROUP BY instrument", 1),
                  ("SELECT l.instrument, sum(l.amount_cents) FROM activity a JOIN funding_line l"
                   " ON l.activity_id = a.id WHERE a.deleted_at IS NOT NULL"
                   " GROUP BY l.instrument", -1)]
    else:
        totals = [("SELECT l.instrument, sum(l.amount_cents) FROM activity a JOIN funding_line l"
                   f" ON l.activity_id = a.id WHERE a.deleted_at IS NULL{scope}"
                   " GROUP BY l.instrument", 1)]
    for sql, sign in totals:
        for instrument, cents in db.execute(sql, params):
            by_instrument[Instrument(instrument)] += sign * int(cents)

    today = store.today().isoformat()
    planned = store.list(Roundtable, Filters(partnership=partnership_id, status="planned"))
    upcoming = sorted((r for r in planned if (r.date or "9999-12-31") >= today),
                      key=lambda r: r.date or "9999-12-31")
    return Overview(
        partnerships=1 if partnership_id else store.count(Partnership),
        activities=store.count(Activity, Filters(partnership=partnership_id)),
        commitments_by_status=by_status,
        overdue=store.list(Commitment, Filters(partnership=partnership_id,
                                               state=CommitmentState.OVERDUE), limit=limit),
        due_soon=store.list(Commitment, Filters(partnership=partnership_id,
                                                state=CommitmentState.DUE_SOON), limit=limit),
        funding_by_instrument=by_instrument,
        next_roundtables=upcoming,
    )
