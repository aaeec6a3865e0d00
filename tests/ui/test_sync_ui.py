"""Sync in the app without a server to reach: the indicator, Ctrl+Shift+S, close, Preferences."""

from __future__ import annotations

import dataclasses
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication

from tpdesk.models import Activity, Partnership, Store
from tpdesk.models import servers as server_rows
from tpdesk.models.servers import ServerState
from tpdesk.services import StoreFactory
from tpdesk.services.sync import SyncStatus
from tpdesk.services.sync_http import SyncError
from tpdesk.ui import sync_status
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.sync_status import LONG_PULL, SyncIndicator


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    path = tmp_path / "laptop.db"
    with StoreFactory(path, user="Marco").creating()() as store:
        tn = store.save(Partnership(country_code="TN", title="EU-Tunisia"))
        store.save(Activity(partnership_id=tn.id, title="Bootcamp"))
    return path


def _sign_in(path: Path, url: str) -> None:
    with StoreFactory(path)() as store:
        server_rows.sign_in(store, ServerState(url, "cred-123", "rome", "delegation", "IT"))


@pytest.fixture
def window(qtbot, tmp_path: Path, laptop: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, factory=StoreFactory(laptop, user="Marco"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_indicator_says_each_state(qtbot) -> None:
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    url = "https://sync.example.eu"
    indicator.show_state(SyncStatus(None), problem=None)
    assert indicator.isHidden()
    cases = [
        (SyncStatus(url, "rome", "delegation", synced_at="2026-12-03T10:15:00.000Z"), None,
         "Synced", "Last synced 2026-12-03 10:15 UTC"),
        (SyncStatus(url, "rome", "delegation", waiting=1), None, "1 change waiting",
         "Not synced yet"),
        (SyncStatus(url, "rome", "delegation", waiting=1200, conflicts=2),
         SyncError("sync.example.eu: server unreachable (connection refused)", offline=True),
         "Offline · 1,200 changes waiting · 2 conflicts", "connection refused"),
        (SyncStatus(url, "rome", "delegation", conflicts=1),
         SyncError("sync.example.eu: 401: the server refused this copy's sign-in"),
         "Sync failed · 1 conflict", "401"),
    ]
    for status, problem, text, tip in cases:
        indicator.show_state(status, problem=problem)
        assert not indicator.isHidden()
        assert indicator.text == text
        assert tip in indicator.button.toolTip()
        assert "signed in as rome (delegation)" in indicator.button.toolTip()
    indicator.show_progress(300, 1000)
    assert (indicator.text, indicator.bar.isHidden()) == ("Syncing… 300 of 1,000", True)
    indicator.show_progress(3000, LONG_PULL)  # a long first pull: a bar too
    assert (indicator.bar.isHidden(), indicator.bar.value(), indicator.bar.maximum()) == (
        False, 3000, LONG_PULL)


def test_ctrl_shift_s_syncs_in_the_background_and_says_offline(qtbot, window: MainWindow,
                                                                laptop: Path) -> None:
    port = _closed_port()
    _sign_in(laptop, f"http://127.0.0.1:{port}")
    assert window.open_database(laptop)
    indicator = window.sync_indicator
    assert indicator.text == "2 changes waiting"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.sync.job is None and indicator.text.startswith("Offline"),
                    timeout=5000)
    assert indicator.text == "Offline · 2 changes waiting"
    assert (f"127.0.0.1:{port}: server unreachable (connection refused); nothing changed"
            in indicator.button.toolTip())
    assert window.session.store.count(Activity) == 1  # the copy works on


def test_without_a_server_sync_says_where_to_sign_in(qtbot, window: MainWindow,
                                                     laptop: Path) -> None:
    assert window.open_database(laptop)
    assert window.sync_indicator.isHidden()
    window.sync_action.trigger()
    assert window.sync.job is None
    assert "sign in under Edit › Preferences › Server" in window.statusBar().currentMessage()


def test_closing_waits_a_bounded_time_for_an_unanswering_server(qtbot, window: MainWindow,
                                                                laptop: Path,
                                                                monkeypatch) -> None:
    monkeypatch.setattr(sync_status, "CLOSE_WAIT_SECONDS", 0.5)
    with socket.socket() as silent:  # accepts, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        _sign_in(laptop, f"http://127.0.0.1:{silent.getsockname()[1]}")
        assert window.open_database(laptop)
        started = time.monotonic()
        window.close()
        assert time.monotonic() - started < 3
        assert window.session is None


def test_preferences_sign_in_failure_is_one_line(qtbot, window: MainWindow,
                                                 laptop: Path) -> None:
    assert window.open_database(laptop)
    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if hasattr(p, "sign_in_button"))
    assert page.who.text().startswith("Not signed in")
    assert not page.sign_out_button.isEnabled()
    port = _closed_port()
    page.address.setText(f"http://127.0.0.1:{port}")
    page.token.setText("tok-123")
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: "unreachable" in page.message.text(), timeout=5000)
    assert page.message.text() == f"127.0.0.1:{port}: server unreachable (connection refused)"
    assert window.sync_indicator.isHidden()


