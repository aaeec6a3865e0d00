"""IATI activity files (standard 2.01-2.03) read as plain values, streamed, never trusted.

Files from the IATI Registry run to hundreds of megabytes, and a file is
whatever someone saved: so each `iati-activity` is parsed, turned into an
`IatiActivity` and then dropped from the tree, which keeps memory flat; lxml
is told never to resolve an entity, load a DTD or touch the network, and a
file that declares a DOCTYPE at all is refused (IATI files never need one;
entity bombs and external-entity reads need it). Anything that is not
well-formed XML stops the reading with one line naming the file and the line.

Values are kept as the file gives them (codes, ISO dates, decimal amounts);
what they mean for the register is the import's business
(`tpdesk.services.iati_import`). Problems inside one activity (a bad date,
an amount that is not a number) are collected on it, with their line.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO

from lxml import etree

from ..models.errors import UserError
from ..models.l10n import translate
from .files import open_input

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# IATI 1.x named the date types; 2.x numbers them.
_OLD_DATE_TYPES = {"start-planned": "1", "start-actual": "2", "end-planned": "3",
                   "end-actual": "4"}

Narratives = dict[str, str]  # language ("" when the file names none) -> text


@dataclass(frozen=True)
class Problem:
    """Something wrong in the file, named by its line and element."""

    line: int
    element: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, <{self.element}>: {self.message}"


@dataclass(frozen=True)
class IatiOrg:
    ref: str
    names: Narratives
    role: str
    type: str
    line: int


@dataclass(frozen=True)
class IatiMoney:
    """A budget, planned disbursement or transaction: one amount in one currency."""

    element: str  # budget, planned-disbursement, transaction
    kind: str  # the transaction type, or the budget type
    amount: Decimal
    currency: str
    value_date: str | None
    provider_ref: str
    provider_name: str
    line: int


@dataclass(frozen=True)
class IatiIndicator:
    names: Narratives
    measure: str
    baseline: float | None
    target: float | None
    actual: float | None
    line: int


@dataclass
class IatiActivity:
    identifier: str
    line: int
    lang: str
    titles: Narratives = field(default_factory=dict)
    descriptions: list[tuple[str, Narratives]] = field(default_factory=list)  # (type, text)
    status: str | None = None
    dates: dict[str, str] = field(default_factory=dict)  # date type 1-4 -> ISO date
    countries: list[tuple[str, float | None, int]] = field(default_factory=list)
    orgs: list[IatiOrg] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)  # DAC 5-digit codes
    money: list[IatiMoney] = field(default_factory=list)
    indicators: list[IatiIndicator] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _Hashing(io.RawIOBase):
    """A binary file that hashes what is read from it: the apply checks the file is unchanged."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.hash = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.hash.update(data)
        return data


