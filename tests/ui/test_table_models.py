"""Table models over a real store: Qt's model contract, lazy pages, filters, states."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from tpdesk.models import Activity, Filters, Store
from tpdesk.models.vocab import ActivityCategory, CommitmentState, CommitmentStatus
from tpdesk.ui.table_models import (
    PAGE,
    STATE_COLOURS,
    WINDOW_PAGES,
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


def test_every_row_is_counted_and_a_window_is_loaded(store: Store, seed) -> None:
    store.save_many([dataclasses.replace(seed.pilot, id=f"bulk-{i:04}", title=f"Pilot {i:04}",
                                         funding=[], created_at="", updated_at="")
                     for i in range(PAGE * 6 + 5)])
    model = ActivitiesTableModel(store)
    title = [c.title for c in model.COLUMNS].index("Title")
    model.sort(title, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == model.total() == PAGE * 6 + 7  # the scroll bar's true length
    last = model.rowCount() - 1
    assert model.data(model.index(last, title)) == "Recruitment pilot for builders"
    assert model.data(model.index(last - 1, title)) == f"Pilot {PAGE * 6 + 4:04}"
    assert len(model._rows) <= WINDOW_PAGES * PAGE  # a jump to the end read one page
    for row in range(0, last, 37):  # scrolling down the whole list keeps the window bounded
        assert model.data(model.index(row, title)) == (
            "Coding bootcamp for young graduates" if row == 0 else f"Pilot {row - 1:04}")
        assert len(model._rows) <= WINDOW_PAGES * PAGE
    assert model.row_of("bulk-0003") == 4
    assert model.record(4).id == "bulk-0003"
    assert [r.id for r in model.records([9, 3, 4, last])] == [
        "bulk-0008", "bulk-0002", "bulk-0003", seed.pilot.id]


def test_every_column_sorts_in_the_store(store: Store, seed) -> None:
    for model_cls in MODELS:
        model = model_cls(store)
        for column in range(model.columnCount()):
            model.sort(column, Qt.SortOrder.AscendingOrder)
            up = [model.record(r).id for r in range(model.rowCount())]
            model.sort(column, Qt.SortOrder.DescendingOrder)
            down = [model.record(r).id for r in range(model.rowCount())]
            shown = {r.id: model_cls.COLUMNS[column].value(r, model._lookup)
                     for r in (store.get(model_cls.KIND, i) for i in up)}
            filled_up = [i for i in up if shown[i] not in ("", None)]
            filled_down = [i for i in down if shown[i] not in ("", None)]
            assert up[:len(filled_up)] == filled_up  # blanks last, whichever way
            values = [shown[i] for i in filled_up]
            if len(set(values)) == len(values):  # distinct values: a strict order
                assert filled_down == filled_up[::-1], (model_cls.__name__, column)


def test_activities_sort_by_funding_as_shown(store: Store, seed) -> None:
    model = ActivitiesTableModel(store)
    funding = [c.title for c in model.COLUMNS].index("Funding")
    model.sort(funding, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, funding)) for r in range(2)] == [
        "EUR\u00a01,200,000", "EUR\u00a050,000"]


def test_sorting_goes_to_the_store(store: Store, seed) -> None:
    model = ActivitiesTableModel(store)
    title = [c.title for c in model.COLUMNS].index("Title")
    model.sort(title, Qt.SortOrder.AscendingOrder)
    ascending = [model.record(r).title for r in range(model.rowCount())]
    model.sort(title, Qt.SortOrder.DescendingOrder)
    assert [model.record(r).title for r in range(model.rowCount())] == ascending[::-1]
    assert ascending == sorted(ascending)
    assert isinstance(model.record(0), Activity)


def test_looking_for_a_hidden_record_reads_no_pages(store: Store, seed) -> None:
    store.save_many([dataclasses.replace(seed.pilot, id=f"many-{i:04}", title=f"Pilot {i:04}",
                                         funding=[], created_at="", updated_at="")
                     for i in range(PAGE * 3)])
    model = ActivitiesTableModel(store)
    assert model.row_of("no-such-record") is None
    assert len(model._rows) == PAGE  # not the whole register
