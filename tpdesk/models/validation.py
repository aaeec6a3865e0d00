"""Field-level validation of records before anything is written.

Every problem names the record and the field, so the desktop app can put
the message next to the field and the command line can print one line.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from .countries import COUNTRIES, EU_MEMBER_STATES
from .errors import FieldError
from .formatting import format_money, format_number
from .l10n import translate
from .records import (
    Activity,
    Commitment,
    Note,
    Organisation,
    Pack,
    Partnership,
    Record,
    Roadmap,
    Roundtable,
    record_label,
)
from .references import ids_in, references_from
from .vocab import OrganisationKind, RoundtableStatus

# Bounds that keep numbers within SQLite's integers and within reason.
MAX_CENTS = 10**15  # EUR 10 trillion
MAX_COUNT = 10**12
MAX_ROUNDTABLES = 999


class Lookup(Protocol):
    """What validation needs to know about stored records."""

    def today(self) -> date: ...

    def partnership_of(self, kind: str, record_id: str) -> str | None:
        """The partnership of a live record or objective; '' if global; None if absent."""

    def roundtable_numbers(self, partnership_id: str, *, exclude: str) -> set[int]: ...

    def partnership_for_country(self, country_code: str, *, exclude: str) -> str | None: ...

    def caption(self, kind: str, record_id: str) -> str | None:
        """A live record's caption, so that a message names it rather than its id."""


class _Checker:
    def __init__(self, record: Record) -> None:
        name = record.caption.strip() if _has_caption(record) else ""
        kind = record_label(record)
        self.record = (f"{kind} '{name}'" if name else
                       translate("Validation", "New {kind}").format(kind=kind.lower()))
        self.errors: list[FieldError] = []

    def fail(self, field: str, message: str) -> None:
        self.errors.append(FieldError(self.record, field, message))

    def required(self, field: str, value: str) -> None:
        if not value.strip():
            self.fail(field, translate("Validation", "is required"))

    def date(self, field: str, value: str | None) -> None:
        if value is None:
            return
        if not is_iso_date(value):
            self.fail(
                field,
                translate("Validation", "{value!r} is not a date (YYYY-MM-DD)").format(value=value),
            )

    def period(self, start_field: str, start: str | None, end_field: str,
               end: str | None) -> None:
        if start and end and is_iso_date(start) and is_iso_date(end) and end < start:
            self.fail(
                end_field,
                translate("Validation", "{end} is before {field} {start}").format(
                    end=end, field=start_field.replace("_", " "), start=start
                ),
            )

    def country(self, field: str, code: str | None, *, eu_only: bool = False) -> None:
        if code is None:
            return
        if code not in COUNTRIES:
            self.fail(
                field,
                translate(
                    "Validation", "unknown country code {code!r} (ISO 3166 alpha-2 expected)"
                ).format(code=code),
            )
        elif eu_only and code not in EU_MEMBER_STATES:
            self.fail(
                field, translate("Validation", "{code} is not an EU Member State").format(code=code)
            )


def _named(lookup: Lookup, kind: str, record_id: str) -> str:
    """'ILO' for the message; the id only when no such record is stored to name."""
    caption = lookup.caption(kind, record_id)
    return f"'{caption}'" if caption else record_id


def _has_caption(record: Record) -> bool:
    try:
        return bool(record.caption)
    except (AttributeError, IndexError):
        return False


def is_iso_date(value: str) -> bool:
    if len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def validate(record: Record, lookup: Lookup) -> list[FieldError]:
    """All problems with a record, in field order; empty when it may be saved."""
    check = _Checker(record)
    for tag in record.tags:
        if not tag.strip() or tag != tag.strip():
            check.fail(
                "tags",
                translate(
                    "Validation", "{tag!r} is not a tag: no blanks around it, not empty"
                ).format(tag=tag),
            )
    _VALIDATORS[type(record)](record, check, lookup)
    _references(record, check, lookup)
    order = [f.name for f in dataclasses.fields(record)]
    return sorted(check.errors,
                  key=lambda e: order.index(e.field) if e.field in order else len(order))


