"""Demo data: the five Talent Partnerships as a realistic register, and synthetic bulk.

`load_demo` gives a new user (and every test, screenshot and briefing-pack
review) a register that looks like the real thing: partnerships, roundtables,
roadmaps, activities, commitments with progress histories and a few notes.
`load_synthetic` adds any number of plausible activities for benchmarks.

Facts follow the domain README (grades A/B/C). C-graded facts, and records
that rest on them, carry the tag "indicative". Everything the README does not
give (roundtable dates other than Pakistan's 3rd, budgets other than the two
EUR 3 million programmes, indicator figures, commitment texts) is illustrative.

Dates that must stay meaningful (the next roundtable, overdue and due-soon
commitments, recent progress) are computed from `store.today()`; the past is
written with `store.as_of`, so the change history looks lived in. Every id is
a uuid5 of a fixed namespace, which makes loading idempotent.
"""

from __future__ import annotations

import dataclasses
import functools
import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeAlias

from .errors import UserError
from .formatting import format_number
from .l10n import translate
from .pack_texts import item_key
from .pack_words import words_for
from .queries import Filters
from .records import (
    Activity,
    AgendaItem,
    Commitment,
    FundingLine,
    Indicator,
    Note,
    Objective,
    Organisation,
    Pack,
    PackText,
    Participation,
    Partnership,
    ProgressUpdate,
    Record,
    RecordLine,
    Roadmap,
    Roundtable,
    default_sections,
)
from .store import Store
from .vocab import (
    ActivityCategory,
    ActivityStatus,
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

NAMESPACE = uuid.UUID("3b0f6a52-9c1e-4d7b-8f25-6a4e1c9d2b70")
"""Fixed forever: changing it would make a second load duplicate everything."""

INDICATIVE = "indicative"
SYNTHETIC = "synthetic"

# The fixed history ends with Pakistan's 3rd roundtable (29 Oct 2025); dates
# relative to today only fit around it from here on.
EARLIEST_TODAY = date(2026, 1, 1)

@functools.cache
def demo_id(kind: str, key: str) -> str:
    """The stable id of a demo record or part: the same on every laptop and every run."""
    return str(uuid.uuid5(NAMESPACE, f"demo:{kind}:{key}"))


def synthetic_id(seed: int, i: int, part: str = "") -> str:
    """The stable id of synthetic activity `i` (or of one of its parts)."""
    return str(uuid.uuid5(NAMESPACE, f"synthetic:{seed}:{i}{part}"))


@dataclass(frozen=True)
class DemoReport:
    """What one load added, by record kind; zero everywhere on a repeated load."""

    added: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.added.values())

    def summary(self) -> str:
        if not self.total:
            return "Nothing added: the data is already in the database."
        parts = [f"{format_number(n)} {_plural(kind, n)}" for kind, n in self.added.items() if n]
        return "Added " + ", ".join(parts) + "."


def _plural(kind: str, n: int) -> str:
    if n == 1:
        return kind
    return "activities" if kind == "activity" else kind + "s"


# ---------------------------------------------------------------------------
# The data. Dates are ISO strings (fixed) or ints (days from today).
# ---------------------------------------------------------------------------

When: TypeAlias = str | int

_EU = OrganisationKind.EU_INSTITUTION
_MS = OrganisationKind.MEMBER_STATE
_PA = OrganisationKind.PARTNER_AUTHORITY
_IO = OrganisationKind.INTERNATIONAL_ORGANISATION
_AG = OrganisationKind.IMPLEMENTING_AGENCY
_EMP = OrganisationKind.EMPLOYER
_SP = OrganisationKind.SOCIAL_PARTNER
_CS = OrganisationKind.CIVIL_SOCIETY

# key, name, short name, kind, country
ORGANISATIONS: tuple[tuple[str, str, str, OrganisationKind, str | None], ...] = (
    ("DG-HOME", "European Commission – Directorate-General for Migration and Home Affairs",
     "DG HOME", _EU, None),
    ("DG-INTPA", "European Commission – Directorate-General for International Partnerships",
     "DG INTPA", _EU, None),
    ("DG-NEAR", "European Commission – Directorate-General for Neighbourhood and"
     " Enlargement Negotiations", "DG NEAR", _EU, None),
    ("DG-EAC", "European Commission – Directorate-General for Education, Youth, Sport and"
     " Culture", "DG EAC", _EU, None),
    ("ETF", "European Training Foundation", "ETF", _EU, None),
    ("MS-DE", "Germany", "", _MS, "DE"),
    ("MS-BE", "Belgium", "", _MS, "BE"),
    ("MS-FR", "France", "", _MS, "FR"),
    ("MS-IT", "Italy", "", _MS, "IT"),
    ("MS-ES", "Spain", "", _MS, "ES"),
    ("MS-GR", "Greece", "", _MS, "GR"),
    ("MS-RO", "Romania", "", _MS, "RO"),
    ("MS-PT", "Portugal", "", _MS, "PT"),
    ("ANETI", "Agence Nationale pour l'Emploi et le Travail Indépendant", "ANETI", _PA, "TN"),
    ("ANAPEC", "Agence Nationale de Promotion de l'Emploi et des Compétences", "ANAPEC",
     _PA, "MA"),
    ("MIEPEEC", "Ministère de l'Inclusion Économique, de la Petite Entreprise, de l'Emploi"
     " et des Compétences", "MIEPEEC", _PA, "MA"),
    ("MOSEEEA", "Ministry of State for Emigration and Egyptian Expatriates' Affairs",
     "MoSEEEA", _PA, "EG"),
    ("MOEWOE", "Ministry of Expatriates' Welfare and Overseas Employment", "MoEWOE",
     _PA, "BD"),
    ("BMET", "Bureau of Manpower, Employment and Training", "BMET", _PA, "BD"),
    ("MOPHRD", "Ministry of Overseas Pakistanis and Human Resource Development", "MOPHRD",
     _PA, "PK"),
    ("NAVTTC", "National Vocational and Technical Training Commission", "NAVTTC", _PA, "PK"),
    ("OEC", "Overseas Employment Corporation", "OEC", _PA, "PK"),
    ("ILO", "International Labour Organization", "ILO", _IO, None),
    ("IOM", "International Organization for Migration", "IOM", _IO, None),
    ("ICMPD", "International Centre for Migration Policy Development", "ICMPD", _IO, None),
    ("GIZ", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH", "GIZ",
     _AG, "DE"),
    ("ENABEL", "Enabel – Belgian development agency", "Enabel", _AG, "BE"),
    ("OFII", "Office français de l'immigration et de l'intégration", "OFII", _AG, "FR"),
    ("BA", "Bundesagentur für Arbeit (German Federal Employment Agency)", "BA", _AG, "DE"),
    ("BUSINESSEUROPE", "BusinessEurope", "", _EMP, None),
    ("BDA", "Bundesvereinigung der Deutschen Arbeitgeberverbände (Confederation of German"
     " Employers' Associations)", "BDA", _EMP, "DE"),
    ("CONFINDUSTRIA", "Confindustria – General Confederation of Italian Industry",
     "Confindustria", _EMP, "IT"),
    ("CGEM", "Confédération Générale des Entreprises du Maroc", "CGEM", _EMP, "MA"),
    ("UTICA", "Union Tunisienne de l'Industrie, du Commerce et de l'Artisanat", "UTICA",
     _EMP, "TN"),
    ("FEI", "Federation of Egyptian Industries", "FEI", _EMP, "EG"),
    ("BAIRA", "Bangladesh Association of International Recruiting Agencies", "BAIRA",
     _EMP, "BD"),
    ("EFP", "Employers' Federation of Pakistan", "EFP", _EMP, "PK"),
    ("ETUC", "European Trade Union Confederation", "ETUC", _SP, None),
    ("UGTT", "Union Générale Tunisienne du Travail", "UGTT", _SP, "TN"),
    ("MIGRANT-FORUM-ASIA", "Migrant Forum in Asia", "", _CS, "PH"),
)

_CAPTIONS = {key: short or name for key, name, short, _, _ in ORGANISATIONS}

# The register is taken to have opened at the high-level launch (A).
_REGISTER_OPENED = "2021-06-11"


@dataclass(frozen=True)
class _Partner:
    title: str
    description: str
    sectors: tuple[str, ...]
    member_states: tuple[str, ...]
    capital: str
    # Held roundtables with fixed dates: number, date, place, outcome summary.
    roundtables: tuple[tuple[int, str, str, str], ...]
    next_in_days: int  # the planned roundtable, 1-5 months after today
    # Roadmap versions: label, adopted at roundtable number, period start, end.
    versions: tuple[tuple[str, int, str, str], ...]
    # Objectives: code, text, first version (index into versions) that has it.
    objectives: tuple[tuple[str, str, int], ...]
    tags: tuple[str, ...] = (INDICATIVE,)


PARTNERS: dict[str, _Partner] = {
    "TN": _Partner(
        title="EU-Tunisia Talent Partnership",
        description="Team Europe partnership with Tunisia under the EU-Tunisia Memorandum of"
        " Understanding on a Strategic and Comprehensive Partnership (16 July 2023). The"
        " sectors are indicative (grade C).",
        sectors=("tourism and hospitality", "construction", "ICT", "health"),
        member_states=("DE", "BE", "FR", "IT"),
        capital="Tunis",
        roundtables=(
            (1, "2022-06-15", "Brussels", "Launch of the Talent Partnership; sectors of common"
             " interest identified; first roadmap adopted with three objectives."),
            (2, "2024-02-27", "Tunis", "Roadmap revised: integration and reintegration added;"
             " THAMM Plus presented; Italy reported on its work-permit quota."),
            (3, "2025-04-10", "Brussels", "Review of THAMM Plus placements; employers asked for"
             " faster recognition of health qualifications; open commitments carried over."),
        ),
        next_in_days=38,
        versions=(("1.0", 1, "2022-07-01", "2024-06-30"), ("2.0", 2, "2024-03-01",
                                                         "2027-12-31")),
        objectives=(
            ("O1", "Strengthen ANETI's labour-market intelligence and international placement"
             " services", 0),
            ("O2", "Develop the skills of Tunisian jobseekers in the sectors of common interest"
             " through vocational training", 0),
            ("O3", "Open legal mobility pathways to Germany, Belgium, France and Italy based on"
             " fair recruitment and recognition of qualifications", 0),
            ("O4", "Support integration in destination countries and reintegration on return", 1),
            ("O5", "Deepen cooperation on migration management, including return and"
             " readmission", 1),
        ),
    ),
    "MA": _Partner(
        title="EU-Morocco Talent Partnership",
        description="Talent Partnership with Morocco, set up from end-2022, building on the"
        " Germany-Morocco cooperation agreed in January 2024. The sectors are indicative"
        " (grade B/C).",
        sectors=("health", "electricity", "hospitality", "ICT"),
        member_states=("DE", "ES", "BE", "FR"),
        capital="Rabat",
        roundtables=(
            (1, "2022-11-24", "Rabat", "Talent Partnership set up; ANAPEC and MIEPEEC confirmed"
             " as national counterparts; roadmap adopted."),
            (2, "2024-03-12", "Brussels", "Germany presented the January 2024 cooperation on"
             " health, electricity, hotels and restaurants; roadmap revised."),
            (3, "2025-06-18", "Rabat", "Stock-take of THAMM Plus and the Spanish circular"
             " migration scheme; employers asked for a joint skills-needs survey."),
        ),
        next_in_days=64,
        versions=(("1.0", 1, "2023-01-01", "2024-12-31"), ("2.0", 2, "2024-04-01",
                                                         "2027-12-31")),
        objectives=(
            ("O1", "Improve labour-market and skills intelligence at ANAPEC and match job offers"
             " with Moroccan candidates", 0),
            ("O2", "Train Moroccan workers in health, electricity, hospitality and ICT to EU"
             " employers' standards", 0),
            ("O3", "Scale up fair recruitment and mobility schemes with Germany, Spain, Belgium"
             " and France", 0),
            ("O4", "Protect workers' rights during and after mobility, including reintegration",
             1),
        ),
    ),
    "EG": _Partner(
        title="EU-Egypt Talent Partnership",
        description="Talent Partnership with Egypt; THAMM was launched in Egypt on 19 October"
        " 2020. The sectors are indicative (grade C).",
        sectors=("dual VET", "construction", "ICT", "health"),
        member_states=("DE", "IT", "BE"),
        capital="Cairo",
        roundtables=(
            (1, "2023-01-25", "Cairo", "First roundtable: MoSEEEA presented national priorities;"
             " dual VET and health singled out; roadmap adopted."),
            (2, "2024-06-05", "Brussels", "THAMM Plus under way; Italy proposed a dual VET pilot"
             " in construction; roadmap revised."),
            (3, "2025-09-16", "Cairo", "Review of placements in Germany; reintegration"
             " services of the Egyptian-German Centre discussed."),
        ),
        next_in_days=95,
        versions=(("1.0", 1, "2023-02-01", "2024-12-31"), ("2.0", 2, "2024-07-01",
                                                         "2027-06-30")),
        objectives=(
            ("O1", "Reinforce MoSEEEA's capacity to govern labour migration and inform"
             " prospective migrants", 0),
            ("O2", "Expand dual VET in construction, ICT and health", 0),
            ("O3", "Create mobility pathways with recognition of skills and fair recruitment",
             0),
            ("O4", "Support reintegration and diaspora engagement", 1),
            ("O5", "Cooperate on migration management, including return and readmission", 1),
        ),
    ),
    "BD": _Partner(
        title="EU-Bangladesh Talent Partnership",
        description="Talent Partnership with Bangladesh. Italy and Germany take part; press"
        " reports add Greece and Romania (grade B/C, indicative).",
        sectors=("health", "engineering", "ICT", "care", "hospitality", "construction",
                 "agriculture"),
        member_states=("IT", "DE", "GR", "RO"),
        capital="Dhaka",
        roundtables=(
            (1, "2023-03-29", "Brussels", "Talent Partnership launched; BMET and MoEWOE named as"
             " counterparts; first roadmap adopted."),
            (2, "2024-10-15", "Dhaka", "The ILO programme 'Supporting a Talent Partnership with"
             " Bangladesh' presented; fair recruitment made a standing agenda item."),
        ),
        next_in_days=122,
        versions=(("1.0", 1, "2023-04-01", "2025-03-31"), ("2.0", 2, "2024-11-01",
                                                         "2027-06-30")),
        objectives=(
            ("O1", "Upgrade the skills of Bangladeshi workers to EU Member States'"
             " requirements and align qualifications for recognition", 0),
            ("O2", "Establish legal and safe migration pathways based on fair recruitment", 0),
            ("O3", "Strengthen BMET's labour-market intelligence and placement services", 0),
            ("O4", "Support reintegration of returning migrant workers", 1),
            ("O5", "Cooperate on return and readmission", 1),
        ),
    ),
    "PK": _Partner(
        title="Pakistan-EU Talent Partnership",
        description="Talent Partnership with Pakistan; programme of EUR 3 million launched in"
        " late November 2024. Member States Italy and Portugal are indicative (grade C).",
        sectors=("construction", "agriculture", "ICT", "renewable energy", "hospitality"),
        member_states=("IT", "PT"),
        capital="Islamabad",
        roundtables=(
            (1, "2023-05-16", "Brussels", "First roundtable: sectors of common interest"
             " explored with MOPHRD, NAVTTC and the OEC."),
            (2, "2024-05-22", "Brussels", "First roadmap adopted; NDICI-Global Europe support"
             " programme announced."),
            (3, "2025-10-29", "Islamabad", "3rd Pakistan-EU Talent Partnership Roundtable:"
             " partners worked to a joint Pakistan-EU Talent Partnership Roadmap."),
        ),
        next_in_days=148,
        versions=(("1.0", 2, "2024-06-01", "2025-12-31"), ("2.0", 3, "2025-11-01",
                                                         "2028-10-31")),
        objectives=(
            ("O1", "Train Pakistani workers to EU standards with NAVTTC in construction,"
             " agriculture, ICT, renewable energy and hospitality", 0),
            ("O2", "Promote fair recruitment through the OEC and licensed promoters", 0),
            ("O3", "Prepare workers before departure and support integration", 0),
            ("O4", "Mobilise the diaspora and support reintegration", 1),
            ("O5", "Cooperate on return and readmission", 1),
        ),
    ),
}

