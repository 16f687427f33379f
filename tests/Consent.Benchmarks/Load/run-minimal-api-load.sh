#!/usr/bin/env bash
# Load driver against a real Kestrel minimal API host on 127.0.0.1 (issue 13: API-only hosts don't pay for the components).
#   bash tests/Consent.Benchmarks/Load/run-minimal-api-load.sh [seconds]   # ROUNDS=7, CONNECTIONS=32; ACCESSOR=1 adds a third host
# Measures: requests/s of GET /weather (JSON, no cookie sent, as an API client does) on the same host with no consent
# library and with AddCookieConsent() + UseCookieConsent(), and optionally with AddHttpContextAccessor() too; and the
# server's CPU time per request (user + system, all its threads), which a loaded machine moves less than requests/s:
# on a server that is CPU-bound, the inverse ratio of CPU per request is the ratio of the requests/s it can serve.
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
declare -A PORT PID RUNS CPU
for mode in "${MODES[@]}"; do PORT[$mode]=$(free_port); start_host "${PORT[$mode]}" "$mode"; PID[$mode]="${PIDS[-1]}"; done
[ -f "$WORK/audit-consent.db" ] || { echo "the consent host opened no audit store:" >&2; cat "$WORK/host-consent.log" >&2; exit 1; }

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(nproc) cores, $(dotnet --version), commit $(git rev-parse --short HEAD), wrk -t1 -c$CONNECTIONS -d${DURATION}s, $ROUNDS rounds"
echo "# load average at start: $(cat /proc/loadavg)"
for mode in "${MODES[@]}"; do run_wrk "warm-up-$mode" "http://127.0.0.1:${PORT[$mode]}/weather" >/dev/null; done

# Server CPU microseconds per request of a run: the CPU it spent over the requests wrk completed.
cpu_per_request() { awk -v cpu="$(cat "$WORK/$1.cpu")" '/requests in/ {printf "%.2f\n", cpu / $1}' "$WORK/$1.wrk"; }

# Alternate the hosts, the first of each round rotating, so that drift in the machine's load falls on each alike.
RATIOS=(); CPU_RATIOS=()
for round in $(seq 1 "$ROUNDS"); do
  line="round $round:"
  declare -A THIS=() THIS_CPU=()
  for i in "${!MODES[@]}"; do
    mode="${MODES[$(( (i + round) % ${#MODES[@]} ))]}"
    THIS[$mode]=$(CPU_PID="${PID[$mode]}" run_wrk "$mode-$round" "http://127.0.0.1:${PORT[$mode]}/weather")
    if grep -q 'Non-2xx' "$WORK/$mode-$round.wrk"; then echo "$mode answered errors:" >&2; cat "$WORK/$mode-$round.wrk" >&2; exit 1; fi
    THIS_CPU[$mode]=$(cpu_per_request "$mode-$round")
    RUNS[$mode]+=" ${THIS[$mode]}"; CPU[$mode]+=" ${THIS_CPU[$mode]}"
  done
  for mode in "${MODES[@]}"; do line+="  $mode ${THIS[$mode]} req/s ${THIS_CPU[$mode]} µs CPU/req;"; done
  RATIOS+=("$(ratio "${THIS[consent]}" "${THIS[none]}")"); CPU_RATIOS+=("$(ratio "${THIS_CPU[none]}" "${THIS_CPU[consent]}")")
  echo "$line  consent/none req/s ${RATIOS[-1]}, by CPU ${CPU_RATIOS[-1]};  load average $(cut -d' ' -f1-3 /proc/loadavg)"
done

echo "# load average at end: $(cat /proc/loadavg)"
# shellcheck disable=SC2086 # RUNS and CPU hold space-separated figures
for mode in "${MODES[@]}"; do
  echo "GET /weather  $mode: median $(median ${RUNS[$mode]}) req/s (runs:${RUNS[$mode]}); median $(median ${CPU[$mode]}) µs CPU/request (runs:${CPU[$mode]})"
done
# shellcheck disable=SC2086
NONE=$(median ${RUNS[none]}); NONE_CPU=$(median ${CPU[none]})
for mode in "${MODES[@]:1}"; do
  # shellcheck disable=SC2086
  echo "$mode / none: ratio of median req/s $(ratio "$(median ${RUNS[$mode]})" "$NONE"); inverse ratio of median CPU/request $(ratio "$NONE_CPU" "$(median ${CPU[$mode]})")"
done
spread() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 {low = $1} {high = $1} END {print "from " low " to " high}'; }
echo "consent / none per round (target >= 0.97): req/s median $(median "${RATIOS[@]}"), $(spread "${RATIOS[@]}"); by CPU median $(median "${CPU_RATIOS[@]}"), $(spread "${CPU_RATIOS[@]}")"
