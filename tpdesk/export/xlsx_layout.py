"""The register workbook's sheets and columns: one description for writing and re-import.

Each column says what the exporter writes for a record and which field an
edited cell changes on import. A column without a field is read only: it is
there for the reader and ignored on import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum, auto
from typing import Any

from ..models.content import RegisterContent, RegisterLookups
from ..models.countries import COUNTRIES
from ..models.records import (
    Activity,
    Commitment,
    FundingLine,
    Organisation,
    ProgressUpdate,
    Record,
    Roundtable,
)
from ..models.vocab import (
    ActivityCategory,
    ActivityStatus,
    CommitmentStatus,
    FundingStage,
    Instrument,
    Labelled,
    OrganisationKind,
    RoundtableStatus,
    SkillLevel,
)
from .xlsx_cells import CellValue

CLEAR = "(clear)"
YES = "yes"
LIST_SEPARATOR = "; "


class Kind(Enum):
    """How a column's cells are written, read back and checked."""

    ID = auto()
    PARENT = auto()  # the id of the record a part belongs to (funding line -> activity)
    TEXT = auto()
    LONG_TEXT = auto()
    DATE = auto()
    MONEY = auto()  # euros in the sheet, cents in the store
    INT = auto()
    CHOICE = auto()  # one value of a vocabulary, shown by its label
    CHOICES = auto()  # several values of a vocabulary, separated by '; '
    LIST = auto()  # free words separated by '; '
    PARTNERSHIP = auto()  # partner country code
    ORGANISATION = auto()  # one organisation by short name or name
    ORGANISATIONS = auto()  # several, separated by '; '
    COUNTRY = auto()
    ROUNDTABLE = auto()  # roundtable number within the row's partnership
    DELETE = auto()


Getter = Callable[[Any, RegisterLookups], CellValue]


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind
    width: float
    value: Getter
    field: str = ""  # the attribute an edit changes; empty: read only
    vocab: type[Labelled] | None = None
    choices: str | None = None  # the pick list offered in the cell
    note: str = ""
    required: bool = False  # a new row must fill it, and "(clear)" cannot empty it

    @property
    def editable(self) -> bool:
        return bool(self.field) or self.kind is Kind.DELETE


@dataclass(frozen=True)
class Sheet:
    name: str
    table: str  # the Excel table's name: no spaces
    record: type[Any]  # a Record, or a part (FundingLine, ProgressUpdate)
    columns: tuple[Column, ...]
    part_of: str = ""  # for a part: the attribute of the parent that lists it
    parent: type[Record] | None = None

    def column(self, header: str) -> Column:
        return next(c for c in self.columns if c.header == header)

    def letter(self, header: str) -> str:
        from openpyxl.utils import get_column_letter  # openpyxl is slow to import: only on use

        return str(get_column_letter(self.columns.index(self.column(header)) + 1))


def _day(text: str | None) -> date | str | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def _joined(items: list[str]) -> str:
    return LIST_SEPARATOR.join(items)


def _labels(items: list[Any]) -> str:
    return LIST_SEPARATOR.join(i.label for i in items)


def _org(lk: RegisterLookups, org_id: str | None) -> str:
    return lk.organisation_names.get(org_id, org_id) if org_id else ""


def _participants(a: Activity, lk: RegisterLookups) -> str:
    return LIST_SEPARATOR.join(
        f"{_org(lk, p.organisation_id)} ({', '.join(r.label for r in p.roles)})"
        for p in a.participants)


def _last_update(c: Commitment) -> date | str | None:
    return _day(max((u.date for u in c.updates), default=None))


def _code(lk: RegisterLookups, partnership_id: str) -> str:
    return lk.partnership_codes.get(partnership_id, "")


_ID_NOTE = "Leave empty in a new row. Do not change: re-import matches rows by this id."
_RO_NOTE = "Read only: shown for reference and ignored on import."
_DELETE_NOTE = "Type yes to delete this record on import. Removing the row deletes nothing."


def _id(width: float = 38) -> Column:
    return Column("id", Kind.ID, width, lambda r, lk: _item(r).id, field="id", note=_ID_NOTE)


def _delete() -> Column:
    return Column("Delete", Kind.DELETE, 8, lambda r, lk: None, choices="Yes", note=_DELETE_NOTE)


def _item(row: Any) -> Any:
    """The record or part a row shows: parts travel as (parent, part)."""
    return row[1] if isinstance(row, tuple) else row