# Participant roles, short for the tables below.
FUND, ACC, LEAD, IMPL, AUTH = (Role.FUNDING, Role.ACCOUNTABLE, Role.LEAD_MEMBER_STATE,
                               Role.IMPLEMENTING, Role.PARTNER_AUTHORITY)


@dataclass(frozen=True)
class _Act:
    """One activity. Enum fields take the enum's value; money is in whole euros."""

    key: str
    title: str
    description: str
    category: str
    status: str
    start: When
    end: When | None
    objectives: tuple[str, ...]
    sectors: tuple[str, ...]
    skills: tuple[str, ...]
    who: tuple[tuple[str, tuple[Role, ...]], ...]
    # instrument, programme, euros, stage, funder key
    money: tuple[tuple[str, str, int, str, str | None], ...]
    target: int | None = None
    beneficiaries: str = ""
    # name, unit, baseline, target, actual
    indicators: tuple[tuple[str, str, float, float, float | None], ...] = ()
    progress: str = ""
    tags: tuple[str, ...] = ()


_THAMM_PLUS_FIGURES = ("Across Egypt, Morocco and Tunisia, THAMM Plus counts about 1,500"
                       " beneficiaries, about 200 of them placed in Germany.")

ACTIVITIES: dict[str, tuple[_Act, ...]] = {
    "TN": (
        _Act("THAMM", "THAMM – labour migration governance in North Africa (Tunisia)",
             "Tunisian component of 'Towards a Holistic Approach to Labour Migration Governance"
             " and Labour Mobility in North Africa': upgrading ANETI's international placement"
             " services and labour-market information, and protecting migrant workers.",
             "capacity_building", "closed", "2019-12-01", "2023-12-31", ("O1",),
             ("ICT", "construction"), ("medium",),
             (("DG-NEAR", (FUND, ACC)), ("MS-DE", (FUND,)), ("ILO", (IMPL,)), ("IOM", (IMPL,)),
              ("GIZ", (IMPL,)), ("BA", (IMPL,)), ("ANETI", (AUTH,))),
             (("other", "EU Emergency Trust Fund for Africa – THAMM", 8_000_000, "disbursed",
               "DG-NEAR"),
              ("ms_bilateral", "BMZ co-funding", 2_000_000, "disbursed", "MS-DE")),
             indicators=(("ANETI counsellors trained in international placement", "people",
                          0, 120, 134),),
             progress="Closed. Lessons fed into THAMM Plus: a labour-market information system"
             " at ANETI and guidelines on fair recruitment."),
        _Act("THAMM-PLUS", "THAMM Plus – skills and labour mobility (Tunisia)",
             "Follow-up to THAMM: fair recruitment and placement of Tunisian workers in"
             " Germany, Belgium and France, with skills matching at ANETI, pre-departure"
             " training and protection of workers' rights across the recruitment cycle.",
             "mobility", "implementation", "2024-01-01", "2026-12-31", ("O1", "O3"),
             ("tourism and hospitality", "construction", "ICT", "health"), ("medium", "high"),
             (("DG-NEAR", (FUND, ACC)), ("MS-DE", (FUND, LEAD)), ("ANETI", (AUTH,)),
              ("GIZ", (IMPL,)), ("BA", (IMPL,)), ("ENABEL", (IMPL,)), ("OFII", (IMPL,)),
              ("ILO", (IMPL,)), ("IOM", (IMPL,))),
             (("ndici", "THAMM Plus", 7_500_000, "committed", "DG-NEAR"),
              ("ms_bilateral", "BMZ co-funding", 1_500_000, "disbursed", "MS-DE")),
             target=500, beneficiaries="Tunisian jobseekers and graduates in the sectors of"
             " common interest",
             indicators=(("Candidates trained before departure", "people", 0, 500, 310),
                         ("Workers placed with EU employers", "people", 0, 150, 72)),
             progress=_THAMM_PLUS_FIGURES),
        _Act("MPF-IT-TRAINEESHIPS", "Traineeships in Italian companies for young Tunisian"
             " graduates", "MPF-funded pilot placing young Tunisian technicians in six-month"
             " traineeships with Italian firms in Lombardy and Piedmont, followed by job offers"
             " in Tunisia or Italy.",
             "skills_development", "finalisation", "2023-03-01", "2025-08-31", ("O2", "O3"),
             ("ICT", "construction"), ("medium", "high"),
             (("DG-HOME", (FUND,)), ("ICMPD", (IMPL, ACC)), ("MS-IT", (LEAD, IMPL)),
              ("ANETI", (AUTH,))),
             (("mpf", "Migration Partnership Facility – Lot 2", 1_200_000, "disbursed",
               "DG-HOME"),),
             target=60, indicators=(("Traineeships completed", "people", 0, 60, 48),)),
        _Act("ERASMUS-HOSPITALITY", "Erasmus+ VET mobility for Tunisian hospitality trainees",
             "Short mobility periods in French and Belgian hotel schools for Tunisian"
             " vocational trainees in cooking, reception and housekeeping, with employers"
             " hosting work-based learning.",
             "skills_development", "implementation", "2024-09-01", "2027-08-31", ("O2",),
             ("tourism and hospitality",), ("low", "medium"),
             (("DG-EAC", (FUND, ACC)), ("UTICA", (IMPL,)), ("ANETI", (AUTH,))),
             (("erasmus", "Erasmus+ capacity building in VET", 400_000, "committed",
               "DG-EAC"),),
             target=120),
        _Act("AMIF-NURSES-DE", "Pre-departure language and orientation for Tunisian nurses"
             " going to Germany", "German language training to B1/B2, information on workers'"
             " rights and recognition procedures, and a buddy system with German hospitals;"
             " recruitment follows fair recruitment principles, with no fees charged to"
             " workers.",
             "integration", "implementation", "2025-02-01", "2027-01-31", ("O4",), ("health",),
             ("medium", "high"),
             (("MS-DE", (FUND, LEAD)), ("BA", (IMPL,)), ("GIZ", (IMPL,)), ("ANETI", (AUTH,))),
             (("amif", "AMIF national programme – Germany", 650_000, "committed", "MS-DE"),),
             target=180, indicators=(("Nurses reaching B2 German", "people", 0, 180, 64),)),
        _Act("CONSTRUCTION-ACADEMY", "Construction skills academy co-financed by Italian"
             " employers", "Employer-led training centre in Sfax for masons, electricians and"
             " plumbers, with curricula set with Italian construction firms and job offers for"
             " the best graduates.",
             "skills_development", "pipeline", 75, 75 + 730, ("O2",), ("construction",),
             ("low", "medium"),
             (("CONFINDUSTRIA", (FUND, IMPL)), ("MS-IT", (LEAD,)), ("UTICA", (IMPL,)),
              ("ANETI", (AUTH,))),
             (("private", "Employer contributions", 900_000, "committed", "CONFINDUSTRIA"),),
             target=200),
        _Act("REINTEGRATION-CTAEMR", "Reintegration counselling at the Centre Tuniso-Allemand"
             " pour l'Emploi, la Migration et la Réintégration", "Counselling, job placement"
             " and start-up support for Tunisians returning from Germany and other EU"
             " countries, extended to regional offices of ANETI.",
             "reintegration", "implementation", "2023-06-01", "2026-05-31", ("O4",), (),
             ("low", "medium", "high"),
             (("MS-DE", (FUND, LEAD)), ("GIZ", (IMPL, ACC)), ("ANETI", (AUTH,))),
             (("ms_bilateral", "German bilateral cooperation (BMZ)", 1_100_000, "committed",
               "MS-DE"),),
             indicators=(("Returnees counselled", "people", 0, 900, 640),)),
        _Act("RETURN-COOPERATION", "Cooperation on return and readmission procedures",
             "Technical cooperation on identification, travel documents and assisted voluntary"
             " return, as part of the wider migration partnership under the 2023 Memorandum of"
             " Understanding.",
             "migration_management", "pipeline", 120, None, ("O5",), (), (),
             (("DG-HOME", (ACC,)), ("IOM", (IMPL,))),
             (("ndici", "NDICI-Global Europe – migration governance", 2_000_000, "committed",
               "DG-NEAR"),)),
        _Act("ITALY-QUOTA", "Italy–Tunisia work permits: 4,000 entries a year for three years",
             "Bilateral arrangement announced in October 2023: Italy to admit up to 4,000"
             " Tunisian workers a year for three years, with pre-selection through ANETI and"
             " fair recruitment safeguards.",
             "mobility", "implementation", "2023-10-20", "2026-10-19", ("O3",), (),
             ("low", "medium"),
             (("MS-IT", (LEAD, ACC)), ("ANETI", (AUTH,))), (),
             target=12_000, indicators=(("Work permits issued", "permits", 0, 12_000, None),)),
    ),
    "MA": (
        _Act("THAMM", "THAMM – labour migration governance in North Africa (Morocco)",
             "Moroccan component of THAMM: labour-market information at ANAPEC, skills"
             " matching with European employers and protection of migrant workers.",
             "capacity_building", "closed", "2019-12-01", "2023-12-31", ("O1",),
             ("ICT", "hospitality"), ("medium",),
             (("DG-NEAR", (FUND, ACC)), ("MS-DE", (FUND,)), ("ANAPEC", (AUTH,)),
              ("MIEPEEC", (AUTH,)), ("ILO", (IMPL,)), ("IOM", (IMPL,)), ("GIZ", (IMPL,)),
              ("BA", (IMPL,))),
             (("other", "EU Emergency Trust Fund for Africa – THAMM", 8_000_000, "disbursed",
               "DG-NEAR"),
              ("ms_bilateral", "BMZ co-funding", 2_000_000, "disbursed", "MS-DE"))),
        _Act("THAMM-PLUS", "THAMM Plus – skills and labour mobility (Morocco)",
             "Placement of Moroccan workers with employers in Germany, Belgium and France"
             " through ANAPEC, with fair recruitment, pre-departure training and follow-up"
             " after arrival.",
             "mobility", "implementation", "2024-01-01", "2026-12-31", ("O1", "O3"),
             ("health", "electricity", "hospitality"), ("medium", "high"),
             (("DG-NEAR", (FUND, ACC)), ("MS-DE", (FUND, LEAD)), ("MS-BE", (FUND,)),
              ("ANAPEC", (AUTH,)), ("ENABEL", (IMPL,)), ("GIZ", (IMPL,)), ("BA", (IMPL,)),
              ("OFII", (IMPL,)), ("ILO", (IMPL,)), ("IOM", (IMPL,))),
             (("ndici", "THAMM Plus", 8_000_000, "committed", "DG-NEAR"),
              ("ms_bilateral", "BMZ co-funding", 1_500_000, "committed", "MS-DE")),
             target=600, indicators=(("Workers placed with EU employers", "people", 0, 180, 85),),
             progress=_THAMM_PLUS_FIGURES),
        _Act("PALIM", "PALIM – ICT talent mobility between Morocco and Belgium",
             "Pilot project addressing labour shortages through innovative labour migration"
             " models: training Moroccan ICT graduates and placing part of them with Belgian"
             " employers.",
             "skills_development", "closed", "2019-03-01", "2021-12-31", ("O2",), ("ICT",),
             ("high",),
             (("DG-HOME", (FUND,)), ("ICMPD", (IMPL,)), ("ENABEL", (IMPL, ACC)),
              ("MS-BE", (LEAD,)), ("ANAPEC", (AUTH,))),
             (("mpf", "Migration Partnership Facility", 1_500_000, "disbursed", "DG-HOME"),)),
        _Act("DE-SKILLED-WORKERS", "Germany–Morocco skilled workers: health, electricity, hotels"
             " and restaurants", "Cooperation agreed in January 2024: recruitment of Moroccan"
             " nurses, electricians and hospitality staff for German employers through ANAPEC"
             " and the Federal Employment Agency, under fair recruitment rules.",
             "mobility", "implementation", "2024-01-15", "2027-12-31", ("O3",),
             ("health", "electricity", "hospitality"), ("medium", "high"),
             (("MS-DE", (LEAD, FUND, ACC)), ("BA", (IMPL,)), ("BDA", (IMPL,)),
              ("ANAPEC", (AUTH,))),
             (("ms_bilateral", "German bilateral cooperation", 2_500_000, "committed",
               "MS-DE"),),
             target=1_000, indicators=(("Contracts signed", "people", 0, 1_000, 410),)),
        _Act("ES-SEASONAL-RIGHTS", "Circular seasonal work in Spanish agriculture: workers'"
             " rights and pre-departure support", "Information on contracts, housing and"
             " workers' rights for Moroccan seasonal workers before departure and on arrival"
             " in Huelva, with helplines in Arabic and Tamazight.",
             "integration", "finalisation", "2024-03-01", "2026-02-28", ("O4",),
             ("agriculture",), ("low",),
             (("MS-ES", (LEAD, FUND)), ("IOM", (IMPL,)), ("ANAPEC", (AUTH,))),
             (("amif", "AMIF national programme – Spain", 750_000, "committed", "MS-ES"),),
             target=8_000),
        _Act("ERASMUS-ELECTRICITY", "Erasmus+ capacity building for Moroccan VET centres in"
             " electricity", "Curriculum reform, trainer exchanges and equipment for"
             " vocational training centres preparing electricians and renewable-energy"
             " technicians.",
             "skills_development", "implementation", "2024-10-01", "2027-09-30", ("O2",),
             ("electricity",), ("medium",),
             (("DG-EAC", (FUND, ACC)), ("ETF", (IMPL,)), ("MIEPEEC", (AUTH,))),
             (("erasmus", "Erasmus+ capacity building in VET", 500_000, "committed",
               "DG-EAC"),)),
        _Act("ICT-BOOTCAMPS", "Employer-led ICT bootcamps for Moroccan graduates",
             "Twelve-week coding bootcamps designed with Moroccan and European firms, ending"
             " in interviews with employers in Morocco and the EU.",
             "skills_development", "suspended", "2024-04-01", "2025-12-31", ("O2",), ("ICT",),
             ("high",),
             (("CGEM", (FUND, IMPL)), ("BUSINESSEUROPE", (IMPL,)), ("ANAPEC", (AUTH,))),
             (("private", "Employer contributions", 350_000, "committed", "CGEM"),),
             progress="Suspended in 2025 after the lead employers paused hiring; a restart is"
             " under discussion."),
        _Act("REINTEGRATION", "Reintegration and entrepreneurship support for Moroccan"
             " returnees", "Individual reintegration plans, micro-grants and business coaching"
             " for Moroccans returning from the EU.",
             "reintegration", "finalisation", "2022-01-01", "2025-12-31", ("O4",), (),
             ("low", "medium"),
             (("DG-NEAR", (FUND,)), ("IOM", (IMPL, ACC)), ("ANAPEC", (AUTH,))),
             (("other", "EU Emergency Trust Fund for Africa – migrant protection and"
               " reintegration", 1_800_000, "disbursed", "DG-NEAR"),),
             indicators=(("Reintegration plans completed", "people", 0, 700, 655),)),
        _Act("LMI-ANAPEC", "Labour-market and skills intelligence with ANAPEC",
             "Shortage-occupation analysis in the EU and Morocco, an online job-matching"
             " module at ANAPEC and training for its international placement staff.",
             "capacity_building", "implementation", "2025-01-01", "2026-12-31", ("O1",), (),
             (),
             (("DG-HOME", (FUND,)), ("ICMPD", (IMPL, ACC)), ("ETF", (IMPL,)),
              ("MS-FR", (LEAD,)), ("ANAPEC", (AUTH,))),
             (("mpf", "Migration Partnership Facility – Lot 2", 600_000, "committed",
               "DG-HOME"),)),
        _Act("MIGRATION-MANAGEMENT", "EU–Morocco cooperation on migration management",
             "Support to border management, the fight against migrant smuggling and"
             " cooperation on return and readmission.",
             "migration_management", "implementation", "2023-01-01", "2027-12-31", (), (), (),
             (("DG-NEAR", (FUND, ACC)), ("IOM", (IMPL,))),
             (("ndici", "NDICI-Global Europe – migration", 5_000_000, "committed",
               "DG-NEAR"),)),
        _Act("FR-HOSPITALITY", "Hospitality traineeships in France for young Moroccans",
             "Traineeships in French hotels and restaurants with OFII support for visas and"
             " arrival.",
             "mobility", "cancelled", "2024-06-01", "2025-05-31", ("O3",), ("hospitality",),
             ("low",),
             (("MS-FR", (LEAD, FUND)), ("OFII", (IMPL,)), ("ANAPEC", (AUTH,))),
             (("ms_bilateral", "French bilateral cooperation", 300_000, "committed",
               "MS-FR"),),
             progress="Cancelled: partner hotels withdrew; funds moved to THAMM Plus."),
    ),
    "EG": (
        _Act("THAMM", "THAMM – labour migration governance in North Africa (Egypt)",
             "Egyptian component of THAMM, launched on 19 October 2020: migration information"
             " for prospective migrants, labour-market information and protection of migrant"
             " workers.",
             "capacity_building", "closed", "2020-10-19", "2023-12-31", ("O1",), (),
             ("medium",),
             (("DG-NEAR", (FUND, ACC)), ("MS-DE", (FUND,)), ("MOSEEEA", (AUTH,)),
              ("ILO", (IMPL,)), ("IOM", (IMPL,)), ("GIZ", (IMPL,)), ("BA", (IMPL,))),
             (("other", "EU Emergency Trust Fund for Africa – THAMM", 7_000_000, "disbursed",
               "DG-NEAR"),
              ("ms_bilateral", "BMZ co-funding", 1_500_000, "disbursed", "MS-DE"))),
        _Act("THAMM-PLUS", "THAMM Plus – skills and labour mobility (Egypt)",
             "Placement of Egyptian workers with German employers, pre-departure training and"
             " fair recruitment, with MoSEEEA informing prospective migrants.",
             "mobility", "implementation", "2024-01-01", "2026-12-31", ("O3",),
             ("health", "construction"), ("medium", "high"),
             (("DG-NEAR", (FUND, ACC)), ("MS-DE", (FUND, LEAD)), ("MOSEEEA", (AUTH,)),
              ("GIZ", (IMPL,)), ("BA", (IMPL,)), ("ILO", (IMPL,)), ("IOM", (IMPL,))),
             (("ndici", "THAMM Plus", 7_000_000, "committed", "DG-NEAR"),
              ("ms_bilateral", "BMZ co-funding", 1_000_000, "committed", "MS-DE")),
             target=400, indicators=(("Workers placed in Germany", "people", 0, 120, 60),),
             progress=_THAMM_PLUS_FIGURES),
        _Act("EDCJMR", "Egyptian-German Centre for Jobs, Migration and Reintegration",
             "Counselling on jobs in Egypt and regular migration to Germany, and reintegration"
             " support for returnees, at the centre in Cairo.",
             "reintegration", "implementation", "2023-01-01", "2026-12-31", ("O4",), (),
             ("low", "medium", "high"),
             (("MS-DE", (FUND, LEAD)), ("GIZ", (IMPL, ACC)), ("MOSEEEA", (AUTH,))),
             (("ms_bilateral", "German bilateral cooperation (BMZ)", 1_600_000, "committed",
               "MS-DE"),),
             indicators=(("People counselled", "people", 0, 5_000, 3_900),)),
        _Act("IT-DUAL-VET", "Dual VET in construction: Italian–Egyptian pilot",
             "MPF pilot combining school-based training with placements on construction sites"
             " run by Italian firms in Egypt, with an option of work in Italy.",
             "skills_development", "implementation", "2024-05-01", "2026-10-31", ("O2",),
             ("dual VET", "construction"), ("low", "medium"),
             (("DG-HOME", (FUND,)), ("ICMPD", (IMPL,)), ("MS-IT", (LEAD,)), ("FEI", (IMPL,)),
              ("MOSEEEA", (AUTH,))),
             (("mpf", "Migration Partnership Facility – Lot 2", 1_400_000, "committed",
               "DG-HOME"),),
             target=250),
        _Act("ERASMUS-ICT", "Erasmus+ higher-education mobility for Egyptian ICT students",
             "Semester exchanges for Egyptian computer-science students with Belgian and"
             " Italian universities, with internships in EU firms.",
             "skills_development", "finalisation", "2022-09-01", "2025-08-31", ("O2",),
             ("ICT",), ("high",),
             (("DG-EAC", (FUND, ACC)), ("MS-BE", (IMPL,)), ("MOSEEEA", (AUTH,))),
             (("erasmus", "Erasmus+ international credit mobility", 450_000, "disbursed",
               "DG-EAC"),)),
        _Act("AMIF-NURSES", "Pre-integration language courses for Egyptian nurses",
             "German and Italian language courses, information on workers' rights and"
             " recognition of nursing diplomas before departure.",
             "integration", "implementation", "2025-03-01", "2027-02-28", ("O3",), ("health",),
             ("medium", "high"),
             (("MS-DE", (FUND, LEAD)), ("MS-IT", (FUND,)), ("GIZ", (IMPL,)),
              ("MOSEEEA", (AUTH,))),
             (("amif", "AMIF national programme – Germany", 500_000, "committed", "MS-DE"),
              ("amif", "AMIF national programme – Italy", 300_000, "committed", "MS-IT"))),
        _Act("EMPLOYER-SURVEY", "EU–Egypt employers' skills-needs survey in construction and"
             " ICT", "Survey of European and Egyptian employers on shortage occupations and"
             " skills profiles, feeding the dual VET curricula.",
             "capacity_building", "closed", "2023-06-01", "2024-06-30", ("O2",),
             ("construction", "ICT"), (),
             (("FEI", (FUND, IMPL)), ("BUSINESSEUROPE", (FUND, IMPL)), ("MOSEEEA", (AUTH,))),
             (("private", "Employer contributions", 150_000, "disbursed", "FEI"),)),
        _Act("RETURN-CASEWORK", "Return and readmission case management",
             "Training of Egyptian officials on identification and travel documents, and"
             " assisted voluntary return with reintegration.",
             "migration_management", "pipeline", 100, 100 + 1_095, ("O5",), (), (),
             (("DG-HOME", (ACC,)), ("IOM", (IMPL,)), ("MOSEEEA", (AUTH,))),
             (("ndici", "NDICI-Global Europe – migration governance", 1_500_000, "committed",
               "DG-NEAR"),)),
        _Act("BE-ICT-MATCHING", "Belgian ICT matching pilot for Egyptian software developers",
             "Matching Egyptian developers with Belgian ICT firms, with fair recruitment"
             " checks and support for single permit applications.",
             "mobility", "suspended", "2024-02-01", "2026-01-31", ("O3",), ("ICT",), ("high",),
             (("MS-BE", (LEAD, FUND)), ("ENABEL", (IMPL,)), ("MOSEEEA", (AUTH,))),
             (("ms_bilateral", "Belgian bilateral cooperation", 600_000, "committed",
               "MS-BE"),),
             progress="Suspended while permit processing times are reviewed."),
    ),
    "BD": (
        _Act("ILO-TP", "Supporting a Talent Partnership with Bangladesh",
             "EUR 3 million programme run by the ILO with BMET, launched in Dhaka on 8 July 2024:"
             " upgrade the skills of 3,000 Bangladeshi workers to EU Member States'"
             " requirements, align qualifications for recognition and promote fair recruitment"
             " and safe, regular mobility. Builds on the ILO Skills 21 project.",
             "skills_development", "implementation", "2024-07-01", "2027-06-30", ("O1", "O2"),
             ("health", "engineering", "ICT", "care", "hospitality", "construction",
              "agriculture"), ("medium", "high"),
             (("DG-INTPA", (FUND, ACC)), ("ILO", (IMPL,)), ("BMET", (AUTH, IMPL)),
              ("MOEWOE", (AUTH,)), ("MS-IT", (LEAD,))),
             (("ndici", "NDICI-Global Europe – Bangladesh", 3_000_000, "committed",
               "DG-INTPA"),),
             target=3_000, beneficiaries="Bangladeshi workers in occupations in demand in the EU",
             indicators=(("Workers whose skills are upgraded", "people", 0, 3_000, 850),
                         ("Qualifications aligned with EU occupational standards",
                          "qualifications", 0, 12, 5))),
        _Act("MPF-IT-CORRIDOR", "Fair recruitment corridor Bangladesh–Italy",
             "MPF pilot testing fair recruitment from Bangladesh to Italian employers in"
             " hospitality and construction: licensed recruiters, no fees for workers and"
             " contracts checked before departure.",
             "mobility", "implementation", "2025-01-15", "2027-01-14", ("O2",),
             ("hospitality", "construction"), ("low", "medium"),
             (("DG-HOME", (FUND,)), ("ICMPD", (IMPL, ACC)), ("MS-IT", (LEAD,)),
              ("BAIRA", (IMPL,)), ("BMET", (AUTH,))),
             (("mpf", "Migration Partnership Facility – Lot 2", 1_100_000, "committed",
               "DG-HOME"),),
             target=300),
        _Act("GR-SEASONAL", "Seasonal agricultural work in Greece for Bangladeshi workers",
             "Scheme for seasonal farm workers from Bangladesh to Greece, with pre-departure"
             " orientation and checks on recruitment costs.",
             "mobility", "pipeline", 60, 60 + 730, ("O2",), ("agriculture",), ("low",),
             (("MS-GR", (LEAD, FUND)), ("MOEWOE", (AUTH,)), ("BMET", (AUTH,))),
             (("ms_bilateral", "Greek bilateral cooperation", 400_000, "committed", "MS-GR"),),
             target=4_000, tags=(INDICATIVE,)),
        _Act("RO-SKILLS-TESTING", "Employer-funded skills testing for construction jobs in"
             " Romania", "Trade tests in Dhaka for welders, masons and electricians recruited by"
             " Romanian construction firms, paid for by the employers.",
             "skills_development", "cancelled", "2024-11-01", "2025-10-31", ("O1",),
             ("construction",), ("low", "medium"),
             (("MS-RO", (LEAD,)), ("BAIRA", (IMPL,)), ("BMET", (AUTH,))),
             (("private", "Romanian employers' contributions", 200_000, "committed", None),),
             progress="Cancelled in 2025: the employer-pays principle (no recruitment fees for"
             " workers) could not be guaranteed.", tags=(INDICATIVE,)),
        _Act("AMIF-IT-ORIENTATION", "Pre-departure orientation and Italian language for"
             " Bangladeshi workers", "Italian language, rights at work, housing and health"
             " insurance explained before departure, with follow-up on arrival.",
             "integration", "implementation", "2025-04-01", "2027-03-31", ("O2",), (),
             ("low", "medium"),
             (("MS-IT", (FUND, LEAD)), ("IOM", (IMPL,)), ("MOEWOE", (AUTH,))),
             (("amif", "AMIF national programme – Italy", 550_000, "committed", "MS-IT"),),
             target=900),
        _Act("ERASMUS-CARE", "Erasmus+ capacity building for Bangladeshi TVET institutes in"
             " care and health", "Curricula for care workers and nursing assistants aligned with"
             " EU occupational standards; trainer exchanges with Italian and German schools.",
             "skills_development", "implementation", "2025-09-01", "2028-08-31", ("O1",),
             ("care", "health"), ("medium",),
             (("DG-EAC", (FUND, ACC)), ("BMET", (AUTH,))),
             (("erasmus", "Erasmus+ capacity building in VET", 400_000, "committed",
               "DG-EAC"),)),
        _Act("REINTEGRATION", "Reintegration support for returnee migrant workers",
             "Psychosocial, economic and social reintegration for Bangladeshi migrant workers"
             " returning from abroad, with referral through BMET's district offices.",
             "reintegration", "closed", "2021-01-01", "2024-12-31", ("O4",), (),
             ("low", "medium"),
             (("DG-INTPA", (FUND,)), ("IOM", (IMPL, ACC)), ("MIGRANT-FORUM-ASIA", (IMPL,)),
              ("MOEWOE", (AUTH,))),
             (("other", "Development Cooperation Instrument (DCI)", 2_000_000, "disbursed",
               "DG-INTPA"),),
             indicators=(("Returnees supported", "people", 0, 2_500, 2_730),)),
        _Act("LMI-BMET", "Labour-market intelligence and skills anticipation for BMET",
             "Analysis of EU demand by occupation and a skills-anticipation unit at BMET that"
             " steers training towards jobs in demand.",
             "capacity_building", "finalisation", "2023-05-01", "2025-12-31", ("O3",), (), (),
             (("DG-INTPA", (FUND,)), ("ILO", (IMPL, ACC)), ("BMET", (AUTH,))),
             (("ndici", "NDICI-Global Europe – Bangladesh", 800_000, "disbursed",
               "DG-INTPA"),)),
        _Act("RETURN-SOP", "Standard Operating Procedures on return: implementation support",
             "Support to the Bangladeshi authorities in applying the EU–Bangladesh Standard"
             " Operating Procedures for the identification and return of persons without an"
             " authorisation to stay.",
             "migration_management", "implementation", "2023-01-01", None, ("O5",), (), (),
             (("DG-HOME", (ACC,)), ("IOM", (IMPL,)), ("MOEWOE", (AUTH,))),
             (("ndici", "NDICI-Global Europe – migration governance", 1_000_000, "committed",
               "DG-INTPA"),)),
        _Act("DE-NURSES", "Germany–Bangladesh pilot for nurses: recognition of qualifications",
             "Recognition of Bangladeshi nursing diplomas in Germany, bridging courses and"
             " placement with hospitals.",
             "mobility", "suspended", "2024-03-01", "2026-02-28", ("O1",), ("health",),
             ("high",),
             (("MS-DE", (LEAD, FUND)), ("GIZ", (IMPL,)), ("BA", (IMPL,)), ("BMET", (AUTH,))),
             (("ms_bilateral", "German bilateral cooperation", 700_000, "committed", "MS-DE"),),
             progress="Suspended until the recognition authority of the Land confirms the"
             " bridging course."),
    ),
    "PK": (
        _Act("TP-PROGRAMME", "Pakistan–EU Talent Partnership programme",
             "EUR 3 million programme launched in late November 2024 to create labour and learning"
             " mobility between Pakistan and the EU in construction, agriculture, ICT,"
             " renewable energy and hospitality: training to EU standards with NAVTTC and fair"
             " recruitment through the OEC.",
             "skills_development", "implementation", "2024-11-26", "2027-11-25", ("O1", "O2"),
             ("construction", "agriculture", "ICT", "renewable energy", "hospitality"),
             ("medium", "high"),
             (("DG-INTPA", (FUND, ACC)), ("MOPHRD", (AUTH,)), ("NAVTTC", (AUTH, IMPL)),
              ("OEC", (AUTH,))),
             (("ndici", "NDICI-Global Europe – Pakistan", 3_000_000, "committed",
               "DG-INTPA"),),
             indicators=(("Trainees certified to EU standards", "people", 0, 1_500, 420),)),
        _Act("ERASMUS-RENEWABLES", "Erasmus+ capacity building: NAVTTC curricula for renewable"
             " energy", "Solar and wind technician curricula aligned with EU occupational"
             " standards, trainer exchanges and equipment for NAVTTC institutes.",
             "skills_development", "pipeline", 45, 45 + 1_095, ("O1",), ("renewable energy",),
             ("medium",),
             (("DG-EAC", (FUND,)), ("NAVTTC", (AUTH, IMPL))),
             (("erasmus", "Erasmus+ capacity building in VET", 350_000, "committed",
               "DG-EAC"),)),
        _Act("OEC-ETHICAL-RECRUITMENT", "Fair recruitment through the Overseas Employment"
             " Corporation", "MPF pilot making the OEC a fair recruitment hub: job orders from"
             " Italian employers, transparent selection, no fees for workers and contract"
             " verification.",
             "mobility", "implementation", "2025-02-01", "2027-01-31", ("O2",),
             ("construction", "hospitality"), ("low", "medium"),
             (("DG-HOME", (FUND,)), ("ICMPD", (IMPL, ACC)), ("OEC", (AUTH, IMPL)),
              ("MS-IT", (LEAD,))),
             (("mpf", "Migration Partnership Facility – Lot 2", 1_000_000, "committed",
               "DG-HOME"),),
             target=400),
        _Act("AMIF-IT-ORIENTATION", "Italian language and pre-departure orientation for"
             " Pakistani workers", "Language courses and information on workers' rights,"
             " housing and health before departure to Italy.",
             "integration", "implementation", "2025-05-01", "2027-04-30", ("O3",), (),
             ("low", "medium"),
             (("MS-IT", (FUND, LEAD)), ("IOM", (IMPL,)), ("MOPHRD", (AUTH,))),
             (("amif", "AMIF national programme – Italy", 450_000, "committed", "MS-IT"),)),
        _Act("PT-AGRICULTURE", "Portugal–Pakistan pathway for agricultural workers",
             "Seasonal and longer-term work in Portuguese agriculture, with pre-departure"
             " training and recruitment through the OEC.",
             "mobility", "pipeline", 90, 90 + 730, ("O2",), ("agriculture",), ("low",),
             (("MS-PT", (LEAD, FUND)), ("MOPHRD", (AUTH,)), ("OEC", (AUTH,))),
             (("ms_bilateral", "Portuguese bilateral cooperation", 300_000, "committed",
               "MS-PT"),),
             tags=(INDICATIVE,)),
        _Act("ICT-MATCHING", "EU employers' matching programme for Pakistani ICT professionals",
             "Online job fairs and skills profiles for Pakistani software developers, run with"
             " European and Pakistani employers' organisations.",
             "capacity_building", "finalisation", "2024-03-01", "2025-12-31", ("O1",), ("ICT",),
             ("high",),
             (("BUSINESSEUROPE", (FUND, IMPL)), ("EFP", (IMPL,)), ("MOPHRD", (AUTH,))),
             (("private", "Employer contributions", 250_000, "disbursed", "BUSINESSEUROPE"),)),
        _Act("DIASPORA-REINTEGRATION", "Diaspora mobilisation and reintegration of returning"
             " Pakistani workers", "Diaspora mentors in Italy and Portugal, and reintegration"
             " counselling for workers returning to Punjab and Khyber Pakhtunkhwa.",
             "reintegration", "implementation", "2024-09-01", "2026-08-31", ("O4",), (),
             ("low", "medium"),
             (("IOM", (IMPL, ACC, FUND)), ("MOPHRD", (AUTH,))),
             (("other", "IOM Development Fund", 250_000, "committed", "IOM"),)),
        _Act("RETURN-READMISSION", "Return and readmission cooperation",
             "Support to the implementation of the EU–Pakistan readmission agreement: faster"
             " identification, travel documents and reintegration on return.",
             "migration_management", "implementation", "2023-01-01", None, ("O5",), (), (),
             (("DG-HOME", (ACC,)), ("IOM", (IMPL,))),
             (("ndici", "NDICI-Global Europe – migration governance", 1_200_000, "committed",
               "DG-INTPA"),)),
        _Act("LMI-MOPHRD", "Labour-market information system at MOPHRD",
             "Data on emigration, skills and demand abroad, shared between MOPHRD, the Bureau"
             " of Emigration and Overseas Employment and NAVTTC.",
             "capacity_building", "closed", "2022-01-01", "2024-06-30", ("O1",), (), (),
             (("DG-INTPA", (FUND,)), ("ILO", (IMPL, ACC)), ("MOPHRD", (AUTH,))),
             (("ndici", "NDICI-Global Europe – Pakistan", 600_000, "disbursed", "DG-INTPA"),)),
        _Act("LAHORE-TEST-CENTRE", "Construction trade-testing centre in Lahore",
             "A NAVTTC trade-testing centre certifying welders, steel fixers and electricians"
             " against EU occupational standards.",
             "skills_development", "suspended", "2025-01-01", "2026-06-30", ("O1",),
             ("construction",), ("low", "medium"),
             (("NAVTTC", (AUTH, IMPL)), ("MS-IT", (FUND,))),
             (("ms_bilateral", "Italian bilateral cooperation", 280_000, "committed", "MS-IT"),),
             progress="Suspended: the site is being relocated.", tags=(INDICATIVE,)),
    ),
}

