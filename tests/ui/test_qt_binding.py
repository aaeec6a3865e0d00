"""Guards against Qt bindings that would crash the app however correct our code is."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot) -> None:
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per void call (e.g.
    QLabel.setText), until the interpreter aborts with 'none_dealloc'."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
