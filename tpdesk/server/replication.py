"""Push and pull: the laptops' change records merged into PostgreSQL, and paged back out.

A push is merged with the laptop's own rule (`merge_rules.cell_verdict`,
`deletion_conflict`): per cell the higher stamp wins, an edit neither side
had seen is a conflict, a delegation's cell outside the delegate rights is a
proposal. Pushes hold the sequence row's lock for their whole transaction,
so sequence numbers become visible in order and a pull that has seen number
N never misses a smaller one committed later.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from psycopg.types.json import Jsonb

from ..models.cells import DELETED, is_cell
from ..models.clock import Stamp, check_plausible
from ..models.merge_rules import (
    DEFAULT_DELEGATE_RIGHTS,
    ChangeRecord,
    Conflict,
    Vector,
    Views,
    allowed,
    cell_verdict,
    conflict_id,
    deletion_conflict,
    from_group_json,
)
from ..models.records import RECORD_TYPES
from .accounts import Connection, User, Viewer

MAX_PULL = 5000
DEFAULT_PULL = 2000


class Refused(Exception):
    """A request the server turns down: an HTTP status and one line for a person."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def as_user(conn: Connection, user: User, *, restricted: bool) -> None:
    """Key the access rules on this user for the transaction; `restricted`: under RLS too."""
    conn.execute("SELECT tpdesk_act_as(%s)", [user.name])
    if restricted:
        conn.execute("SET LOCAL ROLE tpdesk_app")


