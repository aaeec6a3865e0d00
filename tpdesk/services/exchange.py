"""Exchange use cases: identity, keys, contacts, exchange files out and in, conflicts.

A pack file carries a pack's scope to a delegate (a fresh copy joins the
register with it); a reply carries every change the recipient's last file
said it lacked. Reading a file checks everything before merging anything:
envelope and hashes (`export.tpx`), a known signer, this register, the
schema, plausible clocks; then the merge is planned (the preview and
`--dry-run` stop there) and applied in one transaction.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..export.files import read_input
from ..export.tpx import DeviceKeys, Opened, PublicKeys, needs_passphrase, open_sealed, seal
from ..models import Changes, atomic, merge, replicas
from ..models.cells import DELETED
from ..models.clock import Stamp, check_plausible
from ..models.errors import InputError, UserError
from ..models.l10n import translate, translate_noop
from ..models.pack_scope import pack_records
from ..models.records import RECORD_TYPES, Record, record_label
from ..models.schema import known_steps
from ..models.store import Store
from .stores import Stores

R = TypeVar("R", bound=Record)

CHANGES = "changes.jsonl"
CONFLICTS = "conflicts.jsonl"


# -- identity, keys, contacts -------------------------------------------------

@dataclass(frozen=True)
class IdentityView:
    replica_id: str
    register_id: str
    name: str
    person: str
    role: str  # "secretariat" or "delegate"
    fingerprint: str


def device_keys(store: Store) -> DeviceKeys:
    """This copy's key pairs, made on first use and kept in the database."""
    sign, age = store.meta("sign_private"), store.meta("age_identity")
    if sign and age:
        return DeviceKeys(sign, age)
    keys = DeviceKeys.generate()
    with store.transaction():
        store.set_meta("sign_private", keys.sign_private)
        store.set_meta("age_identity", keys.age_identity)
    return keys


def _public(store: Store) -> PublicKeys:
    keys = device_keys(store)
    me = replicas.identity(store)
    return PublicKeys(me.replica_id, me.name or me.person or "unnamed copy", keys.sign_key,
                      keys.age_recipient)


def identity(stores: Stores, *, name: str | None = None,
             person: str | None = None) -> IdentityView:
    """Show, or set, this copy's name and the name of the person who uses it."""
    with stores() as store:
        for key, value in (("display_name", name), ("person", person)):
            if value is not None:
                if not value.strip() or len(value) > 120:
                    raise InputError(key.split("_")[-1], value, translate("Core",
                        "give 1 to 120 characters"))
                store.set_meta(key, value.strip())
        me = replicas.identity(store)
        return IdentityView(me.replica_id, me.register_id, me.name, me.person,
                            "secretariat" if me.is_secretariat else "delegate",
                            _public(store).fingerprint)


def adopt_person(stores: Stores, name: str) -> None:
    """Name the copy's person (what the command line writes as) if its identity has none."""
    with stores() as store:
        if not store.meta("person") and name.strip():
            store.set_meta("person", " ".join(name.split())[:120])


def public_keys(stores: Stores) -> PublicKeys:
    """This copy's public keys (made on first use), to show or give to others."""
    with stores() as store:
        return _public(store)


def export_keys(stores: Stores, output: Path) -> PublicKeys:
    """Write this copy's public keys to a file to give to others."""
    with stores() as store:
        public = _public(store)
    _write_atomically(output, public.to_bytes())
    return public


def read_keys(path: Path) -> PublicKeys:
    """The public keys in a keys file, to show (and compare by phone) before trusting them."""
    return PublicKeys.from_bytes(read_input(path, noun="a keys file"), where=str(path))


def add_contact(stores: Stores, path: Path, *, name: str | None = None) -> replicas.Contact:
    """Trust the copy whose keys file this is, under its own name or `name`."""
    keys = read_keys(path)
    with stores() as store:
        return replicas.add_contact(store, replicas.Contact(
            keys.fingerprint, keys.replica_id, (name or keys.name).strip() or keys.replica_id,
            keys.sign_key, keys.age_recipient, {}))


