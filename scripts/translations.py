"""Keep the translations' sources in step with the code, and compile them.

    python scripts/translations.py update     lupdate: new strings into each .ts
    python scripts/translations.py release D  lrelease: each .ts into D/tpdesk_LANG.qm

The strings are those written as `QCoreApplication.translate("Context", …)`
in the app and `translate("Context", …)` / `translate_noop(…)` in the core
(tpdesk.models.l10n). Locations are left out of the .ts files, so moving code
does not rewrite them and parallel branches merge them cleanly.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tpdesk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar")
LUPDATE_OPTIONS = ("-extensions", "py", "-locations", "none", "-no-obsolete",
                   "-tr-function-alias", "QT_TRANSLATE_NOOP+=translate_noop")

sys.path.insert(0, str(ROOT))
from tpdesk.ui.language import compile_translation, qt_tool  # noqa: E402


def ts_files(folder: Path = TRANSLATIONS) -> list[Path]:
    return [folder / f"tpdesk_{language}.ts" for language in LANGUAGES]


def lupdate(targets: list[Path], *, sources: Path = SOURCES) -> str:
    """Extract the strings of `sources` into `targets`; lupdate's report."""
    done = subprocess.run([str(qt_tool("lupdate")), *LUPDATE_OPTIONS, str(sources),
                           "-ts", *map(str, targets)],
                          check=True, capture_output=True, text=True, timeout=300)
    return done.stdout + done.stderr


def release(folder: Path) -> list[Path]:
    written = []
    for source in ts_files():
        target = folder / source.with_suffix(".qm").name
        compile_translation(source, target)
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract new strings into the .ts files")
    compiled = commands.add_parser("release", help="compile the .ts files to .qm")
    compiled.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.command == "update":
        print(lupdate(ts_files()), end="")
    else:
        for path in release(args.folder):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
