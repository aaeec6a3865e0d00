"""Which way a text runs, and what a document cannot hold.

Kept apart from any file format so that every writer treats right-to-left
text the same way; money, dates and numbers read as `models.formatting` says.
"""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 cannot carry: a pasted form feed or a lone surrogate would
# otherwise make the whole document unreadable.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
CONTENTS_LEVELS = 1
"""The heading levels the contents list: the sections (an agenda item each), not their
sub-headings, which the PDF's bookmarks and Word's navigation pane still show."""

_RTL_CLASSES = frozenset({"R", "AL"})
# Hebrew, Arabic, Syriac, Thaana, N'Ko..., their presentation forms, and the historic RTL planes.
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
_ANY_RTL = re.compile(f"[{_RTL}]")
_RTL_STRETCH = re.compile(f"[{_RTL}](?:[{_RTL}\\s\u060c\u061b\u061f\u0660-\u0669]*[{_RTL}])?")


def clean(text: str) -> str:
    """The text without characters a Word file cannot hold."""
    return XML_FORBIDDEN.sub("", text)


def is_rtl(text: str) -> bool:
    """True when most strongly directed letters are right-to-left (Arabic, Hebrew...)."""
    if text.isascii() or not _ANY_RTL.search(text):
        return False
    rtl = ltr = 0
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in _RTL_CLASSES:
            rtl += 1
        elif direction == "L":
            ltr += 1
    return rtl > ltr


def direction_spans(text: str) -> list[tuple[str, bool]]:
    """The text cut into (piece, right_to_left) so that embedded RTL words are marked.

    For a mostly left-to-right text that quotes, say, an Arabic title: Word
    then shapes and orders the quoted words as right-to-left runs.
    """
    if text.isascii() or not _ANY_RTL.search(text):
        return [(text, False)]
    spans: list[tuple[str, bool]] = []
    at = 0
    for match in _RTL_STRETCH.finditer(text):
        if match.start() > at:
            spans.append((text[at:match.start()], False))
        spans.append((match.group(), True))
        at = match.end()
    if at < len(text):
        spans.append((text[at:], False))
    return spans
