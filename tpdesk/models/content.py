"""The assembled content of a briefing pack: plain data for every exporter.

The Word and Excel writers, the pack builder's preview and the self-test all
read this, never the Store: it is built once by `briefing.assemble` and can
be handed to a worker thread or a test as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from .clock import Stamp
from .pack_words import words_for
from .records import Activity, Commitment, Organisation, Partnership, Roundtable
from .vocab import SectionKind

Cell = str | int | float | None
ColumnKind = Literal["text", "date", "money", "number"]


@dataclass(frozen=True)
class Column:
    title: str
    kind: ColumnKind = "text"  # money: integer euro cents; date: ISO 'YYYY-MM-DD'
    width: float = 1.0  # relative width, for writers that lay out tables


@dataclass(frozen=True)
class Paragraph:
    text: str
    number: str = ""  # a briefing note's paragraph number, e.g. "3.2"


@dataclass(frozen=True)
class Subheading:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: list[str]
    title: str = ""  # e.g. "Lines to take"


@dataclass(frozen=True)
class KeyFigures:
    items: list[tuple[str, str]]  # (label, value as shown)


@dataclass(frozen=True)
class Table:
    columns: list[Column]
    rows: list[list[Cell]]
    record_ids: list[str] = field(default_factory=list)  # one per row, where rows are records
    caption: str = ""
    landscape: bool = False

    @property
    def shape(self) -> tuple[str, ...]:
        """Tables with the same columns are of one kind: a section's line up, sharing widths."""
        return tuple(f"{c.title}:{c.kind}" for c in self.columns)


@dataclass(frozen=True)
class TimelineItem:
    label: str
    start: str  # ISO date
    end: str  # ISO date
    group: str  # e.g. the category label, for colour and legend


@dataclass(frozen=True)
class Timeline:
    items: list[TimelineItem]
    start: str
    end: str
    today: str
    caption: str = ""


@dataclass(frozen=True)
class NoteItem:
    about: str  # caption of the record the note is attached to
    author: str
    text: str
    date: str


@dataclass(frozen=True)
class Notes:
    items: list[NoteItem]
    title: str = "Delegate notes"


Block = Paragraph | Subheading | Bullets | KeyFigures | Table | Timeline | Notes


@dataclass(frozen=True)
class ContentSection:
    kind: SectionKind
    title: str
    blocks: list[Block]

    @property
    def is_empty(self) -> bool:
        return not self.blocks



class CheckPoint(str):
    """A line of the checklist that knows the record it is about, so the app can open it.

    A str, so that everything that prints, counts or compares the checklist keeps
    working; `record_id` is empty for a point about a section.
    """

    record_id: str

    def __new__(cls, text: str, record_id: str = "") -> CheckPoint:
        point = super().__new__(cls, text)
        point.record_id = record_id
        return point

@dataclass(frozen=True)
class Editable:
    """A generated part of a pack the author may reword (see `pack_texts`)."""

    key: str  # where the author's text is stored in `Pack.texts`
    group: str  # "summary" or "issues"
    generated: str  # what the register says today
    text: str  # what the pack prints: the author's text when there is one; "" leaves it out


@dataclass(frozen=True)
class BriefingContent:
    """Everything a briefing document shows, in order, with what it was made from."""

    pack_id: str
    title: str
    meeting: str  # e.g. "4th roundtable, Dhaka — EU-Bangladesh Talent Partnership"
    meeting_date: str | None
    audience: str
    author: str
    marking: str  # as printed, e.g. "LIMITED"
    version: str
    date: str  # the pack's date, ISO
    prepared_at: str  # UTC time stamp of assembly, ISO 8601
    prepared_by: str
    sections: list[ContentSection]
    partnerships: list[Partnership]
    activities: list[Activity]
    commitments: list[Commitment]
    organisations: dict[str, Organisation]
    roundtables: list[Roundtable]
    checklist: list[str]  # what a reader would find missing (CheckPoints); empty when ready
    scope: str = ""  # what the pack covers, in words: "Tunisia · sector ICT · for ..."
    editable: list[Editable] = field(default_factory=list)  # summary and issues, in order
    agenda: list[str] = field(default_factory=list)  # the agenda items' titles, when it has one
    language: str = "en"  # of the fixed text: en, fr or ar (`PackLanguage`)
    # The register's watermark (replicas.vector) when the pack was assembled: how far
    # behind a printed pack is can be told against any copy of the register later.
    register_id: str = ""
    watermark: dict[str, str] = field(default_factory=dict)

    @property
    def register_as_of(self) -> str:
        """The newest change the pack's copy of the register held, as people read it."""
        if not self.watermark:
            return ""
        moment = Stamp.parse(max(self.watermark.values())).moment
        w = words_for(self.language)
        return w("moment", date=w.date(moment[:10]), time=moment[11:16])

    def cover_facts(self) -> list[tuple[str, str]]:
        """The cover's table in the pack's language, every format alike; facts without a
        value are left out."""
        w = words_for(self.language)
        facts = [(w("cover.scope"), self.scope),
                 (w("cover.meeting_date"), w.date(self.meeting_date) if self.meeting_date
                  else ""),
                 (w("cover.prepared_for"), self.audience), (w("cover.prepared_by"), self.author),
                 (w("cover.version"), self.version), (w("cover.date"), w.date(self.date)),
                 (w("cover.marking"), self.marking),
                 (w("cover.register_as_of"), self.register_as_of)]
        return [(k, v) for k, v in facts if v]

    @property
    def traceability(self) -> str:
        """The footer line: for whom, when, which pack and version."""
        w = words_for(self.language)
        prepared = w("trace.for", audience=self.audience) if self.audience else w("trace.plain")
        return w("trace", prepared=prepared, date=w.date(self.prepared_at),
                 time=self.prepared_at[11:16], pack=self.pack_id[:8], version=self.version)


@dataclass(frozen=True)
class RegisterLookups:
    """Names for the ids records hold, so a sheet shows 'GIZ' and not a UUID."""

    partnership_codes: dict[str, str] = field(default_factory=dict)
    organisation_names: dict[str, str] = field(default_factory=dict)
    roundtable_numbers: dict[str, int] = field(default_factory=dict)
    objective_codes: dict[str, str] = field(default_factory=dict)
    activity_titles: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RegisterContent:
    """Everything a register workbook shows; `activities`/`commitments` may be one-pass streams."""

    title: str
    generated_at: datetime
    today: date
    filters: tuple[str, ...]
    partnerships: list[Partnership]
    organisations: list[Organisation]
    roundtables: list[Roundtable]
    activities: Iterable[Activity]
    commitments: Iterable[Commitment]
    lookups: RegisterLookups
    expected_rows: int = 0
    template: bool = False
    facts: tuple[tuple[str, str], ...] = ()  # (label, value) for the Summary: the meeting
    right_to_left: bool = False  # an Arabic pack's workbook: every sheet reads from the right
    language: str = "en"  # of the Summary's fixed text: a pack's (`PackLanguage`)
