"""The pack builder's section list and section text: order, include, rename, write.

Every edit goes to the `PackDraft`, which decides when it is saved; the
list only mirrors the draft's sections, so Undo and a reload show the same.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..models import PackSection
from ..models.l10n import translate, translate_noop
from ..models.vocab import SectionKind
from .pack_draft import PackDraft
from .widgets import MoveKeys, buddy_label, push_button

IdRole = Qt.ItemDataRole.UserRole

TEXT_HINTS: dict[SectionKind, str] = {
    SectionKind.COVER: translate_noop(
        "PackSections",
        "The cover is made from the pack's settings: title, meeting, date,"
        " audience, marking and version.",
    ),
    SectionKind.PURPOSE: translate_noop(
        "PackSections",
        "Paragraphs of the purpose and summary; leave a blank line between paragraphs.",
    ),
    SectionKind.LINES_TO_TAKE: translate_noop(
        "PackSections",
        "Lines to take, one per line; they print as bullets. Lines on"
        " a single record are added from the preview's context menu.",
    ),
    SectionKind.ANNEX: translate_noop(
        "PackSections", "The annex lists every activity the pack covers; it has no free text."
    ),
}
DEFAULT_HINT = translate_noop(
    "PackSections",
    "Lines to take for this section, one per line; they print as bullets after"
    " the section's content.",
)
NO_TEXT = {SectionKind.COVER, SectionKind.ANNEX}


class SectionsPanel(QWidget):
    """The sections of the draft's pack, with the chosen section's text below."""

    def __init__(self, draft: PackDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self._loading = False

        self.sections = QListWidget()
        self.sections.setAccessibleName(translate("PackSections", "Sections"))
        self.sections.setToolTip(
            translate(
                "PackSections",
                "Tick to include a section. Drag, or Ctrl+Up and Ctrl+Down, to"
                " move it; F2 to rename it.",
            )
        )
        self.sections.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sections.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.sections.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sections.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.sections.model().rowsMoved.connect(lambda *_: self._sections_edited())
        # A drop that the view turns into insert-and-remove settles after the event.
        self.sections.model().rowsRemoved.connect(
            lambda *_: QTimer.singleShot(0, self, self._sections_edited))
        self.sections.itemChanged.connect(lambda _item: self._sections_edited())
        self.sections.currentRowChanged.connect(lambda _row: self._section_chosen())
        MoveKeys(self.sections, self.move_section)

        # No mnemonics: Ctrl+Up and Ctrl+Down move a section, and the pack builder
        # needs every letter it has for its other controls.
        self.up_button = push_button(
            translate("PackSections", "Move up"),
            lambda: self.move_section(-1),
            translate("PackSections", "Move the section up (Ctrl+Up)"),
        )
        self.down_button = push_button(
            translate("PackSections", "Move down"),
            lambda: self.move_section(1),
            translate("PackSections", "Move the section down (Ctrl+Down)"),
        )
        self.rename_button = push_button(
            translate("PackSections", "Rena&me"),
            self.rename_section,
            translate("PackSections", "Give the section its own title (F2)"),
        )
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.rename_button):
            moves.addWidget(button)
        moves.addStretch(1)

        self.text = QPlainTextEdit()
        self.text.setAccessibleName(translate("PackSections", "Section text"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.text.textChanged.connect(self._text_changed)
        self.text_hint = QLabel(wordWrap=True)
        palette = self.text_hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         palette.color(QPalette.ColorRole.PlaceholderText))
        self.text_hint.setPalette(palette)
        self.text_hint.setAccessibleName(translate("PackSections", "About the section text"))
        self.text_label = buddy_label(translate("PackSections", "Section &text:"), self.text)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buddy_label(
            translate("PackSections", "Sections (tick to include, drag to reorder):"),
            self.sections))
        layout.addWidget(self.sections, 3)
        layout.addLayout(moves)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.text_hint)

    # -- following the draft -------------------------------------------------------

    def show_pack(self, *, keep_section: bool) -> None:
        """List the draft's sections; keep the chosen one when the same pack is shown again."""
        current = self.current_section_id() if keep_section else None
        sections = self.draft.pack.sections if self.draft.pack is not None else []
        self._loading = True
        self.sections.clear()
        for section in sections:
            self.sections.addItem(self._section_item(section))
        row = next((i for i, s in enumerate(sections) if s.id == current), 0)
        self.sections.setCurrentRow(row if sections else -1)
        self._loading = False
        self._section_chosen()

    def update_buttons(self) -> None:
        has_pack = self.draft.pack is not None
        row, count = self.sections.currentRow(), self.sections.count()
        self.rename_button.setEnabled(has_pack)
        self.up_button.setEnabled(has_pack and row > 0)
        self.down_button.setEnabled(has_pack and 0 <= row < count - 1)
        self.sections.setEnabled(has_pack)

    def current_section_id(self) -> str | None:
        item = self.sections.currentItem()
        return str(item.data(IdRole)) if item is not None else None

    def current_section(self) -> PackSection | None:
        wanted = self.current_section_id()
        if self.draft.pack is None or wanted is None:
            return None
        return next((s for s in self.draft.pack.sections if s.id == wanted), None)

    # -- editing ---------------------------------------------------------------------

    def move_section(self, delta: int) -> None:
        """Move the chosen section one place up (-1) or down (+1)."""
        row = self.sections.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.sections.count():
            return
        self.sections.model().moveRow(QModelIndex(), row, QModelIndex(),
                                      target + 1 if delta > 0 else target)
        self.sections.setCurrentRow(target)

    def rename_section(self) -> None:
        item = self.sections.currentItem()
        if item is not None:
            self.sections.setFocus(Qt.FocusReason.OtherFocusReason)
            self.sections.editItem(item)

    def _section_item(self, section: PackSection) -> QListWidgetItem:
        item = QListWidgetItem(_heading(section))
        item.setData(IdRole, section.id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                      | Qt.ItemFlag.ItemIsDragEnabled)
        item.setCheckState(Qt.CheckState.Checked if section.included
                           else Qt.CheckState.Unchecked)
        _style_section(item, section)
        return item

    def _sections_from_list(self) -> list[PackSection]:
        assert self.draft.pack is not None
        by_id = {s.id: s for s in self.draft.pack.sections}
        result = []
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            old = by_id.get(item.data(IdRole))
            if old is None:
                continue
            title = item.text().strip()
            if title == old.kind.translated:
                title = ""
            result.append(dataclasses.replace(
                old, title=title, included=item.checkState() == Qt.CheckState.Checked))
        return result

    def _sections_edited(self) -> None:
        """The list changed (a move, a tick, a rename): make the pack say the same."""
        if self._loading or self.draft.pack is None:
            return
        sections = self._sections_from_list()
        if len(sections) != len(self.draft.pack.sections):
            return  # halfway through a drop; called again once it settles
        self._loading = True
        for row, section in enumerate(sections):
            item = self.sections.item(row)
            if item.text() != _heading(section):
                item.setText(_heading(section))  # an emptied title shows the usual one again
            _style_section(item, section)
        self._loading = False
        self.draft.set_sections(sections)
        self.update_buttons()

    def _section_chosen(self) -> None:
        section = self.current_section()
        self._loading = True
        self.text.setPlainText(section.text if section is not None else "")
        self._loading = False
        self.text.setEnabled(section is not None and section.kind not in NO_TEXT)
        self.text_hint.setText(translate("PackSections", TEXT_HINTS.get(section.kind, DEFAULT_HINT))
                               if section else "")
        self.text_label.setText(translate("PackSections", "Section &text — {heading}:").format(
            heading=section.title.strip() or section.kind.translated) if section
                                else translate("PackSections", "Section &text:"))
        self.update_buttons()

    def _text_changed(self) -> None:
        section = self.current_section()
        if self._loading or section is None:
            return
        text = self.text.toPlainText()
        if text != section.text:
            self.draft.set_section_text(section.id, text)


def _heading(section: PackSection) -> str:
    """The title as the list shows it: the usual one in the app's language, as the list
    reads it back (shown in English in French, it was saved as the section's own title)."""
    return section.title.strip() or section.kind.translated


def _style_section(item: QListWidgetItem, section: PackSection) -> None:
    """Left-out sections read as such; a renamed one says what it is underneath."""
    font = QFont(item.font())
    font.setItalic(not section.included)
    item.setFont(font)
    item.setForeground(QBrush(QColor("#8a8a8a")) if not section.included else QBrush())
    tip = section.kind.translated if not section.title else \
        f"{section.title} — renamed from “{section.kind.translated}”"
    item.setToolTip(tip + ("" if section.included else translate("PackSections", " (left out)")))
