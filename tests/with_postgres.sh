#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: starts one in a temporary directory on
# 127.0.0.1 and a free port, exports DATABASE_URL, runs the command, and always stops the server
# and removes the directory afterwards (also when the command fails or is interrupted).
#
#   tests/with_postgres.sh .venv/bin/pytest -x
set -euo pipefail

# The newest Debian server, else wherever pg_config or initdb are.
find_pgbin() {
    local newest
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$newest" ]; then
        echo "$newest"
    elif command -v pg_config >/dev/null 2>&1; then
        pg_config --bindir
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}
PGBIN=${PGBIN:-$(find_pgbin)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "==> Installing the PostgreSQL server" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        PGBIN=$(find_pgbin)
    else
        echo "PostgreSQL server binaries not found: install the 'postgresql' package." >&2
        exit 1
    fi
fi

# initdb refuses to run as root: run the server as the postgres user then.
if [ "$(id -u)" = 0 ]; then
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

workdir=$(mktemp -d "${TMPDIR:-/tmp}/opdrachtwijzer-pg.XXXXXX")
chmod 755 "$workdir"
[ "$(id -u)" = 0 ] && chown postgres: "$workdir"
datadir="$workdir/data"

cleanup() {
    as_pg "$PGBIN/pg_ctl" -D "$datadir" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

as_pg "$PGBIN/initdb" -D "$datadir" -U postgres -A trust -E UTF8 --no-locale --no-sync >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$datadir" -l "$workdir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $workdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${PG_EXTRA_OPTIONS:-}" \
    start >/dev/null || { cat "$workdir/server.log" >&2; exit 1; }

psql_admin() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
psql_admin -d postgres -c "CREATE ROLE opdrachtwijzer LOGIN PASSWORD 'opdrachtwijzer' CREATEDB"
psql_admin -d postgres -c "CREATE DATABASE opdrachtwijzer OWNER opdrachtwijzer"

export DATABASE_URL="postgres://opdrachtwijzer:opdrachtwijzer@127.0.0.1:$port/opdrachtwijzer"
echo "==> PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

status=0
"$@" || status=$?
exit $status
