"""Use cases of the automatic backups: take one, list them, restore one.

A backup is taken when the app closes and every 30 minutes, but only if the
database changed since the newest one (its file or WAL is newer); old ones
are then thinned by `backups.retained`. A restore checks the backup first,
backs up the current database, and swaps the backup in by a rename, so it
can itself be undone by restoring the backup taken just before it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..models import atomic, files
from ..models.backups import (
    BackupInfo,
    backup_folder,
    backup_name,
    backups_of,
    inspect_backup,
    retained,
)
from ..models.connection import create_private
from ..models.errors import DamagedError, StoreError, UserError
from ..models.keys import key_file
from ..models.l10n import translate
from .stores import StoreFactory

AUTO_BACKUP_MINUTES = 30


def changed_since_last_backup(path: Path) -> bool:
    newest = backups_of(path)
    if not newest:
        return True
    stamps = [p for p in (path, Path(f"{path}-wal")) if p.exists()]
    changed = max(p.stat().st_mtime for p in stamps)
    return datetime.fromtimestamp(changed, UTC) > newest[0][0]


def auto_backup(factory: StoreFactory, *, now: datetime | None = None) -> Path | None:
    """A backup into `backups/` if the database changed since the newest; None if not."""
    if not changed_since_last_backup(factory.path):
        return None
    return take_backup(factory, now=now)


def take_backup(factory: StoreFactory, *, now: datetime | None = None, note: str = "",
                thin: bool = True) -> Path:
    """A backup into `backups/` (created readable by the user only), then the old ones thinned.

    Its name is never one already taken: a second backup within the same second
    (undoing a restore at once) is stamped a second later rather than written over
    the first, which may be the very backup being restored.
    """
    path = factory.path
    moment = _free_moment(path, now or datetime.now(UTC))
    with factory() as store:
        target = store.backup(backup_folder(path) / backup_name(path, moment, note=note))
    if thin:
        prune(path, now=moment)
    return target


def _free_moment(path: Path, moment: datetime) -> datetime:
    """The first second from `moment` on that no backup of `path` is named after (folder made)."""
    backup_folder(path).mkdir(mode=0o700, exist_ok=True)
    taken = {at for at, _ in backups_of(path)}
    moment = moment.replace(microsecond=0)
    while moment in taken:
        moment += timedelta(seconds=1)
    return moment


def prune(path: Path, *, now: datetime) -> list[Path]:
    """Delete the automatic backups the rolling policy no longer keeps; the ones deleted."""
    found = backups_of(path)
    keep = retained([at for at, _ in found], now)
    gone = [p for at, p in found if at not in keep]
    for p in gone:
        p.unlink(missing_ok=True)
    return gone


def list_backups(factory: StoreFactory) -> list[tuple[datetime, BackupInfo | StoreError]]:
    """Every automatic backup, newest first, with what it holds or why it cannot be used."""
    out: list[tuple[datetime, BackupInfo | StoreError]] = []
    for at, p in backups_of(factory.path):
        try:
            out.append((at, inspect_backup(p, key=factory.key)))
        except StoreError as exc:
            out.append((at, exc))
    return out


def newest_good_backup(factory: StoreFactory) -> Path | None:
    """The newest automatic backup that passes its checks: what to offer for a damaged file."""
    for _, p in backups_of(factory.path):
        with contextlib.suppress(StoreError, OSError):
            return inspect_backup(p, key=factory.key).path
    return None


def restore_backup(factory: StoreFactory, backup: str | os.PathLike[str]) -> Path:
    """Replace the database by `backup`; returns the backup of the current one taken first.

    Every connection of this process to the database must be closed by the
    caller; one held by another program makes the restore refuse.
    """
    path, source = factory.path, Path(backup)
    if source.exists() and source.resolve() == path.resolve():
        raise UserError(translate("Core",
            "{source}: that is the database itself, not a backup of it").format(source=source))
    inspect_backup(source, key=factory.key)
    try:
        # Thinned only once the backup is in place: thinning may delete the one restored.
        before = take_backup(factory, note="before-restore", thin=False)
    except DamagedError:  # no online backup of a damaged file: its bytes are kept as they are
        before = _keep_damaged(path)

    def save(tmp: Path) -> None:
        with source.open("rb") as src, tmp.open("wb") as dst:
            shutil.copyfileobj(src, dst)

    try:
        atomic.write_atomically(save, path, prefix=".tpdesk-restore-", suffix=".db",
                               place=functools.partial(files.replace_database, key=None
                                                       if factory.key is None
                                                       else factory.key.raw))
    except OSError as exc:
        raise UserError(translate("Core",
            "{path}: the backup cannot be put in place ({reason}); nothing changed").format(
            path=path, reason=exc.strerror or exc)) from exc
    prune(path, now=datetime.now(UTC))
    return before


def _keep_damaged(path: Path) -> Path:
    target = backup_folder(path) / backup_name(path, _free_moment(path, datetime.now(UTC)),
                                               note="damaged")
    create_private(target)
    shutil.copyfile(path, target)
    return target


def copy_key_file(db: Path, target: Path) -> None:
    """Beside an encrypted copy made elsewhere (`backup -o`), the key file that opens it."""
    create_private(key_file(target))
    shutil.copyfile(key_file(db), key_file(target))
