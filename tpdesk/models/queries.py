"""Filters on lists of records, turned into SQL that the indexes can serve.

The same `Filters` drive the command line's `list`, the desktop tables and
the briefing packs, so every place narrows the register the same way.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from datetime import date, timedelta
from typing import Any

from .countries import COUNTRIES, EU_MEMBER_STATES
from .errors import FilterError
from .l10n import translate
from .records import (
    DUE_SOON_DAYS,
    Activity,
    Commitment,
    Note,
    Organisation,
    Pack,
    Partnership,
    Record,
    Roadmap,
    Roundtable,
    new_id,
)
from .vocab import (
    ActivityCategory,
    ActivityStatus,
    CommitmentState,
    CommitmentStatus,
    Instrument,
    Labelled,
    OrganisationKind,
    PartnershipStatus,
    Role,
    RoundtableStatus,
)


@dataclass(kw_only=True)
class Filters:
    """What to keep; None or False means 'any'. Text fields take values or labels."""

    partnership: str | None = None  # ISO country code or partnership id
    status: str | None = None
    category: str | None = None
    sector: str | None = None
    member_state: str | None = None  # ISO code of an EU Member State
    instrument: str | None = None
    kind: str | None = None  # organisation kind
    overdue: bool = False
    due_within_days: int | None = None
    state: str | None = None  # a CommitmentState: what `Commitment.state(today)` says
    text: str | None = None

    def given(self) -> list[str]:
        """The filters set; blank text counts as none."""
        return [f.name for f in fields(self)
                if getattr(self, f.name) not in (None, False) and
                not (isinstance(getattr(self, f.name), str) and not getattr(self, f.name).strip())]


@dataclass(kw_only=True)
class SavedSearch:
    """Filters on one kind of record, under a name the user chose."""

    id: str = field(default_factory=new_id)
    name: str
    kind: str  # a record kind: "activity", "commitment", ...
    filters: Filters

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in asdict(self.filters).items()
                           if k in self.filters.given()}, sort_keys=True)

    @staticmethod
    def filters_from_json(text: str) -> Filters:
        """Filters read back; a name an older or newer tpdesk does not know is left out."""
        known = {f.name for f in fields(Filters)}
        values = json.loads(text or "{}")
        return Filters(**{k: v for k, v in values.items() if k in known})


_STATUS: dict[type[Record], type[Labelled]] = {
    Partnership: PartnershipStatus,
    Roundtable: RoundtableStatus,
    Activity: ActivityStatus,
    Commitment: CommitmentStatus,
}

_APPLIES: dict[type[Record], set[str]] = {
    Partnership: {"partnership", "status", "sector", "member_state", "text"},
    Organisation: {"kind", "member_state", "text"},
    Roundtable: {"partnership", "status", "member_state", "text"},
    Roadmap: {"partnership", "text"},
    Activity: {"partnership", "status", "category", "sector", "member_state", "instrument",
               "text"},
    Commitment: {"partnership", "status", "category", "sector", "member_state", "instrument",
                 "overdue", "due_within_days", "state", "text"},
    Note: {"partnership", "text"},
    Pack: {"partnership", "text"},
}

def applies_to(cls: type[Record]) -> frozenset[str]:
    """The filters that make sense for a record kind."""
    return frozenset(_APPLIES[cls])


DEFAULT_ORDER: dict[type[Record], str] = {
    Partnership: "t.country_code",
    Organisation: "t.name COLLATE NOCASE",
    Roundtable: "t.partnership_id, t.number",
    Roadmap: "t.partnership_id, t.version",
    Activity: "t.start_date IS NULL, t.start_date, t.title COLLATE NOCASE",
    Commitment: "t.due_date IS NULL, t.due_date, t.text COLLATE NOCASE",
    Note: "t.updated_at DESC",
    Pack: "t.date IS NULL, t.date DESC, t.title COLLATE NOCASE",
}


# Sort keys a table offers beyond its own columns: values computed from the
# record's parts, so that every column a list shows can be sorted in SQL.
_LEAD_ROLES = "('lead_member_state', 'implementing', 'accountable')"
_FIRST_NAME = ("(SELECT coalesce(nullif(o.short_name, ''), o.name) FROM {link} x"
               " JOIN organisation o ON o.id = x.organisation_id WHERE x.{fk} = t.id{extra}"
               " ORDER BY {order}x.position LIMIT 1) COLLATE NOCASE")
SORT_KEYS: dict[type[Record], dict[str, str]] = {
    Activity: {
        "lead": _FIRST_NAME.format(
            link="participation", fk="activity_id", extra=f" AND x.role IN {_LEAD_ROLES}",
            order="CASE x.role WHEN 'lead_member_state' THEN 0"
                  " WHEN 'implementing' THEN 1 ELSE 2 END, "),
        "funding": "(SELECT sum(l.amount_cents) FROM funding_line l"
                   " WHERE l.activity_id = t.id)",
    },
    Commitment: {
        "actors": _FIRST_NAME.format(link="commitment_actor", fk="commitment_id", extra="",
                                     order=""),
        "last_update": "(SELECT u.date FROM progress_update u WHERE u.commitment_id = t.id"
                       " ORDER BY u.position DESC LIMIT 1)",
    },
    Partnership: {},
    Organisation: {},
    Roundtable: {},
    Roadmap: {},
    Note: {},
    Pack: {},
}


_CLOSED = ", ".join(f"'{s}'" for s in CommitmentStatus.closed())
_OPEN = f"t.status NOT IN ({_CLOSED})"


def state_condition(state: CommitmentState, today: date) -> tuple[str, list[str]]:
    """SQL on commitment alias `t` keeping what `Commitment.state(today)` calls `state`."""
    now = today.isoformat()
    soon = (today + timedelta(days=DUE_SOON_DAYS)).isoformat()
    return {
        CommitmentState.CLOSED: (f"t.status IN ({_CLOSED})", []),
        CommitmentState.OVERDUE: (f"{_OPEN} AND t.due_date < ?", [now]),
        CommitmentState.DUE_SOON: (f"{_OPEN} AND t.due_date >= ? AND t.due_date <= ?",
                                   [now, soon]),
        CommitmentState.OPEN: (f"{_OPEN} AND (t.due_date IS NULL OR t.due_date > ?)", [soon]),
    }[state]


def _parse(vocab: type[Labelled], value: str, field: str) -> str:
    try:
        return str(vocab.parse(value))
    except ValueError as exc:
        raise FilterError(field, value, str(exc)) from None


def _not_for(cls: type[Record]) -> str:
    """Why a filter is refused for records of kind `cls`."""
    why = {
        "partnership": lambda: translate("Core", "does not apply to partnerships"),
        "organisation": lambda: translate("Core", "does not apply to organisations"),
        "roundtable": lambda: translate("Core", "does not apply to roundtables"),
        "roadmap": lambda: translate("Core", "does not apply to roadmaps"),
        "activity": lambda: translate("Core", "does not apply to activities"),
        "commitment": lambda: translate("Core", "does not apply to commitments"),
        "note": lambda: translate("Core", "does not apply to notes"),
        "pack": lambda: translate("Core", "does not apply to briefing packs"),
    }
    return why[cls.KIND]()


def where(cls: type[Record], f: Filters, *, today: date, partnership_ids: list[str],
          match: str | None) -> tuple[list[str], list[Any]]:
    """SQL conditions on table alias `t` and their parameters.

    The caller resolves `partnership` to ids and `text` to an FTS match
    expression, since both need the store.
    """
    for name in f.given():
        if name not in _APPLIES[cls]:
            raise FilterError(name, getattr(f, name), _not_for(cls))
    clauses = ["t.deleted_at IS NULL"]
    params: list[Any] = []

    if f.partnership is not None:
        column = "t.id" if cls is Partnership else "t.partnership_id"
        clauses.append(f"{column} IN ({', '.join('?' * len(partnership_ids))})")
        params += partnership_ids
    if f.status is not None:
        clauses.append("t.status = ?")
        params.append(_parse(_STATUS[cls], f.status, "status"))
    if f.category is not None:
        clauses.append(_through_activity(cls, "{a}.category = ?"))
        params += [_parse(ActivityCategory, f.category, "category")] * clauses[-1].count("?")
    if f.kind is not None:
        clauses.append("t.kind = ?")
        params.append(_parse(OrganisationKind, f.kind, "kind"))
    if f.instrument is not None:
        clauses.append(_through_activity(cls, "+{a}.id IN (SELECT l.activity_id FROM"
                                              " funding_line l WHERE l.instrument = ?)"))
        params += [_parse(Instrument, f.instrument, "instrument")] * clauses[-1].count("?")
    if f.sector is not None:
        # The stored JSON list holds each sector as json.dumps writes it (mapping.to_row),
        # quotes around it: matching that text finds the element exactly, without
        # unpacking the list of each of 100,000 rows (LIKE folds case as lower() did).
        encoded = json.dumps(f.sector.strip(), ensure_ascii=False)
        pattern = ("%" + encoded.replace("!", "!!").replace("%", "!%").replace("_", "!_")
                   + "%")
        clauses.append("t.sectors LIKE ? ESCAPE '!'" if cls is Partnership
                       else _through_activity(cls, "{a}.sectors LIKE ? ESCAPE '!'"))
        params += [pattern] * clauses[-1].count("?")
    if f.member_state is not None:
        code = _member_state(f.member_state)
        clauses.append(_MEMBER_STATE[cls])
        params += [code] * _MEMBER_STATE[cls].count("?")
    if f.overdue:
        clause, values = state_condition(CommitmentState.OVERDUE, today)
        clauses.append(clause)
        params += values
    if f.due_within_days is not None:
        try:
            last = today + timedelta(days=f.due_within_days)
        except OverflowError:
            raise FilterError("due_within_days", f.due_within_days, translate(
                "Core", "{days} days from today is past the year 9999").format(
                days=f.due_within_days)) from None
        clauses.append(f"t.due_date >= ? AND t.due_date <= ? AND {_OPEN}")
        params += [today.isoformat(), last.isoformat()]
    if f.state is not None:
        state = CommitmentState(_parse(CommitmentState, f.state, "state"))
        clause, values = state_condition(state, today)
        clauses.append(clause)
        params += values
    if "text" in f.given():
        if match is None:
            clauses.append("0")
        else:
            clauses.append("t.id IN (SELECT d.record_id FROM search_fts"
                           " JOIN search_doc d ON d.docid = search_fts.rowid"
                           " WHERE search_fts MATCH ? AND d.record_kind = ?)")
            params += [match, cls.KIND]
    return clauses, params


def _member_state(value: str) -> str:
    code = value.strip().upper()
    if code not in COUNTRIES:
        raise FilterError("member_state", value, translate(
            "Core", "unknown country code {value!r}").format(value=value))
    if code not in EU_MEMBER_STATES:
        raise FilterError("member_state", value, translate(
            "Core", "{code} is not an EU Member State").format(code=code))
    return code


# Codes under this have a bit in the masks of `activity_filter` and `commitment_filter`.
MASK_BITS = 62
FacetCodes = Callable[[str, str], list[int]]
"""(kind, value) -> the codes `filter_code` gives the value (sectors: in any case)."""


def activity_facets(f: Filters, codes: FacetCodes, *, partnership_ids: list[str],
                    match: str | None) -> tuple[list[str], list[Any]]:
    """The filters on activities as conditions on `activity_filter` alias `f`.

    Each is a comparison of small integers in one narrow row, so a count or a
    first page reads one index and no activity. A value no activity has ever
    had has no code and keeps nothing; a value coded past the masks' bits is
    matched the slow way, through the joins `where` uses.
    """
    for name in f.given():
        if name not in _APPLIES[Activity]:
            raise FilterError(name, getattr(f, name), _not_for(Activity))
    clauses: list[str] = []
    params: list[Any] = []

    def equal(column: str, kind: str, value: str) -> None:
        found = codes(kind, value)
        clauses.append(f"f.{column} = ?" if found else "0")
        params.extend(found[:1])

    def masked(column: str, kind: str, value: str, slow: str, slow_params: list[Any]) -> None:
        found = codes(kind, value)
        if any(code >= MASK_BITS for code in found):
            clauses.append(f"f.id IN (SELECT t.id FROM activity t WHERE {slow})")
            params.extend(slow_params)
        else:
            clauses.append(f"f.{column} & ?" if found else "0")
            params.extend([sum(1 << code for code in found)] if found else [])

    if f.partnership is not None:
        equal("partnership", "partnership", partnership_ids[0])
    if f.status is not None:
        equal("status", "status", _parse(ActivityStatus, f.status, "status"))
    if f.category is not None:
        equal("category", "category", _parse(ActivityCategory, f.category, "category"))
    if f.instrument is not None:
        instrument = _parse(Instrument, f.instrument, "instrument")
        masked("instruments", "instrument", instrument,
               "t.id IN (SELECT l.activity_id FROM funding_line l WHERE l.instrument = ?)",
               [instrument])
    if f.sector is not None:
        sector = f.sector.strip()
        masked("sectors", "sector", sector,
               "EXISTS (SELECT 1 FROM json_each(t.sectors) WHERE value = ? COLLATE NOCASE)",
               [sector])
    if f.member_state is not None:
        code = _member_state(f.member_state)
        masked("member_states", "member_state", code, _MEMBER_STATE[Activity], [code])
    _text_facet(f, match, Activity, clauses, params)
    return clauses or ["1"], params


COMMITMENT_FACETS = frozenset({"partnership", "status", "member_state", "overdue", "text"})
"""The commitment filters `commitment_filter` answers; others go through `where`."""


def commitment_facets(f: Filters, codes: FacetCodes, *, today: date,
                      partnership_ids: list[str], match: str | None
                      ) -> tuple[list[str], list[Any]]:
    """The filters on commitments as conditions on `commitment_filter` alias `f`."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.partnership is not None:
        found = codes("partnership", partnership_ids[0])
        clauses.append("f.partnership = ?" if found else "0")
        params.extend(found[:1])
    if f.status is not None:
        found = codes("commitment_status", _parse(CommitmentStatus, f.status, "status"))
        clauses.append("f.status = ?" if found else "0")
        params.extend(found[:1])
    if f.member_state is not None:
        code = _member_state(f.member_state)
        found = codes("member_state", code)
        if any(c >= MASK_BITS for c in found):
            clauses.append("f.id IN (SELECT t.id FROM commitment t WHERE"
                           f" {_MEMBER_STATE[Commitment]})")
            params.extend([code] * _MEMBER_STATE[Commitment].count("?"))
        else:
            clauses.append("f.member_states & ?" if found else "0")
            params.extend([1 << found[0]] if found else [])
    if f.overdue:
        closed = [c for s in CommitmentStatus.closed() for c in codes("commitment_status", s)]
        clauses.append(f"f.status NOT IN ({', '.join('?' * len(closed))}) AND f.due_date < ?")
        params += [*closed, today.isoformat()]
    _text_facet(f, match, Commitment, clauses, params)
    return clauses or ["1"], params


