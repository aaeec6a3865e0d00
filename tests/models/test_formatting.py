"""The house style of dates, amounts and numbers (European Commission English Style Guide)."""

from __future__ import annotations

from datetime import date

import pytest

from tpdesk.models.formatting import (
    format_cell,
    format_date,
    format_money,
    format_money_text,
    format_number,
    format_percent,
    whole_euros,
)

NB = "\u00a0"


@pytest.mark.parametrize(("value", "text"), [
    ("2027-01-09", "9 January 2027"),  # no leading zero
    ("2026-12-31", "31 December 2026"),
    ("2027-02-28", "28 February 2027"),
    ("2028-02-29", "29 February 2028"),
    ("2026-11-26T14:03:00Z", "26 November 2026"),  # a time stamp shows its day
    (date(2026, 5, 1), "1 May 2026"),
    ("to be confirmed", "to be confirmed"),  # not a date: as given
    ("", ""),
    (None, ""),
])
def test_dates_spell_the_month_out(value: str | date | None, text: str) -> None:
    assert format_date(value) == text


@pytest.mark.parametrize(("cents", "text"), [
    (0, "EUR 0"),
    (99_900, "EUR 999"),
    (100_000, "EUR 1,000"),
    (99_999_900, "EUR 999,999"),
    (100_000_000, "EUR 1,000,000"),
    (120_000_000, "EUR 1,200,000"),
    (149, "EUR 1"),
    (150, "EUR 2"),  # half a euro rounds up, not to even
    (250, "EUR 3"),
    (-150_000, "\u2212EUR 1,500"),
    (-40, "EUR 0"),  # no minus on a figure that rounds to nought
    (1_234.5, "EUR 12"),
])
def test_table_amounts_are_whole_euros_after_the_iso_code(cents: float, text: str) -> None:
    assert format_money(cents) == text.replace(" ", NB)


def test_the_code_keeps_to_its_number() -> None:
    assert format_money(100_000) == f"EUR{NB}1,000"
    assert " " not in format_money_text(120_000_000)


@pytest.mark.parametrize(("cents", "text"), [
    (123_456, "EUR 1,234.56"),
    (5, "EUR 0.05"),
    (-123_456, "\u2212EUR 1,234.56"),
    (0, "EUR 0.00"),
])
def test_exact_amounts_keep_the_cents(cents: int, text: str) -> None:
    assert format_money(cents, exact=True) == text.replace(" ", NB)


@pytest.mark.parametrize(("cents", "text"), [
    (0, "EUR 0"),
    (25_000_000, "EUR 250,000"),
    (99_999_900, "EUR 999,999"),  # below a million: the figure in full
    (99_999_950, "EUR 1 million"),  # rounds to a million euros
    (100_000_000, "EUR 1 million"),
    (300_000_000, "EUR 3 million"),  # no ".0"
    (120_000_000, "EUR 1.2 million"),
    (124_999_900, "EUR 1.2 million"),
    (125_000_000, "EUR 1.3 million"),  # one decimal, half up
    (104_999_900, "EUR 1 million"),
    (25_000_000_000, "EUR 250 million"),
    (99_990_000_000, "EUR 999.9 million"),
    (99_995_000_000, "EUR 1 billion"),  # 1,000.0 million reads as a billion
    (250_000_000_000, "EUR 2.5 billion"),
    (-120_000_000, "\u2212EUR 1.2 million"),
])
def test_running_text_rounds_to_millions(cents: int, text: str) -> None:
    assert format_money_text(cents) == text.replace(" ", NB)


def test_whole_euros_round_half_up() -> None:
    assert [whole_euros(c) for c in (49, 50, 150, 250, -50, -49)] == [0, 1, 2, 3, -1, 0]


@pytest.mark.parametrize(("value", "text"), [
    (0, "0"), (999, "999"), (1_000, "1,000"), (999_999, "999,999"),
    (1_000_000, "1,000,000"), (-1_200, "-1,200"), (2.0, "2"), (1_234.56, "1,234.6"),
    (0.15, "0.2"),  # the decimal as written, rounded half up
])
def test_counts_take_a_comma_between_thousands(value: float, text: str) -> None:
    assert format_number(value) == text


def test_percentages_take_no_space() -> None:
    assert format_percent(45) == "45%"
    assert format_percent(45.5) == "46%"
    assert format_percent(12.345, decimals=1) == "12.3%"
    assert format_percent(0) == "0%"


@pytest.mark.parametrize(("value", "kind", "text"), [
    (None, "money", ""),
    ("", "date", ""),
    ("2027-01-09", "date", "9 January 2027"),
    ("2027-01-09", "text", "2027-01-09"),  # text columns are never reformatted
    (120_000_000, "money", f"EUR{NB}1,200,000"),
    ("EUR 5 (est.)", "money", "EUR 5 (est.)"),  # money that arrives as text passes through
    (12_345, "number", "12,345"),
])
def test_cells_follow_their_column_kind(value: str | int | None, kind: str, text: str) -> None:
    assert format_cell(value, kind) == text  # type: ignore[arg-type]


def test_a_period_wraps_only_where_it_reads_well() -> None:
    from tpdesk.models.formatting import format_period

    assert format_period("2019-03-01", "2021-12-31") == \
        "1\u00a0March 2019\u00a0– 31\u00a0December 2021"
    assert format_period("2019-03-01", None) == "from 1\u00a0March 2019"
    assert format_period(None, "2021-12-31") == "until 31\u00a0December 2021"
    assert format_period(None, None) == ""
