#!/usr/bin/env bash
# Load driver against the real sample on 127.0.0.1 (wrk from Debian's packages), bounded in time.
#   bash tests/Consent.Benchmarks/Load/run-load.sh [seconds] [parts]
# parts: any of "pages decisions signing keys" (all by default).
# Measures: requests/s of the home page with and without the consent middleware (pages); acknowledged
# POST /consent decisions/s with the durable audit log on SQLite and on PostgreSQL (loopback) (decisions);
# durable decisions/s on SQLite with and without signed checkpoints, alternated over three rounds (signing);
# durable decisions/s on SQLite and on PostgreSQL with and without a submission key in each post, alternated (keys).
# Every post carries what the banner's form carries (layer, language, text hash), and, as every rendered form does,
# a fresh submission key unless CONSENT_KEYED=0.
set -euo pipefail
cd "$(dirname "$0")/../../.."
DURATION="${1:-10}"
PARTS="${2:-pages decisions signing keys}"
export CONSENT_KEYED="${CONSENT_KEYED:-1}"
part() { [[ " $PARTS " == *" $1 "* ]]; }
source tests/Consent.Benchmarks/Load/load-driver.sh

dotnet build samples/Consent.Sample -c Release -v quiet -nologo >/dev/null
DLL="$PWD/samples/Consent.Sample/bin/Release/net10.0/Consent.Sample.dll"
start_sample() { # port, then extra environment assignments
  local port="$1"; shift
  env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "$@" \
    dotnet "$DLL" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/samples/Consent.Sample" >"$WORK/sample-$port.log" 2>&1 &
  PIDS+=("$!")
  wait_for "http://127.0.0.1:$port/health" "$WORK/sample-$port.log"
}

# The value of the first hidden field of this name in a page.
field() { # name, page
  grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" "$2" | head -1 | sed 's/.*value="//; s/"$//'
}

# Prints "COOKIE|BODY" for a visitor's antiforgery pair (and, with a decision, its consent cookie); BODY is the
# banner form's «أوافق» without its submission key (post-decision.lua adds a fresh one to each request).
visitor() { # port, decision ("" for none)
  local port="$1" decision="$2"
  local jar="$WORK/jar-$port-$RANDOM" page="$WORK/page-$port-$RANDOM.html"
  local token language hash
  curl -s -c "$jar" "http://127.0.0.1:$port/" > "$page"
  token=$(field __RequestVerificationToken "$page"); language=$(field language "$page"); hash=$(field textHash "$page")
  [ -n "$token" ] && [ -n "$language" ] && [ -n "$hash" ] || { echo "the banner form's fields were not found in the page" >&2; exit 1; }
  if [ -n "$decision" ]; then
    curl -s -b "$jar" -c "$jar" -o /dev/null -d "__RequestVerificationToken=$token&action=$decision&returnUrl=/" "http://127.0.0.1:$port/consent"
  fi
  local cookie
  cookie=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF==7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
  echo "$cookie|__RequestVerificationToken=$token&action=accept-all&returnUrl=%2F&layer=banner&language=$language&textHash=$hash"
}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(nproc) cores, $(dotnet --version), wrk -t1 -c$CONNECTIONS -d${DURATION}s"

