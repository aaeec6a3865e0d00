"""The app and the command line open the same database: --db, then $TPDESK_DB, then the default."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import tpdesk
from PySide6.QtCore import QSettings

from tpdesk.ui.main_window import MainWindow


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """A user of their own: data and settings folders, the app closing once it is filled."""
    return {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "HOME": str(tmp_path), "TPDESK_DB": "", "QT_QPA_PLATFORM": "offscreen",
            "TPDESK_EXIT_WHEN_READY": "1"}


def _rows_shown(result) -> int:
    assert result.returncode == 0, result.stderr
    (ready,) = [line for line in result.stdout.splitlines() if line.startswith("READY")]
    return int(ready.split()[1])


def test_plain_tpdesk_opens_the_database_tpdesk_demo_filled(home, tmp_path: Path) -> None:
    scratch = tmp_path / "scratch.db"
    assert _rows_shown(tpdesk("--db", scratch, env=home)) == 0  # a scratch file, opened last
    assert tpdesk("demo", env=home).returncode == 0
    assert _rows_shown(tpdesk(env=home)) > 0  # the default, as `list` and `demo` use
    listed = tpdesk("list", "partnerships", env=home)
    assert listed.returncode == 0 and "Tunisia" in listed.stdout


def test_tpdesk_db_names_the_database_of_both(home, tmp_path: Path) -> None:
    env = {**home, "TPDESK_DB": str(tmp_path / "named.db")}
    assert tpdesk("demo", env=env).returncode == 0
    assert (tmp_path / "named.db").is_file()
    assert _rows_shown(tpdesk(env=env)) > 0
    assert _rows_shown(tpdesk("--db", tmp_path / "other.db", env=env)) == 0  # --db first


def test_open_recent_lists_the_other_databases(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    assert window.open_database(first)
    assert not window.recent_menu.isEnabled()  # nothing else to offer
    assert window.open_database(second)
    assert [a.text() for a in window.recent_menu.actions()] == [str(first)]
    window.recent_menu.actions()[0].trigger()
    assert window.session.store.path == first
    assert [a.text() for a in window.recent_menu.actions()] == [str(second)]
