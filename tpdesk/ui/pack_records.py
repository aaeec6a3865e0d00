"""The records a pack keeps or leaves out whatever its filters say: pinned and excluded."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..models.l10n import translate
from .pack_draft import PackDraft
from .widgets import buddy_label, push_button

IdRole = Qt.ItemDataRole.UserRole


class PinnedPanel(QWidget):
    """Two lists with a button each; Delete in a list takes its record off it."""

    def __init__(self, draft: PackDraft, *, caption_of: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self._caption_of = caption_of
        self.pinned = self._list(translate("PackRecords", "Pinned records"))
        self.pinned.setToolTip(translate("PackRecords", "Records kept in the pack whatever its"
                                         " filters say; pin them from the preview's context"
                                         " menu"))
        self.excluded = self._list(translate("PackRecords", "Excluded records"))
        self.excluded.setToolTip(translate("PackRecords", "Records left out of the pack whatever"
                                           " its filters say; exclude them from the preview's"
                                           " context menu"))
        self.unpin_button = push_button(translate("PackRecords", "Unpin"), self.unpin_selected,
                                        translate("PackRecords",
                                                  "Stop pinning the selected record (Delete)"))
        self.include_button = push_button(translate("PackRecords", "Include &again"),
                                          self.include_selected,
                                          translate("PackRecords", "Stop excluding the selected"
                                                    " record (Delete)"))
        self.pinned_label = buddy_label(translate("PackRecords", "P&inned records:"),
                                        self.pinned)
        self.excluded_label = buddy_label(translate("PackRecords", "Excluded record&s:"),
                                          self.excluded)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, listing, button in ((self.pinned_label, self.pinned, self.unpin_button),
                                       (self.excluded_label, self.excluded,
                                        self.include_button)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(listing)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addLayout(column, 1)
        for listing in (self.pinned, self.excluded):
            listing.installEventFilter(self)
        draft.records_changed.connect(self.fill)

    def _list(self, name: str) -> QListWidget:
        listing = QListWidget()
        listing.setAccessibleName(name)
        listing.setMaximumHeight(84)
        listing.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        listing.currentRowChanged.connect(lambda _row: self.update_buttons())
        return listing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete takes the record off the list (before the main window's Delete shortcut)."""
        if watched in (self.pinned, self.excluded) and event.type() in (
                QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key_event = cast(QKeyEvent, event)
            plain = key_event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                              Qt.KeyboardModifier.KeypadModifier)
            if key_event.key() == Qt.Key.Key_Delete and plain:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    (self.unpin_selected if watched is self.pinned else self.include_selected)()
                return True
        return super().eventFilter(watched, event)

    def fill(self) -> None:
        pack = self.draft.pack
        for listing, ids, label, text in (
                (self.pinned, pack.pinned_ids if pack else [], self.pinned_label,
                 translate("PackRecords", "P&inned records")),
                (self.excluded, pack.excluded_ids if pack else [], self.excluded_label,
                 translate("PackRecords", "Excluded record&s"))):
            row = listing.currentRow()
            listing.clear()
            for record_id in ids:
                item = QListWidgetItem(self._caption_of(record_id))
                item.setData(IdRole, record_id)
                item.setToolTip(item.text())
                listing.addItem(item)
            listing.setCurrentRow(min(row, listing.count() - 1) if listing.count() else -1)
            label.setText(f"{text} ({len(ids)}):" if ids else f"{text}:")
        self.update_buttons()

    def update_buttons(self) -> None:
        self.unpin_button.setEnabled(self.pinned.currentItem() is not None)
        self.include_button.setEnabled(self.excluded.currentItem() is not None)

    def unpin_selected(self) -> None:
        item = self.pinned.currentItem()
        if item is not None:
            self.draft.unpin(item.data(IdRole))

    def include_selected(self) -> None:
        item = self.excluded.currentItem()
        if item is not None:
            self.draft.include_again(item.data(IdRole))
