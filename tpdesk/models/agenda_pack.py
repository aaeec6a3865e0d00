"""The shape of a pack for a roundtable with an agenda: front part, a note per item, annexes.

The front part is short: summary and key messages, lines to take, issues
for decision. Each agenda item then gets a civil-service briefing note with
numbered paragraphs: Purpose, Background, Current position (from the data),
Issues, Lines to take. The pack's other sections that still apply (changes,
funding, timeline, the register) follow as annexes. Whatever the size of the
register the body stays a briefing: every list in it is a count plus its
most telling items, and the full register is the annex's.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import pack_texts
from .agenda import ItemScope, describe, lead_name, narrow
from .content import (
    Block,
    Bullets,
    ContentSection,
    Editable,
    KeyFigures,
    Paragraph,
    Subheading,
)
from .issues import ACTIVE, Issue, IssueKind, find_issues
from .l10n import translate
from .pack_words import Words
from .queries import Filters
from .records import (
    Activity,
    AgendaItem,
    Commitment,
    Objective,
    PackSection,
    Roadmap,
    Roundtable,
)
from .summary import summary_sentences
from .vocab import SectionKind

if TYPE_CHECKING:
    from .briefing import _Assembly

FRONT_ISSUES = 6  # per kind of issue, in the front part
ITEM_ISSUES = 5  # in an item's note
ITEM_ROWS = 8  # rows of an item's tables
NOTE_HEADINGS = ("note.purpose", "note.background", "note.position", "note.issues",
                 "note.lines")  # message keys (`pack_words`)
ANNEXED = (SectionKind.CHANGES, SectionKind.FUNDING, SectionKind.TIMELINE, SectionKind.ANNEX)


@dataclass(frozen=True)
class AgendaPack:
    sections: list[ContentSection]
    editable: list[Editable]
    points: list[str]  # for the readiness checklist: what the author has still to write


@dataclass(frozen=True)
class _Context:
    """What every note reads: the assembly, the objectives, the issues' shown texts."""

    a: _Assembly
    objectives: dict[str, Objective]
    text_of: Callable[[Issue], str]
    register: str  # the annex listing every record ("Annex D"), if the pack has it
    points: list[str] = dataclasses.field(default_factory=list)


class _Note:
    """Numbered paragraphs of one item: 3.1, 3.2, ... across the note's headings."""

    def __init__(self, number: int) -> None:
        self.number, self.count = number, 0
        self.blocks: list[Block] = []

    def heading(self, text: str) -> None:
        self.blocks.append(Subheading(text))

    def para(self, text: str) -> None:
        self.count += 1
        self.blocks.append(Paragraph(text, number=f"{self.number}.{self.count}"))

    def add(self, block: Block) -> None:
        self.blocks.append(block)


