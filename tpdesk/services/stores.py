"""Where a use case gets its Store: one factory decides the file, the user and today.

Use cases take a `Stores` (a callable returning a context manager that
yields an open Store), never a path or an open connection of their own
choosing. The command line and the app each build one `StoreFactory`; a
worker thread opens its own connection through it (SQLite connections stay
on the thread that opened them), while code on the GUI thread lends the
session's open store with `lend`, so a quick read does not reopen the file.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from ..models.errors import UserError
from ..models.keys import DataKey
from ..models.l10n import translate
from ..models.store import Store

Stores = Callable[[], AbstractContextManager[Store]]
Progress = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """The progress callback of a caller that shows none (the command line)."""


def default_user() -> str:
    """Who writes, for the change history, when no name was given: $TPDESK_USER, else the login."""
    return chosen_user() or login_name()


def chosen_user() -> str:
    """The name given for this run ($TPDESK_USER), else '' (the copy's identity decides)."""
    return " ".join(os.environ.get("TPDESK_USER", "").split())


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True)
class StoreFactory:
    """Opens the one database of this run, as one user, with one idea of today.

    `key` is the unlocked data key of an encrypted database (None: a plain one);
    locking wipes it, and every later open then fails with a one-line error.
    """

    path: Path
    user: str = field(default_factory=chosen_user)  # '': the copy's person, else the login
    today: Callable[[], date] = date.today
    readonly: bool = False
    key: DataKey | None = None
    create: bool = False  # a use case that may start a new copy (a delegate's first pack)

    def creating(self) -> StoreFactory:
        """The same, creating the database file if there is none yet."""
        return replace(self, create=True)

    def at(self, path: str | os.PathLike[str], *, key: DataKey | None = None) -> StoreFactory:
        """The same user and clock on another database file (with its own key, if any)."""
        return replace(self, path=Path(path), key=key)

    def reading(self) -> StoreFactory:
        """The same file opened for reading only: what opens it can change nothing in it."""
        return replace(self, readonly=True)

    def open(self, *, create: bool = False) -> Store:
        """A new connection; the caller closes it."""
        return Store(self.path, user=self.user, today=self.today, create=create,
                     readonly=self.readonly, key=self.key, fallback_user=login_name())

    @contextlib.contextmanager
    def __call__(self) -> Iterator[Store]:
        with self.open(create=self.create) as store, store.translating():
            yield store


def lend(store: Store) -> Stores:
    """An open store as a `Stores` that leaves it open: for use on its own thread only."""

    @contextlib.contextmanager
    def borrowed() -> Iterator[Store]:
        yield store

    return borrowed


def scratch_beside(beside: Path, prefix: str) -> Path:
    """An empty file only the user can read, in the folder of `beside` (so a rename is atomic)."""
    try:
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=".db", dir=beside.parent)
    except OSError as exc:
        raise UserError(translate("Core",
            "{beside}: the folder cannot be written to ({reason})").format(
            beside=beside, reason=exc.strerror or exc)) from exc
    os.close(fd)
    return Path(name)
