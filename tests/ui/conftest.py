"""Every UI test runs with the one QApplication: icons and pixmaps need it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tpdesk.models.l10n import Language
from tpdesk.ui.language import use_app_language


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


@pytest.fixture
def in_language(request: pytest.FixtureRequest) -> Iterator[Language]:
    """The app in the language the test is parametrized with (indirect), English after."""
    language: Language = request.param
    app = QApplication.instance()
    use_app_language(app, language)
    yield language
    use_app_language(app, "en")


from server_support import (  # noqa: E402, F401  (fixtures: a live tpdesk-server)
    live_server,
    pg_admin_url,
    server_database,
    server_template,
)
