"""Sync in the app: the indicator, the timer, Ctrl+Shift+S, close, Preferences, progress."""

from __future__ import annotations

import dataclasses
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication

from tpdesk.models import Activity, InputError, Partnership, Store
from tpdesk.models import servers as server_rows
from tpdesk.models.servers import ServerState
from tpdesk.services import StoreFactory
from tpdesk.services import sync as use_cases
from tpdesk.services.sync import SyncStatus
from tpdesk.services.sync_http import SyncError
from tpdesk.ui import sync_status
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.sync_status import LONG_PULL, SyncController, SyncIndicator

EVERY_MS = 300  # the tests' sync interval (the app's: use_cases.SYNC_MINUTES)


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


@pytest.fixture
def syncs(monkeypatch) -> list[float]:
    """When each sync started (time.monotonic()), however it was started."""
    started: list[float] = []
    real = use_cases.sync

    def counted(*args: object, **kwargs: object) -> use_cases.SyncReport:
        started.append(time.monotonic())
        return real(*args, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(use_cases, "sync", counted)
    return started


@pytest.fixture
def controller(qtbot, monkeypatch) -> Iterator[SyncController]:
    """A controller syncing every EVERY_MS, whose first sync is left to the timer.

    Taken after `live_server`, so that it ends first: no sync is left waiting
    for a server that went away.
    """
    monkeypatch.setattr(sync_status, "FIRST_SYNC_MS", 600_000)
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    controller = SyncController(indicator, indicator, every_ms=EVERY_MS)
    yield controller
    controller.detach()
    qtbot.waitUntil(lambda: controller.job is None, timeout=40_000)


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


def test_a_bad_server_address_is_worded_with_the_apps_label(qtbot, window: MainWindow,
                                                           laptop: Path) -> None:
    """The core names the field (`server`); the app says "Server address", never `--server`."""
    assert window.open_database(laptop)
    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if hasattr(p, "sign_in_button"))
    page.address.setText("ftp://sync.example.eu")
    page.token.setText("tok-123")
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: "HOST" in page.message.text(), timeout=5000)
    assert page.message.text() == ("Server address: 'ftp://sync.example.eu': give the server's"
                                   " address as https://HOST[:PORT]")


def test_the_indicator_words_a_refused_value_with_the_apps_label(
        controller: SyncController) -> None:
    controller._done(None, InputError("server", None, "a sign-in needs the server's address"))
    assert str(controller.problem) == "Server address: a sign-in needs the server's address"


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


def test_the_window_syncs_every_few_minutes_while_a_database_is_open(
        window: MainWindow, laptop: Path) -> None:
    assert window.open_database(laptop)
    timer = window.sync.timer
    assert timer.isActive() and timer.interval() == use_cases.SYNC_MINUTES * 60_000
    window.close()
    assert not timer.isActive()


def test_the_timer_syncs_on_its_interval(qtbot, live_server, controller: SyncController,
                                         laptop: Path, syncs: list[float]) -> None:
    from server_support import add_user

    use_cases.sign_in(StoreFactory(laptop), live_server.url,
                      add_user(live_server.database, "marco", "secretariat"))
    factory = StoreFactory(laptop, user="Marco")
    attached = time.monotonic()
    with qtbot.waitSignal(controller.synced, timeout=15_000) as first:
        controller.attach(factory, factory)
    assert first.args[0].pushed == 2
    assert syncs[0] - attached >= EVERY_MS / 1000 * 0.9  # the timer's (coarse: 5 % early)
    qtbot.waitUntil(lambda: len(syncs) >= 3 and controller.job is None, timeout=15_000)
    assert controller.indicator.text == "Synced" and controller.problem is None
    ticks = (time.monotonic() - attached) / (EVERY_MS / 1000 * 0.9)
    assert len(syncs) <= ticks, (syncs, ticks)  # one a tick at most, never more often


def test_no_server_no_sync_and_none_once_closed(qtbot, controller: SyncController,
                                                 laptop: Path, syncs: list[float]) -> None:
    factory = StoreFactory(laptop, user="Marco")
    controller.attach(factory, factory)  # a copy that syncs with no server
    qtbot.wait(EVERY_MS * 4)
    assert syncs == [] and controller.timer.isActive() and controller.indicator.isHidden()
    _sign_in(laptop, f"http://127.0.0.1:{_closed_port()}")  # a server now: its ticks try
    qtbot.waitUntil(lambda: len(syncs) >= 1 and controller.job is None, timeout=10_000)
    controller.detach()  # closed or locked
    tried = len(syncs)
    qtbot.wait(EVERY_MS * 4)
    assert len(syncs) == tried and not controller.timer.isActive()


