"""Two programs saving at once both succeed: a writer waits for the other, never fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tpdesk.models import Note, Store

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
