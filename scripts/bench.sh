#!/usr/bin/env bash
# Builds the release exactly as serve.sh does, builds the two reference pages of
# ../shared/reference-pages (MM_BENCH_REFERENCE_PAGES or --refs DIR for another folder;
# npm ci + vite build, cached in target/), then measures all three in the same run in headless
# Chromium: first-visit bytes (gzip/brotli), first answer and later taps at 4× CPU throttle.
# Prints a side-by-side table with ratios and writes target/bench.json; then Lighthouse's
# four scores for the intro and an answer (tests/browser/audit.mjs).
#   bash scripts/bench.sh [--runs N] [--strict]   (--runs: default 3; --strict: exit 1 when a budget is missed)
set -euo pipefail
cd "$(dirname "$0")/.."
# A sourced script sees the caller's arguments unless given its own: give none.
args=("$@")
set --
. scripts/setup.sh
set -- "${args[@]}"
bash scripts/serve.sh --build-only
node tests/browser/bench.mjs "$@"
# Lighthouse (mobile) on the intro and on an answer; --strict fails below 100.
strict=""
for arg in "$@"; do [[ "$arg" == --strict ]] && strict=--strict; done
node tests/browser/audit.mjs $strict "" "knees.html"
