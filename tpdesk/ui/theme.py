"""Light, dark or the system's colours for the whole app.

Qt 6.8's `QStyleHints.setColorScheme` asks the platform for its light or dark
look; where the platform does not offer one (X11 without a desktop theme,
the offscreen platform) the colour scheme stays Unknown, and the app then sets
Fusion with a palette of its own, so "Dark" is dark everywhere.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ..models.l10n import translate


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @property
    def label(self) -> str:
        labels = {"system": translate("Theme", "As the system"),
                  "light": translate("Theme", "Light"), "dark": translate("Theme", "Dark")}
        return labels[self.value]


_SCHEME = {Theme.LIGHT: Qt.ColorScheme.Light, Theme.DARK: Qt.ColorScheme.Dark}
_system_look: dict[str, tuple[str, QPalette]] = {}  # "app": the style and palette it began with


def dark_palette() -> QPalette:
    """Fusion's dark colours: text and controls keep their contrast, links stay readable."""
    palette = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 45), QColor(230, 230, 230)
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base),
                         (QPalette.ColorRole.AlternateBase, QColor(38, 38, 38)),
                         (QPalette.ColorRole.Button, window),
                         (QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.Text, text),
                         (QPalette.ColorRole.ButtonText, text),
                         (QPalette.ColorRole.ToolTipBase, window),
                         (QPalette.ColorRole.ToolTipText, text),
                         (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
                         (QPalette.ColorRole.Highlight, QColor(42, 130, 218)),
                         (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
                         (QPalette.ColorRole.Link, QColor(110, 170, 255)),
                         (QPalette.ColorRole.BrightText, QColor(255, 90, 90))):
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return palette


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Switch the running app to `theme`; System gives back the look it started with."""
    style, palette = _system_look.setdefault("app", (app.style().name(),
                                                     QPalette(app.palette())))
    hints = app.styleHints()
    if theme is Theme.SYSTEM:
        hints.unsetColorScheme()
        app.setStyle(style)
        app.setPalette(palette)
        return
    hints.setColorScheme(_SCHEME[theme])
    if hints.colorScheme() == _SCHEME[theme]:
        app.setPalette(QPalette())  # the platform's own colours for that scheme
        return
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)
    app.setPalette(dark_palette() if theme is Theme.DARK else fusion.standardPalette())
