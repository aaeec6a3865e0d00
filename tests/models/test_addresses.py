"""The one loopback check the laptop's addresses and the server's `serve --host` share."""

from __future__ import annotations

import pytest

from tpdesk.models.addresses import is_loopback


@pytest.mark.parametrize(("host", "expected"), [
    ("localhost", True), ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True),
    ("0.0.0.0", False), ("10.0.0.5", False), ("example.org", False), ("localhost.evil", False),
    ("", False),
])
def test_only_this_computer_is_the_loopback(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected
