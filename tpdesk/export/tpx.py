"""The exchange file (.tpx): a signed zip of change records, encrypted with age.

Only the envelope lives here: keys, fingerprints, signing, encryption and the
zip. What goes in (change records, the watermark) and what a file may do to
a register are the merge's to decide (`models.merge`, `services.exchange`).
docs/exchange-format.md describes the format for other tools.

Sign, then encrypt: age says nothing about who wrote a file, so the
manifest, which holds a SHA-256 of every other member, is signed with the
sender's Ed25519 device key, and the whole zip is then encrypted to the
recipients' X25519 keys (and the sender's own, to read it back) or to a
passphrase. pyrage and the signing keys load where a key or a file is first
used: the app's window starts without them.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..models.errors import UserError
from ..models.l10n import translate

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

FORMAT = "tpdesk-exchange"
FORMAT_VERSION = 1
KEYS_FORMAT = "tpdesk-keys"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
_AGE_HEADER = b"age-encryption.org/v1\n"
MAX_MEMBER_BYTES = 512 * 1024 * 1024  # a zip bomb stops here, not in the memory


@dataclass(frozen=True)
class DeviceKeys:
    """This copy's key pairs: the private halves never leave the database."""

    sign_private: str  # Ed25519 private key, raw, base64
    age_identity: str  # AGE-SECRET-KEY-1...

    @classmethod
    def generate(cls) -> DeviceKeys:
        import pyrage
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        raw = Ed25519PrivateKey.generate().private_bytes_raw()
        return cls(base64.b64encode(raw).decode(), str(pyrage.x25519.Identity.generate()))

    @property
    def sign_key(self) -> str:
        """The public signing key, base64."""
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        public = self._signer().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return base64.b64encode(public).decode()

    @property
    def age_recipient(self) -> str:
        import pyrage

        return str(pyrage.x25519.Identity.from_str(self.age_identity).to_public())

    def _signer(self) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(self.sign_private))

    def sign(self, data: bytes) -> bytes:
        return self._signer().sign(data)


def fingerprint(sign_key: str, age_recipient: str) -> str:
    """What two people read to each other over the phone: 40 hex digits in groups of four."""
    digest = hashlib.sha256(base64.b64decode(sign_key) + age_recipient.encode()).hexdigest()
    return " ".join(digest[i:i + 4] for i in range(0, 40, 4)).upper()


@dataclass(frozen=True)
class PublicKeys:
    """Another copy's public keys as its keys file gives them."""

    replica_id: str
    name: str
    sign_key: str
    age_recipient: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_key, self.age_recipient)

    def to_bytes(self) -> bytes:
        return json.dumps({"format": KEYS_FORMAT, "version": 1, "replica": self.replica_id,
                           "name": self.name, "sign_key": self.sign_key,
                           "age_recipient": self.age_recipient}, indent=2).encode() + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes, *, where: str) -> PublicKeys:
        """Parse a keys file; one line naming `where` if it is not one."""
        import pyrage
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            parsed = json.loads(data)
            if not isinstance(parsed, dict) or parsed.get("format") != KEYS_FORMAT:
                raise ValueError("not a tpdesk keys file")
            keys = cls(str(parsed["replica"]), str(parsed.get("name") or ""),
                       str(parsed["sign_key"]), str(parsed["age_recipient"]))
            Ed25519PublicKey.from_public_bytes(base64.b64decode(keys.sign_key, validate=True))
            pyrage.x25519.Recipient.from_str(keys.age_recipient)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError,
                pyrage.RecipientError) as exc:
            raise UserError(translate("Core", "{where}: not a tpdesk keys file ('tpdesk keys"
                                      " export' writes one): {exc}").format(
                where=where, exc=exc)) from exc
        return keys


