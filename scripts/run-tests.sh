#!/usr/bin/env bash
# Every test: unit, integration on SQLite and on PostgreSQL, GUI offscreen.
# When DESKTOP_OMS_TEST_PG is not set and PostgreSQL's binaries exist, a throwaway server is
# started on 127.0.0.1 for the run and removed afterwards. Point the tests at your own
# server with DESKTOP_OMS_TEST_PG=postgresql+psycopg://user:password@host:port/postgres.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

have_postgres() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null
}

if [[ -z "${DESKTOP_OMS_TEST_PG:-}" ]] && have_postgres; then
    pg_dir=$(mktemp -d -t oms-pg.XXXXXX)
    trap 'scripts/pg-test-server.sh stop "$pg_dir"' EXIT
    started=$EPOCHREALTIME
    if url=$(scripts/pg-test-server.sh start "$pg_dir"); then
        export DESKTOP_OMS_TEST_PG=$url
        awk -v a="$started" -v b="$EPOCHREALTIME" -v url="$url" \
            'BEGIN { printf "PostgreSQL test server started in %.2f s: %s\n", b - a, url }'
    else
        echo "PostgreSQL test server could not start; its tests will be deselected." >&2
    fi
fi

status=0
.venv/bin/pytest -q -p no:cacheprovider "$@" || status=$?
exit "$status"
