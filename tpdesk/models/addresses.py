"""Whether a host is this computer: where plain HTTP may carry a credential.

One home for the laptop's address check (`services.sync_http`) and the
server's refusal to serve plain HTTP elsewhere (`server.cli`), so the two
sides never disagree on what counts as the loopback.
"""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """`localhost`, 127.0.0.0/8 or ::1 (a name other than `localhost` is not trusted to be)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
