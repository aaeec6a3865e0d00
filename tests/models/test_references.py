"""The table of references, walked entry by entry on a real SQLite file.

For every reference and every kind it may point at: a record referring to a
fresh target; deleting the target is refused and names the referrer (or,
for notes, takes them along); clearing the references edits the referrer and
the history; a dangling reference planted by hand is found by `check`.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from tpdesk.models import (
    Activity,
    Commitment,
    FundingLine,
    Note,
    Objective,
    Organisation,
    Pack,
    Participation,
    Partnership,
    Record,
    Roadmap,
    Roundtable,
    Store,
    ValidationError,
)
from tpdesk.models.check import Problem, check
from tpdesk.models.connection import sqlite as sqlite3
from tpdesk.models.errors import ReferencedError, UserError
from tpdesk.models.records import RECORD_TYPES, AgendaItem, RecordLine
from tpdesk.models.references import REFERENCES, Reference, ids_in
from tpdesk.models.vocab import Instrument, OrganisationKind, Role


def _target(store: Store, seed: Any, kind: str) -> tuple[Record, str]:
    """A fresh record of `kind` nothing uses yet: what to delete, and the id referred to."""
    tn = seed.tunisia.id
    if kind == "objective":
        roadmap = store.save(Roadmap(partnership_id=tn, version="2030",
                                     objectives=[Objective(code="X1", text="Return")]))
        return roadmap, roadmap.objectives[0].id
    made: dict[str, Callable[[], Record]] = {
        "partnership": lambda: Partnership(country_code="EG", title="EU-Egypt Talent Partnership"),
        "organisation": lambda: Organisation(name="Enabel", short_name="ENABEL", country_code="BE",
                                             kind=OrganisationKind.IMPLEMENTING_AGENCY),
        "roundtable": lambda: Roundtable(partnership_id=tn, number=7, place="Sfax"),
        "roadmap": lambda: Roadmap(partnership_id=tn, version="2030"),
        "activity": lambda: Activity(partnership_id=tn, title="Welders' pathway"),
        "commitment": lambda: Commitment(partnership_id=tn, actor_ids=[seed.ilo.id],
                                         text="Sign the welders' memorandum"),
        "note": lambda: Note(target_kind="activity", target_id=seed.pilot.id, text="Cohort two"),
        "pack": lambda: Pack(title="Spare pack", roundtable_id=seed.held.id),
    }
    record = store.save(made[kind]())
    return record, record.id


def _pack(seed: Any, **fields: Any) -> Pack:
    return Pack(title="Briefing for the Sfax visit", roundtable_id=seed.held.id, **fields)


Referrer = Callable[[Any, str, str], Record]  # (seed, target kind, target id) -> record

REFERRERS: dict[tuple[str, str], Referrer] = {
    ("roundtable", "partnership_id"): lambda s, k, t: Roundtable(partnership_id=t, number=1),
    ("roundtable", "agenda"): lambda s, k, t: Roundtable(  # its lead, or its objectives
        partnership_id=s.tunisia.id, number=8,
        agenda=[AgendaItem(title="Fair recruitment", lead_id=t) if k == "organisation" else
                AgendaItem(title="Fair recruitment", objective_ids=[t])]),
    ("roadmap", "partnership_id"): lambda s, k, t: Roadmap(partnership_id=t, version="v1"),
    ("roadmap", "adopted_at_roundtable_id"): lambda s, k, t: Roadmap(
        partnership_id=s.tunisia.id, version="v2", adopted_at_roundtable_id=t),
    ("activity", "partnership_id"): lambda s, k, t: Activity(partnership_id=t, title="Nurses"),
    ("activity", "objective_ids"): lambda s, k, t: Activity(
        partnership_id=s.tunisia.id, title="Returnees", objective_ids=[t]),
    ("activity", "participants"): lambda s, k, t: Activity(
        partnership_id=s.tunisia.id, title="Job fair",
        participants=[Participation(organisation_id=t, roles=[Role.IMPLEMENTING])]),
    ("activity", "funding"): lambda s, k, t: Activity(
        partnership_id=s.tunisia.id, title="Job fair",
        funding=[FundingLine(instrument=Instrument.MPF, amount_cents=100, funder_id=t)]),
    ("commitment", "partnership_id"): lambda s, k, t: Commitment(
        partnership_id=t, actor_ids=[s.ilo.id], text="Open a desk"),
    ("commitment", "actor_ids"): lambda s, k, t: Commitment(
        partnership_id=s.tunisia.id, actor_ids=[s.ilo.id, t], text="Open a desk"),
    ("commitment", "made_at_roundtable_id"): lambda s, k, t: Commitment(
        partnership_id=s.tunisia.id, actor_ids=[s.ilo.id], text="Open a desk",
        made_at_roundtable_id=t),
    ("commitment", "activity_id"): lambda s, k, t: Commitment(
        partnership_id=s.tunisia.id, actor_ids=[s.ilo.id], text="Open a desk", activity_id=t),
    ("commitment", "objective_id"): lambda s, k, t: Commitment(
        partnership_id=s.tunisia.id, actor_ids=[s.ilo.id], text="Open a desk", objective_id=t),
    ("note", "target_id"): lambda s, k, t: Note(target_kind=k, target_id=t, text="Remember"),
    ("pack", "roundtable_id"): lambda s, k, t: Pack(title="Sfax brief", roundtable_id=t),
    ("pack", "partnership_id"): lambda s, k, t: Pack(title="Ad hoc brief", partnership_id=t,
                                                     meeting_date="2026-12-01"),
    ("pack", "partnership_ids"): lambda s, k, t: _pack(s, partnership_ids=[t]),
    ("pack", "pinned_ids"): lambda s, k, t: _pack(s, pinned_ids=[t]),
    ("pack", "excluded_ids"): lambda s, k, t: _pack(s, excluded_ids=[t]),
    ("pack", "lines"): lambda s, k, t: _pack(s, lines=[RecordLine(record_id=t, text="Say so")]),
}

WALK = [(ref, kind) for ref in REFERENCES for kind in ref.targets]


def test_every_reference_has_a_referrer_to_walk() -> None:
    assert {(ref.source.KIND, ref.field) for ref in REFERENCES} == set(REFERRERS)


def _plant_deleted(db_path: Any, kind: str, target: Record) -> Callable[[], None]:
    """Tombstone the target behind the store's back; returns how to undo it."""
    table = target.KIND  # an objective goes with its roadmap
    with contextlib.closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute(f"UPDATE {table} SET deleted_at = '2026-01-01' WHERE id = ?", [target.id])

    def undo() -> None:
        with contextlib.closing(sqlite3.connect(db_path)) as conn, conn:
            conn.execute(f"UPDATE {table} SET deleted_at = NULL WHERE id = ?", [target.id])
    return undo