_P, _IP, _F, _H, _X = (CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS,
                       CommitmentStatus.FULFILLED, CommitmentStatus.ON_HOLD,
                       CommitmentStatus.CANCELLED)


@dataclass(frozen=True)
class _Com:
    """One commitment. `made` is a roundtable ("RT2"), "last" (the latest held roundtable
    well before the due date) or a date; the status is the last update's."""

    key: str
    actors: tuple[str, ...]
    text: str
    made: When
    due: When | None
    updates: tuple[tuple[CommitmentStatus, str], ...] = ()
    activity: str | None = None
    objective: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def status(self) -> CommitmentStatus:
        return self.updates[-1][0] if self.updates else _P


COMMITMENTS: dict[str, tuple[_Com, ...]] = {
    "TN": (
        _Com("nurse-desk", ("BA", "ANETI"), "Open a joint placement desk at ANETI for Tunisian"
             " nurses and care workers bound for Germany", "RT2", "2024-12-31",
             ((_IP, "Desk staffed; first 60 candidates registered."),
              (_F, "Desk operational in Tunis and Sfax.")), "THAMM-PLUS", "O3"),
        _Com("shortage-lists", ("MS-DE",), "Share Germany's shortage-occupation lists with ANETI"
             " before each roundtable", "RT1", "2023-03-31",
             ((_F, "Lists shared; ANETI adapted its training offer."),), objective="O1"),
        _Com("italy-permits", ("MS-IT", "ANETI"), "Issue the first tranche of work permits"
             " under the Italy–Tunisia quota and report numbers by sector", "2023-10-20", 25,
             ((_IP, "First permits issued in construction and agriculture."),
              (_IP, "Sector breakdown requested from the Italian ministry.")), "ITALY-QUOTA"),
        _Com("ict-pilot", ("ENABEL", "ANETI"), "Launch a fair recruitment pilot for Tunisian ICT"
             " graduates with Belgian employers", "last", -40,
             ((_IP, "Employer consultations held in Brussels and Ghent."),), objective="O3"),
        _Com("orientation", ("OFII",), "Run pre-departure sessions on workers' rights for"
             " hospitality recruits", "last", 12, (), "THAMM-PLUS"),
        _Com("mpf-priorities", ("DG-HOME",), "Publish Migration Partnership Facility priorities"
             " covering Tunisia for the next call", "last", 150),
        _Com("hospitality-charter", ("UTICA", "UGTT"), "Agree a joint charter on fair"
             " recruitment and decent work in tourism and hospitality", "RT2", -25,
             ((_IP, "Drafting group met twice."),
              (_H, "Talks paused until the sector collective agreement is renewed.")),
             objective="O3"),
        _Com("reintegration-sfax", ("GIZ", "ANETI"), "Extend reintegration counselling to Sfax"
             " and Gabès", "last", 200,
             ((_IP, "Office space agreed in Sfax; recruitment of counsellors started."),),
             "REINTEGRATION-CTAEMR"),
        _Com("return-training", ("IOM",), "Deliver a training cycle on return case management",
             "RT2", 180,
             ((_H, "Postponed at the partner's request."),
              (_X, "Replaced by the broader cooperation on return procedures.")),
             objective="O5"),
        _Com("fr-construction", ("MS-FR",), "Present a mobility pathway for Tunisian"
             " construction technicians", "last", 90,
             ((_H, "Waiting for the French list of shortage occupations."),)),
        _Com("thamm-extension", ("DG-NEAR",), "Confirm funding for a follow-up to THAMM Plus"
             " after 2026", "last", 300),
    ),
    "MA": (
        _Com("anapec-matching", ("ANAPEC", "BA"), "Connect ANAPEC's job-matching module with"
             " the Federal Employment Agency's vacancies", "RT2", "2025-03-31",
             ((_IP, "Interface specification agreed."), (_F, "Module live.")), "LMI-ANAPEC",
             "O1"),
        _Com("de-nurses", ("MS-DE",), "Recruit the first cohort of Moroccan nurses under the"
             " January 2024 cooperation", "RT2", "2025-06-30",
             ((_IP, "120 candidates in language training."), (_F, "First cohort arrived.")),
             "DE-SKILLED-WORKERS"),
        _Com("skills-survey", ("CGEM", "BUSINESSEUROPE"), "Run a joint employers' survey of"
             " skills needs in electricity and hospitality", "last", -35,
             ((_IP, "Questionnaire agreed; fieldwork delayed."),), objective="O1"),
        _Com("seasonal-helpline", ("MS-ES", "IOM"), "Open a helpline in Arabic and Tamazight for"
             " seasonal workers in Huelva", "last", 20,
             ((_IP, "Operators recruited."),), "ES-SEASONAL-RIGHTS"),
        _Com("recognition-be", ("MS-BE", "ENABEL"), "Propose a fast-track recognition route for"
             " Moroccan ICT diplomas", "last", 9, (), objective="O3"),
        _Com("bootcamp-restart", ("CGEM",), "Decide whether to restart the ICT bootcamps",
             "last", -15,
             ((_IP, "Employers surveyed."), (_H, "On hold until hiring resumes.")),
             "ICT-BOOTCAMPS"),
        _Com("ofii-traineeships", ("MS-FR", "OFII"), "Place 50 young Moroccans in hospitality"
             " traineeships in France", "RT2", 60,
             ((_H, "Hotels reconsidering."), (_X, "Cancelled with the activity.")),
             "FR-HOSPITALITY"),
        _Com("etf-curricula", ("ETF", "MIEPEEC"), "Align electricity curricula with EU"
             " occupational standards", "last", 240,
             ((_IP, "Two curricula reviewed."),), "ERASMUS-ELECTRICITY"),
        _Com("women-mobility", ("ANAPEC",), "Report on the share of women in mobility schemes",
             "last", 120, ((_H, "Data collection method under review."),), objective="O4"),
        _Com("roadmap-annex", ("DG-HOME",), "Circulate an updated roadmap annex of activities"
             " before the next roundtable", "last", 45),
        _Com("etuc-rights", ("ETUC",), "Share guidance for trade unions on the rights of"
             " Moroccan seasonal workers", "last", 150),
    ),
    "EG": (
        _Com("info-campaign", ("MOSEEEA", "IOM"), "Run an information campaign on regular"
             " routes to work in the EU in five governorates", "RT1", "2024-03-31",
             ((_IP, "Campaign designed."), (_F, "Campaign reached 1.2 million people.")),
             objective="O1"),
        _Com("dual-vet-schools", ("MS-IT", "FEI"), "Select three technical schools for the"
             " dual VET pilot in construction", "RT2", "2024-12-15",
             ((_F, "Schools in Cairo, Alexandria and Assiut selected."),), "IT-DUAL-VET"),
        _Com("placement-report", ("GIZ", "BA"), "Report placements in Germany by occupation",
             "last", -30, ((_IP, "Draft figures shared informally."),), "THAMM-PLUS"),
        _Com("nurse-recognition", ("MS-DE",), "Publish a recognition guide for Egyptian"
             " nursing diplomas", "last", 18, ((_IP, "Guide in translation."),), "AMIF-NURSES"),
        _Com("be-permits", ("MS-BE",), "Review processing times for single permits in the ICT"
             " pilot", "last", -50,
             ((_IP, "Review started."), (_H, "Paused with the pilot.")), "BE-ICT-MATCHING"),
        _Com("erasmus-extension", ("DG-EAC",), "Consider a second Erasmus+ round for Egyptian"
             " ICT students", "last", 28, ()),
        _Com("edcjmr-data", ("GIZ", "MOSEEEA"), "Share anonymised reintegration data from the"
             " Egyptian-German Centre", "last", 110,
             ((_IP, "Data-sharing agreement drafted."),), "EDCJMR"),
        _Com("return-workshop", ("IOM", "DG-HOME"), "Hold a workshop on identification and"
             " travel documents", "RT2", 75,
             ((_H, "Date not yet agreed."), (_X, "Folded into the case-management activity.")),
             objective="O5"),
        _Com("health-pathway", ("MS-IT",), "Present a pathway for Egyptian nurses to Italy",
             "last", 160, ((_H, "Waiting for the Italian decree on nursing quotas."),)),
        _Com("employer-forum", ("FEI", "BUSINESSEUROPE"), "Hold an EU–Egypt employers' forum"
             " on skills", "last", 210),
    ),
    "BD": (
        _Com("ilo-inception", ("ILO", "BMET"), "Complete the inception phase of 'Supporting a"
             " Talent Partnership with Bangladesh'", "2024-07-08", "2025-01-31",
             ((_IP, "Steering committee set up."), (_F, "Inception report approved.")),
             "ILO-TP", "O1"),
        _Com("recruiter-code", ("BAIRA", "MOEWOE"), "Adopt a code of conduct on fair"
             " recruitment for licensed recruiting agencies", "RT2", -45,
             ((_IP, "Draft code discussed with MoEWOE."),), "MPF-IT-CORRIDOR", "O2"),
        _Com("it-job-orders", ("MS-IT",), "Channel job orders from Italian employers through the"
             " fair recruitment corridor", "last", 22,
             ((_IP, "First job orders in hospitality received."),), "MPF-IT-CORRIDOR"),
        _Com("greek-mou", ("MS-GR", "MOEWOE"), "Agree implementing rules for seasonal"
             " agricultural workers to Greece", "last", -20,
             ((_H, "Awaiting Greek quota decision."),), "GR-SEASONAL", tags=(INDICATIVE,)),
        _Com("skills-passports", ("BMET", "ILO"), "Issue skills certificates recognised by"
             " Italian and German employers", "last", 14, (), "ILO-TP"),
        _Com("ro-employers", ("MS-RO",), "Secure employer funding for skills testing for"
             " Romanian construction jobs", "RT2", 120,
             ((_H, "Employers asked workers to pay test fees."),
              (_X, "Dropped: incompatible with the employer-pays principle.")),
             "RO-SKILLS-TESTING", tags=(INDICATIVE,)),
        _Com("care-curricula", ("DG-EAC", "BMET"), "Start Erasmus+ work on care curricula",
             "RT2", "2025-10-31",
             ((_IP, "Call awarded."), (_F, "Project started.")), "ERASMUS-CARE"),
        _Com("returnee-data", ("IOM", "MIGRANT-FORUM-ASIA"), "Publish a study on returnees'"
             " reintegration outcomes", "last", 200,
             ((_IP, "Survey of 800 returnees done."),), objective="O4"),
        _Com("de-nurses-bridge", ("MS-DE", "GIZ"), "Confirm the bridging course for"
             " Bangladeshi nurses", "last", 100,
             ((_H, "Waiting for the recognition authority."),), "DE-NURSES"),
        _Com("sop-review", ("DG-HOME", "MOEWOE"), "Review the implementation of the return"
             " SOPs", "last", 170, (), "RETURN-SOP"),
    ),
    "PK": (
        _Com("programme-launch", ("DG-INTPA", "MOPHRD"), "Launch the EUR 3 million Talent"
             " Partnership programme", "RT2", "2024-12-15",
             ((_F, "Programme launched in late November 2024."),), "TP-PROGRAMME"),
        _Com("navttc-standards", ("NAVTTC",), "Map NAVTTC qualifications against EU"
             " occupational standards in construction and renewable energy", "RT2",
             "2025-09-30",
             ((_IP, "Mapping of eight qualifications started."),
              (_F, "Mapping report published.")), "TP-PROGRAMME", "O1"),
        _Com("oec-job-orders", ("OEC", "MS-IT"), "Process the first Italian job orders through"
             " the OEC under fair recruitment rules", "last", -60,
             ((_IP, "Selection of candidates under way."),), "OEC-ETHICAL-RECRUITMENT", "O2"),
        _Com("promoters-licensing", ("MOPHRD",), "Tighten licensing of overseas employment"
             " promoters", "RT3", -10,
             ((_IP, "Draft rules circulated."), (_H, "Waiting for cabinet approval.")),
             objective="O2"),
        _Com("pt-pathway", ("MS-PT", "MOPHRD"), "Present the agricultural pathway to Portugal",
             "RT3", 16, (), "PT-AGRICULTURE", tags=(INDICATIVE,)),
        _Com("orientation-italy", ("MS-IT", "IOM"), "Start pre-departure orientation courses"
             " for workers going to Italy", "RT3", 27,
             ((_IP, "Trainers recruited in Lahore."),), "AMIF-IT-ORIENTATION"),
        _Com("diaspora-mentors", ("IOM",), "Recruit 50 diaspora mentors in Italy and Portugal",
             "RT3", 180, ((_IP, "22 mentors recruited."),), "DIASPORA-REINTEGRATION",
             tags=(INDICATIVE,)),
        _Com("lahore-centre", ("NAVTTC", "MS-IT"), "Open the trade-testing centre in Lahore",
             "RT3", 130,
             ((_IP, "Equipment procured."), (_H, "Site relocation.")), "LAHORE-TEST-CENTRE",
             tags=(INDICATIVE,)),
        _Com("ict-job-fair", ("BUSINESSEUROPE", "EFP"), "Hold a second online ICT job fair",
             "RT2", 40,
             ((_H, "Not enough employer demand."), (_X, "Replaced by sector webinars.")),
             "ICT-MATCHING"),
        _Com("readmission-figures", ("DG-HOME",), "Share quarterly readmission figures with"
             " the roundtable", "RT3", 250, (), "RETURN-READMISSION"),
    ),
}

