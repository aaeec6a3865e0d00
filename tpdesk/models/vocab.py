"""Controlled vocabularies of the domain, with the labels users read.

Values are stored as the enum's string value, so the database, the JSON
output of the command line and the Excel lists all speak the same words.
"""

from __future__ import annotations

from enum import StrEnum

from .l10n import translate, translate_noop


class Labelled(StrEnum):
    """A string enum whose members carry a human label."""

    label: str

    def __new__(cls, value: str, label: str = "") -> Labelled:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value
        return member

    @property
    def translated(self) -> str:
        """The label in the app's language, for the screen; files keep `label`."""
        return translate(type(self).__name__, self.label)

    @classmethod
    def parse(cls, text: str) -> Labelled:
        """Accept a value or a label (also as translated), case-insensitively, else ValueError."""
        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.label.casefold(),
                          member.translated.casefold()):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(translate("Core", "{text!r} is not one of: {choices}").format(
            text=text, choices=choices))


class PartnershipStatus(Labelled):
    EXPLORATORY = "exploratory", translate_noop("PartnershipStatus", "Exploratory")
    LAUNCHED = "launched", translate_noop("PartnershipStatus", "Launched")
    ACTIVE = "active", translate_noop("PartnershipStatus", "Active")
    SUSPENDED = "suspended", translate_noop("PartnershipStatus", "Suspended")


class OrganisationKind(Labelled):
    EU_INSTITUTION = "eu_institution", translate_noop("OrganisationKind", "EU institution")
    MEMBER_STATE = "member_state", translate_noop("OrganisationKind", "Member State")
    PARTNER_AUTHORITY = ("partner_authority",
                         translate_noop("OrganisationKind", "Partner-country authority"))
    IMPLEMENTING_AGENCY = ("implementing_agency",
                           translate_noop("OrganisationKind", "Implementing agency"))
    INTERNATIONAL_ORGANISATION = ("international_organisation",
                                  translate_noop("OrganisationKind", "International organisation"))
    EMPLOYER = "employer", translate_noop("OrganisationKind", "Employer or business association")
    SOCIAL_PARTNER = "social_partner", translate_noop("OrganisationKind", "Social partner")
    CIVIL_SOCIETY = "civil_society", translate_noop("OrganisationKind", "Civil society")


class RoundtableStatus(Labelled):
    PLANNED = "planned", translate_noop("RoundtableStatus", "Planned")
    HELD = "held", translate_noop("RoundtableStatus", "Held")


class ActivityCategory(Labelled):
    """The six activity types named by the Commission."""

    CAPACITY_BUILDING = "capacity_building", translate_noop("ActivityCategory", "Capacity building")
    SKILLS_DEVELOPMENT = ("skills_development",
                          translate_noop("ActivityCategory", "Skills development"))
    MOBILITY = "mobility", translate_noop("ActivityCategory", "Facilitating mobility")
    INTEGRATION = ("integration",
                   translate_noop("ActivityCategory", "Integration in the destination country"))
    REINTEGRATION = "reintegration", translate_noop("ActivityCategory", "Reintegration")
    MIGRATION_MANAGEMENT = ("migration_management",
                            translate_noop("ActivityCategory", "Migration management cooperation"))


class ActivityStatus(Labelled):
    """IATI activity status; `iati_code` gives the standard number."""

    PIPELINE = "pipeline", translate_noop("ActivityStatus", "Pipeline/identification")
    IMPLEMENTATION = "implementation", translate_noop("ActivityStatus", "Implementation")
    FINALISATION = "finalisation", translate_noop("ActivityStatus", "Finalisation")
    CLOSED = "closed", translate_noop("ActivityStatus", "Closed")
    CANCELLED = "cancelled", translate_noop("ActivityStatus", "Cancelled")
    SUSPENDED = "suspended", translate_noop("ActivityStatus", "Suspended")

    @property
    def iati_code(self) -> int:
        return list(ActivityStatus).index(self) + 1


class Role(Labelled):
    """Roles of an organisation in an activity; one organisation may hold several."""

    FUNDING = "funding", translate_noop("Role", "Funding")
    ACCOUNTABLE = "accountable", translate_noop("Role", "Accountable")
    LEAD_MEMBER_STATE = "lead_member_state", translate_noop("Role", "Lead Member State")
    IMPLEMENTING = "implementing", translate_noop("Role", "Implementing")
    PARTNER_AUTHORITY = "partner_authority", translate_noop("Role", "Partner authority")


