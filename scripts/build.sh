#!/usr/bin/env bash
# Build the standalone bundle, slim it, prove it works, and (on Linux) archive it.
#
#   scripts/build.sh            after: pip install -e '.[build]'
#
# Steps: PyInstaller (build.spec) -> scripts/prune_bundle.py -> the frozen
# self-test (`tpdesk-cli self-test`, offscreen) -> on Linux, a check that the X11
# platform plugin still loads, dist/tpdesk-VERSION-linux-ARCH.tar.xz, and size
# limits. Any failure exits non-zero, so CI refuses a broken or bloated bundle.
# PYTHON picks the interpreter (default: .venv's); MAX_UNPACKED_MB and
# MAX_ARCHIVE_MB override the Linux size limits (MB = 1,000,000 bytes).
set -euo pipefail
cd "$(dirname "$0")/.."

began=$(date +%s)
if [ -z "${PYTHON:-}" ]; then
    PYTHON=.venv/bin/python
    [ -x "$PYTHON" ] || PYTHON=.venv/Scripts/python.exe  # Windows (Git Bash)
fi
# Encryption at rest added 21.7 MB unpacked, 14.5 MB archived (SQLCipher with its
# OpenSSL 8.4 MB, cryptography's Rust core 11.6 MB): 157.6 -> 179.3 and 46.4 -> 60.9.
# French and Arabic added 2.5 MB unpacked (Babel with only its root, en, fr and ar CLDR
# data 1.4 MB, Qt's and tpdesk's .qm files): 181.9 -> 184.4 and 62.2 -> 63.0.
MAX_UNPACKED_MB=${MAX_UNPACKED_MB:-187}
MAX_ARCHIVE_MB=${MAX_ARCHIVE_MB:-66}
VERSION=$("$PYTHON" -c 'from importlib.metadata import version; print(version("tpdesk"))')
BUNDLE=dist/tpdesk
EXE=""
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) EXE=.exe ;; esac

megabytes() {  # size of a file or folder, in MB
    "$PYTHON" - "$1" <<'EOF'
import sys
from pathlib import Path
p = Path(sys.argv[1])
files = [p] if p.is_file() else [f for f in p.rglob("*") if f.is_file() and not f.is_symlink()]
print(f"{sum(f.stat().st_size for f in files) / 1e6:.1f}")
EOF
}

echo "== PyInstaller: tpdesk $VERSION"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
built_mb=$(megabytes "$BUNDLE")

echo "== prune"
"$PYTHON" scripts/prune_bundle.py "$BUNDLE" | tail -n 1

echo "== frozen self-test"
report=dist/self-test.json
if ! "$BUNDLE/tpdesk-cli$EXE" self-test > "$report"; then
    cat "$report"
    echo "build.sh: the frozen self-test failed (report above)" >&2
    exit 1
fi
"$PYTHON" - "$report" <<'EOF'
import json, sys
summary = json.load(open(sys.argv[1], encoding="utf-8"))
for step in summary["steps"]:
    state = "ok" if step["ok"] else "FAILED"
    print(f"  {step['name']:<12} {state:<8} {step['seconds']:6.2f} s  {step['detail']}")
EOF

if [ "$(uname -s)" = Linux ]; then
    echo "== X11 platform plugin"
    # Offscreen does not load the xcb plugin users get; make sure it still resolves.
    lib="$PWD/$BUNDLE/_internal"
    missing=$(LD_LIBRARY_PATH="$lib:$lib/PySide6/Qt/lib" \
              ldd "$lib/PySide6/Qt/plugins/platforms/libqxcb.so" | grep "not found" || true)
    if [ -n "$missing" ]; then
        echo "$missing" >&2
        echo "build.sh: the xcb platform plugin has unresolved libraries; install them on" \
             "the build machine so PyInstaller bundles them" >&2
        exit 1
    fi
    if command -v xvfb-run >/dev/null 2>&1; then
        scratch=$(mktemp -d)
        trap 'rm -rf "$scratch"' EXIT
        "$BUNDLE/tpdesk-cli" --db "$scratch/demo.db" demo >/dev/null
        ready=$(XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" QT_QPA_PLATFORM=xcb \
                TPDESK_EXIT_WHEN_READY=1 timeout 120 \
                xvfb-run -a "$BUNDLE/tpdesk" --db "$scratch/demo.db" 2>/dev/null || true)
        case "$ready" in
            READY*) echo "  the windowed app starts on X11 (Xvfb): $ready" ;;
            *) echo "build.sh: the windowed app did not start on X11 (Xvfb)" >&2; exit 1 ;;
        esac
    else
        echo "  xvfb-run not found: libraries resolve, start on X11 not tried"
    fi

    echo "== archive"
    archive="dist/tpdesk-$VERSION-linux-$(uname -m).tar.xz"
    rm -f "$archive"
    tar -C dist -cf - tpdesk | xz -T0 -6 > "$archive"
    unpacked_mb=$(megabytes "$BUNDLE")
    archive_mb=$(megabytes "$archive")
    echo "  bundle: $built_mb MB as built, $unpacked_mb MB pruned (limit $MAX_UNPACKED_MB MB)"
    echo "  $archive: $archive_mb MB (limit $MAX_ARCHIVE_MB MB)"
    over=$("$PYTHON" -c "print(int($unpacked_mb > $MAX_UNPACKED_MB or $archive_mb > $MAX_ARCHIVE_MB))")
    if [ "$over" = 1 ]; then
        echo "build.sh: the bundle is over its size limit" >&2
        exit 1
    fi
else
    echo "  bundle: $built_mb MB as built, $(megabytes "$BUNDLE") MB pruned"
fi

echo "== done in $(( $(date +%s) - began )) s"
