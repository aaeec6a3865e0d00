"""The merge engine case by case: last writer wins per cell, conflicts kept, rights applied."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from merge_support import full, join, open_copy, receive, reply, state

from tpdesk.models import (
    Activity,
    Commitment,
    Note,
    Organisation,
    Partnership,
    Store,
    merge,
    replicas,
)
from tpdesk.models.records import FundingLine
from tpdesk.models.vocab import CommitmentStatus


@pytest.fixture
def copies(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    sec = open_copy(tmp_path, "secretariat")
    tn = sec.save(Partnership(country_code="TN", title="EU-Tunisia"))
    giz = sec.save(Organisation(name="GIZ"))
    sec.save(Activity(partnership_id=tn.id, title="Bootcamp", description="ICT training",
                      funding=[FundingLine(amount_cents=100, funder_id=giz.id)]))
    sec.save(Commitment(partnership_id=tn.id, text="Open a desk", actor_ids=[giz.id]))
    replicas.set_delegate_rights(sec, ("*",))
    peer = open_copy(tmp_path, "peer")
    join(peer, sec)
    yield sec, peer
    sec.close()
    peer.close()


def _activity(store: Store) -> Activity:
    return store.list(Activity)[0]


def _sync(a: Store, b: Store) -> None:
    """Each sends the other what it lacks, by the vector it reports."""
    receive(b, reply(a, replicas.vector(b)))
    receive(a, reply(b, replicas.vector(a)))


def test_a_new_copy_gets_the_register(copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    assert state(peer) == state(sec)
    assert peer.meta("register_id") == sec.meta("register_id")
    assert replicas.identity(peer).secretariat == sec.replica_id


def test_edits_of_different_fields_both_survive(copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    sec.save(dataclasses.replace(_activity(sec), title="Bootcamp 2"))
    peer.save(dataclasses.replace(_activity(peer), description="Now with German"))
    _sync(sec, peer)
    assert state(sec) == state(peer)
    assert (_activity(sec).title, _activity(sec).description) == ("Bootcamp 2", "Now with German")
    assert merge.conflicts(sec) == []


def test_edits_of_different_funding_lines_both_survive(copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    mine = _activity(sec)
    sec.save(dataclasses.replace(mine, funding=[dataclasses.replace(mine.funding[0],
                                                                    amount_cents=200)]))
    theirs = _activity(peer)
    peer.save(dataclasses.replace(theirs, funding=[*theirs.funding,
                                                   FundingLine(amount_cents=7)]))
    _sync(sec, peer)
    assert sorted(f.amount_cents for f in _activity(sec).funding) == [7, 200]
    assert state(sec) == state(peer)


def test_concurrent_edits_of_one_field_are_a_conflict_on_both_sides(
        copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    sec.save(dataclasses.replace(_activity(sec), title="From the secretariat"))
    peer.save(dataclasses.replace(_activity(peer), title="From the peer"))
    _sync(sec, peer)
    assert state(sec) == state(peer)
    (conflict,) = merge.conflicts(sec)
    assert merge.conflicts(peer) == [conflict]
    assert {conflict.kept, conflict.lost} == {"From the secretariat", "From the peer"}
    assert _activity(sec).title == conflict.kept  # the later stamp won


def test_an_edit_after_seeing_the_other_is_no_conflict(copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    sec.save(dataclasses.replace(_activity(sec), title="First"))
    _sync(sec, peer)
    peer.save(dataclasses.replace(_activity(peer), title="Second"))
    _sync(sec, peer)
    assert _activity(sec).title == "Second" and merge.conflicts(sec) == []


def test_merging_twice_changes_nothing(copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    peer.save(dataclasses.replace(_activity(peer), title="Once"))
    message = reply(peer, replicas.vector(sec))
    receive(sec, message)
    count = sec.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    again = receive(sec, message)
    assert again.empty
    assert sec.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == count


def test_a_delete_of_a_record_edited_meanwhile_is_a_conflict(
        copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    sec.save(dataclasses.replace(_activity(sec), description="Edited here"))
    peer.delete(_activity(peer))
    _sync(sec, peer)
    assert state(sec) == state(peer)
    (conflict,) = merge.conflicts(sec)
    assert conflict.field == "deleted" and conflict.lost == {"edited": ["description"]}
    assert merge.conflicts(peer) == [conflict]
    merge.resolve(sec, conflict.id, None)  # keep the record
    _sync(sec, peer)
    assert _activity(peer).description == "Edited here"
    assert not merge.conflicts(peer, include_resolved=False)


def test_a_resolution_travels(copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    sec.save(dataclasses.replace(_activity(sec), title="A"))
    peer.save(dataclasses.replace(_activity(peer), title="B"))
    _sync(sec, peer)
    (conflict,) = merge.conflicts(sec)
    merge.resolve(sec, conflict.id, "A and B")
    _sync(sec, peer)
    assert _activity(peer).title == "A and B"
    assert merge.conflicts(peer)[0].resolution == "A and B"
    assert state(sec) == state(peer)


def test_a_delegate_changes_notes_and_progress_but_proposes_the_rest(
        tmp_path: Path, copies: tuple[Store, Store]) -> None:
    sec, _ = copies
    replicas.set_delegate_rights(sec, replicas.DEFAULT_DELEGATE_RIGHTS)
    delegate = open_copy(tmp_path, "delegate")
    join(delegate, sec)
    commitment = delegate.list(Commitment)[0]
    delegate.add_progress(commitment.id, status=CommitmentStatus.IN_PROGRESS, note="Desk open")
    delegate.save(Note(target_kind="commitment", target_id=commitment.id, text="Ask Rome"))
    delegate.save(dataclasses.replace(_activity(delegate), title="Renamed by a delegate"))
    planned = receive(sec, reply(delegate, replicas.vector(sec)))
    assert [u.note for u in sec.list(Commitment)[0].updates] == ["Desk open"]
    assert [n.text for n in sec.list(Note)] == ["Ask Rome"]
    assert _activity(sec).title == "Bootcamp"
    proposals = {(c.field, c.lost) for c in planned.conflicts if c.kind == "proposal"}
    assert proposals == {("title", "Renamed by a delegate"), ("status", "in_progress")}
    title = next(c for c in planned.conflicts if c.field == "title")
    merge.resolve(sec, title.id, title.lost)  # accepted
    assert _activity(sec).title == "Renamed by a delegate"
    status = next(c for c in planned.conflicts if c.field == "status")
    merge.resolve(sec, status.id, status.kept)  # rejected: the secretariat's value wins again
    receive(delegate, full(sec))
    assert delegate.list(Commitment)[0].status == sec.list(Commitment)[0].status
    delegate.close()


def test_a_reply_made_on_an_old_copy_says_how_far_behind(copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    sec.save(dataclasses.replace(_activity(sec), title="Newer"))
    sec.save(dataclasses.replace(_activity(sec), description="Newer still"))
    peer.save(dataclasses.replace(_activity(peer), status="implementation"))
    planned = receive(sec, reply(peer, replicas.vector(sec)))
    assert planned.behind == 2


def test_a_merge_is_one_transaction_in_the_history(copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    peer.save(dataclasses.replace(_activity(peer), title="Merged title"))
    receive(sec, reply(peer, replicas.vector(sec)), name="reply.tpx")
    (change,) = [c for c in sec.history_of(_activity(sec).id) if c.field == "title"]
    assert change.source == "merge:reply.tpx" and change.who == "peer"


def test_a_merge_is_undone_as_a_whole_and_the_undo_travels(copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    peer.save(dataclasses.replace(_activity(peer), title="Merged title"))
    peer.save(Note(target_kind="activity", target_id=_activity(peer).id, text="A note"))
    message = reply(peer, replicas.vector(sec))
    planned = merge.plan(sec, message.changes, message.conflicts, sender=message.sender,
                         sender_vector=message.vector)
    written = merge.apply(sec, planned, source="merge:f")
    merge.put_back(sec, [(r.cls, r.record_id, r.old) for r in written], source="undo merge:f")
    assert _activity(sec).title == "Bootcamp" and sec.list(Note) == []
    _sync(sec, peer)
    assert _activity(peer).title == "Bootcamp" and state(sec) == state(peer)


def test_a_file_referring_to_records_this_copy_lacks_merges_nothing(
        copies: tuple[Store, Store]) -> None:
    from merge_support import Message

    from tpdesk.models import UserError

    sec, peer = copies
    org = peer.save(Organisation(name="ILO"))
    mine = _activity(peer)
    peer.save(dataclasses.replace(mine, title="Funded by ILO", funding=[
        *mine.funding, FundingLine(amount_cents=5, funder_id=org.id)]))
    message = reply(peer, replicas.vector(sec))
    without_org = Message(message.sender, [c for c in message.changes if c.id != org.id],
                          message.conflicts, message.vector)
    with pytest.raises(UserError, match="refers to records this copy does not hold"):
        receive(sec, without_org)
    assert _activity(sec).title == "Bootcamp"


# -- emptying the trash: tombstones stay until every contact has the deletion ----------

def _knows(sec: Store, peer: Store) -> None:
    """`sec` trusts `peer` and has a file from it: it knows what the peer's copy holds."""
    if replicas.contact_by_replica(sec, peer.replica_id) is None:
        replicas.add_contact(sec, replicas.Contact("F" * 40, peer.replica_id, "peer", "k", "a",
                                                   {}))
    replicas.note_seen(sec, peer.replica_id, replicas.vector(peer))


