"""Use cases of encryption at rest: unlock, encrypt, change the passphrase, decrypt.

Whether a database is encrypted is told by its key file (`NAME.db.keys`);
the store then refuses a file whose contents disagree. Converting writes the
new file beside the old under a temporary name, reads it back, and only then
takes the old one's place by a rename, so an interruption leaves the
original as it was.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..models import atomic, files
from ..models.backups import backups_of
from ..models.cipher import export_copy
from ..models.connection import is_plain
from ..models.errors import StoreError, UserError
from ..models.keys import DataKey, KeyFile, WrongPassphrase, key_file, new_recovery_key
from ..models.l10n import translate
from .stores import StoreFactory

KEYRING_SERVICE = "tpdesk database key"


def is_encrypted(path: Path) -> bool:
    """True when the database has a key file: it must be unlocked to be opened."""
    return key_file(path).exists()


def unlock(path: Path, secret: str) -> DataKey:
    """The data key of `path` from its passphrase or recovery key (WrongPassphrase if neither).

    Only the key file is read: a wrong passphrase changes nothing anywhere.
    """
    try:
        return KeyFile.read(key_file(path)).unlock(secret)
    except WrongPassphrase as exc:
        raise WrongPassphrase(translate("Core",
            "{path}: wrong passphrase; nothing changed").format(path=path)) from exc


@dataclass(frozen=True)
class Encrypted:
    """What `encrypt_database` made: the recovery key to show once, and plain copies left."""

    recovery_key: str | None
    plain_copies: list[Path]


def encrypt_database(factory: StoreFactory, passphrase: str, *,
                     recovery: bool = False) -> Encrypted:
    """Convert a plain database in place: a new encrypted file, verified, then renamed over it."""
    path = factory.path
    if is_encrypted(path):
        raise UserError(translate("Core", "{path} is already encrypted").format(path=path))
    key = DataKey.generate()
    recovery_key = new_recovery_key() if recovery else None
    keys = KeyFile.create(key, passphrase, recovery=recovery_key)

    def save(tmp: Path) -> None:
        with factory.open() as store:
            export_copy(store, tmp, key=key)
        keys.write(key_file(path))  # first: a crash now leaves a plain file the store names

    try:
        atomic.write_atomically(save, path, prefix=".tpdesk-encrypt-", suffix=".db",
                               place=files.replace_database)
    except BaseException as exc:
        if is_plain(path):
            key_file(path).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise UserError(translate("Core",
                "{path}: cannot be encrypted ({reason}); nothing changed").format(
                path=path, reason=exc.strerror or exc)) from exc
        raise
    return Encrypted(recovery_key, _plain_copies(path))


def change_passphrase(factory: StoreFactory, new_passphrase: str) -> None:
    """Re-wrap the data key under a new passphrase: the database itself is not rewritten."""
    if factory.key is None:
        raise UserError(translate("Core",
            "{path} is not encrypted; run 'tpdesk encrypt' first").format(path=factory.path))
    with factory.open():
        pass  # the key really opens this database
    path = key_file(factory.path)
    KeyFile.read(path).with_passphrase(factory.key, new_passphrase).write(path)


def decrypt_database(factory: StoreFactory, target: str | os.PathLike[str]) -> Path:
    """A plain copy of an encrypted database at `target`; the database stays encrypted."""
    out = Path(target)
    if factory.key is None:
        raise UserError(translate("Core",
            "{path} is not encrypted; use 'tpdesk backup -o' for a copy").format(path=factory.path))
    if out.exists() and out.resolve() == factory.path.resolve():
        raise UserError(translate("Core",
            "{out}: a plain copy cannot overwrite the database itself").format(out=out))
    if not out.parent.is_dir():
        raise UserError(translate("Core",
            "{out}: folder {parent} does not exist").format(out=out, parent=out.parent))

    def save(tmp: Path) -> None:
        with factory() as store:
            export_copy(store, tmp, key=None)

    try:
        atomic.write_atomically(save, out, prefix=".tpdesk-decrypt-", suffix=".db",
                               place=files.replace_database)
    except OSError as exc:
        raise UserError(translate("Core", "{target}: cannot be written ({reason})").format(
            target=out, reason=exc.strerror or exc)) from exc
    return out


def _plain_copies(path: Path) -> list[Path]:
    """Plain copies of the database that encrypting it left behind: migration and auto backups."""
    beside = sorted(path.parent.glob(f"{path.name}.before-*.bak"))
    return beside + [p for _, p in backups_of(path) if is_plain(p)]


def remembered_key(path: Path) -> DataKey | None:
    """The key kept in the OS keyring for this database ("remember on this computer")."""
    import keyring
    from keyring.errors import KeyringError

    try:
        text = keyring.get_password(KEYRING_SERVICE, str(path.resolve()))
    except KeyringError:  # no keyring service (a Linux without one): nothing remembered
        return None
    if not text:
        return None
    with contextlib.suppress(ValueError):
        return DataKey(bytes.fromhex(text))
    return None


def remember_key(path: Path, key: DataKey | None) -> None:
    """Keep the key in the OS keyring (None: forget it); a StoreError if there is no keyring."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    name = str(path.resolve())
    try:
        if key is None:
            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, name)
        else:
            keyring.set_password(KEYRING_SERVICE, name, key.raw.hex())
    except KeyringError as exc:
        raise StoreError(translate("Core",
            "this computer has no usable keyring ({exc}); the passphrase will be "
            "asked each time").format(exc=exc)) from exc
