"""`tpdesk sync` without a server to reach: its one-line errors and exit codes."""

from __future__ import annotations

import socket
from pathlib import Path

from cli_support import one_line_error, tpdesk


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_sync_without_a_server_says_how_to_start(tmp_path: Path) -> None:
    db = tmp_path / "laptop.db"
    assert tpdesk("--db", db, "identity").returncode == 0
    line = one_line_error(tpdesk("--db", db, "sync"))
    assert line.startswith("tpdesk: error: --server: this copy has no server yet: sign in once,"
                           " with the token the secretariat gave you")


def test_an_unreachable_server_at_first_sign_in_is_one_line(tmp_path: Path) -> None:
    db, token = tmp_path / "laptop.db", tmp_path / "token.txt"
    token.write_text("tok-one-time-7f3a\n", encoding="utf-8")
    port = _closed_port()
    line = one_line_error(tpdesk("--db", db, "sync", "--server", f"http://127.0.0.1:{port}",
                                 "--token-file", token))
    assert line == f"tpdesk: error: 127.0.0.1:{port}: server unreachable (connection refused)"
    line = one_line_error(tpdesk("--db", db, "sync", "--server", "http://sync.example.eu",
                                 "--token-file", token))
    assert "plain http is refused except on this computer; use https://" in line
    line = one_line_error(tpdesk("--db", db, "sync", "--server", "https://x.eu",
                                 "--token-file", tmp_path / "absent.txt"))
    assert line.startswith(f"tpdesk: error: {tmp_path / 'absent.txt'}: the token file cannot"
                           " be read")
    assert tpdesk("--db", db, "sync", "--bogus").returncode == 2