def build(a: _Assembly, roundtable: Roundtable,
          builders: dict[SectionKind, Callable[[str], list[Block]]]) -> AgendaPack:
    """The whole agenda-driven pack from one assembly pass."""
    pack, w = a.pack, a.w
    included = {s.kind: s for s in pack.sections if s.included}
    objectives = _objectives(a)
    issues = find_issues(activities=a.activities, commitments=a.commitments,
                         objectives=objectives, organisations=a.organisations, today=a.today,
                         words=w)
    issue_edits = pack_texts.editables(pack, pack_texts.ISSUES,
                                       [(i.key, i.text) for i in issues])
    shown = {e.key: e.text for e in issue_edits}

    def text_of(issue: Issue) -> str:
        return shown[pack_texts.part_key(pack_texts.ISSUES, issue.key)]

    summary = pack_texts.editables(pack, pack_texts.SUMMARY, summary_sentences(
        activities=a.activities, commitments=a.commitments, issues=issues, today=a.today,
        words=w))

    sections: list[ContentSection] = []
    if SectionKind.COVER in included:
        sections.append(ContentSection(SectionKind.COVER, a.heading(included[SectionKind.COVER]),
                                       []))
    purpose = included.get(SectionKind.PURPOSE)
    sections.append(ContentSection(SectionKind.SUMMARY, w.label(SectionKind.SUMMARY),
                                   _summary(a, purpose.text if purpose else "", summary)))
    lines = included.get(SectionKind.LINES_TO_TAKE)
    if lines is not None:
        sections.append(ContentSection(SectionKind.LINES_TO_TAKE, a.heading(lines),
                                       builders[SectionKind.LINES_TO_TAKE](lines.text)))
    sections.append(ContentSection(SectionKind.ISSUES, w.label(SectionKind.ISSUES),
                                   _front_issues(a, issues, text_of)))
    annexes = [(s, w("annex", letter=w.letter(i), title=_annex_title(a, s)))
               for i, s in enumerate(s for s in pack.sections
                                     if s.included and s.kind in ANNEXED)]
    register = next((w("annex.name", letter=w.letter(i))
                     for i, (s, _title) in enumerate(annexes)
                     if s.kind is SectionKind.ANNEX), "")
    ctx = _Context(a, {o.id: o for o in objectives}, text_of, register)
    for number, item in enumerate(roundtable.agenda, start=1):
        scope = narrow(item, activities=a.activities, commitments=a.commitments,
                       objectives=objectives)
        about = _item_records(a, scope)
        sections.append(ContentSection(
            SectionKind.AGENDA_ITEM, w("item", number=w.number(number), title=item.title),
            _note(ctx, number, scope, [i for i in issues if i.record_id in about])))
    for section, title in annexes:
        blocks = builders[section.kind](section.text)
        if section.kind is SectionKind.ANNEX:
            blocks += _open_commitments(a)
        sections.append(ContentSection(section.kind, title, blocks))
    if a.annexes:  # the changes in full, when their annex summarises them: one more annex
        letter = w.letter(len(annexes))
        sections.append(ContentSection(SectionKind.ANNEX, w("annex", letter=letter,
                                                            title=w("annex.changes_in_full")),
                                       a.annexes))
        a.annexes = []
    return AgendaPack(sections, summary + issue_edits, ctx.points)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _annex_title(a: _Assembly, section: PackSection) -> str:
    """A section's heading as an annex's title: 'Activity register', without 'Annex: '."""
    heading = a.heading(section)
    for prefix in ("Annex: ", "Annexe : ", "ملحق: "):
        heading = heading.removeprefix(prefix)
    return _capital(heading)


def _open_commitments(a: _Assembly) -> list[Block]:
    """The register annex lists the open commitments too: the notes show only the first few."""
    open_ = [c for c in a.commitments if c.status.is_open]
    if not open_:
        return []
    return [a.commitment_table(open_, caption=a.w("annex.all_open", n=a.w.number(len(open_))))]


def _objectives(a: _Assembly) -> list[Objective]:
    return [o for p in a.partnerships
            for roadmap in a.store.list(Roadmap, Filters(partnership=p.id))
            for o in roadmap.objectives]


# -- the front part ---------------------------------------------------------------

def _summary(a: _Assembly, purpose: str, sentences: list[Editable]) -> list[Block]:
    w = a.w
    blocks: list[Block] = [Paragraph(p.strip()) for p in purpose.split("\n\n") if p.strip()]
    said = [e.text for e in sentences if e.text]
    said += pack_texts.added(a.pack, pack_texts.SUMMARY)
    if said:
        blocks.append(Bullets(said, title=w("key_messages")))
    open_ = [c for c in a.commitments if c.status.is_open]
    blocks.append(KeyFigures([
        (w("fig.activities"), w.number(len(a.activities))),
        (w("fig.under_way"), w.number(sum(1 for x in a.activities if x.status in ACTIVE))),
        (w("fig.funding"), w.money(sum(x.total_cents for x in a.activities))),
        (w("fig.open"), w.number(len(open_))),
        (w("fig.overdue"), w.number(sum(1 for c in open_ if c.is_overdue(a.today)))),
    ]))
    return blocks


