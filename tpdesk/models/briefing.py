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

from . import agenda_pack, change_report, disclosure, replicas
from .content import (
    Block,
    BriefingContent,
    Bullets,
    Cell,
    CheckPoint,
    Column,
    ContentSection,
    Editable,
    KeyFigures,
    NoteItem,
    Notes,
    Paragraph,
    Subheading,
    Table,
    Timeline,
    TimelineItem,
)
from .countries import EU_MEMBER_STATES
from .errors import UserError
from .l10n import translate
from .pack_words import Words, words_for
from .queries import Filters
from .records import (
    DUE_SOON_DAYS,
    Activity,
    Commitment,
    Note,
    Organisation,
    Pack,
    PackSection,
    Partnership,
    Roadmap,
    Roundtable,
    default_sections,
    ordinal,
)
from .scope import PackScope
from .store import Store
from .vocab import (
    CommitmentState,
    CommitmentStatus,
    FundingStage,
    Instrument,
    Marking,
    PackLanguage,
    Role,
    RoundtableStatus,
    SectionKind,
)

TIMELINE_MAX = 40
CHANGES_IN_FULL = 30  # more than this, and the section summarises and the annex lists them
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
        raise UserError(translate("Core",
            "no briefing pack with id or title {id_or_title!r} (see 'tpdesk list "
            "packs')").format(id_or_title=id_or_title))
    if len(matches) > 1:
        raise UserError(translate("Core",
            "{count} briefing packs are titled {id_or_title!r}; give the id instead").format(
            count=len(matches), id_or_title=id_or_title))
    return matches[0]


def find_roundtable(store: Store, id_or_title: str) -> Roundtable:
    """A roundtable by id, by partner and number ('TN 5'), or by the title a pack gives it.

    The title is what a pack's cover names ('5th EU–Tunisia Talent Partnership
    Roundtable'), case-insensitive, with or without the place.
    """
    found = store.find(Roundtable, id_or_title.strip())
    if found is not None:
        return found
    wanted = " ".join(id_or_title.replace("-", "–").split()).casefold()
    partnerships = {p.id: p for p in store.list(Partnership)}
    matches = []
    for r in store.list(Roundtable):
        partner = partnerships.get(r.partnership_id)
        if partner is None:
            continue
        title = (f"{ordinal(r.number)} EU–{partner.country_name} Talent Partnership"
                 " Roundtable")
        names = {f"{partner.country_code} {r.number}", title,
                 f"{title}, {r.place}" if r.place else title}
        if wanted in {n.casefold() for n in names}:
            matches.append(r)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UserError(translate("Core",
            "no roundtable with id or title {id_or_title!r} (give its id, or the "
            "partner's code and its number, e.g. 'TN 5')").format(id_or_title=id_or_title))
    raise UserError(translate("Core",
        "{count} roundtables match {id_or_title!r}; give the id instead").format(
        count=len(matches), id_or_title=id_or_title))


def new_pack(store: Store, roundtable: Roundtable, *, audience: str = "",
             author: str = "", language: PackLanguage = PackLanguage.EN) -> Pack:
    """A fresh pack for a roundtable, with every section in the usual order."""
    partnership = store.get(Partnership, roundtable.partnership_id)
    return Pack(title=pack_title(roundtable, partnership, language),
                roundtable_id=roundtable.id, partnership_id=partnership.id,
                partnership_ids=[partnership.id], audience=audience,
                author=author or store.user, date=store.today().isoformat(),
                sections=default_sections(), language=language)


def pack_title(roundtable: Roundtable, partnership: Partnership,
               language: PackLanguage = PackLanguage.EN) -> str:
    """The title a new pack gets, in its language."""
    words = words_for(language)
    return words("pack.title", ordinal=words.ordinal(roundtable.number),
                 country=words.country(partnership.country_code))


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
                   "title": pack_title(roundtable, partnership, source.language),
                   "version": "1",
                   "partnership_ids": [partnership.id] if own else source.partnership_ids}
    return dataclasses.replace(source, id=Pack().id, created_at="", updated_at="",
                               deleted_at=None, sections=sections, author=store.user,
                               lines=[dataclasses.replace(x) for x in source.lines],
                               date=store.today().isoformat(), **changes)  # type: ignore[arg-type]


