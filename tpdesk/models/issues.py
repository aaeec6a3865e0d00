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

from .pack_words import ENGLISH, Words
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
        return self.label_in(ENGLISH)

    def label_in(self, words: Words) -> str:
        """The kind as a list's title, in a pack's language."""
        return words(f"issue.label.{self.key}", days=STALE_DAYS)


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
                today: date, words: Words = ENGLISH) -> list[Issue]:
    """Every issue among these records, most serious first, told in `words`."""
    w = words
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
        who = names(c.actor_ids) or w("issue.no_actor")
        subject = w("issue.quoted", text=c.text)
        if c.is_overdue(today) and c.due_date:
            days = (today - date.fromisoformat(c.due_date)).days
            found.append(Issue(IssueKind.OVERDUE, c.id, subject,
                               w("issue.overdue", subject=subject, days=w.count("day", days),
                                 date=w.date(c.due_date), who=who), days))
            continue
        last = max((u.date for u in c.updates), default=c.made_on or c.created_at[:10] or None)
        if last and last <= (today - timedelta(days=STALE_DAYS)).isoformat():
            quiet = (today - date.fromisoformat(last[:10])).days
            key = "issue.stale_since" if c.updates else "issue.stale_made"
            found.append(Issue(IssueKind.STALE, c.id, subject,
                               w(key, subject=subject, date=w.date(last), who=who), quiet))
    horizon = (today + timedelta(days=ENDING_DAYS)).isoformat()
    for a in activities:
        hanging = open_on.get(a.id, [])
        if (hanging and a.end_date and today.isoformat() <= a.end_date <= horizon
                and a.status not in _FINISHED):
            found.append(Issue(IssueKind.ENDING, a.id, w("issue.quoted", text=a.title),
                               w("issue.ending", subject=w("issue.quoted", text=a.title),
                                 date=w.date(a.end_date),
                                 open=w.count("open_commitment", len(hanging))),
                               ENDING_DAYS - (date.fromisoformat(a.end_date) - today).days))
        if a.status in _FINISHED:
            continue
        no_funding = not a.funding
        no_lead = not any(a.organisations_with(r) for r in _LEADS)
        if no_funding or no_lead:
            key = "issue.no_funding_no_lead" if no_funding and no_lead else \
                "issue.no_funding" if no_funding else "issue.no_lead"
            subject = w("issue.quoted", text=a.title)
            found.append(Issue(IssueKind.NO_FUNDING_OR_LEAD, a.id, subject,
                               w(key, subject=subject),
                               (no_funding + no_lead) * 1000 + a.total_cents // 100_000))
    active = {o for a in activities if a.status in ACTIVE for o in a.objective_ids}
    for o in objectives:
        if o.id not in active:
            found.append(Issue(IssueKind.IDLE_OBJECTIVE, o.id, w("issue.objective", code=o.code),
                               w("issue.idle", code=o.code, text=o.text), 0))
    return sorted(found, key=lambda i: (i.kind, -i.weight, i.text.casefold()))
