"""Saved searches: the filters of a table kept under a name, listed in the navigator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog

from tpdesk.models import Activity, Commitment, Filters, Store
from tpdesk.models.demo import load_demo
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.navigator import SAVED, KindRole, SearchRole


@pytest.fixture
def window(qtbot, tmp_path: Path, today) -> MainWindow:
    path = tmp_path / "demo.db"
    with Store(path, today=lambda: today) as store:
        load_demo(store)
    win = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    assert win.open_database(path)
    win.show()
    return win


def _saved_items(window: MainWindow) -> list:
    items = []
    for i in range(window.navigator.topLevelItemCount()):
        group = window.navigator.topLevelItem(i)
        items += [group.child(k) for k in range(group.childCount())
                  if group.child(k).data(0, KindRole) == SAVED]
    return items


def test_a_saved_search_comes_back_from_the_navigator(window: MainWindow, monkeypatch) -> None:
    activities = window.view(Activity)
    bar = activities.filter_bar
    bar.combos["instrument"].setCurrentIndex(bar.combos["instrument"].findData("mpf"))
    bar.combos["member_state"].setCurrentIndex(bar.combos["member_state"].findData("IT"))
    wanted = activities.model.total()
    assert wanted > 0
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Italy + MPF", True))
    activities.save_search_button.click()
    overdue = window.view(Commitment)
    overdue.filter_bar.overdue.setChecked(True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("My overdue ones", True))
    overdue.save_search()
    assert [i.text(0) for i in _saved_items(window)] == ["Italy + MPF", "My overdue ones"]

    bar.set_filters(Filters())  # the filters cleared, another tab shown
    window.tabs.setCurrentIndex(0)
    assert activities.model.total() > wanted
    window.navigator.setCurrentItem(_saved_items(window)[0])
    assert window.current_view() is activities
    assert activities.model.total() == wanted
    assert bar.combos["member_state"].currentData() == "IT"
    assert activities.model.filters.instrument == "mpf"

    window.navigator.setCurrentItem(_saved_items(window)[1])
    assert window.current_view() is overdue
    assert overdue.filter_bar.overdue.isChecked()

    window.navigator.delete_search(_saved_items(window)[1].data(0, SearchRole))
    assert [i.text(0) for i in _saved_items(window)] == ["Italy + MPF"]
