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
from typing import Literal

from .errors import UserError
from .l10n import translate

Kind = Literal["passphrase", "password"]


def read_secret(variable: str, prompt: str, *, what: Kind = "passphrase",
                confirm: bool = False) -> str:
    """The secret in the file named by $`variable`, else typed at the terminal (unechoed)."""
    named = os.environ.get(variable, "").strip()
    if named:
        try:
            text = Path(named).read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(_message(what, "unreadable").format(
                file=named, variable=variable,
                reason=getattr(exc, "strerror", None) or exc)) from exc
    elif sys.stdin is None or not sys.stdin.isatty():
        raise UserError(_message(what, "needed").format(variable=variable))
    else:
        text = getpass.getpass(prompt)
        if confirm and getpass.getpass(translate("Cli", "Again, to confirm: ")) != text:
            raise UserError(_message(what, "differ"))
    if not text:
        raise UserError(_message(what, "empty").format(
            source="$" + variable if named else translate("Cli", "terminal")))
    return text


def _message(what: Kind, problem: str) -> str:
    """One whole sentence per kind of secret, so each language words it as it must."""
    if what == "password":
        return {
            "unreadable": translate("Cli", "{file} (${variable}): the password file cannot be"
                                           " read ({reason})"),
            "needed": translate("Cli", "a password is needed: run in a terminal, or name a"
                                       " file holding it in ${variable}"),
            "differ": translate("Cli", "the two passwords differ; nothing changed"),
            "empty": translate("Cli", "the password is empty ({source})"),
        }[problem]
    return {
        "unreadable": translate("Cli", "{file} (${variable}): the passphrase file cannot be"
                                       " read ({reason})"),
        "needed": translate("Cli", "a passphrase is needed: run in a terminal, or name a"
                                   " file holding it in ${variable}"),
        "differ": translate("Cli", "the two passphrases differ; nothing changed"),
        "empty": translate("Cli", "the passphrase is empty ({source})"),
    }[problem]
