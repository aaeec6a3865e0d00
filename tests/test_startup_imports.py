"""The app's window starts without loading the libraries only some actions need.

openpyxl alone cost about 70 ms of every start (benchmarks/bench_ui.py); these
libraries are imported by the functions that read or write those files. The
same holds for the libraries of other occasional work: Babel (a pack in French
or Arabic), urllib and TLS (a sync), pyrage and the ciphers (an encrypted
database, an exchange file, a recovery key), lxml and defusedxml (reading an
Office file), the packs' assembly, a roundtable's outcome read from Word or
Excel, and sqlite-utils itself, which the store loads with its first write:
opening a database and filling the first window only reads.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

DEFERRED = ("openpyxl", "docx", "fpdf")
OCCASIONAL = ("babel", "urllib.request", "ssl", "pyrage", "cryptography", "lxml", "defusedxml",
              "tpdesk.models.briefing", "tpdesk.services.outcomes", "tpdesk.export.xlsx_parse",
              "sqlite_utils")


def test_main_window_import_leaves_office_libraries_unloaded() -> None:
    code = (
        "import sys, tpdesk.ui.main_window\n"
        f"print(' '.join(m for m in {DEFERRED!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == ""


@pytest.fixture(scope="module")
def loaded_at_start(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The modules loaded once the main window is shown and filled on the demo data."""
    work = tmp_path_factory.mktemp("start")
    db = work / "demo.db"
    from tpdesk.models import Store
    from tpdesk.models.demo import load_demo

    with Store(db) as store:
        load_demo(store)
    code = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from tpdesk.app import configure_application
from tpdesk.ui.main_window import MainWindow
app = configure_application()
window = MainWindow(settings=QSettings({str(work / 'settings.ini')!r},
                                       QSettings.Format.IniFormat))
assert window.open_database(Path({str(db)!r}))
window.show()
while window.dashboard.stale:
    app.processEvents()
app.processEvents()
assert window.dashboard.figures["activities"].value.text() not in ("", "–")
print(" ".join(sorted(sys.modules)))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    return set(out.split())


@pytest.mark.parametrize("module", OCCASIONAL)
def test_filled_window_leaves_occasional_libraries_unloaded(loaded_at_start: set[str],
                                                            module: str) -> None:
    assert module not in loaded_at_start


def test_services_still_reach_every_use_case() -> None:
    from tpdesk import services

    for name in services.__all__:
        assert getattr(services, name) is not None

