"""The pack being edited in the builder: its changes, and when they are saved.

There is no Save button: every change is saved through the session, so each
is one undoable step. Discrete changes (a move, a tick, a rename, a pin) are
saved at once; typing is saved after a short pause, so a sentence is one
step rather than one step per key. No widgets here, so the rules are tested
on their own.

A save is a compare-and-set on the pack as last loaded or saved (`base`): if
a merge or another window changed the pack meanwhile, the typing is saved
over it three-way (`Session.keep_mine`), so their changes to other parts
stay and a part both changed goes to the Conflicts view, never lost.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..models import Pack, PackSection, UserError
from ..models.errors import VersionConflictError
from ..models.pack_texts import with_text, without
from ..models.records import RecordLine
from .operations import Session

SAVE_DELAY_MS = 400
"""Typing is saved after this pause: one undo step per burst, not per key."""


class PackDraft(QObject):
    """One pack as it stands on screen, ahead of the store by at most one pause.

    `edited` fires after every change (the preview follows it); `records_changed`
    when pins or exclusions changed; `state_changed(state, detail)` with
    "saved", "pending", "failed" (detail: why) or "" (no pack).
    """

    edited = Signal()
    records_changed = Signal()
    state_changed = Signal(str, str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pack: Pack | None = None
        self.base: Pack | None = None  # the pack as stored when last loaded or saved
        self.dirty = False
        self.saving = False  # our own save is on its way: the session's echo is ours
        self.closed = False
        self.failure = ""
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        session.hold_pending(self.save_now)

    def load(self, pack: Pack | None) -> None:
        """Show another pack (or none); what was pending must have been saved first."""
        self.pack = self.base = pack
        self.dirty = False
        self._timer.stop()
        self.failure = ""
        self.state_changed.emit("" if pack is None else "saved", "")

    def forget_pending(self) -> None:
        """Undo, Redo or the settings dialog changed the pack: the store has the word."""
        self.dirty = False
        self._timer.stop()

    def change(self, *, now: bool = False, **changes: Any) -> None:
        """Apply a change to the pack on screen; save it at once or after a pause."""
        assert self.pack is not None
        self.pack = dataclasses.replace(self.pack, **changes)
        self.dirty = True
        if "pinned_ids" in changes or "excluded_ids" in changes:
            self.records_changed.emit()
        self.edited.emit()
        if now:
            self.save_now()
        else:
            self.state_changed.emit("pending", "")
            self._timer.start()

    def save_now(self) -> bool:
        """Save pending changes as one undoable step; False (and why, in `failure`) if refused."""
        self._timer.stop()
        if not self.dirty or self.pack is None or self.closed or self.saving:
            return True
        self.saving = True
        try:
            base = self.base if self.base is not None and self.base.id == self.pack.id else None
            try:
                saved = self.session.save(self.pack, expected_version=None if base is None
                                          else base.row_version)
            except VersionConflictError:
                assert base is not None
                saved = self.session.keep_mine(self.pack, base)
        except UserError as exc:
            self.failure = str(exc)
            self.state_changed.emit("failed", self.failure)
            return False
        finally:
            self.saving = False
        self.pack = self.base = saved
        self.dirty = False
        self.failure = ""
        self.state_changed.emit("saved", "")
        return True

    def close(self) -> bool:
        """Save what is pending, then take no more changes; False if the save was refused."""
        saved = self.save_now()
        self.closed = True
        self._timer.stop()
        return saved

    # -- the changes the builder makes ---------------------------------------------

    def set_sections(self, sections: list[PackSection]) -> None:
        if self.pack is not None and sections != self.pack.sections:
            self.change(now=True, sections=sections)

    def set_section_text(self, section_id: str, text: str) -> None:
        if self.pack is None:
            return
        sections = [dataclasses.replace(s, text=text) if s.id == section_id else s
                    for s in self.pack.sections]
        if sections != self.pack.sections:
            self.change(sections=sections)

    def pin(self, record_id: str) -> None:
        """Keep a record in the pack whatever the filters say."""
        if self.pack is None or record_id in self.pack.pinned_ids:
            return
        self.change(now=True, pinned_ids=[*self.pack.pinned_ids, record_id],
                    excluded_ids=[i for i in self.pack.excluded_ids if i != record_id])

    def exclude(self, record_id: str) -> None:
        """Leave a record out of the pack whatever the filters say."""
        if self.pack is None or record_id in self.pack.excluded_ids:
            return
        self.change(now=True, excluded_ids=[*self.pack.excluded_ids, record_id],
                    pinned_ids=[i for i in self.pack.pinned_ids if i != record_id])

    def unpin(self, record_id: str) -> None:
        if self.pack is not None and record_id in self.pack.pinned_ids:
            self.change(now=True, pinned_ids=[i for i in self.pack.pinned_ids
                                              if i != record_id])

    def include_again(self, record_id: str) -> None:
        if self.pack is not None and record_id in self.pack.excluded_ids:
            self.change(now=True, excluded_ids=[i for i in self.pack.excluded_ids
                                                if i != record_id])

    def set_record_line(self, record_id: str, text: str) -> None:
        """The line to take on one record; empty text removes it."""
        if self.pack is None:
            return
        text = text.strip()
        lines = [x for x in self.pack.lines if x.record_id != record_id]
        if text:
            lines.append(RecordLine(record_id=record_id, text=text))
        if lines != self.pack.lines:
            self.change(now=True, lines=lines)

    def set_text(self, key: str, text: str | None, *, now: bool = False) -> None:
        """The author's words for one generated part (None: the generated text again)."""
        if self.pack is None:
            return
        texts = without(self.pack.texts, key) if text is None else \
            with_text(self.pack.texts, key, text)
        if texts != self.pack.texts:
            self.change(now=now, texts=texts)
