"""Sync in the window: the status bar's indicator, and when syncs run.

A sync runs on a background thread (`workers.Background`) with its own
connection, every few minutes, on File > Sync and on close; the window
never waits on the network, except on close, and then for a bounded time.
A failure is shown, not raised: the copy works offline exactly as before
and the next tick tries again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ..logs import log_bug
from ..models import UserError
from ..models.l10n import format_number, translate
from ..services import StoreFactory, Stores
from ..services import sync as use_cases
from ..services.sync_http import SyncError
from .messages import user_message
from .workers import Background

CLOSE_WAIT_SECONDS = 8.0  # the longest a closing window waits for its last push
CLOSE_TIMEOUT = 4.0  # per request of that push
FIRST_SYNC_MS = 3000  # after opening a database, the first sync waits this long
LONG_PULL = 2 * use_cases.PAGE  # a pull this long shows a progress bar


class SyncIndicator(QWidget):
    """Synced / N changes waiting / offline / N conflicts; a bar during a long first pull.

    Hidden for a copy that syncs with no server. Clicking it syncs now.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton()
        self.button.setFlat(True)
        self.button.setAccessibleName(translate("SyncIndicator", "Sync status"))
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(120)
        self.bar.setAccessibleName(translate("SyncIndicator", "Sync progress"))
        self.bar.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        self.hide()

    @property
    def text(self) -> str:
        return self.button.text()

    def show_state(self, status: use_cases.SyncStatus, *, problem: SyncError | None) -> None:
        self.bar.hide()
        if not status.signed_in:
            self.hide()
            return
        parts = []
        if problem is not None:
            parts.append(translate("SyncIndicator", "Offline") if problem.offline
                         else translate("SyncIndicator", "Sync failed"))
        waiting, conflicts = status.waiting, status.conflicts
        if waiting:
            parts.append(translate("SyncIndicator", "%Ln change(s) waiting", None, waiting))
        if conflicts:
            parts.append(translate("SyncIndicator", "%Ln conflict(s)", None, conflicts))
        self.button.setText(" · ".join(parts) or translate("SyncIndicator", "Synced"))
        where = translate("SyncIndicator", "{url}, signed in as {user} ({role})").format(
            url=status.url, user=status.user, role=status.role)
        if problem is not None:
            tip = translate("SyncIndicator", "{problem}\nTried again every {minutes} minutes.")
            tip = tip.format(problem=problem, minutes=format_number(use_cases.SYNC_MINUTES))
        elif status.synced_at:
            tip = translate("SyncIndicator", "Last synced {time} UTC").format(
                time=status.synced_at[:16].replace("T", " "))
        else:
            tip = translate("SyncIndicator", "Not synced yet")
        self.button.setToolTip("\n".join(
            (where, tip, translate("SyncIndicator", "Click to sync now (Ctrl+Shift+S)"))))
        self.show()

    def show_progress(self, done: int, total: int) -> None:
        self.button.setText(translate("SyncIndicator", "Syncing… {done} of {total}").format(
            done=format_number(done), total=format_number(total)) if total
            else translate("SyncIndicator", "Syncing…"))
        self.bar.setVisible(total >= LONG_PULL)
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(min(done, total))
        self.show()


class SyncController(QObject):
    """When to sync, and what the indicator says; `synced(report)` after each success."""

    synced = Signal(object)

    def __init__(self, parent: QObject, indicator: SyncIndicator, *,
                 every_ms: int = use_cases.SYNC_MINUTES * 60_000) -> None:
        """`every_ms`: how often it syncs while a database is open (a test's is short)."""
        super().__init__(parent)
        self.indicator = indicator
        self.indicator.button.clicked.connect(self.sync_now)
        self.factory: StoreFactory | None = None
        self.stores: Stores | None = None
        self.problem: SyncError | None = None
        self.job: Background | None = None
        self.timer = QTimer(self, interval=every_ms)
        self.timer.timeout.connect(self.sync_now)

    def attach(self, factory: StoreFactory, stores: Stores) -> None:
        """A database is open (or unlocked again): sync it from now on."""
        self.factory, self.stores, self.problem = factory, stores, None
        self.timer.start()
        self.refresh()
        QTimer.singleShot(FIRST_SYNC_MS, self, self.sync_now)  # once the window is up

    def detach(self) -> None:
        """Closed or locked: no more syncs, and nothing shown."""
        self.timer.stop()
        self.factory = self.stores = None
        self.indicator.hide()

    def status(self) -> use_cases.SyncStatus | None:
        return None if self.stores is None else use_cases.status(self.stores)

    def refresh(self) -> None:
        status = self.status()
        if status is None:
            self.indicator.hide()
        elif self.job is None:
            self.indicator.show_state(status, problem=self.problem)

    def sync_now(self) -> bool:
        """Start a sync unless one runs or there is no server; True if one started."""
        status = self.status()
        if self.factory is None or status is None or not status.signed_in or self.job:
            return False
        factory = self.factory
        self._start(Background(self, lambda progress: use_cases.sync(factory,
                                                                     progress=progress)))
        return True

    def _start(self, job: Background) -> None:
        self.job = job
        job.progressed.connect(self.indicator.show_progress)
        job.done.connect(self._done)
        self.indicator.show_progress(0, 0)
        job.start()

    def _done(self, result: object, error: BaseException | None) -> None:
        self.job = None
        if isinstance(error, SyncError):
            self.problem = error
        elif isinstance(error, UserError):  # not the network's: this copy's, said as it is
            self.problem = SyncError(user_message(error))
        elif error is not None:
            where = log_bug(error, source="tpdesk.sync")
            self.problem = SyncError(translate("SyncIndicator", "internal error: {error} (logged"
                                               " to {log})").format(
                error=type(error).__name__, log=where or "stderr"))
        else:
            self.problem = None
            self.synced.emit(result)
        self.refresh()

    def finish(self) -> None:
        """On close: let a running sync end, or push what waits; never longer than a bound."""
        self.timer.stop()
        status = self.status()
        if self.job is None and self.factory is not None and status is not None and (
                status.signed_in and status.waiting):
            factory = self.factory
            self._start(Background(self, lambda progress: use_cases.sync(
                factory, pull=False, timeout=CLOSE_TIMEOUT)))
        if self.job is not None:
            self.job.wait(CLOSE_WAIT_SECONDS)
        self.detach()
