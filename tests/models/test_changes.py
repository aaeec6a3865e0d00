"""What an operation changed: the one type the views read to update their rows."""

from __future__ import annotations

from tpdesk.models import Activity, Changes, Commitment, Note, Partnership


def test_changes_name_kinds_and_ids(seed) -> None:
    changes = Changes.of([seed.training, seed.pilot]) | Changes.of([seed.tunisia])
    assert changes.kinds == {"activity", "partnership"}
    assert changes.ids(Activity) == {seed.training.id, seed.pilot.id}
    assert changes.ids("partnership") == {seed.tunisia.id}
    assert changes.touches(Commitment, Partnership)
    assert not changes.touches(Note, Commitment)
    assert changes and not Changes()


def test_everything_touches_every_kind_but_names_no_id() -> None:
    changes = Changes() | Changes.all()
    assert changes.everything and changes.touches(Note)
    assert changes.ids(Note) == frozenset()
