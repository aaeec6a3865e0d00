"""Driving a modal dialog from a test: exec() blocks, so the keys are sent from a timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget


def when_modal(action: Callable[[QWidget], None]) -> list[BaseException]:
    """Run `action(dialog)` on the next modal dialog once it is up (exec blocks the test)."""
    errors: list[BaseException] = []
    tries = iter(range(250))

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or QApplication.activeWindow() is not dialog:  # keys go nowhere yet
            if next(tries, None) is not None:
                QTimer.singleShot(20, poll)
            return
        try:
            action(dialog)
            QApplication.processEvents()
            assert QApplication.activeModalWidget() is not dialog, [
                f"{label.accessibleName()}: {label.text()}"
                for label in dialog.findChildren(QLabel)
                if label.isVisible() and label.accessibleName().endswith("error")]
        except BaseException as exc:  # reported by the test, not lost in the event loop
            errors.append(exc)
            dialog.done(0)

    QTimer.singleShot(20, poll)
    return errors
