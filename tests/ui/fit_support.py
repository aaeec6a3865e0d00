"""What "fits" means, shared by test_fit and the 200 % scaling script (which runs in its own
process, as QT_SCALE_FACTOR must be set before the QApplication exists)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QSizePolicy,
    QWidget,
)


def settle() -> None:
    """Let the posted layout requests run: a refresh changes texts, then the layouts follow."""
    for _ in range(5):
        QApplication.processEvents()


def scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: it may reach past the edges, the bars reach it."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        parent = area
    return False


def outside(window: QWidget, root: QWidget) -> list[str]:
    """Visible widgets under `root` that reach past the window's edges."""
    frame = window.rect()
    if window.isRightToLeft():  # QSplitter mirrors its children one pixel to the right
        frame.adjust(0, 0, 1, 0)
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or widget.window() is not window \
                or scrolled(widget):
            continue
        top_left = widget.mapTo(window, QPoint(0, 0))
        where = QRect(top_left, widget.size())
        if not frame.contains(where):
            name = widget.accessibleName() or widget.objectName()
            found.append(f"{type(widget).__name__} {name!r} at {where.getRect()}"
                         f" outside {frame.getRect()}")
    return found


def _cut_on_purpose(widget: QWidget) -> bool:
    """An Ignored width is a promise to elide (a path, with the whole in its tooltip)."""
    return widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored


def cut_text(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit them: wrapped too short, or one
    line too narrow."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or _cut_on_purpose(label):
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                found.append(f"{label.text()[:40]!r}: {label.height()} px high, needs {need}")
        elif label.minimumSizeHint().width() > label.width() + 1:
            found.append(f"{label.text()[:40]!r}: {label.width()} px wide, needs"
                         f" {label.minimumSizeHint().width()}")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text() or _cut_on_purpose(button):
            continue
        if button.sizeHint().width() > button.width() + 1:
            found.append(f"button {button.text()[:40]!r}: {button.width()} px wide, needs"
                         f" {button.sizeHint().width()}")
    return found
