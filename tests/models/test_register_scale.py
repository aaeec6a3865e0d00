"""The store's side of a big register: computed sort keys, positions, bulk delete, the trash."""

from __future__ import annotations

import dataclasses

import pytest

from tpdesk.models import Activity, Commitment, Filters, Note, SavedSearch, Store, UserError


def test_activities_sort_by_lead_and_funding_in_the_store(store: Store, seed) -> None:
    by_funding = [a.id for a in store.list(Activity, order_by="funding")]
    assert by_funding == [seed.pilot.id, seed.training.id]  # 50,000 before 1,200,000 euro
    assert [a.id for a in store.list(Activity, order_by="funding", descending=True)] == \
        by_funding[::-1]
    # GIZ leads the bootcamp (lead Member State first), ILO implements the pilot.
    assert [a.id for a in store.list(Activity, order_by="lead")] == [seed.training.id,
                                                                      seed.pilot.id]


def test_commitments_sort_by_first_actor_and_last_update(store: Store, seed) -> None:
    assert [c.id for c in store.list(Commitment, order_by="actors")] == \
        [seed.overdue.id, seed.due_soon.id]  # GIZ before ILO
    store.add_progress(seed.due_soon.id, status=seed.due_soon.status, note="started",
                       on="2026-01-05")
    # One without any update sorts last, whichever way.
    assert [c.id for c in store.list(Commitment, order_by="last_update")] == \
        [seed.due_soon.id, seed.overdue.id]
    assert [c.id for c in store.list(Commitment, order_by="last_update", descending=True)] == \
        [seed.due_soon.id, seed.overdue.id]


def test_an_unknown_sort_key_is_one_clear_line(store: Store, seed) -> None:
    with pytest.raises(UserError, match="cannot sort activity records by 'colour'"):
        store.list(Activity, order_by="colour")


def test_position_matches_the_list_it_describes(store: Store, seed) -> None:
    store.save_many([dataclasses.replace(seed.pilot, id=f"p-{i:03}", title=f"Pilot {i:03}",
                                         funding=[], created_at="", updated_at="")
                     for i in range(30)])
    for order_by, descending in ((None, False), ("title", True), ("funding", False)):
        listed = [a.id for a in store.list(Activity, order_by=order_by, descending=descending)]
        for i in (0, 7, len(listed) - 1):
            assert store.position(Activity, listed[i], order_by=order_by,
                                  descending=descending) == i
    assert store.position(Activity, seed.training.id,
                          Filters(category="mobility")) is None


def test_delete_many_is_all_or_nothing(store: Store, seed) -> None:
    with pytest.raises(UserError):  # the bootcamp is used by a commitment
        store.delete_many([seed.pilot, seed.training])
    assert store.count(Activity) == 2
    edited = store.delete_many([seed.pilot, seed.training], clear_references=True)
    assert store.count(Activity) == 0
    assert [r.id for r in edited] == [seed.due_soon.id]
    assert store.get(Commitment, seed.due_soon.id).activity_id is None


def test_the_trash_keeps_deleted_records_until_emptied(store: Store, seed) -> None:
    note = store.save(Note(target_kind="activity", target_id=seed.pilot.id, text="call ILO"))
    lone = store.save(Note(target_kind="activity", target_id=seed.training.id, text="draft"))
    store.delete(lone)
    store.delete(seed.pilot)
    trash = store.trash()
    # The pilot's note went with it and comes back with it: it is not listed apart.
    assert {r.id for r in trash} == {seed.pilot.id, lone.id}
    # Most recently deleted first (both deletions may fall in the same second).
    assert [r.deleted_at for r in trash] == sorted((r.deleted_at for r in trash), reverse=True)
    store.restore(Activity, seed.pilot.id)
    assert store.find(Note, note.id) is not None
    assert [r.id for r in store.trash()] == [lone.id]

    store.delete(seed.overdue)
    assert store.empty_trash() == 2
    assert store.trash() == []
    assert store.find(Commitment, seed.overdue.id, include_deleted=True) is None
    assert store.db.execute("SELECT count(*) FROM commitment_actor WHERE commitment_id = ?",
                            [seed.overdue.id]).fetchone()[0] == 0
    # The history still says, by id, that it was deleted: another copy can learn it.
    assert [c.action for c in store.history_of(seed.overdue.id)][-1] == "delete"


def test_search_count_is_the_true_total(store: Store, seed) -> None:
    store.save_many([dataclasses.replace(seed.pilot, id=f"s-{i:03}", title=f"Builders {i:03}",
                                         funding=[], created_at="", updated_at="")
                     for i in range(120)])
    assert len(store.search("builders", limit=100)) == 100
    assert store.search_count("builders") == 121
    assert store.search_count("builders", kinds=["commitment"]) == 0
    assert store.search_count("   ") == 0


def test_links_name_what_a_record_uses_and_what_uses_it(store: Store, seed) -> None:
    linked = {r.id for r in store.links(seed.training)}
    assert {seed.tunisia.id, seed.giz.id, seed.due_soon.id} <= linked
    assert seed.training.id not in linked
    assert seed.held.id in {r.id for r in store.links(seed.overdue)}


def test_saved_searches_are_kept_in_the_database(store: Store, seed, db_path) -> None:
    store.save_search(SavedSearch(name="  Italy +  MPF ", kind="activity",
                                         filters=Filters(member_state="IT", instrument="mpf")))
    store.save_search(SavedSearch(name="Overdue", kind="commitment",
                                  filters=Filters(overdue=True)))
    with Store(db_path) as other:  # the file copied to another laptop holds them
        found = other.saved_searches()
    assert [(s.name, s.kind) for s in found] == [("Italy + MPF", "activity"),
                                                 ("Overdue", "commitment")]
    assert found[0].filters == Filters(member_state="IT", instrument="mpf")
    assert store.list(Activity, found[0].filters) == []
    # The same name again replaces it; filters that do not apply are refused.
    store.save_search(SavedSearch(name="Italy + MPF", kind="activity",
                                  filters=Filters(instrument="mpf")))
    assert [s.filters for s in store.saved_searches("activity")] == [Filters(instrument="mpf")]
    with pytest.raises(UserError, match="overdue: does not apply to activities"):
        store.save_search(SavedSearch(name="x", kind="activity", filters=Filters(overdue=True)))
    with pytest.raises(UserError, match="needs a name"):
        store.save_search(SavedSearch(name=" ", kind="activity", filters=Filters()))
    store.delete_search(store.saved_searches("activity")[0].id)
    assert [s.name for s in store.saved_searches()] == ["Overdue"]


def test_the_sector_filter_matches_whole_sectors_only(store: Store, seed) -> None:
    odd = ['ICT skills', '50% "care"', 'a_b']
    store.save(dataclasses.replace(seed.pilot, sectors=odd))
    def found(sector: str) -> list[str]:
        return [a.id for a in store.list(Activity, Filters(sector=sector))]
    assert found("ict") == [seed.training.id]  # not the pilot's "ICT skills"
    assert found("ICT SKILLS") == [seed.pilot.id]
    assert found('50% "care"') == [seed.pilot.id]
    assert found("50") == [] and found("a%") == [] and found("a-b") == []
    assert found("A_B") == [seed.pilot.id]