def _front_issues(a: _Assembly, issues: list[Issue],
                  text_of: Callable[[Issue], str]) -> list[Block]:
    w = a.w
    blocks: list[Block] = []
    counts = Counter(i.kind for i in issues)
    for kind in IssueKind:
        shown = [t for t in (text_of(i) for i in issues if i.kind is kind) if t]
        if not shown:
            continue
        items = shown[:FRONT_ISSUES]
        if len(shown) > FRONT_ISSUES:
            items.append(w("issues.more", more=w.number(len(shown) - FRONT_ISSUES),
                           all=w.number(counts[kind])))
        blocks.append(Bullets(items, title=w("issues.kind", label=kind.label_in(w),
                                             n=w.number(len(shown)))))
    mine = pack_texts.added(a.pack, pack_texts.ISSUES)
    if mine:
        blocks.append(Bullets(mine, title=w("other_issues")))
    if not blocks:
        blocks.append(Paragraph(w("issues.none")))
    return blocks


# -- one agenda item ----------------------------------------------------------------

def _item_records(a: _Assembly, scope: ItemScope) -> set[str]:
    """What an item's issues are about: its records, or for a general item, matters arising."""
    if scope.item.narrowed:
        return scope.record_ids
    return {c.id for c in _matters_arising(a, scope)}


def _matters_arising(a: _Assembly, scope: ItemScope) -> list[Commitment]:
    previous = {r.id for r in a.previous.values()}
    return [c for c in scope.commitments
            if c.made_at_roundtable_id in previous and c.status.is_open]


def _note(ctx: _Context, number: int, scope: ItemScope, issues: list[Issue]) -> list[Block]:
    a, item, note, w = ctx.a, scope.item, _Note(number), ctx.a.w
    own = {part: a.pack.text_for(pack_texts.item_key(item.id, part)) or ""
           for part in pack_texts.ITEM_PARTS}
    lead = lead_name(item, a.organisations)

    note.heading(w(NOTE_HEADINGS[0]))
    written = [p.strip() for p in own["purpose"].split("\n\n") if p.strip()]
    for text in written or [_purpose(w, item, lead)]:
        note.para(text)

    note.heading(w(NOTE_HEADINGS[1]))
    _background(ctx, note, scope, own["background"])

    note.heading(w(NOTE_HEADINGS[2]))
    _position(ctx, note, scope)

    note.heading(w(NOTE_HEADINGS[3]))
    said = [t for t in (ctx.text_of(i) for i in issues) if t]
    for text in said[:ITEM_ISSUES]:
        note.para(text)
    if len(said) > ITEM_ISSUES:
        note.para(w("item.issues_more", n=w.number(len(said) - ITEM_ISSUES)))
    if not said:
        note.para(w("item.no_issue"))

    records = scope.record_ids if item.narrowed else set()
    per_record = [f"{_caption(a, rid)}: {line}" for rid, line in a.lines.items()
                  if rid in records]
    bullets = pack_texts.lines(own["lines"]) + per_record
    if bullets:
        note.heading(w(NOTE_HEADINGS[4]))
        note.add(Bullets(bullets))
    else:  # no heading over nothing: the checklist asks the author for them
        ctx.points.append(translate("Core", "Agenda item {number} '{title}' has no lines to take"
                                    ).format(number=number, title=item.title))
    return note.blocks


def _purpose(w: Words, item: AgendaItem, lead: str) -> str:
    led = w("item.led", lead=lead) if lead else ""
    return w("item.purpose", title=item.title, led=led)