@pytest.mark.parametrize(("ref", "kind"), WALK,
                         ids=[f"{r.source.KIND}.{r.field}->{k}" for r, k in WALK])
def test_each_reference_guards_checks_and_clears(store: Store, db_path: Any, seed: Any,
                                                 ref: Reference, kind: str) -> None:
    target, target_id = _target(store, seed, kind)
    referrer = store.save(REFERRERS[ref.source.KIND, ref.field](seed, kind, target_id))
    assert target_id in ids_in(ref, store.get(ref.source, referrer.id))
    assert check(store)[0] == []

    # check finds the reference once its target is deleted behind the store's back.
    undo = _plant_deleted(db_path, kind, target)
    noun = kind if ref.kind_field else ref.noun
    assert check(store)[0] == [Problem(f"{ref.source.KIND} {referrer.id}",
                                       f"{ref.field} points at {noun} {target_id},"
                                       " which is deleted or missing")]
    undo()
    assert check(store)[0] == []

    if ref.cascade:
        store.delete(target)
        assert store.find(ref.source, referrer.id) is None
        assert store.history_of(referrer.id)[-1].action == "delete"
        store.restore(type(target), target.id)
        assert store.get(ref.source, referrer.id).text == "Remember"
        return

    with pytest.raises(ReferencedError) as refused:
        store.delete(target)
    message = str(refused.value)
    assert message.startswith(f"{target.LABEL} '{target.caption}' cannot be deleted: it is used"
                              f" by 1 {referrer.LABEL.lower()} ('{referrer.caption}')")
    assert "\n" not in message
    assert refused.value.clearable is ref.clearable
    assert store.find(type(target), target.id) is not None

    before = len(store.history_of(referrer.id))
    if not ref.clearable:
        with pytest.raises(ReferencedError, match="cannot do without it"):
            store.delete(target, clear_references=True)
        assert store.get(ref.source, referrer.id) == store.find(ref.source, referrer.id)
        assert len(store.history_of(referrer.id)) == before
        return
    returned = store.delete(target, clear_references=True)
    assert [r.id for r in returned] == [referrer.id]
    assert target_id in ids_in(ref, returned[0])  # as it was, for an undo
    after = store.get(ref.source, referrer.id)
    assert target_id not in ids_in(ref, after)
    assert getattr(after, ref.field) != getattr(referrer, ref.field)
    edits = store.history_of(referrer.id)[before:]
    assert [(c.action, c.field) for c in edits] == [("update", ref.field)]
    assert store.find(type(target), target.id) is None
    assert check(store)[0] == []


def test_a_cleared_funder_keeps_its_line_and_a_cleared_participant_goes(store: Store,
                                                                       seed: Any) -> None:
    spare, _ = _target(store, seed, "organisation")
    activity = store.save(Activity(
        partnership_id=seed.tunisia.id, title="Job fair",
        participants=[Participation(organisation_id=spare.id, roles=[Role.IMPLEMENTING]),
                      Participation(organisation_id=seed.ilo.id, roles=[Role.FUNDING])],
        funding=[FundingLine(instrument=Instrument.MPF, amount_cents=100, funder_id=spare.id)]))
    store.delete(spare, clear_references=True)
    after = store.get(Activity, activity.id)
    assert [p.organisation_id for p in after.participants] == [seed.ilo.id]
    assert [(line.amount_cents, line.funder_id) for line in after.funding] == [(100, None)]


