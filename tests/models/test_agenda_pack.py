"""Agenda-driven packs on the demo register: order, narrowing, the notes' shape, edits kept."""

from __future__ import annotations

import dataclasses
import re

import pytest

from tpdesk.models import (
    Activity,
    Commitment,
    FundingLine,
    Objective,
    Pack,
    Roundtable,
    Store,
    ValidationError,
)
from tpdesk.models.agenda import describe, narrow
from tpdesk.models.agenda_pack import NOTE_HEADINGS
from tpdesk.models.briefing import assemble
from tpdesk.models.content import Bullets, ContentSection, Paragraph, Subheading, Table
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.pack_texts import ISSUES, SUMMARY, added_key, item_key
from tpdesk.models.pack_words import ENGLISH
from tpdesk.models.records import AgendaItem, PackText
from tpdesk.models.vocab import ActivityCategory, Instrument, SectionKind


@pytest.fixture
def demo(store: Store) -> Store:
    load_demo(store)
    return store


def tunisia(store: Store) -> tuple[Pack, Roundtable]:
    pack = store.get(Pack, demo_id("pack", "TN"))
    assert pack.roundtable_id is not None
    return pack, store.get(Roundtable, pack.roundtable_id)


def notes(content) -> list[ContentSection]:  # type: ignore[no-untyped-def]
    return [s for s in content.sections if s.kind is SectionKind.AGENDA_ITEM]


def test_a_pack_follows_its_roundtables_agenda(demo: Store) -> None:
    pack, roundtable = tunisia(demo)
    content = assemble(demo, pack)
    kinds = [s.kind for s in content.sections]
    n = len(roundtable.agenda)
    assert kinds == [SectionKind.COVER, SectionKind.SUMMARY, SectionKind.LINES_TO_TAKE,
                     SectionKind.ISSUES, *[SectionKind.AGENDA_ITEM] * n,
                     SectionKind.CHANGES, SectionKind.FUNDING, SectionKind.TIMELINE,
                     SectionKind.ANNEX]
    assert [s.title for s in notes(content)] == [
        f"Item {i}. {item.title}" for i, item in enumerate(roundtable.agenda, start=1)]
    assert [s.title for s in content.sections[-4:]] == [
        "Annex A: Changes since the last roundtable", "Annex B: Funding overview",
        "Annex C: Timeline of activities", "Annex D: Activity register"]
    assert content.agenda == [item.title for item in roundtable.agenda]

    # Moving an item moves its note; the pack's own sections do not change.
    moved = [roundtable.agenda[2], *roundtable.agenda[:2], *roundtable.agenda[3:]]
    demo.save(dataclasses.replace(roundtable, agenda=moved))
    again = assemble(demo, demo.get(Pack, pack.id))
    assert [s.title.split(". ", 1)[1] for s in notes(again)] == [i.title for i in moved]


def test_each_note_has_the_five_headings_and_numbered_paragraphs(demo: Store) -> None:
    pack, _ = tunisia(demo)
    for number, note in enumerate(notes(assemble(demo, pack)), start=1):
        headings = [b.text for b in note.blocks if isinstance(b, Subheading)]
        lines = any(isinstance(b, Bullets) for b in note.blocks[-1:])
        # Lines to take are headed only when there are some: never "None proposed yet".
        assert headings == [ENGLISH(k) for k in NOTE_HEADINGS][:5 if lines else 4]
        numbers = [b.number for b in note.blocks if isinstance(b, Paragraph)]
        assert numbers == [f"{number}.{i}" for i in range(1, len(numbers) + 1)]
        purpose = note.blocks[1]
        assert isinstance(purpose, Paragraph) and purpose.text.startswith("To prepare")


def test_an_item_narrows_the_packs_records(demo: Store) -> None:
    pack, roundtable = tunisia(demo)
    pack = dataclasses.replace(pack, member_states=[])  # the whole partnership
    content = assemble(demo, pack)
    o2 = demo_id("objective", "TN:O2")
    training = notes(content)[2]  # objective O2
    assert roundtable.agenda[2].objective_ids == [o2]
    listed = {rid for b in training.blocks if isinstance(b, Table) for rid in b.record_ids}
    by_id = {a.id: a for a in content.activities} | {c.id: c for c in content.commitments}
    assert listed
    for rid in listed:
        record = by_id[rid]
        if isinstance(record, Activity):
            assert o2 in record.objective_ids
        else:
            assert isinstance(record, Commitment)
            linked = by_id.get(record.activity_id or "")
            assert record.objective_id == o2 or (isinstance(linked, Activity)
                                                 and o2 in linked.objective_ids)
    text = " ".join(b.text for b in training.blocks if isinstance(b, Paragraph))
    assert "Roadmap objective O2: Develop the skills of Tunisian jobseekers" in text


