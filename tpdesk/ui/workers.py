"""Long work off the GUI thread, with a progress dialog and Cancel.

The job gets a `progress(done, total)` callback that raises `Cancelled` once
the user has pressed Cancel, so a job stops at its next step. A job that
needs the database opens its own Store: SQLite connections stay on the
thread that opened them.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..models.l10n import translate
from ..services import Progress


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object, object)  # result, error

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._job = job
        self.cancelled = False

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self.cancelled:
                raise Cancelled
            self.progressed.emit(done, total)

        try:
            result = self._job(progress)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.finished.emit(None, exc)
        else:
            self.finished.emit(result, None)


class Job(QObject):
    """One run of a job in a thread; `done(result, error)` fires on the GUI thread."""

    done = Signal(object, object)

    def __init__(self, parent: QWidget, title: str, job: Callable[[Progress], Any], *,
                 quiet: bool = False) -> None:
        """`quiet`: no progress dialog, for work the page shows by itself (the preview)."""
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self.dialog: QProgressDialog | None = None
        if not quiet:
            self.dialog = QProgressDialog(title, translate("Workers", "Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.cancel)
            self._worker.progressed.connect(self._progress)
        self._worker.finished.connect(self._finished)
        # Stop the thread from the thread itself as soon as the job ends, so that
        # `wait()` returns even while the GUI thread is blocked in it (on close).
        self._worker.finished.connect(self._thread.quit,
                                      Qt.ConnectionType.DirectConnection)
        self._thread.started.connect(self._worker.run)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancelled = True

    def wait(self) -> None:
        """Block until the job has ended; cancel it first to end it early."""
        self._thread.wait()

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(done)

    def _finished(self, result: Any, error: BaseException | None) -> None:
        self._thread.quit()
        self._thread.wait()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
        self.done.emit(result, error)


class Background(QObject):
    """Work nobody waits for (a sync): a daemon thread, no dialog, `done` on the GUI thread.

    Unlike a `Job`, the app may quit while it runs: `wait` gives up after a
    bounded time, and the thread, a daemon, ends with the process. The job
    must therefore keep every write whole by itself (one transaction each).
    """

    progressed = Signal(int, int)
    done = Signal(object, object)  # result, error

    def __init__(self, parent: QObject, job: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self._job = job
        self._thread = threading.Thread(target=self._run, name="tpdesk-background",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, seconds: float) -> bool:
        """Wait at most `seconds`; True if the job has ended."""
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result, error = self._job(self._progress), None
        except BaseException as exc:  # handed to the GUI thread, which decides
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the window went while the job ran
            self.done.emit(result, error)

    def _progress(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):
            self.progressed.emit(done, total)
