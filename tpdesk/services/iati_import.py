"""IATI activity files into the register: a preview first, then one transaction.

The rules a person can rely on:

* an activity is matched by its `iati-identifier`; an organisation by its
  IATI ref, then by its name or short name; new ones are created;
* the file sets what IATI says (title, description, status, dates, DAC codes,
  its organisations' roles, its funding lines, its indicators) and keeps the
  rest: the category, the sectors of common interest, objectives, notes,
  organisations and funding lines typed in by hand; nothing is deleted;
* an activity is placed in the partnership of its recipient country (the
  one with the largest share, if several have one), or in `--partnership`;
  activities for other countries are skipped, with a warning;
* money is kept in euros: an amount in another currency is an error, since
  the file gives no exchange rate;
* nothing is written unless every activity is valid, and then all of it is
  written in one transaction, recorded as `import:<file name>`.

Funding follows the register's meaning of a funding line (an amount at a
stage, the lines adding up to the activity's total) rather than copying
each IATI transaction, which would count the same money twice: per funder,
disbursements and expenditure are one disbursed line and commitments less
what was disbursed one committed line; an activity with no transactions
gets its budgets (or else its planned disbursements) as committed lines.
The lines the import writes are named `IATI ...` in their programme, and a
re-import replaces those lines only.

The file is read twice, streaming: for the preview, and again to apply it,
checked unchanged by its SHA-256, so that neither holds the whole file.
"""

from __future__ import annotations

import copy
import json
import os
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from ..export.iati_read import IatiActivity, IatiFile, Narratives, Problem
from ..models.changes import Changes
from ..models.countries import COUNTRIES
from ..models.errors import UserError
from ..models.formatting import format_date, format_money
from ..models.l10n import translate
from ..models.mapping import snapshot
from ..models.records import (
    Activity,
    FundingLine,
    Indicator,
    Organisation,
    Participation,
    Partnership,
    Record,
)
from ..models.store import Store
from ..models.validation import validate
from ..models.vocab import ActivityStatus, FundingStage, Instrument, OrganisationKind, Role
from ..paths import resource
from .stores import Progress, no_progress
from .xlsx_import import FieldChange, ImportResult

__all__ = ["IatiChange", "IatiPreview", "apply_iati", "codelists", "preview_iati"]

ChangeKey = tuple[str, int]  # ("Activity" or "Organisation", line in the file)

IATI_PROGRAMME = "IATI"  # funding lines the import owns start with this
_ROLES = {"1": Role.FUNDING, "2": Role.ACCOUNTABLE, "3": Role.ACCOUNTABLE,
          "4": Role.IMPLEMENTING}
_IATI_ROLES = frozenset(_ROLES.values())
_GOVERNMENT = frozenset({"10", "11", "15"})
_KINDS = {"21": OrganisationKind.CIVIL_SOCIETY, "22": OrganisationKind.CIVIL_SOCIETY,
          "23": OrganisationKind.CIVIL_SOCIETY, "24": OrganisationKind.CIVIL_SOCIETY,
          "40": OrganisationKind.INTERNATIONAL_ORGANISATION,
          "60": OrganisationKind.CIVIL_SOCIETY, "70": OrganisationKind.EMPLOYER,
          "71": OrganisationKind.EMPLOYER, "72": OrganisationKind.EMPLOYER,
          "73": OrganisationKind.EMPLOYER}
# The Commission's services publish under these organisation identifiers.
_EU_REFS = ("XI-IATI-EC", "XM-DAC-918")
_COMMITMENTS = frozenset({"2", "11"})  # outgoing and incoming commitment
_SPENT = frozenset({"3", "4"})  # disbursement, expenditure


