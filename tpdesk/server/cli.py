"""`tpdesk-server`: set up the database, manage users, serve the API.

Exit codes as the laptop's command line: 0 success; 1 an error the user can
act on, as one line on stderr; 2 bad usage; 130 interrupted.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import socket
import sys
from collections.abc import Sequence

from ..models.addresses import is_loopback
from ..models.errors import UserError
from ..models.secret_input import read_secret
from . import accounts
from .database import ENV_DATABASE, check_current, connect, migrate, translated, where
from .observe import event, kind_and_place, setup_logging

DEFAULT_PORT = 8765
PASSWORD_FILE = "TPDESK_SERVER_PASSWORD_FILE"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tpdesk-server", description="The tpdesk secretariat server laptops sync with.")
    parser.add_argument("--database", metavar="URL", default=os.environ.get(ENV_DATABASE),
                        help=f"PostgreSQL URL (default: ${ENV_DATABASE})")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help="create or migrate the database schema")
    serve = sub.add_parser("serve", help="serve the sync API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--allow-plain-http", action="store_true",
                       help="serve plain HTTP on a non-loopback address (only behind a TLS"
                            " reverse proxy: docs/server.md)")
    serve.add_argument("--trusted-proxy", metavar="ADDRESS", action="append", default=[],
                       help="the reverse proxy's address, whose X-Forwarded-For header then"
                            " gives the client's (repeatable; otherwise the header is ignored)")
    users = sub.add_parser("users", help="accounts").add_subparsers(dest="action", required=True)
    add = users.add_parser("add", help="add a user; prints a one-time sign-in token")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=accounts.ROLES)
    add.add_argument("--member-state", metavar="CODE")
    add.add_argument("--partnership", metavar="CODE", action="append", default=[])
    listing = users.add_parser("list", help="every user: role, scope, copies signed in,"
                                            " whether it has a password")
    listing.add_argument("--json", action="store_true", help="as a JSON array, for scripts")
    disable = users.add_parser("disable", help="refuse a user's credentials from now on")
    disable.add_argument("name")
    passwd = users.add_parser(
        "passwd", help=f"set a user's password, typed at the terminal or read from the file"
                       f" ${PASSWORD_FILE} names (never on the command line)")
    passwd.add_argument("name")
    return parser


def _database(args: argparse.Namespace) -> str:
    url = (args.database or "").strip()
    if not url:
        raise UserError(f"no database: give --database URL or set {ENV_DATABASE}")
    where(url)  # a malformed URL fails here, in one line
    return str(url)


def _users(args: argparse.Namespace, url: str) -> int:
    check_current(url)
    with connect(url) as conn, translated(url):
        if args.action == "add":
            token = accounts.add_user(conn, args.name, args.role, args.member_state,
                                      args.partnership)
            print(f"user {args.name} ({args.role}) added; one-time sign-in token:")
            print(token)
        elif args.action == "list":
            _list(accounts.list_users(conn), as_json=args.json)
        elif args.action == "passwd":
            password = read_secret(PASSWORD_FILE, f"New password for {args.name}: ",
                                   what="password", confirm=True)
            accounts.set_password(conn, args.name, password)
            print(f"password of {args.name} set")
        else:
            accounts.disable_user(conn, args.name)
            print(f"user {args.name} disabled")
    return 0


def _list(users: list[accounts.User], *, as_json: bool) -> None:
    """One tab-separated line a user (name, role, scope, state, password), or JSON."""
    if as_json:
        print(json.dumps([{
            "name": u.name, "role": u.role, "member_state": u.member_state,
            "partnerships": list(u.partnerships), "disabled": u.disabled,
            "copies": u.signed_in, "token_waiting": u.token_waiting,
            "password": u.has_password} for u in users], indent=2))
        return
    for u in users:
        scope = " ".join(filter(None, [u.member_state, *u.partnerships]))
        state = "disabled" if u.disabled else (
            "token not used yet" if u.token_waiting else f"{u.signed_in} copies")
        password = "password" if u.has_password else "no password"
        print(f"{u.name}\t{u.role}\t{scope or '-'}\t{state}\t{password}")


def _serve(args: argparse.Namespace, url: str) -> int:
    if not is_loopback(args.host) and not args.allow_plain_http:
        raise UserError(f"--host {args.host}: this server speaks plain HTTP; on a non-loopback"
                        " address put a TLS reverse proxy in front and add --allow-plain-http"
                        " (docs/server.md)")
    if not 0 < args.port < 65536:
        raise UserError(f"--port {args.port}: not a port number (1 to 65535)")
    for proxy in args.trusted_proxy:
        try:
            ipaddress.ip_network(proxy, strict=False)
        except ValueError:
            raise UserError(f"--trusted-proxy {proxy}: not an IP address or network (e.g."
                            " 127.0.0.1 or 10.0.0.0/8)") from None
    check_current(url)
    listening = _listen(args.host, args.port)
    import uvicorn

    from .app import create_app
    event("serving", host=args.host, port=args.port, trusted_proxies=args.trusted_proxy)
    uvicorn.Server(uvicorn.Config(  # X-Forwarded-For only from the proxies named
        create_app(url), log_config=None, access_log=False,
        proxy_headers=bool(args.trusted_proxy),
        forwarded_allow_ips=args.trusted_proxy or None)).run(sockets=[listening])
    return 0


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so a port in use is one line, not uvicorn's exit 3."""
    try:
        family, kind, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        listening = socket.socket(family, kind)
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
    except OSError as exc:
        raise UserError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from None
    return listening


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging()
    try:
        url = _database(args)
        if args.command == "init":
            steps = migrate(url)
            print(f"database {where(url)} ready (schema {steps})")
            return 0
        if args.command == "users":
            return _users(args, url)
        return _serve(args, url)
    except UserError as exc:
        print(f"tpdesk-server: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tpdesk-server: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # its message may quote a record: its kind and place only
        print(f"tpdesk-server: internal error: {kind_and_place(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
