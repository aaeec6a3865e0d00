"""The command line words the core's refused values with its own options (`--server: …`)."""

from __future__ import annotations

from pathlib import Path

from cli_support import one_line_error, tpdesk


def test_sync_names_its_server_option(tmp_path: Path) -> None:
    db = tmp_path / "laptop.db"
    assert tpdesk("--db", db, "demo").returncode == 0
    token = tmp_path / "token"
    token.write_text("tok-123")
    assert one_line_error(tpdesk("--db", db, "sync")) == (
        "tpdesk: error: --server: this copy has no server yet: sign in once, with the token"
        " the secretariat gave you (or your user name and password)")
    assert one_line_error(tpdesk("--db", db, "sync", "--token-file", token)) == (
        "tpdesk: error: --server: a sign-in needs the server's address")
    assert one_line_error(tpdesk("--db", db, "sync", "--server", "ftp://x.eu", "--token-file",
                                 token)) == ("tpdesk: error: --server: 'ftp://x.eu': give the"
                                             " server's address as https://HOST[:PORT]")


def test_identity_names_its_name_option(tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    assert one_line_error(tpdesk("--db", db, "identity", "--name", " ")) == (
        "tpdesk: error: --name: give 1 to 120 characters")
    assert one_line_error(tpdesk("--db", db, "identity", "--person", "x" * 121)) == (
        "tpdesk: error: --person: give 1 to 120 characters")


def test_a_missing_database_says_how_to_make_one(tmp_path: Path) -> None:
    absent = tmp_path / "absent.db"
    assert one_line_error(tpdesk("--db", absent, "list", "activities")) == (
        f"tpdesk: error: no database at {absent} (run 'tpdesk --db {absent} demo' to create"
        " one with demo data)")
