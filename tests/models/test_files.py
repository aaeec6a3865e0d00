"""Copies that stand alone and files swapped in: no stale journal ever meets a new file."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tpdesk.models import Store, StoreError, UserError
from tpdesk.models.files import check_target, journals, replace_database, retire_journals

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_v1.db"

# Renames Tunisia, then dies without closing: the change stays in the -wal, never
# checkpointed into the file, as after a crash or a kill.
CRASH_AFTER_WRITE = """
import dataclasses, os, sys
from tpdesk.models import Store
store = Store(sys.argv[1], user="crasher")
store.db.execute("PRAGMA wal_autocheckpoint = 0")
tunisia = store.partnership_by_code("TN")
store.save(dataclasses.replace(tunisia, title="changed after the backup"))
os._exit(0)
"""


def _title(path: Path) -> str:
    with Store(path, user="tester", create=False) as store:
        return store.partnership_by_code("TN").title


def _integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def _crash_after_a_write(path: Path) -> None:
    subprocess.run([sys.executable, "-c", CRASH_AFTER_WRITE, str(path)], check=True,
                   timeout=60)
    assert path.with_name(path.name + "-wal").stat().st_size > 0


def test_a_backup_is_written_in_rollback_journal_mode(writable_db: Path, tmp_path: Path) -> None:
    with Store(writable_db, user="tester") as store:
        copy = store.backup(tmp_path / "backup.db")
    assert copy.read_bytes()[18:20] == b"\x01\x01"  # file format: rollback journal, not WAL
    assert journals(copy) == []
    assert not list(tmp_path.glob(".tpdesk-backup-*"))


def test_a_backup_swapped_in_beside_a_stale_wal_keeps_its_own_data(
        writable_db: Path, tmp_path: Path) -> None:
    original = _title(writable_db)
    with Store(writable_db, user="tester") as store:
        backup = store.backup(tmp_path / "backup.db")
    _crash_after_a_write(writable_db)

    # The hazard is real: a plain copy over the file adopts the old file's WAL.
    naive = tmp_path / "naive"
    naive.mkdir()
    for journal in journals(writable_db):
        shutil.copy(journal, naive / journal.name.replace(writable_db.name, "db.db"))
    shutil.copy(backup, naive / "db.db")
    with contextlib.suppress(UserError):
        assert _title(naive / "db.db") != original

    replace_database(Path(shutil.copy(backup, tmp_path / "incoming.db")), writable_db)
    assert journals(writable_db) == []
    assert _title(writable_db) == original
    assert _integrity(writable_db) == "ok"


def test_a_swap_is_refused_while_another_program_has_the_file_open(
        writable_db: Path, tmp_path: Path) -> None:
    with Store(writable_db, user="tester") as store:
        incoming = store.backup(tmp_path / "incoming.db")
        tunisia = store.partnership_by_code("TN")
        store.save(dataclasses.replace(tunisia, title="still open"))
        with pytest.raises(StoreError, match="is open in another program"):
            replace_database(incoming, writable_db)
        assert store.partnership_by_code("TN").title == "still open"
    assert incoming.exists()


def test_a_copy_refuses_targets_that_are_not_regular_files(
        writable_db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with Store(writable_db, user="tester") as store, \
            pytest.raises(UserError, match=r"pipe is not a regular file; name a file"):
        store.backup(fifo)
    assert fifo.is_fifo()
    assert not list(tmp_path.glob(".tpdesk-backup-*"))
    with pytest.raises(UserError, match=r"^/dev/null is not a regular file"):
        check_target(Path("/dev/null"))


def test_a_backup_that_times_out_leaves_nothing_behind(writable_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    with Store(writable_db, user="tester") as store, \
            pytest.raises(UserError, match=r"the backup cannot be written \(.*did not finish"):
        store.backup(folder / "backup.db", timeout=0)
    assert list(folder.iterdir()) == []


def test_a_backup_to_a_full_disk_says_so_and_leaves_nothing_behind(
        writable_db: Path, small_disk: Path) -> None:
    assert writable_db.stat().st_size > 512 * 1024
    with Store(writable_db, user="tester") as store, \
            pytest.raises(UserError, match=r"copy\.db: the disk is full"):
        store.backup(small_disk / "copy.db")
    assert list(small_disk.iterdir()) == []


def test_a_kill_during_the_pre_migration_backup_never_leaves_an_empty_bak(
        tmp_path: Path) -> None:
    """Killed the moment a backup file appears: any .bak then present is complete."""
    source = tmp_path / "big-v1.db"
    shutil.copy(FIXTURE, source)
    with contextlib.closing(sqlite3.connect(source)) as conn, conn:  # some MB to copy
        conn.execute("CREATE TABLE padding (b BLOB)")
        conn.executemany("INSERT INTO padding VALUES (randomblob(100000))",
                         [()] * 300)
    kills = 0
    for attempt in range(3):
        work = tmp_path / f"run{attempt}"
        work.mkdir()
        path = Path(shutil.copy(source, work / "old.db"))
        opener = subprocess.Popen([sys.executable, "-c",
                                   "import sys; from tpdesk.models import Store;"
                                   " Store(sys.argv[1]).close()", str(path)])
        deadline = time.monotonic() + 30
        while opener.poll() is None and time.monotonic() < deadline:
            if any(p.name != "old.db" and "old.db-" not in p.name for p in work.iterdir()):
                opener.send_signal(signal.SIGKILL)
                break
            time.sleep(0.001)
        kills += opener.wait(timeout=30) == -signal.SIGKILL
        for bak in work.glob("*.bak"):
            with contextlib.closing(sqlite3.connect(bak)) as conn:
                names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                assert {"partnership", "padding"} <= names, bak
                assert conn.execute("SELECT count(*) FROM padding").fetchone()[0] == 300
    assert kills  # the backup was under way when the process died


def test_journals_left_without_their_file_are_removed_and_no_file_is_made(
        tmp_path: Path) -> None:
    path = tmp_path / "gone.db"
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).write_bytes(b"\x00" * 64)
    retire_journals(path)
    assert list(tmp_path.iterdir()) == []


def test_an_atomic_write_on_a_full_disk_leaves_the_old_file_and_no_temporary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills at the flush (simulated: mounting a small tmpfs needs root)."""
    import errno

    from tpdesk.models import files
    from tpdesk.services import exchange

    target = tmp_path / "keys.tpk"
    target.write_bytes(b"old")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(UserError, match=f"{target}: cannot be written .*space"):
        exchange._write_atomically(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys.tpk"]


def test_an_atomic_write_replaces_the_file_whole(tmp_path: Path) -> None:
    from tpdesk.models.atomic import write_bytes

    target = tmp_path / "out.tpx"
    target.write_bytes(b"old")
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.tpx"]


def test_every_atomic_write_is_for_the_user_only_and_a_failed_save_leaves_nothing(
        tmp_path: Path) -> None:
    """One home for temp + flush + rename: documents, key files and database copies use it."""
    from tpdesk.models.atomic import write_atomically

    target = tmp_path / "out.docx"
    previous = os.umask(0o022)  # what would make a plain open() readable by everyone
    try:
        write_atomically(lambda tmp: tmp.write_bytes(b"new") and None, target)
        assert (target.read_bytes(), target.stat().st_mode & 0o777) == (b"new", 0o600)

        def half(tmp: Path) -> None:
            tmp.write_bytes(b"half")
            tmp.with_name(tmp.name + "-journal").write_bytes(b"j")
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            write_atomically(half, target)
    finally:
        os.umask(previous)
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]


def test_a_database_placed_by_write_atomically_never_adopts_a_stale_wal(
        writable_db: Path, tmp_path: Path) -> None:
    """`place=replace_database` (restore, encrypt, decrypt -o) retires the old journals."""
    from tpdesk.models.atomic import write_atomically

    original = _title(writable_db)
    with Store(writable_db, user="tester") as store:
        backup = store.backup(tmp_path / "backup.db")
    _crash_after_a_write(writable_db)
    write_atomically(lambda tmp: shutil.copyfile(backup, tmp) and None, writable_db,
                     suffix=".db", place=replace_database)
    assert journals(writable_db) == []
    assert _title(writable_db) == original
    assert _integrity(writable_db) == "ok"
