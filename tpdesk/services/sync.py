"""Sync with the secretariat server: the exchange merge over HTTP (`docs/sync-protocol.md`).

A sync pushes what the server's last vector does not cover (the selection
of an exchange reply), then pulls the server's changes page by page, each
page merged as an exchange file from the server would be, with its
sequence number stored in the same transaction: a sync stopped at any
point (network, kill -9) leaves whole pages merged and resumes after them.
A push is one transaction on the server and idempotent, so pushing again
after a lost answer doubles nothing. Nothing here runs on the GUI thread.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, replace
from typing import Any

from ..models import merge, replicas, servers
from ..models.clock import check_plausible
from ..models.errors import InputError, UserError
from ..models.l10n import translate
from ..models.records import RECORD_TYPES
from ..models.servers import ServerState
from ..models.store import Store
from .stores import Progress, Stores, no_progress
from .sync_http import DEFAULT_TIMEOUT, Client, SyncError, TooLarge, server_address

SYNC_MINUTES = 5  # the app syncs this often while open, and on close
PAGE = 5000  # cells a pull page asks for (the protocol's most)
# Cells of consecutive pages merged in one transaction: a record touched on every page (all
# laptops edited it) is rewritten once per merge, not once per page. A crash pulls them again.
MERGE_CELLS = 50_000
PUSH_CELLS = 5000  # change records a push carries at most; a 413 halves it


@dataclass(frozen=True)
class SyncReport:
    server: str
    pushed: int  # records whose changes were sent
    pulled: int  # records the pulled pages changed here
    conflicts: int  # new conflicts filed here by this sync

    def summary(self) -> str:
        return (f"synced with {self.server}: pushed {self.pushed}, pulled {self.pulled},"
                f" conflicts {self.conflicts}")


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar says: no server; or synced, waiting changes, conflicts."""

    url: str | None
    user: str = ""
    role: str = ""
    waiting: int = 0  # records with changes the server does not hold yet
    conflicts: int = 0  # open conflicts and proposals
    synced_at: str | None = None

    @property
    def signed_in(self) -> bool:
        return self.url is not None


def status(stores: Stores) -> SyncStatus:
    with stores() as store:
        state = servers.current(store)
        conflicts = merge.open_count(store)
        if state is None:
            return SyncStatus(None, conflicts=conflicts)
        return SyncStatus(state.url, state.user, state.role,
                          merge.count_since(store, state.vector), conflicts, state.synced_at)


def sign_in(stores: Stores, url: str, token: str | None = None, *, user: str | None = None,
            password: str | None = None, timeout: float = DEFAULT_TIMEOUT) -> SyncStatus:
    """Trade a one-time token, or a user's name and password, for this copy's credential.

    The credential is kept in the database; a fresh, empty copy joins the
    server's register. The token or password is sent once and kept nowhere.
    """
    if token is not None:
        token = token.strip()
        if not token or len(token) > 1000 or any(c.isspace() for c in token):
            raise UserError(translate("Core",
                "the sign-in token is empty or not a token (paste the line "
                "'tpdesk-server users add' printed)"))
        secret: dict[str, str] = {"token": token}
    else:
        user = (user or "").strip()
        if not user or not password:
            raise UserError(translate("Core",
                "a sign-in needs the one-time token, or the user name and password"))
        secret = {"user": user, "password": password}
    client = Client(url, timeout=timeout)
    with stores() as store:
        me = replicas.identity(store)
        fresh = replicas.holds_nothing(store)
        answer = client.post("/v1/session", {  # a 409 here leaves the token unused
            **secret, "replica": me.replica_id, "name": me.name or store.user,
            "person": me.person or store.user,
            "register": None if fresh else me.register_id})
        try:
            state = ServerState(
                client.url, str(answer["credential"]), str(answer["user"]),
                str(answer["role"]), _text_or_none(answer.get("member_state")),
                None if answer.get("partnerships") is None
                else [str(p) for p in answer["partnerships"]], store.now())
            register, secretariat = str(answer["register"]), str(answer["secretariat"])
        except (KeyError, TypeError) as exc:
            raise SyncError(translate("Core",
                "{host}: the sign-in answer lacks {exc}; is this a tpdesk server?").format(
                host=client.host, exc=exc)) from None
        with store.transaction():
            if register != me.register_id:
                if not fresh:
                    raise SyncError(translate("Core",
                        "{host}: this copy belongs to another register than the "
                        "server's; sync a new, empty database file").format(host=client.host))
                replicas.join_register(store, register_id=register, secretariat=secretariat)
            servers.sign_in(store, state)
    return status(stores)


