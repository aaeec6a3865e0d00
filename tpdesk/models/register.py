"""The register as plain content for a workbook: records, the names they point at, the filters.

Activities and commitments come as streams read a page at a time, so that an
export of 100,000 activities holds one page in memory. Read them inside
`snapshot(store)`: every page then comes from the same state of the database,
even if another program writes meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TypeVar

from .content import BriefingContent, RegisterContent, RegisterLookups
from .errors import FilterError
from .l10n import translate
from .pack_words import words_for
from .queries import Filters, applies_to
from .records import Activity, Commitment, Organisation, Partnership, Record, Roundtable
from .store import Store
from .vocab import ActivityStatus, CommitmentStatus, Labelled

PAGE = 1000
R = TypeVar("R", bound=Record)

# Which filters narrow which sheet. Roundtables and organisations are the
# reference lists the other sheets point at, so only their own filters apply.
_SHEET_FILTERS: dict[type[Record], frozenset[str]] = {
    Activity: applies_to(Activity),
    Commitment: applies_to(Commitment),
    Roundtable: frozenset({"partnership"}),
    Organisation: frozenset({"kind"}),
}
_STATUS: dict[type[Record], type[Labelled]] = {
    Activity: ActivityStatus,
    Commitment: CommitmentStatus,
}


@contextmanager
def snapshot(store: Store) -> Iterator[None]:
    """One read transaction: the pages of a stream all see the same database."""
    with store.snapshot():
        yield


def register_content(store: Store, filters: Filters | None = None, *,
                     title: str = "Talent Partnership register") -> RegisterContent:
    """The whole register, or the part the filters keep; each filter narrows the sheets it fits."""
    filters = filters or Filters()
    per_sheet = {cls: sheet_filters(filters, cls) for cls in _SHEET_FILTERS}
    activities, commitments = per_sheet[Activity], per_sheet[Commitment]
    expected = store.count(Activity, activities) + store.count(Commitment, commitments)
    return RegisterContent(
        title=title,
        generated_at=datetime.now(UTC).replace(microsecond=0),
        today=store.today(),
        filters=describe(filters),
        partnerships=store.list(Partnership),
        organisations=store.list(Organisation, per_sheet[Organisation]),
        roundtables=store.list(Roundtable, per_sheet[Roundtable]),
        activities=_pages(store, Activity, activities),
        commitments=_pages(store, Commitment, commitments),
        lookups=lookups(store),
        expected_rows=expected,
    )


def pack_register(store: Store, briefing: BriefingContent) -> RegisterContent:
    """The records a briefing pack covers, with its meeting, audience and version.

    The facts about the pack are in its language and an Arabic pack's sheets
    read from the right; the column headers stay English whatever the pack's
    language, because they are the import's contract (a workbook goes back
    into any laptop's register by them).
    """
    w = words_for(briefing.language)
    facts = ((w("facts.meeting"), briefing.meeting),
             (w("cover.meeting_date"), w.date(briefing.meeting_date or "")),
             (w("cover.prepared_for"), briefing.audience),
             (w("cover.prepared_by"), briefing.author),
             (w("cover.version"), briefing.version), (w("facts.pack"), briefing.title))
    return RegisterContent(
        title=briefing.title,
        generated_at=datetime.now(UTC).replace(microsecond=0),
        today=store.today(),
        filters=(w("book.pack_filter", title=briefing.title),),
        partnerships=store.list(Partnership),
        organisations=list(briefing.organisations.values()),
        roundtables=briefing.roundtables,
        activities=briefing.activities,
        commitments=briefing.commitments,
        lookups=lookups(store),
        expected_rows=len(briefing.activities) + len(briefing.commitments),
        facts=tuple((label, value) for label, value in facts if value),
        right_to_left=w.right_to_left,
        language=w.code,
    )


def template_content(store: Store, *, title: str = "Talent Partnership register: template",
                     ) -> RegisterContent:
    """No records, but the register's partnerships and organisations for the pick lists."""
    return RegisterContent(
        title=title, generated_at=datetime.now(UTC).replace(microsecond=0),
        today=store.today(), filters=(), partnerships=store.list(Partnership),
        organisations=[], roundtables=[], activities=[], commitments=[],
        lookups=lookups(store), template=True)


def lookups(store: Store) -> RegisterLookups:
    """Every name a sheet needs; activity titles only for those a commitment points at."""
    db = store.db
    titles = db.execute(
        "SELECT id, title FROM activity WHERE deleted_at IS NULL AND id IN"
        " (SELECT activity_id FROM commitment WHERE deleted_at IS NULL"
        " AND activity_id IS NOT NULL)").fetchall()
    objectives = db.execute("SELECT id, code FROM objective").fetchall()
    return RegisterLookups(
        partnership_codes={p.id: p.country_code for p in store.list(Partnership)},
        organisation_names={o.id: o.caption for o in store.list(Organisation)},
        roundtable_numbers={r.id: r.number for r in store.list(Roundtable)},
        objective_codes={str(i): str(c) for i, c in objectives},
        activity_titles={str(i): str(t) for i, t in titles},
    )


def sheet_filters(filters: Filters, cls: type[Record]) -> Filters:
    """The part of the filters that applies to one sheet's records.

    `--status` names an activity status or a commitment status; it narrows the
    sheet whose vocabulary it belongs to (both, for 'cancelled').
    """
    status = filters.status
    if status is not None and not any(_parses(v, status) for v in _STATUS.values()):
        raise FilterError("status", status, translate(
            "Core", "{status!r} is neither an activity nor a commitment status").format(
            status=status))
    keep = _SHEET_FILTERS[cls]
    values = {name: getattr(filters, name) for name in filters.given() if name in keep}
    if "status" in values and not _parses(_STATUS[cls], values["status"]):
        del values["status"]
    return Filters(**values)


def describe(filters: Filters) -> tuple[str, ...]:
    """The filters in words, for the workbook's summary."""
    words = []
    for name in filters.given():
        value = getattr(filters, name)
        label = name.replace("_", " ")
        words.append(label if value is True else f"{label}: {value}")
    return tuple(words)


def _parses(vocab: type[Labelled], text: str) -> bool:
    try:
        vocab.parse(text)
    except ValueError:
        return False
    return True


def _pages(store: Store, cls: type[R], filters: Filters) -> Iterator[R]:
    offset = 0
    while True:
        page = store.list(cls, filters, limit=PAGE, offset=offset)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE
