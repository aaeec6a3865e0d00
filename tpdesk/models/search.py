"""Full-text search documents and queries (SQLite FTS5).

One document per live record: a title and a body. The store keeps the index
in step with every save, delete and restore, inside the same transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .countries import country_name
from .records import Activity, Commitment, Note, Organisation, Partnership, Record, Roadmap

_WORD = re.compile(r"\w+", re.UNICODE)


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
