#!/usr/bin/env bash
# README command 1: build the release and serve it on http://127.0.0.1:$PORT/ (default 8080).
#
#   bash scripts/serve.sh               build, then serve until Ctrl+C
#   bash scripts/serve.sh --build-only  build dist/ and stop (used by test.sh and bench.sh)
#
# BASE=/some/path/ serves under a sub-path instead of /, as a blog would.
# MASSAGE_MAP_DATA=data/examples/clinic.toml builds with another dataset (see docs/dataset.md);
# DIST=other-dir builds into (and serves) another folder than dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh --no-browser

cargo fetch --quiet
# The standard library's own dependencies, which the release build compiles (RUST_FOR_SIZE).
RUSTC_BOOTSTRAP=1 cargo fetch --quiet -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown
# Every URL in the build is relative, so dist/ works under any path. The build is staged and
# replaces the folder only when everything succeeded, so a broken dataset stops here and
# leaves the previous build untouched.
node scripts/build.mjs --out "${DIST:-dist}"
[[ "${1:-}" == "--build-only" ]] && exit 0

exec node tests/browser/server.mjs --root "${DIST:-dist}" --host 127.0.0.1 --port "${PORT:-8080}" --base "${BASE:-/}"
