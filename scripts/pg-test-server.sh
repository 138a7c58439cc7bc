#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on 127.0.0.1 only, fsync off.
#   scripts/pg-test-server.sh start [DIR]   -> prints postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
#   scripts/pg-test-server.sh stop DIR      -> stops the cluster and deletes DIR
# The superuser `postgres` connects without a password (trust); every other role must give
# its password (scram-sha-256), so "wrong password" can be tested too.
set -euo pipefail

find_bin() {
    local name=$1
    for dir in ${PG_BIN:-} /usr/lib/postgresql/*/bin /usr/local/pgsql/bin; do
        if [[ -x "$dir/$name" ]]; then
            echo "$dir/$name"
            return 0
        fi
    done
    command -v "$name" 2>/dev/null || return 1
}

# Run a command as the cluster's owner: initdb refuses root, so root runs it as `postgres`.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 - <<'PY'
import socket
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
PY
}

start() {
    local initdb pg_ctl dir port
    initdb=$(find_bin initdb) || { echo "initdb not found" >&2; exit 3; }
    pg_ctl=$(find_bin pg_ctl) || { echo "pg_ctl not found" >&2; exit 3; }
    dir=${1:-$(mktemp -d -t oms-pg.XXXXXX)}
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$dir"
    fi
    as_owner "$initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 4; }
    cat >"$dir/data/pg_hba.conf" <<HBA
local all postgres trust
host  all postgres 127.0.0.1/32 trust
host  all all      127.0.0.1/32 scram-sha-256
HBA
    port=$(free_port)
    as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start -o \
        "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB" >/dev/null \
        || { cat "$dir/server.log" >&2; exit 5; }
    echo "$port" >"$dir/port"
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    if [[ $# -eq 0 ]]; then
        echo "stop with: $0 stop $dir" >&2
    fi
}

stop() {
    local dir=${1:?usage: $0 stop DIR} pg_ctl
    pg_ctl=$(find_bin pg_ctl) || exit 3
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    *) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 2 ;;
esac
