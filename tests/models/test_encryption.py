"""Encryption at rest on real files: the module alias, keys, WAL, wrong keys, permissions."""

from __future__ import annotations

import contextlib
import hashlib
import stat
import sys
from pathlib import Path

import pytest
import sqlcipher3
import sqlite_utils.utils
from sqlite_utils import Database

from tpdesk.models import Partnership, Store, StoreError
from tpdesk.models.cipher import export_copy
from tpdesk.models.connection import connect, is_plain, sqlite
from tpdesk.models.keys import DataKey, KeyFile, WrongPassphrase, key_file, new_recovery_key

SECRET_TITLE = "EU-Tunisia partnership under embargo"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_utils_and_tpdesk_use_sqlcipher_as_their_sqlite() -> None:
    assert sys.modules["pysqlite3"] is sqlcipher3
    assert sqlite_utils.utils.sqlite3 is sqlcipher3
    assert sqlite is sqlcipher3


def test_sqlite_utils_ignore_and_alter_work_on_an_encrypted_connection(tmp_path: Path) -> None:
    key = DataKey.generate()
    db = Database(connect(tmp_path / "e.db", key=key.raw))
    db["t"].insert({"a": 1})
    db["t"].insert({"a": 2, "b": "new column"}, alter=True)  # catches OperationalError
    db["missing"].drop(ignore=True)  # catches OperationalError too
    assert [r["b"] for r in db["t"].rows] == [None, "new column"]
    db.close()
    assert not is_plain(tmp_path / "e.db")


def test_a_store_under_a_key_keeps_its_wal_and_temp_storage_unreadable(tmp_path: Path) -> None:
    path, key = tmp_path / "e.db", DataKey.generate()
    with Store(path, key=key) as store:
        store.save(Partnership(country_code="TN", title=SECRET_TITLE))
        assert store.db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        wal = Path(f"{path}-wal")
        assert wal.stat().st_size > 0
        for written in (path, wal):
            assert b"embargo" not in written.read_bytes()
            assert stat.S_IMODE(written.stat().st_mode) == 0o600
    with Store(path, key=key) as store:
        assert store.list(Partnership)[0].title == SECRET_TITLE


def test_the_key_file_unwraps_by_passphrase_or_recovery_key_only(tmp_path: Path) -> None:
    key, recovery = DataKey.generate(), new_recovery_key()
    path = tmp_path / "e.db.keys"
    KeyFile.create(key, "old passphrase", recovery=recovery).write(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    keys = KeyFile.read(path)
    assert keys.unlock("old passphrase").raw == key.raw
    assert keys.unlock(recovery.lower().replace("-", " ")).raw == key.raw
    with pytest.raises(WrongPassphrase):
        keys.unlock("Old passphrase")
    keys.with_passphrase(key, "new passphrase").write(path)
    changed = KeyFile.read(path)
    assert changed.unlock("new passphrase").raw == key.raw
    assert changed.unlock(recovery).raw == key.raw  # the recovery slot survives
    with pytest.raises(WrongPassphrase):
        changed.unlock("old passphrase")


def test_a_wiped_key_opens_nothing(tmp_path: Path) -> None:
    key = DataKey.generate()
    Store(tmp_path / "e.db", key=key).close()
    key.wipe()
    assert key.wiped
    with pytest.raises(StoreError, match="locked"):
        Store(tmp_path / "e.db", key=key)


@pytest.fixture
def encrypted(tmp_path: Path) -> tuple[Path, DataKey]:
    path, key = tmp_path / "e.db", DataKey.generate()
    with Store(path, key=key) as store:
        store.save(Partnership(country_code="TN", title=SECRET_TITLE))
    return path, key


def test_another_key_is_one_line_and_leaves_the_file_untouched(
        encrypted: tuple[Path, DataKey]) -> None:
    path, _ = encrypted
    before = _digest(path)
    with pytest.raises(StoreError) as error:
        Store(path, key=DataKey.generate())
    assert str(error.value) == (f"{path}: the key does not open this database (its key file"
                                " e.db.keys belongs to another database, or the file is"
                                " damaged)")
    assert _digest(path) == before


def test_an_encrypted_file_opened_as_plain_is_one_line_and_untouched(
        encrypted: tuple[Path, DataKey]) -> None:
    path, _ = encrypted
    before = _digest(path)
    with pytest.raises(StoreError) as error:
        Store(path)
    assert str(error.value) == (f"{path} is not a tpdesk database (not an SQLite file; or"
                                " encrypted, and its key file e.db.keys is missing)")
    assert _digest(path) == before


def test_a_plain_file_opened_with_a_key_is_one_line_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    Store(path).close()
    before = _digest(path)
    with pytest.raises(StoreError) as error:
        Store(path, key=DataKey.generate())
    assert "\n" not in str(error.value)
    assert str(error.value).startswith(f"{path} is not encrypted, but plain.db.keys")
    assert _digest(path) == before


def test_export_copy_encrypts_and_decrypts_every_row(tmp_path: Path) -> None:
    key = DataKey.generate()
    with Store(tmp_path / "plain.db") as plain:
        plain.save(Partnership(country_code="TN", title=SECRET_TITLE))
        export_copy(plain, tmp_path / "enc.db", key=key)
    assert b"embargo" not in (tmp_path / "enc.db").read_bytes()
    with Store(tmp_path / "enc.db", key=key) as enc:
        assert [h.title for h in enc.search("embargo")] == [SECRET_TITLE]
        export_copy(enc, tmp_path / "back.db", key=None)
    with Store(tmp_path / "back.db") as back:
        assert back.list(Partnership)[0].title == SECRET_TITLE


def test_key_file_sits_beside_the_database() -> None:
    assert key_file(Path("/x/register.db")) == Path("/x/register.db.keys")


def test_the_backup_before_a_migration_is_encrypted_too(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    old.write_bytes((Path(__file__).parent.parent / "fixtures" / "schema_v1.db").read_bytes())
    key = DataKey.generate()
    with contextlib.closing(connect(old)) as conn:  # encrypted as it is, not migrated
        conn.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.raw.hex()}'\"",
                     [str(tmp_path / "enc.db")])
        conn.execute("SELECT sqlcipher_export('enc')")
        for pragma in ("user_version", "application_id"):
            value = conn.execute(f"PRAGMA main.{pragma}").fetchone()[0]
            conn.execute(f"PRAGMA enc.{pragma} = {value}")
        conn.execute("DETACH DATABASE enc")
    Store(tmp_path / "enc.db", key=key).close()
    [backup] = tmp_path.glob("enc.db.before-*.bak")
    assert not is_plain(backup)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with contextlib.closing(connect(backup, key=key.raw)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
