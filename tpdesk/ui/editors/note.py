"""The note editor: free text on a record, by someone, kept by the record's id."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...models import Note
from ...models.l10n import translate
from ...models.records import RECORD_TYPES, record_label
from ...models.vocab import NoteVisibility
from ..operations import Session
from .base import RecordEditor, enum_combo
from .fields import settle_rows


class NoteEditor(RecordEditor[Note]):
    KIND = Note

    def __init__(self, session: Session, record: Note, parent: QWidget | None = None) -> None:
        if not record.author and session.store.find(Note, record.id) is None:
            # Filled in before the base keeps the original, so an untouched new
            # note does not count as a change when the user closes it.
            record = dataclasses.replace(record, author=session.store.user)
        super().__init__(session, record, parent)

    def build(self, record: Note) -> None:
        self.target = QLabel(self._target_text(record))
        self.target.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.target.setWordWrap(True)
        self.add_row(translate("Note", "Attached to:"), "target_id", self.target)
        self.author = QLineEdit(record.author)
        self.add_row(translate("Note", "Author:"), "author", self.author)
        self.text = QPlainTextEdit(record.text)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(160)
        self.add_row(translate("Note", "Note:"), "text", self.text)
        # Who may read it decides which packs print it: a PUBLIC pack only shareable ones.
        self.visibility = enum_combo(NoteVisibility, record.visibility)
        self.visibility.setToolTip(
            translate(
                "Note",
                "Private: never exported. Internal: LIMITED and SENSITIVE"
                " packs. Shareable: every pack, PUBLIC ones too.",
            )
        )
        self.add_row(translate("Note", "Visibility:"), "visibility", self.visibility)
        settle_rows(self.form)

    def first_field(self) -> QWidget:
        """The note's text: the author is filled in already."""
        return self.text

    def _target_text(self, record: Note) -> str:
        cls = RECORD_TYPES.get(record.target_kind)
        target = self.session.store.find(cls, record.target_id) if cls else None
        if cls is None or target is None:
            return f"(missing {record.target_kind or 'record'})"
        return f"{record_label(cls)}: {target.caption}"

    def collect(self) -> Note:
        return dataclasses.replace(
            self.original,
            author=self.author.text().strip(),
            text=self.text.toPlainText().strip(),
            visibility=NoteVisibility(self.visibility.currentData()),
        )
