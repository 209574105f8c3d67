#!/usr/bin/env bash
# README command 1: build the release and serve it on http://127.0.0.1:$PORT/ (default 8080).
#
#   bash scripts/serve.sh               build, then serve until Ctrl+C
#   bash scripts/serve.sh --build-only  build dist/ and stop (used by test.sh and bench.sh)
#
# BASE=/some/path/ serves under a sub-path instead of /, as a blog would.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh --no-browser

cargo fetch --quiet
# --public-url ./ makes every URL in index.html relative, so dist/ works under any path.
trunk build --release --offline --public-url ./
[[ "${1:-}" == "--build-only" ]] && exit 0

exec node tests/browser/server.mjs --root dist --host 127.0.0.1 --port "${PORT:-8080}" --base "${BASE:-/}"
