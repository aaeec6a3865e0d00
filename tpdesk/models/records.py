"""The records of the register, as plain dataclasses.

Every top-level record has a UUID key, created/updated timestamps (set by
the store) and is deleted by a tombstone, so that records keep their
identity across laptops and in the change history. Parts that only exist
inside a record (funding lines, indicators, progress updates, objectives)
are listed on it and saved with it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import ClassVar

from .countries import country_name
from .l10n import translate, translate_noop
from .vocab import (
    ActivityCategory,
    ActivityStatus,
    CommitmentState,
    CommitmentStatus,
    FundingStage,
    Instrument,
    Marking,
    NoteVisibility,
    OrganisationKind,
    PackLanguage,
    PartnershipStatus,
    Role,
    RoundtableStatus,
    SectionKind,
    SkillLevel,
)

# An open commitment due within this many days of today (today included) is due soon.
DUE_SOON_DAYS = 30


def new_id() -> str:
    return str(uuid.uuid4())


def record_label(record: Record | type[Record]) -> str:
    """The kind of record ('Activity', 'Activité') in the app's language, for the screen."""
    return translate("Record", record.LABEL)


@dataclass(kw_only=True)
class Record:
    """Fields every stored record shares; the store fills the timestamps."""

    KIND: ClassVar[str] = ""
    LABEL: ClassVar[str] = ""

    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
    row_version: int = 0  # the store's count of writes: a save can insist on the one it read
    tags: list[str] = field(default_factory=list)

    @property
    def caption(self) -> str:
        """A short name for messages, lists and the change history."""
        raise NotImplementedError


def counted(cls: type[Record], n: int) -> str:
    """'1 activity', '3 activities', '3 أنشطة': `n` records of kind `cls`, in the app's language."""
    counted = {
        "partnership": lambda: translate("Core", "%Ln partnership(s)", None, n),
        "organisation": lambda: translate("Core", "%Ln organisation(s)", None, n),
        "roundtable": lambda: translate("Core", "%Ln roundtable(s)", None, n),
        "roadmap": lambda: translate("Core", "%Ln roadmap(s)", None, n),
        "activity": lambda: translate("Core", "%Ln activity(ies)", None, n),
        "commitment": lambda: translate("Core", "%Ln commitment(s)", None, n),
        "note": lambda: translate("Core", "%Ln note(s)", None, n),
        "pack": lambda: translate("Core", "%Ln briefing pack(s)", None, n),
    }
    return counted[cls.KIND]()


@dataclass(kw_only=True)
class Partnership(Record):
    KIND: ClassVar[str] = "partnership"
    LABEL: ClassVar[str] = translate_noop("Record", "Partnership")

    country_code: str = ""
    title: str = ""
    status: PartnershipStatus = PartnershipStatus.EXPLORATORY
    launch_date: str | None = None
    sectors: list[str] = field(default_factory=list)
    member_states: list[str] = field(default_factory=list)
    description: str = ""

    @property
    def country_name(self) -> str:
        return country_name(self.country_code)

    @property
    def caption(self) -> str:
        return self.title or f"Talent Partnership with {self.country_name}"


@dataclass(kw_only=True)
class Organisation(Record):
    KIND: ClassVar[str] = "organisation"
    LABEL: ClassVar[str] = translate_noop("Record", "Organisation")

    name: str = ""
    short_name: str = ""
    kind: OrganisationKind = OrganisationKind.IMPLEMENTING_AGENCY
    country_code: str | None = None
    iati_ref: str | None = None  # its IATI organisation identifier, e.g. XM-DAC-41302

    @property
    def caption(self) -> str:
        return self.short_name or self.name


@dataclass(kw_only=True)
class AgendaItem:
    """One item of a roundtable's agenda: what the pack's note on it covers, and who leads.

    An empty narrowing means the item concerns everything the pack covers
    (a tour de table); otherwise a record is in the item when it matches
    every narrowing given (any value of each).
    """

    id: str = field(default_factory=new_id)
    title: str = ""
    objective_ids: list[str] = field(default_factory=list)
    categories: list[ActivityCategory] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    instruments: list[Instrument] = field(default_factory=list)
    lead_id: str | None = None  # the organisation that introduces the item

    @property
    def narrowed(self) -> bool:
        return bool(self.objective_ids or self.categories or self.sectors or self.instruments)