# -- assembling -----------------------------------------------------------------

class _Assembly:
    """One pass over the register for one pack; each section is a method."""

    def __init__(self, store: Store, pack: Pack) -> None:
        self.store, self.pack = store, pack
        self.today = store.today()
        self.roundtable = store.find(Roundtable, pack.roundtable_id) if pack.roundtable_id \
            else None
        self.scope = PackScope.of(pack)
        self.w: Words = words_for(pack.language)
        self.partnerships = [p for p in (store.find(Partnership, i)
                                         for i in self.scope.partnership_ids) if p] or \
            store.list(Partnership)
        self.codes = {p.id: p.country_code for p in store.list(Partnership)}
        self.names = {p.id: self.w.country(p.country_code) for p in store.list(Partnership)}
        self.organisations = {o.id: o for o in store.list(Organisation)}
        self.scoped = self.scope.select(store)
        self.activities = self.scoped.activities
        self.commitments = self.scoped.commitments
        self.roundtables = [r for p in self.partnerships
                            for r in store.list(Roundtable, Filters(partnership=p.id))]
        self.previous = self._previous_roundtables()
        self.lines = {line.record_id: line.text for line in pack.lines if line.text.strip()}
        self.annexes: list[Block] = []  # the full list of changes, when the section summarises
        self.notes = self.scoped.notes(store.list(Note), [p.id for p in self.partnerships])

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
        """Activities as rows; on a portrait page one Period column leaves room for titles."""
        w = self.w
        dates = [Column(w("col.start"), "date", 0.9), Column(w("col.end"), "date", 0.9)] \
            if landscape else [Column(w("col.period"), width=1.4)]
        columns = [Column(w("col.partner"), width=0.6), Column(w("col.activity"), width=3.0),
                   Column(w("col.category"), width=1.4), Column(w("col.status"), width=1.1),
                   *dates, Column(w("col.lead"), width=1.3),
                   Column(w("col.funding"), "money", 1.0)]
        if landscape:
            columns.insert(7, Column(w("col.instruments"), width=1.3))
        rows: list[list[Cell]] = []
        for a in activities:
            when: list[Cell] = [a.start_date, a.end_date] if landscape else \
                [w.period(a.start_date, a.end_date)]
            row: list[Cell] = [
                self.codes.get(a.partnership_id, ""), a.title, w.label(a.category),
                w.label(a.status), *when, self.lead(a), a.total_cents]
            if landscape:
                row.insert(7, ", ".join(sorted({w.label(f.instrument) for f in a.funding})))
            rows.append(row)
        return self.without_partner(Table(columns, rows, [a.id for a in activities], caption,
                                          landscape))

    def commitment_table(self, commitments: list[Commitment], *, caption: str = "") -> Table:
        w = self.w
        columns = [Column(w("col.due"), "date", 0.9), Column(w("col.partner"), width=0.6),
                   Column(w("col.commitment"), width=3.2), Column(w("col.actors"), width=1.5),
                   Column(w("col.status"), width=1.0), Column(w("col.state"), width=0.9)]
        rows: list[list[Cell]] = []
        for c in commitments:
            state = c.state(self.today)
            rows.append([c.due_date, self.codes.get(c.partnership_id, ""), c.text,
                         self.org_names(c.actor_ids), w.label(c.status),
                         w.label(state) if state in _ATTENTION else ""])
        table = self.without_partner(Table(columns, rows, [c.id for c in commitments], caption))
        if any(row[-1] for row in table.rows):
            return table
        # Nothing overdue or due soon here (Matters arising leaves those to Commitments).
        return dataclasses.replace(table, columns=table.columns[:-1],
                                   rows=[row[:-1] for row in table.rows])

    def without_partner(self, table: Table) -> Table:
        """A pack on one partnership needs no Partner column: the room goes to the titles."""
        if len(self.partnerships) > 1:
            return table
        at = [c.title for c in table.columns].index(self.w("col.partner"))
        return dataclasses.replace(
            table, columns=[c for i, c in enumerate(table.columns) if i != at],
            rows=[row[:at] + row[at + 1:] for row in table.rows])

    def has(self, kind: SectionKind) -> bool:
        """Whether the pack prints a section of this kind."""
        return any(s.kind is kind and s.included for s in self.pack.sections)

    def with_lines(self, blocks: list[Block], text: str) -> list[Block]:
        """A section's own lines to take, as bullets after its content."""
        items = [line.strip(" -•\t") for line in text.splitlines() if line.strip()]
        if items:
            blocks.append(Bullets(items, title=self.w("note.lines")))
        return blocks

    # -- sections ----------------------------------------------------------

    def purpose(self, text: str) -> list[Block]:
        return [Paragraph(p.strip()) for p in text.split("\n\n") if p.strip()]

    def at_a_glance(self, text: str) -> list[Block]:
        w = self.w
        blocks: list[Block] = []
        for p in self.partnerships:
            mine = [a for a in self.activities if a.partnership_id == p.id]
            commitments = [c for c in self.commitments if c.partnership_id == p.id]
            open_ = [c for c in commitments if c.status.is_open]
            overdue = [c for c in commitments if c.is_overdue(self.today)]
            funding = sum(a.total_cents for a in mine)
            if len(self.partnerships) > 1:
                blocks.append(Subheading(self.names[p.id]))
            launched = w("glance.launched", date=w.date(p.launch_date)) if p.launch_date \
                else ""
            blocks.append(Paragraph(w("glance.status", caption=p.caption,
                                      status=w.partnership_status(p.status), launched=launched)
                                    + (f" {p.description}" if p.description else "")))
            held = sum(1 for r in self.roundtables
                       if r.partnership_id == p.id and r.status is RoundtableStatus.HELD)
            blocks.append(KeyFigures([
                (w("fig.activities"), w.number(len(mine))),
                (w("fig.open"), w.number(len(open_))),
                (w("fig.overdue"), w.number(len(overdue))),
                (w("fig.funding"), w.money(funding)),
                (w("fig.roundtables_held"), w.number(held)),
            ]))
            facts = []
            if p.sectors:
                facts.append(w("glance.sectors", sectors=", ".join(p.sectors)))
            if p.member_states:
                facts.append(w("glance.member_states",
                               states=", ".join(w.country(c) for c in p.member_states)))
            if "indicative" in p.tags:
                facts.append(w("glance.indicative"))
            if facts:
                blocks.append(Bullets(facts))
        return self.with_lines(blocks, text)

    def roadmap(self, text: str) -> list[Block]:
        blocks: list[Block] = []
        placed: set[str] = set()
        for p in self.partnerships:
            for roadmap in self.store.list(Roadmap, Filters(partnership=p.id)):
                caption = self.w("roadmap.caption", version=roadmap.version).strip()
                blocks.append(Subheading(self.w("roadmap.heading", country=self.names[p.id],
                                                roadmap=caption)))
                for objective in roadmap.objectives:
                    linked = [a for a in self.activities if objective.id in a.objective_ids]
                    placed.update(a.id for a in linked)
                    line = self.w("roadmap.objective", code=objective.code, text=objective.text)
                    if not linked:  # one line, not a bare heading over nothing
                        blocks.append(Paragraph(self.w("roadmap.nothing", line=line)))
                        continue
                    blocks.append(Paragraph(line))
                    blocks.append(self.activity_table(linked))
        rest = [a for a in self.activities if a.id not in placed]
        if rest:
            blocks.append(Subheading(self.w("roadmap.unlinked")))
            blocks.append(self.activity_table(rest))
        return self.with_lines(blocks, text)

    def commitments_section(self, text: str) -> list[Block]:
        w = self.w
        if not self.commitments:
            return self.with_lines([Paragraph(w("commitments.none"))], text)
        counts = Counter(c.status for c in self.commitments)
        overdue = sum(1 for c in self.commitments if c.is_overdue(self.today))
        status_rows: list[list[Cell]] = [[w.label(s), counts.get(s, 0)]
                                         for s in CommitmentStatus]
        status_rows.append([w("commitments.overdue_row"), overdue])
        table = Table([Column(w("col.status"), width=2.0),
                       Column(w("col.commitments"), "number", 1.0)],
                      status_rows, caption=w("commitments.by_status"))
        attention = [c for c in self.commitments if c.state(self.today) in _ATTENTION]
        blocks: list[Block] = [table]
        if attention:
            blocks.append(Subheading(w("commitments.attention", days=DUE_SOON_DAYS)))
            blocks.append(self.commitment_table(attention))
        return self.with_lines(blocks, text)

    def caption_of(self, roundtable: Roundtable) -> str:
        """A roundtable as the pack's sentences name it, in the pack's language."""
        return self.w.roundtable(roundtable.number, roundtable.place)

    def held(self, roundtable: Roundtable) -> str:
        """Where and when a roundtable was held, for brackets: 'Brussels, 18 June 2026'."""
        w = self.w
        parts = [p for p in (roundtable.place, w.date(roundtable.date) if roundtable.date
                             else "") if p]
        return w.comma.join(parts)

    def matters_arising(self, text: str) -> list[Block]:
        w = self.w
        blocks: list[Block] = []
        for p in self.partnerships:
            previous = self.previous.get(p.id)
            if previous is None:
                continue
            left_open = [c for c in self.commitments if c.partnership_id == p.id
                         and c.made_at_roundtable_id == previous.id and c.status.is_open]
            held = self.held(previous)
            when = w("matters.when", date=held) if held else ""
            named = w.roundtable(previous.number)
            if not left_open:
                blocks.append(Paragraph(w("matters.none", roundtable=named, when=when)))
                continue
            # Overdue and due-soon ones are in the Commitments table: referred to, not repeated.
            pressing = [c for c in left_open if c.state(self.today) in _ATTENTION]
            rest = [c for c in left_open if c not in pressing]
            text_ = w("matters.open", roundtable=named, when=when, n=w.number(len(left_open)))
            if pressing and self.has(SectionKind.COMMITMENTS):
                text_ += (w("matters.pressing_one", days=DUE_SOON_DAYS) if len(pressing) == 1
                          else w("matters.pressing", n=w.number(len(pressing)),
                                 days=DUE_SOON_DAYS))
                left_open = rest
            blocks.append(Paragraph(text_))
            if left_open:
                blocks.append(self.commitment_table(left_open))
        return self.with_lines(blocks, text)

    def changes(self, text: str) -> list[Block]:
        told: list[tuple[Partnership, Roundtable, list[change_report.ChangeLine]]] = []
        for p in self.partnerships:
            previous = self.previous.get(p.id)
            if previous is None or not previous.date:
                continue
            changes = [c for c in self.store.changes(since=previous.date, partnership_id=p.id)
                       if self.scoped.admits_change(c)]
            lines = change_report.describe(changes, self.change_context(p, previous), self.w)
            if lines:
                told.append((p, previous, lines))
        blocks: list[Block] = []
        total = sum(len(lines) for _p, _r, lines in told)
        in_full = total <= CHANGES_IN_FULL
        w = self.w
        for p, previous, lines in told:
            named, country = w.roundtable(previous.number), self.names[p.id]
            blocks.append(Subheading(w("changes.since", country=country, roundtable=named,
                                       date=self.held(previous))))
            if in_full:
                blocks += [Bullets(items, title=change_report.kind_title(kind, w))
                           for kind, items in change_report.grouped(lines).items()]
                continue
            counts = Counter(line.kind for line in lines)
            rows: list[list[Cell]] = [[change_report.kind_title(kind, w), counts[kind]]
                                      for kind in change_report.KINDS if counts[kind]]
            blocks.append(Table([Column(w("col.kind_of_change"), width=3.0),
                                 Column(w("col.changes"), "number", 1.0)],
                                [*rows, [w("total"), len(lines)]],
                                caption=w("changes.caption", roundtable=named)))
            blocks.append(Bullets(change_report.notable(lines), title=w("most_notable")))
            self.annexes.append(Subheading(w("changes.since_short", country=country,
                                             roundtable=self.caption_of(previous))))
            self.annexes += [Bullets(items, title=change_report.kind_title(kind, w))
                             for kind, items in change_report.grouped(lines).items()]
        if not in_full:
            blocks.insert(0, Paragraph(w("changes.summarised", n=w.number(total))))
        return self.with_lines(blocks, text)

    def change_context(self, p: Partnership, previous: Roundtable) -> change_report.Context:
        """Titles as they are now, and what tells new from recorded-since, for the changes."""
        titles: dict[str, str] = {a.id: a.title for a in self.activities}
        titles.update({c.id: c.text for c in self.commitments})
        titles.update({r.id: self.w("roadmap.caption", version=r.version).strip()
                       for r in self.store.list(Roadmap, Filters(partnership=p.id))})
        return change_report.Context(
            titles=titles,
            organisations={k: o.caption for k, o in self.organisations.items()},
            participants={a.id: frozenset(x.organisation_id for x in a.participants)
                          for a in self.activities if a.partnership_id == p.id},
            made_at={c.id: (c.made_at_roundtable_id, c.made_on) for c in self.commitments},
            roundtable_id=previous.id, roundtable_date=previous.date or "")

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
        w = self.w
        if not by_instrument:
            return self.with_lines([Paragraph(w("funding.none"))], text)
        rows: list[list[Cell]] = [
            [w.label(i), by_instrument[i][0], by_instrument[i][1], sum(by_instrument[i])]
            for i in Instrument if i in by_instrument]
        rows.append([w("total"), sum(v[0] for v in by_instrument.values()),
                     sum(v[1] for v in by_instrument.values()),
                     sum(sum(v) for v in by_instrument.values())])
        blocks: list[Block] = [Table(
            [Column(w("col.instrument"), width=2.0), Column(w("col.committed"), "money"),
             Column(w("col.disbursed"), "money"), Column(w("total"), "money")], rows,
            caption=w("funding.by_instrument"))]
        states = sorted(((w.country(k) if k else w("funding.others"), v)
                         for k, v in by_state.items()), key=lambda kv: -kv[1])
        state_rows: list[list[Cell]] = [[name, cents] for name, cents in states]
        blocks.append(Table([Column(w("col.member_state"), width=2.0),
                             Column(w("col.funding"), "money")],
                            state_rows, caption=w("funding.by_state")))
        return self.with_lines(blocks, text)

    def timeline(self, text: str) -> list[Block]:
        dated = [a for a in self.activities if a.start_date and a.end_date]
        if not dated:
            return self.with_lines([], text)
        current = sorted(dated, key=lambda a: (a.end_date or "") < self.today.isoformat())
        shown = sorted(current[:TIMELINE_MAX], key=lambda a: (a.start_date or "", a.title))
        items = [TimelineItem(label=f"{self.codes.get(a.partnership_id, '')} {a.title}".strip(),
                              start=a.start_date or "", end=a.end_date or "",
                              group=self.w.label(a.category)) for a in shown]
        order = self.w("timeline.current_first") if len(dated) > len(shown) else ""
        caption = self.w("timeline.caption", shown=self.w.number(len(shown)),
                         dated=self.w.number(len(dated)), order=order)
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
            blocks.append(Bullets(per_record, title=self.w("lines.on_records")))
        order = {rid: i for i, rid in enumerate(records)}
        notes = [NoteItem(about=records[n.target_id], author=n.author, text=n.text,
                          date=n.updated_at[:10])
                 for n in sorted(self.notes, key=lambda n: (order[n.target_id], n.created_at))
                 if disclosure.exportable(n, self.pack.marking)]
        if notes:
            blocks.append(Notes(notes, title=self.w("notes.title")))
        return blocks

    def annex(self, text: str) -> list[Block]:
        if not self.activities:
            return []
        return [self.activity_table(self.activities, landscape=True,
                                    caption=self.w("annex.all_activities",
                                                   n=self.w.number(len(self.activities))))]

    # -- the whole pack ----------------------------------------------------

    def builders(self) -> dict[SectionKind, Callable[[str], list[Block]]]:
        return {
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

    def content(self) -> BriefingContent:
        """The agenda's order when the roundtable has one, else the pack's own sections."""
        builders = self.builders()
        editable: list[Editable] = []
        points: list[str] = []
        agenda = self.roundtable.agenda if self.roundtable is not None else []
        if agenda:
            assert self.roundtable is not None
            shaped = agenda_pack.build(self, self.roundtable, builders)
            sections, editable, points = shaped.sections, shaped.editable, shaped.points
        else:
            sections = [ContentSection(s.kind, self.heading(s), builders[s.kind](s.text))
                        for s in self.pack.sections if s.included and s.kind.listed]
        if self.annexes:
            sections.append(ContentSection(SectionKind.ANNEX, self.w("annex.changes"),
                                           self.annexes))
        if not self.w.english:
            sections = [localised(s, self.w) for s in sections]
        pack = self.pack
        scope = self.scope.describe([self.names[p.id] for p in self.partnerships],
                                    audience=pack.audience, words=self.w)
        checklist = (self.checklist(sections) + points
                     + disclosure.warnings(self.notes, pack.marking))
        if pack.marking is Marking.PUBLIC:
            public = disclosure.for_public(sections)
            if public != sections:
                checklist.append("Source gradings (such as 'grade C') are left out because the"
                                 " pack is PUBLIC")
            sections = public
        return BriefingContent(
            pack_id=pack.id, title=pack.title, meeting=self.meeting(),
            meeting_date=self.meeting_date, audience=pack.audience, author=pack.author,
            marking=self.w.label(pack.marking), version=pack.version,
            date=pack.date or self.today.isoformat(),
            prepared_at=datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            prepared_by=self.store.user, sections=sections, partnerships=self.partnerships,
            activities=self.activities, commitments=self.commitments,
            organisations=self.organisations, roundtables=self.roundtables,
            checklist=checklist, scope=scope, editable=editable,
            agenda=[item.title for item in agenda], language=str(pack.language),
            register_id=self.store.meta("register_id"), watermark=replicas.vector(self.store))

    def heading(self, section: PackSection) -> str:
        """The author's title of a section as written, else its kind in the pack's language."""
        return section.title.strip() or self.w.label(section.kind)

    def meeting(self) -> str:
        w = self.w
        if self.roundtable is not None:
            partner = self.names.get(self.roundtable.partnership_id, "")
            place = w("meeting.place", place=self.roundtable.place) if self.roundtable.place \
                else ""
            return w("meeting", ordinal=w.ordinal(self.roundtable.number), country=partner) \
                + place
        partner = self.names.get(self.pack.partnership_id or "", "")
        return w("meeting.adhoc", country=partner) if partner else w("meeting.plain")

    def checklist(self, sections: list[ContentSection]) -> list[str]:
        """What a careful reader would flag before the roundtable."""
        problems: list[str] = []
        for a in self.activities:
            if not any(a.organisations_with(r) for r in (Role.LEAD_MEMBER_STATE,
                                                         Role.ACCOUNTABLE, Role.IMPLEMENTING)):
                problems.append(CheckPoint(translate(
                    "Core", "Activity '{title}' has no lead or implementing organisation").format(
                    title=a.title), a.id))
            if not a.funding:
                problems.append(CheckPoint(translate(
                    "Core", "Activity '{title}' has no funding line").format(title=a.title), a.id))
        for c in self.commitments:
            if c.due_date is None:
                problems.append(CheckPoint(translate(
                    "Core", "Commitment '{caption}' has no due date").format(caption=c.caption),
                    c.id))
            if not [i for i in c.actor_ids if i in self.organisations]:
                problems.append(CheckPoint(translate(
                    "Core", "Commitment '{caption}' has no actor").format(caption=c.caption),
                    c.id))
        for s in sections:
            if s.is_empty and s.kind is not SectionKind.COVER:
                problems.append(CheckPoint(translate(
                    "Core", "Section '{title}' is empty").format(title=s.title)))
        return problems


def localised(section: ContentSection, words: Words) -> ContentSection:
    """The section with its tables' dates, amounts and numbers as the language prints them.

    The writers format English cells themselves (as the Excel companion keeps
    them numbers); a French or Arabic pack's cells are its language's text.
    """
    def cells(table: Table) -> Table:
        kinds = [c.kind for c in table.columns]
        return dataclasses.replace(table, rows=[
            [words.cell(v, k) for v, k in zip(row, kinds, strict=True)] for row in table.rows])

    return dataclasses.replace(section, blocks=[cells(b) if isinstance(b, Table) else b
                                                for b in section.blocks])


def assemble(store: Store, pack: Pack) -> BriefingContent:
    """The pack's content as of now, ready for any writer."""
    return _Assembly(store, pack).content()