def test_deleting_a_roadmap_whose_objective_a_commitment_uses_is_refused(
        store: Store, seed: Any) -> None:
    """The bug of issue 9: the delete went through and left the commitment unsavable."""
    roadmap, objective_id = _target(store, seed, "objective")
    commitment = store.save(Commitment(partnership_id=seed.tunisia.id, actor_ids=[seed.ilo.id],
                                       text="Draft the return scheme", objective_id=objective_id))
    with pytest.raises(ReferencedError, match=r"^Roadmap 'Roadmap 2030' cannot be deleted: it is"
                                              r" used by 1 commitment \('Draft the return"):
        store.delete(roadmap)
    assert store.find(Roadmap, roadmap.id) is not None
    store.save(dataclasses.replace(commitment, text="Draft the return scheme, with IOM"))
    assert check(store)[0] == []


def test_deleting_a_roadmap_whose_objective_an_agenda_item_narrows_to_is_refused(
        store: Store, seed: Any) -> None:
    """Else the item would quietly widen to everything the pack covers, and check would fail."""
    roadmap, objective_id = _target(store, seed, "objective")
    roundtable = store.save(Roundtable(partnership_id=seed.tunisia.id, number=9, agenda=[
        AgendaItem(title="Opening"),
        AgendaItem(title="Return and reintegration", objective_ids=[objective_id])]))
    for clear in (False, True):
        with pytest.raises(ReferencedError, match=r"^Roadmap 'Roadmap 2030' cannot be deleted:"):
            store.delete(roadmap, clear_references=clear)
    assert store.find(Roadmap, roadmap.id) is not None
    assert store.get(Roundtable, roundtable.id).agenda[1].objective_ids == [objective_id]
    assert roundtable in store.links(roadmap)


def test_an_agenda_item_narrows_to_objectives_of_its_own_partnership(
        store: Store, seed: Any) -> None:
    egypt = store.save(Partnership(country_code="EG", title="EU-Egypt Talent Partnership"))
    elsewhere = store.save(Roadmap(partnership_id=egypt.id, version="2030",
                                   objectives=[Objective(code="E1", text="Skills")]))
    with pytest.raises(ValidationError, match="belongs to another partnership"):
        store.save(Roundtable(partnership_id=seed.tunisia.id, number=9, agenda=[
            AgendaItem(title="Skills", objective_ids=[elsewhere.objectives[0].id])]))


def test_the_refusal_names_a_few_and_counts_the_rest(store: Store, seed: Any) -> None:
    activity, _ = _target(store, seed, "activity")
    for i in range(5):
        store.save(Commitment(partnership_id=seed.tunisia.id, actor_ids=[seed.ilo.id],
                              text=f"Step {i}", activity_id=activity.id))
    store.save(_pack(seed, pinned_ids=[activity.id]))
    with pytest.raises(UserError) as refused:
        store.delete(activity)
    assert str(refused.value) == (
        "Activity 'Welders' pathway' cannot be deleted: it is used by 5 commitments ('Step 0',"
        " 'Step 1', 'Step 2' and 2 more) and 1 briefing pack ('Briefing for the Sfax visit')")


def test_clearing_that_leaves_a_record_invalid_writes_nothing(store: Store, seed: Any) -> None:
    """The one actor of a commitment cannot be cleared: validation says why, nothing changes."""
    spare, _ = _target(store, seed, "organisation")
    commitment = store.save(Commitment(partnership_id=seed.tunisia.id, actor_ids=[spare.id],
                                       text="Open a desk"))
    with pytest.raises(ValidationError, match="actor_ids: a commitment needs at least one actor"):
        store.delete(spare, clear_references=True)
    assert store.get(Commitment, commitment.id).actor_ids == [spare.id]
    assert store.find(Organisation, spare.id) is not None


def test_validation_refuses_references_to_missing_records_from_the_table(
        store: Store, seed: Any) -> None:
    for ref in REFERENCES:
        if not ref.on_save:
            continue
        kind = ref.targets[0]
        record = REFERRERS[ref.source.KIND, ref.field](seed, kind, "ghost")
        with pytest.raises(ValidationError) as caught:
            store.save(record)
        assert f"{ref.field}: no {kind} with id ghost" in [
            f"{e.field}: {e.message}" for e in caught.value.errors], ref


def test_every_kind_is_named_in_the_table() -> None:
    pointed_at = {kind for ref in REFERENCES for kind in ref.targets}
    assert set(RECORD_TYPES) <= pointed_at  # notes may be attached to every kind
