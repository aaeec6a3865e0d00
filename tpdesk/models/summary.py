"""The summary of a pack in sentences: the key figures, then the most serious issues.

Each sentence has a key (its subject) so that the author's rewording of it
survives regeneration like any generated part (`pack_texts`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from .formatting import format_money_text, format_number
from .issues import ACTIVE, ENDING_DAYS, STALE_DAYS, Issue, IssueKind
from .records import Activity, Commitment
from .vocab import ActivityStatus


def summary_sentences(*, activities: Sequence[Activity], commitments: Sequence[Commitment],
                      issues: Sequence[Issue], today: date) -> list[tuple[str, str]]:
    """(key, sentence) pairs: what the pack covers, then one sentence per kind of issue."""
    under_way = sum(1 for a in activities if a.status in ACTIVE)
    pipeline = sum(1 for a in activities if a.status is ActivityStatus.PIPELINE)
    funding = sum(a.total_cents for a in activities)
    open_ = [c for c in commitments if c.status.is_open]
    overdue = sum(1 for c in open_ if c.is_overdue(today))
    sentences = [("figures",
                  f"The pack covers {_count(len(activities), 'activity', 'activities')}"
                  f" ({format_number(under_way)} under way, {format_number(pipeline)} in the"
                  f" pipeline) with {format_money_text(funding)} of funding, and"
                  f" {_count(len(open_), 'open commitment')}"
                  + (f", {format_number(overdue)} of them overdue." if overdue else
                     ", none of them overdue." if len(open_) > 1 else "."))]
    by_kind: dict[IssueKind, list[Issue]] = {}
    for issue in issues:
        by_kind.setdefault(issue.kind, []).append(issue)
    counts = Counter(i.kind for i in issues)
    for kind, found in sorted(by_kind.items()):
        first, n = found[0], counts[kind]
        sentences.append((kind.key, _sentence(kind, n, first)))
    return sentences


def _sentence(kind: IssueKind, n: int, first: Issue) -> str:
    if kind is IssueKind.OVERDUE:
        lead = "is 1 overdue commitment" if n == 1 else \
            f"are {format_number(n)} overdue commitments"
        return (f"There {lead}; the longest overdue, by {format_number(first.weight)} days, is"
                f" {first.subject}.")
    if kind is IssueKind.ENDING:
        return (f"{_head_count(n, 'activity', 'activities')} end{'s' if n == 1 else ''} within"
                f" {ENDING_DAYS // 30} months with commitments still open on"
                f" {'it' if n == 1 else 'them'}, first {first.subject}.")
    if kind is IssueKind.STALE:
        return (f"{_head_count(n, 'open commitment')} {'has' if n == 1 else 'have'} had no progress"
                f" update for {STALE_DAYS} days or more.")
    if kind is IssueKind.IDLE_OBJECTIVE:
        return (f"{_head_count(n, 'objective')} of the roadmap {'has' if n == 1 else 'have'} no"
                " activity under way.")
    return (f"{_head_count(n, 'activity', 'activities')} {'lacks' if n == 1 else 'lack'} funding"
            " or a lead.")


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{format_number(n)} {one if n == 1 else (many or one + 's')}"


def _head_count(n: int, one: str, many: str | None = None) -> str:
    """The count at the head of a sentence: 'Three activities', as the house style has it."""
    words = ("No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine")
    head = words[n] if n < len(words) else format_number(n)
    return f"{head} {one if n == 1 else (many or one + 's')}"