@dataclass(frozen=True)
class Opened:
    """A decrypted file whose members match its manifest; the signature is yet to check."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    members: dict[str, bytes]

    def verify(self, sign_key: str, *, where: str) -> None:
        """The manifest was signed by this key; else one line naming `where`."""
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(sign_key)).verify(
                self.signature, self.manifest_bytes)
        except (InvalidSignature, ValueError) as exc:
            raise UserError(translate("Core", "{where}: the signature does not match: the file"
                                      " was altered after it was written; nothing merged"
                                      ).format(where=where)) from exc


def seal(manifest: dict[str, Any], members: dict[str, bytes], *, keys: DeviceKeys,
         recipients: list[str], passphrase: str | None = None) -> bytes:
    """The file's bytes: manifest (with the members' hashes) signed, zipped, encrypted."""
    import pyrage

    manifest = {**manifest, "format": FORMAT, "format_version": FORMAT_VERSION,
                "members": {name: hashlib.sha256(data).hexdigest()
                            for name, data in sorted(members.items())}}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True,
                                indent=1).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED,
                         compresslevel=1) as archive:  # quickest: text, sent once
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, keys.sign(manifest_bytes))
        for name, data in sorted(members.items()):
            archive.writestr(name, data)
    payload = buffer.getvalue()
    if passphrase is not None:
        return bytes(pyrage.passphrase.encrypt(payload, passphrase))
    to = [pyrage.x25519.Recipient.from_str(r) for r in dict.fromkeys(recipients)]
    return bytes(pyrage.encrypt(payload, to))


def needs_passphrase(data: bytes) -> bool:
    """Encrypted to a passphrase rather than to keys (age's scrypt stanza)."""
    return data.startswith(_AGE_HEADER) and b"\n-> scrypt " in data[:200]


def open_sealed(data: bytes, *, keys: DeviceKeys, where: str,
                passphrase: str | None = None) -> Opened:
    """Decrypt and unzip a file and check its members against the manifest's hashes."""
    import pyrage

    if not data.startswith(_AGE_HEADER):
        raise UserError(translate("Core", "{where}: not a tpdesk exchange file (.tpx)").format(
            where=where))
    try:
        if passphrase is not None:
            payload = pyrage.passphrase.decrypt(data, passphrase)
        else:
            payload = pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(keys.age_identity)])
    except pyrage.DecryptError as exc:
        if passphrase is not None and needs_passphrase(data):
            problem = translate("Core", "the passphrase is wrong")  # age cannot tell it from damage
        elif "No matching keys" in str(exc):
            problem = (translate("Core", "the file is encrypted to keys, not to a passphrase")
                       if passphrase is not None else
                       translate("Core", "the file is addressed to someone else, not to this copy"))
        else:
            problem = translate("Core", "the file is truncated or damaged")
        raise UserError(translate("Core", "{where}: {problem}; nothing merged").format(
            where=where, problem=problem)) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            infos = {i.filename: i for i in archive.infolist()}
            if MANIFEST not in infos or SIGNATURE not in infos:
                raise UserError(translate("Core", "{where}: the file has no signed manifest;"
                                          " nothing merged").format(where=where))
            if any(i.file_size > MAX_MEMBER_BYTES for i in infos.values()):
                raise UserError(translate("Core", "{where}: a member of the file is too large;"
                                          " nothing merged").format(where=where))
            members = {name: archive.read(name) for name in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise UserError(translate("Core", "{where}: the file is damaged ({exc}); nothing"
                                  " merged").format(where=where, exc=exc)) from exc
    manifest_bytes = members.pop(MANIFEST)
    signature = members.pop(SIGNATURE)
    try:
        manifest = json.loads(manifest_bytes)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise ValueError("not a tpdesk exchange manifest")
        version = manifest.get("format_version")
        if not isinstance(version, int):
            raise ValueError("no format version")
    except ValueError as exc:
        raise UserError(translate("Core", "{where}: the manifest cannot be read ({exc});"
                                  " nothing merged").format(where=where, exc=exc)) from exc
    if version > FORMAT_VERSION:
        raise UserError(translate("Core", "{where}: written in exchange format {version}, newer"
                                  " than this tpdesk reads ({known}); update tpdesk; nothing"
                                  " merged").format(where=where, version=version,
                                                    known=FORMAT_VERSION))
    hashes = manifest.get("members")
    if not isinstance(hashes, dict) or set(hashes) != set(members) or any(
            hashlib.sha256(members[n]).hexdigest() != h for n, h in hashes.items()):
        raise UserError(translate("Core", "{where}: a member does not match the manifest's"
                                  " SHA-256: the file was altered after it was written;"
                                  " nothing merged").format(where=where))
    return Opened(manifest, manifest_bytes, signature, members)