_PRIVATE, _INTERNAL, _SHARE = (NoteVisibility.PRIVATE, NoteVisibility.INTERNAL,
                               NoteVisibility.SHAREABLE)

# key, target kind, target key (partnership/activity/commitment keys are "CC:KEY"),
# author, days before today, text, who may read it
NOTES: tuple[tuple[str, str, str, str, int, str, NoteVisibility], ...] = (
    ("aneti-arabic", "organisation", "ANETI", "Secretariat", 30,
     "Arabic name: الوكالة الوطنية للتشغيل والعمل المستقل — use it on invitations and in the"
     " Arabic version of the roundtable conclusions.", _SHARE),
    ("anapec-arabic", "organisation", "ANAPEC", "Secretariat", 28,
     "Arabic name: الوكالة الوطنية لإنعاش التشغيل والكفاءات.", _SHARE),
    ("bmet-bangla", "organisation", "BMET", "EU Delegation to Bangladesh", 26,
     "Bangla name: জনশক্তি কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো.", _SHARE),
    ("thamm-plus-figures", "activity", "TN:THAMM-PLUS", "EU Delegation to Tunisia", 12,
     "Ask GIZ for updated placement figures before the roundtable; the last report predates"
     " the summer recruitment round.", _PRIVATE),
    ("greek-figures", "commitment", "BD:greek-mou", "Secretariat", 9,
     "Greek figures come from press reports (grade B/C): check with the Greek delegation"
     " before quoting them.", _INTERNAL),
    ("portugal-indicative", "commitment", "PK:pt-pathway", "Secretariat", 7,
     "Portugal's participation is indicative (grade C); confirm it at the next roundtable.",
     _INTERNAL),
    ("bootcamp-line", "commitment", "MA:bootcamp-restart", "DG HOME desk officer", 5,
     "Line to take: the Commission welcomes a restart as soon as employers' hiring resumes;"
     " do not commit EU funds.", _INTERNAL),
)