def _background(ctx: _Context, note: _Note, scope: ItemScope, own: str) -> None:
    a, item, w = ctx.a, scope.item, ctx.a.w
    for o in scope.objectives:
        note.para(w("item.objective", code=o.code, text=o.text.rstrip(".")))
    covers = describe(dataclasses.replace(item, objective_ids=[]), ctx.objectives, w)
    if covers:  # the objectives have just been named
        note.para(w("item.covers", covers=covers))
    if not item.narrowed:
        for previous in a.previous.values():
            summary = f" {previous.outcome_summary}" if previous.outcome_summary else ""
            place = w("item.previous_place", place=previous.place) if previous.place else ""
            named = w.roundtable(previous.number)
            note.para(w("item.previous", roundtable=named, place=place,
                        date=w.date(previous.date), summary=summary) if previous.date
                      else w("item.previous_undated", roundtable=named, summary=summary))
    else:
        carried = len(_matters_arising(a, scope))
        if carried == 1:
            note.para(w("item.carried_one"))
        elif carried:
            note.para(w("item.carried", n=w.count("commitment", carried)))
    for text in (p.strip() for p in own.split("\n\n")):
        if text:
            note.para(text)


def _position(ctx: _Context, note: _Note, scope: ItemScope) -> None:
    a, activities, commitments, w = ctx.a, scope.activities, scope.commitments, ctx.a.w
    open_ = [c for c in commitments if c.status.is_open]
    overdue = [c for c in open_ if c.is_overdue(a.today)]
    statuses = Counter(x.status for x in activities)
    # "3 under way, 1 in the pipeline": each status as a sentence says it, not its label.
    spread = w.comma.join(w.status_phrase(s, n) for s, n in statuses.most_common())
    funding = sum(x.total_cents for x in activities)
    if activities:
        counted = w.count("open_commitment", len(open_))
        said = (w("item.no_open") if not open_ else
                w("item.none_overdue", open=counted) if not overdue else
                w("item.some_overdue", open=counted, overdue=w.number(len(overdue))))
        note.para(w("item.position", activities=w.count("activity", len(activities)),
                    spread=spread, funding=w.money_text(funding), commitments=said))
    elif open_:
        note.para(w("item.no_activity_open", open=w.count("open_commitment", len(open_))))
    else:
        note.para(w("item.no_activity"))
    if scope.item.narrowed:
        if activities:
            note.add(a.activity_table(_telling(a, activities)[:ITEM_ROWS],
                                      caption=_caption_of(ctx, len(activities),
                                                          "noun.activities",
                                                          "order.activities")))
        shown = sorted(open_, key=lambda c: (not c.is_overdue(a.today), c.due_date or "9999"))
    else:
        shown = _matters_arising(a, scope)
        if len(shown) == 1:
            note.para(w("item.matters_one"))
        elif shown:
            note.para(w("item.matters", n=w.count("commitment", len(shown))))
    if shown:
        note.add(a.commitment_table(shown[:ITEM_ROWS], caption=_caption_of(
            ctx, len(shown), "noun.open_commitments", "order.commitments")))


def _telling(a: _Assembly, activities: list[Activity]) -> list[Activity]:
    """Under way first, then by funding: what a reader asks about first."""
    return sorted(activities, key=lambda x: (x.status not in ACTIVE, -x.total_cents,
                                             x.title.casefold()))


def _caption_of(ctx: _Context, total: int, noun: str, order: str) -> str:
    """A table's caption; when it shows only the first rows, how many and where the rest are.

    `noun` and `order` are message keys.
    """
    w = ctx.a.w
    if total <= ITEM_ROWS:
        return w("caption.all", noun=_capital(w(noun)), n=w.number(total))
    where = w("caption.where", annex=ctx.register) if ctx.register else ""
    return w("caption.some", shown=w.number(ITEM_ROWS), total=w.number(total), noun=w(noun),
             order=w(order), where=where)


def _caption(a: _Assembly, record_id: str) -> str:
    for records in (a.activities, a.commitments):
        for r in records:
            if r.id == record_id:
                return r.caption
    return ""
