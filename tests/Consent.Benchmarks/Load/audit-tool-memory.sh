#!/usr/bin/env bash
# Time and peak memory of consent-audit on a generated log of 1,000,000 events (SQLite).
#   bash tests/Consent.Benchmarks/Load/audit-tool-memory.sh [events]
set -euo pipefail
cd "$(dirname "$0")/../../.."
EVENTS="${1:-1000000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
dotnet build tests/Consent.Benchmarks -c Release -v quiet -nologo >/dev/null
dotnet build src/Consent.Audit.Tool -c Release -v quiet -nologo >/dev/null
dotnet tests/Consent.Benchmarks/bin/Release/net10.0/Consent.Benchmarks.dll make-audit-log "$WORK/audit.db" "$EVENTS" >/dev/null
TOOL="src/Consent.Audit.Tool/bin/Release/net10.0/consent-audit.dll"

measure() { # label, then arguments
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time" dotnet "$TOOL" "$@" >/dev/null 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; exit 1; }
  read -r seconds kilobytes <"$WORK/time"
  printf '| %s | %s s | %s MB |\n' "$label" "$seconds" "$((kilobytes / 1024))"
}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ), $EVENTS events, $(du -m "$WORK/audit.db" | cut -f1) MB SQLite file"
echo "| command | wall time | peak resident memory |"
echo "|---|---:|---:|"
measure "verify" verify --sqlite "$WORK/audit.db"
measure "export --format csv" export --sqlite "$WORK/audit.db" --format csv --out "$WORK/out.csv"
measure "export --format jsonl" export --sqlite "$WORK/audit.db" --format jsonl --out "$WORK/out.jsonl"
measure "stats --by week" stats --sqlite "$WORK/audit.db" --by week
