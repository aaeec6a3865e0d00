"""The data key of an encrypted database, wrapped under a passphrase in a key file.

A random 32-byte data key opens the database; it never changes, so backups
stay readable and changing the passphrase rewrites about 400 bytes, not the
database. The key is wrapped with AES-GCM under a key stretched from the
passphrase with Argon2id (each slot its own salt), optionally under a
recovery key printed once, and optionally sealed to the secretariat's public
key (`recovery`: a slot that only the secretariat can open). The slots
live in `NAME.db.keys` beside the database rather than in a plaintext
header inside it: SQLCipher encrypts the file from its first page (a
plaintext header would need `cipher_plaintext_header_size` and a
non-standard file), and a small JSON file can be replaced atomically by a
rename when the passphrase changes.
A copy of the database made elsewhere (`backup -o`) gets a copy of its key
file beside it; the automatic backups share the database's. The ciphers load
with the first key wrapped or unwrapped: a plain database opens without them.
"""

from __future__ import annotations

import base64
import contextlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .atomic import write_bytes
from .connection import KEY_BYTES
from .errors import StoreError
from .l10n import translate

FORMAT = "tpdesk-keys-1"
# Argon2id at 64 MiB and 2 passes (above OWASP's 46 MiB x 1 pass): about 0.1 s here
# unloaded, so unlocking stays within 0.5 s on a slow or busy laptop. The cost is stored
# per slot, so it can rise later.
MEMORY_KIB = 65536
ITERATIONS = 2
LANES = 4
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class WrongPassphrase(StoreError):
    """The passphrase (or recovery key) unwraps no slot of the key file."""


class DataKey:
    """An unwrapped data key, kept in a bytearray so that locking can wipe it."""

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a data key has 32 bytes")
        self._raw = bytearray(raw)

    @classmethod
    def generate(cls) -> DataKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    @property
    def raw(self) -> bytes:
        if not self._raw:
            raise StoreError(translate("Core",
                "the database is locked; unlock it with its passphrase"))
        return bytes(self._raw)

    @property
    def wiped(self) -> bool:
        return not self._raw

    def refill(self, other: DataKey) -> None:
        """Take `other`'s key (an unlock after a lock): whoever holds this object has it again."""
        self._raw = bytearray(other.raw)

    def wipe(self) -> None:
        """Overwrite the key in place (Python may still hold copies; this drops ours)."""
        for i in range(len(self._raw)):
            self._raw[i] = 0
        self._raw = bytearray()


def key_file(db: Path) -> Path:
    """Where the wrapped key of database `db` lives."""
    return db.with_name(db.name + ".keys")


@dataclass(frozen=True)
class KeyFile:
    """The slots of one key file: each wraps the same data key under another secret."""

    slots: tuple[dict[str, Any], ...]

    @classmethod
    def create(cls, key: DataKey, passphrase: str, *, recovery: str | None = None) -> KeyFile:
        slots = [wrap(key, passphrase, "passphrase")]
        if recovery is not None:
            slots.append(wrap(key, normal_code(recovery), "recovery"))
        return cls(tuple(slots))

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(data.get("format"))
            return cls(tuple(data["slots"]))
        except OSError as exc:
            raise StoreError(translate("Core",
                "{path}: the key file cannot be read ({strerror})").format(
                path=path, strerror=exc.strerror)) from exc
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreError(translate("Core",
                "{path}: not a tpdesk key file").format(path=path)) from exc

    def unlock(self, secret: str) -> DataKey:
        """The data key, from the passphrase or the recovery key; WrongPassphrase if neither."""
        from cryptography.exceptions import InvalidTag

        for slot in self.slots:
            if slot["kind"] not in ("passphrase", "recovery"):
                continue  # sealed to someone else's key: no secret typed here opens it
            text = normal_code(secret) if slot["kind"] == "recovery" else secret
            with contextlib.suppress(InvalidTag, ValueError):
                return unwrap(slot, text)
        raise WrongPassphrase(translate("Core", "wrong passphrase"))  # the caller names the file

    def with_passphrase(self, key: DataKey, passphrase: str) -> KeyFile:
        """The same data key under a new passphrase; the recovery slot is kept."""
        kept = [s for s in self.slots if s["kind"] != "passphrase"]
        return KeyFile((wrap(key, passphrase, "passphrase"), *kept))

    def with_sealed(self, slot: dict[str, Any]) -> KeyFile:
        """Another sealed slot; one sealed to the same public key before is replaced."""
        kept = [s for s in self.slots
                if s["kind"] != "sealed" or s["recipient"] != slot["recipient"]]
        return KeyFile((*kept, slot))

    def sealed(self) -> list[dict[str, Any]]:
        """The slots sealed to another copy's public key (the secretariat's)."""
        return [s for s in self.slots if s["kind"] == "sealed"]

    def write(self, path: Path) -> None:
        """Atomically, readable by the user only: a crash leaves the old file or the new."""
        text = json.dumps({"format": FORMAT, "slots": list(self.slots)}, indent=1)
        write_bytes(path, text.encode(), prefix=".tpdesk-keys-")


def new_recovery_key() -> str:
    """A recovery key (or one-time code) to print once: 160 random bits, 8 groups of 4."""
    text = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(text[i:i + 4] for i in range(0, 32, 4))


def normal_code(text: str) -> str:
    """A recovery key or one-time code as typed (any case, dashes, spaces), compared as wrapped."""
    return "".join(c for c in text.upper() if c.isalnum())


def _kek(secret: str, salt: bytes, *, memory: int, iterations: int, lanes: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes,
                    memory_cost=memory).derive(secret.encode("utf-8"))


def wrap(key: DataKey, secret: str, kind: str) -> dict[str, Any]:
    """A slot: `key` under AES-GCM with a key stretched from `secret` (Argon2id)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not secret:
        raise StoreError(translate("Core", "a passphrase cannot be empty"))
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = _kek(secret, salt, memory=MEMORY_KIB, iterations=ITERATIONS, lanes=LANES)
    wrapped = AESGCM(kek).encrypt(nonce, key.raw, _aad(kind))
    return {"kind": kind, "kdf": "argon2id", "memory_kib": MEMORY_KIB,
            "iterations": ITERATIONS, "lanes": LANES, "salt": _b64(salt),
            "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def unwrap(slot: dict[str, Any], secret: str) -> DataKey:
    """The key of a `wrap` slot; InvalidTag (or ValueError) if `secret` is not its."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = _kek(secret, base64.b64decode(slot["salt"]), memory=int(slot["memory_kib"]),
               iterations=int(slot["iterations"]), lanes=int(slot["lanes"]))
    return DataKey(AESGCM(kek).decrypt(base64.b64decode(slot["nonce"]),
                                       base64.b64decode(slot["wrapped"]), _aad(slot["kind"])))


def _aad(kind: str) -> bytes:
    return f"{FORMAT} data key {kind}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
