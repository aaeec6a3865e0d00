"""The app's window starts without loading the libraries only some actions need.

openpyxl alone cost about 70 ms of every start (benchmarks/bench_ui.py); these
libraries are imported by the functions that read or write those files.
"""

from __future__ import annotations

import subprocess
import sys

DEFERRED = ("openpyxl", "docx", "fpdf")


def test_main_window_import_leaves_office_libraries_unloaded() -> None:
    code = (
        "import sys, tpdesk.ui.main_window\n"
        f"print(' '.join(m for m in {DEFERRED!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == ""


def test_services_still_reach_every_use_case() -> None:
    from tpdesk import services

    for name in services.__all__:
        assert getattr(services, name) is not None
