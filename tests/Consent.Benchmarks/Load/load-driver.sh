# Shared by the wrk load drivers in this folder; sourced after DURATION (seconds per run) is set, from the repo root.
# Gives: CONNECTIONS, WORK (a temporary folder, removed on exit), PIDS (servers killed on exit), free_port, wait_for,
# cpu_us, rps, run_wrk, median and ratio.
CONNECTIONS="${CONNECTIONS:-32}"

command -v wrk >/dev/null || { echo "installing wrk" >&2; apt-get install -y -qq wrk >/dev/null; }
WORK="$(mktemp -d)"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_for() { # url, log of the server behind it
  for _ in $(seq 1 100); do
    curl -sf "$1" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "$1 did not answer:" >&2; cat "$2" >&2; exit 1
}

rps() { awk '/Requests\/sec/ {print $2}'; }

# CPU time (user + system) of a process so far, in microseconds; the fields after "(comm)" start at the state (3rd).
cpu_us() { sed 's/.*) //' "/proc/$1/stat" | awk -v tick="$(getconf CLK_TCK)" '{printf "%d\n", ($12 + $13) * 1000000 / tick}'; }

# label, then wrk arguments; prints requests/s, keeps wrk's output in $WORK/label.wrk and, with CPU_PID set, the CPU
# time that process spent during the measured run in $WORK/label.cpu (microseconds).
run_wrk() {
  local label="$1"; shift
  wrk -t1 -c"$CONNECTIONS" -d2s "$@" >/dev/null 2>&1 || true   # warm-up
  local cpu_before=0
  if [ -n "${CPU_PID:-}" ]; then cpu_before=$(cpu_us "$CPU_PID"); fi
  local out; out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@")
  if [ -n "${CPU_PID:-}" ]; then echo $(( $(cpu_us "$CPU_PID") - cpu_before )) > "$WORK/$label.cpu"; fi
  echo "$out" > "$WORK/$label.wrk"
  echo "$out" | rps
}

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

ratio() { python3 -c "print(f'{$1/$2:.3f}')"; }