def contacts(stores: Stores) -> list[replicas.Contact]:
    with stores() as store:
        return replicas.contacts(store)


# -- out -----------------------------------------------------------------------

@dataclass(frozen=True)
class ExportReport:
    path: Path
    kind: str
    records: int
    changes: int
    recipients: list[str]

    def summary(self) -> str:
        changes = self.changes
        return translate("Core", "wrote {path}: {kind}, %Ln change(s) to {records} records, for"
                         " {recipients}", None, changes).format(
            path=self.path, kind=self.kind, records=self.records,
            recipients=", ".join(self.recipients))


def export_exchange(stores: Stores, output: Path, *, to: list[str], pack: str | None = None,
                    passphrase: str | None = None) -> ExportReport:
    """A pack file (`pack` given) or a reply (every change the recipients lack)."""
    if output.suffix.lower() != ".tpx":
        raise UserError(translate("Core",
            "{output}: an exchange file's name ends in .tpx").format(output=output))
    with stores() as store:
        keys = device_keys(store)
        people = [replicas.find_contact(store, t) for t in to]
        if not people and passphrase is None:
            raise InputError("to", to, translate("Core", "name at least one contact"))
        me = replicas.identity(store)
        if pack is not None:
            from ..models.briefing import find_pack  # the packs' assembly: not needed to start

            chosen = find_pack(store, pack)
            changes = merge.changes_of(store, pack_records(store, chosen))
        else:
            changes = merge.changes_since(store, _common(p.seen for p in people))
        conflicts = [c for c in merge.conflicts(store) if c.kind == "conflict"]
        kind = "pack" if pack is not None else "reply"
        manifest: dict[str, Any] = {
            "kind": kind,
            "pack": chosen.id if pack is not None else None,
            "register": me.register_id, "secretariat": me.secretariat,
            "schema_version": len(known_steps()),
            "sender": {"replica": me.replica_id, "name": me.name, "person": me.person,
                       "sign_key": keys.sign_key, "age_recipient": keys.age_recipient},
            "recipients": [p.replica_id for p in people],
            "created_at": store.now(), "watermark": replicas.vector(store),
            "counts": {"changes": len(changes), "conflicts": len(conflicts)},
        }
    members = {CHANGES: _lines(merge.group_json(changes)),
               CONFLICTS: _lines(c.to_json() for c in conflicts)}
    data = seal(manifest, members, keys=keys, passphrase=passphrase,
                recipients=[p.age_recipient for p in people] + [keys.age_recipient])
    _write_atomically(output, data)
    return ExportReport(output, kind, len({(c.kind, c.id) for c in changes}),
                        len(changes), [p.name for p in people] or ["a passphrase"])


def _common(vectors: Any) -> replicas.Vector:
    """What every one of these copies holds: the smallest stamp of each replica."""
    result: replicas.Vector | None = None
    for seen in vectors:
        result = dict(seen) if result is None else {
            r: min(s, seen[r]) for r, s in result.items() if r in seen}
    return result or {}


def _lines(items: Any) -> bytes:
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    return "".join(encode(i) + "\n" for i in items).encode()


# -- in ------------------------------------------------------------------------

