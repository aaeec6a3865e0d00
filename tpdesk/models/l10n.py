"""The language of the app and of the command line, without Qt.

The core cannot import Qt, yet its messages reach the screen. It writes them
through `translate(context, text)`, which returns `text` until the app or the
command line installs a translator (Qt's, fed by the .qm files). The name is
the one pyside6-lupdate looks for, so the literal strings of the core are
extracted with the app's; `translate_noop` marks a string for extraction that
is translated later, at display (the vocabulary's labels).

Numbers and dates follow the chosen language through Babel; English keeps the
Commission's English style (tpdesk.models.formatting), which the files use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Literal, cast

from . import countries, formatting

Language = Literal["en", "fr", "ar"]
LANGUAGES: tuple[Language, ...] = ("en", "fr", "ar")
LANGUAGE_NAMES: dict[Language, str] = {"en": "English", "fr": "Français", "ar": "العربية"}

Translator = Callable[[str, str, str | None, int], str]  # QCoreApplication.translate's own


def _untranslated(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
    return text


_state: dict[str, object] = {"translator": _untranslated, "language": "en"}


def install(translator: Translator, language: Language) -> None:
    """Route `translate` through `translator` and format for `language` from now on."""
    _state["translator"] = translator
    _state["language"] = language


def language() -> Language:
    return cast(Language, _state["language"])


def parse_language(text: str) -> Language | None:
    """'fr', 'fr_FR', 'ar-EG' as one of LANGUAGES; None for any other language."""
    code = text.strip().replace("-", "_").split("_")[0].casefold()
    return next((known for known in LANGUAGES if known == code), None)


def is_right_to_left(chosen: Language | None = None) -> bool:
    return (chosen or language()) == "ar"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language; `text` itself when no translation is known.

    A counted text ('%Ln record(s)', with `n`) takes the form the language
    gives that count (Arabic has six, French two; English's two are read off
    the source's own 'record(s)'), with `n` written in for %Ln or %n.
    """
    translator = cast(Translator, _state["translator"])
    found = translator(context, text, disambiguation, n) or text
    if n < 0:
        return found
    if language() == "en":
        found = _english_number(found, n)
    return found.replace("%Ln", format_number(n)).replace("%n", str(n))


_ENDING = re.compile(r"(y?)\((s|es|ies)\)")


def _english_number(text: str, n: int) -> str:
    """English's two forms from the source's own: 'record(s)', 'match(es)', 'activity(ies)'."""
    def form(match: re.Match[str]) -> str:
        stem, ending = match.groups()
        if n == 1:
            return stem
        return ending if ending == "ies" else stem + ending

    return _ENDING.sub(form, text)


def translate_noop(context: str, text: str) -> str:
    """Mark `text` for extraction under `context`; it is translated where it is shown."""
    del context
    return text


def format_date(value: str | date | None) -> str:
    """'9 January 2027', '9 janvier 2027', '9 يناير 2027'; text that is not a date as given."""
    return formatting.format_date(value, language())


def format_number(value: int | float) -> str:
    """Thousands grouped as the language groups them ('1,200', '1 200')."""
    if language() == "en":
        return formatting.format_number(value)
    from babel.numbers import format_decimal

    rounded = (formatting.round_half_up(value, 1) if isinstance(value, float)
               and not value.is_integer() else int(value))
    return str(format_decimal(rounded, format="#,##0.#", locale=language()))


def format_percent(value: float, *, decimals: int = 0) -> str:
    """'45%', '45 %': the sign where the language puts it."""
    if language() == "en":
        return formatting.format_percent(value, decimals=decimals)
    from babel.numbers import format_percent as babel_percent

    return str(babel_percent(round(value, decimals) / 100, locale=language(),
                             decimal_quantization=False))


def format_money(cents: int | float, *, exact: bool = False) -> str:
    """Euros with the ISO code where the language puts it: 'EUR 1,200', '1 200 EUR'."""
    if language() == "en":
        return formatting.format_money(cents, exact=exact)
    from babel.numbers import format_currency

    euros = cents / 100 if exact else formatting.whole_euros(cents)
    pattern = "#,##0.00\u00a0¤¤" if exact else "#,##0\u00a0¤¤"
    return str(format_currency(euros, formatting.CURRENCY, format=pattern, locale=language(),
                               currency_digits=False))


def format_money_text(cents: int | float) -> str:
    """Running text: 'EUR 1.2 million', '1,2 million EUR', '1.2 مليون EUR'."""
    if language() == "en":
        return formatting.format_money_text(cents)
    whole = formatting.whole_euros(cents)
    if abs(whole) < 1_000_000:
        return format_money(cents)
    from babel.numbers import format_compact_decimal

    figure = format_compact_decimal(whole, format_type="long", fraction_digits=1,
                                    locale=language())
    return f"{figure}\u00a0{formatting.CURRENCY}"


def country_name(code: str) -> str:
    """The country's name in the app's language (CLDR's through Babel); English as stored."""
    if language() == "en":
        return countries.country_name(code)
    from babel import Locale

    return str(Locale.parse(language()).territories.get(code.upper())
               or countries.country_name(code))