def meta(conn: Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM server_meta")}


def server_vector(conn: Connection) -> Vector:
    return {str(r): str(h) for r, h in conn.execute("SELECT replica, hlc FROM replica_seen")}


def vector_for(conn: Connection, who: Viewer, *, fresh: bool = True) -> Vector:
    """The server's vector as this user may know it, inside a transaction keyed on the user.

    The secretariat sees everything: the vector as held. Anyone else gets its
    own copy's entry, and each other copy's capped at the newest cell of that
    copy it may see, so that another's pushes out of its sight move nothing;
    a lower entry only makes the laptop resend cells the server holds. The
    capped part is worked out from every cell the user may see. Not `fresh`
    (a page before a pull's last, an empty one, a batch before a push's last,
    a push that took nothing): the one worked out last for this user and copy
    serves, as what the server held then it holds still, unless a restored
    dump took some of it back (`_still_held`).
    """
    if who.user.role == "secretariat":
        return server_vector(conn)
    held = server_vector(conn)
    latest = _latest(conn)
    key = (meta(conn).get("replica", ""), who.user.name, who.replica)
    cached = None if fresh else _capped.get(key)
    if cached is None or not _still_held(cached, held, latest):
        cached = _capped[key] = (latest, {str(r): str(h) for r, h in conn.execute(
            "SELECT v.replica, least(v.hlc, m.hlc) FROM replica_seen v JOIN (SELECT"
            " substr(c.hlc, 22) AS replica, max(c.hlc) AS hlc FROM record_scope s JOIN cell c"
            " ON c.kind = s.kind AND c.id = s.id WHERE tpdesk_sees(s) GROUP BY 1) m"
            " ON m.replica = v.replica WHERE v.replica <> %s", [who.replica])})
    own = held.get(who.replica)
    return cached[1] | ({} if own is None else {who.replica: own})


def _still_held(cached: tuple[int, Vector], held: Vector, latest: int) -> bool:
    """Whether the server still holds all a cached vector says: not so after a restore.

    A restored dump puts the sequence and the copies' entries back; a cached
    entry above them would make laptops skip resending the cells lost.
    """
    seq, vector = cached
    return latest >= seq and all(held.get(r, "") >= h for r, h in vector.items())


# (server's replica id, user, copy's replica id) -> the sequence number then and the other
# copies' capped entries last worked out; per user, as a copy may sign in as another one
_capped: dict[tuple[str, str, str], tuple[int, Vector]] = {}


# -- sign-in -----------------------------------------------------------------

def join(conn: Connection, user: User, *, replica: str, register: str | None) -> dict[str, str]:
    """The register a signing-in copy belongs to: the server's, or its first secretariat's.

    `register` is the copy's register id, None for a copy that holds nothing
    yet (it joins the server's). The secretariat's existing copy signing in
    to a fresh server makes the server adopt its register.
    """
    found = meta(conn)
    fresh = conn.execute("SELECT NOT EXISTS (SELECT 1 FROM record_scope)").fetchone()
    adopt = (user.role == "secretariat" and "secretariat" not in found
             and bool(fresh and fresh[0]))
    if user.role != "secretariat" and "secretariat" not in found:
        raise Refused(409, "the secretariat has not signed in to this server yet: sign in"
                           " after it has")
    if register is not None and register != found["register"] and not adopt:
        raise Refused(409, "this copy belongs to another register than the server's; sign"
                           " in from a new, empty database")
    if adopt:
        values = {"secretariat": replica, "register": register or found["register"]}
        for key, value in values.items():
            conn.execute("INSERT INTO server_meta (key, value) VALUES (%s, %s)"
                         " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [key, value])
        found |= values
    return {"register": found["register"], "secretariat": found.get("secretariat", "")}


# -- push --------------------------------------------------------------------

@dataclass
class PushRequest:
    batch: str
    replica: str
    changes: list[ChangeRecord]
    conflicts: list[Conflict]
    vector: Vector
    complete: bool


def parse_push(body: Any) -> PushRequest:
    """A push body; ValueError names what is wrong with it."""
    if not isinstance(body, dict):
        raise ValueError("the body is not a JSON object")
    batch, replica = body.get("batch"), body.get("replica")
    if not isinstance(batch, str) or not 8 <= len(batch) <= 64:
        raise ValueError("'batch' must be the batch's id (a UUID)")
    if not isinstance(replica, str) or not replica:
        raise ValueError("'replica' must be this copy's replica id")
    groups, conflicts = body.get("changes", []), body.get("conflicts", [])
    vector = body.get("vector", {})
    if not (isinstance(groups, list) and isinstance(conflicts, list)):
        raise ValueError("'changes' and 'conflicts' must be lists")
    if not isinstance(vector, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in vector.items()):
        raise ValueError("'vector' must map replica ids to stamps")
    changes = [c for i, g in enumerate(groups) for c in _group(i, g)]
    found = []
    for i, data in enumerate(conflicts):
        try:
            found.append(Conflict.from_json(data))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"conflict {i + 1}: {exc}") from None
        if _has_nul([found[-1].kept, found[-1].lost, found[-1].resolution]):
            raise ValueError(f"conflict {i + 1}: a value holds a NUL character, which"
                             " PostgreSQL cannot store")
    return PushRequest(batch, replica, changes, found, dict(vector),
                       bool(body.get("complete", True)))


def _group(index: int, data: Any) -> list[ChangeRecord]:
    try:
        changes = from_group_json(data)
    except ValueError as exc:
        raise ValueError(f"change record {index + 1}: {exc}") from None
    for c in changes:
        if not is_cell(RECORD_TYPES[c.kind], c.field):
            raise ValueError(f"change record {index + 1}: a {c.kind} has no cell {c.field!r}")
        if _has_nul(c.value):
            raise ValueError(f"change record {index + 1}: the {c.kind}'s {c.field!r} holds a"
                             " NUL character, which PostgreSQL cannot store")
    return changes


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    return isinstance(value, list) and any(_has_nul(v) for v in value)


def refuse_future(request: PushRequest, now_ms: int) -> None:
    """A stamp more than a day ahead of the server's clock: nothing of the push is taken."""
    stamps = [c.hlc for c in request.changes] + [
        s for c in request.conflicts for s in (c.kept_hlc, c.lost_hlc, c.resolved_hlc) if s]
    if stamps:
        check_plausible(Stamp.parse(max(stamps, key=lambda s: Stamp.parse(s).wall_ms)),
                        now_ms=now_ms)


def push(conn: Connection, who: Viewer, request: PushRequest) -> dict[str, Any]:
    """Merge a push in one transaction; a batch seen before gets its stored answer.

    The answer's vector is worked out after the push's transaction, so that
    the scan of what the user may see does not hold up the other pushes.
    """
    if who.user.role == "reader":
        if request.changes:
            raise Refused(403, "a reader's account is read-only: nothing pushed")
        # A reader's copy files conflicts as it merges what it pulls, and sends them like
        # any copy; they are met among cells only others push, which file them: ignored,
        # else a 403 would stop every later pull of that copy.
        request = replace(request, conflicts=[])
    if request.replica != who.replica:
        raise Refused(403, "this credential belongs to another copy: sign in again")
    refuse_future(request, int(time.time() * 1000))
    took = False
    with conn.transaction():
        as_user(conn, who.user, restricted=False)
        row = conn.execute("SELECT last FROM server_seq FOR UPDATE").fetchone()
        assert row is not None
        stored = conn.execute("SELECT answer FROM push_batch WHERE batch = %s",
                              [request.batch]).fetchone()
        if stored is not None:
            answer = dict(stored[0])
        else:
            merger = _Merger(conn, who, request, last_seq=int(row[0]))
            merger.run()
            conn.execute("UPDATE server_seq SET last = %s", [merger.seq])
            merger.advance()
            took = merger.seq > merger.last_seq
            # The sequence counts every user's changes: only the secretariat learns it.
            answer = {"batch": request.batch, **merger.counts,
                      "server_seq": merger.seq if who.user.role == "secretariat" else None}
            conn.execute("INSERT INTO push_batch (batch, user_name, replica, answer)"
                         " VALUES (%s, %s, %s, %s)",
                         [request.batch, who.user.name, who.replica, Jsonb(answer)])
    with conn.transaction():
        as_user(conn, who.user, restricted=False)
        answer["vector"] = vector_for(conn, who, fresh=request.complete and took)
    return answer


Held = dict[str, tuple[Any, str, str]]  # field -> (value, stamp, who)
_READ_ALWAYS = {DELETED, "country_code", "partnership_id", "partnership_ids", "roundtable_id",
                "target_kind", "visibility"}  # what `_Merger.scope` reads
Scope = tuple[str | None, str | None, list[str] | None, str | None, str | None]
_SCOPE_COLUMNS = "partnership_id, partnership_code, pack_codes, note_target_kind, note_visibility"


@dataclass
class _Merged:
    """One record's outcome, worked out before anything is written."""

    kind: str
    id: str
    cells: dict[str, tuple[Any, str, str]]  # the cells taken: value, stamp, who
    scope: Scope | None  # None: the record's scope stays as it is
    created: bool
    conflicts: list[tuple[Any, ...]] = field(default_factory=list)
    held: int = 0


@dataclass
class _Merger:
    """A push's merge: decided record by record in memory, then written in bulk."""

    conn: Connection
    who: Viewer
    request: PushRequest
    last_seq: int
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("accepted", "held", "proposals", "conflicts", "refused"), 0))

    def __post_init__(self) -> None:
        self.seq = self.last_seq
        self.views = Views(mine=server_vector(self.conn), sender=self.request.vector)
        self.restricted = self.who.user.role != "secretariat"
        stored = meta(self.conn).get("delegate_rights")
        self.rights = tuple(json.loads(stored)) if stored else DEFAULT_DELEGATE_RIGHTS
        self.codes: dict[str, str | None] = dict(self.conn.execute(
            "SELECT id, partnership_code FROM record_scope WHERE kind = 'partnership'"
            ).fetchall())
        self.roundtables: dict[str, str | None] = {}
        self.authors: dict[tuple[str, str], str | None] = {}  # notes' Member States held
        self.merged: list[_Merged] = []

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def run(self) -> None:
        grouped: dict[tuple[str, str], dict[str, ChangeRecord]] = defaultdict(dict)
        for change in self.request.changes:
            cell = grouped[change.kind, change.id]
            if change.field in cell:
                self.counts["held"] += 1
            if change.field not in cell or change.hlc > cell[change.field].hlc:
                cell[change.field] = change
        for kind in RECORD_TYPES:  # parents first: children look up their partnership
            ids = [i for k, i in grouped if k == kind]
            if not ids:
                continue
            # Of the cells held, the merge reads those pushed again, the tombstone and what
            # the scope is made of; every cell only of a record being deleted.
            names = {n for i in ids for n in grouped[kind, i]} | _READ_ALWAYS
            deleting = [i for i in ids if DELETED in grouped[kind, i]]
            held: dict[str, Held] = defaultdict(dict)
            for record_id, name, value, hlc, who in self.conn.execute(
                    "SELECT id, field, value, hlc, who FROM cell WHERE kind = %s"
                    " AND id = ANY(%s) AND (field = ANY(%s) OR id = ANY(%s))",
                    [kind, ids, list(names), deleting]):
                held[record_id][name] = (value, hlc, who)
            scopes = {}
            for r in self.conn.execute(
                    f"SELECT id, tpdesk_sees(s), author_member_state, {_SCOPE_COLUMNS}"
                    " FROM record_scope s WHERE kind = %s AND id = ANY(%s)", [kind, ids]):
                scopes[r[0]] = (bool(r[1]), tuple(r[3:]))
                self.authors[kind, r[0]] = r[2]
            for record_id in ids:
                incoming = grouped[kind, record_id]
                before = scopes.get(record_id)
                if before is not None and not before[0]:
                    self.counts["refused"] += len(incoming)
                    continue
                merged = self.record(kind, record_id, None if before is None
                                     else held.get(record_id, {}), incoming)
                if merged.cells:
                    scope = self.scope(kind, record_id, {
                        **{n: v for n, (v, _, _) in held.get(record_id, {}).items()},
                        **{n: v for n, (v, _, _) in merged.cells.items()}})
                    merged.scope = scope if before is None or scope != before[1] else None
                self.merged.append(merged)
        self.refuse_out_of_sight()
        self.write()
        self.conflicts()

    def record(self, kind: str, record_id: str, held: Held | None,
               incoming: dict[str, ChangeRecord]) -> _Merged:
        """Merge one record's cells with the laptop's rule (in memory)."""
        key = (kind, record_id)
        out = _Merged(kind, record_id, {}, None, created=held is None)
        if held is None and self.restricted and not all(
                allowed(self.rights, kind, n) for n in incoming):
            newest = max(incoming.values(), key=lambda c: c.hlc)
            out.conflicts.append(("proposal", key, "*", (None, ""), (
                {n: c.value for n, c in incoming.items()}, newest.hlc, newest.who)))
            out.held = len(incoming)
            return out
        own = held or {}
        values = {n: v for n, (v, _, _) in own.items()}
        applied: dict[str, tuple[str, str]] = {}
        for name, change in sorted(incoming.items()):
            here = own.get(name)
            if here is not None and here[1] == change.hlc:
                out.held += 1
                continue
            verdict = cell_verdict(name, None if here is None else (here[0], here[1]),
                                   (change.value, change.hlc), self.views)
            lost = (change.value, change.hlc, change.who)
            if not verdict.take:
                out.held += 1
                if verdict.conflict and here is not None:
                    out.conflicts.append(("conflict", key, name, (here[0], here[1]), lost))
                continue
            if self.restricted and not allowed(self.rights, kind, name):
                if here is None:  # a new part (a funding line) of a record held: proposed
                    # against nothing, at the record's newest stamp, as the laptop's merge does
                    out.conflicts.append(("proposal", key, name, (None, max(
                        (h for _, h, _ in own.values()), default="")), lost))
                elif verdict.differs:
                    out.conflicts.append(("proposal", key, name, (here[0], here[1]), lost))
                out.held += 1
                continue
            if verdict.conflict and here is not None:
                out.conflicts.append(("conflict", key, name, (change.value, change.hlc), here))
            values[name] = change.value
            applied[name] = (change.hlc, change.who)
            out.cells[name] = lost
        if held is not None:
            deleted = deletion_conflict(
                was_deleted=own.get(DELETED, (None,))[0],
                own={n: (h, w) for n, (_, h, w) in own.items()}, values=values,
                applied=applied, incoming=incoming, views=self.views)
            if deleted is not None:
                out.conflicts.append(("conflict", key, DELETED, deleted.kept, deleted.lost))
        return out

    def scope(self, kind: str, record_id: str, values: dict[str, Any]) -> Scope:
        """What the access rules read of a record, from its cells after the merge."""
        if kind == "partnership":
            self.codes[record_id] = values.get("country_code")
            return (record_id, values.get("country_code"), None, None, None)
        if kind == "organisation":
            return (None, None, None, None, None)
        if kind == "pack":
            ids = {values.get("partnership_id"), *(values.get("partnership_ids") or [])}
            if values.get("roundtable_id"):
                ids.add(self._partnership_of_roundtable(values["roundtable_id"]))
            return (None, None, sorted(self.codes.get(i) or "?" for i in ids if i), None, None)
        pid = values.get("partnership_id") or None  # a note on an organisation has ''
        if kind == "roundtable":
            self.roundtables[record_id] = pid
        note = kind == "note"
        return (pid, self.codes.get(pid) if pid else None, None,
                values.get("target_kind") if note else None,
                values.get("visibility") if note else None)

    def _partnership_of_roundtable(self, record_id: str) -> str | None:
        if record_id not in self.roundtables:
            row = self.conn.execute("SELECT partnership_id FROM record_scope WHERE kind ="
                                    " 'roundtable' AND id = %s", [record_id]).fetchone()
            self.roundtables[record_id] = None if row is None else row[0]
        return self.roundtables[record_id]

    def _author(self, merged: _Merged) -> str | None:
        """A delegation's new note is its Member State's: no other delegation sees it."""
        if merged.kind == "note" and merged.created and self.who.user.role == "delegation":
            return self.who.user.member_state
        return self.authors.get((merged.kind, merged.id))

    def refuse_out_of_sight(self) -> None:
        """Drop what would leave a record outside the user's sight, or put one there."""
        if not self.restricted:
            return
        rows = [(m.kind, m.id, *m.scope, self._author(m)) for m in self.merged
                if m.scope is not None]
        if not rows:
            return
        columns = list(zip(*rows, strict=True))
        hidden = {(k, i) for k, i in self.conn.execute(
            "SELECT kind, id FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[],"
            " %s::text[], %s::text[], %s::text[], %s::text[]) AS v(kind, id, partnership_id,"
            " partnership_code, pack_codes, note_target_kind, note_visibility,"
            " author_member_state) WHERE NOT coalesce(tpdesk_sees(ROW(v.kind, v.id,"
            " v.partnership_id, v.partnership_code, v.pack_codes::text[], v.note_target_kind,"
            " v.note_visibility, v.author_member_state, '', 0)::record_scope), false)",
            [list(columns[0]), list(columns[1]), list(columns[2]), list(columns[3]),
             [None if c is None else "{" + ",".join(c) + "}" for c in columns[4]],
             list(columns[5]), list(columns[6]), list(columns[7])])}
        for m in self.merged:
            if (m.kind, m.id) in hidden:
                self.counts["refused"] += len(m.cells) + m.held
                m.cells, m.conflicts, m.held, m.scope = {}, [], 0, None

    def write(self) -> None:
        """Cells, scopes and new conflicts in a few bulk statements, each change numbered."""
        filed = [c for m in self.merged for c in m.conflicts]
        ids = [conflict_id(kind, key[0], key[1], name, lost[1])
               for kind, key, name, _, lost in filed]
        known = {r[0] for r in self.conn.execute("SELECT id FROM conflict WHERE id = ANY(%s)",
                                                 [ids])}
        scopes, cells, conflicts = [], [], []
        for m in self.merged:
            self.counts["held"] += m.held
            if m.scope is not None:
                scopes.append((m.kind, m.id, *m.scope, self._author(m), self.who.user.name,
                               self.seq + 1))
            for name, (value, hlc, who) in sorted(m.cells.items()):
                cells.append((m.kind, m.id, name, json.dumps(value, ensure_ascii=False), hlc,
                              who, self.next_seq()))
            self.counts["accepted"] += len(m.cells)
        for cid, (kind, key, name, kept, lost) in zip(ids, filed, strict=True):
            if cid in known:
                continue
            known.add(cid)
            conflicts.append((cid, kind, *key, name, Jsonb(kept[0]), kept[1], Jsonb(lost[0]),
                              lost[1], lost[2], self.who.user.name, self.next_seq()))
            self.counts["proposals" if kind == "proposal" else "conflicts"] += 1
        with self.conn.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO record_scope (kind, id, {_SCOPE_COLUMNS}, author_member_state,"
                " created_by, scope_seq) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (kind, id) DO UPDATE SET partnership_id ="
                " EXCLUDED.partnership_id, partnership_code = EXCLUDED.partnership_code,"
                " pack_codes = EXCLUDED.pack_codes, note_target_kind ="
                " EXCLUDED.note_target_kind, note_visibility = EXCLUDED.note_visibility,"
                " scope_seq = EXCLUDED.scope_seq", scopes)
            if cells:  # one statement over columns: a row at a time costs the push its time
                columns = [list(c) for c in zip(*cells, strict=True)]
                cursor.execute(
                    "INSERT INTO cell (kind, id, field, value, hlc, who, seq)"
                    " SELECT kind, id, field, value::jsonb, hlc, who, seq FROM unnest(%s::text[],"
                    " %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::bigint[])"
                    " AS v(kind, id, field, value, hlc, who, seq)"
                    " ON CONFLICT (kind, id, field) DO UPDATE SET value = EXCLUDED.value,"
                    " hlc = EXCLUDED.hlc, who = EXCLUDED.who, seq = EXCLUDED.seq", columns)
            cursor.executemany(
                "INSERT INTO conflict (id, kind, record_kind, record_id, field, kept, kept_hlc,"
                " lost, lost_hlc, lost_who, filed_by, seq) VALUES"
                " (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", conflicts)
            for pid, code in [(s[1], s[3]) for s in scopes if s[0] == "partnership"]:
                cursor.execute(  # its records follow a partnership's code (or its arrival)
                    "UPDATE record_scope SET partnership_code = %s, scope_seq = %s"
                    " WHERE partnership_id = %s AND kind <> 'partnership'"
                    " AND partnership_code IS DISTINCT FROM %s", [code, self.seq, pid, code])

    def conflicts(self) -> None:
        """Conflicts the laptop found (merging a file) join the server's; resolutions travel.

        A laptop sends all it holds on every push: what the server holds
        already, with no later resolution, is sorted out in two queries.
        """
        pushed = {c.id: c for c in self.request.conflicts}
        if not pushed:
            return
        held = dict(self.conn.execute("SELECT id, resolved_hlc FROM conflict WHERE id = ANY(%s)",
                                      [list(pushed)]).fetchall())
        news = [c for c in pushed.values() if c.id not in held
                or (c.resolved_hlc or "") > (held[c.id] or "")]
        if not news:
            return
        visible = {(k, i) for k, i in self.conn.execute(
            "SELECT s.kind, s.id FROM record_scope s JOIN unnest(%s::text[], %s::text[])"
            " AS v(kind, id) ON v.kind = s.kind AND v.id = s.id WHERE tpdesk_sees(s)",
            [[c.record_kind for c in news], [c.record_id for c in news]])}
        rows = []
        for c in news:
            if (c.record_kind, c.record_id) not in visible:
                self.counts["refused"] += 1
                continue
            rows.append((c.id, c.kind, c.record_kind, c.record_id, c.field, Jsonb(c.kept),
                         c.kept_hlc, Jsonb(c.lost), c.lost_hlc, c.lost_who, c.resolved_hlc,
                         None if c.resolved_hlc is None else Jsonb(c.resolution),
                         self.who.user.name, self.next_seq()))
        with self.conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO conflict (id, kind, record_kind, record_id, field, kept, kept_hlc,"
                " lost, lost_hlc, lost_who, resolved_hlc, resolution, filed_by, seq) VALUES"
                " (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (id) DO UPDATE SET resolved_hlc = EXCLUDED.resolved_hlc,"
                " resolution = EXCLUDED.resolution, seq = EXCLUDED.seq", rows)

    def advance(self) -> None:
        """After a complete push the server holds every change the copy made itself."""
        own = self.request.vector.get(self.request.replica)
        if self.request.complete and own:
            self.conn.execute("INSERT INTO replica_seen (replica, hlc) VALUES (%s, %s)"
                              " ON CONFLICT (replica) DO UPDATE SET hlc = EXCLUDED.hlc"
                              " WHERE replica_seen.hlc < EXCLUDED.hlc",
                              [self.request.replica, own])


