"""The store on a real SQLite file: CRUD, validation, history, search, filters."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from tpdesk.models import (
    Activity,
    Commitment,
    FilterError,
    Filters,
    FundingLine,
    Indicator,
    Note,
    Objective,
    Organisation,
    Participation,
    Partnership,
    Record,
    Roadmap,
    Roundtable,
    Store,
    UserError,
    ValidationError,
)
from tpdesk.models.connection import sqlite as sqlite3
from tpdesk.models.vocab import (
    CommitmentStatus,
    Instrument,
    OrganisationKind,
    Role,
    RoundtableStatus,
)

# -- create, read, update, delete every kind ---------------------------------


def _records(seed) -> dict[str, tuple[Record, str, object]]:
    """For each kind: a stored record, a field to change and its new value."""
    return {
        "partnership": (seed.morocco, "description", "Health and hospitality first"),
        "organisation": (seed.ilo, "short_name", "ILO-OIT"),
        "roundtable": (seed.held, "outcome_summary", "Agreed a joint work plan"),
        "roadmap": (seed.roadmap, "version", "2025 rev. 1"),
        "activity": (seed.pilot, "title", "Fair recruitment pilot for builders"),
        "commitment": (seed.due_soon, "due_date", "2027-01-31"),
    }


@pytest.mark.parametrize("kind", ["partnership", "organisation", "roundtable", "roadmap",
                                  "activity", "commitment", "note"])
def test_every_kind_is_created_read_updated_and_deleted(store: Store, seed, kind: str) -> None:
    if kind == "note":
        record: Record = store.save(Note(target_kind="activity", target_id=seed.pilot.id,
                                         author="delegate", text="Ask about cohort two"))
        field, value = "text", "Ask about cohort three"
    else:
        record, field, value = _records(seed)[kind]
    cls = type(record)

    read = store.get(cls, record.id)
    assert read == record
    assert read.created_at and read.updated_at == read.created_at

    updated = store.save(dataclasses.replace(read, **{field: value}))
    assert getattr(store.get(cls, record.id), field) == value
    assert updated.created_at == read.created_at

    if kind in ("partnership", "organisation", "roundtable", "roadmap", "activity"):
        _free(store, seed, kind)
    store.delete(updated)
    assert store.find(cls, record.id) is None
    assert store.find(cls, record.id, include_deleted=True).deleted_at
    assert record.id not in {r.id for r in store.list(cls)}
    actions = [c.action for c in store.history_of(record.id)]
    assert actions == ["insert", "update", "delete"]


def _free(store: Store, seed, kind: str) -> None:
    """Delete what points at a record, so that deleting it is allowed."""
    if kind == "activity":
        return  # the pilot has no commitments
    for c in store.list(Commitment):
        store.delete(c)
    for a in store.list(Activity):
            store.delete(a)
    if kind in ("roundtable", "partnership"):
        for r in store.list(Roadmap):
            store.delete(r)
    if kind == "partnership":
        for r in store.list(Roundtable):
            store.delete(r)


def test_delete_is_refused_while_live_records_point_at_it(store: Store, seed) -> None:
    with pytest.raises(UserError, match=r"Organisation 'GIZ' cannot be deleted: it is used by"
                                        r" 1 activity \('Coding bootcamp for young graduates'\)"
                                        r" and 1 commitment \('Open a job-matching desk"):
        store.delete(seed.giz)
    with pytest.raises(UserError, match=r"1 roundtable .* 1 roadmap .* 2 activities .*"
                                        r" 2 commitments"):
        store.delete(seed.tunisia)
    assert store.find(Organisation, seed.giz.id) is not None


def test_restore_brings_back_the_record_and_its_notes(store: Store, seed) -> None:
    note = store.save(Note(target_kind="activity", target_id=seed.pilot.id, text="Check"))
    store.delete(seed.pilot)
    assert store.notes_on(seed.pilot.id) == []
    store.restore(Activity, seed.pilot.id)
    assert store.get(Activity, seed.pilot.id).title == seed.pilot.title
    assert [n.id for n in store.notes_on(seed.pilot.id)] == [note.id]
    assert [h.id for h in store.search("builders")] == [seed.pilot.id]
    assert store.history_of(seed.pilot.id)[-1].action == "restore"


def test_saving_an_unchanged_record_writes_nothing(store: Store, seed) -> None:
    before = len(store.changes(since="2000-01-01"))
    again = store.save(store.get(Activity, seed.training.id))
    assert again.updated_at == seed.training.updated_at
    assert len(store.changes(since="2000-01-01")) == before


def test_parts_round_trip(store: Store, seed) -> None:
    activity = dataclasses.replace(
        seed.training,
        participants=[Participation(organisation_id=seed.giz.id,
                                    roles=[Role.FUNDING, Role.ACCOUNTABLE, Role.IMPLEMENTING]),
                      Participation(organisation_id=seed.aneti.id,
                                    roles=[Role.PARTNER_AUTHORITY])],
        funding=[FundingLine(instrument=Instrument.NDICI, programme="THAMM Plus",
                             amount_cents=1, funder_id=seed.giz.id),
                 FundingLine(instrument=Instrument.ERASMUS, amount_cents=0)],
        indicators=[Indicator(name="Graduates placed", unit="people", baseline=0, target=300,
                              actual=112.0)],
        tags=["flagship", "ICT"])
    store.save(activity)
    assert store.get(Activity, activity.id) == dataclasses.replace(
        activity, updated_at=store.get(Activity, activity.id).updated_at,
        row_version=activity.row_version + 1, tags=["ICT", "flagship"])


def test_removed_objectives_stay_as_tombstones(store: Store, seed) -> None:
    used, kept = seed.roadmap.objectives
    store.save(dataclasses.replace(seed.training, objective_ids=[kept.id]))
    store.save(dataclasses.replace(seed.roadmap, objectives=[
        kept, Objective(code="O3", text="Reintegration")]))
    roadmap = store.get(Roadmap, seed.roadmap.id)
    assert [o.code for o in roadmap.objectives] == ["O2", "O3"]
    row = store.db.execute("SELECT deleted_at FROM objective WHERE id = ?", [used.id]).fetchone()
    assert row[0] is not None


def test_an_objective_in_use_cannot_be_removed(store: Store, seed) -> None:
    kept = seed.roadmap.objectives[1]
    with pytest.raises(UserError, match=r"^Objective 'O1' of roadmap 'Roadmap 2025' cannot be"
                                        r" removed: it is used by 1 activity \('Coding bootcamp"):
        store.save(dataclasses.replace(seed.roadmap, objectives=[kept]))
    assert [o.code for o in store.get(Roadmap, seed.roadmap.id).objectives] == ["O1", "O2"]


# -- validation --------------------------------------------------------------

RULES: list[tuple[str, Callable[..., Record], str, str]] = [
    ("unknown country", lambda s: Partnership(country_code="XX", title="T"),
     "country_code", "unknown country code 'XX'"),
    ("partner is a Member State", lambda s: Partnership(country_code="FR", title="T"),
     "country_code", "is an EU Member State"),
    ("second partnership for a country", lambda s: Partnership(country_code="TN", title="T"),
     "country_code", "already exists"),
    ("Member State not in the EU", lambda s: Partnership(country_code="EG", title="T",
                                                         member_states=["NO"]),
     "member_states", "NO is not an EU Member State"),
    ("bad launch date", lambda s: Partnership(country_code="EG", title="T",
                                              launch_date="2024-02-30"),
     "launch_date", "'2024-02-30' is not a date"),
    ("organisation without name", lambda s: Organisation(name=" "), "name", "is required"),
    ("Member State outside the EU", lambda s: Organisation(
        name="Norway", kind=OrganisationKind.MEMBER_STATE, country_code="NO"),
     "country_code", "not an EU Member State"),
    ("roundtable number taken", lambda s: Roundtable(partnership_id=s.tunisia.id, number=1),
     "number", "already has a 1st roundtable"),
    ("held roundtable in the future", lambda s: Roundtable(
        partnership_id=s.tunisia.id, number=2, date="2027-03-01", status=RoundtableStatus.HELD),
     "date", "in the future"),
    ("roundtable of an unknown partnership", lambda s: Roundtable(partnership_id="nope"),
     "partnership_id", "no partnership with id nope"),
    ("duplicate objective code", lambda s: Roadmap(
        partnership_id=s.tunisia.id, version="v2",
        objectives=[Objective(code="O1", text="a"), Objective(code="O1", text="b")]),
     "objectives", "code 'O1' is used twice"),
    ("roadmap period reversed", lambda s: Roadmap(
        partnership_id=s.tunisia.id, version="v2", period_start="2026-01-01",
        period_end="2025-01-01"), "period_end", "is before period start"),
    ("activity ends before it starts", lambda s: Activity(
        partnership_id=s.tunisia.id, title="A", start_date="2025-05-01",
        end_date="2025-04-30"), "end_date", "2025-04-30 is before start date 2025-05-01"),
    ("activity without title", lambda s: Activity(partnership_id=s.tunisia.id, title=""),
     "title", "is required"),
    ("amount beyond any programme", lambda s: Activity(
        partnership_id=s.tunisia.id, title="A",
        funding=[FundingLine(instrument=Instrument.MPF, amount_cents=10**30)]),
     "funding", "line 1: amount is larger than any programme"),
    ("indicator out of range", lambda s: Activity(
        partnership_id=s.tunisia.id, title="A",
        indicators=[Indicator(name="placed", target=float("inf"))]),
     "indicators", "indicator 1: target inf is out of range"),
    ("roundtable number too large", lambda s: Roundtable(partnership_id=s.tunisia.id,
                                                         number=10**20),
     "number", "must be from 1 to 999"),
    ("negative amount", lambda s: Activity(
        partnership_id=s.tunisia.id, title="A",
        funding=[FundingLine(instrument=Instrument.MPF, amount_cents=-5)]),
     "funding", "line 1: amount is negative"),
    ("objective of another partnership", lambda s: Activity(
        partnership_id=s.morocco.id, title="A", objective_ids=[s.roadmap.objectives[0].id]),
     "objective_ids", "belongs to another partnership"),
    ("participant without role", lambda s: Activity(
        partnership_id=s.tunisia.id, title="A",
        participants=[Participation(organisation_id=s.ilo.id, roles=[])]),
     "participants", "organisation 'ILO' has no role"),
    ("participant twice", lambda s: Activity(
        partnership_id=s.tunisia.id, title="A",
        participants=[Participation(organisation_id=s.ilo.id, roles=[Role.FUNDING])] * 2),
     "participants", "organisation 'ILO' is listed twice"),
    ("unknown participant", lambda s: Activity(
        partnership_id=s.tunisia.id, title="A",
        participants=[Participation(organisation_id="ghost", roles=[Role.FUNDING])]),
     "participants", "no organisation with id ghost"),
    ("commitment without an actor", lambda s: Commitment(
        partnership_id=s.tunisia.id, text="Do it"), "actor_ids", "at least one actor"),
    ("commitment made at another partnership's roundtable", lambda s: Commitment(
        partnership_id=s.morocco.id, text="Do it", actor_ids=[s.ilo.id],
        made_at_roundtable_id=s.held.id), "made_at_roundtable_id", "another partnership"),
    ("commitment with a bad due date", lambda s: Commitment(
        partnership_id=s.tunisia.id, text="Do it", actor_ids=[s.ilo.id], due_date="31/12/2026"),
     "due_date", "'31/12/2026' is not a date"),
    ("note on nothing", lambda s: Note(target_kind="activity", target_id="ghost", text="x"),
     "target_id", "no activity with id ghost"),
    ("tag with blanks", lambda s: Organisation(name="X", tags=[" x"]), "tags", "not a tag"),
]


@pytest.mark.parametrize(("rule", "make", "field", "message"), RULES,
                         ids=[r[0] for r in RULES])
def test_validation_names_record_and_field(store: Store, seed, rule: str, *,
                                           make: Callable[..., Record], field: str,
                                           message: str) -> None:
    record = make(seed)
    before = store.count(type(record))
    with pytest.raises(ValidationError) as caught:
        store.save(record)
    fields = {e.field for e in caught.value.errors}
    assert field in fields
    text = str(caught.value)
    assert record.LABEL.lower() in text.lower()
    assert message in " | ".join(str(e) for e in caught.value.errors)
    assert "\n" not in text
    assert store.count(type(record)) == before


def test_a_batch_with_one_invalid_record_writes_nothing(store: Store, seed) -> None:
    good = Organisation(name="Enabel", kind=OrganisationKind.IMPLEMENTING_AGENCY,
                        country_code="BE")
    bad = Organisation(name="", kind=OrganisationKind.IMPLEMENTING_AGENCY)
    before = store.count(Organisation)
    with pytest.raises(ValidationError):
        store.save_many([good, bad])
    assert store.count(Organisation) == before
    assert store.find(Organisation, good.id) is None


def test_a_batch_inside_a_callers_transaction_takes_no_savepoint(store: Store, seed) -> None:
    """An import's rows are all-or-nothing by its own transaction: a savepoint around the
    batch made SQLite journal every page it changed and walk that journal after each
    statement (an import of 3,293 edits at 100,000 activities took 190 s, not 48)."""
    statements: list[str] = []
    orgs = [Organisation(name=f"Agency {i}", kind=OrganisationKind.IMPLEMENTING_AGENCY,
                         country_code="BE") for i in range(3)]
    before = store.count(Organisation)
    with store.transaction(source="test"):
        store.db.conn.set_trace_callback(statements.append)
        try:
            store.save_many(orgs)
        finally:
            store.db.conn.set_trace_callback(None)
    assert not [s for s in statements if s.lstrip().upper().startswith("SAVEPOINT")]
    assert store.count(Organisation) == before + 3
    with pytest.raises(ValidationError), store.transaction(source="test"):
        store.save_many([Organisation(name="Enabel 2", kind=OrganisationKind.IMPLEMENTING_AGENCY,
                                      country_code="BE"),
                         Organisation(name="", kind=OrganisationKind.IMPLEMENTING_AGENCY)])
    assert store.count(Organisation) == before + 3  # the outer transaction undid the lot


# -- history -----------------------------------------------------------------

def test_history_records_each_field_with_old_and_new(store: Store, seed) -> None:
    store.save(dataclasses.replace(seed.pilot, title="Builders' pilot", sectors=["construction",
                                                                                   "energy"]))
    changes = [c for c in store.history_of(seed.pilot.id) if c.action == "update"]
    assert {(c.field, c.old_value, c.new_value) for c in changes} == {
        ("title", "Recruitment pilot for builders", "Builders' pilot"),
        ("sectors", '["construction"]', '["construction", "energy"]'),
    }
    assert {c.who for c in changes} == {"tester"}
    assert all(c.partnership_id == seed.tunisia.id for c in changes)


def test_changes_since_a_date_for_one_partnership(store: Store, seed) -> None:
    with store.as_of("2027-01-05T09:00:00.000Z"):
        store.save(dataclasses.replace(seed.training, title="Bootcamp, renamed"))
        store.add_progress(seed.overdue.id, status=CommitmentStatus.FULFILLED, note="Done",
                           on="2026-11-20")
        store.save(dataclasses.replace(seed.morocco, description="Changed too"))
    tunisia = store.changes(since="2027-01-01", partnership_id=seed.tunisia.id)
    assert {(c.caption, c.field) for c in tunisia} == {
        ("Bootcamp, renamed", "title"),
        ("Open a job-matching desk in Sfax", "updates"),
        ("Open a job-matching desk in Sfax", "status"),
    }
    assert len(store.changes(since="2027-01-01")) == 4
    assert store.changes(since="2027-02-01") == []


def test_progress_update_sets_status_and_keeps_history(store: Store, seed) -> None:
    store.add_progress(seed.due_soon.id, status=CommitmentStatus.IN_PROGRESS,
                       note="Draft circulated", on="2026-11-01", by="ILO Tunis")
    commitment = store.get(Commitment, seed.due_soon.id)
    assert commitment.status is CommitmentStatus.IN_PROGRESS
    assert [(u.date, u.status, u.note, u.by) for u in commitment.updates] == [
        ("2026-11-01", CommitmentStatus.IN_PROGRESS, "Draft circulated", "ILO Tunis")]
    # An older update does not override the current status.
    store.add_progress(seed.due_soon.id, status=CommitmentStatus.PLANNED, on="2026-10-01")
    assert store.get(Commitment, seed.due_soon.id).status is CommitmentStatus.IN_PROGRESS
    with pytest.raises(ValidationError, match="in the future"):
        store.add_progress(seed.due_soon.id, status=CommitmentStatus.FULFILLED, on="2027-01-01")


# -- search and filters ---------------------------------------------------------

@pytest.mark.parametrize("word", ["bootcamp", "graduates", "software", "Vocational", "ICT"])
def test_search_finds_any_word_of_title_or_description(store: Store, seed, word: str) -> None:
    hits = store.search(word)
    assert seed.training.id in [h.id for h in hits]


def test_search_finds_notes_ranks_titles_and_makes_snippets(store: Store, seed) -> None:
    note = store.save(Note(target_kind="activity", target_id=seed.pilot.id, author="IT del",
                           text="Italy wants masonry certificates recognised"))
    hits = store.search("masonry")
    assert [(h.kind, h.id) for h in hits] == [("note", note.id)]
    assert "[masonry]" in hits[0].snippet
    assert hits[0].title == "Note on Recruitment pilot for builders"
    assert store.search("recruitment")[0].id == seed.pilot.id  # title beats body
    assert store.search("indepen")[0].id == seed.aneti.id  # accents folded, prefix match


def test_search_input_is_never_fts_syntax(store: Store, seed) -> None:
    for text in ['"', "AND OR NOT", "title:x", "a*b(", "NEAR(", ""]:
        store.search(text)  # no exception
    assert store.search("-- ;") == []


def test_deleted_records_leave_search_and_lists(store: Store, seed) -> None:
    store.delete(seed.pilot)
    assert store.search("builders") == []
    assert store.count(Activity, Filters(text="builders")) == 0
    assert store.history_of(seed.pilot.id)[-1].action == "delete"


@pytest.mark.parametrize(("cls", "filters", "expected"), [
    (Activity, Filters(partnership="TN"), {"training", "pilot"}),
    (Activity, Filters(partnership="MA"), set()),
    (Activity, Filters(status="Implementation"), {"training"}),
    (Activity, Filters(category="mobility"), {"pilot"}),
    (Activity, Filters(sector="ict"), {"training"}),
    (Activity, Filters(member_state="DE"), {"training"}),
    (Activity, Filters(instrument="AMIF"), {"pilot"}),
    (Activity, Filters(text="software"), {"training"}),
    (Commitment, Filters(overdue=True), {"overdue"}),
    (Commitment, Filters(due_within_days=30), {"due_soon"}),
    # An actor from Germany (GIZ), or Germany leads the activity it serves (the bootcamp).
    (Commitment, Filters(member_state="DE"), {"overdue", "due_soon"}),
    (Commitment, Filters(sector="ICT"), {"due_soon"}),  # through its activity
    (Commitment, Filters(category="mobility"), set()),
    (Commitment, Filters(instrument="MPF"), {"due_soon"}),
    (Commitment, Filters(status="in progress"), {"overdue"}),
    (Partnership, Filters(member_state="ES"), {"morocco"}),
    (Organisation, Filters(kind="partner_authority"), {"aneti"}),
])
def test_filters_narrow_lists(store: Store, seed, cls: type[Record], filters: Filters,
                              expected: set[str]) -> None:
    names = {name for name, value in vars(seed).items() if isinstance(value, cls)}
    by_id = {getattr(seed, n).id: n for n in names}
    found = {by_id.get(r.id, r.id) for r in store.list(cls, filters)}
    assert found == expected
    assert store.count(cls, filters) == len(expected)


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("status", "finished", "'finished' is not one of"),
    ("overdue", True, "does not apply to activities"),
    ("partnership", "ZZ", "no partnership with code 'ZZ'"),
    ("member_state", "NO", "NO is not an EU Member State"),
])
def test_bad_filters_name_the_field_and_the_value_not_an_option(
        store: Store, seed, field: str, value: object, reason: str) -> None:
    with pytest.raises(FilterError) as raised:
        store.list(Activity, Filters(**{field: value}))
    assert (raised.value.field, raised.value.value) == (field, value)
    assert raised.value.reason.startswith(reason)
    assert "--" not in str(raised.value)


def test_a_due_date_window_past_the_calendar_is_a_filter_error(store: Store, seed) -> None:
    with pytest.raises(FilterError, match=r"1000000000 days from today is past the year 9999"):
        store.list(Commitment, Filters(due_within_days=10**9))


def test_pages_and_sorting(store: Store, seed) -> None:
    titles = [a.title for a in store.list(Activity, order_by="title")]
    assert titles == sorted(titles)
    assert [a.title for a in store.list(Activity, order_by="title", limit=1, offset=1)] == \
        titles[1:2]
    with pytest.raises(UserError, match="cannot sort"):
        store.list(Activity, order_by="title; DROP TABLE activity")


# -- the file ------------------------------------------------------------------

def test_connection_settings(store: Store) -> None:
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1


def test_backup_is_a_consistent_copy(store: Store, seed, tmp_path) -> None:
    target = store.backup(tmp_path / "copy.db")
    with Store(target, create=False) as copy:
        assert copy.count(Activity) == store.count(Activity) == 2
        assert copy.search("bootcamp")[0].id == seed.training.id
    with pytest.raises(UserError, match="cannot overwrite the database itself"):
        store.backup(store.path)
    with pytest.raises(UserError, match="does not exist"):
        store.backup(tmp_path / "nope" / "copy.db")
    with pytest.raises(UserError, match="name a file for the backup, not a folder"):
        store.backup(tmp_path)
    with pytest.raises(UserError, match="name a file for the backup"):
        store.backup("")


def test_a_foreign_sqlite_file_is_refused(tmp_path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(UserError, match="is an SQLite database, but not a tpdesk one"):
        Store(path)


def test_changes_describe_themselves(store: Store, seed) -> None:
    store.add_progress(seed.due_soon.id, status=CommitmentStatus.IN_PROGRESS, on="2026-11-01")
    store.save(dataclasses.replace(store.get(Commitment, seed.due_soon.id),
                                   text="Publish the skills gap study in two languages"))
    described = [c.describe() for c in store.history_of(seed.due_soon.id)]
    assert described[0] == "created"
    assert sorted(described[1:3]) == ["status: planned → in_progress", "updates: 0 → 1 entries"]
    assert described[3] == ("text: Publish the skills gap study → Publish the skills gap study"
                            " in two lan…")


def test_sorting_by_partnership_follows_the_country_code(store: Store, seed) -> None:
    store.save(Activity(partnership_id=seed.morocco.id, title="Nurses for Spain"))
    codes = [a.partnership_id for a in store.list(Activity, order_by="partnership_id")]
    assert codes == [seed.morocco.id, seed.tunisia.id, seed.tunisia.id]
