"""The sync use cases' tests run against a real server on PostgreSQL (tests/server_support.py)."""

from server_support import (  # noqa: F401  (fixtures)
    live_server,
    pg_admin_url,
    server_database,
    server_template,
)
