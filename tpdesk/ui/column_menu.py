"""The table header's context menu: show, hide and move columns, or put them back.

The header's own state (order, widths, hidden sections, sort) is what is
remembered per view, so whatever is done here, or by dragging a header,
comes back the next time the view opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from ..models.l10n import translate


class ColumnMenu:
    """Gives `header` a context menu; `changed` runs after every change (to save it)."""

    def __init__(self, header: QHeaderView, *, changed: Callable[[], None],
                 reset: Callable[[], None]) -> None:
        self._header = header
        self._changed = changed
        self._reset = reset
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show)
        header.sectionMoved.connect(lambda *_: changed())

    def menu(self, section: int, parent: QWidget | None = None) -> QMenu:
        """The menu for a right click on logical `section` (-1: beside the headers)."""
        header = self._header
        model = header.model()
        menu = QMenu(parent or header)
        shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        for logical in sorted(range(header.count()), key=header.visualIndex):
            title = str(model.headerData(logical, Qt.Orientation.Horizontal))
            action = menu.addAction(title.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setEnabled(not (len(shown) == 1 and logical in shown))  # keep one
            action.toggled.connect(lambda on, s=logical: self.set_shown(s, shown=on))
        if section >= 0:
            menu.addSeparator()
            visual = header.visualIndex(section)
            left = menu.addAction(translate("ColumnMenu", "Move Left"), lambda: self.move(section,
                                                                                          -1))
            left.setEnabled(visual > 0)
            right = menu.addAction(translate("ColumnMenu", "Move Right"), lambda: self.move(section,
                                                                                            +1))
            right.setEnabled(visual < header.count() - 1)
        menu.addSeparator()
        menu.addAction(translate("ColumnMenu", "Reset Columns"), self._reset_and_save)
        return menu

    def set_shown(self, section: int, *, shown: bool) -> None:
        self._header.setSectionHidden(section, not shown)
        self._changed()

    def move(self, section: int, step: int) -> None:
        visual = self._header.visualIndex(section)
        self._header.moveSection(visual, visual + step)  # sectionMoved saves it

    def _reset_and_save(self) -> None:
        self._reset()
        self._changed()

    def _show(self, pos: QPoint) -> None:
        section = self._header.logicalIndexAt(pos)
        self.menu(section).exec(self._header.viewport().mapToGlobal(pos))
