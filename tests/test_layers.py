"""The core never imports Qt: models, export and the use cases run headless.

The finer rules (which layer may import which) are import-linter contracts in
pyproject.toml, checked by `lint-imports` in .ci/run; this checks what is loaded.
"""

from __future__ import annotations

import subprocess
import sys


def test_core_does_not_import_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, tpdesk.models, tpdesk.cli\n"
        "for pkg in ('tpdesk.models', 'tpdesk.export', 'tpdesk.services'):\n"
        "    mod = importlib.import_module(pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
