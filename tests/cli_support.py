"""Running the real command line in a subprocess, as scripts outside the repo do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tpdesk.models.connection import sqlite as sqlite3


def tpdesk(*args: str | Path, env: dict[str, str] | None = None,
           cwd: Path | None = None, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tpdesk", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, check=False,
                          env={**os.environ, "TPDESK_USER": "cli-tester", **(env or {})},
                          cwd=cwd)


def one_line_error(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """The one line an error must be: right exit code, no traceback."""
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API, for a test that writes."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target