@cache
def codelists() -> dict[str, Any]:
    """The snapshot of the IATI codelists tpdesk reads, with its version."""
    with resource("iati/codelists.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _named(codelist: str, code: str) -> str:
    name = codelists()["codelists"][codelist].get(code)
    return f"{code} ({name})" if name else code


@dataclass(frozen=True)
class IatiChange:
    """One record the file adds or changes, named by the line it starts on."""

    kind: str
    line: int
    action: str
    caption: str
    changes: tuple[FieldChange, ...] = ()

    @property
    def key(self) -> ChangeKey:
        return (self.kind, self.line)

    @property
    def where(self) -> str:
        return f"{self.kind} line {self.line}"


@dataclass
class IatiPreview:
    """What importing an IATI file would do; apply it with `apply_iati`."""

    path: Path
    partnership: str | None
    digest: str
    changes: list[IatiChange]
    unchanged: int
    skipped: int
    errors: list[Problem]
    warnings: list[Problem]
    version: str = ""

    @property
    def source(self) -> str:
        return f"import:{self.path.name}"

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def summary(self) -> str:
        errors = len(self.errors)
        return (f"{self.path.name}: {self.count('new')} new, {self.count('update')} updated,"
                f" {self.unchanged} unchanged, {self.skipped} skipped,"
                f" {errors} error{'' if errors == 1 else 's'}")

    def lines(self) -> Iterator[str]:
        """The preview for a terminal: the summary, each change, warnings, then errors."""
        yield self.summary()
        for change in self.changes:
            yield f"  {change.action:<7} {change.where}: {change.caption}"
            for f in change.changes:
                yield f"            {f.column}: {f.old or '(empty)'} -> {f.new or '(empty)'}"
        for problem in self.warnings:
            yield f"warning: {self.path.name} {problem}"
        for problem in self.errors:
            yield f"error: {self.path.name} {problem}"


@dataclass
class _Mapped:
    """One activity of the file as it would be saved, with the organisations it adds."""

    activity: Activity | None
    old: Activity | None
    organisations: list[tuple[Organisation, Organisation | None, int]] = field(
        default_factory=list)  # (as saved, as stored, line)


class _Mapper:
    """Turns the file's activities into records, seeing the organisations added so far."""

    def __init__(self, store: Store, *, partnership: str | None,
                 leave_out: Collection[ChangeKey] = (), check: bool = True) -> None:
        """`check`: validate each record here (the preview); the apply leaves it to the store."""
        self.store = store
        self.check = check
        self.leave_out = set(leave_out)
        self.partnerships = {p.country_code.upper(): p for p in store.list(Partnership)}
        self.forced = store.partnership_by_code(partnership) if partnership else None
        self.by_ref: dict[str, Organisation] = {}
        self.by_name: dict[str, Organisation] = {}
        for org in store.list(Organisation):
            self._know(org)
        self.pending: dict[str, Organisation] = {}  # organisations added or changed
        self.lookup = _Lookup(store, self.pending)
        self.dropped: set[str] = set()  # refs or names of organisations left out
        self.seen: dict[str, int] = {}  # identifier -> line, for duplicates
        self.stored = store.iati_identifiers()
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    def _know(self, org: Organisation) -> None:
        if org.iati_ref:
            self.by_ref[org.iati_ref.casefold()] = org
        for name in (org.name, org.short_name):
            if name.strip():
                self.by_name.setdefault(" ".join(name.split()).casefold(), org)

    # -- one activity

    def map(self, ia: IatiActivity) -> _Mapped | None:
        errors = len(self.errors)
        self.errors += ia.problems
        if not ia.identifier:
            return None
        if ia.identifier in self.seen:
            self._error(ia.line, "iati-identifier", f"{ia.identifier} is also on line"
                        f" {self.seen[ia.identifier]}")
            return None
        self.seen[ia.identifier] = ia.line
        partnership = self._partnership(ia)
        if partnership is None:
            return _Mapped(None, None)
        old = self.store.find_by_iati(ia.identifier) if ia.identifier in self.stored else None
        record = copy.deepcopy(old) if old is not None else Activity(
            partnership_id=partnership.id, iati_identifier=ia.identifier)
        record.partnership_id = partnership.id
        mapped = _Mapped(record, old)
        title = _preferred(ia.titles, ia.lang)
        if not title:
            self._error(ia.line, "title", "has no title narrative")
        record.title = title or record.title
        self._texts(ia, record)
        if ia.status is not None:
            try:
                record.status = next(s for s in ActivityStatus if str(s.iati_code) == ia.status)
            except StopIteration:
                self._error(ia.line, "activity-status", f"code {ia.status!r} is not an IATI"
                            " activity status (1-6)")
        record.start_date = ia.dates.get("2") or ia.dates.get("1") or record.start_date
        record.end_date = ia.dates.get("4") or ia.dates.get("3") or record.end_date
        if ia.sectors:
            record.dac_codes = list(dict.fromkeys(ia.sectors))
        self._participants(ia, record, mapped, partnership)
        self._funding(ia, record, mapped, partnership)
        self._indicators(ia, record)
        if len(self.errors) > errors or not self.check:
            return None if len(self.errors) > errors else mapped
        for error in validate(record, self.lookup):
            self._error(ia.line, "iati-activity", f"{ia.identifier}: {error.field}:"
                        f" {error.message}")
        return None if len(self.errors) > errors else mapped

    def _error(self, line: int, element: str, message: str) -> None:
        self.errors.append(Problem(line, element, message))

    def _partnership(self, ia: IatiActivity) -> Partnership | None:
        if self.forced is not None:
            return self.forced
        ours = [(c, pct) for c, pct, _ in ia.countries if c in self.partnerships]
        if not ours:
            codes = ", ".join(c for c, _, _ in ia.countries) or "none"
            self.warnings.append(Problem(ia.line, "recipient-country", f"{ia.identifier}:"
                                         f" no partnership with its recipient country"
                                         f" ({codes}); skipped"))
            return None
        ours.sort(key=lambda pair: -(pair[1] or 0))
        if len(ours) > 1 and (ours[0][1] or 0) == (ours[1][1] or 0):
            line = next(line for c, _, line in ia.countries if c == ours[1][0])
            self._error(line, "recipient-country", f"{ia.identifier}: {ours[0][0]} and"
                        f" {ours[1][0]} both have a partnership and the same share: name the"
                        " partnership to import into")
            return None
        return self.partnerships[ours[0][0]]

    def _texts(self, ia: IatiActivity, record: Activity) -> None:
        """English text in the fields; other languages kept at the end of the description."""
        parts: list[str] = []
        beneficiaries: list[str] = []
        others: list[str] = []
        for kind, texts in ia.descriptions:
            text = _preferred(texts, ia.lang)
            if text:
                (beneficiaries if kind == "3" else parts).append(text)
            others += [f"Description ({lang}): {t}" for lang, t in texts.items()
                       if t != text and lang]
        others = [f"Title ({lang}): {t}" for lang, t in ia.titles.items()
                  if t != record.title and lang] + others
        if others:
            parts.append("Translations from the IATI file:\n" + "\n".join(others))
        if parts:
            record.description = "\n\n".join(parts)
        if beneficiaries:
            record.beneficiaries = "\n\n".join(beneficiaries)

    # -- organisations

    def _organisation(self, ref: str, name: str, *, kind: str, line: int, mapped: _Mapped,
                      partnership: Partnership) -> Organisation | None:
        """The stored or new organisation a participating or provider org names."""
        key = (ref or name).casefold()
        if not key or key in self.dropped:
            return None
        found = self.by_ref.get(ref.casefold()) if ref else None
        if found is None and name:
            found = self.by_name.get(" ".join(name.split()).casefold())
            if found is not None and ref and not found.iati_ref and found.id not in self.pending:
                if ("Organisation", line) in self.leave_out:
                    return found
                stored = self.store.find(Organisation, found.id)
                found = replace(found, iati_ref=ref)
                self._know(found)
                self.pending[found.id] = found
                mapped.organisations.append((found, stored, line))
        if found is not None:
            return found
        if ("Organisation", line) in self.leave_out:
            self.dropped.add(key)
            return None
        prefix = ref[:2].upper()
        country = prefix if prefix in COUNTRIES and ref[2:3] == "-" else None
        created = Organisation(name=name or ref, kind=_kind(kind, ref, country, partnership),
                               country_code=country, iati_ref=ref or None)
        self._know(created)
        self.pending[created.id] = created
        mapped.organisations.append((created, None, line))
        return created

    def _participants(self, ia: IatiActivity, record: Activity, mapped: _Mapped,
                      partnership: Partnership) -> None:
        """The file's roles replace the IATI roles of its organisations; others stay."""
        roles: dict[str, list[Role]] = {}
        for org in ia.orgs:
            role = _ROLES.get(org.role)
            if role is None:
                self.warnings.append(Problem(org.line, "participating-org",
                                             f"role {org.role!r} is not an IATI role (1-4);"
                                             " ignored"))
                continue
            found = self._organisation(org.ref, _preferred(org.names, "en"), kind=org.type,
                                       line=org.line, mapped=mapped, partnership=partnership)
            if found is not None and role not in roles.setdefault(found.id, []):
                roles[found.id].append(role)
        kept = []
        for old in record.participants:
            mine = roles.pop(old.organisation_id, None)
            kept.append(old if mine is None else Participation(
                organisation_id=old.organisation_id,
                roles=[*mine, *(r for r in old.roles if r not in _IATI_ROLES)]))
        record.participants = kept + [Participation(organisation_id=o, roles=r)
                                      for o, r in roles.items()]

    # -- funding and indicators

    def _funding(self, ia: IatiActivity, record: Activity, mapped: _Mapped,
                 partnership: Partnership) -> None:
        for money in ia.money:
            if money.currency != "EUR":
                self._error(money.line, f"{money.element}/value",
                            f"{ia.identifier}: an amount in {money.currency or 'no currency'};"
                            " tpdesk keeps euros and the file gives no exchange rate: convert"
                            " it to EUR in the file, or leave the activity out")
        if any(m.currency != "EUR" for m in ia.money):
            return
        funders = [o for o in ia.orgs if o.role == "1"]
        default = None
        if len(funders) == 1:
            found = self._organisation(funders[0].ref, _preferred(funders[0].names, "en"),
                                       kind=funders[0].type, line=funders[0].line,
                                       mapped=mapped, partnership=partnership)
            default = None if found is None else found.id
        sums: dict[tuple[str, str | None], Decimal] = defaultdict(Decimal)
        transactions = [m for m in ia.money if m.element == "transaction"
                        and m.kind in _COMMITMENTS | _SPENT]
        if transactions:
            for m in transactions:
                funder = default
                if m.provider_ref or m.provider_name:
                    found = self._organisation(m.provider_ref, m.provider_name, kind="",
                                               line=m.line, mapped=mapped,
                                               partnership=partnership)
                    funder = None if found is None else found.id
                sums[("spent" if m.kind in _SPENT else "committed", funder)] += m.amount
        else:
            budgets = [m for m in ia.money if m.element == "budget"]
            revised = [m for m in budgets if m.kind == "2"]
            plans = revised or budgets or [m for m in ia.money
                                           if m.element == "planned-disbursement"]
            for m in plans:
                sums[(m.element, default)] += m.amount
        lines: dict[tuple[str, str | None], tuple[int, FundingStage]] = {}
        for (what, funder), total in sums.items():
            if what == "spent":
                lines[(f"{IATI_PROGRAMME} disbursements and expenditure", funder)] = (
                    _cents(total), FundingStage.DISBURSED)
            elif what == "committed":
                rest = total - sums.get(("spent", funder), Decimal(0))
                lines[(f"{IATI_PROGRAMME} commitments not yet disbursed", funder)] = (
                    _cents(rest), FundingStage.COMMITTED)
            else:
                noun = "budgets" if what == "budget" else "planned disbursements"
                lines[(f"{IATI_PROGRAMME} {noun}", funder)] = (_cents(total),
                                                               FundingStage.COMMITTED)
        kept: list[FundingLine] = []
        for line in record.funding:
            key = (line.programme, line.funder_id)
            if key in lines:
                cents, stage = lines.pop(key)
                if cents > 0:
                    kept.append(replace(line, amount_cents=cents, stage=stage))
            elif not line.programme.startswith(IATI_PROGRAMME):
                kept.append(line)
        record.funding = kept + [
            FundingLine(instrument=Instrument.OTHER, programme=programme, amount_cents=cents,
                        stage=stage, funder_id=funder)
            for (programme, funder), (cents, stage) in lines.items() if cents > 0]

    def _indicators(self, ia: IatiActivity, record: Activity) -> None:
        """Indicators matched by name: the file's values replace the stored ones."""
        by_name = {i.name.casefold(): n for n, i in enumerate(record.indicators)}
        for found in ia.indicators:
            name = _preferred(found.names, ia.lang)
            if not name:
                self.warnings.append(Problem(found.line, "indicator", "has no title; ignored"))
                continue
            unit = "%" if found.measure == "2" else ""
            index = by_name.get(name.casefold())
            if index is None:
                by_name[name.casefold()] = len(record.indicators)
                record.indicators.append(Indicator(name=name))
                index = by_name[name.casefold()]
            record.indicators[index] = replace(
                record.indicators[index], unit=unit, baseline=found.baseline,
                target=found.target, actual=found.actual)


class _Lookup:
    """Validation's view of the store with the organisations the file adds."""

    def __init__(self, store: Store, pending: dict[str, Organisation]) -> None:
        self.store = store
        self.pending = pending
        self.known: dict[str, str | None] = {}  # organisation id -> partnership_of

    def today(self) -> date:
        return self.store.today()

    def partnership_of(self, kind: str, record_id: str) -> str | None:
        if kind != "organisation":
            return self.store.partnership_of(kind, record_id)
        if record_id in self.pending:
            return ""
        if record_id not in self.known:
            self.known[record_id] = self.store.partnership_of(kind, record_id)
        return self.known[record_id]

    def caption(self, kind: str, record_id: str) -> str | None:
        pending = self.pending.get(record_id)
        if pending is not None and kind == pending.KIND:
            return pending.caption
        return self.store.caption(kind, record_id)

    def roundtable_numbers(self, partnership_id: str, *, exclude: str) -> set[int]:
        return self.store.roundtable_numbers(partnership_id, exclude=exclude)

    def partnership_for_country(self, country_code: str, *, exclude: str) -> str | None:
        return self.store.partnership_for_country(country_code, exclude=exclude)


def _preferred(texts: Narratives, lang: str) -> str:
    """The English text; else the one in the activity's language; else the first."""
    for wanted in ("en", ""):
        if wanted in texts:
            return texts[wanted]
    if lang in texts:
        return texts[lang]
    return next(iter(texts.values()), "")


def _kind(code: str, ref: str, country: str | None,
          partnership: Partnership) -> OrganisationKind:
    if ref.upper().startswith(_EU_REFS):
        return OrganisationKind.EU_INSTITUTION
    if code in _GOVERNMENT:
        return (OrganisationKind.PARTNER_AUTHORITY if country == partnership.country_code
                else OrganisationKind.IMPLEMENTING_AGENCY)
    return _KINDS.get(code, OrganisationKind.IMPLEMENTING_AGENCY)


def _cents(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal(1)))


