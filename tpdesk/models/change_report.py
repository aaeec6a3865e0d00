"""What changed since the last roundtable, told in full, in the words a briefing uses.

The change history stores every field of every save; this turns the entries
of the records a pack covers into lines a reader can act on: each status
move (old → new), due dates that moved, objectives and roadmap versions,
funding old → new in euro, organisations newly engaged. Titles are the
records' titles now, in full. A commitment entered after the roundtable but
made at it is "recorded since", not new.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .history import Change
from .pack_words import ENGLISH, Words
from .vocab import ActivityStatus, CommitmentStatus, FundingStage, Labelled

# The kinds, in the order a briefing tells them (their English titles; `kind_title`).
ROADMAP = "Roadmap and objectives"
NEW_ACTIVITIES = "New activities"
ACTIVITY_STATUS = "Activity status changes"
ACTIVITY_DATES = "Activity end dates moved"
FUNDING = "Funding changes"
ORGANISATIONS = "Organisations newly engaged"
NEW_COMMITMENTS = "New commitments"
RECORDED_SINCE = "Commitments made at the roundtable, recorded since"
COMMITMENT_STATUS = "Commitment status changes"
DUE_DATES = "Due dates moved"
REMOVED = "Removed from the register"
KINDS = (ROADMAP, NEW_ACTIVITIES, ACTIVITY_STATUS, ACTIVITY_DATES, FUNDING, ORGANISATIONS,
         NEW_COMMITMENTS, RECORDED_SINCE, COMMITMENT_STATUS, DUE_DATES, REMOVED)

_TITLE_KEYS = dict(zip(KINDS, (
    "roadmap", "new_activities", "activity_status", "activity_dates", "funding", "organisations",
    "new_commitments", "recorded_since", "commitment_status", "due_dates", "removed"),
    strict=True))
# How much a kind of change matters to a reader, to pick the notable ones.
_WEIGHT = {ROADMAP: 9, FUNDING: 6, DUE_DATES: 7, COMMITMENT_STATUS: 5, REMOVED: 6,
           ACTIVITY_STATUS: 4, NEW_COMMITMENTS: 4, ORGANISATIONS: 3, ACTIVITY_DATES: 3,
           RECORDED_SINCE: 2, NEW_ACTIVITIES: 2}
_SETBACK = {str(CommitmentStatus.ON_HOLD), str(CommitmentStatus.CANCELLED),
            str(ActivityStatus.SUSPENDED), str(ActivityStatus.CANCELLED)}


@dataclass(frozen=True)
class ChangeLine:
    kind: str  # one of KINDS
    text: str
    at: str  # when, ISO time stamp
    weight: int  # higher: more notable


@dataclass(frozen=True)
class Context:
    """What the lines name: titles as they are now, organisations, the roundtable."""

    titles: Mapping[str, str]  # record id -> its full title or text now
    organisations: Mapping[str, str]  # organisation id -> short name
    participants: Mapping[str, frozenset[str]]  # activity id -> organisation ids now
    made_at: Mapping[str, tuple[str | None, str | None]]  # commitment -> roundtable, made on
    roundtable_id: str | None  # the last roundtable: commitments made there are not new
    roundtable_date: str  # its date, ISO

    def made_at_roundtable(self, commitment_id: str) -> bool:
        roundtable, made_on = self.made_at.get(commitment_id, (None, None))
        if self.roundtable_id is not None and roundtable == self.roundtable_id:
            return True
        return bool(made_on and self.roundtable_date and made_on <= self.roundtable_date)


def kind_title(kind: str, words: Words = ENGLISH) -> str:
    """A kind of change as a list's title, in the pack's language."""
    return words(f"change.kind.{_TITLE_KEYS[kind]}")


def describe(changes: Iterable[Change], context: Context,
             words: Words = ENGLISH) -> list[ChangeLine]:
    """One line per change that a reader cares about, oldest first."""
    w = words
    lines: list[ChangeLine] = []
    first_old: dict[str, set[str]] = {}  # activity -> its organisations when the period began
    added: dict[str, str] = {}  # organisation -> when it first joined an activity
    inserted: set[str] = set()
    for c in changes:
        title = _title(c, context)
        day = w.date(c.at)

        def add(kind: str, text: str, extra: int = 0, *, at: str = c.at) -> None:
            lines.append(ChangeLine(kind, text, at, _WEIGHT[kind] + extra))

        if c.action == "delete" and c.record_kind in ("activity", "commitment", "roadmap"):
            add(REMOVED, w(f"change.removed.{c.record_kind}", title=title, day=day))
        elif c.record_kind == "roadmap":
            _roadmap(c, title, day, add, w)
        elif c.record_kind == "activity":
            if c.action == "insert":
                inserted.add(c.record_id)
                add(NEW_ACTIVITIES, w("change.dated", title=title, day=day))
                for org in context.participants.get(c.record_id, frozenset()):
                    added.setdefault(org, c.at)
            elif c.field == "status":
                setback = 3 if c.new_value in _SETBACK else 0
                add(ACTIVITY_STATUS, w("change.status", title=title, old=_label(c.old_value, w),
                                       new=_label(c.new_value, w), day=day), setback)
            elif c.field == "end_date" and c.old_value and c.new_value:
                key = "change.end_slipped" if c.new_value > c.old_value else \
                    "change.end_forward"
                add(ACTIVITY_DATES, w(key, title=title, old=w.date(c.old_value),
                                      new=w.date(c.new_value), day=day))
            elif c.field == "funding":
                text, size = _funding(c.old_value, c.new_value, w)
                if text:
                    add(FUNDING, w("change.funding", title=title, text=text, day=day),
                        min(size // 100_000_000, 3))
            elif c.field == "participants":
                old, new = _organisations(c.old_value), _organisations(c.new_value)
                first_old.setdefault(c.record_id, old)
                for org in new - old:
                    added.setdefault(org, c.at)
        elif c.record_kind == "commitment":
            if c.action == "insert":
                if context.made_at_roundtable(c.record_id):
                    add(RECORDED_SINCE, w("change.recorded", title=title, day=day))
                else:
                    add(NEW_COMMITMENTS, w("change.dated", title=title, day=day))
            elif c.field == "status":
                setback = 3 if c.new_value in _SETBACK else 0
                add(COMMITMENT_STATUS, w("change.status", title=title,
                                         old=_label(c.old_value, w), new=_label(c.new_value, w),
                                         day=day), setback)
            elif c.field == "due_date":
                if c.old_value and c.new_value:
                    later = c.new_value > c.old_value
                    add(DUE_DATES, w("change.due_slipped" if later else "change.due_forward",
                                     title=title, old=w.date(c.old_value),
                                     new=w.date(c.new_value), day=day), 1 if later else -2)
                elif c.new_value:
                    add(DUE_DATES, w("change.due_set", title=title, new=w.date(c.new_value),
                                     day=day), -3)
    # Engaged before: in an activity older than the period, as it stood when the period began.
    before: set[str] = set()
    for activity, orgs in context.participants.items():
        if activity not in inserted:
            before |= first_old.get(activity, set(orgs))
    for org, at in added.items():
        if org not in before and org in context.organisations:
            lines.append(ChangeLine(ORGANISATIONS, w("change.joined",
                                                     name=context.organisations[org],
                                                     date=w.date(at)),
                                    at, _WEIGHT[ORGANISATIONS]))
    return sorted(lines, key=lambda line: line.at)


def grouped(lines: Iterable[ChangeLine]) -> dict[str, list[str]]:
    """The lines by kind, in the order a briefing tells the kinds; empty kinds left out."""
    groups: dict[str, list[str]] = {k: [] for k in KINDS}
    for line in lines:
        groups[line.kind].append(line.text)
    return {k: v for k, v in groups.items() if v}


def notable(lines: list[ChangeLine], count: int = 8) -> list[str]:
    """The changes that matter most: the weightiest, the most recent first among equals."""
    recent_first = sorted(lines, key=lambda line: line.at, reverse=True)
    return [line.text for line in sorted(recent_first, key=lambda line: -line.weight)[:count]]


def _title(c: Change, context: Context) -> str:
    """The record's title now, in full; a deleted record keeps its last caption, whole words."""
    title = context.titles.get(c.record_id)
    if title:
        return title
    caption = c.caption
    if caption.endswith("…"):
        caption = caption[:-1].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"
    return caption