# ---------------------------------------------------------------------------
# Building the demo: records, then dated events written in order.
# ---------------------------------------------------------------------------

# Events on one day are ordered by phase, so that what is pointed at is written first.
_PHASE = {"organisation": 0, "partnership": 1, "roundtable": 2, "roadmap": 3, "activity": 4,
          "commitment": 5, "note": 6, "pack": 7}


@dataclass(frozen=True)
class _Pack:
    """The pack prepared for a partnership's next roundtable."""

    audience: str
    marking: Marking
    purpose: str
    lines: tuple[str, ...]
    member_states: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    record_line: tuple[str, str] | None = None  # activity key, line to take on it
    language: PackLanguage = PackLanguage.EN
    item_lines: tuple[tuple[int, str], ...] = ()  # agenda item number, its lines to take
    author: str = "Talent Partnership secretariat"


PACKS: dict[str, _Pack] = {
    "TN": _Pack(
        "Italian delegation", Marking.LIMITED,
        "To brief the Italian delegation for the next EU–Tunisia roundtable: the state of"
        " play of the roadmap, open commitments carried over from the last meeting, and"
        " the points Italy may raise on work permits and pre-departure training.",
        ("Welcome the first cohorts under the Italy–Tunisia work permit scheme.",
         "Press for a date for the joint fair recruitment charter.",
         "Propose the Arabic title for the joint statement: شراكة المواهب بين الاتحاد"
         " الأوروبي وتونس"),
        member_states=("IT",),
        record_line=("MPF-IT-TRAINEESHIPS", "Italy should report how many trainees were"
                                            " offered a contract after the traineeship.")),
    "MA": _Pack(
        "Commission (DG HOME)", Marking.SENSITIVE,
        "Steering note for the Commission on the EU–Morocco partnership: progress on"
        " health and hospitality pathways and the overdue items to settle.",
        ("Acknowledge ANAPEC's lead on job matching.",
         "Ask Member States to confirm AMIF co-funding for pre-departure courses.")),
    "EG": _Pack(
        "German delegation", Marking.LIMITED,
        "Briefing for the German delegation: dual VET, construction and nursing"
        " pathways, and the reintegration centre.",
        ("Highlight placements in Germany under THAMM Plus.",),
        member_states=("DE",)),
    "BD": _Pack(
        "EU Delegation to Bangladesh", Marking.LIMITED,
        "Background for the EU Delegation in Dhaka ahead of the roundtable: the ILO"
        " programme, recruitment costs and skills recognition.",
        ("Support the code of conduct for licensed recruiting agencies.",)),
    "PK": _Pack(
        "Commission (DG INTPA)", Marking.PUBLIC,
        "Public summary for the roundtable with Pakistan, focused on construction and"
        " ICT, working towards the joint Pakistan-EU Talent Partnership Roadmap.",
        ("Confirm the calendar for the joint roadmap.",),
        sectors=("construction", "ICT")),
}


