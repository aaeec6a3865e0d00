"""Issues found in the register, not typed: what a briefing must raise before the meeting.

`find_issues` reads only the records it is given (those a pack or an agenda
item covers) and returns them most serious first. Each issue has a stable
key made of its kind and record id, so the author's rewording of it, stored
per pack, finds it again after the data changed and the pack was regenerated.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from .formatting import format_date
from .records import Activity, Commitment, Objective, Organisation
from .vocab import ActivityStatus, Role

STALE_DAYS = 90  # an open commitment with no progress update for this long has gone quiet
ENDING_DAYS = 183  # about six months: an activity ending sooner must settle what hangs on it
ACTIVE = frozenset({ActivityStatus.IMPLEMENTATION, ActivityStatus.FINALISATION})
# Activities that are over need no lead or funding any more.
_FINISHED = frozenset({ActivityStatus.CLOSED, ActivityStatus.CANCELLED})
_LEADS = (Role.LEAD_MEMBER_STATE, Role.ACCOUNTABLE, Role.IMPLEMENTING)


class IssueKind(IntEnum):
    """In order of seriousness: the first ones are promises already broken."""

    OVERDUE = 1
    ENDING = 2
    STALE = 3
    IDLE_OBJECTIVE = 4
    NO_FUNDING_OR_LEAD = 5

    @property
    def key(self) -> str:
        return self.name.lower().replace("_", "-")

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    IssueKind.OVERDUE: "Overdue commitments",
    IssueKind.ENDING: "Activities ending with open commitments",
    IssueKind.STALE: f"Commitments without progress for {STALE_DAYS} days",
    IssueKind.IDLE_OBJECTIVE: "Objectives with no activity under way",
    IssueKind.NO_FUNDING_OR_LEAD: "Activities without funding or a lead",
}


@dataclass(frozen=True)
class Issue:
    kind: IssueKind
    record_id: str
    subject: str  # the record as a sentence names it: “Title” or Objective O2
    text: str  # one sentence, as the briefing prints it
    weight: int  # within a kind, larger is more serious (days overdue, days quiet)

    @property
    def key(self) -> str:
        return f"{self.kind.key}:{self.record_id}"


def find_issues(*, activities: Iterable[Activity], commitments: Iterable[Commitment],
                objectives: Iterable[Objective], organisations: Mapping[str, Organisation],
                today: date) -> list[Issue]:
    """Every issue among these records, most serious first."""
    activities, commitments = list(activities), list(commitments)

    def names(ids: Iterable[str]) -> str:
        return ", ".join(organisations[i].caption for i in ids if i in organisations)

    found: list[Issue] = []
    open_on: dict[str, list[Commitment]] = defaultdict(list)
    for c in commitments:
        if not c.status.is_open:
            continue
        if c.activity_id:
            open_on[c.activity_id].append(c)
        who = names(c.actor_ids) or "no actor named"
        if c.is_overdue(today) and c.due_date:
            days = (today - date.fromisoformat(c.due_date)).days
            found.append(Issue(IssueKind.OVERDUE, c.id, f"“{c.text}”",
                               f"“{c.text}” is {_days(days)} overdue (due"
                               f" {format_date(c.due_date)}; {who}).", days))
            continue
        last = max((u.date for u in c.updates), default=c.made_on or c.created_at[:10] or None)
        if last and last <= (today - timedelta(days=STALE_DAYS)).isoformat():
            quiet = (today - date.fromisoformat(last[:10])).days
            since = "since" if c.updates else "since it was made on"
            found.append(Issue(IssueKind.STALE, c.id, f"“{c.text}”",
                               f"“{c.text}”: no progress reported {since} {format_date(last)}"
                               f" ({who}).", quiet))
    horizon = (today + timedelta(days=ENDING_DAYS)).isoformat()
    for a in activities:
        hanging = open_on.get(a.id, [])
        if (hanging and a.end_date and today.isoformat() <= a.end_date <= horizon
                and a.status not in _FINISHED):
            n = len(hanging)
            found.append(Issue(IssueKind.ENDING, a.id, f"“{a.title}”",
                               f"“{a.title}” ends on {format_date(a.end_date)} with {n} open"
                               f" commitment{'s' if n != 1 else ''} on it.",
                               ENDING_DAYS - (date.fromisoformat(a.end_date) - today).days))
        if a.status in _FINISHED:
            continue
        missing = [what for what, lacking in (
            ("funding", not a.funding),
            ("lead", not any(a.organisations_with(r) for r in _LEADS))) if lacking]
        if missing:
            found.append(Issue(IssueKind.NO_FUNDING_OR_LEAD, a.id, f"“{a.title}”",
                               f"“{a.title}” has no {' and no '.join(missing)}.",
                               len(missing) * 1000 + a.total_cents // 100_000))
    active = {o for a in activities if a.status in ACTIVE for o in a.objective_ids}
    for o in objectives:
        if o.id not in active:
            found.append(Issue(IssueKind.IDLE_OBJECTIVE, o.id, f"Objective {o.code}",
                               f"Objective {o.code} ({o.text}) has no activity under way.", 0))
    return sorted(found, key=lambda i: (i.kind, -i.weight, i.text.casefold()))


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"
