"""Whole input files: a missing file or a folder is one line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tpdesk.export.files import read_input
from tpdesk.models.errors import UserError


def test_read_input_returns_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "request.tpr"
    path.write_bytes(b"\x00abc")
    assert read_input(path, noun="a recovery request") == b"\x00abc"


def test_read_input_names_a_missing_file_or_a_folder(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"missing\.tpr: no such file$"):
        read_input(tmp_path / "missing.tpr", noun="a recovery request")
    with pytest.raises(UserError, match=r"is a folder, not an unlock file$"):
        read_input(tmp_path, noun="an unlock file")