# Packs in the partner's language, beside the English one: (pack key, spec) per partner.
PACKS_IN_LANGUAGES: dict[str, tuple[str, _Pack]] = {
    "MA": ("MA:fr", _Pack(
        "Ministère de l'Inclusion économique, de la Petite Entreprise, de l'Emploi et des"
        " Compétences", Marking.LIMITED,
        "Note à l'intention du ministère marocain de l'emploi en vue de la prochaine table"
        " ronde UE–Maroc : état d'avancement de la feuille de route, engagements encore en"
        " cours depuis la dernière réunion et points que le Maroc souhaitera aborder sur les"
        " filières de la santé et de l'hôtellerie.",
        ("Saluer le rôle de l'ANAPEC dans la mise en relation des offres et des demandes"
         " d'emploi.",
         "Demander aux États membres de confirmer le cofinancement AMIF des formations"
         " préalables au départ.",
         "Proposer un calendrier commun pour la reconnaissance des qualifications dans la"
         " santé."),
        language=PackLanguage.FR,
        author="Secrétariat des partenariats destinés à attirer les talents",
        item_lines=((3, "Demander à l'Allemagne de confirmer le nombre de places en soins"
                        " infirmiers pour 2027 dans la filière santé."),
                    (4, "Saluer les premières cohortes formées en électricité et en hôtellerie"
                        " et demander à l'Espagne son calendrier de recrutement.")))),
    "EG": ("EG:ar", _Pack(
        "وزارة الدولة للهجرة وشؤون المصريين بالخارج", Marking.LIMITED,
        "مذكرة إحاطة لوزارة الدولة للهجرة وشؤون المصريين بالخارج قبل اجتماع المائدة"
        " المستديرة القادم لشراكة المواهب بين الاتحاد الأوروبي ومصر: مدى تقدم خارطة الطريق،"
        " والالتزامات التي لا تزال قائمة منذ الاجتماع الأخير، والنقاط التي قد تثيرها مصر بشأن"
        " التعليم والتدريب المهني المزدوج ومراكز إعادة الإدماج.",
        ("الترحيب بتوسيع برنامج التعليم والتدريب المهني المزدوج في قطاع البناء.",
         "طلب جدول زمني لفتح مسارات التنقل في قطاعي الصحة وتكنولوجيا المعلومات.",
         "التأكيد على أهمية الاعتراف بالمهارات قبل السفر."),
        language=PackLanguage.AR, author="أمانة شراكات المواهب",
        item_lines=((3, "الترحيب بالمرحلة التجريبية للتدريب المهني المزدوج في قطاع البناء وطلب"
                        " جدولها الزمني من إيطاليا."),
                    (5, "طلب بيانات عن العائدين الذين استفادوا من مركز إعادة الإدماج.")))),
}


@dataclass(frozen=True)
class _Item:
    """An agenda item of the next roundtable: narrowing by objective codes and the rest."""

    title: str
    lead: str  # organisation key
    objectives: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()


_OPENING = "Opening, adoption of the agenda and matters arising from the last roundtable"
_FUNDING = ("mpf", "amif", "ndici")

# The agendas of the next roundtables, as the secretariat circulates them a month ahead.
AGENDAS: dict[str, tuple[_Item, ...]] = {
    "TN": (
        _Item(_OPENING, "DG-HOME"),
        _Item("Labour-market intelligence and ANETI's placement services", "ANETI",
              objectives=("O1",)),
        _Item("Vocational training in the sectors of common interest", "MS-DE",
              objectives=("O2",)),
        _Item("Mobility pathways, fair recruitment and recognition of qualifications", "MS-IT",
              objectives=("O3",)),
        _Item("Integration, reintegration and cooperation on return and readmission",
              "DG-NEAR", objectives=("O4", "O5")),
        _Item("Funding outlook: MPF, AMIF and NDICI-Global Europe", "DG-NEAR",
              instruments=_FUNDING),
    ),
    "MA": (
        _Item(_OPENING, "DG-HOME"),
        _Item("Skills intelligence and job matching at ANAPEC", "ANAPEC", objectives=("O1",)),
        _Item("Health and care pathways", "MS-DE", sectors=("health",)),
        _Item("Training and mobility in electricity, hospitality and ICT", "MS-ES",
              objectives=("O2", "O3"), sectors=("electricity", "hospitality", "ICT")),
        _Item("Workers' rights during and after mobility, and reintegration", "MIEPEEC",
              objectives=("O4",)),
        _Item("Funding: MPF and AMIF co-funding of pre-departure courses", "DG-HOME",
              instruments=("mpf", "amif")),
    ),
    "EG": (
        _Item(_OPENING, "DG-HOME"),
        _Item("Governance of labour migration and information for prospective migrants",
              "MOSEEEA", objectives=("O1",)),
        _Item("Dual VET in construction, ICT and health", "MS-DE", objectives=("O2",)),
        _Item("Mobility pathways and recognition of skills", "MS-IT", objectives=("O3",)),
        _Item("Reintegration, diaspora engagement and return cooperation", "GIZ",
              objectives=("O4", "O5")),
    ),
    "BD": (
        _Item(_OPENING, "DG-INTPA"),
        _Item("Skills upgrading and recognition of qualifications", "ILO", objectives=("O1",)),
        _Item("Fair recruitment: licensed recruiting agencies and recruitment costs", "MOEWOE",
              objectives=("O2",)),
        _Item("BMET's labour-market intelligence and placement services", "BMET",
              objectives=("O3",)),
        _Item("Reintegration of returning workers and cooperation on readmission", "DG-HOME",
              objectives=("O4", "O5")),
    ),
    "PK": (
        _Item(_OPENING, "DG-HOME"),
        _Item("Training to EU standards with NAVTTC", "NAVTTC", objectives=("O1",)),
        _Item("Fair recruitment through the OEC and licensed promoters", "OEC",
              objectives=("O2",)),
        _Item("Pre-departure preparation, diaspora and reintegration", "MOPHRD",
              objectives=("O3", "O4")),
        _Item("Cooperation on return and readmission", "DG-HOME", objectives=("O5",)),
    ),
}


# The secretariat's lines to take on some agenda items of each pack (by item number).
ITEM_LINES: dict[str, dict[int, str]] = {
    "TN": {4: "Ask Italy to report on the first year of the work-permit quota and the"
              " pre-departure training it funds."},
    "MA": {3: "Ask Germany to confirm the number of nursing places for 2027 under the"
              " health pathway."},
    "EG": {3: "Welcome the dual VET pilot in construction and ask Italy for its timetable."},
    "BD": {3: "Support the code of conduct for licensed recruiting agencies and ask BAIRA to"
              " sign it."},
    "PK": {3: "Ask the OEC to publish its list of licensed overseas employment promoters."},
}


def _agenda(code: str) -> list[AgendaItem]:
    return [AgendaItem(id=demo_id("agenda-item", f"{code}:{n}"), title=item.title,
                       objective_ids=[demo_id("objective", f"{code}:{o}")
                                      for o in item.objectives],
                       categories=[ActivityCategory(c) for c in item.categories],
                       sectors=list(item.sectors),
                       instruments=[Instrument(i) for i in item.instruments],
                       lead_id=demo_id("organisation", item.lead))
            for n, item in enumerate(AGENDAS[code], start=1)]


@dataclass(frozen=True)
class _Event:
    day: date
    phase: int
    seq: int
    record: Record

    @property
    def stamp(self) -> str:
        """ISO 8601 UTC; time of day encodes phase and sequence so stamps sort like events."""
        minutes, seconds = divmod(self.seq, 60)
        return (f"{self.day.isoformat()}T{8 + self.phase:02d}:{minutes % 60:02d}:"
                f"{seconds:02d}.000Z")


PARTNER_NAMES = {"TN": "Tunisia", "MA": "Morocco", "EG": "Egypt", "BD": "Bangladesh",
                 "PK": "Pakistan"}


