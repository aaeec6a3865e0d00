"""Edits of simple fields, on one record (a table cell) or many (a selection).

The table's inline editing and its bulk actions offer the same fields and
read the user's text the same way; the records they return are saved by the
caller in one step, so the store's validation has the last word and one undo
puts them all back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from ..models import Activity, Commitment, Note, Organisation, Record, Roundtable, UserError
from ..models.l10n import translate
from ..models.vocab import (
    ActivityCategory,
    ActivityStatus,
    CommitmentStatus,
    Labelled,
    OrganisationKind,
    RoundtableStatus,
)

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Field:
    """A field edited in place: a choice from a vocabulary, a date, or a line of text."""

    name: str
    label: str
    vocab: type[Labelled] | None = None
    is_date: bool = False
    required: bool = False

    @property
    def bulk(self) -> bool:
        """Set on many records at once: a choice or a date, never a title."""
        return self.vocab is not None or self.is_date


FIELDS: dict[type[Record], tuple[Field, ...]] = {
    Activity: (Field("status", "Status", ActivityStatus),
               Field("category", "Category", ActivityCategory),
               Field("start_date", "Start date", is_date=True),
               Field("end_date", "End date", is_date=True),
               Field("title", "Title", required=True)),
    Commitment: (Field("status", "Status", CommitmentStatus),
                 Field("due_date", "Due date", is_date=True),
                 Field("text", "Commitment", required=True)),
    Roundtable: (Field("status", "Status", RoundtableStatus),
                 Field("date", "Date", is_date=True),
                 Field("place", "Place")),
    Organisation: (Field("kind", "Kind", OrganisationKind),
                   Field("name", "Name", required=True),
                   Field("short_name", "Short name")),
    Note: (Field("text", "Note", required=True),),
}


def field_of(cls: type[Record], name: str | None) -> Field | None:
    """The editable field of this name, if the kind has one."""
    return next((f for f in FIELDS.get(cls, ()) if f.name == name), None)


def parse(field: Field, text: str) -> Any:
    """The user's text as the field's value; UserError naming the field if it cannot be."""
    cleaned = text.strip()
    if field.vocab is not None:
        try:
            return field.vocab.parse(cleaned)
        except ValueError as exc:
            raise UserError(translate("Core",
                "{label}: {exc}").format(label=field.label, exc=exc)) from None
    if field.is_date:
        if not cleaned:
            return None
        try:
            return date.fromisoformat(cleaned).isoformat()
        except ValueError:
            raise UserError(translate("Core",
                "{label}: {cleaned!r} is not a date (YYYY-MM-DD)").format(
                label=field.label, cleaned=cleaned)) from None
    if field.required and not cleaned:
        raise UserError(translate("Core", "{label} cannot be empty").format(label=field.label))
    return cleaned


def set_field(records: Iterable[R], field: Field, value: Any) -> list[R]:
    """The records that change when `field` is set to `value`, changed."""
    return [dataclasses.replace(r, **{field.name: value}) for r in records
            if getattr(r, field.name) != value]


def add_tag(records: Iterable[R], tag: str) -> list[R]:
    """The records without `tag`, with it."""
    cleaned = _tag(tag)
    return [dataclasses.replace(r, tags=[*r.tags, cleaned]) for r in records
            if cleaned not in r.tags]


def remove_tag(records: Iterable[R], tag: str) -> list[R]:
    """The records with `tag`, without it."""
    return [dataclasses.replace(r, tags=[t for t in r.tags if t != tag]) for r in records
            if tag in r.tags]


def tags_of(records: Sequence[Record]) -> list[str]:
    """Every tag on any of these records, for a 'remove tag' choice."""
    return sorted({t for r in records for t in r.tags}, key=str.casefold)


def _tag(text: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise UserError(translate("Core", "Tag cannot be empty"))
    return cleaned
