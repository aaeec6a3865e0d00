"""What may go into a worksheet cell, and how a cell reads back as text.

Shared by the writer and the importer: the importer compares a cell with
what the writer would have written for the stored value, so a value the
writer had to change (a control character replaced, a text cut at Excel's
limit) does not come back as an edit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time

from ..models.formatting import CURRENCY, MINUS, NBSP
from .text import XML_FORBIDDEN

CellValue = str | int | float | date | None

# Number formats that show cells in the house style of `models.formatting` while they
# keep real dates and numbers; [$-809] (English, UK) spells months out in English.
DATE_FORMAT = "[$-809]d mmmm yyyy"
TIMESTAMP_FORMAT = f"{DATE_FORMAT} hh:mm"
_EUR, _MINUS_EUR = f'"{CURRENCY}{NBSP}"', f'"{MINUS}{CURRENCY}{NBSP}"'
EURO_FORMAT = f"{_EUR}#,##0.00;{_MINUS_EUR}#,##0.00"  # the data sheets: cents and all
EURO_WHOLE_FORMAT = f"{_EUR}#,##0;{_MINUS_EUR}#,##0"  # the summary, as in tables elsewhere


@dataclass(frozen=True)
class NumberFormats:
    """A workbook's number formats in its pack's language: dates, times and euros."""

    date: str
    timestamp: str
    euro: str
    euro_whole: str


def _after(locale: str, places: str) -> str:
    """Euros after the figure ('1 400 000 €'), in `locale`'s separators where it has one."""
    return f'{locale}#,##0{places}"{NBSP}€";"{MINUS}"#,##0{places}"{NBSP}€"'


def _localized(locale: str) -> NumberFormats:
    return NumberFormats(f"{locale}d mmmm yyyy", f"{locale}d mmmm yyyy hh:mm",
                         _after(locale, ".00"), _after(locale, ""))


# A locale prefix names the month's language, which LibreOffice and Excel both honour:
# [$-40C] French (France): '7 novembre 2024', with French digit groups in LibreOffice
# (Excel groups by the reader's own settings). Arabic dates are figures alone,
# day/month/year: LibreOffice sets a number cell left to right, and "9 مارس 2027"
# printed as "مارس 2027 9" read from the right ([$-2801], Syria's months, would
# also have said 'تشرين الثاني' where the pack's other files say 'نوفمبر'). Arabic
# amounts keep the Latin digits and commas of the pack's tables: no prefix either.
_FORMATS = {
    "en": NumberFormats(DATE_FORMAT, TIMESTAMP_FORMAT, EURO_FORMAT, EURO_WHOLE_FORMAT),
    "fr": _localized("[$-40C]"),
    "ar": NumberFormats("dd/mm/yyyy", "dd/mm/yyyy hh:mm", _after("", ".00"), _after("", "")),
}


def number_formats(language: str) -> NumberFormats:
    """The number formats for a pack in `language` ('en', 'fr', 'ar'; English otherwise)."""
    return _FORMATS.get(str(language), _FORMATS["en"])

MAX_CELL_TEXT = 32_767
MAX_SHEET_TITLE = 31
REPLACEMENT = "\ufffd"
FORMULA_STARTS = ("=", "+", "-", "@")
# Texts a spreadsheet would read as an error value rather than as words.
ERROR_TEXTS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                         "#GETTING_DATA"})

# Characters XML 1.0 cannot carry (tab, line feed and carriage return can).
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


def safe_text(text: str) -> str:
    """The text with XML-forbidden characters replaced and cut to what a cell holds."""
    if XML_FORBIDDEN.search(text):
        text = XML_FORBIDDEN.sub(REPLACEMENT, text)
    if len(text) > MAX_CELL_TEXT:
        text = text[:MAX_CELL_TEXT - 1] + "…"
    return text


def needs_text_guard(text: str) -> bool:
    """Would a spreadsheet take this text for a formula or an error value?"""
    return text.startswith(FORMULA_STARTS) or text in ERROR_TEXTS


def sheet_title(name: str, taken: set[str] | None = None) -> str:
    """A worksheet name Excel accepts: 31 characters, none of []:*?/\\, unique, not 'History'."""
    title = _SHEET_FORBIDDEN.sub(" ", name)
    title = " ".join(title.split()).strip("'") or "Sheet"
    if title.casefold() == "history":
        title = "History (tpdesk)"
    title = title[:MAX_SHEET_TITLE].rstrip().rstrip("'") or "Sheet"
    used = {t.casefold() for t in taken or set()}
    base, n = title, 1
    while title.casefold() in used:
        n += 1
        suffix = f" ({n})"
        title = base[:MAX_SHEET_TITLE - len(suffix)].rstrip() + suffix
    return title


def as_text(value: object) -> str:
    """A cell value as the text a person sees in it, for comparing and for messages."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


def export_text(value: CellValue) -> str:
    """What a value written by the exporter reads back as."""
    if isinstance(value, str):
        return as_text(safe_text(value))
    return as_text(value)
