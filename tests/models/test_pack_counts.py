"""No count printed in a pack contradicts another, nor the rows the sections list."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest

from tpdesk.models import Pack, Roundtable, Store
from tpdesk.models.briefing import assemble
from tpdesk.models.content import (
    BriefingContent,
    Bullets,
    KeyFigures,
    Paragraph,
    Subheading,
    Table,
)
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.formatting import format_money
from tpdesk.models.vocab import ActivityCategory, CommitmentState, SectionKind

DEMO = ("TN", "MA", "EG", "BD", "PK")
TAILORED: dict[str, tuple[str, dict[str, object]]] = {
    "Tunisia, ICT and construction": ("TN", {"sectors": ["ICT", "construction"],
                                              "member_states": []}),
    "Egypt for Germany": ("EG", {"member_states": ["DE"]}),
    "Morocco, Spain and health": ("MA", {"member_states": ["ES"], "sectors": ["health"]}),
    "Bangladesh, skills development": ("BD", {"categories": [
        ActivityCategory.SKILLS_DEVELOPMENT]}),
    "Pakistan, nothing in scope": ("PK", {"sectors": ["no such sector"]}),
}


@pytest.fixture(scope="module")
def with_agendas(tmp_path_factory: pytest.TempPathFactory):
    store = Store(tmp_path_factory.mktemp("counts") / "demo.db", user="tester")
    load_demo(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """The demo without its agendas: the packs print their own sections."""
    store = Store(tmp_path_factory.mktemp("counts") / "demo.db", user="tester")
    load_demo(store)
    for roundtable in store.list(Roundtable):
        store.save(dataclasses.replace(roundtable, agenda=[]))
    yield store
    store.close()


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def _sections(content: BriefingContent) -> dict[SectionKind, list]:
    return {s.kind: s.blocks for s in content.sections}


def _check(content: BriefingContent) -> None:
    blocks = _sections(content)
    activity_ids = {a.id for a in content.activities}
    commitment_ids = {c.id for c in content.commitments}
    # Nothing outside the scope appears in any table.
    for kind, section in blocks.items():
        for block in section:
            if isinstance(block, Table):
                assert set(block.record_ids) <= activity_ids | commitment_ids, kind
    figures: dict[str, int] = {}
    for block in blocks[SectionKind.AT_A_GLANCE]:
        if isinstance(block, KeyFigures):
            for label, value in block.items:
                if label != "Funding":
                    figures[label] = figures.get(label, 0) + _number(value)
    assert figures["Activities"] == len(content.activities)
    open_ = [c for c in content.commitments if c.status.is_open]
    assert figures["Open commitments"] == len(open_)
    annex = [b for b in blocks[SectionKind.ANNEX] if isinstance(b, Table)]
    assert sum(len(t.rows) for t in annex) == len(content.activities)
    if annex:
        assert f"All {len(content.activities):,} activities" in annex[0].caption
    roadmap_rows = {rid for b in blocks[SectionKind.ROADMAP] if isinstance(b, Table)
                    for rid in b.record_ids}
    assert roadmap_rows == activity_ids
    # Commitments: the status table adds up, and its overdue row is the table's overdue rows.
    tables = [b for b in blocks[SectionKind.COMMITMENTS] if isinstance(b, Table)]
    if content.commitments:
        by_status = {row[0]: row[1] for row in tables[0].rows}
        overdue = by_status.pop("Overdue (open, past due date)")
        assert sum(by_status.values()) == len(content.commitments)  # type: ignore[arg-type]
        assert overdue == figures["Overdue commitments"]
        listed = [row for t in tables[1:] for row in t.rows]
        assert sum(1 for row in listed if row[-1] == CommitmentState.OVERDUE.label) == overdue
    else:
        assert figures["Overdue commitments"] == 0 and not tables
    # Matters arising: each count is the rows it lists plus those it refers to.
    arising = blocks[SectionKind.MATTERS_ARISING]
    for i, block in enumerate(arising):
        if isinstance(block, Paragraph) and "still open:" in block.text:
            said = _number(re.search(r"still open: ([\d,]+)", block.text)[1])  # type: ignore[index]
            referred = re.search(r"Of these, ([\d,]+)", block.text)
            following = arising[i + 1] if i + 1 < len(arising) else None
            rows = len(following.rows) if isinstance(following, Table) else 0
            assert said == rows + (_number(referred[1]) if referred else 0)
    # Funding: the total is the activities' funding; no table holds only a total.
    total = sum(a.total_cents for a in content.activities)
    funding = [b for b in blocks[SectionKind.FUNDING] if isinstance(b, Table)]
    for table in funding:
        assert len(table.rows) > (1 if table.rows[-1][0] == "Total" else 0)
    if funding:
        assert funding[0].rows[-1] == ["Total", *funding[0].rows[-1][1:]]
        assert funding[0].rows[-1][3] == total
    else:
        assert total == 0
    money = [v for b in blocks[SectionKind.AT_A_GLANCE] if isinstance(b, KeyFigures)
             for label, v in b.items if label == "Funding"]
    assert len(content.partnerships) > 1 or money == [format_money(total)]


@pytest.mark.parametrize("code", DEMO)
def test_demo_packs_agree_with_themselves(demo: Store, code: str) -> None:
    _check(assemble(demo, demo.get(Pack, demo_id("pack", code))))


@pytest.mark.parametrize("name", list(TAILORED))
def test_tailored_packs_agree_with_themselves(demo: Store, name: str) -> None:
    code, choices = TAILORED[name]
    pack = dataclasses.replace(demo.get(Pack, demo_id("pack", code)), **choices)
    content = assemble(demo, pack)
    _check(content)
    if name.endswith("nothing in scope"):
        assert not content.activities and not content.commitments


def _check_agenda(content: BriefingContent) -> None:
    """The front part, every note and the register annex count the same records."""
    blocks = _sections(content)
    activity_ids = {a.id for a in content.activities}
    open_ = [c for c in content.commitments if c.status.is_open]
    overdue = [c for c in open_ if c.state(date.today()) is CommitmentState.OVERDUE]
    figures = dict(next(b for b in blocks[SectionKind.SUMMARY]
                        if isinstance(b, KeyFigures)).items)
    assert _number(figures["Activities"]) == len(content.activities)
    assert _number(figures["Open commitments"]) == len(open_)
    assert _number(figures["Overdue commitments"]) == len(overdue)
    assert figures["Funding"] == format_money(sum(a.total_cents for a in content.activities))
    messages = next(b for b in blocks[SectionKind.SUMMARY] if isinstance(b, Bullets))
    said = re.match(r"The pack covers ([\d,]+) activit", messages.items[0])
    assert said and _number(said[1]) == len(content.activities)
    titled = [b.title for b in blocks[SectionKind.ISSUES] if isinstance(b, Bullets)]
    late = [t for t in titled if t.startswith("Overdue commitments")]
    assert late == ([f"Overdue commitments ({len(overdue)})"] if overdue else [])
    register = [b for b in blocks[SectionKind.ANNEX] if isinstance(b, Table)]
    assert sum(len(t.rows) for t in register if set(t.record_ids) <= activity_ids) == \
        len(content.activities)
    assert sum(len(t.rows) for t in register if not set(t.record_ids) <= activity_ids) == \
        len(open_)
    for note in (s for s in content.sections if s.kind is SectionKind.AGENDA_ITEM):
        at = note.blocks.index(Subheading("Current position"))
        first = note.blocks[at + 1]
        assert isinstance(first, Paragraph)
        count = re.match(r"([\d,]+) activit", first.text)
        tables = [b for b in note.blocks[at:] if isinstance(b, Table) and b.record_ids
                  and set(b.record_ids) <= activity_ids]
        if tables:
            listed = re.search(r"(?:of |\()([\d,]+)", tables[0].caption)
            assert count and listed and _number(count[1]) == _number(listed[1]), note.title


@pytest.mark.parametrize("code", DEMO)
def test_agenda_packs_agree_with_themselves(with_agendas: Store, code: str) -> None:
    content = assemble(with_agendas, with_agendas.get(Pack, demo_id("pack", code)))
    assert content.agenda
    _check_agenda(content)


@pytest.mark.parametrize("name", list(TAILORED))
def test_tailored_agenda_packs_agree_with_themselves(with_agendas: Store, name: str) -> None:
    code, choices = TAILORED[name]
    pack = dataclasses.replace(with_agendas.get(Pack, demo_id("pack", code)), **choices)
    _check_agenda(assemble(with_agendas, pack))