ACTIVITIES = Sheet("Activities", "Activities", Activity, (
    Column("Partnership", Kind.PARTNERSHIP, 13, lambda a, lk: _code(lk, a.partnership_id),
           field="partnership_id", choices="Partnership", required=True),
    Column("Title", Kind.TEXT, 46, lambda a, lk: a.title, field="title", required=True),
    Column("Category", Kind.CHOICE, 34, lambda a, lk: a.category.label, field="category",
           vocab=ActivityCategory, choices="Category", required=True),
    Column("Status", Kind.CHOICE, 22, lambda a, lk: a.status.label, field="status",
           vocab=ActivityStatus, choices="Activity status"),
    Column("Start date", Kind.DATE, 17, lambda a, lk: _day(a.start_date), field="start_date"),
    Column("End date", Kind.DATE, 17, lambda a, lk: _day(a.end_date), field="end_date"),
    Column("Sectors", Kind.LIST, 22, lambda a, lk: _joined(a.sectors), field="sectors"),
    Column("Skill levels", Kind.CHOICES, 18, lambda a, lk: _labels(a.skill_levels),
           field="skill_levels", vocab=SkillLevel),
    Column("Target beneficiaries", Kind.INT, 12, lambda a, lk: a.target_beneficiaries,
           field="target_beneficiaries"),
    Column("Beneficiaries", Kind.TEXT, 26, lambda a, lk: a.beneficiaries,
           field="beneficiaries"),
    Column("Total funding", Kind.MONEY, 18, lambda a, lk: a.total_cents / 100,
           note=_RO_NOTE + " Edit amounts on the Funding sheet."),
    Column("Organisations", Kind.TEXT, 30, _participants, note=_RO_NOTE),
    Column("Objectives", Kind.TEXT, 12, lambda a, lk: _joined(
        [lk.objective_codes.get(o, o) for o in a.objective_ids]), note=_RO_NOTE),
    Column("Description", Kind.LONG_TEXT, 60, lambda a, lk: a.description, field="description"),
    Column("Progress notes", Kind.LONG_TEXT, 40, lambda a, lk: a.progress_notes,
           field="progress_notes"),
    Column("Tags", Kind.LIST, 16, lambda a, lk: _joined(a.tags), field="tags"),
    _delete(),
    _id(),
))

COMMITMENTS = Sheet("Commitments", "Commitments", Commitment, (
    Column("Partnership", Kind.PARTNERSHIP, 13, lambda c, lk: _code(lk, c.partnership_id),
           field="partnership_id", choices="Partnership", required=True),
    Column("Commitment", Kind.TEXT, 56, lambda c, lk: c.text, field="text", required=True),
    Column("Actors", Kind.ORGANISATIONS, 24,
           lambda c, lk: _joined([_org(lk, a) for a in c.actor_ids]), field="actor_ids",
           required=True, note="Organisations by short name or name, separated by semicolons."),
    Column("Roundtable no.", Kind.ROUNDTABLE, 11,
           lambda c, lk: lk.roundtable_numbers.get(c.made_at_roundtable_id or ""),
           field="made_at_roundtable_id",
           note="The number of the roundtable of this partnership where it was made."),
    Column("Made on", Kind.DATE, 17, lambda c, lk: _day(c.made_on), field="made_on"),
    Column("Due date", Kind.DATE, 17, lambda c, lk: _day(c.due_date), field="due_date"),
    Column("Status", Kind.CHOICE, 14, lambda c, lk: c.status.label, field="status",
           vocab=CommitmentStatus, choices="Commitment status"),
    Column("Activity", Kind.TEXT, 30,
           lambda c, lk: lk.activity_titles.get(c.activity_id or "", ""), note=_RO_NOTE),
    Column("Last update", Kind.DATE, 17, lambda c, lk: _last_update(c),
           note=_RO_NOTE + " Add progress on the Progress updates sheet."),
    Column("Tags", Kind.LIST, 16, lambda c, lk: _joined(c.tags), field="tags"),
    _delete(),
    _id(),
))

PROGRESS = Sheet("Progress updates", "ProgressUpdates", ProgressUpdate, (
    Column("Partnership", Kind.TEXT, 13, lambda r, lk: _code(lk, r[0].partnership_id),
           note=_RO_NOTE),
    Column("Commitment", Kind.TEXT, 50, lambda r, lk: r[0].text, note=_RO_NOTE),
    Column("Date", Kind.DATE, 17, lambda r, lk: _day(r[1].date), field="date", required=True),
    Column("Status", Kind.CHOICE, 14, lambda r, lk: r[1].status.label, field="status",
           vocab=CommitmentStatus, choices="Commitment status", required=True),
    Column("Note", Kind.LONG_TEXT, 60, lambda r, lk: r[1].note, field="note"),
    Column("By", Kind.TEXT, 16, lambda r, lk: r[1].by, field="by"),
    _delete(),
    Column("Commitment id", Kind.PARENT, 38, lambda r, lk: r[0].id, field="commitment_id",
           required=True,
           note="The id of the commitment (from the Commitments sheet) this update is for."),
    _id(),
), part_of="updates", parent=Commitment)

