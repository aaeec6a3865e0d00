"""The dashboard, its charts and the commitments tracker's side panel."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from tpdesk.models import Activity, Commitment, FundingLine, Roundtable, Store, UserError
from tpdesk.models.vocab import CommitmentStatus, Instrument
from tpdesk.ui.charts import BarChart, StackedBar
from tpdesk.ui.dashboard import Dashboard, IdRole, KindRole, days_text
from tpdesk.ui.operations import Session
from tpdesk.ui.table_models import STATE_COLOURS
from tpdesk.ui.tracker import CommitmentPanel

Seed = Any  # tests/conftest.py's Seed; not importable while tests/ is no package
TODAY = date(2026, 11, 26)  # the fixed today of tests/conftest.py


@pytest.fixture
def session(store: Store, qtbot) -> Session:
    return Session(store)


@pytest.fixture
def dashboard(session: Session, seed: Seed, qtbot) -> Dashboard:
    widget = Dashboard(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def figures(dashboard: Dashboard) -> dict[str, str]:
    return {name: figure.value.text() for name, figure in dashboard.figures.items()}


def rows(dashboard: Dashboard) -> list[tuple[str, str]]:
    """(kind, id) of each record row of the attention list, in order."""
    view = dashboard.attention
    found = []
    for i in range(view.topLevelItemCount()):
        item = view.topLevelItem(i)
        if item.data(0, IdRole):
            found.append((item.data(0, KindRole), item.data(0, IdRole)))
    return found


# -- dashboard -------------------------------------------------------------------


def test_key_figures_for_all_partnerships(dashboard: Dashboard) -> None:
    assert figures(dashboard) == {"partnerships": "2", "activities": "2", "commitments": "2",
                                  "funding": "EUR\u00a01.3\u00a0million"}
    assert dashboard.title.text() == "All partnerships"
    assert "26 November 2026" in dashboard.subtitle.text()
    assert dashboard.figures["funding"].value.toolTip() == "EUR\u00a01,250,000"


def test_one_partnership_changes_the_figures(dashboard: Dashboard, seed: Seed, qtbot) -> None:
    def show(partnership_id: str | None) -> None:
        dashboard.set_partnership(partnership_id)
        qtbot.waitUntil(lambda: not dashboard.stale)

    show(seed.morocco.id)
    assert figures(dashboard) == {"partnerships": "1", "activities": "0", "commitments": "0",
                                  "funding": "EUR\u00a00"}
    assert dashboard.title.text() == "EU-Morocco Talent Partnership"
    assert dashboard.funding_chart.is_empty()
    assert dashboard.status_chart.is_empty()
    assert rows(dashboard) == []
    assert "No commitments recorded" in dashboard.status_chart.accessibleDescription()

    show(seed.tunisia.id)
    assert figures(dashboard)["activities"] == "2"
    assert figures(dashboard)["commitments"] == "2"
    show(None)
    assert figures(dashboard)["partnerships"] == "2"


def test_charts_get_the_overview(dashboard: Dashboard) -> None:
    assert dashboard.status_chart.data() == [("Fulfilled", 0), ("In progress", 1),
                                             ("Planned", 1), ("On hold", 0), ("Cancelled", 0)]
    assert dashboard.funding_chart.data() == [("MPF", 1_200_000_00), ("AMIF", 50_000_00)]
    description = dashboard.funding_chart.accessibleDescription()
    assert "MPF: EUR\u00a01.2\u00a0million" in description
    assert "AMIF: EUR\u00a050,000" in description
    assert dashboard.status_chart.accessibleName() == "Commitments by status"
    assert "In progress: 1 (50%)" in dashboard.status_chart.accessibleDescription()


def test_overdue_and_due_soon_are_listed_with_their_dots(dashboard: Dashboard,
                                                         seed: Seed) -> None:
    assert rows(dashboard) == [("commitment", seed.overdue.id), ("commitment", seed.due_soon.id)]
    view = dashboard.attention
    overdue = next(view.topLevelItem(i) for i in range(view.topLevelItemCount())
                   if view.topLevelItem(i).data(0, IdRole) == seed.overdue.id)
    assert overdue.text(4) == "149 days overdue"
    assert overdue.text(1) == "Tunisia"
    assert not overdue.icon(0).isNull()
    assert overdue.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == "Overdue"
    assert "Overdue (1)" in dashboard.attention_card.heading.text()


def test_double_click_opens_the_record(dashboard: Dashboard, seed: Seed, qtbot) -> None:
    view = dashboard.attention
    item = next(view.topLevelItem(i) for i in range(view.topLevelItemCount())
                if view.topLevelItem(i).data(0, IdRole) == seed.overdue.id)
    view.scrollToItem(item)
    centre = view.visualItemRect(item).center()
    with qtbot.waitSignal(dashboard.open_record) as signal:
        # a real double click starts with a press: the view ignores one without it
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args == ["commitment", seed.overdue.id]


def test_next_roundtable_with_days_to_go(dashboard: Dashboard, session: Session,
                                         seed: Seed, qtbot) -> None:
    view = dashboard.roundtables
    assert view.topLevelItem(0).text(0) == "No roundtable planned"
    planned = session.save(Roundtable(partnership_id=seed.tunisia.id, number=2,
                                      date="2026-12-12", place="Brussels"))
    qtbot.waitUntil(lambda: view.topLevelItem(0).data(0, IdRole) == planned.id)
    item = view.topLevelItem(0)
    assert item.text(0) == "12 December 2026"
    assert item.text(1) == "2nd roundtable, Brussels"
    assert item.text(3) == "in 16 days"


def test_refresh_after_a_save(dashboard: Dashboard, session: Session, seed: Seed,
                              qtbot) -> None:
    session.save(Activity(partnership_id=seed.morocco.id, title="Nurses' language training",
                          funding=[FundingLine(instrument=Instrument.ERASMUS,
                                               amount_cents=30_000_000)]))
    qtbot.waitUntil(lambda: figures(dashboard)["activities"] == "3")
    assert figures(dashboard)["funding"] == "EUR\u00a01.6\u00a0million"
    assert ("Erasmus+", 30_000_000) in dashboard.funding_chart.data()

    done = dataclasses.replace(session.store.get(Commitment, seed.overdue.id),
                               status=CommitmentStatus.FULFILLED)
    session.save(done)
    qtbot.waitUntil(lambda: rows(dashboard) == [("commitment", seed.due_soon.id)])
    assert ("Fulfilled", 1) in dashboard.status_chart.data()


def test_hidden_dashboard_refreshes_when_shown(dashboard: Dashboard, session: Session,
                                               seed: Seed, qtbot) -> None:
    dashboard.hide()
    session.delete(session.store.get(Activity, seed.pilot.id))
    qtbot.wait(10)
    assert figures(dashboard)["activities"] == "2"  # not worth a query while hidden
    dashboard.show()
    qtbot.waitUntil(lambda: figures(dashboard)["activities"] == "1")


def test_a_deleted_activity_leaves_the_figures_and_the_funding(dashboard: Dashboard,
                                                              session: Session, seed: Seed,
                                                              qtbot) -> None:
    session.delete(session.store.get(Activity, seed.pilot.id))  # its AMIF line stays stored
    qtbot.waitUntil(lambda: figures(dashboard)["activities"] == "1")
    assert dashboard.funding_chart.data() == [("MPF", 1_200_000_00)]
    assert dashboard.figures["funding"].value.toolTip() == "EUR\u00a01,200,000"
    assert figures(dashboard)["commitments"] == "2"


# -- charts ----------------------------------------------------------------------


@pytest.mark.parametrize("cls", [BarChart, StackedBar])
def test_chart_empty_and_filled(cls: type, qtbot) -> None:
    chart = cls("Things")
    qtbot.addWidget(chart)
    assert chart.is_empty()
    assert chart.accessibleDescription() == "Things: No data."
    chart.set_data([("Apples", 3, QColor("#388e3c")), ("Pears", 1, None)])
    assert chart.data() == [("Apples", 3.0), ("Pears", 1.0)]
    assert "Apples: 3" in chart.accessibleDescription()
    hint = chart.sizeHint()
    assert hint.width() > 0 and hint.height() > chart.fontMetrics().height()
    chart.resize(400, hint.height())
    chart.grab()  # paints without error, empty or not
    chart.set_data([])
    chart.grab()


def test_bar_chart_tooltip_finds_the_row(qtbot) -> None:
    chart = BarChart("Funding")
    qtbot.addWidget(chart)
    chart.set_data([("MPF", 100, None), ("AMIF", 50, None)], lambda v: f"{v:.0f} €")
    chart.resize(400, chart.sizeHint().height())
    second = chart._rows()[1].center().toPoint()
    assert chart._item_at(second) == 1
    assert chart._item_at(QPoint(-5, -5)) is None


def test_formatting_helpers() -> None:
    assert days_text("2026-11-27", TODAY) == "tomorrow"
    assert days_text("2026-11-25", TODAY) == "1 day overdue"
    assert days_text(None, TODAY) == ""


# -- commitment panel ------------------------------------------------------------


@pytest.fixture
def panel(session: Session, qtbot) -> CommitmentPanel:
    widget = CommitmentPanel(session)
    qtbot.addWidget(widget)
    widget.resize(360, 640)
    widget.show()
    return widget


def test_panel_empty_state(panel: CommitmentPanel) -> None:
    assert panel.pages.currentWidget() is panel.placeholder
    assert not panel.details.isEnabled()
    panel.add_update()  # nothing to update: no error, no write
    assert panel.session.undo_stack.count() == 0


def test_panel_shows_the_commitment(panel: CommitmentPanel, seed: Seed) -> None:
    panel.show_commitment(seed.overdue)
    assert panel.pages.currentWidget() is panel.details
    assert panel.text.text() == "Open a job-matching desk in Sfax"
    assert panel.actors.text() == "GIZ, ANETI"
    assert panel.partnership.text() == "Tunisia"
    assert panel.made_at.text() == "1st roundtable, Tunis"
    assert panel.due.text() == "30 June 2026 (149 days overdue)"
    assert panel.dot.colour() == STATE_COLOURS["overdue"]
    assert panel.status.text() == "In progress"
    assert panel.new_status.currentData() == CommitmentStatus.IN_PROGRESS

    panel.show_commitment(seed.due_soon)
    assert panel.dot.colour() == STATE_COLOURS["due_soon"]
    panel.show_commitment(None)
    assert panel.pages.currentWidget() is panel.placeholder


def test_add_update_through_the_widgets_and_undo(panel: CommitmentPanel, seed: Seed,
                                                qtbot) -> None:
    store = panel.session.store
    panel.show_commitment(seed.overdue)
    panel.new_status.setCurrentIndex(panel.new_status.findData(CommitmentStatus.ON_HOLD))
    qtbot.keyClicks(panel.note, "Waiting for the regional office")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    saved = store.get(Commitment, seed.overdue.id)
    assert saved.status is CommitmentStatus.ON_HOLD
    assert [(u.date, u.status, u.note, u.by) for u in saved.updates] == [
        ("2026-11-26", CommitmentStatus.ON_HOLD, "Waiting for the regional office", "tester")]
    assert panel.status.text() == "On hold"
    assert panel.note.text() == ""
    assert panel.history.topLevelItem(0).text(2) == "Waiting for the regional office"
    assert not panel.error.isVisible()

    panel.session.undo_stack.undo()
    restored = store.get(Commitment, seed.overdue.id)
    assert restored.status is CommitmentStatus.IN_PROGRESS
    assert restored.updates == []
    assert panel.status.text() == "In progress"  # the panel follows the undo

    panel.session.undo_stack.redo()
    assert store.get(Commitment, seed.overdue.id).status is CommitmentStatus.ON_HOLD


def test_ctrl_return_adds_and_history_is_newest_first(panel: CommitmentPanel, seed: Seed,
                                                      qtbot) -> None:
    panel.show_commitment(seed.due_soon)
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "Draft sent")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    panel.new_status.setCurrentIndex(panel.new_status.findData(CommitmentStatus.FULFILLED))
    qtbot.keyClicks(panel.note, "Published")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    notes = [panel.history.topLevelItem(i).text(2)
             for i in range(panel.history.topLevelItemCount())]
    assert notes == ["Published", "Draft sent"]
    assert panel.session.store.get(Commitment, seed.due_soon.id).status \
        is CommitmentStatus.FULFILLED


def test_refused_update_shows_one_red_line(panel: CommitmentPanel, seed: Seed,
                                           monkeypatch) -> None:
    panel.show_commitment(seed.overdue)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise UserError("the database is locked by another program")

    monkeypatch.setattr(panel.session.store, "add_progress", refuse)
    panel.note.setText("Will not land")
    panel.add_button.click()
    assert panel.error.isVisible()
    assert panel.error.text() == "the database is locked by another program"
    assert panel.note.text() == "Will not land"  # kept, so the user can try again
    assert panel.session.undo_stack.count() == 0


def test_deleted_commitment_empties_the_panel(panel: CommitmentPanel, seed: Seed) -> None:
    panel.show_commitment(seed.overdue)
    panel.session.delete(panel.session.store.get(Commitment, seed.overdue.id))
    assert panel.pages.currentWidget() is panel.placeholder
