"""Briefing packs: choose what a pack covers and assemble its content.

`assemble` reads the register once and returns a `BriefingContent`: the
sections in the pack's order, each as plain blocks, plus the records they
were made from. Notes and lines to take are attached to record ids, so a
pack regenerated after the data changed keeps them.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from .content import (
    Block,
    BriefingContent,
    Bullets,
    Cell,
    CheckPoint,
    Column,
    ContentSection,
    KeyFigures,
    NoteItem,
    Notes,
    Paragraph,
    Subheading,
    Table,
    Timeline,
    TimelineItem,
)
from .countries import EU_MEMBER_STATES, country_name
from .errors import UserError
from .formatting import format_date, format_money, format_number
from .history import Change
from .queries import Filters
from .records import (
    DUE_SOON_DAYS,
    Activity,
    Commitment,
    Organisation,
    Pack,
    Partnership,
    Record,
    Roadmap,
    Roundtable,
    default_sections,
    ordinal,
)
from .store import Store
from .vocab import (
    ActivityStatus,
    CommitmentState,
    CommitmentStatus,
    FundingStage,
    Instrument,
    Role,
    RoundtableStatus,
    SectionKind,
)

TIMELINE_MAX = 40
# The states a briefing flags beside a commitment and lists for attention.
_ATTENTION = frozenset({CommitmentState.OVERDUE, CommitmentState.DUE_SOON})


# -- finding and making packs ------------------------------------------------

def find_pack(store: Store, id_or_title: str) -> Pack:
    """A pack by id, or by its exact title (case-insensitive) when that is unambiguous."""
    pack = store.find(Pack, id_or_title)
    if pack is not None:
        return pack
    wanted = id_or_title.strip().casefold()
    matches = [p for p in store.list(Pack) if p.title.strip().casefold() == wanted]
    if not matches:
        raise UserError(f"no briefing pack with id or title {id_or_title!r}"
                        " (see 'tpdesk list packs')")
    if len(matches) > 1:
        raise UserError(f"{len(matches)} briefing packs are titled {id_or_title!r};"
                        " give the id instead")
    return matches[0]


def new_pack(store: Store, roundtable: Roundtable, *, audience: str = "",
             author: str = "") -> Pack:
    """A fresh pack for a roundtable, with every section in the usual order."""
    partnership = store.get(Partnership, roundtable.partnership_id)
    return Pack(title=pack_title(roundtable, partnership),
                roundtable_id=roundtable.id, partnership_id=partnership.id,
                partnership_ids=[partnership.id], audience=audience,
                author=author or store.user, date=store.today().isoformat(),
                sections=default_sections())


def pack_title(roundtable: Roundtable, partnership: Partnership) -> str:
    return (f"Briefing for the {ordinal(roundtable.number)} EU–{partnership.country_name}"
            " Talent Partnership Roundtable")


def copy_pack(store: Store, source: Pack, *, roundtable: Roundtable | None = None) -> Pack:
    """A new pack built like an earlier one: same structure, filters and texts.

    For the next roundtable the meeting changes and the version starts again;
    a pack that covered its own partnership covers the new meeting's one.
    Sections, lines to take, pins and exclusions carry over with fresh ids.
    """
    sections = [dataclasses.replace(s, id=Pack().id) for s in source.sections]
    changes: dict[str, object] = {"title": f"{source.title} (copy)"}
    if roundtable is not None:
        partnership = store.get(Partnership, roundtable.partnership_id)
        own = source.partnership_ids in ([], [source.partnership_id])
        changes = {"roundtable_id": roundtable.id, "partnership_id": partnership.id,
                   "title": pack_title(roundtable, partnership), "version": "1",
                   "partnership_ids": [partnership.id] if own else source.partnership_ids}
    return dataclasses.replace(source, id=Pack().id, created_at="", updated_at="",
                               deleted_at=None, sections=sections, author=store.user,
                               lines=[dataclasses.replace(x) for x in source.lines],
                               date=store.today().isoformat(), **changes)  # type: ignore[arg-type]


# -- what a pack covers ---------------------------------------------------------

def _union(store: Store, cls: type[Record], base: Filters,
           choices: dict[str, list[str]]) -> dict[str, Record]:
    """Records matching the base filters and, for each field, any one of its values."""
    result: dict[str, Record] | None = None
    for name, values in choices.items():
        if not values:
            continue
        found: dict[str, Record] = {}
        for value in values:
            narrowed = dataclasses.replace(base, **{name: value})  # type: ignore[arg-type]
            for r in store.list(cls, narrowed):
                found[r.id] = r
        result = found if result is None else {k: v for k, v in result.items() if k in found}
    if result is None:
        result = {r.id: r for r in store.list(cls, base)}
    return result


def _scope(store: Store, pack: Pack) -> list[str]:
    if pack.partnership_ids:
        return list(pack.partnership_ids)
    return [pack.partnership_id] if pack.partnership_id else []


def select_activities(store: Store, pack: Pack) -> list[Activity]:
    chosen: dict[str, Record] = {}
    for partnership_id in _scope(store, pack) or [None]:  # type: ignore[list-item]
        chosen.update(_union(store, Activity, Filters(partnership=partnership_id), {
            "sector": pack.sectors, "member_state": pack.member_states,
            "category": [str(c) for c in pack.categories],
            "instrument": [str(i) for i in pack.instruments]}))
    return _finish(store, Activity, chosen, pack)  # type: ignore[return-value]


def select_commitments(store: Store, pack: Pack) -> list[Commitment]:
    chosen: dict[str, Record] = {}
    for partnership_id in _scope(store, pack) or [None]:  # type: ignore[list-item]
        chosen.update(_union(store, Commitment, Filters(partnership=partnership_id), {
            "member_state": pack.member_states,
            "status": [str(s) for s in pack.commitment_statuses]}))
    return _finish(store, Commitment, chosen, pack)  # type: ignore[return-value]


def _finish(store: Store, cls: type[Record], chosen: dict[str, Record],
            pack: Pack) -> list[Record]:
    """Add the pinned records of this kind, drop the excluded ones, keep a stable order."""
    for record_id in pack.pinned_ids:
        if record_id not in chosen:
            found = store.find(cls, record_id)
            if found is not None:
                chosen[record_id] = found
    for record_id in pack.excluded_ids:
        chosen.pop(record_id, None)
    key: Callable[[Record], tuple[str, str]]
    if cls is Activity:
        key = lambda a: (a.start_date or "9999", a.caption.casefold())  # type: ignore[attr-defined]  # noqa: E731
    else:
        key = lambda c: (c.due_date or "9999", c.caption.casefold())  # type: ignore[attr-defined]  # noqa: E731
    return sorted(chosen.values(), key=key)


# -- assembling -----------------------------------------------------------------

class _Assembly:
    """One pass over the register for one pack; each section is a method."""

    def __init__(self, store: Store, pack: Pack) -> None:
        self.store, self.pack = store, pack
        self.today = store.today()
        self.roundtable = store.find(Roundtable, pack.roundtable_id) if pack.roundtable_id \
            else None
        scope = _scope(store, pack)
        self.partnerships = [p for p in (store.find(Partnership, i) for i in scope) if p] or \
            store.list(Partnership)
        self.codes = {p.id: p.country_code for p in store.list(Partnership)}
        self.names = {p.id: p.country_name for p in store.list(Partnership)}
        self.organisations = {o.id: o for o in store.list(Organisation)}
        self.activities = select_activities(store, pack)
        self.commitments = select_commitments(store, pack)
        self.activity_ids = {a.id for a in self.activities}
        self.roundtables = [r for p in self.partnerships
                            for r in store.list(Roundtable, Filters(partnership=p.id))]
        self.previous = self._previous_roundtables()
        self.lines = {line.record_id: line.text for line in pack.lines if line.text.strip()}

    # -- helpers ---------------------------------------------------------

    @property
    def meeting_date(self) -> str:
        if self.roundtable is not None and self.roundtable.date:
            return self.roundtable.date
        return self.pack.meeting_date or self.today.isoformat()

    def _previous_roundtables(self) -> dict[str, Roundtable]:
        """For each partnership, the last roundtable held before this meeting."""
        result: dict[str, Roundtable] = {}
        for r in self.roundtables:
            if r.id == self.pack.roundtable_id or r.status is not RoundtableStatus.HELD:
                continue
            if r.date and r.date < self.meeting_date:
                best = result.get(r.partnership_id)
                if best is None or (best.date or "") < r.date:
                    result[r.partnership_id] = r
        return result

    def org_names(self, ids: Iterable[str]) -> str:
        return ", ".join(self.organisations[i].caption for i in ids if i in self.organisations)

    def lead(self, activity: Activity) -> str:
        for role in (Role.LEAD_MEMBER_STATE, Role.ACCOUNTABLE, Role.IMPLEMENTING):
            ids = activity.organisations_with(role)
            if ids:
                return self.org_names(ids[:2])
        return ""

    def activity_table(self, activities: list[Activity], *, caption: str = "",
                       landscape: bool = False) -> Table:
        columns = [Column("Partner", width=0.6), Column("Activity", width=3.0),
                   Column("Category", width=1.4), Column("Status", width=1.1),
                   Column("Start", "date", 0.9), Column("End", "date", 0.9),
                   Column("Lead", width=1.3), Column("Funding", "money", 1.0)]
        if landscape:
            columns.insert(7, Column("Instruments", width=1.3))
        rows: list[list[Cell]] = []
        for a in activities:
            row: list[Cell] = [
                self.codes.get(a.partnership_id, ""), a.title, a.category.label, a.status.label,
                a.start_date, a.end_date, self.lead(a), a.total_cents]
            if landscape:
                row.insert(7, ", ".join(sorted({f.instrument.label for f in a.funding})))
            rows.append(row)
        return Table(columns, rows, [a.id for a in activities], caption, landscape)

    def commitment_table(self, commitments: list[Commitment], *, caption: str = "") -> Table:
        columns = [Column("Due", "date", 0.9), Column("Partner", width=0.6),
                   Column("Commitment", width=3.2), Column("Actors", width=1.5),
                   Column("Status", width=1.0), Column("State", width=0.9)]
        rows: list[list[Cell]] = []
        for c in commitments:
            state = c.state(self.today)
            rows.append([c.due_date, self.codes.get(c.partnership_id, ""), c.text,
                         self.org_names(c.actor_ids), c.status.label,
                         state.label if state in _ATTENTION else ""])
        return Table(columns, rows, [c.id for c in commitments], caption)

    def with_lines(self, blocks: list[Block], text: str) -> list[Block]:
        """A section's own lines to take, as bullets after its content."""
        items = [line.strip(" -•\t") for line in text.splitlines() if line.strip()]
        if items:
            blocks.append(Bullets(items, title="Lines to take"))
        return blocks

    # -- sections ----------------------------------------------------------

    def purpose(self, text: str) -> list[Block]:
        return [Paragraph(p.strip()) for p in text.split("\n\n") if p.strip()]

    def at_a_glance(self, text: str) -> list[Block]:
        blocks: list[Block] = []
        for p in self.partnerships:
            mine = [a for a in self.activities if a.partnership_id == p.id]
            commitments = [c for c in self.commitments if c.partnership_id == p.id]
            open_ = [c for c in commitments if c.status.is_open]
            overdue = [c for c in commitments if c.is_overdue(self.today)]
            funding = sum(a.total_cents for a in mine)
            if len(self.partnerships) > 1:
                blocks.append(Subheading(p.country_name))
            launched = f", launched {format_date(p.launch_date)}" if p.launch_date else ""
            blocks.append(Paragraph(f"{p.caption}: {p.status.label.lower()}{launched}."
                                    + (f" {p.description}" if p.description else "")))
            blocks.append(KeyFigures([
                ("Activities", format_number(len(mine))),
                ("Open commitments", format_number(len(open_))),
                ("Overdue commitments", format_number(len(overdue))),
                ("Funding", format_money(funding)),
                ("Roundtables held", str(sum(1 for r in self.roundtables
                                             if r.partnership_id == p.id
                                             and r.status is RoundtableStatus.HELD))),
            ]))
            facts = []
            if p.sectors:
                facts.append("Sectors of common interest: " + ", ".join(p.sectors))
            if p.member_states:
                facts.append("Participating Member States: "
                              + ", ".join(country_name(c) for c in p.member_states))
            if "indicative" in p.tags:
                facts.append("Some facts on this partnership are indicative and await"
                             " confirmation.")
            if facts:
                blocks.append(Bullets(facts))
        return self.with_lines(blocks, text)

    def roadmap(self, text: str) -> list[Block]:
        blocks: list[Block] = []
        placed: set[str] = set()
        for p in self.partnerships:
            for roadmap in self.store.list(Roadmap, Filters(partnership=p.id)):
                blocks.append(Subheading(f"{p.country_name}: {roadmap.caption}"))
                for objective in roadmap.objectives:
                    linked = [a for a in self.activities if objective.id in a.objective_ids]
                    placed.update(a.id for a in linked)
                    blocks.append(Paragraph(f"{objective.code}. {objective.text}"))
                    if linked:
                        blocks.append(self.activity_table(linked))
        rest = [a for a in self.activities if a.id not in placed]
        if rest:
            blocks.append(Subheading("Activities not linked to an objective"))
            blocks.append(self.activity_table(rest))
        return self.with_lines(blocks, text)

    def commitments_section(self, text: str) -> list[Block]:
        counts = Counter(c.status for c in self.commitments)
        overdue = sum(1 for c in self.commitments if c.is_overdue(self.today))
        status_rows: list[list[Cell]] = [[s.label, counts.get(s, 0)] for s in CommitmentStatus]
        status_rows.append(["Overdue (open, past due date)", overdue])
        table = Table([Column("Status", width=2.0), Column("Commitments", "number", 1.0)],
                      status_rows,
                      caption="Commitments by status")
        attention = [c for c in self.commitments if c.state(self.today) in _ATTENTION]
        blocks: list[Block] = [table]
        if attention:
            blocks.append(Subheading(f"Overdue and due within {DUE_SOON_DAYS} days"))
            blocks.append(self.commitment_table(attention))
        return self.with_lines(blocks, text)

    def matters_arising(self, text: str) -> list[Block]:
        blocks: list[Block] = []
        for p in self.partnerships:
            previous = self.previous.get(p.id)
            if previous is None:
                continue
            left_open = [c for c in self.store.list(Commitment, Filters(partnership=p.id))
                         if c.made_at_roundtable_id == previous.id and c.status.is_open
                         and c.id not in self.pack.excluded_ids]
            if not left_open:
                continue
            when = f" ({format_date(previous.date)})" if previous.date else ""
            blocks.append(Paragraph(f"Commitments made at the {previous.caption}{when} and"
                                    f" still open: {len(left_open)}."))
            blocks.append(self.commitment_table(left_open))
        return self.with_lines(blocks, text)

    def changes(self, text: str) -> list[Block]:
        blocks: list[Block] = []
        for p in self.partnerships:
            previous = self.previous.get(p.id)
            since = previous.date if previous and previous.date else None
            if since is None:
                continue
            changes = self.store.changes(since=since, partnership_id=p.id)
            groups = _summarise_changes(changes, self)
            if not any(groups.values()):
                continue
            blocks.append(Subheading(f"{p.country_name}: since the {previous.caption}"
                                     f" on {format_date(since)}" if previous
                                     else p.country_name))
            for title, items in groups.items():
                if items:
                    blocks.append(Bullets(items, title=title))
        return self.with_lines(blocks, text)

    def funding(self, text: str) -> list[Block]:
        by_instrument: dict[Instrument, list[int]] = defaultdict(lambda: [0, 0])
        by_state: dict[str, int] = defaultdict(int)
        for a in self.activities:
            lead_states = [self.organisations[o].country_code for o in
                           a.organisations_with(Role.LEAD_MEMBER_STATE)
                           if o in self.organisations]
            for line in a.funding:
                by_instrument[line.instrument][line.stage is FundingStage.DISBURSED] += \
                    line.amount_cents
                funder = self.organisations.get(line.funder_id or "")
                state = funder.country_code if funder and funder.country_code in \
                    EU_MEMBER_STATES else (lead_states[0] if lead_states else None)
                by_state[state or ""] += line.amount_cents
        rows: list[list[Cell]] = [
            [i.label, by_instrument[i][0], by_instrument[i][1], sum(by_instrument[i])]
            for i in Instrument if i in by_instrument]
        rows.append(["Total", sum(v[0] for v in by_instrument.values()),
                     sum(v[1] for v in by_instrument.values()),
                     sum(sum(v) for v in by_instrument.values())])
        blocks: list[Block] = [Table(
            [Column("Instrument", width=2.0), Column("Committed", "money"),
             Column("Disbursed", "money"), Column("Total", "money")], rows,
            caption="Funding by instrument")]
        states = sorted(((country_name(k) if k else "EU and others", v)
                         for k, v in by_state.items()), key=lambda kv: -kv[1])
        state_rows: list[list[Cell]] = [[name, cents] for name, cents in states]
        blocks.append(Table([Column("Member State", width=2.0), Column("Funding", "money")],
                            state_rows,
                            caption="Funding by Member State (funder, else lead Member State)"))
        return self.with_lines(blocks, text)

    def timeline(self, text: str) -> list[Block]:
        dated = [a for a in self.activities if a.start_date and a.end_date]
        if not dated:
            return self.with_lines([], text)
        current = sorted(dated, key=lambda a: (a.end_date or "") < self.today.isoformat())
        shown = sorted(current[:TIMELINE_MAX], key=lambda a: (a.start_date or "", a.title))
        items = [TimelineItem(label=f"{self.codes.get(a.partnership_id, '')} {a.title}".strip(),
                              start=a.start_date or "", end=a.end_date or "",
                              group=a.category.label) for a in shown]
        caption = (f"Activities by start date ({len(shown)} of {len(dated)} with dates"
                   + (", current ones first)" if len(dated) > len(shown) else ")"))
        return self.with_lines([Timeline(items, min(i.start for i in items),
                                         max(i.end for i in items), self.today.isoformat(),
                                         caption)], text)

    def lines_to_take(self, text: str) -> list[Block]:
        blocks: list[Block] = []
        general = [x.strip(" -•\t") for x in text.splitlines() if x.strip()]
        if general:
            blocks.append(Bullets(general))
        records: dict[str, str] = {a.id: a.caption for a in self.activities}
        records.update({c.id: c.caption for c in self.commitments})
        records.update({p.id: p.caption for p in self.partnerships})
        per_record = [f"{records[rid]}: {line}" for rid, line in self.lines.items()
                      if rid in records]
        if per_record:
            blocks.append(Bullets(per_record, title="On specific records"))
        notes = [NoteItem(about=records[n.target_id], author=n.author, text=n.text,
                          date=n.updated_at[:10])
                 for rid in records for n in self.store.notes_on(rid)]
        if notes:
            blocks.append(Notes(notes))
        return blocks

    def annex(self, text: str) -> list[Block]:
        if not self.activities:
            return []
        return [self.activity_table(self.activities, landscape=True,
                                    caption=f"All {format_number(len(self.activities))} activities"
                                            " covered by this pack")]

    # -- the whole pack ----------------------------------------------------

    def content(self) -> BriefingContent:
        builders: dict[SectionKind, Callable[[str], list[Block]]] = {
            SectionKind.COVER: lambda _text: [],
            SectionKind.PURPOSE: self.purpose,
            SectionKind.AT_A_GLANCE: self.at_a_glance,
            SectionKind.ROADMAP: self.roadmap,
            SectionKind.COMMITMENTS: self.commitments_section,
            SectionKind.MATTERS_ARISING: self.matters_arising,
            SectionKind.CHANGES: self.changes,
            SectionKind.FUNDING: self.funding,
            SectionKind.TIMELINE: self.timeline,
            SectionKind.LINES_TO_TAKE: self.lines_to_take,
            SectionKind.ANNEX: self.annex,
        }
        sections = [ContentSection(s.kind, s.heading, builders[s.kind](s.text))
                    for s in self.pack.sections if s.included]
        pack = self.pack
        return BriefingContent(
            pack_id=pack.id, title=pack.title, meeting=self.meeting(),
            meeting_date=self.meeting_date, audience=pack.audience, author=pack.author,
            marking=pack.marking.label, version=pack.version,
            date=pack.date or self.today.isoformat(),
            prepared_at=datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            prepared_by=self.store.user, sections=sections, partnerships=self.partnerships,
            activities=self.activities, commitments=self.commitments,
            organisations=self.organisations, roundtables=self.roundtables,
            checklist=self.checklist(sections))

    def meeting(self) -> str:
        if self.roundtable is not None:
            partner = self.names.get(self.roundtable.partnership_id, "")
            return (f"{ordinal(self.roundtable.number)} EU–{partner} Talent Partnership"
                    f" Roundtable" + (f", {self.roundtable.place}" if self.roundtable.place
                                      else ""))
        partner = self.names.get(self.pack.partnership_id or "", "")
        return f"Meeting on the EU–{partner} Talent Partnership" if partner else "Meeting"

    def checklist(self, sections: list[ContentSection]) -> list[str]:
        """What a careful reader would flag before the roundtable."""
        problems: list[str] = []
        for a in self.activities:
            if not any(a.organisations_with(r) for r in (Role.LEAD_MEMBER_STATE,
                                                         Role.ACCOUNTABLE, Role.IMPLEMENTING)):
                problems.append(CheckPoint(
                    f"Activity '{a.title}' has no lead or implementing organisation", a.id))
            if not a.funding:
                problems.append(CheckPoint(f"Activity '{a.title}' has no funding line", a.id))
        for c in self.commitments:
            if c.due_date is None:
                problems.append(CheckPoint(f"Commitment '{c.caption}' has no due date", c.id))
            if not [i for i in c.actor_ids if i in self.organisations]:
                problems.append(CheckPoint(f"Commitment '{c.caption}' has no actor", c.id))
        for s in sections:
            if s.is_empty and s.kind is not SectionKind.COVER:
                problems.append(CheckPoint(f"Section '{s.title}' is empty"))
        return problems


