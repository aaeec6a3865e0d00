"""Edits, undo and redo update the rows they touch: no reset, the user keeps their place."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tpdesk.models import Activity, Changes, Commitment, Organisation, Partnership, Store
from tpdesk.models.demo import load_demo
from tpdesk.models.vocab import ActivityStatus, Role
from tpdesk.ui.operations import Session
from tpdesk.ui.table_models import ActivitiesTableModel
from tpdesk.ui.views import RecordView


@pytest.fixture
def session(tmp_path: Path, today) -> Iterator[Session]:
    path = tmp_path / "demo.db"
    with Store(path, user="tester", today=lambda: today) as store:
        load_demo(store)
    session = Session(Store(path, user="tester", today=lambda: today))
    yield session
    session.close()


@pytest.fixture
def view(qtbot, session: Session, tmp_path: Path) -> RecordView:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    view = RecordView(ActivitiesTableModel, session.store, settings)
    session.changed.connect(view.apply)
    qtbot.addWidget(view)
    view.resize(900, 260)  # a few rows visible, the rest below the fold
    view.show()
    qtbot.waitExposed(view)
    return view


class Signals:
    """Counts what the model tells its views."""

    def __init__(self, view: RecordView) -> None:
        model = view.model
        self.resets = 0
        self.updated: list[int] = []
        self.removed: list[int] = []
        self.inserted: list[int] = []
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(lambda first, last, *_: self.updated.extend(
            range(first.row(), last.row() + 1)))
        model.rowsRemoved.connect(lambda _p, first, last: self.removed.extend(
            range(first, last + 1)))
        model.rowsInserted.connect(lambda _p, first, last: self.inserted.extend(
            range(first, last + 1)))

    def _reset(self) -> None:
        self.resets += 1


def _scrolled_to(view: RecordView, row: int) -> int:
    view.select(view.model.record(row).id)
    bar = view.table.verticalScrollBar()
    bar.setValue(row - 2)
    return bar.value()


def test_an_edit_updates_its_row_and_keeps_selection_and_scroll(view: RecordView,
                                                                session: Session) -> None:
    assert view.model.rowCount() > 30
    scroll = _scrolled_to(view, 20)
    assert scroll > 0
    record = view.current()
    assert record is not None
    status = next(s for s in ActivityStatus if s is not record.status)
    seen = Signals(view)
    session.save(dataclasses.replace(record, status=status))
    assert (seen.resets, seen.removed, seen.inserted) == (0, [], [])
    assert seen.updated == [20]
    assert view.current().id == record.id and view.current().status is status
    assert view.table.verticalScrollBar().value() == scroll
    assert view.model.data(view.model.index(20, 3)) == status.label


def test_a_record_that_moves_with_the_sort_stays_selected(view: RecordView,
                                                         session: Session) -> None:
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by title
    _scrolled_to(view, 20)
    record = view.current()
    seen = Signals(view)
    session.save(dataclasses.replace(record, title="AAA first " + record.title))
    assert seen.resets == 0 and seen.removed == [20] and seen.inserted == [0]
    assert view.table.currentIndex().row() == 0
    assert view.current().id == record.id
    assert view.table.verticalScrollBar().value() == 0  # scrolled to where it went


def test_delete_then_undo_removes_and_brings_back_one_row(view: RecordView,
                                                          session: Session) -> None:
    rows = view.model.rowCount()
    _scrolled_to(view, 10)
    record = view.model.record(12)
    seen = Signals(view)
    session.delete(record, clear_references=True)  # a pack may name it: cleared in the step
    assert (seen.resets, seen.removed, view.model.rowCount()) == (0, [12], rows - 1)
    assert view.model.total() == rows - 1
    assert view.table.currentIndex().row() == 10  # the selection above is not disturbed
    session.undo_stack.undo()
    assert (seen.resets, seen.inserted, view.model.rowCount()) == (0, [12], rows)
    assert view.model.record(12).id == record.id
    session.undo_stack.redo()
    assert seen.removed == [12, 12]


def test_changes_to_other_kinds_leave_the_table_alone(view: RecordView,
                                                      session: Session) -> None:
    commitment = session.store.list(Commitment)[0]
    seen = Signals(view)
    session.save(dataclasses.replace(commitment, text=commitment.text + " (revised)"))
    assert (seen.resets, seen.updated, seen.removed, seen.inserted) == (0, [], [], [])


def test_a_renamed_organisation_is_renamed_in_every_row(view: RecordView,
                                                        session: Session) -> None:
    row, activity = next(
        (r, a) for r in range(view.model.rowCount())
        if (a := view.model.record(r)).organisations_with(Role.LEAD_MEMBER_STATE))
    lead = session.store.get(Organisation, activity.organisations_with(Role.LEAD_MEMBER_STATE)[0])
    seen = Signals(view)
    session.save(dataclasses.replace(lead, name="Renamed Ministry", short_name="RM"))
    assert seen.resets == 0 and row in seen.updated
    assert "RM" in view.model.data(view.model.index(row, 6))


def test_a_whole_database_change_reads_every_loaded_row(view: RecordView,
                                                        session: Session) -> None:
    first = view.model.record(0)
    extra = session.store.save(Activity(partnership_id=first.partnership_id,
                                        title="Written by an import",
                                        start_date=first.start_date))
    seen = Signals(view)
    session.announce(Changes.all())
    assert seen.resets == 0 and len(seen.inserted) == 1
    assert any(view.model.record(r).id == extra.id for r in range(view.model.rowCount()))
    assert isinstance(view.model.record(seen.inserted[0]), Activity)


def test_a_sector_added_to_a_partnership_is_offered_at_once(view: RecordView,
                                                            session: Session) -> None:
    combo = view.filter_bar.combos["sector"]
    combo.setCurrentIndex(combo.findData(combo.itemData(1)))
    chosen = combo.currentData()
    partnership = session.store.list(Partnership)[0]
    session.save(dataclasses.replace(partnership,
                                     sectors=[*partnership.sectors, "Aquaculture"]))
    assert combo.findData("Aquaculture") > 0
    assert combo.currentData() == chosen  # the user's choice stays
    session.undo_stack.undo()
    assert combo.findData("Aquaculture") == -1
