"""Identity, clock stamps and compare-and-set saves: what the merge stands on."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from tpdesk.models import Activity, Commitment, Store, UserError
from tpdesk.models.cells import cells, record_from_cells
from tpdesk.models.clock import MAX_DRIFT_MS, Clock, Stamp, replica_of
from tpdesk.models.errors import VersionConflictError
from tpdesk.models.records import FundingLine, Indicator

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_v1.db"


def test_the_clock_never_goes_back_and_moves_past_what_it_receives() -> None:
    wall = [1000]
    clock = Clock("a", last=None, physical=lambda: wall[0])
    first = clock.tick()
    wall[0] = 500  # the laptop's clock jumps back
    second = clock.tick()
    assert second > first and second.wall_ms == 1000 and second.counter == 1
    clock.observe(Stamp(9000, 3, "b"))
    assert clock.tick() > Stamp(9000, 3, "b")
    assert Stamp.parse(str(first)) == first
    assert str(Stamp(1, 2, "z")) < str(Stamp(1, 10, "a")) < str(Stamp(2, 0, "a"))


def test_a_stamp_far_in_the_future_is_refused() -> None:
    clock = Clock("a", last=None, physical=lambda: 1_000)
    with pytest.raises(UserError, match="more than a day ahead"):
        clock.observe(Stamp(1_000 + MAX_DRIFT_MS + 1, 0, "b"))


def test_a_copy_has_an_identity_and_writes_stamped_changes(store: Store, seed) -> None:
    assert len(store.replica_id) == 32 and store.meta("register_id")
    edited = store.save(dataclasses.replace(seed.training, title="Renamed"))
    change = store.db.execute("SELECT hlc FROM change_log WHERE record_id = ? AND field ="
                              " 'title'", [edited.id]).fetchone()
    assert Stamp.parse(change[0]).replica == store.replica_id
    row = store.db.execute("SELECT hlc FROM field_clock WHERE record_id = ? AND field ="
                           " 'title'", [edited.id]).fetchone()
    assert row[0] == change[0]


def test_the_person_named_in_the_identity_is_who_writes(tmp_path: Path) -> None:
    """A name given (the app's preference, $TPDESK_USER) first, the copy's person, the login."""
    with Store(tmp_path / "a.db", fallback_user="login") as store:
        assert store.user == "login"
        store.set_meta("person", "Maria Rossi")
    with Store(tmp_path / "a.db", fallback_user="login") as store:
        assert store.user == "Maria Rossi"
    with Store(tmp_path / "a.db", user="Marco Bianchi", fallback_user="login") as store:
        assert store.user == "Marco Bianchi"


def test_a_save_over_a_newer_version_is_a_conflict(store: Store, seed) -> None:
    opened = store.get(Activity, seed.training.id)
    store.save(dataclasses.replace(opened, title="Edited elsewhere"))
    with pytest.raises(VersionConflictError, match="changed by another edit") as caught:
        store.save(dataclasses.replace(opened, title="Mine"),
                   expected_version=opened.row_version)
    assert isinstance(caught.value.current, Activity)
    assert store.get(Activity, seed.training.id).title == "Edited elsewhere"
    current = store.get(Activity, seed.training.id)
    saved = store.save(dataclasses.replace(current, title="Mine"),
                       expected_version=current.row_version)
    assert saved.row_version == current.row_version + 1


def test_parts_keep_their_ids_as_cells(store: Store, seed) -> None:
    line = FundingLine(amount_cents=500)
    activity = store.save(dataclasses.replace(
        seed.training, funding=[line], indicators=[Indicator(name="Placed")]))
    values = cells(activity)
    assert values[f"funding:{line.id}"]["amount_cents"] == 500
    rebuilt = record_from_cells(Activity, activity.id, values, created_at=activity.created_at,
                                updated_at=activity.updated_at,
                                row_version=activity.row_version)
    assert rebuilt == activity
    commitment = store.add_progress(seed.overdue.id, status=seed.overdue.status,
                                    note="Met")
    assert any(k.startswith("updates:") for k in cells(commitment))
    assert record_from_cells(Commitment, commitment.id, cells(commitment),
                             created_at=commitment.created_at,
                             updated_at=commitment.updated_at,
                             row_version=commitment.row_version) == commitment


def test_a_migrated_database_stamps_every_record(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with Store(path) as store:
        unstamped = store.db.execute(
            "SELECT count(*) FROM activity a WHERE NOT EXISTS (SELECT 1 FROM field_clock f"
            " WHERE f.record_id = a.id AND f.field = '*')").fetchone()[0]
        assert store.count(Activity) > 0 and unstamped == 0
        stamp = store.db.execute("SELECT hlc FROM field_clock LIMIT 1").fetchone()[0]
        assert Stamp.parse(stamp).replica == store.replica_id


def test_a_pack_from_a_file_that_knew_no_languages_is_english() -> None:
    """Cells written before `language` existed: the pack reads back in English."""
    from tpdesk.models.records import Pack
    from tpdesk.models.vocab import PackLanguage

    pack = Pack(title="Briefing", meeting_date="2027-01-10", language=PackLanguage.AR)
    values = cells(pack)
    assert values["language"] == "ar"
    older = {k: v for k, v in values.items() if k != "language"}
    rebuilt = record_from_cells(Pack, pack.id, older, created_at="", updated_at="",
                                row_version=0)
    assert rebuilt.language is PackLanguage.EN
    assert record_from_cells(Pack, pack.id, values, created_at="", updated_at="",
                             row_version=0).language is PackLanguage.AR


def test_the_replica_of_a_stamp_is_read_without_parsing_it() -> None:
    for stamp in (Stamp(1733240000123, 0, "a1b2"), Stamp(1, 0xFFFFFF, "with-dashes-0")):
        assert replica_of(str(stamp)) == Stamp.parse(str(stamp)).replica == stamp.replica
