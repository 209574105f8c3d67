#!/usr/bin/env bash
# Installs what building, serving and testing Massage Map need, only where missing
# or at the wrong version, so a second run takes seconds.
#
#   bash scripts/setup.sh               everything (build + browser tests)
#   bash scripts/setup.sh --no-browser  only what building and serving need
#
# The other scripts source this file, so the PATH it sets up (cargo bin,
# the npm-installed wasm-opt and terser) carries over to them.
#
# Pinned versions: they must match Cargo.toml / tests/browser/package.json.
MM_TRUNK_VERSION=0.21.14
MM_WASM_BINDGEN_VERSION=0.2.130
MM_BINARYEN_VERSION=132
# Minifies the JS glue in Trunk's post-build hook (scripts/post-build.mjs).
MM_TERSER_VERSION=5.51.4
# Tools live outside the repo so a fresh clone or `git clean` does not rebuild them.
MM_TOOLS="${MASSAGE_MAP_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/massage-map-tools}"
MM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

mm_say() { printf 'setup: %s\n' "$*" >&2; }
mm_path() { export PATH="$HOME/.cargo/bin:$MM_TOOLS/node_modules/.bin:$PATH"; }
mm_major() { "$1" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9.]+' | head -1 | cut -d. -f1; }

mm_setup() {
  local browser=1 arg
  for arg in "$@"; do
    case "$arg" in
      --no-browser) browser=0 ;;
      -h | --help) sed -n '2,10p' "${BASH_SOURCE[0]}"; return 0 ;;
      *) mm_say "unknown argument: $arg"; return 2 ;;
    esac
  done

  command -v cargo >/dev/null || { mm_say "cargo not found (install Rust with rustup)"; return 1; }
  command -v npm >/dev/null || { mm_say "npm not found (install Node.js 20+)"; return 1; }

  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    mm_say "installing Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi

  if [[ "$(trunk --version 2>/dev/null)" != "trunk $MM_TRUNK_VERSION" ]]; then
    mm_say "installing trunk $MM_TRUNK_VERSION (takes several minutes)"
    cargo install trunk --version "$MM_TRUNK_VERSION" --locked
  fi

  # Trunk uses the CLI on PATH only when it matches the wasm-bindgen crate exactly;
  # the test runner ships in the same crate and must match too.
  if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $MM_WASM_BINDGEN_VERSION" ]] ||
    [[ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != *" $MM_WASM_BINDGEN_VERSION"* ]]; then
    mm_say "installing wasm-bindgen-cli $MM_WASM_BINDGEN_VERSION"
    # No --locked: the crate's lockfile pins dependencies that no longer build.
    cargo install wasm-bindgen-cli --version "$MM_WASM_BINDGEN_VERSION" --force
  fi

  # Build tools from npm, into $MM_TOOLS (on PATH via mm_path). Debian's binaryen
  # is too old for current Rust output; the npm build of wasm-opt works.
  if [[ "$(wasm-opt --version 2>/dev/null)" != "wasm-opt version $MM_BINARYEN_VERSION "* ]] ||
    [[ "$(terser --version 2>/dev/null)" != "terser $MM_TERSER_VERSION" ]]; then
    mm_say "installing wasm-opt (npm binaryen@$MM_BINARYEN_VERSION) and terser@$MM_TERSER_VERSION into $MM_TOOLS"
    mkdir -p "$MM_TOOLS"
    npm install --prefix "$MM_TOOLS" --save-exact --no-audit --no-fund --loglevel=error \
      "binaryen@$MM_BINARYEN_VERSION" "terser@$MM_TERSER_VERSION"
  fi

  [[ $browser == 1 ]] || return 0

  local comp
  for comp in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$comp"; then
      mm_say "installing Rust component $comp"
      rustup component add "$comp"
    fi
  done

  # The driver must speak the browser's protocol: same major version.
  local chrome_major driver_major
  chrome_major="$(mm_major /usr/bin/chromium)" driver_major="$(mm_major /usr/bin/chromedriver)"
  if [[ -z "$chrome_major" || "$chrome_major" != "$driver_major" ]]; then
    mm_say "installing chromium and chromium-driver (Debian)"
    local sudo=""
    [[ $(id -u) == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi

  # `npm ci` wipes node_modules every time; a stamp of the lockfile skips it when nothing changed.
  local dir="$MM_ROOT/tests/browser" stamp want
  stamp="$dir/node_modules/.mm-lock-sha"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    mm_say "npm ci in tests/browser"
    # playwright-core downloads nothing itself; this guards against a future dependency that would.
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  mm_path
  mm_setup "$@"
else
  # Sourced: run the install in a child shell so `set -e` holds inside it, then keep its PATH.
  mm_path
  bash "${BASH_SOURCE[0]}" "$@" || return
fi
