#!/usr/bin/env bash
# Load driver against a real Kestrel minimal API host on 127.0.0.1 (issue 13: API-only hosts don't pay for the components).
#   bash tests/Consent.Benchmarks/Load/run-minimal-api-load.sh [seconds]   # ROUNDS=7, CONNECTIONS=32; ACCESSOR=1 adds a third host
# Measures: requests/s of GET /weather (JSON, no cookie sent, as an API client does) on the same host with no consent
# library and with AddCookieConsent() + UseCookieConsent(), and optionally with AddHttpContextAccessor() too.
set -euo pipefail
cd "$(dirname "$0")/../../.."
DURATION="${1:-10}"
ROUNDS="${ROUNDS:-7}"
source tests/Consent.Benchmarks/Load/load-driver.sh

dotnet build tests/Consent.Benchmarks -c Release -v quiet -nologo >/dev/null
DLL="$PWD/tests/Consent.Benchmarks/bin/Release/net10.0/Consent.Benchmarks.dll"

# Server GC, as a Microsoft.NET.Sdk.Web project has by default; the content root is empty, so no appsettings.json applies.
start_host() { # port, mode
  local port="$1" mode="$2"
  env ASPNETCORE_ENVIRONMENT=Production DOTNET_gcServer=1 \
    dotnet "$DLL" minimal-api-host "$mode" "$WORK/audit-$mode.db" --urls "http://127.0.0.1:$port" --contentRoot "$WORK" >"$WORK/host-$mode.log" 2>&1 &
  PIDS+=("$!")
  wait_for "http://127.0.0.1:$port/weather" "$WORK/host-$mode.log"
}

MODES=(none consent)
[ "${ACCESSOR:-0}" = 1 ] && MODES+=(consent-accessor)
declare -A PORT RUNS
for mode in "${MODES[@]}"; do PORT[$mode]=$(free_port); start_host "${PORT[$mode]}" "$mode"; done
[ -f "$WORK/audit-consent.db" ] || { echo "the consent host opened no audit store:" >&2; cat "$WORK/host-consent.log" >&2; exit 1; }

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(nproc) cores, $(dotnet --version), commit $(git rev-parse --short HEAD), wrk -t1 -c$CONNECTIONS -d${DURATION}s, $ROUNDS rounds"
echo "# load average at start: $(cat /proc/loadavg)"
for mode in "${MODES[@]}"; do run_wrk "warm-up-$mode" "http://127.0.0.1:${PORT[$mode]}/weather" >/dev/null; done

# Alternate the hosts, the first of each round rotating, so that drift in the machine's load falls on each alike.
RATIOS=()
for round in $(seq 1 "$ROUNDS"); do
  line="round $round:"
  declare -A THIS=()
  for i in "${!MODES[@]}"; do
    mode="${MODES[$(( (i + round) % ${#MODES[@]} ))]}"
    THIS[$mode]=$(run_wrk "$mode-$round" "http://127.0.0.1:${PORT[$mode]}/weather")
    grep -q 'Non-2xx' "$WORK/$mode-$round.wrk" && { echo "$mode answered errors:" >&2; cat "$WORK/$mode-$round.wrk" >&2; exit 1; }
    RUNS[$mode]+=" ${THIS[$mode]}"
  done
  for mode in "${MODES[@]}"; do line+="  $mode ${THIS[$mode]}"; done
  RATIOS+=("$(ratio "${THIS[consent]}" "${THIS[none]}")")
  echo "$line req/s   consent/none $(ratio "${THIS[consent]}" "${THIS[none]}")   load average $(cut -d' ' -f1-3 /proc/loadavg)"
done

echo "# load average at end: $(cat /proc/loadavg)"
# shellcheck disable=SC2086 # RUNS holds space-separated figures
for mode in "${MODES[@]}"; do echo "GET /weather  $mode: median $(median ${RUNS[$mode]}) req/s  (runs:${RUNS[$mode]})"; done
# shellcheck disable=SC2086
NONE=$(median ${RUNS[none]})
for mode in "${MODES[@]:1}"; do
  # shellcheck disable=SC2086
  echo "$mode / none: ratio of medians $(ratio "$(median ${RUNS[$mode]})" "$NONE")"
done
SORTED=$(printf '%s\n' "${RATIOS[@]}" | sort -g | tr '\n' ' ')
echo "consent / none per round: median $(median "${RATIOS[@]}"), from ${SORTED%% *} to $(echo "$SORTED" | awk '{print $NF}')  (target >= 0.97)"
