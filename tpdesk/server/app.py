"""The HTTP API (docs/sync-protocol.md) as a Starlette application.

Handlers are thin: they parse, authenticate and hand over to `replication`
and `accounts`, in a worker thread, since psycopg is used synchronously here.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..models.errors import UserError
from . import accounts, replication
from .accounts import Viewer
from .database import applied_steps
from .observe import Metrics, event, logger
from .replication import Refused

FAILURE_DELAY = 1.0  # seconds before answering a wrong password
MAX_BODY = 64 * 1024 * 1024  # a push larger than this: 413, the laptop sends smaller ones

Handler = Callable[[Request], Awaitable[Response]]


def _address(request: Request) -> str:
    """The client's address: the peer's, or what a trusted proxy says (`serve --trusted-proxy`)."""
    return request.client.host if request.client else "unknown"


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class Api:
    def __init__(self, url: str, *, pool_size: int, wait: float) -> None:
        self.pool = ConnectionPool(url, min_size=1, max_size=pool_size, open=False,
                                   kwargs={"application_name": "tpdesk-server",
                                           "autocommit": True})
        self.wait = wait
        self.metrics = Metrics()

    # -- plumbing ------------------------------------------------------------

    def run(self, work: Callable[[psycopg.Connection[Any]], Any]) -> Any:
        with self.pool.connection(timeout=self.wait) as conn:
            return work(conn)

    async def body(self, request: Request) -> Any:
        if int(request.headers.get("content-length") or 0) > MAX_BODY:
            raise Refused(413, f"the request is larger than {MAX_BODY // 2**20} MB:"
                               " send it in smaller batches")
        raw = await request.body()
        if len(raw) > MAX_BODY:
            raise Refused(413, f"the request is larger than {MAX_BODY // 2**20} MB:"
                               " send it in smaller batches")
        try:
            return json.loads(raw)
        except ValueError:
            raise Refused(400, "the request body is not JSON") from None

    def signed_in(self, conn: psycopg.Connection[Any], request: Request) -> Viewer:
        scheme, _, credential = request.headers.get("authorization", "").partition(" ")
        found = accounts.viewer(conn, credential.strip()) if scheme.lower() == "bearer" else None
        if found is None:
            raise Refused(401, "unknown or disabled credential: sign in again")
        return found

    def guarded(self, handler: Handler) -> Handler:
        """One line for every failure, a log line for every request; never a traceback out."""
        async def endpoint(request: Request) -> Response:
            started = time.monotonic()
            try:
                response = await handler(request)
            except Refused as exc:
                response = _error(exc.status, str(exc))
            except UserError as exc:
                response = _error(400, str(exc))
            except (psycopg.OperationalError, TimeoutError) as exc:
                event("database unavailable", error=type(exc).__name__)
                response = _error(503, "the database is unavailable; try again later")
            except Exception:
                logger.exception("bug", extra={"fields": {"path": request.url.path}})
                response = _error(500, "internal error (logged on the server)")
            self.metrics.request(request.url.path, response.status_code)
            event("request", method=request.method, path=request.url.path,
                  status=response.status_code, ms=round((time.monotonic() - started) * 1000, 1),
                  user=request.state.user if hasattr(request.state, "user") else None)
            return response
        return endpoint

    # -- endpoints -----------------------------------------------------------

    async def health(self, request: Request) -> Response:
        def check(conn: psycopg.Connection[Any]) -> int:
            return applied_steps(conn)
        try:
            steps = await run_in_threadpool(self.run, check)
        except (psycopg.OperationalError, TimeoutError):
            return JSONResponse({"status": "down", "database": "unavailable"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "ok", "schema": steps})

    async def metrics_text(self, request: Request) -> Response:
        def latest(conn: psycopg.Connection[Any]) -> int:
            row = conn.execute("SELECT last FROM server_seq").fetchone()
            return int(row[0]) if row else 0
        seq = await run_in_threadpool(self.run, latest)
        return PlainTextResponse(self.metrics.text(seq),
                                 media_type="text/plain; version=0.0.4")

    async def session(self, request: Request) -> Response:
        """Sign a copy in with a one-time token, or with the user's name and password."""
        body = await self.body(request)
        fields = {k: body.get(k) if isinstance(body, dict) else None
                  for k in ("token", "user", "password", "replica", "name", "person")}
        by_password = fields["token"] is None and fields["user"] is not None
        needed = ("user", "password") if by_password else ("token",)
        if not all(isinstance(fields[k], str) and fields[k] for k in (*needed, "replica",
                                                                      "name")):
            raise Refused(400, "a sign-in needs 'token' (or 'user' and 'password'), 'replica'"
                               " and 'name'")
        register = None if body.get("fresh") is True else body.get("register")
        if register is not None and not isinstance(register, str):
            raise Refused(400, "'register' must be the copy's register id or null")
        user: accounts.User | None = None
        if by_password:
            try:
                user = await run_in_threadpool(self.run, lambda conn: accounts.check_password(
                    conn, str(fields["user"]), str(fields["password"]), _address(request)))
            except accounts.Locked as exc:
                raise Refused(429, f"too many wrong passwords: password sign-in for this user"
                                   f" from this address is refused for {exc.seconds} s more"
                              ) from None
            if user is None:
                await asyncio.sleep(FAILURE_DELAY)  # a bounded pause: guessing stays slow
                raise Refused(401, "unknown user or wrong password")

        def sign_in(conn: psycopg.Connection[Any]) -> dict[str, Any]:
            with conn.transaction():
                found = user or accounts.redeem_token(conn, str(fields["token"]))
                if found is None:
                    raise Refused(401, "unknown or already used sign-in token")
                joined = replication.join(conn, found, replica=str(fields["replica"]),
                                          register=register)
                credential = accounts.issue_credential(
                    conn, found, replica=str(fields["replica"]), copy_name=str(fields["name"]),
                    person=str(fields["person"] or ""))
            request.state.user = found.name
            return {"credential": credential, **found.to_json(), **joined}
        return JSONResponse(await run_in_threadpool(self.run, sign_in))

    async def push(self, request: Request) -> Response:
        body = await self.body(request)
        try:
            parsed = replication.parse_push(body)
        except ValueError as exc:
            raise Refused(400, f"not a push: {exc}") from None

        def merge(conn: psycopg.Connection[Any]) -> dict[str, Any]:
            who = self.signed_in(conn, request)
            request.state.user = who.user.name
            return replication.push(conn, who, parsed)
        answer = await run_in_threadpool(self.run, merge)
        self.metrics.add(pushes=1, accepted_changes=answer["accepted"],
                         conflicts=answer["conflicts"], proposals=answer["proposals"])
        event("push", batch=answer["batch"], **{k: answer[k] for k in (
            "accepted", "held", "proposals", "conflicts", "refused", "server_seq")})
        return JSONResponse(answer)

    async def pull(self, request: Request) -> Response:
        try:
            after = int(request.query_params.get("after", "0"))
            limit = int(request.query_params.get("limit", str(replication.DEFAULT_PULL)))
        except ValueError:
            raise Refused(400, "'after' and 'limit' must be whole numbers") from None
        proposals = request.query_params.get("proposals", "") in ("1", "true")
        if after < 0 or not 1 <= limit <= replication.MAX_PULL:
            raise Refused(400, f"'after' must be 0 or more, 'limit' 1 to"
                               f" {replication.MAX_PULL}")

        def page(conn: psycopg.Connection[Any]) -> bytes:
            who = self.signed_in(conn, request)
            request.state.user = who.user.name
            return replication.pull(conn, who, after, limit, proposals=proposals)
        answer = await run_in_threadpool(self.run, page)
        self.metrics.add(pulls=1)
        return Response(answer, media_type="application/json")


def create_app(url: str, *, pool_size: int = 8, wait: float = 10) -> Starlette:
    """The API over this database; `wait`: seconds a request waits for a connection (503)."""
    api = Api(url, pool_size=pool_size, wait=wait)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        api.pool.open(wait=False)
        event("started", pool=pool_size)
        try:
            yield
        finally:
            api.pool.close()

    routes = [Route("/v1/health", api.guarded(api.health), methods=["GET"]),
              Route("/v1/metrics", api.guarded(api.metrics_text), methods=["GET"]),
              Route("/v1/session", api.guarded(api.session), methods=["POST"]),
              Route("/v1/push", api.guarded(api.push), methods=["POST"]),
              Route("/v1/pull", api.guarded(api.pull), methods=["GET"])]
    async def not_here(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        return _error(status, f"no {request.method} {request.url.path} here (the API is /v1/…)")

    return Starlette(routes=routes, lifespan=lifespan,
                     exception_handlers={404: not_here, 405: not_here})