@dataclass(kw_only=True)
class Roundtable(Record):
    KIND: ClassVar[str] = "roundtable"
    LABEL: ClassVar[str] = translate_noop("Record", "Roundtable")

    partnership_id: str = ""
    number: int = 1
    date: str | None = None
    place: str = ""
    status: RoundtableStatus = RoundtableStatus.PLANNED
    outcome_summary: str = ""
    agenda: list[AgendaItem] = field(default_factory=list)

    @property
    def caption(self) -> str:
        return f"{ordinal(self.number)} roundtable" + (f", {self.place}" if self.place else "")


@dataclass(kw_only=True)
class Objective:
    """One numbered objective of a roadmap; activities point at it by id."""

    id: str = field(default_factory=new_id)
    code: str = ""
    text: str = ""


@dataclass(kw_only=True)
class Roadmap(Record):
    KIND: ClassVar[str] = "roadmap"
    LABEL: ClassVar[str] = translate_noop("Record", "Roadmap")

    partnership_id: str = ""
    version: str = ""
    adopted_at_roundtable_id: str | None = None
    adopted_on: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    objectives: list[Objective] = field(default_factory=list)

    @property
    def caption(self) -> str:
        return f"Roadmap {self.version}".strip()


@dataclass(kw_only=True)
class Participation:
    """An organisation taking part in an activity, with all its roles there."""

    organisation_id: str
    roles: list[Role] = field(default_factory=list)


@dataclass(kw_only=True)
class FundingLine:
    id: str = field(default_factory=new_id)
    instrument: Instrument = Instrument.OTHER
    programme: str = ""
    amount_cents: int = 0
    stage: FundingStage = FundingStage.COMMITTED
    funder_id: str | None = None


@dataclass(kw_only=True)
class Indicator:
    id: str = field(default_factory=new_id)
    name: str = ""
    unit: str = ""
    baseline: float | None = None
    target: float | None = None
    actual: float | None = None


@dataclass(kw_only=True)
class Activity(Record):
    KIND: ClassVar[str] = "activity"
    LABEL: ClassVar[str] = translate_noop("Record", "Activity")

    partnership_id: str = ""
    objective_ids: list[str] = field(default_factory=list)
    title: str = ""
    description: str = ""
    category: ActivityCategory = ActivityCategory.CAPACITY_BUILDING
    status: ActivityStatus = ActivityStatus.PIPELINE
    start_date: str | None = None
    end_date: str | None = None
    sectors: list[str] = field(default_factory=list)
    skill_levels: list[SkillLevel] = field(default_factory=list)
    participants: list[Participation] = field(default_factory=list)
    funding: list[FundingLine] = field(default_factory=list)
    target_beneficiaries: int | None = None
    beneficiaries: str = ""
    indicators: list[Indicator] = field(default_factory=list)
    progress_notes: str = ""
    iati_identifier: str | None = None  # set by the IATI import, which matches on it
    dac_codes: list[str] = field(default_factory=list)  # DAC 5-digit sector codes

    @property
    def caption(self) -> str:
        return self.title

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.funding)

    def organisations_with(self, role: Role) -> list[str]:
        return [p.organisation_id for p in self.participants if role in p.roles]


@dataclass(kw_only=True)
class ProgressUpdate:
    """One dated entry of a commitment's progress history."""

    id: str = field(default_factory=new_id)
    date: str = ""
    status: CommitmentStatus = CommitmentStatus.PLANNED
    note: str = ""
    by: str = ""


