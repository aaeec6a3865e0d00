"""What a pack's marking lets it carry: which notes, and whether source gradings show.

A private note never leaves the register; an internal one goes into LIMITED
and SENSITIVE packs; only shareable notes go into a PUBLIC pack, which also
drops the register's source gradings ("(grade C)"), since they judge other
people's sources. The checklist says what was left out or let in, so the
author decides with the facts in front of them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from .content import Block, Bullets, ContentSection, NoteItem, Notes, Paragraph, Subheading, Table
from .records import Note
from .vocab import Marking, NoteVisibility

# "(grade C)", "(grade B/C)", "(grade B/C, indicative)": the part after the comma stays.
_GRADING = re.compile(r"\s*\(grades?\s+[ABC](?:\s*/\s*[ABC])*(?:,\s*([^)]*))?\)")


def exportable(note: Note, marking: Marking) -> bool:
    """Whether a pack with this marking may print the note."""
    if note.visibility is NoteVisibility.PRIVATE:
        return False
    return marking is not Marking.PUBLIC or note.visibility is NoteVisibility.SHAREABLE


def without_gradings(text: str) -> str:
    """The text with its source gradings taken out, the rest of each bracket kept."""
    return _GRADING.sub(lambda m: f" ({m[1]})" if m[1] else "", text)


def warnings(notes: Iterable[Note], marking: Marking) -> list[str]:
    """Checklist lines on the internal notes a pack leaves out (PUBLIC) or carries."""
    internal = sum(1 for n in notes if n.visibility is NoteVisibility.INTERNAL)
    if not internal:
        return []
    plural = "s" if internal > 1 else ""
    if marking is Marking.PUBLIC:
        return [f"{internal} internal note{plural} on records in this pack {_be(internal)}"
                " left out because the pack is PUBLIC; mark a note shareable to include it"]
    return [f"{internal} internal note{plural} {_be(internal)} included: check that every"
            f" reader of a {marking.label} pack may see {'them' if plural else 'it'}"]


def _be(count: int) -> str:
    return "are" if count > 1 else "is"


def for_public(sections: list[ContentSection]) -> list[ContentSection]:
    """The sections with every source grading taken out, for a PUBLIC pack."""
    return [dataclasses.replace(s, blocks=[_clean(b) for b in s.blocks]) for s in sections]


def _clean(block: Block) -> Block:
    if isinstance(block, Paragraph | Subheading):
        return dataclasses.replace(block, text=without_gradings(block.text))
    if isinstance(block, Bullets):
        return dataclasses.replace(block, items=[without_gradings(i) for i in block.items])
    if isinstance(block, Notes):
        return dataclasses.replace(block, items=[
            NoteItem(about=n.about, author=n.author, text=without_gradings(n.text), date=n.date)
            for n in block.items])
    if isinstance(block, Table):
        return dataclasses.replace(block, rows=[
            [without_gradings(c) if isinstance(c, str) else c for c in row]
            for row in block.rows])
    return block
