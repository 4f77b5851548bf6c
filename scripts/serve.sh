#!/usr/bin/env bash
# Builds the reader and serves it at http://127.0.0.1:8080/ (override with PORT=...).
# Usage: scripts/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
port=${PORT:-8080}

scripts/setup.sh build
# Trunk finds wasm-bindgen (cargo) and wasm-opt (npm's binaryen) on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The reader's WebAssembly names crate sources in its panic locations: without this
# machine's home directory ("index.crates.io-…/yew-0.23.0/src/…", not "/home/…/.cargo/…").
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/="

say "trunk serve --release --address 127.0.0.1 --port $port --offline (rebuilds on change; Ctrl-C stops)"
say "open http://127.0.0.1:$port/"
exec trunk serve --release --address 127.0.0.1 --port "$port" --offline
