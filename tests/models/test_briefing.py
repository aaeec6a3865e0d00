"""Briefing packs: selection, assembly of every section, and what survives regeneration."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from tpdesk.models import (
    Activity,
    Commitment,
    FundingLine,
    Pack,
    Roundtable,
    Store,
    UserError,
)
from tpdesk.models.briefing import assemble, copy_pack, find_pack, new_pack
from tpdesk.models.content import Bullets, Notes, Paragraph, Table, Timeline
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.records import Note, RecordLine
from tpdesk.models.vocab import Instrument, RoundtableStatus, SectionKind


@pytest.fixture
def demo(store: Store) -> Store:
    """The demo without its agendas: these packs keep the pack's own sections (the fallback)."""
    load_demo(store)
    for roundtable in store.list(Roundtable):
        if roundtable.agenda:
            store.save(dataclasses.replace(roundtable, agenda=[]))
    return store


def tunisia_pack(store: Store) -> Pack:
    return store.get(Pack, demo_id("pack", "TN"))


def section(content, kind: SectionKind):
    return next(s for s in content.sections if s.kind is kind)


def tables(sec) -> list[Table]:
    return [b for b in sec.blocks if isinstance(b, Table)]


def test_sections_follow_the_pack(demo: Store) -> None:
    pack = tunisia_pack(demo)
    pack.sections[1].included = False
    pack.sections[2].title = "Tunisia in brief"
    pack.sections.insert(0, pack.sections.pop(5))
    content = assemble(demo, pack)
    expected = [s for s in pack.sections if s.included]
    assert [s.kind for s in content.sections] == [s.kind for s in expected]
    assert "Tunisia in brief" in [s.title for s in content.sections]
    assert content.marking == "LIMITED"
    assert content.meeting.startswith("5th EU–Tunisia Talent Partnership Roundtable")
    assert "Italian delegation" in content.traceability


def test_member_state_filter_and_pins_and_exclusions(demo: Store) -> None:
    pack = tunisia_pack(demo)  # for the Italian delegation: Italy's activities only
    content = assemble(demo, pack)
    italy = {o.id for o in content.organisations.values() if o.country_code == "IT"}
    assert content.activities
    assert all(any(p.organisation_id in italy for p in a.participants)
               for a in content.activities)
    others = [a for a in demo.list(Activity) if a.partnership_id == pack.partnership_id
              and a.id not in {x.id for x in content.activities}]
    dropped = content.activities[0]
    pinned = others[0]
    pack = dataclasses.replace(pack, pinned_ids=[pinned.id], excluded_ids=[dropped.id])
    again = assemble(demo, pack)
    ids = {a.id for a in again.activities}
    assert pinned.id in ids
    assert dropped.id not in ids
    annex = tables(section(again, SectionKind.ANNEX))[0]
    assert annex.record_ids == [a.id for a in again.activities]
    assert annex.landscape


def test_matters_arising_carry_open_commitments_of_the_last_roundtable(demo: Store) -> None:
    pack = dataclasses.replace(tunisia_pack(demo), member_states=[])
    content = assemble(demo, pack)
    held = [r for r in demo.list(Roundtable) if r.partnership_id == pack.partnership_id
            and r.status is RoundtableStatus.HELD]
    last = max(held, key=lambda r: r.date or "")
    expected = {c.id for c in demo.list(Commitment) if c.made_at_roundtable_id == last.id
                and c.status.is_open}
    shown = {rid for t in tables(section(content, SectionKind.MATTERS_ARISING))
             for rid in t.record_ids}
    attention = {rid for t in tables(section(content, SectionKind.COMMITMENTS))
                 for rid in t.record_ids}
    # Overdue and due-soon ones stay in the one table under Commitments, referred to.
    assert shown | (expected & attention) == expected
    assert expected & attention and not shown & attention
    text = " ".join(b.text for b in section(content, SectionKind.MATTERS_ARISING).blocks
                    if isinstance(b, Paragraph))
    assert f"still open: {len(expected)}." in text
    assert f"Of these, {len(expected & attention)} overdue" in text


def test_changes_since_the_last_roundtable(demo: Store) -> None:
    pack = dataclasses.replace(tunisia_pack(demo), member_states=[])
    activity = next(a for a in demo.list(Activity) if a.partnership_id == pack.partnership_id)
    demo.save(dataclasses.replace(activity, funding=[*activity.funding, FundingLine(
        instrument=Instrument.PRIVATE, amount_cents=1_000_00)]))
    content = assemble(demo, pack)
    bullets = {b.title: b.items for b in section(content, SectionKind.CHANGES).blocks
               if isinstance(b, Bullets)}
    assert any(activity.title in item for item in bullets["Funding changes"])


def test_funding_totals_match_the_activities(demo: Store) -> None:
    content = assemble(demo, tunisia_pack(demo))
    by_instrument = tables(section(content, SectionKind.FUNDING))[0]
    assert by_instrument.rows[-1][0] == "Total"
    assert by_instrument.rows[-1][3] == sum(a.total_cents for a in content.activities)


