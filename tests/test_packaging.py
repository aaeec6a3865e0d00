"""The wheel's contents as pyproject.toml declares them: every subpackage, every run-time file.

Read from the declaration rather than from a built wheel, to stay fast; a
wheel built from it was checked by hand to hold the same (see pyproject.toml).
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NOT_SHIPPED = {"translations/glossary.md"}  # for translators, not read at run time


def _setuptools() -> dict[str, Any]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return dict(project["tool"]["setuptools"])


def test_every_tpdesk_subpackage_is_in_the_wheel() -> None:
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "tpdesk").rglob("__init__.py")}
    assert found - set(_setuptools()["packages"]) == set()


def test_every_resource_file_is_in_the_wheel() -> None:
    patterns = _setuptools()["package-data"]["tpdesk.resources"]
    files = {p.relative_to(ROOT / "resources").as_posix()
             for p in (ROOT / "resources").rglob("*") if p.is_file()}
    missing = {f for f in files - NOT_SHIPPED
               if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)}
    assert missing == set()