# -- pull --------------------------------------------------------------------

def pull(conn: Connection, who: Viewer, after: int, limit: int, *,
         proposals: bool = False) -> bytes:
    """Changes after `after` that the user may see, in pages, as the answer's JSON text.

    A new record comes whole; the copy's own cells (stamped with its replica
    id) do not come back, as it holds them, or a later stamp of its own.
    `proposals`: the secretariat's copy asks for them too (they are no
    conflict records an exchange merge would take).
    """
    sees_all = who.user.role == "secretariat"
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        # The visibility subqueries' estimated cost makes PostgreSQL JIT-compile every
        # page's query: that took half its time (EXPLAIN ANALYZE), for nothing saved.
        conn.execute("SET LOCAL jit = off")
        memo = _Memo(after, 0, 0) if sees_all else _memo(conn, who, after)
        start = memo.start
        as_user(conn, who.user, restricted=True)
        cells = conn.execute(  # along the sequence index, stopping at the page's end
            "SELECT c.seq, c.kind, c.id, c.field, json_build_array(c.field, c.value, c.hlc,"
            " c.who)::text FROM cell c WHERE c.seq > %s AND substr(c.hlc, 22) <> %s AND"
            " (SELECT tpdesk_sees(s) FROM record_scope s WHERE s.kind = c.kind AND s.id = c.id)"
            " ORDER BY c.seq LIMIT %s", [start, who.replica, limit + 1]).fetchall()
        conflicts = conn.execute(
            "SELECT seq, id, kind, record_kind, record_id, field, kept, kept_hlc, lost,"
            " lost_hlc, lost_who, resolved_hlc, resolution FROM conflict c"
            " WHERE seq > %s AND tpdesk_sees_conflict(c) AND (kind = 'conflict' OR %s)"
            " ORDER BY seq LIMIT %s", [start, proposals, limit + 1]).fetchall()
        sighted = conn.execute(  # records that came into sight: sent whole
            "SELECT s.scope_seq, s.kind, s.id FROM record_scope s WHERE s.scope_seq > %s"
            " AND tpdesk_sees(s) ORDER BY s.scope_seq LIMIT %s", [start, limit + 1]).fetchall()
        firsts = {(int(r[0]), r[1], r[2]) for r in cells}  # a new record's first cell
        items = sorted([(int(r[0]), 0, r) for r in cells]
                       + [(int(r[0]), 1, r) for r in sighted if (int(r[0]), r[1], r[2])
                          not in firsts]
                       + [(int(r[0]), 2, r) for r in conflicts], key=lambda i: i[0])
        page, more = items[:limit], len(items) > limit
        cut = page[-1][0] if page else after
        records: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for _, what, r in page:
            if what < 2:
                records.setdefault((r[1], r[2]), [])
        for _, what, r in page:
            if what == 0:
                records[r[1], r[2]].append((r[3], r[4]))
        whole = _whole(conn, list(records), after)
        records.update(whole)
        latest = _latest(conn)
        if not more and sees_all:  # it may know the whole sequence:
            cut = latest  # skip its own cells, not to scan them again
        rest = {"conflicts": [_conflict_json(r) for _, what, r in page if what == 2],
                "next": cut, "more": more,
                "vector": vector_for(conn, who, fresh=bool(page) and not more),
                "total": _left(conn, who, cut, memo) if more else 0}
    if not sees_all:
        _remember(conn, who, memo, cut, latest, more=more)
    groups = ",".join(
        f'{{"kind":{_text(k)},"id":{_text(i)},"cells":[{",".join(c for _, c in sorted(cs))}]}}'
        for (k, i), cs in records.items() if cs)
    tail = json.dumps(rest, ensure_ascii=False, separators=(",", ":"))
    return f'{{"changes":[{groups}],{tail[1:]}'.encode()