def test_narrowing_by_category_sector_and_instrument() -> None:
    o1, o2 = Objective(code="O1", text="Skills"), Objective(code="O2", text="Mobility")
    nurses = Activity(title="Nurses", category=ActivityCategory.MOBILITY, sectors=["Health"],
                      objective_ids=[o2.id],
                      funding=[FundingLine(instrument=Instrument.AMIF, amount_cents=1)])
    coders = Activity(title="Coders", category=ActivityCategory.SKILLS_DEVELOPMENT,
                      sectors=["ICT"], objective_ids=[o1.id],
                      funding=[FundingLine(instrument=Instrument.MPF, amount_cents=1)])
    on_nurses = Commitment(text="Place nurses", activity_id=nurses.id)
    on_o1 = Commitment(text="Survey skills", objective_id=o1.id)
    loose = Commitment(text="Hold a fair")
    records = {"activities": [nurses, coders], "commitments": [on_nurses, on_o1, loose],
               "objectives": [o1, o2]}

    def covered(item: AgendaItem) -> tuple[list[str], list[str], list[str]]:
        scope = narrow(item, **records)  # type: ignore[arg-type]
        return ([a.title for a in scope.activities], [c.text for c in scope.commitments],
                [o.code for o in scope.objectives])

    assert covered(AgendaItem(title="All")) == (["Nurses", "Coders"],
                                                ["Place nurses", "Survey skills", "Hold a fair"],
                                                [])
    assert covered(AgendaItem(title="Health", sectors=["health"])) == (
        ["Nurses"], ["Place nurses"], [])
    assert covered(AgendaItem(title="MPF", instruments=[Instrument.MPF])) == (["Coders"], [], [])
    assert covered(AgendaItem(title="O1", objective_ids=[o1.id])) == (
        ["Coders"], ["Survey skills"], ["O1"])
    assert covered(AgendaItem(title="None", objective_ids=[o1.id],
                              categories=[ActivityCategory.MOBILITY])) == ([], ["Survey skills"],
                                                                           ["O1"])
    both = AgendaItem(title="x", objective_ids=[o1.id, o2.id], sectors=["ICT"],
                      instruments=[Instrument.MPF, Instrument.AMIF])
    assert describe(both, {o.id: o for o in (o1, o2)}) == (
        "objectives O1 and O2; the sector ICT; funding from MPF and AMIF")


def test_the_front_part_states_figures_and_found_issues(demo: Store) -> None:
    pack, _ = tunisia(demo)
    pack = dataclasses.replace(pack, member_states=[])
    content = assemble(demo, pack)
    summary = next(s for s in content.sections if s.kind is SectionKind.SUMMARY)
    messages = next(b for b in summary.blocks if isinstance(b, Bullets))
    assert messages.title == "Key messages"
    assert re.match(r"The pack covers \d+ activities", messages.items[0])
    issues = next(s for s in content.sections if s.kind is SectionKind.ISSUES)
    overdue = next(b for b in issues.blocks if isinstance(b, Bullets)
                   and b.title.startswith("Overdue commitments"))
    late = [c for c in content.commitments if c.is_overdue(demo.today())]
    assert overdue.title == f"Overdue commitments ({len(late)})"
    assert all("days overdue" in item for item in overdue.items)
    groups = {e.group for e in content.editable}
    assert groups == {SUMMARY, ISSUES}


def test_the_authors_edits_survive_regeneration(demo: Store) -> None:
    pack, roundtable = tunisia(demo)
    pack = dataclasses.replace(pack, member_states=[])
    content = assemble(demo, pack)
    found = [e for e in content.editable if e.group == ISSUES]
    reworded, dropped = found[0], found[1]
    figures = next(e for e in content.editable if e.group == SUMMARY)
    item = roundtable.agenda[1]
    pack = demo.save(dataclasses.replace(pack, texts=[
        PackText(key=reworded.key, text="Germany to explain the delay to the roundtable."),
        PackText(key=dropped.key, text=""),
        PackText(key=added_key(ISSUES), text="Agree a date for the fair recruitment charter"),
        PackText(key=figures.key, text="A busy year for the partnership."),
        PackText(key=added_key(SUMMARY), text="Italy's quota is on track."),
        PackText(key=item_key(item.id, "purpose"), text="To agree ANETI's work plan."),
        PackText(key=item_key(item.id, "lines"), text="Welcome ANETI's new placement desk"),
    ]))
    # The data changes; the pack is assembled afresh from the store.
    demo.save(Activity(partnership_id=pack.partnership_id or "", title="Job fair in Sousse"))
    again = assemble(demo, demo.get(Pack, pack.id))
    words = _all_text(again)
    assert "Germany to explain the delay to the roundtable." in words
    assert reworded.generated not in words
    assert dropped.generated not in words
    assert "Agree a date for the fair recruitment charter" in words
    assert "A busy year for the partnership." in words
    assert "Italy's quota is on track." in words
    note = notes(again)[1]
    assert Paragraph("To agree ANETI's work plan.", number="2.1") in note.blocks
    assert Bullets(["Welcome ANETI's new placement desk"]) in note.blocks
    assert "Job fair in Sousse" in words  # regenerated: the new activity is in the annex


def test_a_pack_for_a_roundtable_without_an_agenda_keeps_its_sections(demo: Store) -> None:
    pack, roundtable = tunisia(demo)
    demo.save(dataclasses.replace(roundtable, agenda=[]))
    content = assemble(demo, pack)
    assert [s.kind for s in content.sections] == [s.kind for s in pack.sections if s.included]
    assert content.agenda == [] and content.editable == []


def test_agenda_items_are_validated(demo: Store) -> None:
    _, roundtable = tunisia(demo)
    untitled = [*roundtable.agenda, AgendaItem(title=" ")]
    with pytest.raises(ValidationError, match="agenda: item 7 has no title"):
        demo.save(dataclasses.replace(roundtable, agenda=untitled))
    elsewhere = AgendaItem(title="Morocco's health", objective_ids=[demo_id("objective",
                                                                            "MA:O1")])
    with pytest.raises(ValidationError, match=r"agenda: objective \S+ belongs to another"):
        demo.save(dataclasses.replace(roundtable, agenda=[elsewhere]))


def _all_text(content) -> str:  # type: ignore[no-untyped-def]
    parts: list[str] = []
    for section in content.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            elif isinstance(block, Bullets):
                parts += block.items
            elif isinstance(block, Table):
                parts += [str(c) for row in block.rows for c in row]
    return "\n".join(parts)