@dataclass
class ImportReport:
    """A file's effect on this copy: the preview, and after the merge what it did."""

    path: Path
    kind: str
    sender: str
    plan: merge.MergePlan
    merged: bool = False
    joined: bool = False
    notes: list[str] = field(default_factory=list)
    written: list[merge.RecordMerge] = field(default_factory=list)
    captions: dict[str, str] = field(default_factory=dict)  # of the conflicts' records

    @property
    def changes(self) -> Changes:
        """The records the merge wrote, for the views to update."""
        if self.joined:
            return Changes.all()
        return Changes(frozenset((r.cls.KIND, r.record_id) for r in self.written))

    def lines(self) -> list[str]:
        p = self.plan
        out = [translate("Core", "{file}: {kind} from {sender}").format(
            file=self.path.name, kind=self.kind, sender=self.sender), *self.notes]
        added = translate("Core", "added: {kind} '{caption}'")
        changed = translate("Core", "changed: {kind} '{caption}': {field}: {old} → {new}")
        deleted = translate("Core", "deleted: {kind} '{caption}'")
        for r in p.of("added"):
            out.append(added.format(kind=record_label(r.cls).lower(), caption=r.caption))
        for r in p.of("changed"):
            for c in r.changes:
                out.append(changed.format(kind=record_label(r.cls).lower(), caption=r.caption,
                                          field=field_label(c), old=short(c.old),
                                          new=short(c.new)))
        for r in p.of("deleted"):
            out.append(deleted.format(kind=record_label(r.cls).lower(), caption=r.caption))
        for conflict in p.conflicts:
            caption = self.captions.get(conflict.record_id, conflict.record_id)
            cls = RECORD_TYPES.get(conflict.record_kind)
            out.append(translate("Core", "{conflict}: {kind} '{caption}': {field}: kept {kept},"
                                 " other {other} ({who})").format(
                conflict=(translate("Core", "proposal") if conflict.kind == "proposal"
                          else translate("Core", "conflict")),
                kind=record_label(cls).lower() if cls else conflict.record_kind,
                caption=caption,
                field=field_label(merge.FieldChange(conflict.field, conflict.lost,
                                                    conflict.kept)),
                kept=short(conflict.kept), other=short(conflict.lost),
                who=conflict.lost_who or "?"))
        behind = p.behind
        if behind:
            out.append(translate("Core", "note: the sender's copy was %Ln change(s) of this copy"
                                 " behind when it wrote the file", None, behind))
        return out

    def summary(self) -> str:
        p = self.plan
        counts = (f"{len(p.of('added'))} added, {len(p.of('changed'))} changed,"
                  f" {len(p.of('deleted'))} deleted,"
                  f" {sum(c.kind == 'conflict' for c in p.conflicts)} conflicts,"
                  f" {sum(c.kind == 'proposal' for c in p.conflicts)} proposals")
        return f"{'merged' if self.merged else 'would merge'} {self.path.name}: {counts}"

    def to_json(self) -> dict[str, Any]:
        p = self.plan
        return {
            "file": str(self.path), "kind": self.kind, "sender": self.sender,
            "merged": self.merged, "behind": p.behind,
            "added": [_brief(r) for r in p.of("added")],
            "changed": [{**_brief(r), "fields": [{"field": c.field, "old": c.old, "new": c.new}
                                                 for c in r.changes]} for r in p.of("changed")],
            "deleted": [_brief(r) for r in p.of("deleted")],
            "conflicts": [c.to_json() for c in p.conflicts if c.kind == "conflict"],
            "proposals": [c.to_json() for c in p.conflicts if c.kind == "proposal"],
        }


_PART_WORDS = {"updates": translate_noop("Core", "progress update"),
               "funding": translate_noop("Core", "funding line"),
               "indicators": translate_noop("Core", "indicator"),
               "objectives": translate_noop("Core", "objective"),
               "sections": translate_noop("Core", "section"),
               "lines": translate_noop("Core", "line to take")}


def field_label(change: merge.FieldChange) -> str:
    """A changed cell in words: `title`, or `progress update: added` for a part's item."""
    if ":" not in change.field:
        return change.field
    part = change.field.split(":")[0]
    word = translate("Core", _PART_WORDS[part]) if part in _PART_WORDS else part
    # A noun for what happened ('ajout'), not a participle that would agree with the part.
    if change.old is None:
        return translate("Core", "{part}: added").format(part=word)
    if change.new is None:
        return translate("Core", "{part}: removed").format(part=word)
    return translate("Core", "{part}: changed").format(part=word)


def _brief(r: merge.RecordMerge) -> dict[str, Any]:
    return {"kind": r.cls.KIND, "id": r.record_id, "caption": r.caption}


