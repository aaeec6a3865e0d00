"""The author's words over a pack's generated parts, and the keys they are stored under.

A found issue or a summary sentence is generated afresh at every assembly;
the author's rewording is stored per pack under the part's key (`Pack.texts`),
so it replaces the part again however often the pack is regenerated, and an
empty text leaves the part out. Added issues and sentences, and an agenda
item's own purpose, background and lines to take, are stored the same way.
"""

from __future__ import annotations

from .content import Editable
from .records import Pack, PackText

SUMMARY = "summary"
ISSUES = "issues"
ITEM_PARTS = ("purpose", "background", "lines")


def part_key(group: str, key: str) -> str:
    """The key of one generated part (`group` is SUMMARY or ISSUES)."""
    return f"{group}:{key}"


def added_key(group: str) -> str:
    """The key of the author's own additions to a group, one per line."""
    return f"{group}:added"


def item_key(item_id: str, part: str) -> str:
    """The key of an agenda item's own text: one of `ITEM_PARTS`."""
    assert part in ITEM_PARTS
    return f"item:{item_id}:{part}"


def editables(pack: Pack, group: str, generated: list[tuple[str, str]]) -> list[Editable]:
    """The generated parts (key, text) of a group, each as the pack prints it."""
    result = []
    for key, text in generated:
        stored = pack.text_for(part_key(group, key))
        result.append(Editable(key=part_key(group, key), group=group, generated=text,
                               text=text if stored is None else stored.strip()))
    return result


def added(pack: Pack, group: str) -> list[str]:
    """The author's additions to a group, one per non-empty line."""
    return lines(pack.text_for(added_key(group)) or "")


def lines(text: str) -> list[str]:
    return [x.strip(" -•\t") for x in text.splitlines() if x.strip(" -•\t")]


def with_text(texts: list[PackText], key: str, text: str) -> list[PackText]:
    """`texts` with the author's `text` stored under `key`."""
    if any(t.key == key for t in texts):
        return [PackText(key=key, text=text) if t.key == key else t for t in texts]
    return [*texts, PackText(key=key, text=text)]


def without(texts: list[PackText], key: str) -> list[PackText]:
    return [t for t in texts if t.key != key]
