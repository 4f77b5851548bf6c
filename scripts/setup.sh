#!/usr/bin/env bash
# Installs what building, serving and testing Sidelight needs, skipping what is already there.
# Usage: scripts/setup.sh [build|test]
#   build: rustfmt and clippy, the wasm32 target, wasm-bindgen-cli, trunk, npm packages
#          (wasm-opt via binaryen)
#   test:  everything for build, plus Chromium and chromedriver for browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
what=${1:-test}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the Rust component $component (formatting and lint checks)"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  # Not --locked: its lockfile pins a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes, once)"
  # --locked: a newer cssparser breaks the build of this trunk version.
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json (binaryen's wasm-opt, playwright-core; the benchmark's comparison libraries)"
  npm ci --no-audit --no-fund
fi

if [ "$what" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Chromium and chromedriver from Debian (for browser tests)"
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
  fi
fi
say "set-up done"
