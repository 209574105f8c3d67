#!/usr/bin/env bash
# Installs what building, serving and testing Massage Map need, only where missing
# or at the wrong version, so a second run takes seconds.
#
#   bash scripts/setup.sh               everything (build + browser tests)
#   bash scripts/setup.sh --no-browser  only what building and serving need
#
# The other scripts source this file, so the PATH it sets up (cargo bin,
# the npm-installed wasm-opt, terser and lightningcss) carries over to them.
# A failed step ends the script with one line: "setup: failed: STEP (WHY)".
#
# Pinned versions: they must match Cargo.toml / tests/browser/package.json.
MM_WASM_BINDGEN_VERSION=0.2.130
MM_BINARYEN_VERSION=132
# Minifies the scripts (scripts/build.mjs).
MM_TERSER_VERSION=5.51.4
# Minifies the stylesheet (scripts/build.mjs).
MM_LIGHTNINGCSS_VERSION=1.33.0
# Tools live outside the repo so a fresh clone or `git clean` does not rebuild them.
MM_TOOLS="${MASSAGE_MAP_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/massage-map-tools}"
MM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Overridable so tests/setup/setup.test.sh can stand in for Debian's packages.
MM_CHROMIUM="${MM_CHROMIUM:-/usr/bin/chromium}"
MM_CHROMEDRIVER="${MM_CHROMEDRIVER:-/usr/bin/chromedriver}"

mm_say() { printf 'setup: %s\n' "$*" >&2; }
mm_path() { export PATH="$HOME/.cargo/bin:$MM_TOOLS/node_modules/.bin:$PATH"; }
# Empty (not a failure) when the binary is missing or prints no version.
mm_major() { "$1" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9.]+' | head -1 | cut -d. -f1 || true; }
# mm_step STEP [NOTE]: announces the step; the exit trap names it if it fails.
mm_step() { MM_STEP="$1"; mm_say "$1${2:+ ($2)}"; }
# The reason for the failure line, then a failure status that set -e acts on.
mm_fail() { MM_WHY="$1"; return "${2:-1}"; }
# As root directly (containers, CI), else through sudo.
mm_root() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }

# mm_run COMMAND...: on failure, records "tool subcommand exited N" as the reason.
mm_run() {
  local rc=0 cmd=("$@")
  "$@" || rc=$?
  if ((rc != 0)); then
    while [[ ${cmd[0]} == mm_root || ${cmd[0]} == sudo || ${cmd[0]} == env || ${cmd[0]} == *=* ]]; do
      cmd=("${cmd[@]:1}")
    done
    MM_WHY="${cmd[0]##*/}${cmd[1]:+ ${cmd[1]}} exited $rc"
  fi
  return "$rc"
}

# Runs at every exit of the stand-alone script, so even an unforeseen failure
# (set -e) ends with the one line; the ERR trap supplies its reason.
mm_exit() {
  local rc="$1"
  [[ -z "${MM_TMP:-}" ]] || rm -rf "$MM_TMP"
  ((rc == 0)) || mm_say "failed: ${MM_STEP:-setup} (${MM_WHY:-exit status $rc})"
}

