#!/usr/bin/env bash
# Every test: unit, integration on SQLite (and on PostgreSQL when available), GUI offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/pytest -q -p no:cacheprovider "$@"
