"""The laptop's side of the sync protocol's HTTP (`docs/sync-protocol.md`), standard library only.

Every failure becomes one line for a person (`SyncError`): unreachable,
TLS, timeout, a disabled account, another register. The credential travels
only in the Authorization header: never in a URL, a message or a log. Plain
HTTP is accepted for the loopback only, so that a credential cannot cross a
network unencrypted; redirects are refused, so that it is never replayed to
another address. A proxy from the environment is used, except for the loopback.

The HTTP and TLS modules are imported by the client's calls, not with this
module: the app's window names `SyncError` and starts without them.
"""

from __future__ import annotations

import json
import urllib.parse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import urllib.error
    import urllib.request

from ..models.addresses import is_loopback
from ..models.errors import InputError, UserError
from ..models.l10n import translate

DEFAULT_TIMEOUT = 30.0  # seconds per request: a first pull page of 2,000 records fits


class SyncError(UserError):
    """A sync that failed, in one line; nothing was changed half-way.

    `offline`: the server could not be reached at all (the app says "offline"
    and tries again later), rather than reached and refusing.
    """

    def __init__(self, message: str, *, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline


class TooLarge(SyncError):
    """413: the server wants smaller pushes."""


def server_address(url: str) -> str:
    """The normal form of a server address; an `InputError` on `server` unless http(s)://host[:port]."""
    text = url.strip().rstrip("/")
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError("server", url, translate("Core",
            "{url!r}: give the server's address as https://HOST[:PORT]").format(url=url))
    if parts.query or parts.fragment or parts.username or parts.password:
        raise InputError("server", url, translate("Core",
            "{url!r}: the address takes no user, query or fragment").format(url=url))
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InputError("server", url, translate("Core",
            "{url!r}: plain http is refused except on this computer; use https://").format(
            url=url))
    return text


def _opener(loopback: bool) -> urllib.request.OpenerDirector:
    """An opener that verifies TLS, refuses redirects, and bypasses proxies on the loopback."""
    import ssl
    import urllib.request

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None  # the 3xx comes back as an HTTPError

    handlers: list[urllib.request.BaseHandler] = [
        NoRedirect(), urllib.request.HTTPSHandler(context=ssl.create_default_context())]
    if loopback:
        handlers.append(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener(*handlers)


class Client:
    """Calls to one server, with or without a credential."""

    def __init__(self, url: str, *, credential: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.url = server_address(url)
        self.host = urllib.parse.urlsplit(self.url).netloc
        self._credential = credential
        self.timeout = timeout
        self._opener = _opener(is_loopback(urllib.parse.urlsplit(self.url).hostname or ""))

    def __repr__(self) -> str:
        return f"Client({self.url!r})"

    def get(self, path: str, **query: object) -> dict[str, Any]:
        return self._call("GET", path + ("?" + urllib.parse.urlencode(query) if query else ""))

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        return self._call("POST", path, json.dumps(body, ensure_ascii=False,
                                                   separators=(",", ":")).encode())

    def _call(self, method: str, path: str, data: bytes | None = None) -> dict[str, Any]:
        import urllib.error
        import urllib.request
        from http.client import HTTPException

        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self._credential is not None:
            request.add_header("Authorization", f"Bearer {self._credential}")
        try:
            with self._opener.open(request, timeout=self.timeout) as answer:
                body = answer.read()
        except urllib.error.HTTPError as exc:
            raise self._refused(exc) from None
        except urllib.error.URLError as exc:
            raise self._failed(exc.reason) from None
        except (OSError, HTTPException) as exc:
            raise self._failed(exc) from None
        try:
            parsed = json.loads(body)
        except ValueError:
            raise SyncError(translate("Core",
                "{host}: the answer is not the sync protocol's JSON; is this a "
                "tpdesk server?").format(host=self.host)) from None
        if not isinstance(parsed, dict):
            raise SyncError(translate("Core",
                "{host}: the answer is not the sync protocol's JSON").format(host=self.host))
        return parsed

    def _failed(self, reason: object) -> SyncError:
        import socket
        import ssl
        from http.client import HTTPException

        if isinstance(reason, ssl.SSLCertVerificationError):
            return SyncError(translate("Core",
                "{host}: TLS error: the server's certificate is not trusted "
                "({verify_message})").format(host=self.host, verify_message=reason.verify_message))
        if isinstance(reason, ssl.SSLError):
            return SyncError(translate("Core",
                "{host}: TLS error ({reason})").format(
                host=self.host, reason=reason.reason or reason))
        if isinstance(reason, TimeoutError | socket.timeout):
            return SyncError(translate("Core",
                "{host}: timeout: no answer within {timeout:g} s").format(
                host=self.host, timeout=self.timeout),
                             offline=True)
        if isinstance(reason, socket.gaierror):
            return SyncError(translate("Core",
                "{host}: server unreachable (the name is not found; offline?)").format(
                host=self.host), offline=True)
        if isinstance(reason, OSError):
            why = reason.strerror or type(reason).__name__
            return SyncError(translate("Core",
                "{host}: server unreachable ({why})").format(
                host=self.host, why=why.lower()), offline=True)
        if isinstance(reason, HTTPException):
            return SyncError(translate("Core",
                "{host}: the connection broke off ({error})").format(
                host=self.host, error=type(reason).__name__),
                             offline=True)
        return SyncError(translate("Core",
            "{host}: server unreachable ({reason})").format(
            host=self.host, reason=reason), offline=True)

    def _refused(self, exc: urllib.error.HTTPError) -> SyncError:
        from http.client import HTTPException

        try:
            said = str(json.loads(exc.read()).get("error") or "").splitlines()[0]
        except (ValueError, AttributeError, IndexError, OSError, HTTPException):
            said = ""
        said = said[:200]
        code = exc.code
        if code == 401:
            return SyncError(translate("Core",
                "{host}: 401: the server refused this copy's sign-in (a disabled "
                "account, a wrong password, or an unknown or used token); ask the "
                "secretariat for a new token").format(host=self.host))
        if code == 409:
            return SyncError(translate("Core",
                "{host}: 409: {reason}").format(
                host=self.host, reason=said or translate(
                    "Core", "this copy belongs to another register")))
        if code == 413:
            return TooLarge(translate("Core",
                "{host}: 413: the push is too large").format(host=self.host))
        if code == 503:
            return SyncError(translate("Core",
                "{host}: 503: the server's database is unavailable; it is tried "
                "again later").format(host=self.host))
        if 300 <= code < 400:
            return SyncError(translate("Core",
                "{host}: the server redirects elsewhere ({location}); give that address").format(
                host=self.host, location=exc.headers.get('Location', '?')))
        return SyncError(translate("Core",
            "{host}: {code}: {reason}").format(host=self.host, code=code,
                                               reason=said or exc.reason))