def sign_out(stores: Stores) -> None:
    """Forget the server's credential; the register stays as it is."""
    with stores() as store:
        state = servers.current(store)
        if state is not None:
            servers.sign_out(store, state.url)


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def sync(stores: Stores, *, url: str | None = None, token: str | None = None,
         user: str | None = None, password: str | None = None,
         progress: Progress = no_progress, timeout: float = DEFAULT_TIMEOUT,
         pull: bool = True) -> SyncReport:
    """Push, then pull; `url` and `token` (or `user` and `password`): sign in first.

    A failure raises one line that says how far it got; whatever is done
    then is whole and kept. `pull=False` only pushes (on close, in a hurry).
    """
    if token is not None or user is not None:
        if url is None:
            raise InputError("server", None, translate("Core",
                "a sign-in needs the server's address"))
        sign_in(stores, url, token, user=user, password=password, timeout=timeout)
    with stores() as store:
        state = _state(store, url)
        client = Client(state.url, credential=state.credential, timeout=timeout)
        run = _Run(store, client, state)
        try:
            run.push()
            if pull:
                run.pull(progress)
        except SyncError as exc:
            done = (translate("Core", "pushed {pushed}, pulled {pulled} before that (kept; "
                              "the rest on the next sync)").format(pushed=run.pushed,
                                                                  pulled=run.pulled)
                    if run.pushed or run.pulled else translate("Core", "nothing changed"))
            raise SyncError(f"{exc}; {done}", offline=exc.offline) from None
        servers.note_synced(store, state.url)
        return SyncReport(state.url, run.pushed, run.pulled, run.conflicts)


def _state(store: Store, url: str | None) -> ServerState:
    state = servers.current(store, None if url is None else server_address(url))
    if state is not None:
        return state
    if url is None:
        raise InputError("server", None, translate("Core",
            "this copy has no server yet: sign in once, with the token the secretariat "
            "gave you (or your user name and password)"))
    raise InputError("server", url, translate("Core",
        "not signed in to {server_address}: sign in with the token the secretariat "
        "gave you (or your user name and password)").format(
        server_address=server_address(url)))


