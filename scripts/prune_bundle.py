"""Take out of a PyInstaller bundle the parts of Qt tpdesk never uses, and what they drag in.

    python scripts/prune_bundle.py dist/tpdesk

tpdesk uses QtCore, QtGui and QtWidgets (with the SVG icon engine), yet
PyInstaller's Qt hooks collect every platform plugin, every image format and
every Qt translation, and follow the GTK platform theme into the system's GTK,
Pango and Cairo libraries. build.spec filters with the same `unused()` rule so
most of this is never collected; this script removes what still is, then (on
Linux) sweeps out libraries that nothing left in the bundle links to, and fails
if anything left links to a library it removed. Qt's ICU libraries stay: Qt
Core links them.

What stays on purpose: the xcb, offscreen, Windows and Cocoa platforms (X11,
XWayland, the self-test, Windows, macOS), the xdg-desktop-portal theme, the
compose and ibus input methods (dead keys, CJK input), SVG and ICO images,
QtDBus (accessibility on Linux goes through it).
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

# Qt modules tpdesk does not use, as they appear in file names (libQt6Quick.so.6,
# Qt6Quick.dll, QtQuick.framework).
_MODULES = ("quick", "qml", "webengine", "webchannel", "webview", "3d", "multimedia",
            "spatialaudio", "pdf", "designer", "uitools", "help", "charts", "graphs",
            "datavisualization", "virtualkeyboard", "network", "eglfs", "wayland",
            "wlshell", "labs", "lottie", "sql", "test", "location", "positioning",
            "sensors", "serialport", "texttospeech", "remoteobjects", "scxml", "bluetooth",
            "nfc", "httpserver", "websockets", "canvaspainter")

# fnmatch patterns on bundle-relative paths, lower case, '/' separators.
UNUSED: tuple[str, ...] = (
    "*/resources/translations/*.ts",  # build.spec compiles them to .qm: the sources stay out
    *(f"*qt6{m}*" for m in _MODULES),
    *(f"*/qt{m}*.framework*" for m in _MODULES),
    "*/plugins/platforms/*eglfs*", "*/plugins/platforms/*minimalegl*",
    "*/plugins/platforms/*linuxfb*", "*/plugins/platforms/*vnc*",
    "*/plugins/platforms/*vkkhrdisplay*", "*/plugins/platforms/*wayland*",
    "*/plugins/platforms/*minimal.*", "*/plugins/platforms/*webgl*",
    "*/plugins/platformthemes/*gtk*",
    "*/plugins/wayland-*", "*/plugins/egldeviceintegrations/*", "*/plugins/generic/*",
    "*/plugins/imageformats/*gif*", "*/plugins/imageformats/*icns*",
    "*/plugins/imageformats/*jpeg*", "*/plugins/imageformats/*tga*",
    "*/plugins/imageformats/*tiff*", "*/plugins/imageformats/*wbmp*",
    "*/plugins/imageformats/*webp*", "*/plugins/imageformats/*pdf*",
    "*/plugins/platforminputcontexts/*virtualkeyboard*",
    "*/plugins/networkinformation/*", "*/plugins/tls/*", "*/plugins/sqldrivers/*",
    "*/plugins/designer/*", "*/plugins/qmltooling/*", "*/plugins/qmllint/*",
    "*/plugins/multimedia/*", "*/plugins/virtualkeyboard/*", "*/plugins/printsupport/*",
    "*/plugins/position/*", "*/plugins/renderers/*", "*/plugins/sceneparsers/*",
    "*/plugins/geometryloaders/*", "*/plugins/vectorimageformats/*",
    "*/plugins/assetimporters/*", "*/plugins/texttospeech/*",
    "*/opengl32sw.dll",  # Windows' software OpenGL, 20 MB: tpdesk draws no OpenGL
    "*/qml/*",
)

# Libraries loaded by name at run time rather than linked: the sweep must keep them.
KEEP = ("libpython*",)

_TRANSLATION = re.compile(r".*/translations/[a-z]+_([a-z]{2}(?:_[a-z]{2})?)\.qm$")
# Babel's CLDR data, a file a locale (30 MB in all): tpdesk formats in English and the
# languages it ships, and Babel reads `root` under every one of them.
_BABEL_LOCALE = re.compile(r".*/babel/locale-data/([a-z0-9_]+)\.dat$", re.IGNORECASE)


def shipped_languages(resources: Path) -> set[str]:
    """Languages tpdesk itself is translated into (resources/translations/tpdesk_LANG.ts,
    or the .qm compiled from it).

    Qt's own translations and Babel's locale data are worth their space only for those.
    """
    return {p.stem.split("_", 1)[1].lower()
            for pattern in ("tpdesk_*.ts", "tpdesk_*.qm")
            for p in (resources / "translations").glob(pattern)}


def unused(path: str, languages: Iterable[str] = ()) -> bool:
    """Whether a file (bundle-relative path) is a part of Qt tpdesk does without."""
    name = path.replace("\\", "/").lower()
    if not name.startswith("/"):
        name = "/" + name
    found = _TRANSLATION.match(name)
    if found:
        return found.group(1) not in set(languages)
    locale = _BABEL_LOCALE.match(name)
    if locale:
        return locale.group(1) not in {"root", "en", *languages}
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in UNUSED)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def _needed(files: list[Path]) -> dict[Path, set[str]]:
    """DT_NEEDED of each ELF file, read with objdump (PyInstaller needs binutils anyway)."""
    result: dict[Path, set[str]] = {f: set() for f in files}
    for start in range(0, len(files), 200):
        chunk = files[start:start + 200]
        out = subprocess.run(["objdump", "-p", *map(str, chunk)], capture_output=True,
                             text=True, check=True).stdout
        current: Path | None = None
        for line in out.splitlines():
            header = re.match(r"^(\S.*):\s+file format ", line)
            if header:
                current = Path(header.group(1))
            elif current is not None and line.strip().startswith("NEEDED"):
                result[current].add(line.split()[1])
    return result


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return path.stat().st_size


def _is_library(path: Path, root: Path) -> bool:
    """A shared library the sweep may remove: not a Qt plugin, not a Python extension."""
    return (re.match(r"^lib.+\.so(\.[\d.]+)?$", path.name) is not None
            and ".cpython-" not in path.name
            and "plugins" not in path.relative_to(root).parts
            and not any(fnmatch.fnmatchcase(path.name, k) for k in KEEP))


def sweep(root: Path) -> list[Path]:
    """Remove libraries nothing left links to, until none remain; Linux bundles only."""
    removed: list[Path] = []
    while True:
        elves = [f for f in root.rglob("*") if f.is_file() and _is_elf(f)]
        needed = set().union(*_needed(elves).values())
        orphans = [f for f in elves if _is_library(f, root) and f.name not in needed]
        if not orphans:
            return removed
        for f in orphans:
            f.unlink()
        removed += orphans


def prune(bundle: Path, *, languages: Iterable[str] = ()) -> list[str]:
    """Prune `bundle` (dist/tpdesk) in place; returns what was removed, bundle-relative."""
    root = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    linux = sys.platform.startswith("linux")
    before = ({f.name for f in root.rglob("*") if f.is_file() and _is_elf(f)} if linux
              else set())
    removed: list[str] = []
    for path in sorted(root.rglob("*"), key=lambda p: len(p.parts)):
        if path.exists() and unused(path.relative_to(root).as_posix(), languages):
            removed.append(path.relative_to(root).as_posix())
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
    if linux:
        removed += [f.relative_to(root).as_posix() for f in sweep(root)]
        left = [f for f in root.rglob("*") if f.is_file() and _is_elf(f)]
        present = {f.name for f in left}
        broken = sorted(f"{f.relative_to(root)} needs {lib}"
                        for f, libs in _needed(left).items()
                        for lib in libs if lib in before and lib not in present)
        if broken:
            raise SystemExit("prune_bundle: removed a library still in use:\n  "
                             + "\n  ".join(broken))
    for directory in sorted((d for d in root.rglob("*") if d.is_dir()),
                            key=lambda p: -len(p.parts)):
        if not any(directory.iterdir()):
            directory.rmdir()
    return removed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle, e.g. dist/tpdesk")
    parser.add_argument("--resources", type=Path,
                        default=Path(__file__).resolve().parent.parent / "resources")
    args = parser.parse_args()
    if not args.bundle.is_dir():
        parser.error(f"{args.bundle} is not a folder")
    total_before = _size(args.bundle)
    removed = prune(args.bundle, languages=shipped_languages(args.resources))
    for name in removed:
        print(f"  removed {name}")
    freed = total_before - _size(args.bundle)
    print(f"pruned {len(removed)} items, {freed / 1e6:.1f} MB freed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
