"""Controlled vocabularies of the domain, with the labels users read.

Values are stored as the enum's string value, so the database, the JSON
output of the command line and the Excel lists all speak the same words.
"""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """A string enum whose members carry a human label."""

    label: str

    def __new__(cls, value: str, label: str = "") -> Labelled:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value
        return member

    @classmethod
    def parse(cls, text: str) -> Labelled:
        """Accept a value or a label, case-insensitively; raise ValueError otherwise."""
        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.label.casefold()):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"{text!r} is not one of: {choices}")


class PartnershipStatus(Labelled):
    EXPLORATORY = "exploratory", "Exploratory"
    LAUNCHED = "launched", "Launched"
    ACTIVE = "active", "Active"
    SUSPENDED = "suspended", "Suspended"


class OrganisationKind(Labelled):
    EU_INSTITUTION = "eu_institution", "EU institution"
    MEMBER_STATE = "member_state", "Member State"
    PARTNER_AUTHORITY = "partner_authority", "Partner-country authority"
    IMPLEMENTING_AGENCY = "implementing_agency", "Implementing agency"
    INTERNATIONAL_ORGANISATION = "international_organisation", "International organisation"
    EMPLOYER = "employer", "Employer or business association"
    SOCIAL_PARTNER = "social_partner", "Social partner"
    CIVIL_SOCIETY = "civil_society", "Civil society"


class RoundtableStatus(Labelled):
    PLANNED = "planned", "Planned"
    HELD = "held", "Held"


class ActivityCategory(Labelled):
    """The six activity types named by the Commission."""

    CAPACITY_BUILDING = "capacity_building", "Capacity building"
    SKILLS_DEVELOPMENT = "skills_development", "Skills development"
    MOBILITY = "mobility", "Facilitating mobility"
    INTEGRATION = "integration", "Integration in the destination country"
    REINTEGRATION = "reintegration", "Reintegration"
    MIGRATION_MANAGEMENT = "migration_management", "Migration management cooperation"


class ActivityStatus(Labelled):
    """IATI activity status; `iati_code` gives the standard number."""

    PIPELINE = "pipeline", "Pipeline/identification"
    IMPLEMENTATION = "implementation", "Implementation"
    FINALISATION = "finalisation", "Finalisation"
    CLOSED = "closed", "Closed"
    CANCELLED = "cancelled", "Cancelled"
    SUSPENDED = "suspended", "Suspended"

    @property
    def iati_code(self) -> int:
        return list(ActivityStatus).index(self) + 1


class Role(Labelled):
    """Roles of an organisation in an activity; one organisation may hold several."""

    FUNDING = "funding", "Funding"
    ACCOUNTABLE = "accountable", "Accountable"
    LEAD_MEMBER_STATE = "lead_member_state", "Lead Member State"
    IMPLEMENTING = "implementing", "Implementing"
    PARTNER_AUTHORITY = "partner_authority", "Partner authority"


class Instrument(Labelled):
    MPF = "mpf", "MPF"
    AMIF = "amif", "AMIF"
    NDICI = "ndici", "NDICI-Global Europe"
    ERASMUS = "erasmus", "Erasmus+"
    MS_BILATERAL = "ms_bilateral", "Member State bilateral"
    PRIVATE = "private", "Private sector"
    OTHER = "other", "Other"


class FundingStage(Labelled):
    COMMITTED = "committed", "Committed"
    DISBURSED = "disbursed", "Disbursed"


class SkillLevel(Labelled):
    LOW = "low", "Low-skilled"
    MEDIUM = "medium", "Medium-skilled"
    HIGH = "high", "High-skilled"


class CommitmentStatus(Labelled):
    PLANNED = "planned", "Planned"
    IN_PROGRESS = "in_progress", "In progress"
    FULFILLED = "fulfilled", "Fulfilled"
    ON_HOLD = "on_hold", "On hold"
    CANCELLED = "cancelled", "Cancelled"

    @classmethod
    def closed(cls) -> tuple[CommitmentStatus, ...]:
        """The statuses that end a commitment: the SQL filters and `is_open` both read this."""
        return (cls.FULFILLED, cls.CANCELLED)

    @property
    def is_open(self) -> bool:
        """Open commitments can become overdue and carry over to the next roundtable."""
        return self not in CommitmentStatus.closed()


class CommitmentState(Labelled):
    """Where a commitment stands on a given day: the traffic light of every view and file.

    Computed by `Commitment.state(today)` and by the SQL of `queries.state_condition`.
    """

    OVERDUE = "overdue", "Overdue"
    DUE_SOON = "due_soon", "Due soon"
    OPEN = "open", "On track"
    CLOSED = "closed", "Closed"


class Marking(Labelled):
    """Classification marking printed on every page of a briefing pack."""

    PUBLIC = "public", "PUBLIC"
    LIMITED = "limited", "LIMITED"
    SENSITIVE = "sensitive", "SENSITIVE"


class PackLanguage(Labelled):
    """The language of a pack's fixed text: its headings, labels and generated sentences."""

    EN = "en", "English"
    FR = "fr", "French"
    AR = "ar", "Arabic"

    @property
    def right_to_left(self) -> bool:
        return self is PackLanguage.AR


class NoteVisibility(Labelled):
    """Who may read a note: its author only, the Team Europe side, or anyone given a pack."""

    PRIVATE = "private", "Private (never exported)"
    INTERNAL = "internal", "Internal"
    SHAREABLE = "shareable", "Shareable"


class SectionKind(Labelled):
    """The building blocks of a briefing pack, in their usual order."""

    COVER = "cover", "Cover"
    PURPOSE = "purpose", "Purpose and summary"
    AT_A_GLANCE = "at_a_glance", "The partnership at a glance"
    ROADMAP = "roadmap", "Roadmap objectives and activities"
    COMMITMENTS = "commitments", "Commitments"
    MATTERS_ARISING = "matters_arising", "Matters arising"
    CHANGES = "changes", "Changes since the last roundtable"
    FUNDING = "funding", "Funding overview"
    TIMELINE = "timeline", "Timeline of activities"
    LINES_TO_TAKE = "lines_to_take", "Lines to take"
    ANNEX = "annex", "Annex: activity register"
    # Made by an agenda-driven pack, never listed in a pack's sections.
    SUMMARY = "summary", "Summary and key messages"
    ISSUES = "issues", "Issues for decision"
    AGENDA_ITEM = "agenda_item", "Agenda item"

    @property
    def listed(self) -> bool:
        """A section a pack lists, orders and edits (the others come from its agenda)."""
        return self not in (SectionKind.SUMMARY, SectionKind.ISSUES, SectionKind.AGENDA_ITEM)
