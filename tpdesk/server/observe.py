"""Structured logs (one JSON object a line) and the Prometheus metrics of the server.

Log lines carry what happened and to whom (method, path, status, user,
counts), never a request's body or headers: tokens and credentials travel in
them. An exception is logged as its kind and where it happened (file, line
and function of each frame, for it and for what led to it), never its
message, arguments or locals: those may quote a record's contents.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
import traceback
from collections import Counter
from pathlib import PurePath
from typing import Any

from ..models.errors import chain

logger = logging.getLogger("tpdesk.server")


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(), "event": record.getMessage()}
        line.update(getattr(record, "fields", {}))
        if record.exc_info and record.exc_info[1] is not None:
            line["error"] = _described(record.exc_info[1])
        return json.dumps(line, ensure_ascii=False, default=str)


def _described(exc: BaseException) -> list[dict[str, Any]]:
    """`exc` and the exceptions that led to it, oldest first: kinds and frames, no messages."""
    return [{"type": f"{type(e).__module__}.{type(e).__qualname__}",
             "frames": [f"{_where(f.filename)}:{f.lineno} {f.name}"
                        for f in traceback.extract_tb(e.__traceback__)]}
            for e in chain(exc)]


def _where(filename: str) -> str:
    """A frame's file from the package folder on (tpdesk/server/app.py), not the install path."""
    parts = PurePath(filename).parts
    for root, skip in (("site-packages", 1), ("tpdesk", 0)):
        if root in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(root) - 1 + skip:])
    return "/".join(parts[-2:])


def kind_and_place(exc: BaseException) -> str:
    """One line for a person: the exception's kind and the frame it was raised in, no message."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return type(exc).__name__
    last = frames[-1]
    return f"{type(exc).__name__} at {_where(last.filename)}:{last.lineno} {last.name}"


# The pool's INFO lines come on every request (a connection asked for, given, returned):
# noise that would bury the requests; its warnings (a connection lost, a pool too small) stay.
LEVELS = {"tpdesk.server": logging.INFO, "uvicorn": logging.INFO,
          "uvicorn.error": logging.INFO, "psycopg.pool": logging.WARNING}


def setup_logging(stream: Any = None) -> None:
    """The server's, uvicorn's and the connection pool's records as JSON lines on stderr."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLines())
    for name, level in LEVELS.items():
        log = logging.getLogger(name)
        log.handlers[:] = [handler]
        log.setLevel(level)
        log.propagate = False


def event(name: str, **fields: Any) -> None:
    logger.info(name, extra={"fields": fields})


class Metrics:
    """Counters since the process started; the sequence number is read from the database."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: Counter[tuple[str, int]] = Counter()
        self.totals: Counter[str] = Counter()

    def request(self, path: str, status: int) -> None:
        with self._lock:
            self.requests[path, status] += 1

    def add(self, **counts: int) -> None:
        with self._lock:
            self.totals.update(counts)

    def text(self, latest_seq: int) -> str:
        lines = ["# HELP tpdesk_requests_total HTTP requests by path and status.",
                 "# TYPE tpdesk_requests_total counter"]
        with self._lock:
            lines += [f'tpdesk_requests_total{{path="{p}",status="{s}"}} {n}'
                      for (p, s), n in sorted(self.requests.items())]
            for name, help_text in (("pushes", "Pushes merged."), ("pulls", "Pull pages served."),
                                    ("accepted_changes", "Cells applied by pushes."),
                                    ("conflicts", "Conflicts filed by pushes."),
                                    ("proposals", "Proposals filed by pushes.")):
                lines += [f"# HELP tpdesk_{name}_total {help_text}",
                          f"# TYPE tpdesk_{name}_total counter",
                          f"tpdesk_{name}_total {self.totals[name]}"]
        lines += ["# HELP tpdesk_latest_seq The latest server sequence number.",
                  "# TYPE tpdesk_latest_seq gauge", f"tpdesk_latest_seq {latest_seq}"]
        return "\n".join(lines) + "\n"