# -- what changed, in words -------------------------------------------------------------

_LABELS = {"title": "Title", "description": "Description", "status": "Status",
           "start_date": "Start", "end_date": "End", "beneficiaries": "Beneficiaries",
           "dac_codes": "DAC sectors", "participants": "Organisations",
           "funding": "Funding", "indicators": "Indicators", "partnership_id": "Partnership",
           "iati_identifier": "IATI identifier", "iati_ref": "IATI ref"}


def _shown(record: Record, name: str, names: dict[str, str]) -> str:
    value = getattr(record, name)
    if name in ("start_date", "end_date"):
        return str(format_date(value))
    if name == "status":
        return str(value.label)
    if name == "dac_codes":
        return ", ".join(value)
    if name == "participants":
        return "; ".join(f"{names.get(p.organisation_id, p.organisation_id)}"
                         f" ({', '.join(r.label for r in p.roles)})" for p in value)
    if name == "funding":
        return "; ".join(f"{line.programme or line.instrument.label}: "
                         f"{format_money(line.amount_cents)} {line.stage.label.lower()}"
                         for line in value)
    if name == "indicators":
        return "; ".join(f"{i.name}: {_num(i.baseline)} / {_num(i.target)} / {_num(i.actual)}"
                         for i in value)
    if name == "partnership_id":
        return names.get(str(value), str(value))
    text: str = "" if value is None else str(value)
    return text if len(text) <= 120 else text[:119] + "…"


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    return str(int(value)) if value == int(value) else str(value)


