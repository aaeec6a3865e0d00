"""The log file, set up in one place for the command line and the desktop app.

Bugs are written with their traceback to a rotating file in the user's data
folder (three files of at most 1 MB each), so a report can attach it and the
folder never fills up. A log that cannot be written falls back to stderr, and
logging never raises: it runs while another error is being reported. Only
tracebacks are logged, and without the exceptions' messages: a message may
quote whatever was in hand (a title, a note's text), and the log is a plain
file beside an encrypted register. The terminal and the app's error box
still show the message; the log keeps the kind of error and where it arose.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from . import __version__
from .models.errors import chain
from .paths import log_path, private_folder

MAX_BYTES = 1_000_000
BACKUPS = 2  # tpdesk.log, tpdesk.log.1, tpdesk.log.2
FORMAT = f"%(asctime)s tpdesk {__version__} %(name)s %(levelname)s: %(message)s"

_logger = logging.getLogger("tpdesk")


class _LogFile(RotatingFileHandler):
    """Opened on the first record (a run without bugs creates nothing); stderr if it fails."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                         delay=True)
        self.path = path
        self.failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is None:
            try:
                private_folder(self.path.parent)
            except OSError:
                self.handleError(record)
                return
        super().emit(record)

    def _open(self) -> io.TextIOWrapper:
        """Created owner only: a traceback names the user's files and folders."""
        os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT, 0o600))
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True
        with contextlib.suppress(Exception):
            if sys.stderr is not None:  # None in a windowed bundle
                sys.stderr.write(self.format(record) + "\n")


def setup_logging() -> Path | None:
    """Send the 'tpdesk' loggers to the log file; calling it again changes nothing.

    The file is `paths.log_path()`, looked up on each call: if it moved (a
    test, another user data folder), the handler follows it. None if no file
    can be named: logging then writes to stderr.
    """
    try:
        path = log_path()
    except Exception:
        return None
    for handler in _logger.handlers:
        if isinstance(handler, _LogFile):
            if handler.path == path:
                return path
            _logger.removeHandler(handler)
            handler.close()
    handler = _LogFile(path)
    handler.setFormatter(logging.Formatter(FORMAT))
    _logger.addHandler(handler)
    _logger.setLevel(logging.INFO)
    return path


def log_bug(exc: BaseException, *, source: str = "tpdesk") -> Path | None:
    """Log an unexpected error with its traceback; the file it went to, None if not written.

    `source` names the logger (e.g. "tpdesk.cli"), which the log line shows.
    """
    try:
        setup_logging()
        handlers = [h for h in _logger.handlers if isinstance(h, _LogFile)]
        for handler in handlers:
            handler.failed = False
        logging.getLogger(source).error("unexpected error: %s (message not logged)\n%s",
                                        _kind(exc), _trace(exc))
        written = [h.path for h in handlers if not h.failed]
    except Exception:  # the log must never hide the error being reported
        return None
    return written[0] if written else None


def _kind(exc: BaseException) -> str:
    return type(exc).__qualname__


def _trace(exc: BaseException) -> str:
    """The tracebacks of `exc` and of what led to it, oldest first, with kinds but no messages."""
    return "\nwhich led to:\n".join(
        "Traceback (most recent call last):\n"
        + "".join(traceback.format_tb(e.__traceback__)) + _kind(e)
        for e in chain(exc))
