#!/usr/bin/env bash
# Starts a PostgreSQL cluster for the tests on 127.0.0.1, installing the server first if it is missing.
# Idempotent: a second run finds the cluster running and only prints the connection string.
# Use it on its own (`bash .ci/postgres.sh`) or through `.ci/test.sh`, which sources it.
# When sourced, the caller's shell options are restored at the end.
_consent_pg_saved_options="$(set +o)"
set -euo pipefail

CONSENT_PG_PORT="${CONSENT_PG_PORT:-55432}"
CONSENT_PG_DATA="${CONSENT_PG_DATA:-/var/tmp/consent-postgres}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# The client alone (psql) also creates /usr/lib/postgresql/N/bin: look for the server's initdb.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "postgres.sh: installing PostgreSQL" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGBIN="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"

# The server refuses to run as root, so root runs it as the postgres user.
if [ "$(id -u)" -eq 0 ]; then
  run_pg() { su postgres -s /bin/bash -c "$*"; }
  PGOWNER=postgres
else
  run_pg() { bash -c "$*"; }
  PGOWNER="$(id -un)"
fi

if [ ! -f "$CONSENT_PG_DATA/PG_VERSION" ]; then
  as_root mkdir -p "$CONSENT_PG_DATA"
  as_root chown "$PGOWNER" "$CONSENT_PG_DATA"
  run_pg "'$PGBIN/initdb' -D '$CONSENT_PG_DATA' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
fi

ready() { "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$CONSENT_PG_PORT"; }

if ! ready; then
  # A server that is still starting, or a killed one whose pid file is left behind, also reads as "running":
  # give it a moment, then stop whatever is left and start afresh.
  if run_pg "'$PGBIN/pg_ctl' -D '$CONSENT_PG_DATA' status" >/dev/null 2>&1; then
    for _ in $(seq 1 20); do ready && break; sleep 0.5; done
    ready || run_pg "'$PGBIN/pg_ctl' -D '$CONSENT_PG_DATA' -m immediate stop" >/dev/null 2>&1 || true
  fi
  ready || run_pg "'$PGBIN/pg_ctl' -D '$CONSENT_PG_DATA' -l '$CONSENT_PG_DATA/server.log' -w -t 60 \
    -o \"-p $CONSENT_PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200\" start" >/dev/null
  for _ in $(seq 1 60); do ready && break; sleep 0.5; done
  ready || { echo "postgres.sh: PostgreSQL did not come up on 127.0.0.1:$CONSENT_PG_PORT; see $CONSENT_PG_DATA/server.log" >&2; exit 1; }
fi

export CONSENT_TEST_POSTGRES="Host=127.0.0.1;Port=$CONSENT_PG_PORT;Username=postgres;Database=postgres"
echo "PostgreSQL is up: CONSENT_TEST_POSTGRES=\"$CONSENT_TEST_POSTGRES\"" >&2
eval "$_consent_pg_saved_options"
unset _consent_pg_saved_options
