"""The IATI import on a small realistic file, against the demo register in a real SQLite file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tpdesk.models import Activity, Organisation, Store, UserError
from tpdesk.models.vocab import ActivityStatus, FundingStage, OrganisationKind, Role
from tpdesk.services import StoreFactory, apply_iati_file, preview_iati_file
from tpdesk.services.iati_import import apply_iati, codelists, preview_iati

FIXTURE = Path(__file__).parent.parent / "fixtures" / "iati" / "activities.xml"
THAMM_MA = "BE-BCE_KBO-0264814354-MOR22001"


@pytest.fixture
def register(writable_db: Path):
    with Store(writable_db, user="importer") as store:
        yield store


@pytest.fixture
def iati_file(tmp_path: Path) -> Path:
    return Path(shutil.copy(FIXTURE, tmp_path / "activities.xml"))


def _import(store: Store, path: Path, **kwargs):
    preview = preview_iati(store, path, **kwargs)
    assert preview.errors == [], preview.errors
    return preview, apply_iati(store, preview)


def _org(store: Store, activity: Activity, role: Role) -> list[Organisation]:
    return [store.get(Organisation, o) for o in activity.organisations_with(role)]


def test_every_mapped_element_arrives(register: Store, iati_file: Path) -> None:
    preview, result = _import(register, iati_file)
    assert preview.skipped == 1  # the Senegal activity: no partnership
    assert "no partnership with its recipient country (SN); skipped" in str(preview.warnings[0])
    assert result.new == 8 and result.updated == 3

    a = register.find_by_iati(THAMM_MA)
    assert a is not None
    assert register.get(type(register.partnership_by_code("MA")), a.partnership_id) \
        .country_code == "MA"
    assert a.title == "Labour migration governance in Morocco (THAMM)"  # English preferred
    assert a.description.startswith("Support to ANAPEC for legal mobility to Belgium.")
    assert "Title (fr): Gouvernance de la migration de main-d'œuvre au Maroc" in a.description
    assert "Description (fr): Appui à l'ANAPEC" in a.description
    assert a.beneficiaries == "Young Moroccan technicians in ICT and health."
    assert a.status is ActivityStatus.IMPLEMENTATION
    assert (a.start_date, a.end_date) == ("2022-03-15", "2025-12-31")  # actual, then planned
    assert a.dac_codes == ["15190", "16020"]

    eu = _org(register, a, Role.FUNDING)
    assert [(o.iati_ref, o.kind) for o in eu] == [
        ("XI-IATI-EC_NEAR", OrganisationKind.EU_INSTITUTION)]
    implementing = {o.short_name or o.name: o for o in _org(register, a, Role.IMPLEMENTING)}
    assert set(implementing) == {"Enabel", "ANAPEC"}  # matched by name in the demo register
    assert implementing["Enabel"].iati_ref == "BE-BCE_KBO-0264814354"  # and given the ref
    assert [o.short_name for o in _org(register, a, Role.ACCOUNTABLE)] == ["Enabel"]

    # commitment 5,000,000; disbursed 1,250,000.50 + expenditure 750,000
    assert sorted((f.stage, f.amount_cents, f.funder_id) for f in a.funding) == sorted([
        (FundingStage.DISBURSED, 200_000_050, eu[0].id),
        (FundingStage.COMMITTED, 299_999_950, eu[0].id)])
    assert a.total_cents == 500_000_000
    indicators = {i.name: i for i in a.indicators}
    assert (indicators["Workers placed in Belgium"].baseline,
            indicators["Workers placed in Belgium"].target,
            indicators["Workers placed in Belgium"].actual) == (0, 250, 190)  # latest period
    assert (indicators["Taux de placement"].unit, indicators["Taux de placement"].actual) == (
        "%", 55.5)

    regional = register.find_by_iati("XI-IATI-EC_NEAR-2019/412-345")
    assert regional is not None  # TN has the largest share
    assert register.partnership_of("activity", regional.id) == \
        register.partnership_by_code("TN").id
    assert regional.status is ActivityStatus.CLOSED
    assert [(f.stage, f.amount_cents) for f in regional.funding] == [
        (FundingStage.DISBURSED, 2_000_000_000)]  # fully disbursed: no committed remainder
    assert {o.short_name for o in _org(register, regional, Role.IMPLEMENTING)} >= {
        "ILO", "IOM", "ANETI"}

    bangladesh = register.find_by_iati("XM-DAC-41302-105955")
    assert bangladesh is not None
    assert bangladesh.dac_codes == ["11330", "15190"]  # vocabulary 2 is not DAC 5-digit
    assert [(f.stage, f.amount_cents) for f in bangladesh.funding] == [
        (FundingStage.COMMITTED, 300_000_000)]  # incoming commitment
    assert [(i.name, i.target, i.actual) for i in bangladesh.indicators] == [
        ("Workers trained", 3000, None)]
    intpa = _org(register, bangladesh, Role.FUNDING)[0]
    assert intpa.kind is OrganisationKind.EU_INSTITUTION
    assert bangladesh.funding[0].funder_id == intpa.id

    pakistan = register.find_by_iati("XM-DAC-47066-PK-2024-TP01")
    assert pakistan is not None and pakistan.status is ActivityStatus.PIPELINE
    assert [(f.programme, f.amount_cents) for f in pakistan.funding] == [
        ("IATI budgets", 300_000_000)]  # no transactions: the budgets

    egypt = register.find_by_iati("DE-1-201920345")
    assert egypt is not None
    assert egypt.title == "Migration und Beschäftigung in Ägypten"
    assert [(f.programme, f.amount_cents) for f in egypt.funding] == [
        ("IATI planned disbursements", 150_000_000)]
    bmz = _org(register, egypt, Role.FUNDING)[0]
    assert bmz.iati_ref == "DE-1" and bmz.country_code == "DE"
    assert bmz.kind is OrganisationKind.IMPLEMENTING_AGENCY
    assert [p.roles for p in egypt.participants if p.organisation_id == bmz.id] == [
        [Role.FUNDING, Role.ACCOUNTABLE]]  # extending counts as accountable

    sources = {c.source for c in register.history_of(a.id)}
    assert sources == {"import:activities.xml"}


def test_a_reimport_of_the_same_file_changes_nothing(register: Store, iati_file: Path) -> None:
    _import(register, iati_file)
    count = len(register.changes(since="2000-01-01"))
    again = preview_iati(register, iati_file)
    assert (again.changes, again.unchanged, again.errors) == ([], 5, [])
    result = apply_iati(register, again)
    assert (result.new, result.updated) == (0, 0)
    assert len(register.changes(since="2000-01-01")) == count


def test_a_reimport_of_an_updated_file_changes_only_what_changed(register: Store,
                                                                  iati_file: Path) -> None:
    _import(register, iati_file)
    a = register.find_by_iati(THAMM_MA)
    assert a is not None
    # What the secretariat typed by hand stays.
    a.progress_notes = "Discussed at the 3rd roundtable."
    register.save(a)
    text = iati_file.read_text(encoding="utf-8")
    text = text.replace('<actual value="190"/>', '<actual value="230"/>')
    text = text.replace('<activity-status code="2"/>\n  <activity-date iso-date="2022-01-01"',
                        '<activity-status code="3"/>\n  <activity-date iso-date="2022-01-01"')
    iati_file.write_text(text, encoding="utf-8")

    preview = preview_iati(register, iati_file)
    assert preview.errors == []
    assert [(c.kind, c.action, c.caption) for c in preview.changes] == [
        ("Activity", "update", "Labour migration governance in Morocco (THAMM)")]
    assert {(f.column, f.old, f.new) for f in preview.changes[0].changes} >= {
        ("Status", "Implementation", "Finalisation")}
    assert [f.column for f in preview.changes[0].changes] == ["Status", "Indicators"]
    assert preview.unchanged == 4
    result = apply_iati(register, preview)
    assert (result.new, result.updated) == (0, 1)
    assert result.changes.ids(Activity) == {a.id}
    after = register.get(Activity, a.id)
    assert after.status is ActivityStatus.FINALISATION
    assert after.progress_notes == "Discussed at the 3rd roundtable."
    assert next(i for i in after.indicators if i.name == "Workers placed in Belgium").actual \
        == 230
    assert [i.id for i in after.indicators] == [i.id for i in a.indicators]


def test_partnership_given_puts_every_activity_there(register: Store, iati_file: Path) -> None:
    preview, _ = _import(register, iati_file, partnership="eg")
    assert preview.skipped == 0
    egypt = register.partnership_by_code("EG").id
    senegal = register.find_by_iati("BE-BCE_KBO-0264814354-SEN1902011")
    assert senegal is not None and senegal.partnership_id == egypt


def test_an_amount_in_another_currency_is_refused(register: Store, iati_file: Path) -> None:
    text = iati_file.read_text(encoding="utf-8").replace(
        '<value value-date="2024-06-20">3000000</value>',
        '<value currency="USD" value-date="2024-06-20">3000000</value>')
    iati_file.write_text(text, encoding="utf-8")
    before = register.count(Activity)
    preview = preview_iati(register, iati_file)
    assert len(preview.errors) == 1
    line = text[:text.index('currency="USD"')].count("\n") + 1
    assert str(preview.errors[0]) == (
        f"line {line}, <transaction/value>: XM-DAC-41302-105955: an amount in USD; tpdesk"
        " keeps euros and the file gives no exchange rate: convert it to EUR in the file,"
        " or leave the activity out")
    with pytest.raises(UserError, match="1 error in the file; nothing imported"):
        apply_iati(register, preview)
    assert register.count(Activity) == before


def test_a_file_changed_after_the_preview_is_not_applied(register: Store,
                                                         iati_file: Path) -> None:
    preview = preview_iati(register, iati_file)
    before = register.count(Activity)
    iati_file.write_text(iati_file.read_text(encoding="utf-8").replace(
        "Supporting a Talent", "Supporting the Talent"), encoding="utf-8")
    with pytest.raises(UserError, match="changed since the preview"):
        apply_iati(register, preview)
    assert register.count(Activity) == before


def test_left_out_activities_and_organisations_are_not_written(register: Store,
                                                               iati_file: Path) -> None:
    preview = preview_iati(register, iati_file)
    bangladesh = next(c for c in preview.changes if c.caption.startswith("Supporting"))
    near = next(c for c in preview.changes if c.caption.startswith("European Commission - D"))
    result = apply_iati(register, preview, leave_out={bangladesh.key, near.key})
    assert register.find_by_iati("XM-DAC-41302-105955") is None
    a = register.find_by_iati(THAMM_MA)
    assert a is not None and a.organisations_with(Role.FUNDING) == []
    assert all(o.iati_ref != "XI-IATI-EC_NEAR" for o in register.list(Organisation))
    assert result.new == 6


def test_the_use_cases_open_their_own_store(writable_db: Path, iati_file: Path) -> None:
    factory = StoreFactory(writable_db, user="worker")
    seen: list[tuple[int, int]] = []
    preview = preview_iati_file(factory, iati_file, progress=lambda d, t: seen.append((d, t)))
    result = apply_iati_file(factory, preview)
    assert seen and result.source == "import:activities.xml"
    with factory() as store:
        assert store.find_by_iati(THAMM_MA) is not None


def test_the_codelist_snapshot_has_its_version() -> None:
    data = codelists()
    assert data["version"] == "2.03"
    lists = data["codelists"]
    assert lists["ActivityStatus"]["2"] == "Implementation"
    assert lists["OrganisationRole"]["3"] == "Extending"
    assert lists["TransactionType"]["4"] == "Expenditure"
    assert lists["Sector"]["15190"].startswith("Facilitation of orderly, safe, regular")
    assert set(lists) >= {"ActivityStatus", "OrganisationRole", "OrganisationType", "Sector",
                          "TransactionType"}
    assert [s.iati_code for s in ActivityStatus] == [int(c) for c in lists["ActivityStatus"]]
