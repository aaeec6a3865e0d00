"""The summary of a pack in sentences: the key figures, then the most serious issues.

Each sentence has a key (its subject) so that the author's rewording of it
survives regeneration like any generated part (`pack_texts`). The sentences
are in the pack's language (`pack_words`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from .issues import ACTIVE, ENDING_DAYS, STALE_DAYS, Issue, IssueKind
from .pack_words import ENGLISH, Words
from .records import Activity, Commitment
from .vocab import ActivityStatus

# The count a sentence starts with, "One activity" / "Three activities", as the house style has it.
_HEAD_WORDS = ("No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine")


def summary_sentences(*, activities: Sequence[Activity], commitments: Sequence[Commitment],
                      issues: Sequence[Issue], today: date,
                      words: Words = ENGLISH) -> list[tuple[str, str]]:
    """(key, sentence) pairs: what the pack covers, then one sentence per kind of issue."""
    w = words
    under_way = sum(1 for a in activities if a.status in ACTIVE)
    pipeline = sum(1 for a in activities if a.status is ActivityStatus.PIPELINE)
    funding = sum(a.total_cents for a in activities)
    open_ = [c for c in commitments if c.status.is_open]
    overdue = sum(1 for c in open_ if c.is_overdue(today))
    end = (w("summary.overdue", n=w.number(overdue)) if overdue else
           w("summary.none_overdue") if len(open_) > 1 else w("summary.end"))
    parts = [w.status_phrase(status, n) for status, n in
             ((ActivityStatus.IMPLEMENTATION, under_way), (ActivityStatus.PIPELINE, pipeline))
             if n]  # "(7 under way)" when nothing is in the pipeline, not "0 in the pipeline"
    spread = w("summary.spread", parts=w.comma.join(parts)) if parts and activities else ""
    sentences = [("figures", w("summary.figures", activities=w.count("activity", len(activities)),
                               spread=spread, funding=w.money_text(funding),
                               open=w.count("open_commitment", len(open_)), overdue=end))]
    by_kind: dict[IssueKind, list[Issue]] = {}
    for issue in issues:
        by_kind.setdefault(issue.kind, []).append(issue)
    counts = Counter(i.kind for i in issues)
    for kind, found in sorted(by_kind.items()):
        sentences.append((kind.key, _sentence(kind, counts[kind], found[0], w)))
    return sentences


def _sentence(kind: IssueKind, n: int, first: Issue, w: Words) -> str:
    """One sentence on a kind of issue; a single issue reads differently from many."""
    one = n == 1
    if kind is IssueKind.OVERDUE:
        days = w.count("day", first.weight)
        if one:
            return w("summary.overdue_one", days=days, subject=first.subject)
        return w("summary.overdue_many", count=w.count("overdue_commitment", n), days=days,
                 subject=first.subject)
    if kind is IssueKind.ENDING:
        months = w.number(ENDING_DAYS // 30)
        if one:
            return w("summary.ending_one", months=months, subject=first.subject)
        return w("summary.ending_many", count=_head(w, n, "activity"), months=months,
                 subject=first.subject)
    if kind is IssueKind.STALE:
        if one:
            return w("summary.stale_one", days=STALE_DAYS)
        return w("summary.stale_many", count=_head(w, n, "open_commitment"), days=STALE_DAYS)
    if kind is IssueKind.IDLE_OBJECTIVE:
        return w("summary.idle_one") if one else \
            w("summary.idle_many", count=_head(w, n, "objective"))
    return w("summary.unfunded_one") if one else \
        w("summary.unfunded_many", count=_head(w, n, "activity"))


def _head(w: Words, n: int, noun: str) -> str:
    """The count at the head of a sentence: 'Three activities' in English, a figure otherwise."""
    counted = w.count(noun, n)
    if w.english and n < len(_HEAD_WORDS):
        figure = w.number(n)
        return _HEAD_WORDS[n] + counted[len(figure):]
    return counted[:1].upper() + counted[1:]
