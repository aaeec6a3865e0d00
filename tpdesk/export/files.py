"""Files in and out: opened with one-line errors, written in place without half a document."""

from __future__ import annotations

from collections.abc import Callable
from io import BufferedReader
from pathlib import Path

from ..models import atomic
from ..models.errors import UserError
from ..models.l10n import translate


def open_input(path: Path, *, noun: str) -> BufferedReader:
    """`path` opened for reading; UserError (one line) if missing, a folder or unreadable.

    `noun` says what was expected ("a workbook"), for the folder's message.
    """
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise UserError(translate("Core", "{path}: no such file").format(path=path)) from None
    except IsADirectoryError:
        raise UserError(translate("Core", "{path} is a folder, not {noun}").format(
            path=path, noun=noun)) from None
    except OSError as exc:
        raise UserError(translate("Core", "{path}: cannot be read ({reason})").format(
            path=path, reason=exc.strerror)) from exc


def read_input(path: Path, *, noun: str) -> bytes:
    """The whole of `path`, with `open_input`'s one-line errors."""
    with open_input(path, noun=noun) as fh:
        return fh.read()


def write_atomically(save: Callable[[Path], None], target: Path, *, reader: str) -> None:
    """`models.atomic.write_atomically` with one-line errors; `reader` names what may hold it open.

    A missing folder is refused, as by every other file tpdesk writes: a
    mistyped path must not grow a tree of folders.
    """
    if not target.parent.is_dir():
        raise UserError(translate("Core", "{path}: folder {parent} does not exist").format(
            path=target, parent=target.parent))
    try:
        atomic.write_atomically(save, target, suffix=target.suffix)
    except PermissionError:
        raise UserError(translate("Core", "{target}: cannot write (permission denied; is it"
                                  " open in {reader}?)").format(target=target, reader=reader)
                        ) from None
    except OSError as exc:
        raise UserError(translate("Core", "{target}: cannot write ({reason})").format(
            target=target, reason=exc.strerror or exc)) from None