def _references(record: Record, check: _Checker, lookup: Lookup) -> None:
    """Every reference of `references` to a record that must be there, and in which partnership."""
    for ref in references_from(type(record)):
        if not ref.on_save:
            continue
        ids = ids_in(ref, record)
        if ref.required and not any(ids):
            check.fail(ref.field, translate("Validation", "is required"))
            continue
        kinds = (getattr(record, ref.kind_field),) if ref.kind_field else ref.targets
        noun = (kinds[0] or "record") if len(kinds) == 1 else ref.noun
        partnership = getattr(record, "partnership_id", None)
        for record_id in ids:
            owner = next((o for o in (lookup.partnership_of(k, record_id) for k in kinds)
                          if o is not None), None)
            if owner is None:
                check.fail(
                    ref.field,
                    translate("Validation", "no {noun} with id {record_id}").format(
                        noun=noun, record_id=record_id
                    ),
                )
            elif ref.same_partnership and owner and owner != partnership:
                check.fail(
                    ref.field,
                    translate(
                        "Validation", "{noun} {record_id} belongs to another partnership"
                    ).format(noun=noun, record_id=record_id),
                )


def _partnership(r: Partnership, check: _Checker, lookup: Lookup) -> None:
    check.country("country_code", r.country_code)
    if r.country_code in EU_MEMBER_STATES:
        check.fail(
            "country_code",
            translate("Validation", "{country_code} is an EU Member State, not a partner").format(
                country_code=r.country_code
            ),
        )
    elif r.country_code in COUNTRIES:
        other = lookup.partnership_for_country(r.country_code, exclude=r.id)
        if other:
            check.fail(
                "country_code",
                translate("Validation", "a partnership with {country_code} already exists").format(
                    country_code=r.country_code
                ),
            )
    check.required("title", r.title)
    check.date("launch_date", r.launch_date)
    for code in r.member_states:
        check.country("member_states", code, eu_only=True)
    if len(set(r.member_states)) != len(r.member_states):
        check.fail("member_states", translate("Validation", "lists a Member State twice"))
    if any(not s.strip() for s in r.sectors):
        check.fail("sectors", translate("Validation", "has an empty sector"))


def _organisation(r: Organisation, check: _Checker, lookup: Lookup) -> None:
    check.required("name", r.name)
    check.country("country_code", r.country_code,
                  eu_only=r.kind is OrganisationKind.MEMBER_STATE)
    if r.kind is OrganisationKind.MEMBER_STATE and r.country_code is None:
        check.fail("country_code", translate("Validation", "a Member State needs its country code"))


def _roundtable(r: Roundtable, check: _Checker, lookup: Lookup) -> None:
    if not 1 <= r.number <= MAX_ROUNDTABLES:
        check.fail(
            "number",
            translate("Validation", "must be from 1 to {max_roundtables}, not {number}").format(
                max_roundtables=MAX_ROUNDTABLES, number=r.number
            ),
        )
    elif r.partnership_id and r.number in lookup.roundtable_numbers(r.partnership_id,
                                                                    exclude=r.id):
        check.fail(
            "number",
            translate("Validation", "this partnership already has a {ordinal} roundtable").format(
                ordinal=r.caption.split(" ")[0]
            ),
        )
    check.date("date", r.date)
    if r.status is RoundtableStatus.HELD:
        if r.date is None:
            check.fail("date", translate("Validation", "a held roundtable needs its date"))
        elif is_iso_date(r.date) and r.date > lookup.today().isoformat():
            check.fail(
                "date",
                translate("Validation", "{date} is in the future for a held roundtable").format(
                    date=r.date
                ),
            )
    _agenda(r, check, lookup)


def _agenda(r: Roundtable, check: _Checker, lookup: Lookup) -> None:
    """Each item needs a title (its objectives are checked from the table of references)."""
    ids = [item.id for item in r.agenda]
    if len(set(ids)) != len(ids):
        check.fail("agenda", translate("Validation", "an agenda item is listed twice"))
    for i, item in enumerate(r.agenda, start=1):
        if not item.title.strip():
            check.fail("agenda", translate("Validation", "item {i} has no title").format(i=i))
        if any(not s.strip() for s in item.sectors):
            check.fail(
                "agenda", translate("Validation", "item {i} has an empty sector").format(i=i)
            )


def _roadmap(r: Roadmap, check: _Checker, lookup: Lookup) -> None:
    check.required("version", r.version)
    check.date("adopted_on", r.adopted_on)
    check.date("period_start", r.period_start)
    check.date("period_end", r.period_end)
    check.period("period_start", r.period_start, "period_end", r.period_end)
    codes: set[str] = set()
    for i, objective in enumerate(r.objectives, start=1):
        if not objective.code.strip():
            check.fail(
                "objectives", translate("Validation", "objective {i} has no code").format(i=i)
            )
        elif objective.code in codes:
            check.fail(
                "objectives",
                translate("Validation", "code {code!r} is used twice").format(code=objective.code),
            )
        codes.add(objective.code)
        if not objective.text.strip():
            check.fail(
                "objectives",
                translate("Validation", "objective {which} has no text").format(
                    which=objective.code or i
                ),
            )


