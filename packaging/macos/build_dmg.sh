#!/usr/bin/env bash
# Build "Samen Leren.app" with PyInstaller and put it in a .dmg; sign and notarise when asked.
#
#   packaging/macos/build_dmg.sh
#
# Runs on macOS 12+ (Apple silicon or Intel; the app is built for the machine's architecture)
# with Python 3.11+ from python.org or Homebrew. Signing (optional, needs an Apple Developer ID):
#   SAMENLEREN_CODESIGN_IDENTITY="Developer ID Application: Stichting … (TEAMID)"
# Notarisation (optional, after signing): APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
# (an app-specific password). Result: dist/SamenLeren-<version>-macos-<arch>.dmg
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
BUILD="$ROOT/build/macos"
PYTHON="${PYTHON:-python3}"
IDENTITY="${SAMENLEREN_CODESIGN_IDENTITY:-}"

[ -x "$BUILD/venv/bin/pyinstaller" ] || "$PYTHON" -m venv "$BUILD/venv"
"$BUILD/venv/bin/pip" install -q --upgrade pip
"$BUILD/venv/bin/pip" install -q ".[desktop]" "pyinstaller>=6.10,<7" pillow
"$BUILD/venv/bin/pip" install -q --force-reinstall --no-deps .
VERSION=$("$BUILD/venv/bin/python" -c "import samenleren_desktop as s; print(s.__version__)")
"$BUILD/venv/bin/python" packaging/linux/make_icons.py "$BUILD/icons" >/dev/null

SAMENLEREN_ICON="$BUILD/icons/samenleren-512.png" SAMENLEREN_VERSION="$VERSION" \
  SAMENLEREN_CODESIGN_IDENTITY="$IDENTITY" \
  "$BUILD/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/samenleren.spec
APP="$BUILD/dist/Samen Leren.app"
"$APP/Contents/MacOS/samenleren" --self-test

if [ -n "$IDENTITY" ]; then
  codesign --force --deep --options runtime --timestamp \
    --entitlements packaging/macos/entitlements.plist --sign "$IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

STAGE="$BUILD/dmg"
rm -rf "$STAGE" && mkdir -p "$STAGE" "$ROOT/dist"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="$ROOT/dist/SamenLeren-$VERSION-macos-$(uname -m).dmg"
rm -f "$DMG"
hdiutil create -volname "Samen Leren" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "$IDENTITY" ]; then
  codesign --timestamp --sign "$IDENTITY" "$DMG"
  if [ -n "${APPLE_ID:-}" ]; then
    xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
  fi
fi
ls -lh "$DMG"
