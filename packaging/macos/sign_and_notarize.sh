#!/usr/bin/env bash
# Sign, notarize, staple and verify dist/Wawp Desktop.app (built by `python packaging/build.py`
# on macOS). NOT verified here (no macOS machine): run it once by hand before relying on it.
#
# Environment:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Example Ltd (TEAMID1234)"   (required)
#   and either
#   MACOS_NOTARY_PROFILE  a keychain profile made with `xcrun notarytool store-credentials`
#   or
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (app-specific password)
#   Optional: APP_PATH (default "dist/Wawp Desktop.app"), SKIP_NOTARIZE=1 (sign + verify only)
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_PATH=${APP_PATH:-"dist/Wawp Desktop.app"}
ENTITLEMENTS="packaging/macos/entitlements.plist"
: "${MACOS_SIGN_IDENTITY:?set MACOS_SIGN_IDENTITY to your Developer ID Application identity}"
[ -d "$APP_PATH" ] || { echo "no app bundle at $APP_PATH; run python packaging/build.py" >&2; exit 1; }

notary_auth=()
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  notary_auth=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ]; then
  : "${MACOS_NOTARY_TEAM_ID:?}" "${MACOS_NOTARY_PASSWORD:?}"
  notary_auth=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID"
               --password "$MACOS_NOTARY_PASSWORD")
elif [ -z "${SKIP_NOTARIZE:-}" ]; then
  echo "set MACOS_NOTARY_PROFILE or MACOS_NOTARY_APPLE_ID/_TEAM_ID/_PASSWORD (or SKIP_NOTARIZE=1)" >&2
  exit 1
fi

sign() {
  codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
    --sign "$MACOS_SIGN_IDENTITY" "$@"
}

echo "== codesign: nested code first (dylibs, .so, frameworks), then the app"
# Inside-out: every Mach-O file, then framework bundles, then the app itself.
while IFS= read -r -d '' file; do
  if file -b "$file" | grep -q "Mach-O"; then sign "$file"; fi
done < <(find "$APP_PATH/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) \
           ! -path "*/Contents/MacOS/*" -print0)
while IFS= read -r -d '' framework; do
  sign "$framework"
done < <(find "$APP_PATH/Contents" -type d -name "*.framework" -print0 | sort -rz)
sign "$APP_PATH"
codesign --verify --deep --strict --verbose=2 "$APP_PATH"

if [ -z "${SKIP_NOTARIZE:-}" ]; then
  echo "== notarytool submit --wait"
  zip_path="$(dirname "$APP_PATH")/wawp-desktop-notarize.zip"
  rm -f "$zip_path"
  ditto -c -k --sequesterRsrc --keepParent "$APP_PATH" "$zip_path"
  xcrun notarytool submit "$zip_path" "${notary_auth[@]}" --wait --timeout 1h \
    --output-format json | tee /dev/stderr | grep -q '"status" *: *"Accepted"' || {
      echo "notarization was not accepted; see: xcrun notarytool log <id> ${notary_auth[*]}" >&2
      exit 1; }
  rm -f "$zip_path"

  echo "== stapler staple"
  xcrun stapler staple "$APP_PATH"
  xcrun stapler validate "$APP_PATH"
fi

echo "== verify"
codesign --verify --deep --strict --verbose=2 "$APP_PATH"
codesign --display --entitlements - "$APP_PATH" >/dev/null
if [ -z "${SKIP_NOTARIZE:-}" ]; then
  spctl --assess --type execute --verbose=4 "$APP_PATH"
fi
"$APP_PATH/Contents/MacOS/wawp-desktop" --version
echo "signed${SKIP_NOTARIZE:+ (not notarized)}: $APP_PATH"