class _Run:
    """One sync's push and pull against one server."""

    def __init__(self, store: Store, client: Client, state: ServerState) -> None:
        self.store, self.client, self.state = store, client, state
        self.pushed = self.pulled = self.conflicts = 0

    def push(self) -> None:
        # Parents first: the server numbers the cells in the order they come, and a
        # laptop pulling them must meet a partnership before its activities.
        rank = {kind: n for n, kind in enumerate(RECORD_TYPES)}
        changes = sorted(merge.changes_since(self.store, self.state.vector),
                         key=lambda c: rank[c.kind])
        if self.state.role == "reader":  # it relays nothing: others' cells it holds came
            # from the server, which may not count them in its vector; its own are refused
            changes = [c for c in changes if c.stamp.replica == self.store.replica_id]
        new, told = merge.conflicts_new_to(
            self.store, servers.conflicts_told(self.store, self.state.url), self.state.vector)
        conflicts = [c.to_json() for c in new if c.kind == "conflict"]
        if not changes and not conflicts:
            return
        size, sent = PUSH_CELLS, 0
        answer: dict[str, Any] = {}
        while sent < len(changes) or not answer:
            batch = _whole_records(changes, sent, size)
            try:
                answer = self.client.post("/v1/push", {
                    "batch": str(uuid.uuid4()), "replica": self.store.replica_id,
                    "changes": list(merge.group_json(batch)),
                    "conflicts": conflicts if sent == 0 else [],
                    "vector": replicas.vector(self.store),
                    "complete": sent + len(batch) >= len(changes)})
            except TooLarge:
                if size <= 1:
                    raise
                size //= 2
                continue
            sent += len(batch)
            self.pushed += len({(c.kind, c.id) for c in batch})
        with self.store.transaction():
            servers.note_vector(self.store, self.state.url, _vector(answer, self.client))
            servers.note_conflicts_told(self.store, self.state.url, told)
        self.state = replace(self.state, vector=_vector(answer, self.client))

    def pull(self, progress: Progress) -> None:
        after = (servers.current(self.store, self.state.url) or self.state).last_seq
        start = after
        # Records held for the next page: split across pages, or referring to a record a
        # later page brings, or pages not merged yet (MERGE_CELLS). Their page's number is
        # not stored until they are merged.
        carried: list[merge.ChangeRecord] = []
        carried_conflicts: list[merge.Conflict] = []
        while True:
            # The secretariat decides the delegations' proposals: its copy asks for them.
            page = self.client.get("/v1/pull", after=after, limit=PAGE,
                                   **({"proposals": 1} if self.state.role == "secretariat"
                                      else {}))
            changes, incoming, vector, more, next_seq = self._page(page)
            changes, incoming = carried + changes, carried_conflicts + incoming
            if more and len(changes) < MERGE_CELLS:
                carried, carried_conflicts = changes, incoming
            else:
                carried, carried_conflicts = self._merge(changes, incoming, vector, more,
                                                         next_seq)
            done = next_seq - start  # in server sequence numbers: cells and conflicts
            progress(done, done + _int(page, "total"))
            if not more:
                return
            after = next_seq

    def _merge(self, changes: list[merge.ChangeRecord], incoming: list[merge.Conflict],
               vector: replicas.Vector, more: bool,
               next_seq: int) -> tuple[list[merge.ChangeRecord], list[merge.Conflict]]:
        """Merge pulled pages up to `next_seq`; what must wait for a later page is returned."""
        plan = merge.plan(self.store, changes, incoming, sender=self.state.url,
                          sender_vector=vector, rights_applied=True)
        if more:  # this copy holds the vector's changes only once the last page is in
            plan = replace(plan, sender_vector={})
        left = set(plan.left_out) if more else set()
        carried = [c for c in changes if (c.kind, c.id) in left]
        try:
            with self.store.transaction(source=f"sync:{self.client.host}"):
                last = merge.last_conflict_row(self.store)
                written = merge.apply(self.store, plan, source=f"sync:{self.client.host}")
                # What this merge filed is the server's, or met here by stamps it holds too;
                # the resolutions came from it.
                told = servers.conflicts_told(self.store, self.state.url)
                servers.note_conflicts_told(self.store, self.state.url, merge.Told(
                    merge.last_conflict_row(self.store) if told.row >= last else 0,
                    merge.resolution_stamps(plan.resolutions + plan.conflicts)))
                if not carried:  # else a crash now must pull those pages again
                    servers.note_pulled(self.store, self.state.url, next_seq)
                servers.note_vector(self.store, self.state.url, vector)
        except UserError:
            if not more:
                raise
            return changes, incoming
        self.pulled += len(written)
        self.conflicts += sum(c.kind == "conflict" for c in plan.conflicts)
        return carried, []

    def _page(self, page: dict[str, Any]) -> tuple[list[merge.ChangeRecord], list[merge.Conflict],
                                                   replicas.Vector, bool, int]:
        where = f"{self.client.host}: a pull page"
        try:
            changes = [c for each in page["changes"] for c in merge.from_group_json(each)]
            incoming = [_conflict(c) for c in page.get("conflicts") or []]
            more, next_seq = bool(page["more"]), int(page["next"])
        except (KeyError, TypeError, ValueError) as exc:
            raise SyncError(translate("Core",
                "{where} cannot be read ({exc})").format(where=where, exc=exc)) from None
        if changes:  # stamps sort as their text: the latest is the one that could be ahead
            check_plausible(max(changes, key=lambda c: c.hlc).stamp,
                            now_ms=int(time.time() * 1000))
        return changes, incoming, _vector(page, self.client), more, next_seq


def _conflict(data: Any) -> merge.Conflict:
    """A conflict, or a proposal (the secretariat's pages carry them, to decide here)."""
    if isinstance(data, dict) and data.get("kind") == "proposal":
        return replace(merge.Conflict.from_json({**data, "kind": "conflict"}), kind="proposal")
    return merge.Conflict.from_json(data)


def _whole_records(changes: list[merge.ChangeRecord], start: int,
                   size: int) -> list[merge.ChangeRecord]:
    """About `size` change records from `start`, never cutting one record's cells apart."""
    def same(i: int) -> bool:
        return (changes[i - 1].kind, changes[i - 1].id) == (changes[i].kind, changes[i].id)

    end = cut = min(start + size, len(changes))
    while start < cut < len(changes) and same(cut):
        cut -= 1
    if cut == start:  # one record with more cells than `size`: sent whole
        cut = end
        while cut < len(changes) and same(cut):
            cut += 1
    return changes[start:cut]


def _vector(answer: dict[str, Any], client: Client) -> replicas.Vector:
    vector = answer.get("vector")
    if not isinstance(vector, dict):
        raise SyncError(translate("Core",
            "{host}: the answer has no vector; is this a tpdesk server?").format(host=client.host))
    return {str(k): str(v) for k, v in vector.items()}


def _int(answer: dict[str, Any], key: str) -> int:
    try:
        return max(0, int(answer.get(key) or 0))
    except (TypeError, ValueError):
        return 0