def test_a_sync_that_hangs_is_not_joined_by_more(qtbot, controller: SyncController,
                                                 laptop: Path, syncs: list[float]) -> None:
    with socket.socket() as silent:  # accepts, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        _sign_in(laptop, f"http://127.0.0.1:{silent.getsockname()[1]}")
        factory = StoreFactory(laptop, user="Marco")
        controller.attach(factory, factory)
        qtbot.waitUntil(lambda: len(syncs) == 1, timeout=10_000)
        qtbot.wait(EVERY_MS * 4)
        assert len(syncs) == 1 and controller.job is not None
    qtbot.waitUntil(lambda: controller.job is None, timeout=30_000)  # the connection reset
    assert controller.indicator.text.startswith(("Offline", "Sync failed"))


def test_offline_says_why_in_one_line_and_retries_until_back(
        qtbot, controller: SyncController, laptop: Path, server_database: str,
        syncs: list[float]) -> None:
    from server_support import add_user, free_port, start_thread

    port = free_port()
    server = start_thread(server_database, port=port)
    try:
        use_cases.sign_in(StoreFactory(laptop), server.url,
                          add_user(server_database, "marco", "secretariat"))
    finally:
        server.stop()  # offline from now on
    factory = StoreFactory(laptop, user="Marco")
    controller.attach(factory, factory)
    indicator = controller.indicator
    qtbot.waitUntil(lambda: controller.problem is not None and controller.job is None,
                    timeout=10_000)
    problem = f"127.0.0.1:{port}: server unreachable (connection refused); nothing changed"
    assert (str(controller.problem), indicator.text) == (problem, "Offline · 2 changes waiting")
    assert f"{problem}\nTried again every 5 minutes." in indicator.button.toolTip()
    tried = len(syncs)
    qtbot.waitUntil(lambda: len(syncs) >= tried + 2 and controller.job is None,
                    timeout=10_000)  # it tries again, and again
    assert indicator.text == "Offline · 2 changes waiting"
    server = start_thread(server_database, port=port)  # back online
    try:
        with qtbot.waitSignal(controller.synced, timeout=15_000) as synced:
            pass
        assert synced.args[0].pushed == 2
        assert (controller.problem, indicator.text) == (None, "Synced")
    finally:  # no sync left talking to a server going away
        controller.detach()
        qtbot.waitUntil(lambda: controller.job is None, timeout=30_000)
        server.stop()


def test_a_long_first_pull_shows_its_progress(qtbot, live_server, controller: SyncController,
                                              tmp_path: Path, monkeypatch) -> None:
    from server_support import add_user

    sec = StoreFactory(tmp_path / "sec.db", user="Anna").creating()
    with sec() as store:
        tn = store.save(Partnership(country_code="TN", title="EU-Tunisia"))
        for n in range(30):
            store.save(Activity(partnership_id=tn.id, title=f"Workshop {n}"))
    use_cases.sync(sec, url=live_server.url,
                   token=add_user(live_server.database, "anna", "secretariat"))
    monkeypatch.setattr(use_cases, "PAGE", 50)  # several pages of a small register
    monkeypatch.setattr(sync_status, "LONG_PULL", 100)
    fresh = StoreFactory(tmp_path / "fresh.db", user="Marco").creating()
    use_cases.sign_in(fresh, live_server.url,
                      add_user(live_server.database, "marco", "secretariat"))
    indicator = controller.indicator
    shown: list[tuple[str, bool, int, int]] = []
    show_progress = indicator.show_progress

    def seen(done: int, total: int) -> None:  # what the indicator shows after each step
        show_progress(done, total)
        shown.append((indicator.text, indicator.bar.isHidden(), indicator.bar.value(),
                      indicator.bar.maximum()))
    monkeypatch.setattr(indicator, "show_progress", seen)
    controller.attach(fresh, fresh)
    with qtbot.waitSignal(controller.synced, timeout=20_000) as synced:
        assert controller.sync_now()
    assert synced.args[0].pulled == 31 and indicator.text == "Synced"
    assert indicator.bar.isHidden()
    assert shown[0] == ("Syncing…", True, 0, 1)  # before the first page
    pages = shown[1:]
    total = pages[-1][3]
    assert len(pages) >= 4 and total >= 100, shown
    assert [(bar, maximum) for _, bar, _, maximum in pages] == [(False, total)] * len(pages)
    done = [value for _, _, value, _ in pages]
    assert done == sorted(set(done)) and done[-1] == total, shown
    assert [text for text, *_ in pages] == [f"Syncing… {d:,} of {total:,}" for d in done]
