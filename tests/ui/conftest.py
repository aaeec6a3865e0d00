"""Every UI test runs with the one QApplication: icons and pixmaps need it."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


from server_support import (  # noqa: E402, F401  (fixtures: a live tpdesk-server)
    live_server,
    pg_admin_url,
    server_database,
    server_template,
)
