"""Import use cases: an edited workbook or an IATI activity file, previewed, then applied.

The preview reads and checks everything and writes nothing; applying it
later reads the register again, so edits made meanwhile are kept, and
writes all of it in one transaction or none (`xlsx_import`, `iati_import`).
The readers (openpyxl, lxml) load on first use: they would add a fifth to the
app's start-up for something done now and then.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from typing import TYPE_CHECKING

from .stores import Progress, Stores, no_progress

if TYPE_CHECKING:
    from .iati_import import ChangeKey, IatiPreview
    from .xlsx_import import ImportPreview, ImportResult, RowKey


def preview_workbook(stores: Stores, path: str | os.PathLike[str], *,
                     allow_duplicates: bool = False,
                     progress: Progress = no_progress) -> ImportPreview:
    """What importing the workbook would do; nothing is written."""
    from .xlsx_import import preview_import

    with stores() as store:
        return preview_import(store, path, allow_duplicates=allow_duplicates,
                              progress=progress)


def apply_workbook(stores: Stores, preview: ImportPreview, *,
                   leave_out: Collection[RowKey] = (),
                   progress: Progress = no_progress) -> ImportResult:
    """Write a preview's changes, less the rows left out: all of them or none."""
    from .xlsx_import import apply_import

    progress(0, 1)
    with stores() as store:
        return apply_import(store, preview, leave_out=leave_out)


def preview_iati_file(stores: Stores, path: str | os.PathLike[str], *,
                      partnership: str | None = None,
                      progress: Progress = no_progress) -> IatiPreview:
    """What importing the IATI activity file would do; nothing is written."""
    from .iati_import import preview_iati

    progress(0, 0)
    with stores() as store:
        return preview_iati(store, path, partnership=partnership, progress=progress)


def apply_iati_file(stores: Stores, preview: IatiPreview, *,
                    leave_out: Collection[ChangeKey] = (),
                    progress: Progress = no_progress) -> ImportResult:
    """Write an IATI preview's changes, less those left out: all of them or none."""
    from .iati_import import apply_iati

    progress(0, 0)
    with stores() as store:
        return apply_iati(store, preview, leave_out=leave_out, progress=progress)
