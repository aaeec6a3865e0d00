"""This copy among the others: its identity, its contacts, what each copy has seen.

A copy knows, for every replica, the highest clock stamp of that replica
whose effects it holds: its *vector* (the watermark a file carries). What a
file must carry to a contact is every cell stamp that contact's last
reported vector does not cover.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .clock import Stamp
from .errors import InputError, UserError
from .l10n import translate
from .merge_rules import DEFAULT_DELEGATE_RIGHTS as DEFAULT_DELEGATE_RIGHTS
from .merge_rules import Vector as Vector
from .merge_rules import covered as covered
from .records import RECORD_TYPES
from .store import Store


@dataclass(frozen=True)
class Identity:
    replica_id: str
    register_id: str
    name: str
    person: str
    secretariat: str  # the replica id of the register's secretariat

    @property
    def is_secretariat(self) -> bool:
        return self.replica_id == self.secretariat


@dataclass(frozen=True)
class Contact:
    fingerprint: str
    replica_id: str
    name: str
    sign_key: str
    age_recipient: str
    seen: Vector  # the contact's vector as its last file reported it


def identity(store: Store) -> Identity:
    return Identity(replica_id=store.meta("replica_id"), register_id=store.meta("register_id"),
                    name=store.meta("display_name"), person=store.meta("person"),
                    secretariat=store.meta("secretariat"))


def delegate_rights(store: Store) -> tuple[str, ...]:
    """Patterns `kind:field` a delegate may change here; `*` lets delegates change anything."""
    stored = store.meta("delegate_rights")
    return tuple(json.loads(stored)) if stored else DEFAULT_DELEGATE_RIGHTS


def set_delegate_rights(store: Store, patterns: tuple[str, ...]) -> None:
    store.set_meta("delegate_rights", json.dumps(list(patterns)))


def vector(store: Store) -> Vector:
    """What this copy holds: the highest stamp seen of every replica, its own included."""
    with store.translating():
        seen = {str(r[0]): str(r[1]) for r in store.db.execute(
            "SELECT replica_id, hlc FROM replica_seen").fetchall()}
        own = store.db.execute("SELECT max(hlc) FROM field_clock WHERE replica_id = ?",
                               [store.replica_id]).fetchone()[0]
    if own:
        seen[store.replica_id] = max(str(own), seen.get(store.replica_id, ""))
    return seen


def advance(store: Store, other: Vector) -> None:
    """Record that this copy now holds everything `other` covers (inside the merge)."""
    mine = vector(store)
    store.db.conn.executemany(
        "INSERT OR REPLACE INTO replica_seen (replica_id, hlc) VALUES (?, ?)",
        [(replica, stamp) for replica, stamp in other.items()
         if stamp > mine.get(replica, "")])


def contacts(store: Store) -> list[Contact]:
    with store.translating():
        rows = store.db.execute("SELECT fingerprint, replica_id, name, sign_key, age_recipient,"
                                " seen FROM contact ORDER BY lower(name)").fetchall()
    return [Contact(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]


def add_contact(store: Store, contact: Contact) -> Contact:
    """Trust a copy's keys; adding the same copy again renames it and keeps what it saw."""
    if contact.replica_id == store.replica_id:
        raise UserError(translate("Core", "these are this copy's own keys, not another copy's"))
    with store.transaction():
        old = next((c for c in contacts(store) if c.replica_id == contact.replica_id), None)
        store.db.execute("DELETE FROM contact WHERE replica_id = ?", [contact.replica_id])
        store.db.execute(
            "INSERT INTO contact (fingerprint, replica_id, name, sign_key, age_recipient,"
            " added_at, seen) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [contact.fingerprint, contact.replica_id, contact.name, contact.sign_key,
             contact.age_recipient, store.now(), json.dumps(old.seen if old else {})])
    return contact


def find_contact(store: Store, name_or_fingerprint: str) -> Contact:
    """A contact by its name (any case) or its fingerprint (spaces ignored, a prefix will do).

    Refused as an `InputError` on `to`, the parameter that names a recipient.
    """
    wanted = name_or_fingerprint.strip()
    compact = wanted.replace(" ", "").replace(":", "").lower()
    everyone = contacts(store)
    by_name = [c for c in everyone if c.name.lower() == wanted.lower()]
    by_print = [c for c in everyone if len(compact) >= 8 and
                c.fingerprint.replace(" ", "").lower().startswith(compact)]
    found = by_name or by_print
    if len(found) != 1:
        known = ", ".join(c.name for c in everyone) or translate("Core", "none yet")
        reason = (translate("Core", "{wanted!r} matches more than one contact; contacts: {known}")
                  if found else translate("Core", "{wanted!r} is not a contact; contacts: {known}"))
        raise InputError("to", wanted, reason.format(wanted=wanted, known=known))
    return found[0]


def contact_by_replica(store: Store, replica_id: str) -> Contact | None:
    return next((c for c in contacts(store) if c.replica_id == replica_id), None)


def note_seen(store: Store, replica_id: str, seen: Vector) -> None:
    """A contact's file said what it holds: later files to it leave that out."""
    store.db.execute("UPDATE contact SET seen = ? WHERE replica_id = ?",
                     [json.dumps(seen, sort_keys=True), replica_id])


def holds_nothing(store: Store) -> bool:
    """No record at all, not even a tombstone: a fresh copy that may join a register."""
    with store.translating():
        return not any(store.db.execute(f"SELECT 1 FROM {kind} LIMIT 1").fetchone()
                       for kind in RECORD_TYPES)


def join_register(store: Store, *, register_id: str, secretariat: str) -> None:
    """Make a fresh copy a member of another copy's register (its first pack does this)."""
    if not holds_nothing(store):
        raise UserError(translate("Core",
            "this copy already holds a register; import the pack into a new database "
            "file"))
    with store.transaction():
        store.set_meta("register_id", register_id)
        store.set_meta("secretariat", secretariat)


@dataclass(frozen=True)
class TrashEmptied:
    removed: int
    kept: int  # tombstones some contact has not learnt of yet
    waiting_for: tuple[str, ...]  # those contacts, by name


def empty_trash(store: Store) -> TrashEmptied:
    """Empty the trash as far as the merge allows: see docs/exchange-format.md.

    A tombstone is purged only once every contact's last file showed that it
    holds the deletion; until then a contact's edit made before it could not
    be told from a new record, and the deletion would never reach that copy.
    """
    everyone = contacts(store)
    with store.transaction():
        stamps = [hlc for _kind, _id, hlc in store.tombstones()]
        waiting = tuple(c.name for c in everyone if any(
            hlc and not covered(hlc, Stamp.parse(hlc).replica, c.seen) for hlc in stamps))
        removed = store.empty_trash(held_by=[c.seen for c in everyone])
    return TrashEmptied(removed, len(stamps) - removed, waiting)
