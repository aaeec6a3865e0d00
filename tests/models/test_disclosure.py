"""The marking governs content: which notes a pack prints, and no gradings when PUBLIC."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest

from tpdesk.export.docx import write_docx
from tpdesk.models import Pack, Store
from tpdesk.models.briefing import assemble
from tpdesk.models.content import BriefingContent, Notes
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.disclosure import without_gradings
from tpdesk.models.records import Note
from tpdesk.models.vocab import Marking, NoteVisibility


@pytest.fixture
def demo(store: Store) -> Store:
    load_demo(store)
    return store


def _notes(content: BriefingContent) -> list[str]:
    return [n.text for s in content.sections for b in s.blocks if isinstance(b, Notes)
            for n in b.items]


def _everything(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_a_public_pack_carries_no_internal_note_and_no_grading(demo: Store,
                                                               tmp_path: Path) -> None:
    pack = demo.get(Pack, demo_id("pack", "PK"))
    assert pack.marking is Marking.PUBLIC
    target = assemble(demo, pack).commitments[0]
    shared = demo.save(Note(target_kind="commitment", target_id=target.id, author="Secretariat",
                            text="Portugal hosted a recruitment fair (grade B).",
                            visibility=NoteVisibility.SHAREABLE))
    internal = demo.save(Note(target_kind="commitment", target_id=target.id, author="Secretariat",
                              text="Portugal's figures are weak (grade C).",
                              visibility=NoteVisibility.INTERNAL))
    content = assemble(demo, pack)
    assert _notes(content) == ["Portugal hosted a recruitment fair."]
    text = _everything(write_docx(content, tmp_path / "public.docx"))
    assert internal.text not in text and "grade" not in text
    assert "Portugal hosted a recruitment fair." in text
    assert any("1 internal note on records in this pack is left out" in c
               for c in content.checklist)
    assert any(c.startswith("Source gradings") for c in content.checklist)
    demo.delete(shared)
    shared_only = assemble(demo, pack)
    assert not _notes(shared_only)


def test_limited_packs_carry_internal_notes_with_a_warning_and_never_private(
        demo: Store) -> None:
    pack = dataclasses.replace(demo.get(Pack, demo_id("pack", "PK")), marking=Marking.LIMITED,
                               sectors=[])
    content = assemble(demo, pack)
    internal = demo.get(Note, demo_id("note", "portugal-indicative"))
    assert internal.visibility is NoteVisibility.INTERNAL
    assert internal.text in _notes(content)  # gradings stay for LIMITED readers
    assert any("1 internal note is included" in c for c in content.checklist)
    private = demo.get(Note, demo_id("note", "thamm-plus-figures"))
    assert private.visibility is NoteVisibility.PRIVATE
    tunisia = dataclasses.replace(demo.get(Pack, demo_id("pack", "TN")), member_states=[],
                                  marking=Marking.SENSITIVE)
    assert private.target_id in {a.id for a in assemble(demo, tunisia).activities}
    assert private.text not in _notes(assemble(demo, tunisia))


@pytest.mark.parametrize(("text", "expected"), [
    ("The sectors are indicative (grade C).", "The sectors are indicative."),
    ("Press reports add Greece (grade B/C, indicative).", "Press reports add Greece"
                                                           " (indicative)."),
    ("An upgrade (graded by ILO) stays", "An upgrade (graded by ILO) stays"),
])
def test_gradings_are_taken_out(text: str, expected: str) -> None:
    assert without_gradings(text) == expected