class _Builder:
    """Lays out the demo as dated versions of records, oldest first."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.latest = today - timedelta(days=1)  # history stops yesterday
        self.events: list[_Event] = []
        self.created: dict[str, date] = {}  # record id -> day of its first version
        self.held: dict[str, list[Roundtable]] = {}
        self.objective_since: dict[str, date] = {}  # objective id -> first available

    # -- helpers -------------------------------------------------------------

    def on(self, when: When) -> date:
        return self.today + timedelta(days=when) if isinstance(when, int) else \
            date.fromisoformat(when)

    def clamp(self, day: date, lo: date) -> date:
        """Not before what it depends on, never after yesterday."""
        return min(max(day, lo), self.latest)

    def add(self, day: date, record: Record) -> date:
        """Queue one version of a record; a later version never predates an earlier one."""
        day = max(day, self.created.get(record.id, day))
        self.created.setdefault(record.id, day)
        self.events.append(_Event(day, _PHASE[record.KIND], len(self.events), record))
        return day

    # -- the register ----------------------------------------------------------

    def build(self) -> list[_Event]:
        opened = date.fromisoformat(_REGISTER_OPENED)
        for key, name, short, kind, country in ORGANISATIONS:
            self.add(opened, Organisation(id=demo_id("organisation", key), name=name,
                                          short_name=short, kind=kind, country_code=country))
        for code, partner in PARTNERS.items():
            self.partnership(code, partner)
        for code, acts in ACTIVITIES.items():
            for act in acts:
                self.activity(code, act)
        for code, coms in COMMITMENTS.items():
            for seq, com in enumerate(coms):
                self.commitment(code, com, seq)
        for key, target_kind, target, author, days_ago, text, visibility in NOTES:
            self.note(key, target_kind, target, author=author, days_ago=days_ago, text=text,
                      visibility=visibility)
        return sorted(self.events, key=lambda e: (e.day, e.phase, e.seq))

    def partnership(self, code: str, p: _Partner) -> None:
        pid = demo_id("partnership", code)
        launch = p.roundtables[0][1]
        final = Partnership(id=pid, country_code=code, title=p.title,
                            status=PartnershipStatus.ACTIVE, launch_date=launch,
                            sectors=list(p.sectors), member_states=list(p.member_states),
                            description=p.description, tags=list(p.tags))
        start = self.add(self.on(launch) - timedelta(days=120),
                         dataclasses.replace(final, status=PartnershipStatus.EXPLORATORY))
        self.add(self.on(launch) + timedelta(days=1), final)

        held: list[Roundtable] = []
        for number, held_on, place, outcome in p.roundtables:
            held.append(self.roundtable(code, number, self.on(held_on), place, outcome,
                                        lo=start))
        # Annual roundtables the fixed history does not cover, up to four months ago.
        while True:
            previous = held[-1]
            nxt = _next_year(date.fromisoformat(previous.date or ""))
            if nxt > self.today - timedelta(days=120):
                break
            place = p.capital if previous.place == "Brussels" else "Brussels"
            held.append(self.roundtable(
                code, previous.number + 1, nxt, place,
                "Annual review of the roadmap: progress on activities reported, open"
                " commitments carried over as matters arising.", lo=start))
        self.held[code] = held
        last = held[-1]
        day = self.on(p.next_in_days)
        planned = Roundtable(id=demo_id("roundtable", f"{code}:{last.number + 1}"),
                             partnership_id=pid, number=last.number + 1, date=day.isoformat(),
                             place=p.capital if last.place == "Brussels" else "Brussels")
        self.add(self.clamp(day - timedelta(days=120),
                            date.fromisoformat(last.date or "") + timedelta(days=7)), planned)

        self.roadmap(code, p)
        # The agenda goes round a month before the meeting, after the roadmap it refers to.
        self.add(self.clamp(day - timedelta(days=30), self.created[planned.id]),
                 dataclasses.replace(planned, agenda=_agenda(code)))
        self.pack(code, planned)

    def pack(self, code: str, planned: Roundtable) -> None:
        self.one_pack(code, code, PACKS[code], planned)
        if code in PACKS_IN_LANGUAGES:
            key, spec = PACKS_IN_LANGUAGES[code]
            self.one_pack(code, key, spec, planned)

    def one_pack(self, code: str, key: str, spec: _Pack, planned: Roundtable) -> None:
        """A pack for the partner's next roundtable, in the spec's language."""
        words = words_for(spec.language)
        sections = default_sections()
        for s in sections:
            s.id = demo_id("pack-section", f"{key}:{s.kind}")
            if s.kind is SectionKind.PURPOSE:
                s.text = spec.purpose
            elif s.kind is SectionKind.LINES_TO_TAKE:
                s.text = "\n".join(spec.lines)
        lines = []
        if spec.record_line is not None:
            activity, text = spec.record_line
            lines.append(RecordLine(record_id=demo_id("activity", f"{code}:{activity}"),
                                    text=text))
        item_lines = spec.item_lines if spec.language is not PackLanguage.EN else \
            tuple(ITEM_LINES[code].items())
        pack = Pack(
            id=demo_id("pack", key), roundtable_id=planned.id,
            partnership_id=planned.partnership_id,
            partnership_ids=[planned.partnership_id],
            title=words("pack.title", ordinal=words.ordinal(planned.number),
                        country=words.country(code)),
            audience=spec.audience, author=spec.author,
            marking=spec.marking, language=spec.language, date=self.latest.isoformat(),
            member_states=list(spec.member_states), sectors=list(spec.sectors),
            sections=sections, lines=lines,
            texts=[PackText(key=item_key(demo_id("agenda-item", f"{code}:{n}"), "lines"),
                            text=line) for n, line in item_lines])
        self.add(self.latest, pack)

    def roundtable(self, code: str, number: int, day: date, place: str, outcome: str, *,
                   lo: date) -> Roundtable:
        held = Roundtable(id=demo_id("roundtable", f"{code}:{number}"),
                          partnership_id=demo_id("partnership", code), number=number,
                          date=day.isoformat(), place=place, status=RoundtableStatus.HELD,
                          outcome_summary=outcome)
        self.add(self.clamp(day - timedelta(days=90), lo),
                 dataclasses.replace(held, status=RoundtableStatus.PLANNED, outcome_summary=""))
        self.add(self.clamp(day + timedelta(days=1), lo), held)
        return held

    def roadmap(self, code: str, p: _Partner) -> None:
        rid = demo_id("roadmap", code)
        objectives = [Objective(id=demo_id("objective", f"{code}:{c}"), code=c, text=t)
                      for c, t, _ in p.objectives]
        for index, (label, number, start, end) in enumerate(p.versions):
            rt = next(r for r in self.held[code] if r.number == number)
            adopted = self.on(rt.date or "")
            version = Roadmap(id=rid, partnership_id=demo_id("partnership", code),
                              version=label, adopted_at_roundtable_id=rt.id,
                              adopted_on=adopted.isoformat(), period_start=start,
                              period_end=end,
                              objectives=[o for o, (_, _, since) in
                                          zip(objectives, p.objectives, strict=True)
                                          if since <= index])
            day = self.add(self.clamp(adopted + timedelta(days=2), adopted), version)
            for o in version.objectives:
                self.objective_since.setdefault(o.id, day)

    def activity(self, code: str, a: _Act) -> None:
        pid = demo_id("partnership", code)
        key = f"{code}:{a.key}"
        objective_ids = [demo_id("objective", f"{code}:{c}") for c in a.objectives]
        final = Activity(
            id=demo_id("activity", key), partnership_id=pid, objective_ids=objective_ids,
            title=a.title, description=a.description, category=ActivityCategory(a.category),
            status=ActivityStatus(a.status), start_date=self.on(a.start).isoformat(),
            end_date=None if a.end is None else self.on(a.end).isoformat(),
            sectors=list(a.sectors), skill_levels=[SkillLevel(s) for s in a.skills],
            participants=[Participation(organisation_id=demo_id("organisation", org),
                                        roles=list(roles)) for org, roles in a.who],
            funding=[FundingLine(id=demo_id("funding", f"{key}:{i}"),
                                 instrument=Instrument(instrument), programme=programme,
                                 amount_cents=euros * 100, stage=FundingStage(stage),
                                 funder_id=None if funder is None else
                                 demo_id("organisation", funder))
                     for i, (instrument, programme, euros, stage, funder)
                     in enumerate(a.money)],
            target_beneficiaries=a.target, beneficiaries=a.beneficiaries,
            indicators=[Indicator(id=demo_id("indicator", f"{key}:{i}"), name=name, unit=unit,
                                  baseline=base, target=target, actual=actual)
                        for i, (name, unit, base, target, actual) in enumerate(a.indicators)],
            progress_notes=a.progress, tags=list(a.tags))
        start = self.on(a.start)
        lo = max([self.created[pid], *(self.objective_since[o] for o in objective_ids)])
        draft = dataclasses.replace(
            final, status=ActivityStatus.PIPELINE, progress_notes="",
            indicators=[dataclasses.replace(i, actual=None) for i in final.indicators],
            funding=[dataclasses.replace(f, stage=FundingStage.COMMITTED)
                     for f in final.funding])
        # Entered some weeks before it starts; a future one, recently.
        entered = min(start - timedelta(days=45), self.today - timedelta(days=10 + _lag(key)))
        day = self.add(self.clamp(entered, lo), draft)
        if final.status in (ActivityStatus.IMPLEMENTATION, ActivityStatus.FINALISATION,
                            ActivityStatus.CLOSED, ActivityStatus.SUSPENDED):
            running = dataclasses.replace(draft, status=ActivityStatus.IMPLEMENTATION)
            day = self.add(self.clamp(start, day), running)
        if final.status is ActivityStatus.CLOSED and final.end_date:
            last = self.on(final.end_date) + timedelta(days=30)
        else:
            last = self.today - timedelta(days=3 + _lag(key))
        self.add(self.clamp(last, day), final)

    def commitment(self, code: str, c: _Com, seq: int) -> None:
        pid = demo_id("partnership", code)
        key = f"{code}:{c.key}"
        due = None if c.due is None else self.on(c.due)
        roundtable: Roundtable | None = None
        if c.made == "last":
            cutoff = (due or self.today) - timedelta(days=30)
            eligible = [r for r in self.held[code] if self.on(r.date or "") <= cutoff]
            roundtable = eligible[-1] if eligible else self.held[code][0]
        elif isinstance(c.made, str) and c.made.startswith("RT"):
            roundtable = next(r for r in self.held[code] if r.number == int(c.made[2:]))
        made = self.on(roundtable.date or "") if roundtable else self.on(c.made)
        end = self.today - timedelta(days=3 + _lag(key))
        if not c.status.is_open and due is not None and due < end:
            end = due
        end = max(end, made)
        n = len(c.updates)
        actors = [demo_id("organisation", a) for a in c.actors]
        by = _CAPTIONS[c.actors[0]]
        updates = [ProgressUpdate(id=demo_id("update", f"{key}:{i}"),
                                  date=(made + (end - made) * (i + 1) / n).isoformat(),
                                  status=status, note=note, by=by)
                   for i, (status, note) in enumerate(c.updates)]
        activity_id = demo_id("activity", f"{code}:{c.activity}") if c.activity else None
        objective_id = demo_id("objective", f"{code}:{c.objective}") if c.objective else None
        final = Commitment(id=demo_id("commitment", key), partnership_id=pid, actor_ids=actors,
                           text=c.text, made_at_roundtable_id=roundtable.id if roundtable
                           else None, made_on=made.isoformat(), activity_id=activity_id,
                           objective_id=objective_id,
                           due_date=None if due is None else due.isoformat(),
                           status=c.status, updates=updates, tags=list(c.tags))
        deps = [self.created[pid]]
        if roundtable:
            deps.append(self.created[roundtable.id])
        if activity_id:
            deps.append(self.created[activity_id])
        if objective_id:
            deps.append(self.objective_since[objective_id])
        day = self.add(self.clamp(made + timedelta(days=3), max(deps)),
                       dataclasses.replace(final, status=_P, updates=[]))
        for i, update in enumerate(updates):
            version = dataclasses.replace(final, status=update.status, updates=updates[:i + 1])
            day = self.add(self.clamp(date.fromisoformat(update.date), day), version)

    def note(self, key: str, kind: str, target: str, *, author: str, days_ago: int,
             text: str, visibility: NoteVisibility) -> None:
        target_id = demo_id(kind, target)
        self.add(self.clamp(self.today - timedelta(days=days_ago), self.created[target_id]),
                 Note(id=demo_id("note", key), target_kind=kind, target_id=target_id,
                      author=author, text=text, visibility=visibility))


def _lag(key: str) -> int:
    """A stable spread of 0-44 days, so recent updates do not all land on one day."""
    return uuid.uuid5(NAMESPACE, key).int % 45


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + timedelta(days=365)


def load_demo(store: Store) -> DemoReport:
    """Add the demo register, all or nothing; records already there are left alone."""
    today = store.today()
    if today < EARLIEST_TODAY:
        raise UserError(translate("Core",
            "the demo data needs today's date on or after {earliest_today} (the "
            "store says {today})").format(earliest_today=EARLIEST_TODAY, today=today))
    events = _Builder(today).build()
    exists: dict[str, bool] = {}
    added: Counter[str] = Counter()
    with store.transaction(source="demo"):
        for event in events:
            record = event.record
            if record.id not in exists:
                exists[record.id] = store.find(type(record), record.id,
                                               include_deleted=True) is not None
                if not exists[record.id]:
                    added[record.KIND] += 1
            if exists[record.id]:
                continue
            with store.as_of(event.stamp):
                store.save_many([record], source="demo")
    return DemoReport(added={kind: added[kind] for kind in _PHASE})


# ---------------------------------------------------------------------------
# Synthetic bulk for benchmarks.
# ---------------------------------------------------------------------------

_CITIES = {
    "TN": ("Tunis", "Sfax", "Sousse", "Gabès", "Bizerte", "Kairouan", "Monastir", "Nabeul"),
    "MA": ("Casablanca", "Rabat", "Tangier", "Fès", "Marrakech", "Agadir", "Oujda", "Meknès"),
    "EG": ("Cairo", "Alexandria", "Assiut", "Luxor", "Port Said", "Mansoura", "Tanta",
           "Ismailia"),
    "BD": ("Dhaka", "Chattogram", "Sylhet", "Khulna", "Rajshahi", "Barishal", "Rangpur",
           "Cumilla"),
    "PK": ("Islamabad", "Lahore", "Karachi", "Peshawar", "Faisalabad", "Multan", "Quetta",
           "Sialkot"),
}

_ACTIONS = {
    ActivityCategory.CAPACITY_BUILDING: (
        "labour-market intelligence", "skills-needs assessment", "placement-service upgrade",
        "employer-matching platform", "job-offer matching", "counsellor training"),
    ActivityCategory.SKILLS_DEVELOPMENT: (
        "vocational training", "dual VET pilot", "language and skills bootcamp",
        "trainer exchange", "curriculum alignment", "apprenticeship scheme"),
    ActivityCategory.MOBILITY: (
        "recognition of qualifications", "fair recruitment pathway", "job-matching scheme",
        "traineeship mobility", "visa facilitation desk", "circular mobility pilot"),
    ActivityCategory.INTEGRATION: (
        "pre-departure orientation", "workers' rights information", "integration course",
        "diaspora mentoring", "arrival support", "working-conditions monitoring"),
    ActivityCategory.REINTEGRATION: (
        "reintegration counselling", "returnee entrepreneurship support",
        "skills certification for returnees", "returnee job placement"),
    ActivityCategory.MIGRATION_MANAGEMENT: (
        "return and readmission dialogue", "document-verification training",
        "migration data exchange", "border-management cooperation",
        "identification procedures support"),
}

# Who an activity serves: workers by sector, or institutions for the policy categories.
_WORKERS = {
    "construction": ("masons and steel fixers", "welders and electricians", "site supervisors"),
    "ICT": ("software developers", "IT graduates", "network technicians"),
    "health": ("nurses", "nursing assistants", "laboratory technicians"),
    "care": ("care workers", "elderly-care assistants"),
    "hospitality": ("hotel and restaurant staff", "cooks", "receptionists"),
    "tourism and hospitality": ("hotel and restaurant staff", "cooks", "tour guides"),
    "agriculture": ("farm workers", "seasonal workers", "agri-food technicians"),
    "electricity": ("electricians", "grid technicians"),
    "renewable energy": ("solar technicians", "wind-turbine technicians"),
    "engineering": ("engineering graduates", "mechanical technicians"),
    "dual VET": ("VET students", "apprentices"),
}
_ANYONE = ("young jobseekers", "women technicians", "VET graduates", "returning migrants")
_INSTITUTIONS = ("employment counsellors", "consular staff", "ministry analysts",
                 "border officials", "trainers", "small employers", "labour inspectors")
_POLICY = (ActivityCategory.CAPACITY_BUILDING, ActivityCategory.MIGRATION_MANAGEMENT)

_OPENINGS = (
    "The action supports", "This pilot prepares", "The project trains", "The scheme helps",
    "The programme equips", "Partners jointly coach", "The initiative assists",
    "The facility finances support for", "Local offices guide", "The consortium mentors")

_METHODS = (
    "through modular courses and workplace learning", "with blended online and classroom"
    " sessions", "using competency-based assessment", "via mobile counselling units",
    "through employer-designed curricula", "with certified trainers and peer tutors",
    "by matching candidates to verified vacancies", "through short intensive bootcamps",
    "with simulation labs and field visits", "through language immersion and coaching")

_PARTNER_CLAUSES = (
    "Chambers of commerce and regional employment offices co-design the selection criteria.",
    "Trade unions review contracts and monitor working conditions after arrival.",
    "Municipalities host information days in libraries, mosques and youth centres.",
    "Employers commit to interviews, apprenticeships and transparent wages.",
    "Universities validate learning outcomes and issue recognised micro-credentials.",
    "Recruitment agencies sign a pledge on zero fees for workers.",
    "Diaspora associations provide mentoring, housing tips and peer networks.",
    "Ministries share vacancy data and anonymised labour statistics monthly.",
    "Hospitals and clinics offer supervised placements for clinical practice.",
    "Cooperatives and agribusinesses organise harvest-season rotations.")

_OUTCOMES = (
    "Expected results include higher placement rates and shorter recruitment delays.",
    "Evaluation tracks earnings, retention and satisfaction after twelve months.",
    "Lessons feed the roadmap review and the next call for proposals.",
    "Gender targets ensure that at least forty percent of participants are women.",
    "A grievance mechanism lets participants report abuse confidentially.",
    "Digital badges record competences for future employers across Europe.",
    "Savings on remittance costs are measured alongside employment outcomes.",
    "Green skills modules cover solar installation, insulation and water saving.",
    "Follow-up surveys compare outcomes with a matched comparison group.",
    "Certification exams are aligned with European qualification levels.")

_COMMITMENT_VERBS = (
    "Report on placements under", "Co-finance a second phase of", "Evaluate the results of",
    "Extend to two more regions", "Publish monitoring data for", "Open an employer help desk"
    " for", "Sign implementing arrangements for", "Scale up")

_FUNDERS = {  # instrument -> who funds it, when not a Member State or employer
    Instrument.MPF: "DG-HOME", Instrument.NDICI: "DG-INTPA", Instrument.ERASMUS: "DG-EAC",
    Instrument.OTHER: "IOM"}

_IMPLEMENTERS = ("ILO", "IOM", "ICMPD", "GIZ", "ENABEL", "OFII", "BA", "ETF")
_EMPLOYERS = ("BUSINESSEUROPE", "BDA", "CONFINDUSTRIA", "CGEM", "UTICA", "FEI", "BAIRA", "EFP")

SYNTHETIC_BATCH = 2_000
"""Records per save_many call: one transaction each, so a crash loses at most one batch."""


@dataclass(frozen=True)
class _Context:
    """What synthetic activities of one partnership may point at."""

    code: str
    partnership_id: str
    sectors: tuple[str, ...]
    member_states: tuple[str, ...]
    authorities: tuple[str, ...]
    objective_ids: tuple[str, ...]
    held: tuple[Roundtable, ...]


def load_synthetic(store: Store, count: int, *, seed: int = 7) -> DemoReport:
    """Add `count` more synthetic activities (and about one commitment per 2.5).

    Loads the demo first when its partnerships are missing. Ids depend only on
    (seed, i), numbered on from the synthetic activities already stored, so
    every laptop that runs the same loads holds the same records.
    """
    if count < 0:
        raise UserError(translate("Core",
            "count must be 0 or more, not {count}").format(count=count))
    added: Counter[str] = Counter()
    if any(store.find(Partnership, demo_id("partnership", code)) is None for code in PARTNERS):
        added.update(load_demo(store).added)
    contexts = _contexts(store)
    if not contexts:
        raise UserError(translate("Core",
            "no demo partnership is left to add synthetic activities to"))
    orgs = {key for key, *_ in ORGANISATIONS
            if store.find(Organisation, demo_id("organisation", key)) is not None}
    today = store.today()
    first = _first_free(store, seed)
    batch: list[Record] = []
    for start in range(first, first + count, SYNTHETIC_BATCH):
        for i in range(start, min(start + SYNTHETIC_BATCH, first + count)):
            ctx = contexts[i % len(contexts)]
            rng = random.Random(f"{seed}:{i}")
            activity = _synthetic_activity(rng, seed, i, ctx, orgs=orgs, today=today)
            batch.append(activity)
            added["activity"] += 1
            if i % 5 in (0, 2):
                batch.append(_synthetic_commitment(rng, seed, i, ctx, activity=activity,
                                                   today=today))
                added["commitment"] += 1
            if len(batch) >= SYNTHETIC_BATCH:
                store.save_many(batch, source=SYNTHETIC)
                batch = []
    if batch:
        store.save_many(batch, source=SYNTHETIC)
    return DemoReport(added={kind: added[kind] for kind in _PHASE})


def _first_free(store: Store, seed: int) -> int:
    """The first synthetic number not yet stored (they are stored from 0 up, without gaps)."""
    start = 0
    while True:
        numbers = range(start, start + SYNTHETIC_BATCH)
        have = store.existing_ids(Activity, [synthetic_id(seed, i) for i in numbers])
        for i in numbers:
            if synthetic_id(seed, i) not in have:
                return i
        start += SYNTHETIC_BATCH


def _contexts(store: Store) -> list[_Context]:
    contexts = []
    for code in PARTNERS:
        p = store.find(Partnership, demo_id("partnership", code))
        if p is None:
            continue
        objectives = tuple(o.id for r in store.list(Roadmap, Filters(partnership=p.id))
                           for o in r.objectives)
        held = tuple(r for r in store.list(Roundtable, Filters(partnership=p.id, status="held"))
                     if r.date)
        authorities = tuple(key for key, _, _, kind, country in ORGANISATIONS
                            if kind is _PA and country == code)
        contexts.append(_Context(code, p.id, tuple(p.sectors) or ("ICT",),
                                 tuple(p.member_states), authorities, objectives, held))
    return contexts


def _synthetic_activity(rng: random.Random, seed: int, i: int, ctx: _Context, *,
                        orgs: set[str], today: date) -> Activity:
    category = rng.choice(list(ActivityCategory))
    sectors = rng.sample(ctx.sectors, k=min(len(ctx.sectors), rng.choice((1, 1, 2))))
    action = rng.choice(_ACTIONS[category])
    city = rng.choice(_CITIES[ctx.code])
    if category in _POLICY:
        audience = rng.choice(_INSTITUTIONS)
        title = f"{action[:1].upper()}{action[1:]} for {audience} in {city}"
    else:
        audience = rng.choice(_WORKERS.get(sectors[0], ()) + _ANYONE)
        title = f"{sectors[0][:1].upper()}{sectors[0][1:]} {action} for {audience} in {city}"

    start = date(2022, 1, 1) + timedelta(days=rng.randrange((today - date(2022, 1, 1)).days
                                                            + 240))
    end = start + timedelta(days=rng.randrange(365, 1_461))
    if start > today:
        status = ActivityStatus.PIPELINE
    elif end < today:
        status = rng.choice((ActivityStatus.CLOSED, ActivityStatus.CLOSED,
                             ActivityStatus.FINALISATION, ActivityStatus.CANCELLED))
    else:
        status = rng.choice((ActivityStatus.IMPLEMENTATION, ActivityStatus.IMPLEMENTATION,
                             ActivityStatus.IMPLEMENTATION, ActivityStatus.SUSPENDED,
                             ActivityStatus.FINALISATION))

    roles: dict[str, list[Role]] = {}

    def take(org: str, role: Role) -> str | None:
        if org not in orgs or (org not in roles and len(roles) >= 3):
            return None
        if role not in roles.setdefault(org, []):
            roles[org].append(role)
        return org

    if ctx.authorities:
        take(rng.choice(ctx.authorities), Role.PARTNER_AUTHORITY)
    take(rng.choice(_IMPLEMENTERS), Role.IMPLEMENTING)
    funding = []
    for k in range(rng.choice((1, 1, 2))):
        instrument = rng.choice(list(Instrument))
        if instrument in (Instrument.AMIF, Instrument.MS_BILATERAL) and ctx.member_states:
            funder: str | None = f"MS-{rng.choice(ctx.member_states)}"
        elif instrument is Instrument.PRIVATE:
            funder = rng.choice(_EMPLOYERS)
        else:
            funder = _FUNDERS.get(instrument)
        funder = take(funder, Role.FUNDING) if funder else None
        funding.append(FundingLine(
            id=synthetic_id(seed, i, f":funding:{k}"), instrument=instrument,
            programme=f"{instrument.label} {start.year}",
            amount_cents=rng.randrange(50_000, 5_000_000, 5_000) * 100,
            stage=FundingStage.DISBURSED if status is ActivityStatus.CLOSED
            else FundingStage.COMMITTED,
            funder_id=demo_id("organisation", funder) if funder else None))
    target = rng.randrange(20, 3_000, 10)
    indicators = [Indicator(id=synthetic_id(seed, i, f":indicator:{k}"), name=name,
                            unit="people", baseline=0, target=target,
                            actual=None if status is ActivityStatus.PIPELINE
                            else float(rng.randrange(0, target + 1)))
                  for k, name in enumerate(rng.sample(
                      ("Participants trained", "Participants placed abroad",
                       "Participants certified", "Returnees supported"),
                      k=rng.choice((0, 1, 2))))]
    return Activity(
        id=synthetic_id(seed, i), partnership_id=ctx.partnership_id,
        objective_ids=rng.sample(ctx.objective_ids, k=min(len(ctx.objective_ids),
                                                           rng.choice((1, 1, 2)))),
        title=title, description=_description(rng, audience, sectors, city,
                                                    institutional=category in _POLICY),
        category=category, status=status, start_date=start.isoformat(),
        end_date=end.isoformat(), sectors=sectors,
        skill_levels=rng.sample(list(SkillLevel), k=rng.choice((1, 1, 2))),
        participants=[Participation(organisation_id=demo_id("organisation", org), roles=r)
                      for org, r in roles.items()],
        funding=funding, target_beneficiaries=target, beneficiaries=audience,
        indicators=indicators, tags=[SYNTHETIC])


def _description(rng: random.Random, audience: str, sectors: list[str], city: str, *,
                 institutional: bool) -> str:
    """20-40 words from varied vocabulary, so full-text search has realistic selectivity."""
    goal = (f"serving {' and '.join(sectors)} employers and workers" if institutional
            else f"working towards {' and '.join(sectors)} jobs")
    sentences = [f"{rng.choice(_OPENINGS)} {audience} in {city} {goal} {rng.choice(_METHODS)}.",
                 rng.choice(_PARTNER_CLAUSES), rng.choice(_OUTCOMES)]
    words = " ".join(sentences).split()
    if len(words) > 40:
        words = [*words[:39], words[39].rstrip(".,;") + "."]
    while len(words) < 20:
        words += rng.choice(_OUTCOMES).split()
    return " ".join(words)


def _synthetic_commitment(rng: random.Random, seed: int, i: int, ctx: _Context, *,
                          activity: Activity, today: date) -> Commitment:
    roundtable = rng.choice(ctx.held) if ctx.held else None
    made = date.fromisoformat(roundtable.date) if roundtable and roundtable.date else \
        today - timedelta(days=rng.randrange(30, 700))
    due = made + timedelta(days=rng.randrange(30, 900))
    actors = [p.organisation_id for p in activity.participants][:rng.choice((1, 1, 2))]
    status = rng.choice(list(CommitmentStatus))
    n = rng.choice((0, 1, 2)) if status is CommitmentStatus.PLANNED else rng.choice((1, 2))
    span = max((today - timedelta(days=1) - made).days, 0)
    days = sorted(rng.randrange(span + 1) for _ in range(n))
    earlier = _P if status is _P else _IP
    updates = [ProgressUpdate(id=synthetic_id(seed, i, f":update:{k}"),
                              date=(made + timedelta(days=d)).isoformat(),
                              status=status if k == n - 1 else earlier,
                              note=rng.choice(_OUTCOMES), by="Secretariat")
               for k, d in enumerate(days)]
    return Commitment(
        id=synthetic_id(seed, i, ":commitment"), partnership_id=ctx.partnership_id,
        actor_ids=actors or [demo_id("organisation", "DG-HOME")],
        text=f"{rng.choice(_COMMITMENT_VERBS)} '{activity.title}'",
        made_at_roundtable_id=roundtable.id if roundtable else None,
        made_on=made.isoformat(), activity_id=activity.id, due_date=due.isoformat(),
        status=status, updates=updates, tags=[SYNTHETIC])
