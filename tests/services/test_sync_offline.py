"""Sync use cases that need no server: addresses, failures in one line, the stored credential."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tpdesk.models import Activity, InputError, Partnership, UserError
from tpdesk.models import servers as server_rows
from tpdesk.models.keys import DataKey
from tpdesk.models.servers import ServerState
from tpdesk.services import StoreFactory
from tpdesk.services import sync as use_cases
from tpdesk.services.sync_http import SyncError, server_address

CREDENTIAL = "cred-7f3a9c1e5b2d4680aa11bb22cc33dd44"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _signed_in(factory: StoreFactory, url: str) -> None:
    with factory() as store:
        server_rows.sign_in(store, ServerState(url, CREDENTIAL, "rome", "delegation", "IT",
                                               ["TN"]))


@pytest.fixture
def laptop(tmp_path: Path) -> StoreFactory:
    factory = StoreFactory(tmp_path / "laptop.db", user="Marco").creating()
    with factory() as store:
        tn = store.save(Partnership(country_code="TN", title="EU-Tunisia"))
        store.save(Activity(partnership_id=tn.id, title="Bootcamp"))
    return factory


def test_addresses_are_https_or_the_loopback() -> None:
    assert server_address(" https://sync.example.eu/ ") == "https://sync.example.eu"
    assert server_address("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    assert server_address("http://[::1]:8765") == "http://[::1]:8765"
    with pytest.raises(InputError, match="plain http is refused except on this computer"):
        server_address("http://sync.example.eu")
    for wrong in ("sync.example.eu", "ftp://x", "https://u:p@x.eu", "https://x.eu/?a=1"):
        with pytest.raises(InputError) as refused:
            server_address(wrong)
        # The address and what is wrong with it, for the CLI's option or the app's label.
        assert (refused.value.field, refused.value.value) == ("server", wrong)
        assert "--" not in str(refused.value)


def test_without_a_server_sync_says_how_to_start(laptop: StoreFactory) -> None:
    with pytest.raises(InputError, match=r"^server: this copy has no server yet: sign in once"):
        use_cases.sync(laptop)
    with pytest.raises(InputError, match=r"not signed in to https://x\.eu: sign in with the "):
        use_cases.sync(laptop, url="https://x.eu/")
    with pytest.raises(InputError, match=r"^server: a sign-in needs the server's address"):
        use_cases.sync(laptop, token="t0k3n")
    assert not use_cases.status(laptop).signed_in


def test_an_unreachable_server_is_one_line_and_changes_nothing(laptop: StoreFactory) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    _signed_in(laptop, url)
    before = laptop.path.read_bytes()
    with pytest.raises(SyncError) as failed:
        use_cases.sync(laptop)
    assert str(failed.value) == (f"{url[7:]}: server unreachable (connection refused);"
                                 " nothing changed")
    assert laptop.path.read_bytes() == before
    status = use_cases.status(laptop)
    assert (status.url, status.waiting, status.synced_at) == (url, 2, None)
    with pytest.raises(SyncError, match="server unreachable"):  # the token is kept nowhere
        use_cases.sync(laptop, url=url, token="one-time-token")
    assert use_cases.status(laptop).url == url


@contextlib.contextmanager
def _silent_server() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield int(listener.getsockname()[1])


def test_a_server_that_never_answers_is_a_timeout(laptop: StoreFactory) -> None:
    with _silent_server() as port:
        _signed_in(laptop, f"http://127.0.0.1:{port}")
        with pytest.raises(SyncError, match=r"^127\.0\.0\.1:\d+: timeout: no answer within"
                                            r" 0\.3 s; nothing changed$"):
            use_cases.sync(laptop, timeout=0.3)


def _self_signed(folder: Path) -> ssl.SSLContext:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=1))
            .sign(key, hashes.SHA256()))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


def test_an_untrusted_certificate_is_a_tls_error(laptop: StoreFactory, tmp_path: Path) -> None:
    context = _self_signed(tmp_path)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def handshake() -> None:
            conn, _ = listener.accept()
            with conn, pytest.raises(ssl.SSLError):
                context.wrap_socket(conn, server_side=True)

        thread = threading.Thread(target=handshake, daemon=True)
        thread.start()
        _signed_in(laptop, f"https://localhost:{port}")
        with pytest.raises(SyncError, match=r"^localhost:\d+: TLS error: the server's"
                                            r" certificate is not trusted \(.+\); nothing"
                                            r" changed$"):
            use_cases.sync(laptop, timeout=5)
        thread.join(5)


def test_the_credential_is_stored_encrypted_with_the_database(tmp_path: Path) -> None:
    key = DataKey.generate()
    factory = StoreFactory(tmp_path / "secret.db", key=key).creating()
    _signed_in(factory, "https://sync.example.eu")
    with factory() as store:
        state = server_rows.current(store)
        assert state is not None and state.credential == CREDENTIAL
        assert CREDENTIAL not in repr(state)
    for written in tmp_path.iterdir():
        assert CREDENTIAL.encode() not in written.read_bytes(), written
    status = use_cases.status(factory)
    assert (status.user, status.role, status.signed_in) == ("rome", "delegation", True)
    use_cases.sign_out(factory)
    assert not use_cases.status(factory).signed_in


def test_a_bad_token_is_refused_before_anything_is_sent(laptop: StoreFactory) -> None:
    for token in ("", "  \n", "two words"):
        with pytest.raises(UserError, match="the sign-in token is empty or not a token"):
            use_cases.sign_in(laptop, "https://sync.example.eu", token)
