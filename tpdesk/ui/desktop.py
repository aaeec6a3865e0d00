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

from tpdesk.models.l10n import translate


def open_file(parent: QWidget | None, path: Path) -> bool:
    if not path.is_file():
        QMessageBox.warning(
            parent, translate("Desktop", "Open file"), f"{path} is no longer there."
        )
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    QMessageBox.warning(parent, translate("Desktop", "Open file"),
                        f"No application could open {path.name}; it is in {path.parent}.")
    return False


def show_in_folder(parent: QWidget | None, path: Path) -> bool:
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
        return True
    QMessageBox.warning(parent, translate("Desktop", "Show in folder"),
                        f"No file manager could be opened; the file is {path}.")
    return False
