#!/usr/bin/env bash
# Runs every test. Installs and starts what the tests need when it is missing (Chromium, Arabic fonts,
# PostgreSQL), then runs `dotnet test`. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The auditor's export commands in docs/audit-log-format.md use the sqlite3 shell; a test runs them as printed.
[ -x /usr/bin/sqlite3 ] || missing+=(sqlite3)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# shellcheck source=postgres.sh
source .ci/postgres.sh
export CONSENT_TEST_CHROMIUM="${CONSENT_TEST_CHROMIUM:-/usr/bin/chromium}"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test Consent.sln -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?

# One closing line over every test project, in the plain form CI reads.
passed=$({ grep -E '^\s+Passed: [0-9]+' "$log" || true; } | awk '{s+=$2} END {print s+0}')
failed=$({ grep -E '^\s+Failed: [0-9]+' "$log" || true; } | awk '{s+=$2} END {print s+0}')
skipped=$({ grep -E '^\s+Skipped: [0-9]+' "$log" || true; } | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
