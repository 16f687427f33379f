#!/usr/bin/env bash
# Regenerates docs/images/report-ar.png and docs/images/report-en.png: a generated audit log of 300 decisions
# (the benchmarks' log maker), the report in each language, and a headless Chromium screenshot of each.
# Needs Chromium (CHROMIUM, default /usr/bin/chromium) and an Arabic font (Debian: fonts-noto-core).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
chromium="${CHROMIUM:-/usr/bin/chromium}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet run -c Release --project "$root/tests/Consent.Benchmarks" -- make-audit-log "$work/audit.db" 300
dotnet build -c Release "$root/src/Consent.Audit.Tool" -nologo -v quiet
tool="$root/src/Consent.Audit.Tool/bin/Release/net10.0/consent-audit.dll"
for language in ar en; do
  dotnet "$tool" report --sqlite "$work/audit.db" --by day --language "$language" --out "$work/report-$language.html"
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 \
    --screenshot="$root/docs/images/report-$language.png" "file://$work/report-$language.html"
done
echo "wrote docs/images/report-ar.png and docs/images/report-en.png"
