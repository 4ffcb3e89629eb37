#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, from Debian's packages (apt-get install postgresql):
#   eval "$(build/postgres/test_server.sh start)"   # exports HASHPLEDGE_TEST_PG (the address, no password)
#                                                   # and HASHPLEDGE_TEST_PG_PASSWORD
#   build/postgres/test_server.sh stop DIR          # DIR = $HASHPLEDGE_TEST_PG_DIR
#   build/postgres/test_server.sh run CMD ARGS...   # CMD with a server started for it, stopped afterwards
#                                                   # (`make test` runs the tests so; without PostgreSQL
#                                                   # installed CMD runs alone and the PostgreSQL cases skip)
# It listens on 127.0.0.1 only, on a free port, with password (SCRAM) authentication, in a temporary folder;
# durability is off (fsync) since the data is thrown away. As root it runs as the "postgres" user, because
# PostgreSQL refuses to run as root.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ "${1:-}" = run ]; then
  shift
  if [ -n "${HASHPLEDGE_TEST_PG:-}" ]; then exec "$@"; fi  # a server given from outside
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "PostgreSQL is not installed: its test cases skip (sudo apt-get install -y postgresql)" >&2
    exec "$@"
  fi
  eval "$("$0" start)"
  trap '"$0" stop "$HASHPLEDGE_TEST_PG_DIR"' EXIT
  echo "PostgreSQL test server on ${HASHPLEDGE_TEST_PG#postgresql://hashpledge@}" >&2
  "$@"
  exit $?
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL is not installed (sudo apt-get install -y postgresql)" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
  dir=$(mktemp -d /tmp/hashpledge-pg.XXXXXX)
  chmod 755 "$dir"
  password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" > "$dir/pwfile"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$dir"; fi
  as_owner "$bindir/initdb" -D "$dir/data" -U hashpledge --pwfile="$dir/pwfile" -A scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "export HASHPLEDGE_TEST_PG=postgresql://hashpledge@127.0.0.1:$port/postgres"
  echo "export HASHPLEDGE_TEST_PG_PASSWORD=$password"
  echo "export HASHPLEDGE_TEST_PG_DIR=$dir"
  ;;
stop)
  dir=${2:-${HASHPLEDGE_TEST_PG_DIR:-}}
  [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "usage: $0 stop DIR" >&2; exit 2; }
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start | stop DIR" >&2
  exit 2
  ;;
esac
