"""A secret a command needs: from the file an environment variable names, else typed.

Never from the command line, where other users and the shell history see it.
The laptop's passphrases and server passwords (`tpdesk sync --user`,
`tpdesk-server users passwd`) are read alike.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from .errors import UserError


def read_secret(variable: str, prompt: str, *, what: str = "passphrase",
                confirm: bool = False) -> str:
    """The secret in the file named by $`variable`, else typed at the terminal (unechoed)."""
    named = os.environ.get(variable, "").strip()
    if named:
        try:
            text = Path(named).read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"{named} (${variable}): the {what} file cannot be read"
                            f" ({getattr(exc, 'strerror', None) or exc})") from exc
    elif sys.stdin is None or not sys.stdin.isatty():
        raise UserError(f"a {what} is needed: run in a terminal, or name a file holding"
                        f" it in ${variable}")
    else:
        text = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again, to confirm: ") != text:
            raise UserError(f"the two {what}s differ; nothing changed")
    if not text:
        raise UserError(f"the {what} is empty ({'$' + variable if named else 'terminal'})")
    return text
