"""The exchange file's envelope: signed, hashed, encrypted; every break named in one line."""

from __future__ import annotations

import io
import json
import zipfile

import pyrage
import pytest

from tpdesk.export import tpx
from tpdesk.models import UserError

MEMBERS = {"changes.jsonl": b'{"kind": "note"}\n', "conflicts.jsonl": b""}


@pytest.fixture(scope="module")
def keys() -> tpx.DeviceKeys:
    return tpx.DeviceKeys.generate()


def _sealed(keys: tpx.DeviceKeys, **manifest: object) -> bytes:
    return tpx.seal({"kind": "reply", **manifest}, MEMBERS, keys=keys,
                    recipients=[keys.age_recipient])


def _reseal(keys: tpx.DeviceKeys, data: bytes, edit: object) -> bytes:
    """Decrypt, let `edit` change the zip's members, encrypt again: a recipient tampering."""
    payload = pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(keys.age_identity)])
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    edit(members)  # type: ignore[operator]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return bytes(pyrage.encrypt(out.getvalue(),
                                [pyrage.x25519.Recipient.from_str(keys.age_recipient)]))


def test_a_sealed_file_opens_and_verifies(keys: tpx.DeviceKeys) -> None:
    opened = tpx.open_sealed(_sealed(keys), keys=keys, where="f.tpx")
    assert opened.members == MEMBERS and opened.manifest["kind"] == "reply"
    assert opened.manifest["format_version"] == tpx.FORMAT_VERSION
    opened.verify(keys.sign_key, where="f.tpx")


def test_another_key_does_not_verify(keys: tpx.DeviceKeys) -> None:
    opened = tpx.open_sealed(_sealed(keys), keys=keys, where="f.tpx")
    with pytest.raises(UserError, match=r"f\.tpx: the signature does not match"):
        opened.verify(tpx.DeviceKeys.generate().sign_key, where="f.tpx")


def test_a_changed_member_fails_its_hash(keys: tpx.DeviceKeys) -> None:
    def edit(members: dict[str, bytes]) -> None:
        members["changes.jsonl"] = b'{"kind": "activity"}\n'
    with pytest.raises(UserError, match="does not match the manifest's SHA-256"):
        tpx.open_sealed(_reseal(keys, _sealed(keys), edit), keys=keys, where="f.tpx")


def test_a_changed_manifest_fails_its_signature(keys: tpx.DeviceKeys) -> None:
    def edit(members: dict[str, bytes]) -> None:
        manifest = json.loads(members[tpx.MANIFEST])
        manifest["kind"] = "pack"
        members[tpx.MANIFEST] = json.dumps(manifest).encode()
    opened = tpx.open_sealed(_reseal(keys, _sealed(keys), edit), keys=keys, where="f.tpx")
    with pytest.raises(UserError, match="altered after it was written"):
        opened.verify(keys.sign_key, where="f.tpx")


def test_a_newer_format_is_refused(keys: tpx.DeviceKeys) -> None:
    def edit(members: dict[str, bytes]) -> None:
        manifest = json.loads(members[tpx.MANIFEST])
        manifest["format_version"] = tpx.FORMAT_VERSION + 1
        members[tpx.MANIFEST] = json.dumps(manifest).encode()
    with pytest.raises(UserError, match="newer than this tpdesk reads"):
        tpx.open_sealed(_reseal(keys, _sealed(keys), edit), keys=keys, where="f.tpx")


def test_a_passphrase_file(keys: tpx.DeviceKeys) -> None:
    data = tpx.seal({"kind": "reply"}, MEMBERS, keys=keys, recipients=[], passphrase="s3cret")
    assert tpx.needs_passphrase(data)
    assert tpx.open_sealed(data, keys=keys, where="f", passphrase="s3cret").members == MEMBERS
    with pytest.raises(UserError, match="the passphrase is wrong"):
        tpx.open_sealed(data, keys=keys, where="f", passphrase="guess")


def test_a_keys_file_round_trips_and_junk_is_one_line(keys: tpx.DeviceKeys) -> None:
    public = tpx.PublicKeys("r1", "Rome", keys.sign_key, keys.age_recipient)
    assert tpx.PublicKeys.from_bytes(public.to_bytes(), where="k") == public
    assert len(public.fingerprint.split()) == 10
    with pytest.raises(UserError, match=r"^k: not a tpdesk keys file"):
        tpx.PublicKeys.from_bytes(b"{}", where="k")
