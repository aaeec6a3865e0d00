"""Edited cells back into field values, with a message a person can act on when they cannot be.

Names stand for ids in the workbook (a partnership's country code, an
organisation's short name, a roundtable's number), so `Resolver` turns them
back, knowing also the organisations and roundtables that the same workbook
adds.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from ..models.countries import COUNTRIES
from ..models.l10n import translate
from ..models.validation import is_iso_date
from .xlsx_cells import as_text
from .xlsx_layout import CLEAR, Column, Kind

# Kinds whose field cannot be empty: "(clear)" is refused for them.
_NEVER_EMPTY = frozenset({Kind.CHOICE, Kind.MONEY, Kind.PARTNERSHIP, Kind.PARENT, Kind.ID})


class CellError(ValueError):
    """A cell that cannot be read; the message is for the person who typed it."""


@dataclass
class Resolver:
    """Names and numbers in cells -> ids."""

    partnerships: dict[str, str] = field(default_factory=dict)  # country code -> id
    organisations: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    roundtables: dict[tuple[str, int], str] = field(default_factory=dict)

    def add_organisation(self, organisation_id: str, *names: str) -> None:
        for name in names:
            if name.strip():
                self.organisations[_key(name)].add(organisation_id)

    def matches(self, text: str) -> set[str]:
        """The ids of the organisations this name or short name may mean."""
        return self.organisations.get(_key(text), set())

    def organisation(self, text: str) -> str:
        found = self.matches(text)
        if not found:
            raise CellError(translate("Core", "no organisation called '{text}' (use its short"
                                      " name or name)").format(text=text))
        if len(found) > 1:
            raise CellError(translate("Core", "'{text}' names {count} organisations: use the"
                                      " full name").format(text=text, count=len(found)))
        return next(iter(found))


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def is_clear(raw: Any) -> bool:
    return isinstance(raw, str) and raw.strip().casefold() == CLEAR


def cleared(column: Column) -> Any:
    """The value "(clear)" gives a field, or CellError if the field cannot be empty."""
    if column.required or column.kind in _NEVER_EMPTY:
        raise CellError(translate("Core", "cannot be cleared: {column} is required").format(
            column=column.header.lower()))
    if column.kind in (Kind.TEXT, Kind.LONG_TEXT):
        return ""
    if column.kind in (Kind.LIST, Kind.CHOICES, Kind.ORGANISATIONS):
        return []
    return None


def parse(column: Column, raw: Any, resolver: Resolver, *,
          partnership_id: str | None = None) -> Any:
    """The field value a (non-blank) cell holds."""
    kind = column.kind
    text = as_text(raw)
    if kind in (Kind.TEXT, Kind.LONG_TEXT):
        return text
    if kind is Kind.DATE:
        return _date(raw, text)
    if kind is Kind.MONEY:
        return _cents(raw, text)
    if kind is Kind.INT:
        return _whole(raw, text)
    if kind is Kind.CHOICE:
        return _choice(column, text)
    if kind is Kind.CHOICES:
        return list(dict.fromkeys(_choice(column, item) for item in split(text)))
    if kind is Kind.LIST:
        return split(text)
    if kind is Kind.PARTNERSHIP:
        found = resolver.partnerships.get(text.upper())
        if found is None:
            codes = (", ".join(sorted(resolver.partnerships))
                     or translate("Core", "none in the register"))
            raise CellError(translate("Core", "'{text}' is not a partnership: use a partner"
                                      " country code ({codes})").format(text=text, codes=codes))
        return found
    if kind is Kind.COUNTRY:
        if text.upper() not in COUNTRIES:
            raise CellError(translate("Core", "'{text}' is not a country code (two letters, e.g."
                                      " DE)").format(text=text))
        return text.upper()
    if kind is Kind.ORGANISATION:
        return resolver.organisation(text)
    if kind is Kind.ORGANISATIONS:
        return list(dict.fromkeys(resolver.organisation(name) for name in split(text)))
    if kind is Kind.ROUNDTABLE:
        number = _whole(raw, text)
        if partnership_id is None:
            raise CellError(translate("Core", "needs the row's partnership to find the"
                                      " roundtable"))
        found = resolver.roundtables.get((partnership_id, number))
        if found is None:
            raise CellError(translate("Core", "the partnership has no roundtable number"
                                      " {number}").format(number=number))
        return found
    if kind in (Kind.ID, Kind.PARENT):
        return text
    raise CellError(translate("Core", "cannot be imported ({kind})").format(  # pragma: no cover
        kind=kind.name))


def split(text: str) -> list[str]:
    """'a; b' (or one per line) -> ['a', 'b'], without empties or repeats."""
    items = (item.strip() for line in text.splitlines() for item in line.split(";"))
    return list(dict.fromkeys(item for item in items if item))


def _date(raw: Any, text: str) -> str:
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, str) and is_iso_date(text):
        return text
    raise CellError(translate("Core", "'{text}' is not a date").format(text=text))


def _cents(raw: Any, text: str) -> int:
    if isinstance(raw, bool):
        raise CellError(_not_euros(text))
    try:
        euros = Decimal(str(raw)) if isinstance(raw, int | float) else Decimal(text)
    except InvalidOperation:
        raise CellError(_not_euros(text)) from None
    if not euros.is_finite():
        raise CellError(_not_euros(text))
    cents = euros * 100
    whole = cents.to_integral_value()
    if abs(cents - whole) > Decimal("0.0001"):
        raise CellError(translate("Core", "'{text}' has fractions of a cent").format(text=text))
    if whole < 0:
        raise CellError(translate("Core", "'{text}' is negative; amounts are 0 or more").format(
            text=text))
    return int(whole)


def _not_euros(text: str) -> str:
    return translate("Core", "'{text}' is not an amount in euros").format(text=text)


def _whole(raw: Any, text: str) -> int:
    value: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = raw
    elif isinstance(raw, float) and raw.is_integer():
        value = int(raw)
    elif isinstance(raw, str) and text.isdigit():
        value = int(text)
    if value is None:
        raise CellError(translate("Core", "'{text}' is not a whole number").format(text=text))
    if value < 0:
        raise CellError(translate("Core", "'{text}' is negative; use 0 or more").format(text=text))
    return value


def _choice(column: Column, text: str) -> Any:
    assert column.vocab is not None
    try:
        return column.vocab.parse(text)
    except ValueError:
        labels = ", ".join(m.label for m in column.vocab)
        raise CellError(translate("Core", "'{text}' is not a known {column}: use one of"
                                  " {labels}").format(text=text, column=column.header.lower(),
                                                      labels=labels)) from None
