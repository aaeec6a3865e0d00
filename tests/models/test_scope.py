"""The pack scope: one set of rules for what a pack (and `tpdesk list`) covers."""

from __future__ import annotations

import dataclasses

from tpdesk.models import Commitment, Filters, Pack, Store
from tpdesk.models.history import Change
from tpdesk.models.scope import PackScope
from tpdesk.models.vocab import ActivityCategory, CommitmentStatus


def _scope(seed, **choices) -> PackScope:
    return PackScope.of(Pack(partnership_id=seed.tunisia.id, **choices))


def test_sector_reaches_commitments_through_their_activity_or_objective(store: Store,
                                                                         seed) -> None:
    on_objective = store.save(Commitment(partnership_id=seed.tunisia.id, actor_ids=[seed.ilo.id],
                                         text="Map ICT curricula",
                                         objective_id=seed.roadmap.objectives[0].id))
    unlinked = store.save(Commitment(partnership_id=seed.tunisia.id, text="Hold a donor meeting",
                                     actor_ids=[seed.ilo.id]))
    scoped = _scope(seed, sectors=["ict"]).select(store)
    assert [a.id for a in scoped.activities] == [seed.training.id]
    assert {c.id for c in scoped.commitments} == {seed.due_soon.id, on_objective.id}
    assert unlinked.id not in scoped and seed.pilot.id not in scoped
    everything = _scope(seed).select(store)
    assert unlinked.id in everything and seed.overdue.id in everything


def test_member_state_through_an_actor_or_the_lead_member_state(store: Store, seed) -> None:
    scoped = _scope(seed, member_states=["DE"]).select(store)
    # GIZ (DE) is an actor of the overdue one; Germany leads the bootcamp the other serves.
    assert {c.id for c in scoped.commitments} == {seed.overdue.id, seed.due_soon.id}
    assert _scope(seed, member_states=["IT"]).select(store).commitments == []


def test_fields_combine_and_values_alternate(store: Store, seed) -> None:
    both = _scope(seed, sectors=["ICT", "construction"]).select(store)
    assert {a.id for a in both.activities} == {seed.training.id, seed.pilot.id}
    narrowed = _scope(seed, sectors=["ICT", "construction"],
                      categories=[ActivityCategory.MOBILITY]).select(store)
    assert [a.id for a in narrowed.activities] == [seed.pilot.id]
    statuses = _scope(seed, commitment_statuses=[CommitmentStatus.PLANNED]).select(store)
    assert [c.id for c in statuses.commitments] == [seed.due_soon.id]


def test_excluding_an_activity_leaves_out_its_commitments_and_pins_add(store: Store,
                                                                      seed) -> None:
    scoped = _scope(seed, excluded_ids=[seed.training.id]).select(store)
    assert seed.training.id not in scoped and seed.due_soon.id not in scoped
    pinned = _scope(seed, sectors=["ICT"], pinned_ids=[seed.overdue.id]).select(store)
    assert seed.overdue.id in pinned


def test_list_filters_and_the_pack_scope_agree(store: Store, seed) -> None:
    for member_state in ("DE", "IT"):
        for sector in (None, "ICT", "construction"):
            listed = store.list(Commitment, Filters(partnership="TN", member_state=member_state,
                                                    sector=sector))
            scoped = _scope(seed, member_states=[member_state],
                            sectors=[sector] if sector else []).select(store)
            assert {c.id for c in listed} == {c.id for c in scoped.commitments}


def test_changes_outside_the_scope_are_left_out(store: Store, seed) -> None:
    scoped = _scope(seed, sectors=["ICT"]).select(store)

    def change(kind: str, record_id: str, action: str = "update") -> Change:
        return Change(at="2026-01-01", who="x", source="", record_kind=kind,
                      record_id=record_id, partnership_id=seed.tunisia.id, caption="c",
                      action=action, field=None, old_value=None, new_value=None)

    assert scoped.admits_change(change("activity", seed.training.id))
    assert not scoped.admits_change(change("activity", seed.pilot.id))
    assert not scoped.admits_change(change("commitment", "gone", "delete"))
    assert scoped.admits_change(change("roadmap", seed.roadmap.id))
    assert _scope(seed).select(store).admits_change(change("commitment", "gone", "delete"))
    other = dataclasses.replace(change("roadmap", "r"), partnership_id=seed.morocco.id)
    assert not scoped.admits_change(other)


def test_the_scope_in_words() -> None:
    scope = PackScope(sectors=("ICT", "construction"), member_states=("IT",),
                      categories=(ActivityCategory.MOBILITY,))
    assert scope.describe(["Tunisia"], audience="Italian delegation") == (
        "Tunisia · sectors ICT and construction · Member State Italy"
        " · category Facilitating mobility · for the Italian delegation")
    assert PackScope().describe(["Egypt", "Morocco"], audience="Maria Rossi") == (
        "Egypt and Morocco · for Maria Rossi")
