"""Full-text search documents and queries (SQLite FTS5).

One document per live record: a title and a body. The store keeps the index
in step with every save, delete and restore, inside the same transaction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .countries import country_name
from .records import (
    Activity,
    Commitment,
    Note,
    Organisation,
    Pack,
    Partnership,
    Record,
    Roadmap,
)

_WORD = re.compile(r"\w+", re.UNICODE)

DOCUMENT_VERSION = "1"
"""What `document` puts in the index: bump it with any change to what it indexes.

An upgrade rebuilds the index (a minute at 100,000 activities) only when the
file's index was built by another version, not for every schema step.
"""


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: str
    partnership_id: str | None
    title: str
    snippet: str
    score: float


def document(record: Record) -> tuple[str, str]:
    """The (title, body) a record is found by."""
    match record:
        case Partnership():
            body = " ".join([country_name(record.country_code), record.description,
                             *record.sectors])
            return record.caption, body
        case Organisation():
            return record.name, record.short_name
        case Roadmap():
            return record.caption, " ".join(f"{o.code} {o.text}" for o in record.objectives)
        case Activity():
            body = " ".join([record.description, record.beneficiaries, record.progress_notes,
                             *record.sectors])
            return record.title, body
        case Commitment():
            return record.text, " ".join(u.note for u in record.updates)
        case Note():
            return "", record.text
        case Pack():
            return record.title, " ".join([record.audience, record.author,
                                           *(s.text for s in record.sections),
                                           *(line.text for line in record.lines)])
    return record.caption, getattr(record, "outcome_summary", "")


def match_expression(text: str, *, prefix: bool = True) -> str | None:
    """An FTS5 query that finds records containing every word of `text`.

    Words are quoted, so user input can never be read as FTS syntax; the last
    word also matches as a prefix, for search as you type.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    terms = [f'"{w}"' for w in words]
    if prefix:
        terms[-1] += "*"
    return " ".join(terms)


def _fold(word: str) -> str:
    """Case and accents folded, as the index's tokenizer does."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def snippet(text: str, query: str, *, words: int = 14) -> str:
    """A short excerpt of `text` around the first word of `query`, hits in [brackets].

    Made in Python for the few hits shown: FTS5's snippet() would have to walk
    every match of the query again to find one row.
    """
    wanted = [_fold(w) for w in _WORD.findall(query)]
    if not wanted:
        return ""
    prefix = wanted[-1]

    def hit(token: str) -> bool:
        folded = _fold(token)
        return folded in wanted or folded.startswith(prefix)

    tokens = list(_WORD.finditer(text))
    first = next((i for i, t in enumerate(tokens) if hit(t.group())), 0)
    start = max(0, first - 3)
    window = tokens[start:start + words]
    if not window:
        return ""
    out, pos = [], window[0].start()
    for t in window:
        out.append(text[pos:t.start()])
        out.append(f"[{t.group()}]" if hit(t.group()) else t.group())
        pos = t.end()
    lead = "…" if start > 0 else ""
    tail = "…" if start + words < len(tokens) else text[pos:]
    return lead + " ".join("".join(out).split()) + tail