@dataclass(kw_only=True)
class Commitment(Record):
    KIND: ClassVar[str] = "commitment"
    LABEL: ClassVar[str] = translate_noop("Record", "Commitment")

    partnership_id: str = ""
    actor_ids: list[str] = field(default_factory=list)
    text: str = ""
    made_at_roundtable_id: str | None = None
    made_on: str | None = None
    activity_id: str | None = None
    objective_id: str | None = None
    due_date: str | None = None
    status: CommitmentStatus = CommitmentStatus.PLANNED
    updates: list[ProgressUpdate] = field(default_factory=list)

    @property
    def caption(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def state(self, today: date) -> CommitmentState:
        """Closed, overdue (due date passed), due soon (within `DUE_SOON_DAYS`) or open."""
        if not self.status.is_open:
            return CommitmentState.CLOSED
        if self.due_date is None:
            return CommitmentState.OPEN
        if self.due_date < today.isoformat():
            return CommitmentState.OVERDUE
        if self.due_date <= (today + timedelta(days=DUE_SOON_DAYS)).isoformat():
            return CommitmentState.DUE_SOON
        return CommitmentState.OPEN

    def is_overdue(self, today: date) -> bool:
        """Due date passed and neither fulfilled nor cancelled."""
        return self.state(today) is CommitmentState.OVERDUE


@dataclass(kw_only=True)
class Note(Record):
    """Free text attached by id to any record, so it survives regenerated documents."""

    KIND: ClassVar[str] = "note"
    LABEL: ClassVar[str] = translate_noop("Record", "Note")

    target_kind: str = ""
    target_id: str = ""
    partnership_id: str | None = None  # the target's, kept by the store for filtering
    author: str = ""
    text: str = ""
    # Internal by default: a note reaches a PUBLIC pack only when someone says it may.
    visibility: NoteVisibility = NoteVisibility.INTERNAL

    @property
    def caption(self) -> str:
        first = self.text.strip().splitlines()[0] if self.text.strip() else ""
        return first if len(first) <= 80 else first[:79] + "…"


@dataclass(kw_only=True)
class PackSection:
    """One section of a pack: shown or left out, retitled, with its own text."""

    id: str = field(default_factory=new_id)
    kind: SectionKind = SectionKind.PURPOSE
    title: str = ""  # empty: the kind's usual title
    included: bool = True
    text: str = ""  # free text; for lines to take, one line per bullet

    @property
    def heading(self) -> str:
        return self.title.strip() or self.kind.label


@dataclass(kw_only=True)
class RecordLine:
    """A line to take attached to one record of the register, kept across regenerations."""

    record_id: str
    text: str


@dataclass(kw_only=True)
class PackText:
    """The author's own words for one generated part of a pack, kept across regenerations.

    `key` names the part: a found issue or summary sentence by its key (the
    text replaces it; empty text leaves it out), the author's added issues or
    summary sentences, or an agenda item's purpose, background or lines to
    take (see `briefing_keys`).
    """

    key: str
    text: str


@dataclass(kw_only=True)
class Pack(Record):
    """A briefing pack: one meeting, one audience, filters, sections and lines to take."""

    KIND: ClassVar[str] = "pack"
    LABEL: ClassVar[str] = translate_noop("Record", "Briefing pack")

    title: str = ""
    roundtable_id: str | None = None
    partnership_id: str | None = None  # for an ad hoc meeting, with meeting_date
    meeting_date: str | None = None
    audience: str = ""
    author: str = ""
    marking: Marking = Marking.LIMITED
    language: PackLanguage = PackLanguage.EN
    version: str = "1"
    date: str | None = None
    partnership_ids: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    member_states: list[str] = field(default_factory=list)
    categories: list[ActivityCategory] = field(default_factory=list)
    instruments: list[Instrument] = field(default_factory=list)
    commitment_statuses: list[CommitmentStatus] = field(default_factory=list)
    pinned_ids: list[str] = field(default_factory=list)
    excluded_ids: list[str] = field(default_factory=list)
    sections: list[PackSection] = field(default_factory=list)
    lines: list[RecordLine] = field(default_factory=list)
    texts: list[PackText] = field(default_factory=list)

    @property
    def caption(self) -> str:
        return self.title

    def text_for(self, key: str) -> str | None:
        """The author's text stored under `key`, or None when the generated part stands."""
        return next((t.text for t in self.texts if t.key == key), None)


def default_sections() -> list[PackSection]:
    """Every section kind a pack lists once, in the usual order of a briefing note."""
    return [PackSection(kind=kind) for kind in SectionKind if kind.listed]


def ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


RECORD_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls
    for cls in (Partnership, Organisation, Roundtable, Roadmap, Activity, Commitment, Note, Pack)
}
