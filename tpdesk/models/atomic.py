"""Files written whole or not at all: the one home of temp file, flush and rename.

Kept apart from `files` (database copies) so that the export formats, which
never reach the database, can use it too; it knows nothing of SQLite but
that a database leaves journals beside its temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

JOURNALS = ("-wal", "-shm", "-journal")


def write_atomically(save: Callable[[Path], None], target: Path, *, prefix: str = ".tpdesk-",
                     suffix: str = "",
                     place: Callable[[Path, Path], object] = Path.replace) -> None:
    """What `save(temp)` writes, at `target` whole or not at all: the one home of that dance.

    `temp` is an empty file beside the target (so the rename is atomic),
    created readable by the user only; `save` writes into it (truncating or
    opening it as a database keeps the mode). It is flushed to disk before
    `place(temp, target)` renames it, since a full disk may show only then,
    and the rename is made durable. A database file is placed by
    `files.replace_database`, which retires the old file's journals first. On any
    failure (a full disk, an interrupt) the temporary file is removed and the
    old `target`, if any, is untouched. OSError reaches the caller, to name
    the file.
    """
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        save(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        place(tmp, target)
    except BaseException:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in JOURNALS)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    sync_folder(target.parent)


def write_bytes(target: Path, data: bytes, *, prefix: str = ".tpdesk-") -> None:
    """`data` at `target`, whole or not at all (`write_atomically`)."""
    def save(tmp: Path) -> None:
        tmp.write_bytes(data)

    write_atomically(save, target, prefix=prefix)


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no folder handles to flush."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
