"""Fixtures for the workbook tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from xlsx_helpers import export

from tpdesk.models import Store


@pytest.fixture
def exported(store: Store, seed: Any, tmp_path: Path) -> Path:
    return export(store, tmp_path / "register.xlsx")
