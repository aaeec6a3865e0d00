"""Dates, amounts and numbers as people read them, in one house style.

The European Commission's English Style Guide: "9 January 2027" in running
text and in tables, "EUR 1,200,000" in tables and "EUR 1.2 million" in
running text (the ISO code, a no-break space, a comma between thousands),
"45%". The Word and Excel writers, the app and the command line all format
through here, so a figure reads the same on screen and on paper. English
month names are spelled out here, not taken from the locale, which a desktop
may set to any language; a date in French or Arabic is CLDR's, through Babel
(the one home of dates for the app's language, tpdesk.models.l10n, and a
pack's, tpdesk.models.pack_words).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # content formats its own dates through here
    from .content import Cell, ColumnKind

CURRENCY = "EUR"
NBSP = "\u00a0"
MINUS = "\u2212"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)  # for a timeline's axis, where space is short

_MILLION = 1_000_000
_BILLION = 1_000_000_000


def parse_day(value: str | date | None) -> date | None:
    """'2027-01-09', or a time stamp starting so, as a date; None for other text."""
    if isinstance(value, date) or value is None:
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def format_date(value: str | date | None, language: str = "en") -> str:
    """'9 January 2027', '9 janvier 2027', '9 يناير 2027'; other text as given.

    `language` is a CLDR tag ('en', 'fr', 'ar'); English keeps the house style.
    """
    if value is None:
        return ""
    day = parse_day(value)
    if day is None:
        return str(value)
    if language == "en":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_date as babel_date

    return str(babel_date(day, "d MMMM y", locale=language))


def format_period(start: str | None, end: str | None) -> str:
    """'1 March 2019 – 31 December 2021' for a table cell, 'from …' or 'until …' when open.

    The day and its month are joined by a no-break space, and so is the dash
    to the first date, so a narrow column wraps before a year or after the
    dash, never between '31' and 'December' nor before a lone dash.
    """
    def day(value: str) -> str:
        return format_date(value).replace(" ", NBSP, 1)

    if start and end:
        return f"{day(start)}{NBSP}– {day(end)}"
    if start:
        return f"from {day(start)}"
    return f"until {day(end)}" if end else ""


def _decimal(value: int | float) -> Decimal:
    """The number as written: 0.15 is 0.15, not the binary fraction just below it."""
    return Decimal(value) if isinstance(value, int) else Decimal(repr(value))


def _round(value: Decimal, places: int = 0) -> Decimal:
    """Half away from zero, as money is rounded on paper (Python's round() goes to even)."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def round_half_up(value: int | float, places: int = 0) -> Decimal:
    """`value` rounded as on paper, for formatters elsewhere (tpdesk.models.l10n)."""
    return _round(_decimal(value), places)


def whole_euros(cents: int | float) -> int:
    return int(_round(_decimal(cents) / 100))


def _signed(amount: str, negative: bool) -> str:
    return f"{MINUS if negative else ''}{CURRENCY}{NBSP}{amount}"


def format_money(cents: int | float, *, exact: bool = False) -> str:
    """'EUR 1,200,000' for tables; `exact` keeps the cents ('EUR 1,234.56') for an editor."""
    if exact:
        euros = _round(_decimal(cents) / 100, 2)
        return _signed(f"{abs(euros):,.2f}", euros < 0)
    whole = whole_euros(cents)
    return _signed(f"{abs(whole):,}", whole < 0)


def format_money_text(cents: int | float) -> str:
    """'EUR 250,000', 'EUR 3 million', 'EUR 1.2 million', 'EUR 2.5 billion': for running text.

    Millions and billions to one decimal, dropped when it is nought.
    """
    whole = whole_euros(cents)
    size = abs(whole)
    if size < _MILLION:
        return format_money(cents)
    millions = _round(Decimal(size) / _MILLION, 1)
    unit, figure = "million", millions
    if millions >= 1000:
        unit, figure = "billion", _round(Decimal(size) / _BILLION, 1)
    text = f"{figure:,.1f}".removesuffix(".0")
    return _signed(f"{text}{NBSP}{unit}", whole < 0)


def format_number(value: int | float) -> str:
    """Counts with a comma between thousands; a fraction to one decimal."""
    if isinstance(value, float) and not value.is_integer():
        return f"{_round(_decimal(value), 1):,}"
    return f"{int(value):,}"


def format_percent(value: float, *, decimals: int = 0) -> str:
    """'45%': no space before the sign, as the style guide writes it."""
    return f"{_round(_decimal(value), decimals):,}%"


def format_cell(value: Cell, kind: ColumnKind) -> str:
    """A table cell as every writer and the preview print it; text passes through."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return format_date(value) if kind == "date" else value
    if kind == "money":
        return format_money(value)
    return format_number(value)
