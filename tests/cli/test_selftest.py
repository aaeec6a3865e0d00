"""`tpdesk self-test` from source: the same check the frozen bundle runs in scripts/build.sh."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tpdesk.selftest import Context, Step, run


def test_self_test_passes_and_reports_each_step(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "TPDESK_DB": str(tmp_path / "untouched.db")}
    result = subprocess.run([sys.executable, "-m", "tpdesk", "self-test"], capture_output=True,
                            text=True, timeout=300, check=False, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = json.loads(result.stdout)
    assert summary["ok"] is True
    assert summary["frozen"] is False
    steps = {step["name"]: step for step in summary["steps"]}
    assert list(steps) == ["package", "database", "migrations", "demo data", "encryption",
                           "docx export", "pdf export", "xlsx export", "main window",
                           "translations"]
    for step in steps.values():
        assert set(step) >= {"name", "ok", "seconds", "detail"}
        assert step["ok"] is True, step
    assert steps["encryption"]["detail"].startswith("SQLCipher 4.")
    assert "read back" in steps["docx export"]["detail"]
    assert "read back 8 sheets" in steps["xlsx export"]["detail"]
    assert "fonts embedded; fpdf2 2." in steps["pdf export"]["detail"]
    assert "offscreen" in steps["main window"]["detail"]  # set by the self-test itself
    assert "9 janvier 2027" in steps["translations"]["detail"]  # Babel's French data
    assert "الالتزامات" in steps["translations"]["detail"]
    assert not (tmp_path / "untouched.db").exists()  # the user's database is left alone
    assert not list(tmp_path.rglob("*.conf"))  # and so are the user's settings


def _raise(_ctx: Context) -> str:
    raise RuntimeError("disk on fire")


def test_a_failed_step_fails_the_run(capsys) -> None:
    assert run((Step("fine", lambda ctx: "all good"),)) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True

    assert run((Step("fine", lambda ctx: "all good"), Step("broken", _raise))) == 1
    summary = json.loads(capsys.readouterr().out)
    assert summary["ok"] is False
    broken = summary["steps"][-1]
    assert (broken["ok"], broken["detail"]) == (False, "RuntimeError: disk on fire")
    assert "Traceback" in broken["traceback"]
