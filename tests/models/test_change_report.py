"""Changes since the last roundtable, told in full, from a real store's history."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from tpdesk.models import Commitment, FundingLine, Organisation, Pack, Store
from tpdesk.models.briefing import assemble
from tpdesk.models.change_report import (
    COMMITMENT_STATUS,
    DUE_DATES,
    FUNDING,
    NEW_COMMITMENTS,
    ORGANISATIONS,
    RECORDED_SINCE,
    REMOVED,
    ROADMAP,
    Context,
    describe,
    grouped,
    notable,
)
from tpdesk.models.content import Bullets, Paragraph, Table
from tpdesk.models.pack_words import ENGLISH
from tpdesk.models.records import Objective, Participation
from tpdesk.models.vocab import (
    CommitmentStatus,
    FundingStage,
    Instrument,
    OrganisationKind,
    Role,
    SectionKind,
)

# The changes under test are written at this moment, well after the seed's own.
LATER, DAY = "2030-01-15T09:00:00.000Z", "15 January 2030"


@pytest.fixture
def later(store: Store) -> Iterator[str]:
    with store.as_of(LATER):
        yield LATER


def _context(store: Store, seed) -> Context:
    activities = store.list(type(seed.training))
    commitments = store.list(Commitment)
    return Context(
        titles={**{a.id: a.title for a in activities}, **{c.id: c.text for c in commitments}},
        organisations={o.id: o.caption for o in store.list(Organisation)},
        participants={a.id: frozenset(p.organisation_id for p in a.participants)
                      for a in activities},
        made_at={c.id: (c.made_at_roundtable_id, c.made_on) for c in commitments},
        roundtable_id=seed.held.id, roundtable_date=seed.held.date)


def _told(store: Store, seed, since: str) -> dict[str, list[str]]:
    return grouped(describe(store.changes(since=since), _context(store, seed)))


def test_every_move_slip_amount_and_objective_is_told(store: Store, seed, later: str) -> None:
    since = later
    overdue = seed.overdue
    store.save(dataclasses.replace(overdue, status=CommitmentStatus.ON_HOLD,
                                   due_date="2027-03-31"))
    store.save(dataclasses.replace(store.get(Commitment, overdue.id),
                                   status=CommitmentStatus.IN_PROGRESS))
    store.save(dataclasses.replace(seed.training, funding=[
        *seed.training.funding, FundingLine(instrument=Instrument.AMIF, amount_cents=30_000_000,
                                            stage=FundingStage.DISBURSED)]))
    roadmap = seed.roadmap
    store.save(dataclasses.replace(roadmap, version="2026", objectives=[
        roadmap.objectives[0],
        dataclasses.replace(roadmap.objectives[1], text="Fair and ethical recruitment"),
        Objective(code="O3", text="Reintegration on return")]))
    told = _told(store, seed, since)
    assert told[COMMITMENT_STATUS] == [
        f"Open a job-matching desk in Sfax: In progress → On hold ({DAY})",
        f"Open a job-matching desk in Sfax: On hold → In progress ({DAY})"]
    assert told[DUE_DATES] == [f"Open a job-matching desk in Sfax: slipped, 30 June 2026 →"
                               f" 31 March 2027 ({DAY})"]
    assert told[FUNDING] == [f"Coding bootcamp for young graduates: EUR\u00a01,200,000 →"
                             f" EUR\u00a01,500,000; disbursed EUR\u00a00 → EUR\u00a0300,000"
                             f" ({DAY})"]
    assert told[ROADMAP] == [
        f"Roadmap revised: version 2025 → 2026 ({DAY})",
        f"Roadmap 2026: objectives 2 → 3 ({DAY})",
        f"New objective O3: Reintegration on return ({DAY})",
        f"Objective O2 revised: Fair and ethical recruitment ({DAY})"]


def test_recorded_since_is_not_new_and_titles_are_as_now(store: Store, seed,
                                                         later: str) -> None:
    since = later
    recorded = store.save(Commitment(partnership_id=seed.tunisia.id, actor_ids=[seed.ilo.id],
                                     text="Map skills gaps", made_at_roundtable_id=seed.held.id))
    attributed = store.save(Commitment(partnership_id=seed.tunisia.id, actor_ids=[seed.ilo.id],
                                       text="Train counsellors", made_on="2025-10-14"))
    new = store.save(Commitment(partnership_id=seed.tunisia.id, actor_ids=[seed.ilo.id],
                                text="Draft a charter", made_on="2026-01-20"))
    store.save(dataclasses.replace(new, text="Draft a fair recruitment charter",
                                   status=CommitmentStatus.IN_PROGRESS))
    told = _told(store, seed, since)
    assert [t.split(" (")[0] for t in told[RECORDED_SINCE]] == [recorded.text, attributed.text]
    assert [t.split(" (")[0] for t in told[NEW_COMMITMENTS]] == [
        "Draft a fair recruitment charter"]
    assert told[COMMITMENT_STATUS][0].startswith("Draft a fair recruitment charter: Planned")


def test_organisations_newly_engaged_and_removed_titles_in_whole_words(
        store: Store, seed, later: str) -> None:
    since = later
    enabel = store.save(Organisation(name="Enabel", short_name="Enabel", country_code="BE",
                                     kind=OrganisationKind.IMPLEMENTING_AGENCY))
    store.save(dataclasses.replace(seed.training, participants=[
        *seed.training.participants,
        Participation(organisation_id=enabel.id, roles=[Role.IMPLEMENTING]),
        Participation(organisation_id=seed.ilo.id, roles=[Role.FUNDING])]))  # ILO: not new
    long = store.save(Commitment(partnership_id=seed.tunisia.id, actor_ids=[seed.ilo.id],
                                 text="Publish a joint methodology for the anticipation of"
                                      " skills needs in construction and hospitality sectors"))
    store.delete(long)
    told = grouped(describe(store.changes(since=since), dataclasses.replace(
        _context(store, seed), titles={})))
    assert [t.split(" (")[0] for t in told[ORGANISATIONS]] == ["Enabel"]
    removed = told[REMOVED][0]
    assert removed.startswith("Commitment removed: Publish a joint methodology")
    assert "… (" in removed and removed.split("… (")[0].split()[-1] in long.text.split()


def test_notable_puts_setbacks_and_roadmaps_first(store: Store, seed, later: str) -> None:
    since = later
    store.save(dataclasses.replace(seed.due_soon, status=CommitmentStatus.CANCELLED))
    store.save(dataclasses.replace(seed.roadmap, version="2026"))
    lines = describe(store.changes(since=since), _context(store, seed))
    assert notable(lines, 2) == [lines[-1].text, lines[0].text]


def test_above_thirty_the_section_counts_and_the_annex_lists(store: Store, seed) -> None:
    since_roundtable = Pack(roundtable_id=None, partnership_id=seed.tunisia.id,
                            meeting_date="2027-01-10", sections=[])
    for i in range(32):
        store.save(Commitment(partnership_id=seed.tunisia.id, actor_ids=[seed.ilo.id],
                              text=f"Commitment number {i}", made_on="2026-02-01"))
    from tpdesk.models.records import PackSection

    pack = dataclasses.replace(since_roundtable, sections=[
        PackSection(kind=SectionKind.CHANGES), PackSection(kind=SectionKind.ANNEX)])
    content = assemble(store, pack)
    changes, _activities, extra = content.sections
    assert extra.title == ENGLISH("annex.changes")
    listed = sum(len(b.items) for b in extra.blocks if isinstance(b, Bullets))
    table = next(b for b in changes.blocks if isinstance(b, Table))
    assert table.rows[-1] == ["Total", listed] and listed > 30
    assert sum(row[1] for row in table.rows[:-1]) == listed  # type: ignore[misc]
    intro = next(b for b in changes.blocks if isinstance(b, Paragraph))
    assert intro.text.startswith(f"{listed} changes since the last roundtable")
    notable_items = next(b for b in changes.blocks if isinstance(b, Bullets)).items
    assert 0 < len(notable_items) <= 8
