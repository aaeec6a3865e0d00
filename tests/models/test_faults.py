"""Kill -9 at random moments, and a full disk: nothing committed is lost, nothing half written.

Each run starts `tests/fault_writer.py` on an encrypted copy of the demo
register, waits until it writes, kills it with SIGKILL after a random pause,
then opens the file as the next tpdesk would: `check` (integrity and the
search index against the records) must pass and every save the writer
reported must be there. An exchange merge is killed the same way, as the
command a user runs (`tpdesk exchange import` on an encrypted register):
afterwards the merge is all there or not at all, conflict list included,
and importing the file again completes it. Seeded, so a failure can be
replayed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from cli_support import one_line_error, tpdesk

from tpdesk.models import Activity, Commitment, Note, Organisation, Store, merge, replicas
from tpdesk.models.backups import inspect_backup
from tpdesk.models.cipher import export_copy
from tpdesk.models.keys import DataKey, KeyFile, key_file
from tpdesk.services import StoreFactory, check_database, export_register

WRITER = Path(__file__).parent.parent / "fault_writer.py"
SEED = 20261203
# Runs of each writer: >= 30 killed even if every import finishes before its kill (a fast
# machine); the merges, `tpdesk exchange import` itself, are counted in their own test.
KILLS = {"saves": 20, "import": 8, "backup": 6, "restore": 6, "merge": 12}
EDIT = " (edited)"
MERGED_NOTES = 3000


@pytest.fixture(scope="module")
def encrypted_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DataKey]:
    folder = tmp_path_factory.mktemp("faults")
    plain = folder / "plain.db"
    assert tpdesk("--db", plain, "demo").returncode == 0
    assert tpdesk("--db", plain, "demo", "--scale", "300").returncode == 0
    key = DataKey.generate()
    with Store(plain) as store:
        export_copy(store, folder / "demo.db", key=key)
    return folder / "demo.db", key


def _run_and_kill(mode: str, db: Path, key: DataKey, pause: float, *files: Path) -> list[str]:
    """The lines the writer printed before it was killed `pause` seconds into its writing.

    An import may finish first: its last line then says so, and it is not counted as a kill.
    """
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), mode, str(db), *map(str, files)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "TPDESK_FAULT_KEY": key.raw.hex()})
    assert writer.stdout is not None
    first = writer.stdout.readline()
    assert first == "ready\n", writer.stderr.read() if writer.stderr else first
    time.sleep(pause)
    writer.send_signal(signal.SIGKILL)
    out, err = writer.communicate(timeout=30)
    if writer.returncode == -signal.SIGKILL:
        _killed.append(mode)
    else:
        assert (mode, writer.returncode) == ("import", 0), err
    return out.splitlines()


_killed: list[str] = []


def _assert_sound(factory: StoreFactory) -> None:
    problems, live = check_database(factory)
    assert problems == [], problems[:5]
    assert live > 0


def _copy(db: Path, key: DataKey, target: Path) -> StoreFactory:
    for stale in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        stale.unlink(missing_ok=True)
    with Store(db, key=key) as store:
        store.backup(target)
    return StoreFactory(target, user="t", key=key)


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_nothing_committed(
        encrypted_demo: tuple[Path, DataKey], tmp_path: Path) -> None:
    demo, key = encrypted_demo
    rng = random.Random(SEED)
    factory = _copy(demo, key, tmp_path / "saves.db")
    for _ in range(KILLS["saves"]):
        lines = _run_and_kill("saves", factory.path, key, rng.uniform(0.0, 0.5))
        saved = [line.split()[1] for line in lines if line.startswith("saved ")]
        _assert_sound(factory)
        with factory() as store:
            assert store.existing_ids(Organisation, saved) == set(saved)

    workbook = tmp_path / "edited.xlsx"
    export_register(StoreFactory(demo, user="t", key=key), tmp_path / "register.xlsx")
    book = openpyxl.load_workbook(tmp_path / "register.xlsx")
    for (cell,) in book["Activities"].iter_rows(min_row=2, min_col=2, max_col=2):
        if cell.value:
            cell.value = f"{cell.value}{EDIT}"
    book.save(workbook)
    for _ in range(KILLS["import"]):
        target = _copy(demo, key, tmp_path / "import.db")
        lines = _run_and_kill("import", target.path, key, rng.uniform(0.0, 0.5), workbook)
        _assert_sound(target)
        with target() as store:
            titles = [a.title for a in store.list(Activity)]
            edited = sum(t.endswith(EDIT) for t in titles)
            assert edited in (0, len(titles)), f"{edited} of {len(titles)}: a half import"
            if "imported" in lines:
                assert edited == len(titles)
            assert len(store.search("edited", limit=1000)) == edited  # the index agrees

    source = _copy(demo, key, tmp_path / "backed.db")
    for _ in range(KILLS["backup"]):
        _run_and_kill("backup", source.path, key, rng.uniform(0.0, 0.8))
        _assert_sound(source)
        for made in (tmp_path / "backups").glob("backed-*.db"):
            inspect_backup(made, key=key)  # every backup under its final name is whole

    target = _copy(demo, key, tmp_path / "restored.db")
    small = _copy(demo, key, tmp_path / "small.db")
    with small() as store:
        for activity in store.list(Activity, limit=100):
            store.delete(activity, clear_references=True)
    counts = set()
    for whole in (small, StoreFactory(demo, user="t", key=key)):
        with whole() as store:
            counts.add(store.count(Activity))
    for _ in range(KILLS["restore"]):
        _run_and_kill("restore", target.path, key, rng.uniform(0.0, 1.0), small.path, demo)
        _assert_sound(target)
        with target() as store:
            assert store.count(Activity) in counts  # the one or the other, never a mixture
    assert len(_killed) >= 30, _killed


def _ok(*args: str | Path, env: dict[str, str] | None = None) -> str:
    result = tpdesk(*args, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def reply_to_merge(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, int]:
    """An encrypted secretariat's register, its passphrase file, a delegate's reply to it.

    The reply adds 3,000 notes (a big merge) and retitles the pack's activities,
    which the secretariat retitled too: one conflict each (their number is returned).
    """
    folder = tmp_path_factory.mktemp("merge-faults")
    sec, delegate = folder / "sec.db", folder / "delegate.db"
    _ok("--db", sec, "demo")
    _ok("--db", sec, "identity", "--name", "Secretariat", "--person", "Anna Berg")
    _ok("--db", delegate, "identity", "--name", "Delegate", "--person", "Marco Rossi")
    _ok("--db", sec, "keys", "export", "-o", folder / "sec.keys")
    _ok("--db", delegate, "keys", "export", "-o", folder / "delegate.keys")
    _ok("--db", sec, "contacts", "add", folder / "delegate.keys")
    _ok("--db", delegate, "contacts", "add", folder / "sec.keys")
    packs = json.loads(_ok("--db", sec, "list", "packs", "--json", "--partnership", "TN"))
    _ok("--db", sec, "exchange", "export", "--pack", packs[0]["id"], "--to", "Delegate",
        "-o", folder / "pack.tpx")
    _ok("--db", delegate, "exchange", "import", folder / "pack.tpx")
    with Store(delegate) as store:
        activities = store.list(Activity)
        for a in activities:
            store.save(dataclasses.replace(a, title=f"{a.title} (delegate)"))
            store.save_many([Note(target_kind="activity", target_id=a.id,
                                  text=f"Merge fault note {i}")
                             for i in range(MERGED_NOTES // len(activities))])
        commitment = store.list(Commitment)[0]
        store.add_progress(commitment.id, status=commitment.status, note="Merge fault")
    with Store(sec) as store:
        for a in store.list(Activity):
            if a.id in {b.id for b in activities}:
                store.save(dataclasses.replace(a, title=f"{a.title} (secretariat)"))
    _ok("--db", delegate, "exchange", "export", "--reply", "--to", "Secretariat",
        "-o", folder / "reply.tpx")
    passphrase = folder / "passphrase.txt"
    passphrase.write_text("merge faults\n", encoding="utf-8")
    _ok("--db", sec, "encrypt", env={"TPDESK_PASSPHRASE_FILE": str(passphrase)})
    assert MERGED_NOTES % len(activities) == 0
    return sec, passphrase, folder / "reply.tpx", len(activities)


def _merge_state(factory: StoreFactory) -> tuple[int, int, str]:
    """What the merge changes: notes, conflicts (each on a record that exists), what was seen."""
    with factory() as store:
        found = merge.conflicts(store)
        assert all(store.caption(c.record_kind, c.record_id) for c in found)
        seen = {c.name: c.seen for c in replicas.contacts(store)}["Delegate"]
        return store.count(Note), len(found), json.dumps(seen, sort_keys=True)


@pytest.mark.slow
def test_kill_9_during_an_exchange_merge_merges_all_or_nothing(
        reply_to_merge: tuple[Path, Path, Path, int], tmp_path: Path) -> None:
    """`tpdesk exchange import` killed at random moments: the whole merge or none of it."""
    sec, passphrase, reply, conflicts = reply_to_merge
    env = {**os.environ, "TPDESK_PASSPHRASE_FILE": str(passphrase), "TPDESK_USER": "t"}
    key = KeyFile.read(key_file(sec)).unlock(passphrase.read_text().strip())
    run = StoreFactory(tmp_path / "run.db", user="t", key=key)

    def fresh() -> None:
        for stale in (run.path, *(Path(f"{run.path}{s}") for s in ("-wal", "-shm"))):
            stale.unlink(missing_ok=True)
        shutil.copy(sec, run.path)
        shutil.copy(key_file(sec), key_file(run.path))

    command = [sys.executable, "-m", "tpdesk", "--db", str(run.path), "exchange", "import",
               str(reply)]
    fresh()
    before = _merge_state(run)
    started = time.monotonic()
    subprocess.run(command, env=env, check=True, capture_output=True)
    whole = time.monotonic() - started
    after = _merge_state(run)
    assert after[:2] == (before[0] + MERGED_NOTES, before[1] + conflicts), (before, after)

    rng, killed = random.Random(SEED), 0
    for _ in range(KILLS["merge"]):
        fresh()
        importer = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.3, 1.0) * whole)  # the first third starts Python up
        importer.send_signal(signal.SIGKILL)
        _, err = importer.communicate(timeout=30)
        if importer.returncode == -signal.SIGKILL:
            killed += 1
        else:
            assert importer.returncode == 0, err
        _assert_sound(run)
        assert _merge_state(run) in (before, after)  # all of the merge or none of it
        again = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        assert again.returncode == 0, again.stderr  # the interrupted merge can be done again
        assert _merge_state(run) == after
    assert killed >= KILLS["merge"] * 2 // 3, f"only {killed} runs killed before the end"


def test_a_full_disk_is_one_line_and_the_database_stays_whole(
        writable_db: Path, tmp_path: Path) -> None:
    mount = tmp_path / "tiny"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"no small tmpfs can be mounted here: {made.stderr.strip()}")
    try:
        with (mount / "filler").open("wb") as filler, contextlib.suppress(OSError):
            filler.write(b"\0" * (256 * 1024 - 8 * 1024))
        before = writable_db.read_bytes()
        for command in (("backup", "-o", mount / "copy.db"),
                        ("export", "xlsx", "--all", "-o", mount / "all.xlsx")):
            result = tpdesk("--db", writable_db, *command)
            line = one_line_error(result)
            assert "disk is full" in line or "No space left" in line, line
            assert str(command[-1]) in line and str(writable_db) not in line, line  # the target
            assert not Path(command[-1]).exists()  # nothing half written under the name
        assert sorted(p.name for p in mount.iterdir()) == ["filler"]
        assert writable_db.read_bytes() == before
        _assert_sound(StoreFactory(writable_db, user="t"))
    finally:
        subprocess.run(["umount", str(mount)], check=False)
