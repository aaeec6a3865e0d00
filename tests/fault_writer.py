"""A writer for the fault tests, run in a subprocess and killed with SIGKILL at random.

    python tests/fault_writer.py MODE DB [FILE...]

It prints `ready` once it is about to write, then one line per write that
has returned (so is committed): the test checks those survive the kill.
The data key of the encrypted DB is read as hex from $TPDESK_FAULT_KEY.
"""

from __future__ import annotations

import itertools
import os
import sys
import uuid
from pathlib import Path

from tpdesk.models import Organisation
from tpdesk.models.keys import DataKey
from tpdesk.models.vocab import OrganisationKind
from tpdesk.services import (
    StoreFactory,
    apply_workbook,
    preview_workbook,
    restore_backup,
    take_backup,
)


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(mode: str, db: str, *files: str) -> None:
    factory = StoreFactory(Path(db), user="fault",
                           key=DataKey(bytes.fromhex(os.environ["TPDESK_FAULT_KEY"])))
    if mode == "saves":
        with factory() as store:
            _say("ready")
            for i in itertools.count():
                saved = store.save(Organisation(name=f"Fault organisation {i} {uuid.uuid4()}",
                                                kind=OrganisationKind.INTERNATIONAL_ORGANISATION))
                _say(f"saved {saved.id}")
    elif mode == "import":
        preview = preview_workbook(factory, files[0])
        assert not preview.errors, preview.errors[:3]
        _say("ready")
        apply_workbook(factory, preview)
        _say("imported")
    elif mode == "backup":
        _say("ready")
        for _ in itertools.count():
            _say(f"backed up {take_backup(factory)}")
    elif mode == "restore":
        _say("ready")
        for source in itertools.cycle(files):
            restore_backup(factory, source)
            _say(f"restored {source}")


if __name__ == "__main__":
    main(*sys.argv[1:])
