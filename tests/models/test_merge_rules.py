"""The per-cell rule both transports share (the exchange merge and the server), case by case."""

from __future__ import annotations

from tpdesk.models.merge_rules import Verdict, Views, allowed, cell_verdict, deletion_conflict

A, B = "a" * 8, "b" * 8  # two replicas


def s(ms: int, replica: str) -> str:
    return f"{ms:013d}-000000-{replica}"


def views(mine: dict[str, str], sender: dict[str, str]) -> Views:
    return Views(mine=mine, sender=sender)


def test_a_cell_never_held_is_taken() -> None:
    assert cell_verdict("title", None, ("x", s(1, B)), views({}, {})) == Verdict(
        take=True, conflict=False, differs=False)


def test_the_later_stamp_wins_and_a_seen_edit_is_no_conflict() -> None:
    seen = views({A: s(1, A)}, {A: s(1, A), B: s(2, B)})
    assert cell_verdict("title", ("old", s(1, A)), ("new", s(2, B)), seen) == Verdict(
        take=True, conflict=False, differs=True)


def test_concurrent_edits_conflict_whichever_side_wins() -> None:
    blind = views({A: s(5, A)}, {B: s(2, B)})  # neither had seen the other's edit
    assert cell_verdict("title", ("ours", s(5, A)), ("theirs", s(2, B)), blind) == Verdict(
        take=False, conflict=True, differs=True)
    assert cell_verdict("title", ("ours", s(1, A)), ("theirs", s(2, B)), blind) == Verdict(
        take=True, conflict=True, differs=True)


def test_equal_values_and_order_cells_never_conflict() -> None:
    blind = views({A: s(5, A)}, {B: s(2, B)})
    assert not cell_verdict("title", ("same", s(1, A)), ("same", s(2, B)), blind).conflict
    assert cell_verdict("funding:#order", (["x"], s(1, A)), (["y"], s(2, B)), blind) == Verdict(
        take=True, conflict=False, differs=False)


def test_a_tombstone_meeting_an_unseen_edit_is_a_deleted_conflict() -> None:
    blind = views({A: s(5, A)}, {B: s(6, B)})
    found = deletion_conflict(was_deleted=None, own={"title": (s(5, A), "Anna")},
                              values={"deleted": "2026-12-03", "title": "T"},
                              applied={"deleted": (s(6, B), "Marco")}, incoming={},
                              views=blind)
    assert found is not None
    assert found.kept == ("2026-12-03", s(6, B))
    assert found.lost == ({"edited": ["title"]}, s(5, A), "Anna")


def test_delegate_rights_are_kind_field_globs() -> None:
    rights = ("note:*", "commitment:updates:*")
    assert allowed(rights, "note", "text") and allowed(rights, "commitment", "updates:1")
    assert not allowed(rights, "commitment", "text") and allowed(("*",), "activity", "title")
