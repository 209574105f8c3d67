#!/usr/bin/env bash
# Tests scripts/setup.sh without changing the machine. Each case runs a copy of it in
# its own temp dir (HOME, tools dir, repo), with rustup, cargo, npm, apt-get and sudo
# replaced by tests/setup/stub.sh on PATH, Chromium and its driver at temp paths
# (MM_CHROMIUM, MM_CHROMEDRIVER) and a small wordpress .deb built here with dpkg-deb.
#   bash tests/setup/setup.test.sh                        tests scripts/setup.sh
#   SETUP_SH=path/to/setup.sh bash tests/setup/setup.test.sh  tests another copy
# Prints TAP, then a last line "N passed, N failed"; the exit status is 1 on any failure.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SETUP_SH="$(realpath "${SETUP_SH:-$HERE/../../scripts/setup.sh}")"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT

# The stubs report the versions setup.sh pins, read from the script under test.
pin() { sed -nE "s/^$1=([^ #]+).*/\1/p" "$SETUP_SH"; }
export STUB_WASM_BINDGEN STUB_BINARYEN STUB_TERSER
STUB_WASM_BINDGEN="$(pin MM_WASM_BINDGEN_VERSION)"
STUB_BINARYEN="$(pin MM_BINARYEN_VERSION)" STUB_TERSER="$(pin MM_TERSER_VERSION)"
LIGHTNINGCSS="$(pin MM_LIGHTNINGCSS_VERSION)"

mkdir -p "$T/stubs"
for tool in rustup cargo npm apt-get sudo wasm-bindgen wasm-bindgen-test-runner wasm-opt terser; do
  ln -s "$HERE/stub.sh" "$T/stubs/$tool"
done

# A wordpress package holding only the one file setup takes out of it.
WP_JS='/* wp-embed.min.js from the test package */'
WP_VERSION='9.9.9+test-1'
mkdir -p "$T/deb/DEBIAN" "$T/deb/usr/share/wordpress/wp-includes/js"
printf 'Package: wordpress\nVersion: %s\nArchitecture: all\nMaintainer: Test <test@example.invalid>\nDescription: test package\n' \
  "$WP_VERSION" >"$T/deb/DEBIAN/control"
echo "$WP_JS" >"$T/deb/usr/share/wordpress/wp-includes/js/wp-embed.min.js"
export STUB_DEB="$T/wordpress_${WP_VERSION}_all.deb"
dpkg-deb --root-owner-group -Zgzip -b "$T/deb" "$STUB_DEB" >/dev/null || { echo "Bail out! dpkg-deb -b failed"; exit 1; }

# sandbox NAME STATE...: a fresh case in $S. STATE names what is already there:
# tools (every version query answers), browser, wp (the WordPress file), stamp (npm ci done).
sandbox() {
  S="$T/$1"
  shift
  mkdir -p "$S/home" "$S/tools" "$S/bin" "$S/state" "$S/repo/scripts" "$S/repo/tests/browser"
  cp "$SETUP_SH" "$S/repo/scripts/setup.sh"
  echo '{"lockfileVersion": 3}' >"$S/repo/tests/browser/package-lock.json"
  : >"$S/log"
  STUB_MISSING=1
  local have
  for have in "$@"; do
    case "$have" in
      tools)
        STUB_MISSING=
        mkdir -p "$S/tools/node_modules/lightningcss-cli"
        printf '{ "name": "lightningcss-cli", "version": "%s" }\n' "$LIGHTNINGCSS" >"$S/tools/node_modules/lightningcss-cli/package.json" ;;
      browser) fake "$S/bin/chromium" "Chromium 156" && fake "$S/bin/chromedriver" "ChromeDriver 156" ;;
      wp) mkdir -p "$S/tools/wordpress" && echo "$WP_JS" >"$S/tools/wordpress/wp-embed.min.js" ;;
      stamp)
        mkdir -p "$S/repo/tests/browser/node_modules"
        sha256sum "$S/repo/tests/browser/package-lock.json" | cut -d' ' -f1 >"$S/repo/tests/browser/node_modules/.mm-lock-sha" ;;
    esac
  done
}
fake() { printf '#!/bin/sh\necho "%s.0.7258.1"\n' "$2" >"$1" && chmod +x "$1"; }

# in_sandbox COMMAND...: runs it in $S/repo with the stubs first on PATH; leaves
# $S/out, $S/err and $S/rc. Extra stub settings come in as VAR=value before the command.
in_sandbox() {
  (
    cd "$S/repo" &&
      env -u XDG_CACHE_HOME -u MM_TOOLS HOME="$S/home" MASSAGE_MAP_TOOLS="$S/tools" \
        MM_CHROMIUM="$S/bin/chromium" MM_CHROMEDRIVER="$S/bin/chromedriver" \
        STUB_LOG="$S/log" STUB_STATE="$S/state" STUB_MISSING="$STUB_MISSING" \
        PATH="$T/stubs:/usr/bin:/bin" "$@" >"$S/out" 2>"$S/err"
  )
  echo $? >"$S/rc"
}
run_setup() { in_sandbox bash scripts/setup.sh; }
run_setup_args() { in_sandbox bash scripts/setup.sh "$@"; }