class IatiFile:
    """One IATI activity file: iterate `activities()` once; `digest` is known after."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.version = ""
        self.digest = ""

    def activities(self) -> Iterator[IatiActivity]:
        name = self.path.name
        raw = open_input(self.path, noun="an IATI file")
        with raw:
            if not raw.peek(1):
                raise UserError(translate("Core", "{name} is empty, not an IATI activity"
                                          " file").format(name=name))
            source = _Hashing(raw)
            etree.clear_error_log()  # the log is per thread: keep only this file's errors
            events = etree.iterparse(
                source, events=("start", "end"), tag=("iati-activities", "iati-activity"),
                resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                remove_comments=True, remove_pis=True, huge_tree=False)
            root: etree._Element | None = None
            try:
                for event, element in events:
                    if root is None:
                        root = self._check_root(element)
                    if event == "end" and element.tag == "iati-activity":
                        yield read_activity(element)
                        element.clear(keep_tail=False)
                        parent = element.getparent()
                        if parent is not None:
                            while element.getprevious() is not None:
                                del parent[0]
            except etree.XMLSyntaxError as exc:
                raise UserError(_syntax_message(name, exc)) from None
            if root is None:
                found = events.root
                if found is not None:
                    self._check_root(found)
                raise UserError(translate("Core", "{name} is not an IATI activity file: it"
                                          " has no <iati-activities> element").format(name=name))
            self.digest = source.hash.hexdigest()

    def _check_root(self, element: etree._Element) -> etree._Element:
        """Refuse a DOCTYPE and any root but <iati-activities>, before reading on."""
        root = element.getroottree().getroot()
        info = element.getroottree().docinfo
        if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
            raise UserError(translate("Core", "{name} line {line}: the file declares a DOCTYPE"
                                      " (entities or an external DTD) before this line; IATI"
                                      " files never need one, so it is refused").format(
                name=self.path.name, line=root.sourceline))
        if root.tag != "iati-activities":
            what = (translate("Core", "an IATI organisation file")
                    if root.tag == "iati-organisations"
                    else translate("Core", "a <{tag}> document").format(tag=root.tag))
            raise UserError(translate("Core", "{name} line {line}: {what}, not an IATI activity"
                                      " file (<iati-activities>)").format(
                name=self.path.name, line=root.sourceline, what=what))
        self.version = root.get("version", "")
        return root


def _syntax_message(name: str, exc: etree.XMLSyntaxError) -> str:
    """The first fatal error libxml2 logged: its own summary is sometimes 'line 0'."""
    errors = [e for e in exc.error_log if e.level_name == "FATAL"] or list(exc.error_log)
    if errors:
        first = errors[0]
        line, message = first.line, first.message
    else:
        line, message = exc.lineno or 0, exc.msg
    message = message.strip().rstrip(".")
    line = max(line, 1)
    if "Premature end of data" in message or "EndTag" in message or \
            "no element found" in message:
        return translate("Core", "{name} line {line}: the XML ends too early (is the file"
                         " complete?): {message}").format(name=name, line=line, message=message)
    if "entit" in message.lower():
        return translate("Core", "{name} line {line}: {message}; entities are refused (an"
                         " entity bomb?)").format(name=name, line=line, message=message)
    return translate("Core", "{name} line {line}: not well-formed XML: {message}").format(
        name=name, line=line, message=message)


# -- one activity ------------------------------------------------------------------


def read_activity(element: etree._Element) -> IatiActivity:
    """The values of one <iati-activity>; problems are noted, not raised."""
    lang = element.get(_LANG, "")
    activity = IatiActivity(identifier="", line=element.sourceline or 0, lang=lang)
    default_currency = element.get("default-currency", "")
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        line = child.sourceline or 0
        if tag == "iati-identifier":
            activity.identifier = (child.text or "").strip()
        elif tag == "title":
            activity.titles = _narratives(child, lang)
        elif tag == "description":
            activity.descriptions.append((child.get("type", "1"), _narratives(child, lang)))
        elif tag == "activity-status":
            activity.status = child.get("code", "").strip() or None
        elif tag == "activity-date":
            kind = child.get("type", "").strip()
            kind = _OLD_DATE_TYPES.get(kind, kind)
            value = _date(activity, child, "iso-date")
            if kind in ("1", "2", "3", "4") and value:
                activity.dates[kind] = value
        elif tag == "recipient-country":
            code = child.get("code", "").strip().upper()
            if code:
                activity.countries.append((code, _number(activity, child, "percentage"), line))
        elif tag == "participating-org":
            activity.orgs.append(IatiOrg(ref=child.get("ref", "").strip(),
                                         names=_narratives(child, lang),
                                         role=child.get("role", "").strip(),
                                         type=child.get("type", "").strip(), line=line))
        elif tag == "sector":
            code = child.get("code", "").strip()
            if child.get("vocabulary", "1").strip() in ("1", "DAC") and code:
                if len(code) == 5 and code.isdigit():
                    activity.sectors.append(code)
                else:
                    activity.problems.append(Problem(line, tag, f"sector code {code!r} is not"
                                                     " a DAC 5-digit code"))
        elif tag in ("budget", "planned-disbursement", "transaction"):
            money = _money(activity, child, default_currency)
            if money is not None:
                activity.money.append(money)
        elif tag == "result":
            activity.indicators += _indicators(activity, child, lang)
    if not activity.identifier:
        activity.problems.append(Problem(activity.line, "iati-activity",
                                         "has no <iati-identifier>"))
    return activity


def _narratives(element: etree._Element, lang: str) -> Narratives:
    """Text by language; IATI 1.x put the text on the element itself."""
    found: Narratives = {}
    for narrative in element.iterchildren("narrative"):
        raw = narrative.text if len(narrative) == 0 else "".join(narrative.itertext())
        text = " ".join((raw or "").split())
        if text:
            found.setdefault(narrative.get(_LANG, lang).lower(), text)
    if not found and element.text and element.text.strip():
        found[element.get(_LANG, lang).lower()] = " ".join(element.text.split())
    return found


def _date(activity: IatiActivity, element: etree._Element, attr: str) -> str | None:
    value = str(element.get(attr, "")).strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    activity.problems.append(Problem(element.sourceline or 0, str(element.tag),
                                     f"{attr} {value!r} is not a date (YYYY-MM-DD)"))
    return None


def _number(activity: IatiActivity, element: etree._Element, attr: str) -> float | None:
    value = element.get(attr, "").strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        activity.problems.append(Problem(element.sourceline or 0, str(element.tag),
                                         f"{attr} {value!r} is not a number"))
        return None


def _money(activity: IatiActivity, element: etree._Element,
           default_currency: str) -> IatiMoney | None:
    tag = str(element.tag)
    line = element.sourceline or 0
    value = element.find("value")
    if value is None:
        activity.problems.append(Problem(line, tag, "has no <value>"))
        return None
    text = (value.text or "").strip().replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        activity.problems.append(Problem(value.sourceline or line, f"{tag}/value",
                                         f"{text!r} is not an amount"))
        return None
    if not amount.is_finite():
        activity.problems.append(Problem(value.sourceline or line, f"{tag}/value",
                                         f"{text!r} is not an amount"))
        return None
    if tag == "transaction":
        kind_element = element.find("transaction-type")
        kind = "" if kind_element is None else kind_element.get("code", "").strip()
        provider = element.find("provider-org")
    else:
        kind = element.get("type", "1").strip()
        provider = element.find("provider-org") if tag == "planned-disbursement" else None
    return IatiMoney(
        element=tag, kind=kind, amount=amount,
        currency=(value.get("currency") or default_currency).strip().upper(),
        value_date=_date(activity, value, "value-date"),
        provider_ref="" if provider is None else provider.get("ref", "").strip(),
        provider_name="" if provider is None else
        next(iter(_narratives(provider, activity.lang).values()), ""),
        line=value.sourceline or line)


def _indicators(activity: IatiActivity, result: etree._Element,
                lang: str) -> list[IatiIndicator]:
    """Each indicator with its baseline and its latest period's target and actual."""
    found = []
    for indicator in result.iterchildren("indicator"):
        title = indicator.find("title")
        names = {} if title is None else _narratives(title, lang)
        baseline = None
        for element in indicator.iterchildren("baseline"):
            baseline = _number(activity, element, "value")
        target = actual = None
        periods = sorted(indicator.iterchildren("period"), key=_period_end)
        for period in periods:
            for element in period.iterchildren("target"):
                target = _number(activity, element, "value") if element.get("value") \
                    else target
            for element in period.iterchildren("actual"):
                actual = _number(activity, element, "value") if element.get("value") \
                    else actual
        # IATI 2.01 could give a target on the indicator itself.
        for element in indicator.iterchildren("target"):
            target = _number(activity, element, "value")
        found.append(IatiIndicator(names=names, measure=indicator.get("measure", "1"),
                                   baseline=baseline, target=target, actual=actual,
                                   line=indicator.sourceline or 0))
    return found


def _period_end(period: etree._Element) -> str:
    end = period.find("period-end")
    return "" if end is None else end.get("iso-date", "")