FUNDING = Sheet("Funding", "Funding", FundingLine, (
    Column("Partnership", Kind.TEXT, 13, lambda r, lk: _code(lk, r[0].partnership_id),
           note=_RO_NOTE),
    Column("Activity", Kind.TEXT, 46, lambda r, lk: r[0].title, note=_RO_NOTE),
    Column("Instrument", Kind.CHOICE, 22, lambda r, lk: r[1].instrument.label,
           field="instrument", vocab=Instrument, choices="Instrument", required=True),
    Column("Programme", Kind.TEXT, 24, lambda r, lk: r[1].programme, field="programme"),
    Column("Amount", Kind.MONEY, 18, lambda r, lk: r[1].amount_cents / 100,
           field="amount_cents", required=True, note="Euros."),
    Column("Stage", Kind.CHOICE, 12, lambda r, lk: r[1].stage.label, field="stage",
           vocab=FundingStage, choices="Stage"),
    Column("Funder", Kind.ORGANISATION, 24, lambda r, lk: _org(lk, r[1].funder_id),
           field="funder_id", choices="Organisation"),
    _delete(),
    Column("Activity id", Kind.PARENT, 38, lambda r, lk: r[0].id, field="activity_id",
           required=True,
           note="The id of the activity (from the Activities sheet) this line funds."),
    _id(),
), part_of="funding", parent=Activity)

ORGANISATIONS = Sheet("Organisations", "Organisations", Organisation, (
    Column("Name", Kind.TEXT, 50, lambda o, lk: o.name, field="name", required=True),
    Column("Short name", Kind.TEXT, 16, lambda o, lk: o.short_name, field="short_name"),
    Column("Kind", Kind.CHOICE, 30, lambda o, lk: o.kind.label, field="kind",
           vocab=OrganisationKind, choices="Organisation kind", required=True),
    Column("Country", Kind.COUNTRY, 10, lambda o, lk: o.country_code, field="country_code",
           choices="Country", note="ISO 3166 two-letter code, e.g. DE."),
    Column("Tags", Kind.LIST, 16, lambda o, lk: _joined(o.tags), field="tags"),
    _delete(),
    _id(),
))

ROUNDTABLES = Sheet("Roundtables", "Roundtables", Roundtable, (
    Column("Partnership", Kind.PARTNERSHIP, 13, lambda r, lk: _code(lk, r.partnership_id),
           field="partnership_id", choices="Partnership", required=True),
    Column("Number", Kind.INT, 9, lambda r, lk: r.number, field="number", required=True),
    Column("Date", Kind.DATE, 17, lambda r, lk: _day(r.date), field="date"),
    Column("Place", Kind.TEXT, 18, lambda r, lk: r.place, field="place"),
    Column("Status", Kind.CHOICE, 12, lambda r, lk: r.status.label, field="status",
           vocab=RoundtableStatus, choices="Roundtable status"),
    Column("Outcome summary", Kind.LONG_TEXT, 60, lambda r, lk: r.outcome_summary,
           field="outcome_summary"),
    Column("Tags", Kind.LIST, 16, lambda r, lk: _joined(r.tags), field="tags"),
    _delete(),
    _id(),
))

SHEETS: tuple[Sheet, ...] = (ACTIVITIES, COMMITMENTS, PROGRESS, FUNDING, ORGANISATIONS,
                             ROUNDTABLES)
SUMMARY = "Summary"
LISTS = "Lists"


def pick_lists(content: RegisterContent) -> dict[str, list[str]]:
    """The values offered in drop-down cells; optional ones also offer '(clear)'."""
    def labels(vocab: type[Labelled]) -> list[str]:
        return [m.label for m in vocab]

    organisations = sorted(set(content.lookups.organisation_names.values()), key=str.casefold)
    return {
        "Partnership": sorted(p.country_code for p in content.partnerships),
        "Category": labels(ActivityCategory),
        "Activity status": labels(ActivityStatus),
        "Commitment status": labels(CommitmentStatus),
        "Roundtable status": labels(RoundtableStatus),
        "Instrument": labels(Instrument),
        "Stage": labels(FundingStage),
        "Organisation kind": labels(OrganisationKind),
        "Organisation": [*organisations, CLEAR],
        "Country": [*sorted(COUNTRIES), CLEAR],
        "Yes": [YES],
    }
