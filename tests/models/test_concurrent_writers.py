"""Two programs saving at once both succeed: a writer waits for the other, never fails."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tpdesk.models import Note, Store, StoreError

# One save loop: read the partnership, then write a note on it, in one transaction, as the
# app's editors do; every failure is counted, not raised.
SAVER = """
import sys
from tpdesk.models import Note, Store, UserError
store = Store(sys.argv[1], user=sys.argv[2])
tunisia = store.partnership_by_code("TN")
failures = 0
for n in range(int(sys.argv[3])):
    try:
        with store.transaction():
            store.find(type(tunisia), tunisia.id)
            store.save(Note(target_kind="partnership", target_id=tunisia.id,
                            text=f"{sys.argv[2]} {n}"))
    except UserError as exc:
        failures += 1
        print(exc, file=sys.stderr)
print(failures)
"""


def test_two_save_loops_at_once_see_no_failure(writable_db: Path) -> None:
    with Store(writable_db, user="tester") as store:
        before = store.count(Note)
    loops = [subprocess.Popen([sys.executable, "-c", SAVER, str(writable_db), who, "150"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("first", "second")]
    results = [loop.communicate(timeout=120) for loop in loops]
    assert [out.strip() for out, _ in results] == ["0", "0"], [err for _, err in results]
    with Store(writable_db, user="tester") as store:
        assert store.count(Note) == before + 300


def test_a_save_during_a_long_import_waits_then_says_who_holds_the_lock(
        writable_db: Path) -> None:
    holding, release = threading.Event(), threading.Event()

    def importer() -> None:
        with Store(writable_db, user="ana") as store, \
                store.transaction(source="xlsx:activities.xlsx"):
            store.save(Note(target_kind="partnership",
                            target_id=store.partnership_by_code("TN").id, text="imported"))
            holding.set()
            release.wait(30)

    thread = threading.Thread(target=importer)
    thread.start()
    try:
        assert holding.wait(30)
        with Store(writable_db, user="ben") as store:
            tunisia = store.partnership_by_code("TN")
            started = time.monotonic()
            with pytest.raises(StoreError) as refused:
                store.save(Note(target_kind="partnership", target_id=tunisia.id, text="mine"))
            assert time.monotonic() - started > 4  # it waited for the lock first
    finally:
        release.set()
        thread.join(30)
    message = str(refused.value)
    assert "\n" not in message
    assert re.fullmatch(rf"{re.escape(str(writable_db))}: the database is busy: ana"
                        r" \(xlsx:activities\.xlsx, since \d\d:\d\d\) is writing to it;"
                        " try again once it is done", message), message
    assert not writable_db.with_name(writable_db.name + ".writer").exists()
