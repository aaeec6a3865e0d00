#!/usr/bin/env bash
# dist/tpdesk.app (from build.spec's BUNDLE) -> dist/tpdesk-VERSION-macos-ARCH.dmg
#
#   scripts/build.sh && installers/macos/build_dmg.sh
#
# Unsigned by default, which is enough for CI and for testing (Gatekeeper then
# asks the user to right-click > Open). With CODESIGN_IDENTITY set ("Developer ID
# Application: ..."), the app and the disk image are signed with the hardened
# runtime; with NOTARY_PROFILE set too (a notarytool keychain profile), the image
# is notarised and the ticket stapled. See README.md here.
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=installers/macos
PYTHON=${PYTHON:-.venv/bin/python}
VERSION=$("$PYTHON" -c 'from importlib.metadata import version; print(version("tpdesk"))')
APP=dist/tpdesk.app
DMG="dist/tpdesk-$VERSION-macos-$(uname -m).dmg"

[ -d "$APP" ] || { echo "build_dmg.sh: $APP not found; run scripts/build.sh first" >&2; exit 1; }

# The bundle as shipped, not only dist/tpdesk, must pass the self-test.
"$APP/Contents/MacOS/tpdesk-cli" self-test > /dev/null

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --timestamp --options runtime \
        --entitlements "$HERE/entitlements.plist" --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$APP" "$staging/"
ln -s /Applications "$staging/Applications"  # drag-to-install
rm -f "$DMG"
hdiutil create -volname "tpdesk $VERSION" -srcfolder "$staging" -fs HFS+ -format UDZO \
    -ov "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose "$DMG"
    fi
fi
echo "built $DMG ($(du -h "$DMG" | cut -f1))"
