"""Handing a file to the desktop: open it, or show it in its folder, and say when neither works.

On a machine with no file manager or no application for .docx (a bare Linux
install, a locked-down laptop), QDesktopServices returns False and nothing
happens: the user is told in one line where the file is instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ..models.l10n import translate


def open_file(parent: QWidget | None, path: Path) -> bool:
    if not path.is_file():
        QMessageBox.warning(
            parent, translate("Desktop", "Open file"),
            translate("Desktop", "{path} is no longer there.").format(path=path)
        )
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    QMessageBox.warning(parent, translate("Desktop", "Open file"),
                        translate("Desktop", "No application could open {name}; it is in"
                                  " {folder}.").format(name=path.name, folder=path.parent))
    return False


def show_in_folder(parent: QWidget | None, path: Path) -> bool:
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
        return True
    QMessageBox.warning(parent, translate("Desktop", "Show in folder"),
                        translate("Desktop", "No file manager could be opened; the file is"
                                  " {path}.").format(path=path))
    return False
