"""Use cases that look after the database file: demo data, backups, the integrity report."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..models import files
from ..models.check import Problem, check
from .stores import Progress, StoreFactory, Stores, no_progress

if TYPE_CHECKING:
    from ..models.demo import DemoReport


def load_demo_data(factory: StoreFactory, *, scale: int | None = None) -> DemoReport:
    """The demo register (once), or `scale` more synthetic activities; creates the file.

    The demo data is a large module: loaded here, not when the command line starts.
    """
    from ..models.demo import load_demo, load_synthetic

    with factory.open(create=True) as store:
        return load_synthetic(store, scale) if scale else load_demo(store)


def back_up(stores: Stores, target: str | os.PathLike[str], *,
            progress: Progress = no_progress) -> Path:
    """A consistent copy of the database, written beside `target` and renamed into place."""
    with stores() as store:
        return store.backup(target, progress=progress)


def newest_backup(database: Path) -> Path | None:
    """The most recent backup kept of the database, to offer when it cannot be opened."""
    found = files.backups_of(database)
    return found[0] if found else None


def open_backup_copy(backup: Path, database: Path) -> Path:
    """A copy of the backup beside the database, for the app to open instead of the damaged
    file; neither the backup nor the damaged file is changed."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return files.working_copy(backup, database, stamp=stamp)


def check_database(stores: Stores) -> tuple[list[Problem], int]:
    """Every problem found, and how many live records were looked at.

    Given a `StoreFactory`, it opens the file read-only: a check never changes it.
    """
    if isinstance(stores, StoreFactory):
        stores = stores.reading()
    with stores() as store:
        return check(store)