# 1. The same page, with and without the middleware.
if part pages; then A refusal keeps both pages identical: no banner, gates closed.
P1=$(free_port); start_sample "$P1" Consent__Audit__ConnectionString="Data Source=$WORK/page-with.db"
P2=$(free_port); start_sample "$P2" Consent__Audit__ConnectionString="Data Source=$WORK/page-without.db" Sample__WithoutConsentMiddleware=true
COOKIE1=$(visitor "$P1" reject-all | cut -d'|' -f1)
# Alternate the two, three rounds each, and compare medians: one run each is within the machine's noise.
WITH_RUNS=(); WITHOUT_RUNS=()
for round in 1 2 3; do
  WITH_RUNS+=("$(run_wrk "page-with-$round" -H "Cookie: $COOKIE1" "http://127.0.0.1:$P1/")")
  WITHOUT_RUNS+=("$(run_wrk "page-without-$round" -H "Cookie: $COOKIE1" "http://127.0.0.1:$P2/")")
done
WITH=$(median "${WITH_RUNS[@]}"); WITHOUT=$(median "${WITHOUT_RUNS[@]}")
echo "page GET /  with middleware: ${WITH_RUNS[*]} req/s (median $WITH)   without: ${WITHOUT_RUNS[*]} req/s (median $WITHOUT)   ratio of medians: $(ratio "$WITH" "$WITHOUT")"

# The middleware alone, on an endpoint that renders no consent component (/demo/video).
WITH_RUNS=(); WITHOUT_RUNS=()
for round in 1 2 3; do
  WITH_RUNS+=("$(run_wrk "light-with-$round" -H "Cookie: $COOKIE1" "http://127.0.0.1:$P1/demo/video")")
  WITHOUT_RUNS+=("$(run_wrk "light-without-$round" -H "Cookie: $COOKIE1" "http://127.0.0.1:$P2/demo/video")")
done
WITH=$(median "${WITH_RUNS[@]}"); WITHOUT=$(median "${WITHOUT_RUNS[@]}")
echo "GET /demo/video  with middleware: ${WITH_RUNS[*]} req/s (median $WITH)   without: ${WITHOUT_RUNS[*]} req/s (median $WITHOUT)   ratio of medians: $(ratio "$WITH" "$WITHOUT")"
kill "${PIDS[@]}" 2>/dev/null || true; PIDS=()
fi

# 2. Acknowledged decisions with the durable audit log.
decisions() { # label, port, count-command
  local label="$1" port="$2" count_command="$3"
  local pair cookie body before after
  pair=$(visitor "$port" ""); cookie="${pair%%|*}"; body="${pair#*|}"
  before=$(eval "$count_command")
  CONSENT_COOKIE="$cookie" CONSENT_BODY="$body" wrk -t1 -c"$CONNECTIONS" -d2s -s tests/Consent.Benchmarks/Load/post-decision.lua "http://127.0.0.1:$port/consent" >/dev/null 2>&1 || true
  local mid; mid=$(eval "$count_command")
  local out; out=$(CONSENT_COOKIE="$cookie" CONSENT_BODY="$body" wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s tests/Consent.Benchmarks/Load/post-decision.lua "http://127.0.0.1:$port/consent")
  echo "$out" > "$WORK/$label.wrk"
  after=$(eval "$count_command")
  local non3xx; non3xx=$(echo "$out" | awk '/Non-2xx or 3xx/ {print $5}')
  echo $(( (after - mid) / DURATION )) > "$WORK/$label.eps"
  echo "POST /consent $label: $(echo "$out" | rps) req/s acknowledged; events recorded during the run: $((after - mid)) in ${DURATION}s = $(( (after - mid) / DURATION ))/s; non-2xx/3xx: ${non3xx:-0}; p99 $(echo "$out" | awk '/ 99%/ {print $2}')"
}

sqlite_count() { echo "python3 -c \"import sqlite3; print(sqlite3.connect('$1').execute('select count(*) from $2').fetchone()[0])\""; }

if part decisions; then
P3=$(free_port); DB="$WORK/decisions.db"; start_sample "$P3" Consent__Audit__ConnectionString="Data Source=$DB"
decisions "sqlite" "$P3" "$(sqlite_count "$DB" consent_events)"
kill "${PIDS[@]}" 2>/dev/null || true; PIDS=()

if [ -n "${CONSENT_TEST_POSTGRES:-}" ] || bash .ci/postgres.sh >/dev/null 2>&1; then
  PG="Host=127.0.0.1;Port=${CONSENT_PG_PORT:-55432};Username=postgres;Database=postgres"
  SCHEMA="load_$(date +%s)"
  psql "postgresql://postgres@127.0.0.1:${CONSENT_PG_PORT:-55432}/postgres" -qc "create schema $SCHEMA" >/dev/null
  P4=$(free_port); start_sample "$P4" Consent__Audit__Provider=PostgreSql Consent__Audit__ConnectionString="$PG;Search Path=$SCHEMA"
  decisions "postgresql" "$P4" "psql 'postgresql://postgres@127.0.0.1:${CONSENT_PG_PORT:-55432}/postgres' -tAc 'select count(*) from $SCHEMA.consent_events'"
  PGOPTIONS="-c client_min_messages=warning" psql "postgresql://postgres@127.0.0.1:${CONSENT_PG_PORT:-55432}/postgres" -qc "drop schema $SCHEMA cascade" >/dev/null
fi
fi

# 3. The cost of signed checkpoints (one ECDSA P-256 signature per committed batch) on durable decisions/s, SQLite.
if part signing; then
  openssl ecparam -name prime256v1 -genkey -noout 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -out "$WORK/site.key.pem"
  P5=$(free_port); start_sample "$P5" Consent__Audit__ConnectionString="Data Source=$WORK/signed.db" Consent__Audit__Signing__PrivateKeyPath="$WORK/site.key.pem"
  P6=$(free_port); start_sample "$P6" Consent__Audit__ConnectionString="Data Source=$WORK/unsigned.db"
  SIGNED_RUNS=(); UNSIGNED_RUNS=()
  for round in 1 2 3; do
    decisions "signed-$round" "$P5" "$(sqlite_count "$WORK/signed.db" consent_events)" >/dev/null
    SIGNED_RUNS+=("$(cat "$WORK/signed-$round.eps")")
    decisions "unsigned-$round" "$P6" "$(sqlite_count "$WORK/unsigned.db" consent_events)" >/dev/null
    UNSIGNED_RUNS+=("$(cat "$WORK/unsigned-$round.eps")")
  done
  SIGNED=$(median "${SIGNED_RUNS[@]}"); UNSIGNED=$(median "${UNSIGNED_RUNS[@]}")
  SIGNATURES=$(eval "$(sqlite_count "$WORK/signed.db" consent_signatures)")
  echo "durable decisions/s, SQLite  signed: ${SIGNED_RUNS[*]} (median $SIGNED; $SIGNATURES signatures in the log)   unsigned: ${UNSIGNED_RUNS[*]} (median $UNSIGNED)   ratio of medians: $(ratio "$SIGNED" "$UNSIGNED")"
  kill "${PIDS[@]}" 2>/dev/null || true; PIDS=()
fi

# 4. The cost of the submission key (one look-up of the key in the append transaction) on durable decisions/s:
# the same sample and log, posts with and without a key, alternated over four rounds.
if part keys; then
  keys() { # label, port, count-command
    local KEYED_RUNS=() UNKEYED_RUNS=()
    # The order changes every round: the first runs on a fresh process are the slowest.
    for round in 1 2 3 4; do
      for keyed in $([ $((round % 2)) -eq 1 ] && echo "1 0" || echo "0 1"); do
        local label; label="$1-$([ "$keyed" = 1 ] && echo keyed || echo unkeyed)-$round"
        CONSENT_KEYED=$keyed decisions "$label" "$2" "$3" >/dev/null
        if [ "$keyed" = 1 ]; then KEYED_RUNS+=("$(cat "$WORK/$label.eps")"); else UNKEYED_RUNS+=("$(cat "$WORK/$label.eps")"); fi
      done
    done
    local KEYED UNKEYED; KEYED=$(median "${KEYED_RUNS[@]}"); UNKEYED=$(median "${UNKEYED_RUNS[@]}")
    echo "durable decisions/s, $1  keyed: ${KEYED_RUNS[*]} (median $KEYED)   unkeyed: ${UNKEYED_RUNS[*]} (median $UNKEYED)   ratio of medians: $(ratio "$KEYED" "$UNKEYED")"
  }
  P7=$(free_port); start_sample "$P7" Consent__Audit__ConnectionString="Data Source=$WORK/keys.db"
  keys sqlite "$P7" "$(sqlite_count "$WORK/keys.db" consent_events)"
  KEYS_SQLITE_COUNT=$(eval "$(sqlite_count "$WORK/keys.db" consent_events)")
  KEYS_SQLITE_KEYED=$(python3 -c "import sqlite3; print(sqlite3.connect('$WORK/keys.db').execute('select count(*) from consent_events where submission_key is not null').fetchone()[0])")
  echo "  the SQLite log holds $KEYS_SQLITE_COUNT events, $KEYS_SQLITE_KEYED of them keyed"
  kill "${PIDS[@]}" 2>/dev/null || true; PIDS=()

  if [ -n "${CONSENT_TEST_POSTGRES:-}" ] || bash .ci/postgres.sh >/dev/null 2>&1; then
    PG="Host=127.0.0.1;Port=${CONSENT_PG_PORT:-55432};Username=postgres;Database=postgres"
    PGURL="postgresql://postgres@127.0.0.1:${CONSENT_PG_PORT:-55432}/postgres"
    SCHEMA="keys_$(date +%s)"
    psql "$PGURL" -qc "create schema $SCHEMA" >/dev/null
    P8=$(free_port); start_sample "$P8" Consent__Audit__Provider=PostgreSql Consent__Audit__ConnectionString="$PG;Search Path=$SCHEMA"
    keys postgresql "$P8" "psql '$PGURL' -tAc 'select count(*) from $SCHEMA.consent_events'"
    kill "${PIDS[@]}" 2>/dev/null || true; PIDS=()
    PGOPTIONS="-c client_min_messages=warning" psql "$PGURL" -qc "drop schema $SCHEMA cascade" >/dev/null
  fi
fi