def _diff(old: Record, new: Record, names: dict[str, str]) -> tuple[FieldChange, ...]:
    before, after = snapshot(old), snapshot(new)
    return tuple(FieldChange(_LABELS.get(k, k), _shown(old, k, names), _shown(new, k, names))
                 for k in after if after[k] != before[k])


# -- preview and apply ---------------------------------------------------------------


def preview_iati(store: Store, path: str | os.PathLike[str], *, partnership: str | None = None,
                 progress: Progress = no_progress) -> IatiPreview:
    """Read and check an IATI activity file; write nothing. UserError if it cannot be read."""
    path = Path(path)
    mapper = _Mapper(store, partnership=partnership)
    names = {o.id: o.caption for o in store.list(Organisation)}
    names.update({p.id: p.country_code for p in store.list(Partnership)})
    changes: list[IatiChange] = []
    unchanged = skipped = 0
    source = IatiFile(path)
    for count, ia in enumerate(source.activities(), 1):
        if progress is not None and count % 500 == 0:
            progress(count, 0)
        mapped = mapper.map(ia)
        if mapped is None:
            continue
        if mapped.activity is None:
            skipped += 1
            continue
        for org, old_org, line in mapped.organisations:
            names[org.id] = org.caption
            if old_org is None:
                changes.append(IatiChange("Organisation", line, "new", org.caption))
            else:
                changes.append(IatiChange("Organisation", line, "update", org.caption,
                                          _diff(old_org, org, names)))
        record, old = mapped.activity, mapped.old
        if old is None:
            changes.append(IatiChange("Activity", ia.line, "new", record.caption))
        else:
            diff = _diff(old, record, names)
            if diff:
                changes.append(IatiChange("Activity", ia.line, "update", record.caption, diff))
            else:
                unchanged += 1
    return IatiPreview(path=path, partnership=partnership, digest=source.digest,
                       changes=changes, unchanged=unchanged, skipped=skipped,
                       errors=mapper.errors, warnings=mapper.warnings, version=source.version)