@dataclass
class _Memo:
    """How far this user's copy's pulls scanned, kept in `pull_scan`.

    Anyone but the secretariat is answered `next` at its last visible change,
    not the server's latest (which would tell how busy the others are), so
    without this every pull would walk again through all the others' changes
    since: `start` is where a pull from `after` scans from, past what the last
    pull from that `next` found out of sight. What lay between stays out of
    sight: an edit gets a new sequence number, a record coming into sight a
    new `scope_seq`, both past the scan. `newest`, the newest change it may
    see found scanning back from `through`, spares `_left` the same walk.
    The table (not memory) comes back with a restored dump, in step with it.
    """

    start: int
    newest: int
    through: int


def _memo(conn: Connection, who: Viewer, after: int) -> _Memo:
    row = conn.execute("SELECT next, scanned, newest, newest_through FROM pull_scan"
                       " WHERE user_name = %s AND replica = %s",
                       [who.user.name, who.replica]).fetchone()
    if row is None:
        return _Memo(after, 0, 0)
    start = max(after, int(row[1])) if int(row[0]) == after else after
    return _Memo(start, int(row[2]), int(row[3]))


def _remember(conn: Connection, who: Viewer, memo: _Memo, cut: int, latest: int, *,
              more: bool) -> None:
    """After the pull's transaction: the last page's scan, or the newest change found."""
    with conn.transaction():
        if more:
            conn.execute("INSERT INTO pull_scan (user_name, replica, newest, newest_through)"
                         " VALUES (%s, %s, %s, %s) ON CONFLICT (user_name, replica) DO UPDATE"
                         " SET newest = EXCLUDED.newest,"
                         " newest_through = EXCLUDED.newest_through",
                         [who.user.name, who.replica, memo.newest, memo.through])
        else:
            conn.execute("INSERT INTO pull_scan (user_name, replica, next, scanned)"
                         " VALUES (%s, %s, %s, %s) ON CONFLICT (user_name, replica) DO UPDATE"
                         " SET next = EXCLUDED.next, scanned = EXCLUDED.scanned",
                         [who.user.name, who.replica, cut, latest])