N=0 PASSED=0 FAILED=0 PROBLEMS=()
# expect WHAT COMMAND...: one check of the current case; a failure is noted with WHAT.
expect() {
  local what="$1"
  shift
  "$@" >/dev/null 2>&1 || PROBLEMS+=("$what")
}
# finish DESCRIPTION: one TAP line for the case, with what went wrong and setup's output.
finish() {
  N=$((N + 1))
  if ((${#PROBLEMS[@]} == 0)); then
    echo "ok $N - $1"
    PASSED=$((PASSED + 1))
  else
    echo "not ok $N - $1"
    FAILED=$((FAILED + 1))
    printf '#   expected: %s\n' "${PROBLEMS[@]}"
    echo "#   exit status: $(cat "$S/rc")"
    sed 's/^/#   stderr: /' "$S/err"
    sed 's/^/#   called: /' "$S/log"
  fi
  PROBLEMS=()
}

rc_is() { [[ "$(cat "$S/rc")" == "$1" ]]; }
rc_not_zero() { ! rc_is 0; }
called() { grep -qE "$1" "$S/log"; }
not_called() { ! called "$1"; }
# called_before A B: the first call matching A comes before the first matching B.
called_before() {
  local a b
  a="$(grep -nE "$1" "$S/log" | head -1 | cut -d: -f1)" b="$(grep -nE "$2" "$S/log" | head -1 | cut -d: -f1)"
  [[ -n $a && -n $b ]] && ((a < b))
}
# one_failure_line REGEX: exactly one "setup: failed:" line, last on stderr, matching REGEX.
one_failure_line() {
  [[ "$(grep -c '^setup: failed: ' "$S/err")" == 1 ]] && tail -n1 "$S/err" | grep -qE "^setup: failed: $1"
}
same_file() { cmp -s "$1" "$2"; }
empty() { [[ ! -s "$1" ]]; }
lacks() { ! grep -qE "$1" "$2"; }
INSTALLS='^(cargo install|rustup (target|component) add|npm (install|ci)|apt-get|sudo)'

echo "TAP version 13"

sandbox browser-missing tools wp
run_setup
expect "exit status 0" rc_is 0
expect "apt-get update before apt-get install" called_before '^apt-get update' '^apt-get install'
expect "apt-get install -y of chromium and chromium-driver" called '^apt-get install -y .*chromium chromium-driver'
expect "npm ci after the browser install" called_before '^apt-get install' '^npm ci'
expect "the browser installed" test -x "$S/bin/chromium"
expect "no WordPress download (the file is there)" not_called '^apt-get download'
finish "browser missing: installs chromium and chromium-driver, then carries on to npm ci"

sandbox browser-install-fails tools wp
STUB_FAIL="apt-get install=100" run_setup
expect "non-zero exit status" rc_not_zero
expect "one last line 'setup: failed: installing chromium and chromium-driver (apt-get install exited 100)'" \
  one_failure_line 'installing chromium and chromium-driver \(apt-get install exited 100\)$'
expect "no npm ci after the failure" not_called '^npm ci'
finish "browser install fails: exits non-zero with one line naming the step"

sandbox sourced-fails tools wp
printf '%s\n' 'set -euo pipefail' '. scripts/setup.sh' 'echo "caller went on"' >"$S/repo/caller.sh"
STUB_FAIL="apt-get install=100" in_sandbox bash caller.sh
expect "non-zero exit status" rc_not_zero
expect "the caller stopped" lacks 'caller went on' "$S/out"
expect "the failure line on stderr" one_failure_line 'installing chromium and chromium-driver'
finish "sourced by a set -e script (as test.sh does): a failure stops it, with the line"

# Every step, failing on a fresh machine: the stub call that fails, and the line expected.
while IFS='|' read -r fail line; do
  sandbox "step-fails-${fail// /-}"
  STUB_FAIL="$fail" run_setup
  expect "non-zero exit status" rc_not_zero
  expect "one last line 'setup: failed: $line'" one_failure_line "$line"
  finish "${fail%=*} fails: one line names the step"
done <<'CASES'
rustup target add=1|installing Rust target wasm32-unknown-unknown \(rustup target exited 1\)$
rustup component add rust-src=1|installing Rust component rust-src \(rustup component exited 1\)$
cargo install wasm-bindgen-cli=101|installing wasm-bindgen-cli [0-9.]+ \(cargo install exited 101\)$
npm install=1|installing wasm-opt .*terser.*lightningcss-cli.* \(npm install exited 1\)$
rustup component add rustfmt=1|installing Rust component rustfmt \(rustup component exited 1\)$
rustup component add clippy=1|installing Rust component clippy \(rustup component exited 1\)$
apt-get update=100|installing chromium and chromium-driver \(apt-get update exited 100\)$
apt-get download=100|fetching wp-embed.min.js from Debian's wordpress package.* \(apt-get download exited 100\)$
npm ci=1|npm ci in tests/browser \(npm ci exited 1\)$
CASES

sandbox fresh-machine
run_setup
expect "exit status 0" rc_is 0
expect "rustup target add, then wasm-bindgen-cli" called_before '^rustup target add wasm32' '^cargo install wasm-bindgen-cli'
expect "rust-src (the release build rebuilds the standard library), before wasm-bindgen-cli" called_before '^rustup component add rust-src' '^cargo install wasm-bindgen-cli'
expect "no Trunk: the build is scripts/build.mjs" lacks '^cargo install trunk' "$S/log"
expect "wasm-bindgen-cli, then npm install of binaryen, terser and lightningcss" called_before '^cargo install wasm-bindgen-cli' '^npm install .*binaryen@.*terser@.*lightningcss-cli@'
expect "npm install, then rustup component add rustfmt" called_before '^npm install' '^rustup component add rustfmt'
expect "rustfmt, then clippy" called_before '^rustup component add rustfmt' '^rustup component add clippy'
expect "clippy, then apt-get install of chromium" called_before '^rustup component add clippy' '^apt-get install .*chromium chromium-driver'
expect "chromium, then apt-get download wordpress" called_before '^apt-get install' '^apt-get download .*wordpress'
expect "the WordPress download, then npm ci" called_before '^apt-get download' '^npm ci'
expect "no failure line" lacks '^setup: failed' "$S/err"
finish "fresh machine (nothing installed): installs every tool, in order, to the end"

sandbox wp-missing tools browser stamp
run_setup
expect "exit status 0" rc_is 0
expect "apt-get download wordpress" called '^apt-get download .*wordpress$'
expect "wp-embed.min.js taken from the package" same_file "$S/tools/wordpress/wp-embed.min.js" "$T/deb/usr/share/wordpress/wp-includes/js/wp-embed.min.js"
expect "VERSION holding $WP_VERSION" grep -qx "$WP_VERSION" "$S/tools/wordpress/VERSION"
expect "nothing else in the tools dir's wordpress folder" test "$(ls "$S/tools/wordpress" 2>/dev/null)" = "$(printf 'VERSION\nwp-embed.min.js')"
: >"$S/log"
run_setup
expect "a second run: exit status 0" rc_is 0
expect "a second run: no apt-get at all" not_called '^apt-get'
expect "a second run: silent" empty "$S/err"
finish "WordPress file missing: downloaded, extracted with its version; a second run skips it"

sandbox wp-no-lists tools browser stamp
STUB_NO_LISTS=1 run_setup
expect "exit status 0" rc_is 0
expect "apt-get update after the first download fails" called_before '^apt-get download' '^apt-get update'
expect "a second download after apt-get update" test "$(grep -c '^apt-get download' "$S/log")" = 2
expect "wp-embed.min.js extracted" same_file "$S/tools/wordpress/wp-embed.min.js" "$T/deb/usr/share/wordpress/wp-includes/js/wp-embed.min.js"
finish "WordPress with no package lists yet: apt-get update, then the download works"

sandbox all-present tools browser wp stamp
run_setup
expect "exit status 0" rc_is 0
expect "no install, update, download or npm ci" not_called "$INSTALLS"
expect "no WordPress download (the file is there)" not_called '^apt-get download'
expect "nothing on stderr" empty "$S/err"
expect "nothing on stdout" empty "$S/out"
finish "everything present: installs nothing and prints nothing"

sandbox no-browser tools
run_setup_args --no-browser
expect "exit status 0" rc_is 0
expect "no install, update, download or npm ci" not_called "$INSTALLS"
finish "--no-browser with nothing for the browser tests: touches none of it"

sandbox driver-mismatch tools wp stamp
fake "$S/bin/chromium" "Chromium 156" && fake "$S/bin/chromedriver" "ChromeDriver 155"
run_setup
expect "exit status 0" rc_is 0
expect "apt-get install of chromium and chromium-driver" called '^apt-get install .*chromium chromium-driver'
finish "driver's major version differs from the browser's: reinstalls both"

sandbox driver-still-mismatched tools wp stamp
STUB_DRIVER_MAJOR=155 run_setup
expect "non-zero exit status" rc_not_zero
expect "one last line naming the chromium step" one_failure_line 'installing chromium and chromium-driver'
finish "browser and driver still differ after apt-get: one line says so"

echo "1..$N"
echo "$PASSED passed, $FAILED failed"
((FAILED == 0))
