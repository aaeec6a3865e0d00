"""The issues finder and the summary sentences, on records made in the test."""

from __future__ import annotations

from datetime import date

from tpdesk.models import Activity, Commitment, FundingLine, Objective, Organisation
from tpdesk.models.issues import Issue, IssueKind, find_issues
from tpdesk.models.records import Participation, ProgressUpdate
from tpdesk.models.summary import summary_sentences
from tpdesk.models.vocab import (
    ActivityStatus,
    CommitmentStatus,
    Instrument,
    OrganisationKind,
    Role,
)

TODAY = date(2026, 11, 26)
GIZ = Organisation(name="GIZ GmbH", short_name="GIZ", kind=OrganisationKind.IMPLEMENTING_AGENCY)
ORGS = {GIZ.id: GIZ}
O1, O2 = Objective(code="O1", text="Skills for ICT jobs"), Objective(code="O2", text="Return")


def led(**fields: object) -> Activity:
    """An activity with a lead and funding, so that only what a test changes is an issue."""
    values: dict[str, object] = {
        "title": "Bootcamp", "status": ActivityStatus.IMPLEMENTATION,
        "objective_ids": [O1.id],
        "participants": [Participation(organisation_id=GIZ.id, roles=[Role.IMPLEMENTING])],
        "funding": [FundingLine(instrument=Instrument.MPF, amount_cents=10_000_00)]}
    values.update(fields)
    return Activity(**values)  # type: ignore[arg-type]


def issues(activities: list[Activity], commitments: list[Commitment],
           objectives: tuple[Objective, ...] = (O1,)) -> list[Issue]:
    return find_issues(activities=activities, commitments=commitments, objectives=objectives,
                       organisations=ORGS, today=TODAY)


def test_overdue_commitments_say_by_how_many_days_and_who() -> None:
    late = Commitment(text="Open a desk in Sfax", actor_ids=[GIZ.id], due_date="2026-10-27",
                      status=CommitmentStatus.IN_PROGRESS,
                      updates=[ProgressUpdate(date="2026-11-01")])
    later = Commitment(text="Publish the study", actor_ids=[GIZ.id], due_date="2026-06-01",
                       updates=[ProgressUpdate(date="2026-11-20")])
    done = Commitment(text="Sign the MoU", actor_ids=[GIZ.id], due_date="2026-01-01",
                      status=CommitmentStatus.FULFILLED)
    found = issues([led()], [late, later, done])
    assert [(i.kind, i.record_id, i.weight) for i in found] == [
        (IssueKind.OVERDUE, later.id, 178), (IssueKind.OVERDUE, late.id, 30)]
    assert found[1].text == ("“Open a desk in Sfax” is 30 days overdue (due 27 October 2026; GIZ).")
    assert found[0].key == f"overdue:{later.id}"


def test_a_commitment_quiet_for_90_days_is_stale_but_not_when_overdue() -> None:
    quiet = Commitment(text="Draft the charter", actor_ids=[GIZ.id], due_date="2027-06-01",
                       updates=[ProgressUpdate(date="2026-08-27")])  # 91 days
    recent = Commitment(text="Run the fair", actor_ids=[GIZ.id], due_date="2027-06-01",
                        updates=[ProgressUpdate(date="2026-08-29")])  # 89 days
    never = Commitment(text="Share lists", actor_ids=[], made_on="2026-01-10")
    found = issues([led()], [quiet, recent, never])
    assert [(i.kind, i.record_id) for i in found] == [
        (IssueKind.STALE, never.id), (IssueKind.STALE, quiet.id)]
    assert "no progress reported since 27 August 2026 (GIZ)" in found[1].text
    assert "since it was made on 10 January 2026 (no actor named)" in found[0].text


def test_activities_ending_within_six_months_with_open_commitments() -> None:
    ending = led(title="Nurses' pathway", end_date="2027-03-31")
    far = led(title="Builders", end_date="2027-09-30")
    bare = led(title="Welders", end_date="2027-01-31")  # ends soon, nothing open on it
    on_ending = Commitment(text="Place 50 nurses", actor_ids=[GIZ.id], activity_id=ending.id,
                           due_date="2027-03-01")
    on_far = Commitment(text="Place 20 builders", actor_ids=[GIZ.id], activity_id=far.id,
                        due_date="2027-09-01")
    closed = Commitment(text="Train tutors", actor_ids=[GIZ.id], activity_id=bare.id,
                        status=CommitmentStatus.FULFILLED)
    found = issues([ending, far, bare], [on_ending, on_far, closed])
    assert [(i.kind, i.record_id) for i in found] == [(IssueKind.ENDING, ending.id)]
    assert found[0].text == "“Nurses' pathway” ends on 31 March 2027 with 1 open commitment on it."


def test_objectives_without_an_activity_under_way() -> None:
    planned = led(status=ActivityStatus.PIPELINE, objective_ids=[O2.id])
    found = issues([led(), planned], [], objectives=(O1, O2))
    assert [(i.kind, i.record_id, i.subject) for i in found] == [
        (IssueKind.IDLE_OBJECTIVE, O2.id, "Objective O2")]


def test_activities_without_funding_or_a_lead_unless_they_are_over() -> None:
    nothing = led(title="Job fair", funding=[], participants=[])
    unfunded = led(title="Survey", funding=[])
    over = led(title="Old pilot", funding=[], status=ActivityStatus.CLOSED)
    found = issues([nothing, unfunded, over], [])
    assert [(i.kind, i.text) for i in found] == [
        (IssueKind.NO_FUNDING_OR_LEAD, "“Job fair” has no funding and no lead."),
        (IssueKind.NO_FUNDING_OR_LEAD, "“Survey” has no funding.")]


def test_issues_come_most_serious_kind_first() -> None:
    late = Commitment(text="Open a desk", actor_ids=[GIZ.id], due_date="2026-11-01")
    found = issues([led(funding=[])], [late], objectives=(O1, O2))
    assert [i.kind for i in found] == [IssueKind.OVERDUE, IssueKind.IDLE_OBJECTIVE,
                                       IssueKind.NO_FUNDING_OR_LEAD]


def test_summary_states_the_figures_and_the_most_serious_issues() -> None:
    late = Commitment(text="Open a desk in Sfax", actor_ids=[GIZ.id], due_date="2026-10-27")
    later = Commitment(text="Publish the study", actor_ids=[GIZ.id], due_date="2026-06-01")
    acts = [led(), led(title="Fair", status=ActivityStatus.PIPELINE, funding=[])]
    found = issues(acts, [late, later], objectives=(O1, O2))
    sentences = dict(summary_sentences(activities=acts, commitments=[late, later],
                                       issues=found, today=TODAY))
    assert list(sentences) == ["figures", "overdue", "idle-objective", "no-funding-or-lead"]
    assert sentences["figures"] == (
        "The pack covers 2 activities (1 under way, 1 in the pipeline) with EUR\u00a010,000 of"
        " funding, and 2 open commitments, 2 of them overdue.")
    assert sentences["overdue"] == ("There are 2 overdue commitments; the longest overdue, by"
                                    " 178 days, is “Publish the study”.")
    assert sentences["idle-objective"] == "One objective of the roadmap has no activity under way."
    assert sentences["no-funding-or-lead"] == "One activity lacks funding or a lead."