_text = json.encoder.encode_basestring  # a JSON string, quoted and escaped


def _left(conn: Connection, who: Viewer, cut: int, memo: _Memo) -> int:
    """How far past `cut` the last change this user will be sent is, in sequence numbers.

    The secretariat's is the server's latest; anyone else's is that of the
    newest cell, conflict or record come into sight that it may see, found
    from the end of the sequence index down to where the last such search
    stopped (`memo`, updated), so that what it may not see counts for
    nothing and is walked through once.
    """
    if who.user.role == "secretariat":
        return max(0, _latest(conn) - cut)
    through = memo.through
    row = conn.execute(
        "SELECT greatest((SELECT c.seq FROM cell c WHERE c.seq > %s AND"
        " substr(c.hlc, 22) <> %s AND"
        " (SELECT tpdesk_sees(s) FROM record_scope s WHERE s.kind = c.kind AND s.id = c.id)"
        " ORDER BY c.seq DESC LIMIT 1), (SELECT max(seq) FROM conflict c WHERE seq > %s AND"
        " tpdesk_sees_conflict(c) AND kind = 'conflict'), (SELECT max(scope_seq) FROM"
        " record_scope s WHERE scope_seq > %s AND tpdesk_sees(s))), (SELECT last FROM"
        " server_seq)", [through, who.replica, through, through]).fetchone()
    if row is None:
        return 0
    memo.newest, memo.through = max(memo.newest, int(row[0] or 0)), int(row[1])
    return max(0, memo.newest - cut)


