"""Every view at 1024×600 logical pixels on a 200 % screen: nothing off the window, no text
cut. Each run is its own process (see scaled_fit.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("scaled_fit.py")


def _run(db: Path, *options: str) -> dict:
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(SCRIPT), str(db), *options], env=env,
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_view_fits_a_laptop_at_200_percent(writable_db: Path, language: str) -> None:
    report = _run(writable_db, language)
    assert report["ratio"] == 2 and report["size"] == [1024, 600], report
    assert {view: found for view, found in report["found"].items() if found} == {}


def test_a_view_wider_than_the_window_is_reported(writable_db: Path) -> None:
    report = _run(writable_db, "en", "--plant")
    assert any("'planted'" in line for line in report["found"]["Overview"]), report
