#!/bin/sh
# Wrap dist/TrustDesk.app (built by PyInstaller from packaging/trustdesk.spec on a Mac) into
# dist/TrustDesk-<version>.dmg: a compressed disk image showing the app next to a link to
# /Applications, so people drag it across to install. See packaging/README.md.
set -eu

cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
VERSION=$("$PY" -c 'import trustdesk; print(trustdesk.__version__)')
APP=dist/TrustDesk.app
DMG=dist/TrustDesk-$VERSION.dmg

if [ ! -d "$APP" ]; then
    echo "No $APP yet: run '$PY -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/trustdesk.spec' first." >&2
    exit 1
fi
# The bundle id the spec wrote must be the app id used everywhere else.
ID=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' "$APP/Contents/Info.plist")
if [ "$ID" != "org.trustdesk.TrustDesk" ]; then
    echo "Unexpected CFBundleIdentifier $ID" >&2
    exit 1
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
# ditto keeps the symbolic links, permissions and extended attributes the signed bundle needs.
ditto "$APP" "$STAGE/TrustDesk.app"
ln -s /Applications "$STAGE/Applications"

rm -f "$DMG"
hdiutil create -volname "TrustDesk" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "$DMG"