class Instrument(Labelled):
    MPF = "mpf", translate_noop("Instrument", "MPF")
    AMIF = "amif", translate_noop("Instrument", "AMIF")
    NDICI = "ndici", translate_noop("Instrument", "NDICI-Global Europe")
    ERASMUS = "erasmus", translate_noop("Instrument", "Erasmus+")
    MS_BILATERAL = "ms_bilateral", translate_noop("Instrument", "Member State bilateral")
    PRIVATE = "private", translate_noop("Instrument", "Private sector")
    OTHER = "other", translate_noop("Instrument", "Other")


class FundingStage(Labelled):
    COMMITTED = "committed", translate_noop("FundingStage", "Committed")
    DISBURSED = "disbursed", translate_noop("FundingStage", "Disbursed")


class SkillLevel(Labelled):
    LOW = "low", translate_noop("SkillLevel", "Low-skilled")
    MEDIUM = "medium", translate_noop("SkillLevel", "Medium-skilled")
    HIGH = "high", translate_noop("SkillLevel", "High-skilled")


class CommitmentStatus(Labelled):
    PLANNED = "planned", translate_noop("CommitmentStatus", "Planned")
    IN_PROGRESS = "in_progress", translate_noop("CommitmentStatus", "In progress")
    FULFILLED = "fulfilled", translate_noop("CommitmentStatus", "Fulfilled")
    ON_HOLD = "on_hold", translate_noop("CommitmentStatus", "On hold")
    CANCELLED = "cancelled", translate_noop("CommitmentStatus", "Cancelled")

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

    OVERDUE = "overdue", translate_noop("CommitmentState", "Overdue")
    DUE_SOON = "due_soon", translate_noop("CommitmentState", "Due soon")
    OPEN = "open", translate_noop("CommitmentState", "On track")
    CLOSED = "closed", translate_noop("CommitmentState", "Closed")


class Marking(Labelled):
    """Classification marking printed on every page of a briefing pack."""

    PUBLIC = "public", translate_noop("Marking", "PUBLIC")
    LIMITED = "limited", translate_noop("Marking", "LIMITED")
    SENSITIVE = "sensitive", translate_noop("Marking", "SENSITIVE")


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

    PRIVATE = "private", translate_noop("NoteVisibility", "Private (never exported)")
    INTERNAL = "internal", translate_noop("NoteVisibility", "Internal")
    SHAREABLE = "shareable", translate_noop("NoteVisibility", "Shareable")


class SectionKind(Labelled):
    """The building blocks of a briefing pack, in their usual order."""

    COVER = "cover", translate_noop("SectionKind", "Cover")
    PURPOSE = "purpose", translate_noop("SectionKind", "Purpose and summary")
    AT_A_GLANCE = "at_a_glance", translate_noop("SectionKind", "The partnership at a glance")
    ROADMAP = "roadmap", translate_noop("SectionKind", "Roadmap objectives and activities")
    COMMITMENTS = "commitments", translate_noop("SectionKind", "Commitments")
    MATTERS_ARISING = "matters_arising", translate_noop("SectionKind", "Matters arising")
    CHANGES = "changes", translate_noop("SectionKind", "Changes since the last roundtable")
    FUNDING = "funding", translate_noop("SectionKind", "Funding overview")
    TIMELINE = "timeline", translate_noop("SectionKind", "Timeline of activities")
    LINES_TO_TAKE = "lines_to_take", translate_noop("SectionKind", "Lines to take")
    ANNEX = "annex", translate_noop("SectionKind", "Annex: activity register")
    # Made by an agenda-driven pack, never listed in a pack's sections.
    SUMMARY = "summary", translate_noop("SectionKind", "Summary and key messages")
    ISSUES = "issues", translate_noop("SectionKind", "Issues for decision")
    AGENDA_ITEM = "agenda_item", translate_noop("SectionKind", "Agenda item")

    @property
    def listed(self) -> bool:
        """A section a pack lists, orders and edits (the others come from its agenda)."""
        return self not in (SectionKind.SUMMARY, SectionKind.ISSUES, SectionKind.AGENDA_ITEM)