def _latest(conn: Connection) -> int:
    row = conn.execute("SELECT last FROM server_seq").fetchone()
    return int(row[0]) if row else 0


def _whole(conn: Connection, records: list[tuple[str, str]],
           after: int) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """Every cell (field, its JSON) of these records whose scope changed after `after`.

    A copy that could not see such a record lacks its older cells. The other
    records' cells after the page's cut come with a later page: were they
    sent here, every page would carry all that follows of the records it
    touches, and a pull of records that many laptops edit is quadratic.
    """
    if not records:
        return {}
    out: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for kind, record_id, name, text in conn.execute(
            "SELECT c.kind, c.id, c.field, json_build_array(c.field, c.value, c.hlc,"
            " c.who)::text FROM cell c JOIN record_scope s ON s.kind = c.kind AND s.id = c.id"
            " JOIN unnest(%s::text[], %s::text[]) AS page(kind, id)"
            " ON page.kind = c.kind AND page.id = c.id"
            " WHERE s.scope_seq > %s AND tpdesk_sees(s)",
            [[k for k, _ in records], [i for _, i in records], after]):
        out.setdefault((kind, record_id), []).append((name, text))
    return out


def _conflict_json(row: Any) -> dict[str, Any]:
    names = ("id", "kind", "record_kind", "record_id", "field", "kept", "kept_hlc", "lost",
             "lost_hlc", "lost_who", "resolved_hlc", "resolution")
    return dict(zip(names, row[1:], strict=True))
