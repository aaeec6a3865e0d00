"""Use cases that look after the database file: demo data, backups, the integrity report."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..models import replicas
from ..models.check import Problem, check
from .backups import copy_key_file
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
        written = store.backup(target, progress=progress)
        if store.key is not None:
            copy_key_file(store.path, written)
    return written


def check_database(stores: Stores) -> tuple[list[Problem], int]:
    """Every problem found, and how many live records were looked at.

    Given a `StoreFactory`, it opens the file read-only: a check never changes it.
    """
    if isinstance(stores, StoreFactory):
        stores = stores.reading()
    with stores() as store:
        return check(store)


def empty_trash(stores: Stores) -> replicas.TrashEmptied:
    """Remove deleted records for good, except those a contact has not learnt were deleted."""
    with stores() as store:
        return replicas.empty_trash(store)