def short(value: Any, width: int = 40) -> str:
    text = "—" if value in (None, "", []) else (
        value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    return text if len(text) <= width else text[:width - 1] + "…"


def import_exchange(stores: Stores, path: Path, *, dry_run: bool = False,
                    passphrase: str | None = None) -> ImportReport:
    """Check a file, plan its merge, and unless `dry_run` merge it in one transaction."""
    data = read_input(path, noun="an exchange file")
    where = path.name
    if needs_passphrase(data) and passphrase is None:
        raise UserError(translate("Core",
            "{where}: the file is encrypted with a passphrase; give it").format(where=where))
    with stores() as store:
        opened = open_sealed(data, keys=device_keys(store), where=where, passphrase=passphrase)
        manifest = opened.manifest
        sender = _check_sender(store, opened, where=where, passphrase=passphrase)
        joining = _check_register(store, manifest, where=where)
        changes, incoming = _records(opened, where=where)
        watermark = manifest.get("watermark")
        if not isinstance(watermark, dict):
            raise UserError(translate("Core",
                "{where}: the manifest has no watermark; nothing merged").format(where=where))
        now = int(time.time() * 1000)
        for change in changes:
            check_plausible(change.stamp, now_ms=now)
        plan = merge.plan(store, changes, incoming, sender=sender.replica_id,
                          sender_vector={str(k): str(v) for k, v in watermark.items()},
                          joining=joining)
        report = ImportReport(path, str(manifest.get("kind")), sender.name, plan, captions={
            c.record_id: store.caption(c.record_kind, c.record_id) or c.record_id
            for c in plan.conflicts})
        older = _older_than_seen(store, sender.replica_id, plan.sender_vector)
        if older:
            report.notes.append(older)
        if plan.incomplete:
            report.notes.append(f"note: {plan.incomplete} records arrived only in part and are"
                                " left out until a pack brings them whole")
        if dry_run:
            return report
        with store.transaction(source=f"merge:{path.name}"):
            if joining:
                replicas.join_register(store, register_id=str(manifest["register"]),
                                       secretariat=str(manifest.get("secretariat") or ""))
                report.joined = True
            report.written = merge.apply(store, plan, source=f"merge:{path.name}")
            replicas.note_seen(store, sender.replica_id, plan.sender_vector)
        report.merged = True
        return report


def _older_than_seen(store: Store, sender: str, watermark: replicas.Vector) -> str:
    """A stale copy: a file older than what this copy already holds from its sender."""
    theirs, held = watermark.get(sender, ""), replicas.vector(store).get(sender, "")
    if not theirs or theirs >= held:
        return ""
    written, newest = Stamp.parse(theirs).moment[:16], Stamp.parse(held).moment[:16]
    return (f"note: this file is older than what this copy already has from its sender"
            f" (its copy as of {written.replace('T', ' ')} UTC; this copy has their changes"
            f" up to {newest.replace('T', ' ')} UTC)")


def _check_sender(store: Store, opened: Opened, *, where: str,
                  passphrase: str | None) -> replicas.Contact:
    raw = opened.manifest.get("sender")
    if not isinstance(raw, dict) or not isinstance(raw.get("replica"), str):
        raise UserError(translate("Core",
            "{where}: the manifest names no sender; nothing merged").format(where=where))
    if raw["replica"] == store.replica_id:
        raise UserError(translate("Core",
            "{where}: this copy wrote the file; nothing to merge").format(where=where))
    contact = replicas.contact_by_replica(store, raw["replica"])
    if contact is None or contact.sign_key != raw.get("sign_key"):
        name = raw.get("name") or raw["replica"]
        raise UserError(translate("Core",
            "{where}: signed by an unknown key ({name!s}); add the sender's keys "
            "with 'tpdesk contacts add FILE' after comparing fingerprints; nothing "
            "merged").format(where=where, name=name))
    opened.verify(contact.sign_key, where=where)
    recipients = opened.manifest.get("recipients") or []
    if passphrase is None and store.replica_id not in recipients:
        raise UserError(translate("Core",
            "{where}: the file is addressed to someone else; nothing merged").format(where=where))
    return contact


def _check_register(store: Store, manifest: dict[str, Any], *, where: str) -> bool:
    """True if this fresh copy joins the file's register; refuse another register's file."""
    schema = manifest.get("schema_version")
    if not isinstance(schema, int) or schema > len(known_steps()):
        raise UserError(translate("Core",
            "{where}: written by a newer tpdesk (schema {schema}); update tpdesk; "
            "nothing merged").format(where=where, schema=schema))
    if manifest.get("register") == store.meta("register_id"):
        return False
    if manifest.get("kind") == "pack" and replicas.holds_nothing(store):
        return True
    raise UserError(translate("Core",
        "{where}: the file belongs to another register (another secretariat's copy); "
        "nothing merged").format(where=where))


def _records(opened: Opened, *, where: str
             ) -> tuple[list[merge.ChangeRecord], list[merge.Conflict]]:
    def parse(member: str, read: Any) -> list[Any]:
        out: list[Any] = []
        for number, line in enumerate(opened.members.get(member, b"").splitlines(), 1):
            try:
                item = read(json.loads(line))
                out += item if isinstance(item, list) else [item]
            except (ValueError, TypeError, KeyError) as exc:
                raise UserError(translate("Core",
                    "{where}: {member} line {number}: {exc}; nothing merged").format(
                    where=where, member=member, number=number, exc=exc)
                                ) from exc
        return out

    return (parse(CHANGES, merge.from_group_json),
            parse(CONFLICTS, merge.Conflict.from_json))


def undo_merge(stores: Stores, report: ImportReport) -> None:
    """Take a whole merge back: the records as they were before it, as new edits."""
    with stores() as store:
        merge.put_back(store, [(r.cls, r.record_id, r.old) for r in report.written],
                       source=f"undo merge:{report.path.name}")


def redo_merge(stores: Stores, report: ImportReport) -> None:
    """Bring an undone merge back: the records as it made them, as new edits."""
    with stores() as store:
        merge.put_back(store, [(r.cls, r.record_id, r.new) for r in report.written],
                       source=f"merge:{report.path.name}")


# -- conflicts ---------------------------------------------------------------

@dataclass(frozen=True)
class ConflictView:
    """A conflict or a proposal as a person reads it: which record, field, the two values."""

    conflict: merge.Conflict
    caption: str

    @property
    def label(self) -> str:
        c = self.conflict
        what = RECORD_TYPES[c.record_kind].LABEL
        name = "whether it is deleted" if c.field == DELETED else (
            "a new record" if c.field == "*" else c.field)
        return f"{what} '{self.caption}': {name}"

    def to_json(self) -> dict[str, Any]:
        return {**self.conflict.to_json(), "caption": self.caption}


def list_conflicts(stores: Stores, *, include_resolved: bool = False) -> list[ConflictView]:
    with stores() as store:
        found = merge.conflicts(store, include_resolved=include_resolved)
        out = []
        for c in found:
            caption = store.caption(c.record_kind, c.record_id)
            out.append(ConflictView(c, caption or c.record_id))
        return out


def resolve_conflict(stores: Stores, conflict_id: str, value: Any) -> merge.Conflict:
    """Settle a conflict with one of its values or a third one: an edit that travels."""
    with stores() as store:
        return merge.resolve(store, conflict_id, value)


def keep_mine(stores: Stores, mine: R, base: R) -> tuple[R, list[merge.Conflict]]:
    """An editor's changes saved over a write that came in meanwhile; clashes filed as conflicts."""
    with stores() as store:
        return merge.keep_mine(store, mine, base)


def open_conflicts(stores: Stores) -> int:
    """How many conflicts and proposals wait for a decision: the status bar's badge."""
    with stores() as store:
        return merge.open_count(store)


# -- files -------------------------------------------------------------------

def _write_atomically(path: Path, data: bytes) -> None:
    """`data` at `path` whole or not at all, or a UserError naming the file."""
    if path.is_dir() or not path.parent.is_dir():
        raise UserError(translate("Core",
            "{path}: name a file in an existing folder").format(path=path))
    try:
        atomic.write_bytes(path, data)
    except OSError as exc:
        raise UserError(translate("Core",
            "{path}: cannot be written ({reason})").format(
            path=path, reason=exc.strerror or exc)) from exc
