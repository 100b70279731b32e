#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster: made in a temporary folder, owned by an
# unprivileged user, listening on 127.0.0.1 and a free port, stopped and deleted when the
# command ends (and by a watchdog if this script is killed). The command finds the cluster in
# BLAZORREADER_TEST_POSTGRES. Without PostgreSQL's programs, and not root to install them from
# Debian's packages, the command runs alone and the tests that need the cluster say so.
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin=$(find_bin)
if [ -z "$bin" ] && [ "$(id -u)" = 0 ]; then
  echo "installing PostgreSQL from Debian's packages…"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bin=$(find_bin)
fi
if [ -z "$bin" ]; then
  echo "note: PostgreSQL is not installed and this is not root; the PostgreSQL tests will be skipped."
  export BLAZORREADER_TEST_POSTGRES=""
  exec "$@"
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/blazorreader-pg.XXXXXX")
as_owner=()
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root: the cluster belongs to the user Debian's package made.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U blazorreader -E UTF8 --locale=C.UTF-8 >/dev/null

stop() { "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap stop EXIT

# Tests only: durability traded for speed.
port=""
for _ in 1 2 3 4 5 6 7 8; do
  candidate=$((20000 + RANDOM % 40000))
  if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/log" -o "-c listen_addresses=127.0.0.1 -p $candidate -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null 2>&1; then
    port=$candidate
    break
  fi
done
if [ -z "$port" ]; then
  echo "PostgreSQL did not start; its log:" >&2
  cat "$dir/log" >&2 || true
  exit 1
fi

# The watchdog stops the cluster once this script is gone, however it ended.
setsid bash -c "while kill -0 $$ 2>/dev/null; do sleep 5; done; ${as_owner[*]} '$bin/pg_ctl' -D '$dir/data' -m immediate stop; rm -rf '$dir'" >/dev/null 2>&1 < /dev/null &

export BLAZORREADER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=blazorreader;Database=postgres"
status=0
"$@" || status=$?
exit "$status"