def test_timeline_and_lines_to_take(demo: Store) -> None:
    pack = tunisia_pack(demo)
    content = assemble(demo, pack)
    timeline = section(content, SectionKind.TIMELINE).blocks[0]
    assert isinstance(timeline, Timeline)
    assert timeline.items
    blocks = section(content, SectionKind.LINES_TO_TAKE).blocks
    general = blocks[0]
    assert isinstance(general, Bullets)
    assert any("شراكة المواهب" in item for item in general.items)
    per_record = next(b for b in blocks if isinstance(b, Bullets) and b.title)
    assert any("contract after the traineeship" in item for item in per_record.items)


def test_notes_and_lines_survive_regeneration(demo: Store) -> None:
    pack = tunisia_pack(demo)
    activity = assemble(demo, pack).activities[0]
    demo.save(Note(target_kind="activity", target_id=activity.id, author="IT delegate",
                   text="Ask about the second cohort"))
    pack = demo.save(dataclasses.replace(pack, lines=[
        RecordLine(record_id=activity.id, text="Welcome the results")]))
    demo.save(dataclasses.replace(activity, title="Renamed after the data changed"))
    content = assemble(demo, demo.get(Pack, pack.id))
    blocks = section(content, SectionKind.LINES_TO_TAKE).blocks
    notes = next(b for b in blocks if isinstance(b, Notes))
    assert [(n.about, n.text) for n in notes.items if n.author == "IT delegate"] == [
        ("Renamed after the data changed", "Ask about the second cohort")]
    assert "Renamed after the data changed: Welcome the results" in next(
        b for b in blocks if isinstance(b, Bullets) and b.title).items


def test_checklist_flags_what_is_missing(demo: Store) -> None:
    pack = dataclasses.replace(tunisia_pack(demo), member_states=[])
    content = assemble(demo, pack)
    activity, commitment = content.activities[0], content.commitments[0]
    demo.save(dataclasses.replace(activity, funding=[]))
    demo.save(dataclasses.replace(commitment, due_date=None))
    checklist = assemble(demo, pack).checklist
    assert f"Activity '{activity.title}' has no funding line" in checklist
    assert f"Commitment '{commitment.caption}' has no due date" in checklist
    nothing = dataclasses.replace(pack, excluded_ids=[a.id for a in content.activities])
    assert "Section 'Annex: activity register' is empty" in assemble(demo, nothing).checklist


def test_find_new_and_copy(demo: Store, today: date) -> None:
    pack = tunisia_pack(demo)
    assert find_pack(demo, pack.id) == pack
    assert find_pack(demo, pack.title.upper()) == pack
    with pytest.raises(UserError, match="no briefing pack"):
        find_pack(demo, "nothing like this")
    roundtable = demo.get(Roundtable, pack.roundtable_id)
    fresh = demo.save(new_pack(demo, roundtable, audience="Commission"))
    assert [s.kind for s in fresh.sections] == [k for k in SectionKind if k.listed]
    copied = copy_pack(demo, fresh)
    assert copied.title == f"{fresh.title} (copy)"
    twin = demo.save(dataclasses.replace(copied, title=pack.title))
    with pytest.raises(UserError, match="3 briefing packs are titled"):
        find_pack(demo, pack.title)
    assert {s.id for s in twin.sections}.isdisjoint({s.id for s in fresh.sections})
    assert [s.kind for s in twin.sections] == [s.kind for s in fresh.sections]
    assert twin.date == today.isoformat()


def test_a_pack_needs_a_meeting(store: Store) -> None:
    with pytest.raises(UserError, match="choose a roundtable, or a partnership and a meeting"):
        store.save(Pack(title="Orphan"))


def test_copy_onto_another_partnership_follows_it(demo: Store) -> None:
    pack = tunisia_pack(demo)
    morocco = demo.partnership_by_code("MA")
    target = next(r for r in demo.list(Roundtable) if r.partnership_id == morocco.id
                  and r.status is RoundtableStatus.PLANNED)
    copied = copy_pack(demo, pack, roundtable=target)
    assert copied.partnership_ids == [morocco.id]
    assert copied.title.startswith("Briefing for the ") and "Morocco" in copied.title
    assert copied.version == "1"
    content = assemble(demo, demo.save(copied))
    assert {a.partnership_id for a in content.activities} <= {morocco.id}


def test_one_partnership_packs_have_no_partner_column(demo: Store) -> None:
    content = assemble(demo, tunisia_pack(demo))
    titles = {c.title for s in content.sections for b in s.blocks if isinstance(b, Table)
              for c in b.columns}
    assert "Partner" not in titles and {"Activity", "Period", "Commitment"} <= titles
    both = dataclasses.replace(tunisia_pack(demo), partnership_ids=[
        tunisia_pack(demo).partnership_id, demo.get(Pack, demo_id("pack", "MA")).partnership_id])
    wide = assemble(demo, both)
    assert "Partner" in {c.title for s in wide.sections for b in s.blocks
                         if isinstance(b, Table) for c in b.columns}
