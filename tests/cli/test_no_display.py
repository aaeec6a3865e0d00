"""The desktop app with no display to show it on: one line, as any other error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tpdesk.app import _display_problem


def test_the_app_without_a_display_says_so_in_one_line(demo_db: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "tpdesk", "--db", str(demo_db)], env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1, result.stderr  # not 134, Qt's abort
    assert result.stderr == ("tpdesk: error: no display to open the window on (neither DISPLAY"
                             " nor WAYLAND_DISPLAY is set); run tpdesk in a desktop session,"
                             " or use its commands (tpdesk --help)\n")


@pytest.mark.parametrize(("env", "usable"), [
    ({}, False),
    ({"DISPLAY": ":0"}, True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, True),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, False),
    ({"QT_QPA_PLATFORM": "wayland-egl", "WAYLAND_DISPLAY": "wayland-0"}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, True),
])
def test_which_settings_give_a_display(env: dict[str, str], usable: bool) -> None:
    assert (_display_problem(env, "linux") is None) is usable
    assert _display_problem({}, "win32") is None
