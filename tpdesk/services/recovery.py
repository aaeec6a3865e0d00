"""Use cases of recovery through the secretariat (`models.recovery` tells the protocol).

On the laptop: `seal_key` (once, unlocked), `write_request` (passphrase
forgotten: reads the key file only), `apply_unlock` (the unlock file, its
one-time code and a new passphrase). At the secretariat: `read_request`
(whose it is, to check before answering) and `grant_unlock`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..export.files import read_input, write_atomically
from ..models import recovery, replicas
from ..models.errors import InputError, UserError
from ..models.keys import DataKey, KeyFile, key_file, new_recovery_key
from ..models.l10n import translate
from .exchange import device_keys
from .stores import StoreFactory, Stores


def seal_key(factory: StoreFactory, *, to: str | None = None) -> replicas.Contact:
    """Seal this database's data key to a contact's public key, in its key file.

    By default to the register's secretariat, which must be a contact; sealing
    to the same contact again replaces the slot.
    """
    if factory.key is None:
        raise UserError(translate("Core",
            "{path} is not encrypted; run 'tpdesk encrypt' first").format(path=factory.path))
    with factory() as store:  # opening proves the key is this database's
        me = replicas.identity(store)
        if to is not None:
            holder = replicas.find_contact(store, to)
        else:
            found = replicas.contact_by_replica(store, me.secretariat)
            if found is None:
                raise InputError("to", None, translate("Core",
                    "this copy's secretariat is not a contact yet: add its keys, or name "
                    "another contact"))
            holder = found
    slot = recovery.seal(factory.key, recipient=holder.age_recipient, replica=me.replica_id,
                         to={"name": holder.name, "fingerprint": holder.fingerprint,
                             "replica": holder.replica_id})
    path = key_file(factory.path)
    KeyFile.read(path).with_sealed(slot).write(path)
    return holder


def write_request(db: Path, output: Path) -> list[str]:
    """The recovery request of `db` at `output`; the names of those who can answer it."""
    if not db.is_file():
        raise UserError(translate("Core", "no database at {db}").format(db=db))
    if not key_file(db).exists():
        raise UserError(translate("Core",
            "{db} is not encrypted: it needs no recovery").format(db=db))
    slots = KeyFile.read(key_file(db)).sealed()
    if not slots:
        raise UserError(translate("Core",
            "{db}: its key is sealed to no one ('tpdesk recovery seal' was not run); "
            "only its recovery key, if one was made, can replace the passphrase").format(db=db))
    data = recovery.Request(db.name, tuple(slots)).to_bytes()
    _write(output, data)
    return [str(s.get("to", {}).get("name", "?")) for s in slots]


@dataclass(frozen=True)
class Asking:
    """Whose request it is: the contact whose copy asks, and its database's file name."""

    contact: str
    database: str


@dataclass(frozen=True)
class Granted:
    """An unlock written for a contact's copy, and the one-time code to give them apart."""

    path: Path
    contact: str
    code: str


def read_request(stores: Stores, request: Path) -> Asking:
    """Who asks in `request`, proven by opening its key with this copy's; nothing written."""
    key, _replica, asking = _opened(stores, request)
    key.wipe()
    return asking


def grant_unlock(stores: Stores, request: Path, output: Path) -> Granted:
    """Open a contact's request with this copy's key and write an unlock for its database."""
    key, replica, asking = _opened(stores, request)
    try:
        code = new_recovery_key()
        data = recovery.unlock_file(key, code, replica=replica)
    finally:
        key.wipe()
    _write(output, data)
    return Granted(output, asking.contact, code)


def _opened(stores: Stores, request: Path) -> tuple[DataKey, str, Asking]:
    """The data key sealed to this copy in `request`, the replica it opens, and who asks."""
    where = str(request)
    asked = recovery.Request.from_bytes(read_input(request, noun="a recovery request"), where=where)
    with stores() as store:
        keys = device_keys(store)
        key, replica = recovery.open_sealed(asked.slot_for(keys.age_recipient, where=where),
                                            keys.age_identity)
        contact = replicas.contact_by_replica(store, replica)
    if contact is None:
        key.wipe()
        raise UserError(translate("Core",
            "{where}: the database is not one of this copy's contacts; nothing "
            "written").format(where=where))
    return key, replica, Asking(contact.name, asked.database)


def apply_unlock(factory: StoreFactory, unlock: Path, code: str, new_passphrase: str) -> None:
    """Open the database with the key from `unlock` and wrap it under a new passphrase.

    `factory` is the locked database's (no key): only the key file changes.
    """
    if not key_file(factory.path).exists():
        raise UserError(translate("Core",
            "{path} is not encrypted: it needs no recovery").format(path=factory.path))
    data = read_input(unlock, noun="an unlock file")
    key, replica = recovery.open_unlock(data, code, where=str(unlock))
    try:
        with factory.at(factory.path, key=key)() as store:
            if store.replica_id != replica:
                raise UserError(translate("Core",
                    "{unlock}: the unlock is for another copy; nothing changed").format(
                    unlock=unlock))
        path = key_file(factory.path)
        KeyFile.read(path).with_passphrase(key, new_passphrase).write(path)
    finally:
        key.wipe()


def _write(path: Path, data: bytes) -> None:
    """Under a temporary name first, readable by the user only (the key inside is wrapped)."""
    def save(tmp: Path) -> None:
        tmp.write_bytes(data)

    write_atomically(save, path, reader="another program")