def _activity(r: Activity, check: _Checker, lookup: Lookup) -> None:
    check.required("title", r.title)
    check.date("start_date", r.start_date)
    check.date("end_date", r.end_date)
    check.period("start_date", r.start_date, "end_date", r.end_date)
    if any(not s.strip() for s in r.sectors):
        check.fail("sectors", translate("Validation", "has an empty sector"))
    seen: set[str] = set()
    for p in r.participants:
        if p.organisation_id in seen:
            check.fail(
                "participants",
                translate("Validation", "organisation {organisation} is listed twice").format(
                    organisation=_named(lookup, "organisation", p.organisation_id)
                ),
            )
        seen.add(p.organisation_id)
        if not p.roles:
            check.fail(
                "participants",
                translate("Validation", "organisation {organisation} has no role").format(
                    organisation=_named(lookup, "organisation", p.organisation_id)
                ),
            )
    for i, line in enumerate(r.funding, start=1):
        if line.amount_cents < 0:
            check.fail(
                "funding", translate("Validation", "line {i}: amount is negative").format(i=i)
            )
        elif line.amount_cents > MAX_CENTS:
            check.fail(
                "funding",
                translate(
                    "Validation", "line {i}: amount is larger than any programme (at most {amount})"
                ).format(i=i, amount=format_money(MAX_CENTS)),
            )
    for i, ind in enumerate(r.indicators, start=1):
        if not ind.name.strip():
            check.fail(
                "indicators", translate("Validation", "indicator {i} has no name").format(i=i)
            )
        for name in ("baseline", "target", "actual"):
            value = getattr(ind, name)
            if value is not None and not (math.isfinite(value) and abs(value) <= MAX_COUNT):
                check.fail(
                    "indicators",
                    translate(
                        "Validation", "indicator {i}: {name} {value!r} is out of range"
                    ).format(i=i, name=name, value=value),
                )
    if r.target_beneficiaries is not None and not 0 <= r.target_beneficiaries <= MAX_COUNT:
        check.fail(
            "target_beneficiaries",
            translate("Validation", "must be from 0 to {count}").format(
                count=format_number(MAX_COUNT)
            ),
        )


def _commitment(r: Commitment, check: _Checker, lookup: Lookup) -> None:
    check.required("text", r.text)
    if not r.actor_ids:
        check.fail("actor_ids", translate("Validation", "a commitment needs at least one actor"))
    if len(set(r.actor_ids)) != len(r.actor_ids):
        check.fail("actor_ids", translate("Validation", "lists an actor twice"))
    check.date("made_on", r.made_on)
    check.date("due_date", r.due_date)
    check.period("made_on", r.made_on, "due_date", r.due_date)
    today = lookup.today().isoformat()
    for i, update in enumerate(r.updates, start=1):
        if not is_iso_date(update.date):
            check.fail(
                "updates",
                translate("Validation", "update {i}: {date!r} is not a date (YYYY-MM-DD)").format(
                    i=i, date=update.date
                ),
            )
        elif update.date > today:
            check.fail(
                "updates",
                translate("Validation", "update {i}: {date} is in the future").format(
                    i=i, date=update.date
                ),
            )


def _note(r: Note, check: _Checker, lookup: Lookup) -> None:
    check.required("text", r.text)


def _pack(r: Pack, check: _Checker, lookup: Lookup) -> None:
    check.required("title", r.title)
    if r.roundtable_id is None and (r.partnership_id is None or r.meeting_date is None):
        check.fail(
            "roundtable_id",
            translate("Validation", "choose a roundtable, or a partnership and a meeting date"),
        )
    check.date("meeting_date", r.meeting_date)
    check.date("date", r.date)
    for code in r.member_states:
        check.country("member_states", code, eu_only=True)
    ids = [s.id for s in r.sections]
    if len(set(ids)) != len(ids):
        check.fail("sections", translate("Validation", "a section is listed twice"))
    targets = [line.record_id for line in r.lines]
    if len(set(targets)) != len(targets):
        check.fail("lines", translate("Validation", "a record has two lines to take; merge them"))
    keys = [t.key for t in r.texts]
    if len(set(keys)) != len(keys):
        check.fail("texts", translate("Validation", "a part of the pack has two texts; merge them"))


_VALIDATORS: dict[type[Record], Callable[[Any, _Checker, Lookup], None]] = {
    Partnership: _partnership,
    Organisation: _organisation,
    Roundtable: _roundtable,
    Roadmap: _roadmap,
    Activity: _activity,
    Commitment: _commitment,
    Note: _note,
    Pack: _pack,
}
