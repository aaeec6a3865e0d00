"""Where a commitment stands: one rule in Python, the same rule in the store's SQL."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product

import pytest

from tpdesk.models import Commitment, Filters, Organisation, Partnership, Store, UserError
from tpdesk.models.records import DUE_SOON_DAYS
from tpdesk.models.vocab import CommitmentState, CommitmentStatus

TODAY = date(2026, 11, 26)


def _due(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


@pytest.mark.parametrize(("due", "status", "state"), [
    (_due(-1), CommitmentStatus.IN_PROGRESS, CommitmentState.OVERDUE),
    (_due(0), CommitmentStatus.PLANNED, CommitmentState.DUE_SOON),  # due today: not yet late
    (_due(DUE_SOON_DAYS), CommitmentStatus.ON_HOLD, CommitmentState.DUE_SOON),
    (_due(DUE_SOON_DAYS + 1), CommitmentStatus.PLANNED, CommitmentState.OPEN),
    (None, CommitmentStatus.IN_PROGRESS, CommitmentState.OPEN),
    (_due(-400), CommitmentStatus.FULFILLED, CommitmentState.CLOSED),  # closed beats past due
    (_due(3), CommitmentStatus.CANCELLED, CommitmentState.CLOSED),
    (None, CommitmentStatus.FULFILLED, CommitmentState.CLOSED),
])
def test_state_at_its_boundaries(due: str | None, status: CommitmentStatus,
                                 state: CommitmentState) -> None:
    commitment = Commitment(text="x", due_date=due, status=status)
    assert commitment.state(TODAY) is state
    assert commitment.is_overdue(TODAY) is (state is CommitmentState.OVERDUE)


def test_closed_statuses_come_from_the_vocabulary() -> None:
    assert set(CommitmentStatus.closed()) == {s for s in CommitmentStatus if not s.is_open}
    assert set(CommitmentStatus.closed()) == {CommitmentStatus.FULFILLED,
                                              CommitmentStatus.CANCELLED}


def test_sql_filters_keep_exactly_what_state_says(tmp_path) -> None:
    offsets = [None, -400, -1, 0, 1, DUE_SOON_DAYS - 1, DUE_SOON_DAYS, DUE_SOON_DAYS + 1, 365]
    with Store(tmp_path / "register.db", user="tester", today=lambda: TODAY) as store:
        tn = store.save(Partnership(country_code="TN", title="EU-Tunisia Talent Partnership"))
        ilo = store.save(Organisation(name="International Labour Organization"))
        saved = [store.save(Commitment(partnership_id=tn.id, actor_ids=[ilo.id],
                                       text=f"{status} {days}",
                                       due_date=None if days is None else _due(days),
                                       status=status))
                 for days, status in product(offsets, CommitmentStatus)]

        def ids(filters: Filters) -> set[str]:
            assert store.count(Commitment, filters) == len(store.list(Commitment, filters))
            return {c.id for c in store.list(Commitment, filters)}

        for state in CommitmentState:
            expected = {c.id for c in saved if c.state(TODAY) is state}
            assert expected, state  # every state is present, so the check can fail
            assert ids(Filters(state=state)) == expected, state
            assert ids(Filters(state=state.label)) == expected, state
        overdue = {c.id for c in saved if c.state(TODAY) is CommitmentState.OVERDUE}
        assert ids(Filters(overdue=True)) == overdue
        soon = {c.id for c in saved if c.state(TODAY) is CommitmentState.DUE_SOON}
        assert ids(Filters(due_within_days=DUE_SOON_DAYS)) == soon
        with pytest.raises(UserError, match=r"^state: 'late' is not one of"):
            store.list(Commitment, Filters(state="late"))
