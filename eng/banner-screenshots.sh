#!/usr/bin/env bash
# Regenerates the banner screenshots in docs/images from the browser layout tests, which take them in real
# Chromium at 320×640 and 1280×800 (viewport only, as a visitor sees the screen). Needs what `bash .ci/test.sh` installs.
set -euo pipefail
cd "$(dirname "$0")/.."
export CONSENT_TEST_CHROMIUM="${CONSENT_TEST_CHROMIUM:-/usr/bin/chromium}"
dotnet test tests/Consent.Sample.Tests -c Release \
  --filter "FullyQualifiedName~FirstLayerLayoutTests|FullyQualifiedName~SettingsPanelTests"
shots=tests/Consent.Sample.Tests/bin/Release/net10.0/screenshots
# docs/images name  <-  test screenshot
while read -r doc shot; do
  cp "$shots/$shot" "docs/images/$doc"
  echo "docs/images/$doc"
done <<'LIST'
banner-ar.png first-layer-ar-1280x800-light.png
banner-ar-phone.png first-layer-ar-320x640-light.png
banner-ar-phone-dark.png first-layer-ar-320x640-dark.png
settings-ar.png settings-ar-1280x800-light.png
settings-ar-phone.png settings-ar-320x640-light.png
settings-ar-dark.png settings-ar-1280x800-dark.png
banner-en-phone.png first-layer-en-320x640-light.png
LIST
