"""Every UI test runs with the one QApplication: icons and pixmaps need it."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp
