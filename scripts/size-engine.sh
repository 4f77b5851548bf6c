#!/usr/bin/env bash
# How many bytes the engine and its models take in the reader's WASM (gzip -9): the release
# build of a commit against a probe build of it whose engine entries (`engine::analyze`,
# `analyze_outlined`, `analyze_reporting`) return an empty analysis, so that the linker drops
# the engine and both models. Both go through the same Trunk pipeline (wasm-bindgen, wasm-opt).
#
# usage: scripts/size-engine.sh [REV]   (default HEAD: committed work only)
set -euo pipefail
root=$(git rev-parse --show-toplevel)
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The reader's WebAssembly names crate sources in its panic locations: without this
# machine's home directory ("index.crates.io-…/yew-0.23.0/src/…", not "/home/…/.cargo/…").
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/="
# Each build has a target directory of its own, never the checkout's: a WebAssembly file left
# there by a build of another tree (the probe's engine answers nothing) would be what the
# checkout's next `trunk build` ships whenever Cargo finds the checkout's own build fresh.
target_of() { echo "$root/target/size-$1"; }
rev=${1:-HEAD}
tmp=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tmp/full" >/dev/null 2>&1 || true;
      git -C "$root" worktree remove --force "$tmp/probe" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

wasm_gz() { # the gzip -9 size of the one .wasm in dist/ of a checkout
  (cd "$1" && CARGO_TARGET_DIR="$(target_of "$2")" trunk build --release --offline --dist "$tmp/dist-$2" >/dev/null 2>&1)
  gzip -9c "$tmp/dist-$2"/*.wasm | wc -c
}

git -C "$root" worktree add --detach "$tmp/full" "$rev" >/dev/null 2>&1
git -C "$root" worktree add --detach "$tmp/probe" "$rev" >/dev/null 2>&1
full=$(wasm_gz "$tmp/full" full)
# Patched after the full build, so that the file is newer than what that build left. Every
# entry the app calls (`analyze`, `analyze_outlined`, `analyze_reporting`) returns an empty
# analysis in the probe, so nothing reaches the engine or loads a model.
python3 - "$tmp/probe/src/engine/mod.rs" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
for name in ("analyze", "analyze_outlined", "analyze_reporting"):
    pattern = r"(pub fn " + name + r"\(.*?\) -> Analysis \{\n)(.*?)\n\}\n"
    s, n = re.subn(pattern, r"\1    Analysis::default()\n}\n", s, count=1, flags=re.S)
    assert n == 1, f"engine::{name} changed: update scripts/size-engine.sh"
open(p, "w").write(s)
PY
probe=$(wasm_gz "$tmp/probe" probe)
kb() { python3 -c "print(f'{$1/1024:.1f} KB')"; }
printf 'WASM, gzip -9\n  the reader:                     %s\n' "$(kb "$full")"
printf '  without the engine and models:  %s\n' "$(kb "$probe")"
printf '  engine + models:                %s (%s bytes)\n' "$(kb $((full - probe)))" "$((full - probe))"
printf '  of which the models (gzip -9):  name %s, relations %s\n' \
  "$(kb "$(gzip -9c "$tmp/full/model/ner.bin" | wc -c)")" \
  "$(kb "$( (gzip -9c "$tmp/full/model/relations.bin" 2>/dev/null || true) | wc -c)")"
