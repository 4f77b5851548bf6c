#!/usr/bin/env bash
# Runs every test: formatting and lint checks (rustfmt, clippy for the native and the wasm32
# targets), native Rust tests (unit, snapshot, property), a release build of the reader, and
# the browser tests (Playwright + headless Chromium) against that build.
# Usage: scripts/test.sh        Screenshots and logs go to artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
started=$(date +%s)
step="set-up"
server=
cleanup() {
  status=$?
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  if [ "$status" -ne 0 ]; then
    printf '\033[1;31mFAILED at step: %s (exit %s)\033[0m\n' "$step" "$status"
  fi
}
trap cleanup EXIT

scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The reader's WebAssembly names crate sources in its panic locations: without this
# machine's home directory ("index.crates.io-…/yew-0.23.0/src/…", not "/home/…/.cargo/…").
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/="
mkdir -p artifacts

step="cargo fmt --check"
say "cargo fmt --check (the code is formatted as rustfmt.toml says)"
cargo fmt --check

step="cargo clippy"
say "cargo clippy, native (all targets) and wasm32, warnings denied"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --quiet -- -D warnings

step="cargo test"
say "cargo test (native unit, snapshot and property tests)"
cargo test

step="trunk build"
say "trunk build --release --offline"
trunk build --release --offline

step="static server"
say "serving dist/ on a free local port"
node tests/e2e/support/serve.mjs dist >artifacts/server.log 2>&1 &
server=$!
# The server prints its address once it listens; wait for that line, not a fixed time.
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' artifacts/server.log || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat artifacts/server.log; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "the static server did not start"; exit 1; }
say "serving $url"

step="browser tests"
say "node --test tests/e2e/ (headless Chromium)"
SIDELIGHT_URL="$url" node --test --test-reporter=spec tests/e2e/

step="done"
say "all tests passed: native, release build, browser ($(($(date +%s) - started)) s); screenshots in artifacts/"
