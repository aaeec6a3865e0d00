"""The composition root of the desktop app: QApplication, Store, MainWindow."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from . import __version__
from .logs import log_bug, setup_logging
from .models import UserError
from .models.l10n import Language, translate
from .paths import default_db_path, resource
from .services import StoreFactory
from .ui.messages import user_message

if TYPE_CHECKING:
    from .ui.main_window import MainWindow


def _display_problem(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why Qt could not show a window here, or None; asked before Qt aborts the process.

    Without a display, creating the QApplication ends the process with SIGABRT
    (exit 134) and lines about platform plugins, which no Python code can catch.
    """
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    wayland, x11 = bool(env.get("WAYLAND_DISPLAY")), bool(env.get("DISPLAY"))
    usable = {"": x11 or wayland, "xcb": x11}.get(
        chosen, wayland if chosen.startswith("wayland") else True)  # offscreen, vnc...
    if not usable:
        return translate("App", "no display to open the window on (neither DISPLAY nor"
                         " WAYLAND_DISPLAY is set); run tpdesk in a desktop session, or use its"
                         " commands (tpdesk --help)")
    return None


def configure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        problem = _display_problem(os.environ)
        if problem is not None:
            raise UserError(problem)
        app = QApplication(sys.argv)
    QCoreApplication.setOrganizationName("tpdesk")
    QCoreApplication.setApplicationName("tpdesk")
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName("tpdesk")
    QApplication.setWindowIcon(QIcon(str(resource("tpdesk.svg"))))
    setup_logging()
    sys.excepthook = _unexpected_error
    return app  # type: ignore[return-value]


def _unexpected_error(kind: type[BaseException], exc: BaseException,
                      tb: TracebackType | None) -> None:
    """Any exception that reaches the event loop: log it, tell the user in one line.

    The traceback stays in the log, not in front of the user; only when the
    log cannot be written is it put under "Show Details", so it is not lost.
    """
    if isinstance(exc, UserError):
        QMessageBox.warning(QApplication.activeWindow(), "tpdesk", user_message(exc))
        return
    where = log_bug(exc.with_traceback(tb), source="tpdesk.app")
    text = (translate("App", "tpdesk hit an internal error, logged to {path}.").format(
                path=where) if where is not None
            else translate("App", "tpdesk hit an internal error; the log file could not be"
                           " written."))
    box = QMessageBox(QMessageBox.Icon.Critical, "tpdesk", text,
                      parent=QApplication.activeWindow())
    box.setInformativeText(f"{kind.__name__}: {exc}\n"
                           + translate("App", "Your saved data is safe."))
    if where is None:
        box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
    box.exec()


def run(db: str | None, language: Language | None = None) -> int:
    """Open the main window and run until it closes.

    The database is the one the command line would use (`--db`, else $TPDESK_DB,
    else the default file): the last one opened is only offered under Open Recent,
    so `tpdesk demo` followed by `tpdesk` shows the demo data. `language`
    (`--lang`) overrides the one chosen in the preferences, for this run.
    """
    from .ui.first_start import ask_name_on_first_start
    from .ui.language import use_app_language
    from .ui.main_window import MainWindow
    from .ui.preferences import Preferences
    from .ui.theme import apply_theme

    app = configure_application()
    settings = QSettings()
    preferences = Preferences.load(settings)
    use_app_language(app, language or preferences.language)
    apply_theme(app, preferences.theme)
    path = default_db_path(db)
    window = MainWindow(settings=settings,
                        factory=StoreFactory(path, user=preferences.user_name))
    window.show()  # first: a file that cannot be opened is reported over the window
    if window.open_database(path) and window.session is not None:
        ask_name_on_first_start(settings, window.session, window)
    if os.environ.get("TPDESK_EXIT_WHEN_READY") == "1":
        QTimer.singleShot(0, lambda: _exit_when_ready(app, window))
    return app.exec()


def _exit_when_ready(app: QApplication, window: MainWindow) -> None:
    """TPDESK_EXIT_WHEN_READY=1: print READY once the window is shown and filled, then quit.

    benchmarks/bench_frozen.py times start-up of the frozen bundle, which cannot run a
    test script; this is its finish line. A user who sets it only sees the app close.
    """
    dashboard = getattr(window, "dashboard", None)  # absent if no database could be opened
    while dashboard is not None and dashboard.stale and dashboard.isVisible():
        app.processEvents()
    app.processEvents()
    print("READY", window.records_listed(), flush=True)
    app.quit()
