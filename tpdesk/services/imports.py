"""Import use cases: an edited register workbook back in, previewed, then applied.

The preview reads and checks everything and writes nothing; applying it
later reads the register again, so edits made meanwhile are kept, and
writes all of it in one transaction or none (`xlsx_import`).
"""

from __future__ import annotations

import os
from collections.abc import Collection

from .stores import Progress, Stores, no_progress
from .xlsx_import import ImportPreview, ImportResult, RowKey, apply_import, preview_import


def preview_workbook(stores: Stores, path: str | os.PathLike[str], *,
                     allow_duplicates: bool = False,
                     progress: Progress = no_progress) -> ImportPreview:
    """What importing the workbook would do; nothing is written."""
    with stores() as store:
        return preview_import(store, path, allow_duplicates=allow_duplicates,
                              progress=progress)


def apply_workbook(stores: Stores, preview: ImportPreview, *,
                   leave_out: Collection[RowKey] = (),
                   progress: Progress = no_progress) -> ImportResult:
    """Write a preview's changes, less the rows left out: all of them or none."""
    progress(0, 1)
    with stores() as store:
        return apply_import(store, preview, leave_out=leave_out)
