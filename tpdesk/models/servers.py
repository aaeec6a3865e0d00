"""The secretariat servers this copy syncs with: sign-in, and how far each sync got.

One row per server address. The credential is kept in the database like
the exchange device keys (so an encrypted database keeps it encrypted), and
never in a `repr`, a log or a message. `last_seq` moves in the same
transaction as the pull page it ends, so a sync killed at any point resumes
where the database says, never past or before what it holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .merge import Told
from .replicas import Vector
from .store import Store


@dataclass(frozen=True)
class ServerState:
    url: str
    credential: str = field(repr=False)
    user: str = ""
    role: str = ""
    member_state: str | None = None
    partnerships: list[str] | None = None
    signed_in_at: str = ""
    last_seq: int = 0
    vector: Vector = field(default_factory=dict)  # the server's, as it last said
    synced_at: str | None = None


_CONFLICTS = "sync_conflicts_told:"  # replica_meta key, per server address
_COLUMNS = ("url, credential, user_name, role, member_state, partnerships, signed_in_at,"
            " last_seq, vector, synced_at")


def _state(row: tuple[object, ...]) -> ServerState:
    url, credential, user, role, member_state, partnerships, signed_in, seq, vector, synced = row
    return ServerState(str(url), str(credential), str(user), str(role),
                       None if member_state is None else str(member_state),
                       None if partnerships is None else json.loads(str(partnerships)),
                       str(signed_in), int(str(seq)), json.loads(str(vector)),
                       None if synced is None else str(synced))


def current(store: Store, url: str | None = None) -> ServerState | None:
    """The server at `url`, or (None) the one signed in to last; None if there is none."""
    sql = f"SELECT {_COLUMNS} FROM sync_server"
    sql += " WHERE url = ?" if url is not None else " ORDER BY signed_in_at DESC LIMIT 1"
    with store.translating():
        row = store.db.execute(sql, [url] if url is not None else []).fetchone()
    return None if row is None else _state(tuple(row))


def sign_in(store: Store, state: ServerState) -> None:
    """Keep a new credential for a server, starting its pulls from the beginning."""
    with store.transaction():
        store.db.execute(
            f"INSERT OR REPLACE INTO sync_server ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, 0,"
            " '{}', NULL)",
            [state.url, state.credential, state.user, state.role, state.member_state,
             None if state.partnerships is None else json.dumps(state.partnerships),
             state.signed_in_at or store.now()])
        store.db.execute("DELETE FROM replica_meta WHERE key = ?", [_CONFLICTS + state.url])


def conflicts_told(store: Store, url: str) -> Told:
    """What this server was sent, or sent us, of the conflicts (`merge.conflicts_new_to`)."""
    return Told.from_json(store.meta(_CONFLICTS + url))


def note_conflicts_told(store: Store, url: str, told: Told) -> None:
    store.set_meta(_CONFLICTS + url, conflicts_told(store, url).merged(told).to_json())


def sign_out(store: Store, url: str) -> None:
    """Forget the server's credential and progress (a later sign-in pulls again from 0)."""
    with store.transaction():
        store.db.execute("DELETE FROM sync_server WHERE url = ?", [url])
        store.db.execute("DELETE FROM replica_meta WHERE key = ?", [_CONFLICTS + url])


def note_vector(store: Store, url: str, vector: Vector) -> None:
    """What the server said it holds: later pushes leave that out."""
    store.db.execute("UPDATE sync_server SET vector = ? WHERE url = ?",
                     [json.dumps(vector, sort_keys=True), url])


def note_pulled(store: Store, url: str, seq: int) -> None:
    """A pull page is merged: inside the page's own transaction."""
    store.db.execute("UPDATE sync_server SET last_seq = max(last_seq, ?) WHERE url = ?",
                     [seq, url])


def note_synced(store: Store, url: str) -> None:
    with store.transaction():
        store.db.execute("UPDATE sync_server SET synced_at = ? WHERE url = ?",
                         [store.now(), url])
