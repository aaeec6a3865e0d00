"""export.files.write_atomically: a document is flushed to disk before it takes the name."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tpdesk.export import files
from tpdesk.models import UserError


def test_a_full_disk_at_the_flush_keeps_the_old_file_and_no_temporary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Delayed allocation reports a full disk only at the flush (simulated here)."""
    target = tmp_path / "pack.docx"
    target.write_bytes(b"old")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)  # wherever it is called from
    with pytest.raises(UserError, match=f"{target}: cannot write .*space"):
        files.write_atomically(lambda p: p.write_bytes(b"new"), target, reader="Word")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.docx"]


def test_a_document_replaces_the_old_one_whole(tmp_path: Path) -> None:
    target = tmp_path / "pack.docx"
    target.write_bytes(b"old")
    files.write_atomically(lambda p: p.write_bytes(b"new"), target, reader="Word")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.docx"]
