"""Small widget factories the pages share, so buttons and labels behave alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton, QWidget


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
