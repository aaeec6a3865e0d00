"""The server's tests run against a real PostgreSQL (tests/server_support.py)."""

from server_support import (  # noqa: F401  (fixtures)
    client,
    live_server,
    pg_admin_url,
    server_database,
    server_template,
)
