"""Windows that fit the screen they open on, whatever size they were last time.

On a 1024×600 laptop the main window opened at its 1280×800 default, wider and
taller than the screen; a geometry saved on a big monitor did the same on the
laptop. Every top-level window goes through `fit_to_screen` before it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room kept for a window manager's title bar and borders, which are not known
# until the window is shown: a frame this size fits inside the screen's work area.
FRAME_ALLOWANCE = QSize(16, 40)


def fitted(window: QRect, available: QRect) -> QRect:
    """`window` shrunk to `available` (less the frame allowance) and moved inside it."""
    width = min(window.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(window.height(), available.height() - FRAME_ALLOWANCE.height())
    left = min(max(window.left(), available.left()), available.right() + 1 - width)
    top = min(max(window.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def screen_of(widget: QWidget) -> QScreen:
    """The screen the widget lies on; the primary screen while it lies on none."""
    centre = widget.geometry().center()
    return (QGuiApplication.screenAt(centre) or widget.screen()
            or QGuiApplication.primaryScreen())


def fit_to_screen(widget: QWidget) -> None:
    """Shrink a top-level widget to its screen's work area, and move it inside if placed.

    A window never placed (no saved geometry) is only resized: where it goes is
    the window manager's choice.
    """
    if widget.windowState() & (Qt.WindowState.WindowMaximized
                               | Qt.WindowState.WindowFullScreen):
        return  # the window manager sizes those to the screen
    available = screen_of(widget).availableGeometry()
    target = fitted(widget.geometry(), available)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_Moved):
        widget.resize(target.size())
    elif target != widget.geometry():
        widget.setGeometry(target)