def _text_facet(f: Filters, match: str | None, cls: type[Record], clauses: list[str],
                params: list[Any]) -> None:
    if "text" in f.given():
        if match is None:
            clauses.append("0")
        else:
            clauses.append("f.id IN (SELECT d.record_id FROM search_fts"
                           " JOIN search_doc d ON d.docid = search_fts.rowid"
                           " WHERE search_fts MATCH ? AND d.record_kind = ?)")
            params += [match, cls.KIND]


# Computed once as a set, then probed per row: much cheaper than a correlated EXISTS.
# The unary + keeps the planner from walking that set (a quarter of the register
# for a big Member State) and reading each row; the indexes it probes hold `id`.
_ACTOR_COUNTRY = (
    "+t.id IN (SELECT x.{fk} FROM {link} x JOIN organisation o ON o.id = x.organisation_id"
    " WHERE o.country_code = ?)"
)

_MEMBER_STATE: dict[type[Record], str] = {
    Partnership: "EXISTS (SELECT 1 FROM json_each(t.member_states) WHERE value = ?)",
    Organisation: "t.country_code = ?",
    Roundtable: "EXISTS (SELECT 1 FROM partnership p, json_each(p.member_states)"
                " WHERE p.id = t.partnership_id AND value = ?)",
    Activity: _ACTOR_COUNTRY.format(link="participation", fk="activity_id"),
    # An actor from the Member State, or the Member State leads the activity it serves.
    Commitment: "(" + _ACTOR_COUNTRY.format(link="commitment_actor", fk="commitment_id")
                + " OR t.activity_id IN (SELECT x.activity_id FROM participation x"
                  " JOIN organisation o ON o.id = x.organisation_id"
                  f" WHERE x.role = '{Role.LEAD_MEMBER_STATE}' AND o.country_code = ?))",
}


def _through_activity(cls: type[Record], condition: str) -> str:
    """A condition on an activity (`{a}` its alias), for activities or what commitments serve.

    A commitment has an activity's sector, category or instrument when it is
    linked to such an activity, or to an objective that such an activity
    serves: so a pack narrowed to a sector lists the commitments on its work.
    """
    if cls is Activity:
        return condition.format(a="t")
    live = f"a.deleted_at IS NULL AND {condition.format(a='a')}"
    return (f"(t.activity_id IN (SELECT a.id FROM activity a WHERE {live})"
            " OR t.objective_id IN (SELECT ao.objective_id FROM activity_objective ao"
            f" JOIN activity a ON a.id = ao.activity_id WHERE {live}))")
