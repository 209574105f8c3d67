#!/usr/bin/env bash
# Builds the release exactly as serve.sh does, then measures it in headless Chromium:
# first-visit bytes (gzip/brotli), first click and click-to-paint at 4× CPU throttle.
#   bash scripts/bench.sh [--strict]   (--strict: exit 1 when a budget is missed)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
bash scripts/serve.sh --build-only
exec node tests/browser/bench.mjs "$@"
