"""The keyboard shortcuts of a window, read from its actions: Help > Keyboard Shortcuts.

The list is generated from the QActions themselves (the menus first, in their
order, then the keys that lists and panes add), so it can never disagree with
what the keys do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tpdesk.models.l10n import translate, translate_noop

ELSEWHERE = translate_noop("Shortcuts", "Lists and panes")


@dataclass(frozen=True)
class Shortcut:
    section: str  # "File › Export", or ELSEWHERE for keys of a list or a pane
    command: str  # the action's text, without its mnemonic
    keys: tuple[str, ...]  # as the platform writes them, e.g. "Ctrl+Shift+C"


def plain(text: str) -> str:
    """An action's text as read: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def key_texts(action: QAction) -> tuple[str, ...]:
    return tuple(key.toString(QKeySequence.SequenceFormat.NativeText)
                 for key in action.shortcuts() if not key.isEmpty())


def menu_actions(menu: QMenu, path: str) -> list[tuple[str, QAction]]:
    """(menu path, action) for every action under `menu`, submenus included, in order."""
    found: list[tuple[str, QAction]] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menu_actions(sub, f"{path} › {plain(action.text())}")
        elif not action.isSeparator():
            found.append((path, action))
    return found


def shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every shortcut of the window: its menus' in menu order, then its lists' and panes'."""
    listed: list[Shortcut] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        sub = top.menu()
        if not isinstance(sub, QMenu):
            continue
        for section, action in menu_actions(sub, plain(top.text())):
            seen.add(id(action))
            if key_texts(action):
                listed.append(Shortcut(section, plain(action.text()), key_texts(action)))
    others = {Shortcut(ELSEWHERE, plain(action.text()), key_texts(action))
              for action in window.findChildren(QAction)
              if id(action) not in seen and key_texts(action) and action.text()}
    return listed + sorted(others, key=lambda s: s.command)


class ShortcutsDialog(QDialog):
    """A read-only table of the window's shortcuts, by menu."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(translate("Shortcuts", "Keyboard Shortcuts"))
        self.table = QTreeWidget()
        self.table.setAccessibleName(translate("Shortcuts", "Keyboard shortcuts"))
        self.table.setHeaderLabels([translate("Shortcuts", "Command"), translate("Shortcuts",
                                                                                 "Keys")])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        sections: dict[str, QTreeWidgetItem] = {}
        for shortcut in shortcuts(window):
            if shortcut.section not in sections:
                heading = QTreeWidgetItem([shortcut.section, ""])
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                sections[shortcut.section] = heading
                self.table.addTopLevelItem(heading)
            keys = ", ".join(shortcut.keys)
            if self.isRightToLeft():  # isolated left to right: Arabic showed "Ctrl+," as "+Ctrl,"
                keys = f"\u2066{keys}\u2069"
            self.table.addTopLevelItem(QTreeWidgetItem(["    " + shortcut.command, keys]))
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        room = self.screen().availableGeometry()
        self.resize(min(520, room.width() - 40), min(560, room.height() - 60))
