"""Structured logs (one JSON object a line) and the Prometheus metrics of the server.

Log lines carry what happened and to whom (method, path, status, user,
counts), never a request's body or headers: tokens and credentials travel in
them.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from collections import Counter
from typing import Any

logger = logging.getLogger("tpdesk.server")


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(), "event": record.getMessage()}
        line.update(getattr(record, "fields", {}))
        if record.exc_info:
            line["traceback"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def setup_logging(stream: Any = None) -> None:
    """The server's and uvicorn's records as JSON lines on stderr."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLines())
    for name in ("tpdesk.server", "uvicorn", "uvicorn.error", "psycopg.pool"):
        log = logging.getLogger(name)
        log.handlers[:] = [handler]
        log.setLevel(logging.INFO)
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
