"""One editor dialog per record kind, and `edit` to open the right one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ...models import (
    Activity,
    Commitment,
    Note,
    Organisation,
    Pack,
    Partnership,
    Record,
    Roadmap,
    Roundtable,
)
from ..operations import Session
from .activity import ActivityEditor
from .base import RecordEditor
from .commitment import CommitmentEditor
from .note import NoteEditor
from .organisation import OrganisationEditor
from .pack import PackEditor
from .partnership import PartnershipEditor
from .roadmap import RoadmapEditor
from .roundtable import RoundtableEditor

EDITORS: dict[type[Record], type[RecordEditor[Any]]] = {
    Partnership: PartnershipEditor,
    Organisation: OrganisationEditor,
    Roundtable: RoundtableEditor,
    Roadmap: RoadmapEditor,
    Activity: ActivityEditor,
    Commitment: CommitmentEditor,
    Note: NoteEditor,
    Pack: PackEditor,
}


def edit(session: Session, record: Record, parent: QWidget | None = None) -> Record | None:
    """Open the record's editor modally; the record as saved, or None if the user cancelled.

    A new record (one the store does not have yet) gets the same dialog,
    titled "New …"; saving goes through the session, so it can be undone.
    If the record was changed meanwhile and the user chose Reload, the
    editor opens again on the record as stored.
    """
    while True:
        editor = EDITORS[type(record)](session, record, parent)
        try:
            editor.exec()
            if editor.reloaded is None:
                return editor.saved
            record = editor.reloaded
        finally:
            editor.deleteLater()


__all__ = ["EDITORS", "RecordEditor", "edit"]
