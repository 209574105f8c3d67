#!/usr/bin/env bash
# README command 2 (and CI): lint, then every test layer, then a summary.
#   1. cargo fmt --check, clippy -D warnings for native and wasm32 (stop at the first failure)
#   2. setup:            tests/setup/setup.test.sh, scripts/setup.sh against stub installers
#   3. native:           cargo test
#   4. wasm (chromium):  cargo test --target wasm32-unknown-unknown in headless Chromium
#   5. e2e (chromium):   release build served under a sub-path, driven by Playwright
# Every layer runs even if an earlier one failed; any failure, or a layer that
# ran no test, makes the exit status non-zero.
# MM_SKIP_LINT=1 skips step 1 on a developer machine (never when CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
# WordPress's own embed script, which setup.sh took from Debian's package, for the e2e tests.
export MM_WP_EMBED="$MM_TOOLS/wordpress/wp-embed.min.js"

LOGS="$(mktemp -d)"
trap 'rm -rf "$LOGS"' EXIT
step() { printf '\n==> %s\n' "$*"; }

if [[ "${MM_SKIP_LINT:-}" == 1 && "${CI:-}" != true ]]; then
  step "lint skipped (MM_SKIP_LINT=1)"
else
  step "cargo fmt --check"
  cargo fmt --all --check || { echo "formatting differs: run 'cargo fmt'" >&2; exit 1; }
  step "cargo clippy (native)"
  cargo clippy --workspace --all-targets -- -D warnings
  step "cargo clippy (wasm32)"
  cargo clippy --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings
fi

declare -a SUMMARY=()
TOTAL_PASS=0 TOTAL_FAIL=0 BROKEN=0

# layer NAME PASS_REGEX FAIL_REGEX COMMAND...: runs the command, sums every
# number the two regexes capture in its output, and records the outcome.
layer() {
  local name="$1" pass_re="$2" fail_re="$3" log rc passed failed note=""
  shift 3
  log="$LOGS/${name%% *}.log"
  step "$name: $*"
  set +e
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  passed=$(sed -nE "s/$pass_re.*/\1/p" "$log" | awk '{s+=$1} END {print s+0}')
  failed=$(sed -nE "s/$fail_re.*/\1/p" "$log" | awk '{s+=$1} END {print s+0}')
  if ((rc != 0 && failed == 0)); then note="  (exit status $rc before every test reported: see the log above)"; BROKEN=1; fi
  if ((rc == 0 && passed == 0)); then note="  (no test ran)"; BROKEN=1; fi
  SUMMARY+=("$name: $passed passed, $failed failed$note")
  TOTAL_PASS=$((TOTAL_PASS + passed)) TOTAL_FAIL=$((TOTAL_FAIL + failed))
}

# libtest and wasm-bindgen-test both close each test binary with
# "test result: ok. 12 passed; 0 failed; ..."; --no-fail-fast runs every binary.
CARGO_PASS='^test result: [a-zA-Z]+\. ([0-9]+) passed'
CARGO_FAIL='^test result: [a-zA-Z]+\. [0-9]+ passed; ([0-9]+) failed'

# The set-up script's own test closes with "N passed, N failed".
layer "setup" '^([0-9]+) passed, [0-9]+ failed' '^[0-9]+ passed, ([0-9]+) failed' bash tests/setup/setup.test.sh

layer "native" "$CARGO_PASS" "$CARGO_FAIL" cargo test --no-fail-fast

# WASM_BINDGEN_USE_BROWSER runs test binaries that did not configure a mode in
# Chromium too, instead of falling back to Node.
layer "wasm (chromium)" "$CARGO_PASS" "$CARGO_FAIL" \
  env CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=60 WASM_BINDGEN_USE_BROWSER=1 \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --no-fail-fast --target wasm32-unknown-unknown

step "release build of the example clinic dataset"
# The e2e layer checks this build shows the clinic's own content; if it fails, that test says so.
# With a public address, so the static tests can check canonical links, previews, oEmbed and the sitemap.
MASSAGE_MAP_BASE_URL=https://clinic.example/massage-map/ MASSAGE_MAP_DATA=data/examples/clinic.toml DIST=target/dist-clinic bash scripts/serve.sh --build-only || true

step "release build"
if bash scripts/serve.sh --build-only; then
  # The TAP reporter closes with "# pass N" / "# fail N".
  layer "e2e (chromium)" '^# pass ([0-9]+)' '^# fail ([0-9]+)' \
    node --test --test-reporter=tap tests/browser/*.test.mjs
else
  SUMMARY+=("e2e (chromium): 0 passed, 0 failed  (release build failed)")
  BROKEN=1
fi

printf '\n==> summary\n'
printf '%s\n' "${SUMMARY[@]}"
echo "$TOTAL_PASS passed, $TOTAL_FAIL failed"
((TOTAL_FAIL == 0 && BROKEN == 0))