def _summarise_changes(changes: list[Change], assembly: _Assembly) -> dict[str, list[str]]:
    """The change history in the words a briefing uses, grouped."""
    groups: dict[str, list[str]] = {"New activities": [], "Activity status changes": [],
                                    "New commitments": [], "Closed commitments": [],
                                    "Funding changes": []}
    closed = {str(s) for s in CommitmentStatus.closed()}
    seen: set[tuple[str, str, str]] = set()
    for c in changes:
        key = (c.record_id, c.action, c.field or "")
        if key in seen and c.field != "status":
            continue
        seen.add(key)
        day = format_date(c.at)
        if c.record_kind == "activity":
            if c.action == "insert":
                groups["New activities"].append(f"{c.caption} ({day})")
            elif c.field == "status":
                groups["Activity status changes"].append(
                    f"{c.caption}: {_label(c.old_value)} → {_label(c.new_value)} ({day})")
            elif c.field == "funding":
                groups["Funding changes"].append(f"{c.caption}: funding lines changed ({day})")
        elif c.record_kind == "commitment":
            if c.action == "insert":
                groups["New commitments"].append(f"{c.caption} ({day})")
            elif c.field == "status" and c.new_value in closed:
                groups["Closed commitments"].append(
                    f"{c.caption}: {_label(c.new_value)} ({day})")
    return groups


def _label(value: str | None) -> str:
    """A stored status value as its label."""
    if value is None:
        return "—"
    for vocab in (CommitmentStatus, ActivityStatus):
        try:
            return vocab(value).label
        except ValueError:
            continue
    return value


def assemble(store: Store, pack: Pack) -> BriefingContent:
    """The pack's content as of now, ready for any writer."""
    return _Assembly(store, pack).content()