mm_setup() {
  local browser=1 arg
  MM_STEP="reading arguments"
  for arg in "$@"; do
    case "$arg" in
      --no-browser) browser=0 ;;
      -h | --help) sed -n '2,10p' "${BASH_SOURCE[0]}"; return 0 ;;
      *) mm_fail "unknown argument: $arg" 2 ;;
    esac
  done

  MM_STEP="checking for rustup, cargo and npm"
  command -v rustup >/dev/null || mm_fail "rustup not found: install Rust with rustup"
  command -v cargo >/dev/null || mm_fail "cargo not found: install Rust with rustup"
  command -v npm >/dev/null || mm_fail "npm not found: install Node.js 20+"

  # grep without -q: -q stops reading early, and pipefail would count the writer's SIGPIPE.
  if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
    mm_step "installing Rust target wasm32-unknown-unknown"
    mm_run rustup target add wasm32-unknown-unknown
  fi

  # The release build rebuilds the standard library from its source (scripts/wasm-steps.mjs,
  # RUST_FOR_SIZE), so that a panic aborts at once.
  if ! rustup component list --installed | grep "^rust-src" >/dev/null; then
    mm_step "installing Rust component rust-src"
    mm_run rustup component add rust-src
  fi

  # The CLI must match the wasm-bindgen crate exactly (Cargo.toml pins it);
  # the test runner ships in the same crate and must match too.
  if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $MM_WASM_BINDGEN_VERSION" ]] ||
    [[ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != *" $MM_WASM_BINDGEN_VERSION"* ]]; then
    mm_step "installing wasm-bindgen-cli $MM_WASM_BINDGEN_VERSION"
    # No --locked: the crate's lockfile pins dependencies that no longer build.
    mm_run cargo install wasm-bindgen-cli --version "$MM_WASM_BINDGEN_VERSION" --force
  fi

  # Build tools from npm, into $MM_TOOLS (on PATH via mm_path). Debian's binaryen
  # is too old for current Rust output; the npm build of wasm-opt works.
  if [[ "$(wasm-opt --version 2>/dev/null)" != "wasm-opt version $MM_BINARYEN_VERSION "* ]] ||
    [[ "$(terser --version 2>/dev/null)" != "terser $MM_TERSER_VERSION" ]] ||
    ! grep "\"version\": \"$MM_LIGHTNINGCSS_VERSION\"" "$MM_TOOLS/node_modules/lightningcss-cli/package.json" >/dev/null 2>&1; then
    mm_step "installing wasm-opt (npm binaryen@$MM_BINARYEN_VERSION), terser@$MM_TERSER_VERSION and lightningcss-cli@$MM_LIGHTNINGCSS_VERSION into $MM_TOOLS"
    mkdir -p "$MM_TOOLS"
    mm_run npm install --prefix "$MM_TOOLS" --save-exact --no-audit --no-fund --loglevel=error \
      "binaryen@$MM_BINARYEN_VERSION" "terser@$MM_TERSER_VERSION" "lightningcss-cli@$MM_LIGHTNINGCSS_VERSION"
  fi

  [[ $browser == 1 ]] || return 0

  local comp
  for comp in rustfmt clippy; do
    if ! rustup component list --installed | grep "^$comp" >/dev/null; then
      mm_step "installing Rust component $comp"
      mm_run rustup component add "$comp"
    fi
  done

  if [[ $(id -u) != 0 ]] && ! command -v sudo >/dev/null; then
    MM_STEP="checking for root or sudo"
    mm_fail "not root and sudo not found: apt-get needs one"
  fi

  # The driver must speak the browser's protocol: same major version.
  local chrome_major driver_major
  chrome_major="$(mm_major "$MM_CHROMIUM")" driver_major="$(mm_major "$MM_CHROMEDRIVER")"
  if [[ -z "$chrome_major" || "$chrome_major" != "$driver_major" ]]; then
    mm_step "installing chromium and chromium-driver" "Debian packages"
    mm_run mm_root apt-get update -qq
    mm_run mm_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    chrome_major="$(mm_major "$MM_CHROMIUM")" driver_major="$(mm_major "$MM_CHROMEDRIVER")"
    if [[ -z "$chrome_major" || "$chrome_major" != "$driver_major" ]]; then
      mm_fail "after apt-get, $MM_CHROMIUM is version '${chrome_major}' and $MM_CHROMEDRIVER '${driver_major}'"
    fi
  fi

  # A WordPress e2e test loads WordPress's own wp-embed.min.js. Installing the package
  # would pull in Apache, PHP and MariaDB, so take the one file out of the .deb.
  local wp="$MM_TOOLS/wordpress" deb
  if [[ ! -s "$wp/wp-embed.min.js" ]]; then
    mm_step "fetching wp-embed.min.js from Debian's wordpress package into $wp"
    MM_TMP="$(mktemp -d)"
    # apt-get download writes to the current directory; as root it would warn that
    # the _apt user cannot write to a private temp dir.
    cd "$MM_TMP"
    # A fresh machine has no package lists yet: update once and try again.
    if ! apt-get download -qq -o APT::Sandbox::User=root wordpress 2>/dev/null; then
      mm_run mm_root apt-get update -qq
      mm_run apt-get download -qq -o APT::Sandbox::User=root wordpress
    fi
    cd "$MM_ROOT"
    deb="$(find "$MM_TMP" -maxdepth 1 -name 'wordpress_*.deb' -print -quit)"
    [[ -n "$deb" ]] || mm_fail "apt-get download left no wordpress_*.deb"
    mm_run dpkg-deb --fsys-tarfile "$deb" >"$MM_TMP/data.tar"
    mkdir -p "$wp"
    # Through a temp name, so an interrupted run does not leave a file that looks done.
    mm_run tar -xOf "$MM_TMP/data.tar" ./usr/share/wordpress/wp-includes/js/wp-embed.min.js >"$wp/wp-embed.min.js.part"
    [[ -s "$wp/wp-embed.min.js.part" ]] || mm_fail "wp-embed.min.js is empty in $(basename "$deb")"
    mm_run dpkg-deb --field "$deb" Version >"$wp/VERSION"
    mv "$wp/wp-embed.min.js.part" "$wp/wp-embed.min.js"
  fi

  # `npm ci` wipes node_modules every time; a stamp of the lockfile skips it when nothing changed.
  local dir="$MM_ROOT/tests/browser" stamp want
  MM_STEP="checking tests/browser/package-lock.json"
  stamp="$dir/node_modules/.mm-lock-sha"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    mm_step "npm ci in tests/browser"
    # playwright-core downloads nothing itself; this guards against a future dependency that would.
    mm_run env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
    echo "$want" >"$stamp"
  fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  # -E: the ERR trap also sees failures inside mm_setup.
  set -eEuo pipefail
  trap 'MM_WHY="${MM_WHY:-${BASH_COMMAND%% *} exited $?}"' ERR
  trap 'mm_exit $?' EXIT
  mm_path
  mm_setup "$@"
else
  # Sourced: run the install in a child shell so `set -e` holds inside it, then keep its PATH.
  # The child prints the failure line; returning its status stops a `set -e` caller.
  mm_path
  bash "${BASH_SOURCE[0]}" "$@" || return
fi
