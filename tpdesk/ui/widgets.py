"""Small widget factories the pages share, so buttons and labels behave alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTabWidget, QWidget


def push_button(text: str, slot: Callable[[], object], tip: str) -> QPushButton:
    """A button with a mnemonic and a tooltip that Enter in a field never presses."""
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setToolTip(tip)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic moves the focus to `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def password_field(placeholder: str) -> QLineEdit:
    """A field that hides what is typed, wide enough for a long passphrase."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(320)
    return field


class MoveKeys(QObject):
    """Ctrl+Up and Ctrl+Down on a list call `move(-1)` and `move(1)`.

    Taken at ShortcutOverride, before any window shortcut can claim the keys;
    the move buttons then need no letter of their own.
    """

    def __init__(self, listing: QWidget, move: Callable[[int], object]) -> None:
        super().__init__(listing)
        self._move = move
        listing.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key_event = cast(QKeyEvent, event)
            if key_event.modifiers() == Qt.KeyboardModifier.ControlModifier and \
                    key_event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self._move(-1 if key_event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)


class PageFocus(QObject):
    """A tab's mnemonic also puts the cursor in its page's first field (the page's focus proxy).

    So the first field's label needs no letter of its own: a crowded window
    keeps its letters for the rest.
    """

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        tabs.tabBar().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            handled = watched.event(event)
            page = self._tabs.currentWidget()
            if handled and page is not None and page.focusProxy() is not None:
                page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return handled
        return super().eventFilter(watched, event)
