"""Files in and out: opened with one-line errors, written in place without half a document."""

from __future__ import annotations

from collections.abc import Callable
from io import BufferedReader
from pathlib import Path

from ..models import atomic
from ..models.errors import UserError


def open_input(path: Path, *, noun: str) -> BufferedReader:
    """`path` opened for reading; UserError (one line) if missing, a folder or unreadable.

    `noun` says what was expected ("a workbook"), for the folder's message.
    """
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder, not {noun}") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from exc


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
        raise UserError(f"{target}: folder {target.parent} does not exist")
    try:
        atomic.write_atomically(save, target, suffix=target.suffix)
    except PermissionError:
        raise UserError(f"{target}: cannot write (permission denied; is it open in"
                        f" {reader}?)") from None
    except OSError as exc:
        raise UserError(f"{target}: cannot write ({exc.strerror or exc})") from None