def test_the_trash_keeps_a_tombstone_a_contact_has_not_seen(
        copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    _knows(sec, peer)
    sec.delete(_activity(sec))
    emptied = replicas.empty_trash(sec)
    assert (emptied.removed, emptied.kept, emptied.waiting_for) == (0, 1, ("peer",))
    assert [r.KIND for r in sec.trash()] == ["activity"]
    receive(peer, reply(sec, replicas.vector(peer)))
    _knows(sec, peer)  # the peer's next file shows that it has the deletion
    emptied = replicas.empty_trash(sec)
    assert (emptied.removed, emptied.kept, emptied.waiting_for) == (1, 0, ())
    assert sec.trash() == [] and _activity_rows(sec) == 0


def test_a_stale_file_cannot_bring_a_purged_record_back(copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    peer.save(dataclasses.replace(_activity(peer), description="Edited on the laptop"))
    stale = reply(peer, replicas.vector(sec))
    receive(sec, stale)
    sec.delete(_activity(sec))
    receive(peer, reply(sec, replicas.vector(peer)))
    _knows(sec, peer)
    assert replicas.empty_trash(sec).removed == 1
    before = state(sec)
    receive(sec, stale, name="the old file again")
    assert state(sec) == before and _activity_rows(sec) == 0
    assert merge.conflicts(sec) == []


def test_an_edit_made_after_a_restore_elsewhere_is_listed_not_revived(
        copies: tuple[Store, Store]) -> None:
    sec, peer = copies
    sec.delete(_activity(sec))
    receive(peer, reply(sec, replicas.vector(peer)))
    _knows(sec, peer)
    replicas.empty_trash(sec)
    restored = peer.restore(Activity, _activity_id(peer))
    peer.save(dataclasses.replace(restored, title="Bootcamp, restored"))
    receive(sec, reply(peer, replicas.vector(sec)))
    assert _activity_rows(sec) == 0
    (conflict,) = merge.conflicts(sec)
    assert conflict.field == "deleted" and conflict.record_id == restored.id
    assert "title" in conflict.lost["edited"]


def _activity_id(store: Store) -> str:
    return str(store.db.execute("SELECT id FROM activity").fetchone()[0])


def _activity_rows(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM activity").fetchone()[0])


def test_a_merge_writes_only_the_columns_and_rows_it_changes(
        copies: tuple[Store, Store]) -> None:
    """The same status from both sides is not written again (nor the filter row rebuilt)."""
    sec, peer = copies
    for store, note in ((sec, "from Brussels"), (peer, "from Tunis")):
        store.add_progress(store.list(Commitment)[0].id, status=CommitmentStatus.IN_PROGRESS,
                           note=note)
    filter_row = sec.db.execute("SELECT n FROM commitment_filter").fetchall()
    statements: list[str] = []
    sec.db.conn.set_trace_callback(statements.append)
    try:
        receive(sec, reply(peer, replicas.vector(sec)))
    finally:
        sec.db.conn.set_trace_callback(None)
    updates = [s for s in statements if s.startswith("UPDATE commitment SET")]
    assert updates and not any("status" in s or "deleted_at" in s for s in updates)
    assert sec.db.execute("SELECT n FROM commitment_filter").fetchall() == filter_row
    assert {u.note for u in sec.list(Commitment)[0].updates} == {"from Brussels", "from Tunis"}
    assert state(sec) != state(peer)
    receive(peer, reply(sec, replicas.vector(peer)))
    assert state(sec) == state(peer)
