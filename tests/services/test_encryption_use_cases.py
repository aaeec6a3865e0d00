"""The encryption use cases: remembering the key, recovery, converting in place."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from tpdesk.models import Partnership, Store, StoreError
from tpdesk.services import (
    StoreFactory,
    auto_backup,
    change_passphrase,
    decrypt_database,
    encrypt_database,
    remember_key,
    remembered_key,
    restore_backup,
    take_backup,
    unlock,
)


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict: the test must not touch the machine's own."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous, backend = keyring.get_keyring(), MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def plain(tmp_path: Path) -> StoreFactory:
    path = tmp_path / "register.db"
    with Store(path) as store:
        store.save(Partnership(country_code="TN", title="EU-Tunisia"))
    return StoreFactory(path, user="t")


def test_remember_on_this_computer_keeps_the_key_in_the_keyring_until_forgotten(
        plain: StoreFactory, memory_keyring: MemoryKeyring) -> None:
    encrypt_database(plain, "passphrase one")
    assert remembered_key(plain.path) is None  # off by default
    key = unlock(plain.path, "passphrase one")
    remember_key(plain.path, key)
    assert remembered_key(plain.path).raw == key.raw  # type: ignore[union-attr]
    remember_key(plain.path, None)
    assert remembered_key(plain.path) is None
    remember_key(plain.path, None)  # forgetting twice is no error


def test_no_keyring_means_nothing_remembered_and_a_one_line_refusal(plain: StoreFactory) -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        encrypt_database(plain, "passphrase one")
        key = unlock(plain.path, "passphrase one")
        assert remembered_key(plain.path) is None
        with pytest.raises(StoreError, match="no usable keyring"):
            remember_key(plain.path, key)
    finally:
        keyring.set_keyring(previous)


def test_a_recovery_key_replaces_a_forgotten_passphrase(plain: StoreFactory) -> None:
    done = encrypt_database(plain, "forgotten", recovery=True)
    assert done.recovery_key is not None
    key = unlock(plain.path, done.recovery_key)
    change_passphrase(plain.at(plain.path, key=key), "remembered")
    with plain.at(plain.path, key=unlock(plain.path, "remembered"))() as store:
        assert store.list(Partnership)[0].title == "EU-Tunisia"
    assert unlock(plain.path, done.recovery_key).raw == key.raw


def test_encrypt_refuses_a_database_open_in_another_program(plain: StoreFactory) -> None:
    before = plain.path.read_bytes()
    with (Store(plain.path),  # held open: its WAL stays beside it
          pytest.raises(StoreError, match="open in another program")):
        encrypt_database(plain, "passphrase one")
    assert not plain.path.with_name("register.db.keys").exists()
    assert sorted(p.name for p in plain.path.parent.iterdir()) == ["register.db"]
    assert plain.path.read_bytes() == before


def test_an_automatic_backup_is_taken_only_when_something_changed(plain: StoreFactory) -> None:
    moment = datetime.now(UTC) - timedelta(hours=2)
    first = auto_backup(plain, now=moment)
    assert first is not None and first.parent == plain.path.parent / "backups"
    os.utime(plain.path, (moment.timestamp() - 60, moment.timestamp() - 60))
    for journal in plain.path.parent.glob(f"{plain.path.name}-*"):
        os.utime(journal, (moment.timestamp() - 60, moment.timestamp() - 60))
    assert auto_backup(plain, now=moment + timedelta(minutes=30)) is None  # nothing new
    with plain() as store:
        store.save(Partnership(country_code="MA", title="EU-Morocco"))
    later = auto_backup(plain, now=datetime.now(UTC))
    assert later is not None and later != first


def test_a_plain_copy_over_an_old_database_keeps_none_of_its_wal(
        plain: StoreFactory, tmp_path: Path) -> None:
    """`decrypt -o` onto a file left with a WAL: the WAL is the old file's, never the copy's."""
    encrypt_database(plain, "pass phrase")
    factory = plain.at(plain.path, key=unlock(plain.path, "pass phrase"))
    old = tmp_path / "old.db"
    with Store(old) as store:
        store.save(Partnership(country_code="MA", title="EU-Morocco"))
    subprocess.run([sys.executable, "-c", (
        "import os, sys\nfrom tpdesk.models import Store, Partnership\n"
        "s = Store(sys.argv[1])\ns.db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "s.save(Partnership(country_code='EG', title='left in the WAL'))\nos._exit(0)\n"),
        str(old)], check=True, timeout=60)
    assert Path(f"{old}-wal").stat().st_size > 0
    decrypt_database(factory, old)
    assert not Path(f"{old}-wal").exists()
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    with Store(old, create=False) as store:
        assert [p.title for p in store.list(Partnership)] == ["EU-Tunisia"]


def test_every_file_an_encrypted_register_leaves_on_disk_is_for_the_user_only(
        plain: StoreFactory, tmp_path: Path) -> None:
    """Database, WAL, key file, automatic backups, a restore and its undo, backup -o: 0600."""
    previous = os.umask(0o022)  # what would make a plain open() readable by everyone
    try:
        encrypt_database(plain, "pass phrase")
        factory = plain.at(plain.path, key=unlock(plain.path, "pass phrase"))
        with factory() as store:
            store.save(Partnership(country_code="MA", title="EU-Morocco"))
            assert Path(f"{plain.path}-wal").exists()  # checked below while it is there
            modes = {p.name: stat.S_IMODE(p.stat().st_mode)
                     for p in plain.path.parent.iterdir() if p.is_file()}
        first = take_backup(factory)
        restore_backup(factory, first)  # takes the "before-restore" backup too
        with factory() as store:
            copy = store.backup(tmp_path / "copy.db")
    finally:
        os.umask(previous)
    assert {"register.db-wal", "register.db-shm", "register.db.keys"} <= set(modes)
    modes |= {str(p.relative_to(tmp_path)): stat.S_IMODE(p.stat().st_mode)
              for p in tmp_path.rglob("*") if p.is_file()}
    assert len(list((tmp_path / "backups").iterdir())) == 2
    assert copy.exists() and {name: m for name, m in modes.items() if m != 0o600} == {}
    assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700


def _titles(factory: StoreFactory) -> list[str]:
    with factory() as store:
        return sorted(p.title for p in store.list(Partnership))


def test_undoing_a_restore_at_once_brings_the_replaced_state_back(plain: StoreFactory) -> None:
    """Restore, then restore its before-restore backup within the same second: the second
    before-restore backup must not be written over the first, the one being restored."""
    first = take_backup(plain)
    with plain() as store:
        store.save(Partnership(country_code="MA", title="EU-Morocco"))
    more = _titles(plain)
    before = restore_backup(plain, first)
    assert _titles(plain) == ["EU-Tunisia"]
    again = restore_backup(plain, before)
    assert _titles(plain) == more
    assert again != before and again.exists() and before.exists()
    restore_backup(plain, again)
    assert _titles(plain) == ["EU-Tunisia"]


def test_restoring_the_oldest_kept_backup_does_not_thin_it_away_first(
        plain: StoreFactory) -> None:
    """The before-restore backup makes one more: the policy may then drop the one restored,
    which must be in place by then."""
    now = datetime.now(UTC) - timedelta(minutes=5)  # a dozen backups ten seconds apart
    taken = [take_backup(plain, now=now - timedelta(seconds=10 * i)) for i in range(12, 0, -1)]
    oldest = taken[0]
    with plain() as store:
        store.save(Partnership(country_code="MA", title="EU-Morocco"))
    restore_backup(plain, oldest)
    assert _titles(plain) == ["EU-Tunisia"]
