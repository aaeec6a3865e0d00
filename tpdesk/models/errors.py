"""The two families of errors.

A `UserError` is something the user can act on (bad input, a file that is
not a database, a locked or full disk): it carries one line for the screen.
Anything else is a bug, and is logged with its traceback by the caller
(`tpdesk.logs.log_bug`).

SQLite's errors are sorted into the two by `sqlite_errors`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .l10n import translate


def chain(exc: BaseException) -> list[BaseException]:
    """`exc` and the exceptions that led to it, oldest first, as Python prints them.

    An explicit cause, else the context unless suppressed (`raise ... from
    None`); a cycle ends the walk. Both logs (the laptop's and the server's)
    report a bug as this chain's kinds and frames, never its messages.
    """
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not e for e in found):
        found.append(current)
        current = current.__cause__ or (None if current.__suppress_context__
                                        else current.__context__)
    return found[::-1]


class UserError(Exception):
    """An error with a one-line message fit to show a user as it is."""


class StoreError(UserError):
    """The database cannot be opened, migrated or written."""


class InputError(UserError):
    """A value the user gave that the core refuses: which (`field`, a parameter), its value, why.

    The core does not word it for a screen: the command line names its
    option (`--to`), the app its field label; `str()` is a plain fallback.
    """

    def __init__(self, field: str, value: object, reason: str) -> None:
        super().__init__(f"{field.replace('_', ' ')}: {reason}")
        self.field = field
        self.value = value
        self.reason = reason


class FilterError(InputError):
    """A filter the register cannot apply: `field` is a `Filters` field."""


class DamagedError(StoreError):
    """The database file is damaged: a backup may stand in for it."""


class MissingDatabaseError(StoreError):
    """No database file at `path`: the command line adds how to make one."""

    def __init__(self, message: str, *, path: object) -> None:
        super().__init__(message)
        self.path = path


class ReferencedError(UserError):
    """A record cannot go: live records still refer to it (`references` says which).

    `clearable` tells whether deleting with `clear_references=True` would
    succeed, so the desktop app offers it only when it can.
    """

    def __init__(self, message: str, *, clearable: bool) -> None:
        super().__init__(message)
        self.clearable = clearable


@dataclass(frozen=True)
class FieldError:
    """One validation problem, naming the record and the field."""

    record: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.record}: {self.field}: {self.message}"


class ValidationError(UserError):
    """A record failed validation; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        extra = len(errors) - 1
        more = translate("Core", " (and %Ln more)", None, extra) if extra else ""
        super().__init__(f"{errors[0]}{more}")


class VersionConflictError(UserError):
    """A save expected the version it read, but another write (an edit, a merge) came first.

    The record is left as that write made it; `current` is it, so that the
    editor or the undo can show both and let the user choose.
    """

    def __init__(self, message: str, *, current: object) -> None:
        super().__init__(message)
        self.current = current
