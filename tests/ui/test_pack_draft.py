"""The pack draft on its own: what is saved when, with no widget in sight."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from tpdesk.models import Activity, Pack, Store
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.ui.operations import Session
from tpdesk.ui.pack_draft import PackDraft

TN = demo_id("pack", "TN")


@pytest.fixture
def draft(qtbot: Any, store: Store) -> PackDraft:
    load_demo(store)
    session = Session(store)
    d = PackDraft(session)
    d.load(store.get(Pack, TN))
    return d


def test_typing_is_saved_after_a_pause_as_one_undo_step(qtbot: Any, draft: PackDraft,
                                                        store: Store) -> None:
    states: list[str] = []
    draft.state_changed.connect(lambda state, _detail: states.append(state))
    purpose = draft.pack.sections[1]  # type: ignore[union-attr]
    for text in ("F", "Fi", "First draft."):
        draft.set_section_text(purpose.id, text)
    assert draft.dirty and states[-1] == "pending"
    assert store.get(Pack, TN).sections[1].text != "First draft."
    qtbot.waitUntil(lambda: not draft.dirty, timeout=3000)
    assert store.get(Pack, TN).sections[1].text == "First draft."
    assert states[-1] == "saved"
    assert draft.session.undo_stack.count() == 1


def test_pins_are_saved_at_once_and_move_a_record_off_the_exclusions(
        draft: PackDraft, store: Store) -> None:
    record = store.list(Pack)[0].id  # any id: pins are kept by id
    draft.exclude(record)
    draft.pin(record)
    saved = store.get(Pack, TN)
    assert saved.pinned_ids[-1] == record and record not in saved.excluded_ids
    draft.unpin(record)
    assert record not in store.get(Pack, TN).pinned_ids
    assert not draft.dirty


def test_a_refused_save_keeps_the_edit_and_says_why(draft: PackDraft, store: Store) -> None:
    draft.change(now=True, title="")
    assert draft.dirty and "title" in draft.failure
    assert draft.pack is not None and draft.pack.title == ""  # still on screen
    assert store.get(Pack, TN).title  # nothing half written
    assert not draft.close()
    draft.change(title="Another")  # closed: nothing more is saved
    draft.save_now()
    assert store.get(Pack, TN).title not in ("", "Another")


def test_a_line_to_take_is_replaced_and_removed_by_empty_text(draft: PackDraft,
                                                             store: Store) -> None:
    draft.set_record_line(TN, "Welcome the progress")
    assert [x.text for x in store.get(Pack, TN).lines if x.record_id == TN] == [
        "Welcome the progress"]
    draft.set_record_line(TN, "  ")
    assert not [x for x in store.get(Pack, TN).lines if x.record_id == TN]


def _retitle_an_activity(session: Session, title: str) -> str:
    activity = session.store.list(Activity)[0]
    session.save(dataclasses.replace(activity, title=title))
    return activity.id


def test_undo_saves_pending_typing_first_and_undoes_it_in_turn(draft: PackDraft,
                                                               store: Store) -> None:
    """Typing a few hundred ms old is the newest step: Undo takes it back, Redo restores it,
    and the change made before it is left alone."""
    session = draft.session
    activity_id = _retitle_an_activity(session, "Retitled before typing")
    purpose = draft.pack.sections[1]  # type: ignore[union-attr]
    draft.set_section_text(purpose.id, "Typed just now")
    assert draft.dirty  # the pause has not passed
    session.undo()
    assert store.get(Activity, activity_id).title == "Retitled before typing"
    assert store.get(Pack, TN).sections[1].text != "Typed just now"
    session.redo()
    assert store.get(Pack, TN).sections[1].text == "Typed just now"
    assert session.undo_stack.count() == 2


def test_another_save_saves_pending_typing_first(draft: PackDraft, store: Store) -> None:
    session = draft.session
    purpose = draft.pack.sections[1]  # type: ignore[union-attr]
    draft.set_section_text(purpose.id, "Typed, then an activity was saved")
    _retitle_an_activity(session, "Saved while the pack was pending")
    assert not draft.dirty
    assert store.get(Pack, TN).sections[1].text == "Typed, then an activity was saved"
    assert [session.undo_stack.text(i).split()[1] for i in range(2)] == ["briefing", "activity"]


def test_typing_saved_after_a_merge_keeps_both_and_lists_the_clash(
        qtbot: Any, draft: PackDraft, store: Store, db_path: Any) -> None:
    from tpdesk.models import merge

    purpose, other = draft.pack.sections[1], draft.pack.sections[2]  # type: ignore[union-attr]
    draft.set_section_text(purpose.id, "Typed here.")
    with Store(db_path, user="Merge") as elsewhere:  # a merge arriving during the pause
        pack = elsewhere.get(Pack, TN)
        sections = [dataclasses.replace(s, text="From the delegate." if s.id == purpose.id
                                        else "Theirs too." if s.id == other.id else s.text)
                    for s in pack.sections]
        elsewhere.save(dataclasses.replace(pack, sections=sections))
    qtbot.waitUntil(lambda: not draft.dirty, timeout=3000)
    assert draft.failure == ""
    saved = {s.id: s.text for s in store.get(Pack, TN).sections}
    assert saved[purpose.id] == "Typed here." and saved[other.id] == "Theirs too."
    (clash,) = merge.conflicts(store)
    assert clash.field == f"sections:{purpose.id}" and clash.lost["text"] == "From the delegate."
    draft.set_section_text(purpose.id, "Typed again.")  # the draft goes on from what it saved
    qtbot.waitUntil(lambda: not draft.dirty, timeout=3000)
    assert {s.id: s.text for s in store.get(Pack, TN).sections}[purpose.id] == "Typed again."
