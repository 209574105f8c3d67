#!/usr/bin/env bash
# Stand-in for rustup, cargo, npm, apt-get, sudo and the version-printing tools,
# linked under each name by setup.test.sh. It logs "name args" to $STUB_LOG.
#   STUB_MISSING=1        version queries find nothing, as on a fresh machine
#   STUB_FAIL="cmd=N"     a call whose "name args" starts with cmd exits with N
#   STUB_NO_LISTS=1       apt-get download fails until apt-get update has run
#   STUB_DRIVER_MAJOR=N   major version of the chromedriver apt-get "installs"
name="${0##*/}"
printf '%s\n' "$name $*" >>"$STUB_LOG"
if [[ -n "${STUB_FAIL:-}" && "$name $*" == "${STUB_FAIL%=*}"* ]]; then
  echo "$name: failing as asked" >&2
  exit "${STUB_FAIL##*=}"
fi
missing() { [[ -n "${STUB_MISSING:-}" ]]; }
# A fake binary at $1 that prints version $2 like Debian's chromium and chromedriver do.
fake_browser() { printf '#!/bin/sh\necho "%s.0.7258.1"\n' "$2" >"$1" && chmod +x "$1"; }

case "$name" in
  sudo) exec "$@" ;;
  rustup)
    case "$*" in
      "target list --installed") missing || echo wasm32-unknown-unknown ;;
      "component list --installed") missing || printf '%s\n' rust-src rustfmt-x86_64-unknown-linux-gnu clippy-x86_64-unknown-linux-gnu ;;
    esac ;;
  wasm-bindgen) missing && exit 127; echo "wasm-bindgen $STUB_WASM_BINDGEN" ;;
  wasm-bindgen-test-runner) missing && exit 127; echo "wasm-bindgen-test-runner $STUB_WASM_BINDGEN" ;;
  wasm-opt) missing && exit 127; echo "wasm-opt version $STUB_BINARYEN (version_$STUB_BINARYEN)" ;;
  terser) missing && exit 127; echo "terser $STUB_TERSER" ;;
  npm)
    dir="$PWD"
    command="$1"
    for arg in "$@"; do [[ -n "${prefix:-}" ]] && dir="$arg" && prefix=; [[ $arg == --prefix ]] && prefix=1; done
    mkdir -p "$dir/node_modules"
    # An install leaves each package's package.json, as npm does (setup reads lightningcss-cli's).
    if [[ $command == install ]]; then
      for arg in "$@"; do
        if [[ $arg =~ ^([a-z-]+)@([0-9.]+)$ ]]; then
          mkdir -p "$dir/node_modules/${BASH_REMATCH[1]}"
          printf '{ "name": "%s", "version": "%s" }\n' "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" >"$dir/node_modules/${BASH_REMATCH[1]}/package.json"
        fi
      done
    fi ;;
  apt-get)
    case "$1" in
      update) touch "$STUB_STATE/lists" ;;
      install)
        fake_browser "$MM_CHROMIUM" "Chromium 156"
        fake_browser "$MM_CHROMEDRIVER" "ChromeDriver ${STUB_DRIVER_MAJOR:-156}" ;;
      download)
        if [[ -n "${STUB_NO_LISTS:-}" && ! -e "$STUB_STATE/lists" ]]; then
          echo "E: Unable to locate package wordpress" >&2
          exit 100
        fi
        cp "$STUB_DEB" . ;;
    esac ;;
esac
exit 0
