"""A forgotten passphrase, recovered through the secretariat's public key.

A delegate's key file may hold the data key sealed with age to the X25519
recipient the secretariat's exchange files already use (a "sealed" slot):
no secret typed on the laptop opens it, only the secretariat's identity.
When the passphrase is forgotten:

1. the laptop writes a *request*: its sealed slots, read from the key file
   alone (nothing is unlocked, nothing asked);
2. the secretariat opens the slot sealed to it, checks that the copy it
   names is one of its contacts, and writes an *unlock*: the data key
   wrapped (Argon2id, AES-GCM) under a fresh one-time code, which it shows
   once, to be read to the person by phone;
3. the laptop applies the unlock with the code and sets a new passphrase.

The unlock file and its code travel apart, so neither alone opens the
database: whoever sends a request from a stolen laptop gets a file, not
the code. The sealed plaintext names the copy (its replica id), so the
secretariat tells from its own contacts whose database it is, and the
laptop checks that the unlock is for itself. pyrage and the ciphers load
with the first slot sealed or opened: the app's window starts without them.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
from dataclasses import dataclass
from typing import Any

from .errors import UserError
from .keys import DataKey, WrongPassphrase, normal_code, unwrap, wrap
from .l10n import translate

SEALED_FORMAT = "tpdesk-sealed-key-1"
REQUEST_FORMAT = "tpdesk-recovery-request-1"
UNLOCK_FORMAT = "tpdesk-unlock-1"


def seal(key: DataKey, *, recipient: str, replica: str, to: dict[str, str]) -> dict[str, Any]:
    """A key-file slot: `key` sealed with age to `recipient`; `to` names its holder for people."""
    import pyrage

    payload = json.dumps({"format": SEALED_FORMAT, "key": key.raw.hex(), "replica": replica})
    try:
        sealed = pyrage.encrypt(payload.encode(), [pyrage.x25519.Recipient.from_str(recipient)])
    except pyrage.RecipientError as exc:
        raise UserError(translate("Core",
            "{name}: not a usable public key ({exc})").format(
            name=to.get('name', recipient), exc=exc)) from exc
    return {"kind": "sealed", "method": "age-x25519", "recipient": recipient, "to": to,
            "sealed": base64.b64encode(bytes(sealed)).decode("ascii")}


def open_sealed(slot: dict[str, Any], age_identity: str) -> tuple[DataKey, str]:
    """The data key in a sealed slot and the replica id of the copy it opens."""
    import pyrage

    try:
        data = pyrage.decrypt(base64.b64decode(slot["sealed"]),
                              [pyrage.x25519.Identity.from_str(age_identity)])
        payload = json.loads(bytes(data))
        if payload.get("format") != SEALED_FORMAT:
            raise ValueError(payload.get("format"))
        return DataKey(bytes.fromhex(payload["key"])), str(payload["replica"])
    except pyrage.DecryptError as exc:
        raise UserError(translate("Core", "the request is not sealed to this copy's key")) from exc
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
        raise UserError(translate("Core", "the request's sealed key is damaged")) from exc


@dataclass(frozen=True)
class Request:
    """What a laptop sends when its passphrase is forgotten: the slots sealed to others."""

    database: str  # the file's name, for the people who read it
    slots: tuple[dict[str, Any], ...]

    def to_bytes(self) -> bytes:
        return json.dumps({"format": REQUEST_FORMAT, "database": self.database,
                           "slots": list(self.slots)}, indent=1).encode()

    @classmethod
    def from_bytes(cls, data: bytes, *, where: str) -> Request:
        try:
            parsed = json.loads(data)
            if parsed.get("format") != REQUEST_FORMAT:
                raise ValueError(parsed.get("format"))
            slots = tuple(parsed["slots"])
            if not all(s["kind"] == "sealed" and s["recipient"] for s in slots):
                raise ValueError("slot")
            return cls(str(parsed["database"]), slots)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise UserError(translate("Core",
                "{where}: not a tpdesk recovery request").format(where=where)) from exc

    def slot_for(self, recipient: str, *, where: str) -> dict[str, Any]:
        """The slot sealed to `recipient` (this copy's public key)."""
        for slot in self.slots:
            if slot["recipient"] == recipient:
                return slot
        holders = ", ".join(str(s.get("to", {}).get("name", "?")) for s in self.slots)
        raise UserError(translate("Core",
            "{where}: the key is sealed to {holders}, not to this copy").format(
            where=where, holders=holders or translate("Core", "no one")))


def unlock_file(key: DataKey, code: str, *, replica: str) -> bytes:
    """The unlock the secretariat sends: `key` wrapped under the one-time `code`."""
    return json.dumps({"format": UNLOCK_FORMAT, "replica": replica,
                       "slot": wrap(key, normal_code(code), "unlock")}, indent=1).encode()


def open_unlock(data: bytes, code: str, *, where: str) -> tuple[DataKey, str]:
    """The data key of an unlock file and the replica it is for; WrongPassphrase on a bad code."""
    from cryptography.exceptions import InvalidTag

    try:
        parsed = json.loads(data)
        if parsed.get("format") != UNLOCK_FORMAT:
            raise ValueError(parsed.get("format"))
        slot, replica = parsed["slot"], str(parsed["replica"])
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise UserError(translate("Core",
            "{where}: not a tpdesk unlock file").format(where=where)) from exc
    with contextlib.suppress(InvalidTag, ValueError, KeyError, TypeError, binascii.Error):
        return unwrap(slot, normal_code(code)), replica
    raise WrongPassphrase(translate("Core",
        "{where}: wrong one-time code; nothing changed").format(where=where))
