#!/usr/bin/env bash
# Screenshots of the main window (screenshots/main-*.png) on a temporary demo database.
# Usage: scripts/screenshot.sh [DIR] [--language en]
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
OUT="${1:-screenshots}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
export DESKTOP_OMS_HOME="$TMP/home"
export XDG_CONFIG_HOME="$TMP/config"
# the first start on an empty database fills it with demo orders
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$PY" main.py --db "sqlite:///$TMP/demo.sqlite3" --screenshot "$OUT" --language ko "${@:2}"