def _label(value: str | None, words: Words) -> str:
    """A stored status value as its label."""
    if value is None:
        return "—"
    vocab: type[Labelled]
    for vocab in (CommitmentStatus, ActivityStatus):
        try:
            return words.label(vocab(value))
        except ValueError:
            continue
    return value


def _rows(value: str | None) -> list[dict[str, Any]]:
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except ValueError:
        return []
    return [r for r in parsed if isinstance(r, dict)] if isinstance(parsed, list) else []


def _organisations(value: str | None) -> set[str]:
    return {str(r["organisation_id"]) for r in _rows(value) if r.get("organisation_id")}


def _funding(old: str | None, new: str | None, w: Words) -> tuple[str, int]:
    """'EUR 1,200,000 → EUR 1,500,000' (and disbursement), and the size of the change."""
    def totals(value: str | None) -> tuple[int, int]:
        rows = _rows(value)
        total = sum(int(r.get("amount_cents") or 0) for r in rows)
        paid = sum(int(r.get("amount_cents") or 0) for r in rows
                   if r.get("stage") == str(FundingStage.DISBURSED))
        return total, paid

    (was, was_paid), (now, now_paid) = totals(old), totals(new)
    parts = []
    if was != now:
        parts.append(w("change.amounts", old=w.money(was), new=w.money(now)))
    if was_paid != now_paid:
        parts.append(w("change.disbursed", old=w.money(was_paid), new=w.money(now_paid)))
    if not parts:
        return "", 0
    return "; ".join(parts), abs(now - was) + abs(now_paid - was_paid)


def _roadmap(c: Change, title: str, day: str, add: Any, w: Words) -> None:
    if c.action == "insert":
        add(ROADMAP, w("change.new_roadmap", title=title, day=day))
    elif c.field == "version" and c.old_value:
        add(ROADMAP, w("change.roadmap_revised", old=c.old_value, new=c.new_value, day=day))
    elif c.field == "objectives":
        old = {str(r["id"]): r for r in _rows(c.old_value) if not r.get("deleted_at")}
        new = {str(r["id"]): r for r in _rows(c.new_value) if not r.get("deleted_at")}
        if len(old) != len(new):
            add(ROADMAP, w("change.objective_count", title=title, old=w.number(len(old)),
                           new=w.number(len(new)), day=day))
        for key in new.keys() - old.keys():
            add(ROADMAP, w("change.objective_new", code=new[key].get("code", ""),
                           text=new[key].get("text", ""), day=day))
        for key in old.keys() - new.keys():
            add(ROADMAP, w("change.objective_removed", code=old[key].get("code", ""),
                           text=old[key].get("text", ""), day=day))
        for key in old.keys() & new.keys():
            if old[key].get("text") != new[key].get("text"):
                add(ROADMAP, w("change.objective_revised", code=new[key].get("code", ""),
                               text=new[key].get("text", ""), day=day))
