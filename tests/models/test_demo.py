"""The demo dataset's contract: what a new user, the tests and the benchmarks rely on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from tpdesk.models import (
    Activity,
    Commitment,
    Filters,
    Note,
    Organisation,
    Pack,
    Partnership,
    Roadmap,
    Roundtable,
    Store,
    UserError,
)
from tpdesk.models.demo import (
    EARLIEST_TODAY,
    INDICATIVE,
    PACKS_IN_LANGUAGES,
    DemoReport,
    demo_id,
    load_demo,
    load_synthetic,
)
from tpdesk.models.vocab import (
    ActivityCategory,
    ActivityStatus,
    CommitmentStatus,
    Instrument,
    OrganisationKind,
    PackLanguage,
    Role,
    RoundtableStatus,
)

CODES = ("TN", "MA", "EG", "BD", "PK")
TODAY = date(2026, 11, 26)
LATER = date(2027, 6, 1)  # a second 'today': everything relative must move with it
KINDS = (Partnership, Organisation, Roundtable, Roadmap, Activity, Commitment, Note, Pack)


def open_store(path: Path, today: date) -> Store:
    return Store(path, user="tester", today=lambda: today)


@pytest.fixture(params=[TODAY, LATER], ids=["today", "later"])
def demo(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "demo.db", request.param) as store:
        load_demo(store)
        yield store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "demo.db", TODAY) as s:
        yield s


def counts(store: Store) -> dict[str, int]:
    return {cls.KIND: store.count(cls) for cls in KINDS}


def test_five_partnerships_with_sectors_and_member_states(demo: Store) -> None:
    partnerships = demo.list(Partnership)
    assert [p.country_code for p in partnerships] == sorted(CODES)
    for p in partnerships:
        assert p.sectors and p.member_states and p.launch_date
    assert set(demo.partnership_by_code("PK").member_states) == {"IT", "PT"}
    assert {"GR", "RO"} <= set(demo.partnership_by_code("BD").member_states)


def test_national_bodies_are_partner_authorities_of_their_country(demo: Store) -> None:
    authorities = {o.short_name: o.country_code
                   for o in demo.list(Organisation, Filters(kind="partner_authority"))}
    assert authorities == {"ANETI": "TN", "ANAPEC": "MA", "MIEPEEC": "MA", "MoSEEEA": "EG",
                           "MoEWOE": "BD", "BMET": "BD", "MOPHRD": "PK", "NAVTTC": "PK",
                           "OEC": "PK"}


def test_other_actors(demo: Store) -> None:
    orgs = {o.caption: o for o in demo.list(Organisation)}
    for name in ("ILO", "IOM", "ICMPD", "GIZ", "Enabel", "OFII", "BA", "DG HOME", "DG INTPA"):
        assert name in orgs
    assert orgs["DG HOME"].kind is OrganisationKind.EU_INSTITUTION
    assert orgs["DG HOME"].country_code is None
    assert orgs["GIZ"].country_code == "DE"
    assert orgs["Germany"].kind is OrganisationKind.MEMBER_STATE
    assert orgs["Germany"].country_code == "DE"
    kinds = {o.kind for o in orgs.values()}
    assert {OrganisationKind.EMPLOYER, OrganisationKind.SOCIAL_PARTNER,
            OrganisationKind.CIVIL_SOCIETY} <= kinds


@pytest.mark.parametrize("code", CODES)
def test_roundtables_held_and_next_one_planned(demo: Store, code: str) -> None:
    today = demo.today()
    roundtables = demo.list(Roundtable, Filters(partnership=code))
    assert len(roundtables) >= 2
    assert [r.number for r in roundtables] == list(range(1, len(roundtables) + 1))
    held = [r for r in roundtables if r.status is RoundtableStatus.HELD]
    planned = [r for r in roundtables if r.status is RoundtableStatus.PLANNED]
    assert held
    assert all(r.date and r.date <= today.isoformat() and r.place and r.outcome_summary
               for r in held)
    assert len(planned) == 1
    assert planned[0] is roundtables[-1]
    upcoming = date.fromisoformat(planned[0].date or "")
    assert today + timedelta(days=28) <= upcoming <= today + timedelta(days=153)


def test_pakistan_third_roundtable_in_islamabad(demo: Store) -> None:
    third = next(r for r in demo.list(Roundtable, Filters(partnership="PK")) if r.number == 3)
    assert (third.date, third.place, third.status) == ("2025-10-29", "Islamabad",
                                                       RoundtableStatus.HELD)


@pytest.mark.parametrize("code", CODES)
def test_roadmap_adopted_at_a_held_roundtable(demo: Store, code: str) -> None:
    (roadmap,) = demo.list(Roadmap, Filters(partnership=code))
    assert roadmap.version and roadmap.period_start and roadmap.period_end
    assert 3 <= len(roadmap.objectives) <= 6
    assert [o.code for o in roadmap.objectives] == [f"O{i + 1}"
                                                    for i in range(len(roadmap.objectives))]
    adopted = demo.get(Roundtable, roadmap.adopted_at_roundtable_id or "")
    assert adopted.status is RoundtableStatus.HELD
    assert roadmap.adopted_on == adopted.date


@pytest.mark.parametrize("code", CODES)
def test_activities_cover_categories_and_instruments(demo: Store, code: str) -> None:
    activities = demo.list(Activity, Filters(partnership=code))
    assert len(activities) >= 8
    assert {a.category for a in activities} == set(ActivityCategory)
    assert {f.instrument for a in activities for f in a.funding} == set(Instrument)
    for instrument in Instrument:
        assert demo.count(Activity, Filters(partnership=code, instrument=instrument.value))
    assert len({a.status for a in activities}) >= 4
    assert all(a.participants and a.title and a.description for a in activities)
    assert all(isinstance(f.amount_cents, int) for a in activities for f in a.funding)


def test_activities_across_partnerships(demo: Store) -> None:
    activities = demo.list(Activity)
    assert {a.status for a in activities} == set(ActivityStatus)
    roles = {role for a in activities for p in a.participants for role in p.roles}
    assert roles == set(Role)
    assert any(len(p.roles) > 1 for a in activities for p in a.participants)
    assert any(i.baseline is not None and i.target and i.actual
               for a in activities for i in a.indicators)
    assert any(a.target_beneficiaries for a in activities)
    assert any(a.skill_levels for a in activities)


def test_bangladesh_ilo_programme(demo: Store) -> None:
    (hit,) = [a for a in demo.list(Activity, Filters(partnership="BD"))
              if a.title == "Supporting a Talent Partnership with Bangladesh"]
    assert (hit.start_date, hit.end_date, hit.target_beneficiaries, hit.total_cents) == (
        "2024-07-01", "2027-06-30", 3_000, 3_000_000_00)
    ilo = demo_id("organisation", "ILO")
    assert ilo in hit.organisations_with(Role.IMPLEMENTING)


@pytest.mark.parametrize("code", CODES)
def test_commitments_cover_statuses_and_deadlines(demo: Store, code: str) -> None:
    today = demo.today().isoformat()
    commitments = demo.list(Commitment, Filters(partnership=code))
    assert len(commitments) >= 10
    assert {c.status for c in commitments} == set(CommitmentStatus)
    assert demo.count(Commitment, Filters(partnership=code, overdue=True)) >= 2
    assert demo.count(Commitment, Filters(partnership=code, due_within_days=30)) >= 2
    assert any(len(c.actor_ids) > 1 for c in commitments)
    assert any(c.made_at_roundtable_id for c in commitments)
    for c in commitments:
        assert c.actor_ids
        assert c.made_on and c.due_date and c.made_on <= c.due_date
        if c.updates:
            assert c.updates[-1].status is c.status
            assert [u.date for u in c.updates] == sorted(u.date for u in c.updates)
            assert all(c.made_on <= u.date <= today for u in c.updates)
        if c.made_at_roundtable_id:
            made_at = demo.get(Roundtable, c.made_at_roundtable_id)
            assert made_at.status is RoundtableStatus.HELD
            assert made_at.date == c.made_on


def test_indicative_facts_are_tagged(demo: Store) -> None:
    assert all(INDICATIVE in p.tags for p in demo.list(Partnership))
    portugal = demo_id("organisation", "MS-PT")
    pk = demo.list(Commitment, Filters(partnership="PK"))
    assert all(INDICATIVE in c.tags for c in pk if portugal in c.actor_ids)
    greece = demo_id("organisation", "MS-GR")
    bd = demo.list(Activity, Filters(partnership="BD"))
    assert all(INDICATIVE in a.tags for a in bd if greece in
               [p.organisation_id for p in a.participants])


def test_accents_and_non_latin_text(demo: Store) -> None:
    aneti = demo.get(Organisation, demo_id("organisation", "ANETI"))
    assert aneti.name == "Agence Nationale pour l'Emploi et le Travail Indépendant"
    notes = demo.notes_on(aneti.id)
    assert any("الوكالة الوطنية للتشغيل والعمل المستقل" in n.text for n in notes)
    assert demo.count(Note) >= 5
    assert all(n.author for n in demo.list(Note))


def test_search_finds_fair_recruitment(demo: Store) -> None:
    hits = [h for h in demo.search("fair recruitment") if h.kind == "activity"]
    assert len({h.partnership_id for h in hits}) == len(CODES)


def test_history_lies_in_the_past(demo: Store) -> None:
    today = demo.today().isoformat()
    changes = demo.changes(since="2000-01-01")
    assert changes
    assert all(c.at < today for c in changes)
    assert all(c.source == "demo" for c in changes)
    for p in demo.list(Partnership):
        assert p.created_at < (p.launch_date or "")
        held = demo.list(Roundtable, Filters(partnership=p.id, status="held"))
        since = held[-1].date or ""
        recent = demo.changes(since=since, partnership_id=p.id)
        assert any(c.action == "update" for c in recent), p.country_code
    thamm = demo.get(Activity, demo_id("activity", "TN:THAMM-PLUS"))
    history = demo.history_of(thamm.id)
    assert history[0].action == "insert"
    assert any(c.field == "status" and c.new_value == "implementation" for c in history)


def test_loading_twice_adds_nothing(store: Store) -> None:
    first = load_demo(store)
    before = counts(store)
    assert first.added == before
    again = load_demo(store)
    assert again.total == 0
    assert counts(store) == before
    assert again.summary() == "Nothing added: the data is already in the database."
    assert first.summary().startswith("Added 40 organisations, 5 partnerships")


def test_ids_are_the_same_on_every_laptop(tmp_path: Path) -> None:
    ids = []
    for name, today in (("a.db", TODAY), ("b.db", LATER)):
        with open_store(tmp_path / name, today) as store:
            load_demo(store)
            ids.append({a.id for a in store.list(Activity)} |
                       {c.id for c in store.list(Commitment)})
    assert ids[0] == ids[1]
    assert demo_id("activity", "BD:ILO-TP") in ids[0]


def test_too_early_a_today_is_refused(tmp_path: Path) -> None:
    with open_store(tmp_path / "early.db", EARLIEST_TODAY - timedelta(days=1)) as store:
        with pytest.raises(UserError, match="needs today's date"):
            load_demo(store)
        assert store.count(Partnership) == 0


def test_synthetic_adds_n_activities_each_time(store: Store, tmp_path: Path) -> None:
    load_demo(store)
    before = store.count(Activity)
    report = load_synthetic(store, 300)
    assert report.added["activity"] == 300
    assert report.added["commitment"] == 120
    assert store.count(Activity) == before + 300
    more = load_synthetic(store, 50)
    assert more.added["activity"] == 50
    assert store.count(Activity) == before + 350
    assert load_synthetic(store, 10, seed=8).added["activity"] == 10
    with open_store(tmp_path / "other.db", store.today()) as other:  # same ids elsewhere
        load_synthetic(other, 350)
        assert {a.id for a in other.list(Activity)} <= {a.id for a in store.list(Activity)}


def test_synthetic_records_are_plausible(store: Store) -> None:
    load_synthetic(store, 200)
    today = store.today().isoformat()
    synthetic = [a for a in store.list(Activity) if "synthetic" in a.tags]
    assert len(synthetic) == 200
    assert {a.partnership_id for a in synthetic} == {p.id for p in store.list(Partnership)}
    assert {a.category for a in synthetic} == set(ActivityCategory)
    assert {f.instrument for a in synthetic for f in a.funding} == set(Instrument)
    for a in synthetic:
        assert 20 <= len(a.description.split()) <= 40
        assert 1 <= len(a.participants) <= 3
        assert 1 <= len(a.funding) <= 2
        assert a.objective_ids
    commitments = [c for c in store.list(Commitment) if "synthetic" in c.tags]
    assert len(commitments) == 80
    assert {c.status for c in commitments} == set(CommitmentStatus)
    for c in commitments:
        assert c.actor_ids and len(c.updates) <= 2
        assert all(u.date <= today for u in c.updates)
        if c.updates:
            assert c.updates[-1].status is c.status


def test_synthetic_loads_the_demo_when_missing(store: Store) -> None:
    report = load_synthetic(store, 20)
    assert store.count(Partnership) == 5
    assert report.added["partnership"] == 5
    demo_activities = [a for a in store.list(Activity) if "synthetic" not in a.tags]
    assert report.added["activity"] == 20 + len(demo_activities)


def test_report_summary() -> None:
    report = DemoReport(added={"activity": 1, "commitment": 2, "note": 0})
    assert report.summary() == "Added 1 activity, 2 commitments."
    assert report.total == 3


def test_a_clash_with_existing_data_writes_nothing(store: Store) -> None:
    store.save(Partnership(country_code="TN", title="Our own Tunisia record"))
    with pytest.raises(UserError, match="a partnership with TN already exists"):
        load_demo(store)
    assert store.count(Organisation) == 0
    assert store.count(Partnership) == 1


def test_a_pack_for_each_next_roundtable(demo: Store) -> None:
    packs = demo.list(Pack)
    # One per partner, and one more in the partner's language for Morocco (French) and
    # Egypt (Arabic).
    assert len(packs) == len(CODES) + len(PACKS_IN_LANGUAGES) == 7
    languages = {demo_id("pack", key): spec.language
                 for key, spec in PACKS_IN_LANGUAGES.values()}
    assert sorted(p.language for p in packs if p.id in languages) == [PackLanguage.AR,
                                                                        PackLanguage.FR]
    assert all(p.language is languages.get(p.id, PackLanguage.EN) for p in packs)
    for pack in packs:
        roundtable = demo.get(Roundtable, pack.roundtable_id)
        assert roundtable.status is RoundtableStatus.PLANNED
        assert roundtable.date > demo.today().isoformat()
        assert pack.audience and pack.sections