def test_against_a_server_ctrl_shift_s_syncs_and_its_conflict_shows(
        qtbot, window: MainWindow, laptop: Path, tmp_path: Path, live_server) -> None:
    from server_support import add_user

    from tpdesk.services import sync
    from tpdesk.ui.conflicts_view import ConflictsView

    sync.sync(StoreFactory(laptop, user="Marco"), url=live_server.url,
              token=add_user(live_server.database, "marco", "secretariat"))
    other = StoreFactory(tmp_path / "other.db", user="Anna").creating()
    sync.sync(other, url=live_server.url, token=add_user(live_server.database, "anna",
                                                         "secretariat"))
    assert window.open_database(laptop)
    assert window.sync_indicator.text == "Synced"
    with other() as store:  # an edit on another laptop, synced first
        activity = store.list(Activity)[0]
        store.save(dataclasses.replace(activity, title="From Brussels"))
    sync.sync(other)
    activity = window.session.store.list(Activity)[0]
    window.session.save(dataclasses.replace(activity, title="From Rome"))
    assert window.sync_indicator.text == "1 change waiting"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.sync.job is None
                    and "conflict" in window.sync_indicator.text, timeout=10000)
    assert window.sync_indicator.text == "1 conflict"
    assert "pushed 1, pulled 0, conflicts 1" in window.statusBar().currentMessage()
    assert window.conflict_badge.isVisible()
    view = ConflictsView(window.session.stores)
    qtbot.addWidget(view)
    assert view.tree.topLevelItemCount() == 1
    item = view.tree.topLevelItem(0)
    assert (item.text(0), {item.text(2), item.text(3)}) == (
        "Activity 'From Rome': title", {"From Rome", "From Brussels"})


def test_preferences_sign_in_and_out_against_a_server(qtbot, window: MainWindow, tmp_path: Path,
                                                      live_server) -> None:
    from server_support import add_user

    from tpdesk.services import sync

    sec = StoreFactory(tmp_path / "sec.db", user="Anna").creating()
    with sec() as store:
        store.save(Partnership(country_code="MA", title="EU-Morocco"))
    sync.sync(sec, url=live_server.url, token=add_user(live_server.database, "anna",
                                                       "secretariat"))
    fresh = tmp_path / "fresh.db"
    Store(fresh).close()  # a new, empty copy
    assert window.open_database(fresh)
    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if hasattr(p, "sign_in_button"))
    page.address.setText(live_server.url)
    page.token.setText(add_user(live_server.database, "rome", "delegation", "IT", ("MA",)))
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: page.who.text().startswith("Signed in"), timeout=10000)
    assert page.who.text() == f"Signed in as rome (delegation) at {live_server.url}."
    assert page.token.text() == "" and page.sign_out_button.isEnabled()
    qtbot.waitUntil(lambda: window.sync.job is None and window.sync_indicator.text == "Synced",
                    timeout=10000)  # signing in syncs: the fresh copy joined and pulled
    assert [p.title for p in window.session.store.list(Partnership)] == ["EU-Morocco"]
    page.sign_out_button.click()
    assert page.who.text().startswith("Not signed in")
    assert window.sync_indicator.isHidden()


def test_preferences_sign_in_with_user_name_and_password(qtbot, window: MainWindow,
                                                         tmp_path: Path, live_server) -> None:
    import psycopg
    from server_support import add_user

    from tpdesk.server import accounts
    from tpdesk.services import sync

    sec = StoreFactory(tmp_path / "sec.db", user="Anna").creating()
    sync.sync(sec, url=live_server.url, token=add_user(live_server.database, "anna",
                                                       "secretariat"))
    add_user(live_server.database, "rome", "reader")
    with psycopg.connect(live_server.database) as conn:
        accounts.set_password(conn, "rome", "a long enough password")
    fresh = tmp_path / "fresh.db"
    Store(fresh).close()
    assert window.open_database(fresh)
    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if hasattr(p, "sign_in_button"))
    page.address.setText(live_server.url)
    page.user.setText("rome")
    page.password.setText("a long enough password")
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: page.who.text().startswith("Signed in"), timeout=10000)
    assert page.who.text() == f"Signed in as rome (reader) at {live_server.url}."
    assert page.password.text() == ""