BATCH = 500  # records saved per call: one savepoint each, not one per record


def apply_iati(store: Store, preview: IatiPreview, *,
               leave_out: Collection[ChangeKey] = (),
               progress: Progress = no_progress) -> ImportResult:
    """Read the file again and write what the preview showed, less what is left out.

    All in one transaction: if the file changed since the preview, or an
    activity is no longer valid against the store as it is now, nothing is
    written.
    """
    if preview.errors:
        count = len(preview.errors)
        raise UserError(translate("Core",
            "{name}: %Ln error(s) in the file; nothing imported", None, count).format(
            name=preview.path.name))
    leave = set(leave_out)
    new = updated = 0
    written: set[tuple[str, str]] = set()  # (kind, id): not the records, which add up
    with store.transaction(source=preview.source):
        mapper = _Mapper(store, partnership=preview.partnership, leave_out=leave, check=False)
        source = IatiFile(preview.path)
        batch: list[Record] = []
        for count, ia in enumerate(source.activities(), 1):
            if count % 500 == 0:
                progress(count, 0)
            if ("Activity", ia.line) in leave:
                continue
            mapped = mapper.map(ia)
            if mapper.errors:
                raise UserError(translate("Core",
                    "{name} {errors}; nothing imported").format(
                    name=preview.path.name, errors=mapper.errors[0]))
            if mapped is None or mapped.activity is None:
                continue
            for org, old_org, _line in mapped.organisations:
                batch.append(org)
                new, updated = (new + 1, updated) if old_org is None else (new, updated + 1)
            record = mapped.activity
            if mapped.old is not None and snapshot(mapped.old) == snapshot(record):
                continue
            batch.append(record)
            new, updated = (new + 1, updated) if mapped.old is None else (new, updated + 1)
            if len(batch) >= BATCH:
                written.update((r.KIND, r.id) for r in store.save_many(batch,
                                                                      source=preview.source))
                batch = []
        written.update((r.KIND, r.id) for r in store.save_many(batch, source=preview.source))
        if source.digest != preview.digest:
            raise UserError(translate("Core",
                "{name} changed since the preview; preview it again (nothing "
                "imported)").format(name=preview.path.name))
    return ImportResult(new=new, updated=updated, deleted=0, source=preview.source,
                        changes=Changes(frozenset(written)))
