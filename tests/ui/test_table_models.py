"""Table models over a real store: Qt's model contract, lazy pages, filters, states."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tpdesk.models import Activity, Filters, Store
from tpdesk.models.vocab import ActivityCategory, CommitmentState, CommitmentStatus
from tpdesk.ui.table_models import (
    PAGE,
    STATE_COLOURS,
    ActivitiesTableModel,
    CommitmentsTableModel,
    NotesTableModel,
    OrganisationsTableModel,
    RecordRole,
    RoundtablesTableModel,
    StateRole,
)

MODELS = [ActivitiesTableModel, CommitmentsTableModel, RoundtablesTableModel,
          OrganisationsTableModel, NotesTableModel]


@pytest.mark.parametrize("model_cls", MODELS, ids=lambda m: m.__name__)
def test_models_pass_qt_model_tester(qtmodeltester, store: Store, seed, model_cls) -> None:
    model = model_cls(store)
    qtmodeltester.check(model, force_py=True)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_overdue_rows_carry_the_red_state(store: Store, seed) -> None:
    model = CommitmentsTableModel(store)
    states = {model.data(model.index(r, 0), RecordRole).id: model.data(model.index(r, 0),
                                                                        StateRole)
              for r in range(model.rowCount())}
    assert states == {seed.overdue.id: "overdue", seed.due_soon.id: "due_soon"}
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r, 0), RecordRole).id == seed.overdue.id)
    dot = model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole).pixmap(16, 16)
    assert dot.toImage().pixelColor(8, 8).name() == "#d32f2f"
    assert model.data(model.index(row, 2), Qt.ItemDataRole.ForegroundRole).color().name() == \
        "#d32f2f"


def test_a_closed_commitment_past_its_date_is_closed_not_late(store: Store, seed) -> None:
    store.save(dataclasses.replace(seed.overdue, status=CommitmentStatus.FULFILLED))
    model = CommitmentsTableModel(store)
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r, 0), RecordRole).id == seed.overdue.id)
    assert model.data(model.index(row, 0), StateRole) is CommitmentState.CLOSED
    assert model.data(model.index(row, 0), Qt.ItemDataRole.AccessibleDescriptionRole) == "Closed"
    assert model.data(model.index(row, 2), Qt.ItemDataRole.ForegroundRole) is None
    dot = model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole).pixmap(16, 16)
    assert dot.toImage().pixelColor(8, 8) == STATE_COLOURS[CommitmentState.CLOSED]


def test_dates_and_amounts_read_in_the_house_style(store: Store, seed) -> None:
    commitments = CommitmentsTableModel(store)
    assert {commitments.data(commitments.index(r, 0)) for r in range(commitments.rowCount())} \
        == {"30 June 2026", "10 December 2026"}
    activities = ActivitiesTableModel(store)
    row = next(r for r in range(activities.rowCount())
               if activities.record(r).id == seed.training.id)
    shown = [activities.data(activities.index(row, c)) for c in range(activities.columnCount())]
    assert "1 January 2024" in shown and "31 December 2026" in shown
    assert "EUR\u00a01,200,000" in shown


def test_filters_narrow_the_rows(store: Store, seed) -> None:
    model = ActivitiesTableModel(store)
    assert model.rowCount() == 2
    model.set_filters(Filters(category=ActivityCategory.MOBILITY.value))
    assert [model.record(r).id for r in range(model.rowCount())] == [seed.pilot.id]
    model.set_filters(Filters(text="bootcamp"))
    assert [model.record(r).id for r in range(model.rowCount())] == [seed.training.id]
    model.set_filters(Filters(partnership=seed.morocco.id))
    assert model.rowCount() == 0


def test_rows_are_fetched_page_by_page(store: Store, seed) -> None:
    store.save_many([dataclasses.replace(seed.pilot, id=f"bulk-{i:04}", title=f"Pilot {i:04}",
                                         funding=[], created_at="", updated_at="")
                     for i in range(PAGE * 2 + 5)])
    model = ActivitiesTableModel(store)
    assert model.total() == PAGE * 2 + 7
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2
    assert model.row_of("bulk-0404") is not None
    assert model.rowCount() == PAGE * 2 + 7
    assert not model.canFetchMore(QModelIndex())


def test_sorting_goes_to_the_store(store: Store, seed) -> None:
    model = ActivitiesTableModel(store)
    title = [c.title for c in model.COLUMNS].index("Title")
    model.sort(title, Qt.SortOrder.AscendingOrder)
    ascending = [model.record(r).title for r in range(model.rowCount())]
    model.sort(title, Qt.SortOrder.DescendingOrder)
    assert [model.record(r).title for r in range(model.rowCount())] == ascending[::-1]
    assert ascending == sorted(ascending)
    assert isinstance(model.record(0), Activity)


def test_looking_for_a_hidden_record_stops_early(store: Store, seed) -> None:
    store.save_many([dataclasses.replace(seed.pilot, id=f"many-{i:04}", title=f"Pilot {i:04}",
                                         funding=[], created_at="", updated_at="")
                     for i in range(PAGE * 3)])
    model = ActivitiesTableModel(store)
    assert model.row_of("no-such-record", within=PAGE * 2) is None
    assert model.rowCount() == PAGE * 2  # not the whole register
