"""The pack builder's summary and issues: what the register says, and the author's words.

The key messages and issues are found afresh at every assembly; each is
listed here as the pack prints it. Rewording one (F2 or double-click) or
unticking it stores the author's version per pack, so it holds when the
pack is regenerated; the boxes below take the author's own additions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..models.content import BriefingContent, Editable
from ..models.l10n import translate, translate_noop
from ..models.pack_texts import ISSUES, SUMMARY, added_key
from .pack_draft import PackDraft
from .widgets import buddy_label

KeyRole = Qt.ItemDataRole.UserRole
GeneratedRole = Qt.ItemDataRole.UserRole + 1
GROUPS = (
    (SUMMARY, translate_noop("PackTextsPanel", "Key &messages"),
     translate_noop("PackTextsPanel", "Your own key messages, one per line")),
    (ISSUES, translate_noop("PackTextsPanel", "&Issues for decision"),
     translate_noop("PackTextsPanel", "Other issues for decision, one per line")),
)


class TextsPanel(QWidget):
    """Found key messages and issues, tick to print, edit to reword; the author's additions."""

    def __init__(self, draft: PackDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self._loading = False
        self.lists: dict[str, QListWidget] = {}
        self.added: dict[str, QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(translate(
            "PackTextsPanel", "Found in the register when the pack has an agenda. Untick to leave"
            " one out; F2 or double-click to reword it: your words stay when the pack is made"
            " again."), wordWrap=True)
        layout.addWidget(self.hint)
        for group, source, hint in GROUPS:
            label, placeholder = (
                translate("PackTextsPanel", source),
                translate("PackTextsPanel", hint),
            )
            found = QListWidget()
            found.setAccessibleName(label.replace("&", ""))
            found.setWordWrap(True)
            found.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
            found.itemChanged.connect(self._edited)
            own = QPlainTextEdit()
            own.setAccessibleName(placeholder)
            own.setPlaceholderText(placeholder)
            own.setTabChangesFocus(True)
            own.setMaximumHeight(64)
            own.textChanged.connect(lambda g=group: self._added_changed(g))
            self.lists[group], self.added[group] = found, own
            layout.addWidget(buddy_label(f"{label}:", found))
            layout.addWidget(found, 1)
            layout.addWidget(own)
        self.setFocusProxy(self.lists[GROUPS[0][0]])  # where the tab's letter puts the cursor

    def show_content(self, content: BriefingContent | None) -> None:
        """List what the assembled pack prints; an edit under way is not interrupted."""
        if any(box.state() == QAbstractItemView.State.EditingState
               for box in self.lists.values()):
            return
        editable = content.editable if content is not None else []
        self._loading = True
        for group, box in self.lists.items():
            row = box.currentRow()
            box.clear()
            for part in editable:
                if part.group == group:
                    box.addItem(_entry(part))
            box.setCurrentRow(min(row, box.count() - 1))
        pack = self.draft.pack
        for group, own in self.added.items():
            text = (pack.text_for(added_key(group)) or "") if pack is not None else ""
            if own.toPlainText() != text and not own.hasFocus():
                own.setPlainText(text)
        self._loading = False
        has_agenda = bool(content is not None and content.agenda)
        for widget in (*self.lists.values(), *self.added.values()):
            widget.setEnabled(has_agenda)

    def _edited(self, entry: QListWidgetItem) -> None:
        if self._loading:
            return
        key, generated = entry.data(KeyRole), entry.data(GeneratedRole)
        text = entry.text().strip()
        if entry.checkState() != Qt.CheckState.Checked:
            self.draft.set_text(key, "", now=True)
        elif not text or text == generated:
            self.draft.set_text(key, None, now=True)  # the register's words again
        else:
            self.draft.set_text(key, text, now=True)
        self._loading = True
        _style(entry, entry.checkState() == Qt.CheckState.Checked, text != generated)
        self._loading = False

    def _added_changed(self, group: str) -> None:
        if self._loading:
            return
        text = self.added[group].toPlainText()
        self.draft.set_text(added_key(group), text if text.strip() else None)


def _entry(part: Editable) -> QListWidgetItem:
    shown = bool(part.text)
    entry = QListWidgetItem(part.text or part.generated)
    entry.setData(KeyRole, part.key)
    entry.setData(GeneratedRole, part.generated)
    entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                   | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
    entry.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
    _style(entry, shown, shown and part.text != part.generated)
    return entry


def _style(entry: QListWidgetItem, shown: bool, reworded: bool) -> None:
    """Left-out parts read as such; reworded ones in italics, the register's words as tip."""
    font = QFont(entry.font())
    font.setItalic(reworded)
    entry.setFont(font)
    entry.setForeground(QBrush() if shown else QBrush(QColor("#8a8a8a")))
    generated = entry.data(GeneratedRole)
    entry.setToolTip(
        translate("PackTextsPanel", "The register says: {text}").format(text=generated)
        if reworded
        else (
            translate("PackTextsPanel", "Left out of the pack; tick to print it")
            if not shown
            else generated
        )
    )
