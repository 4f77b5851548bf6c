#!/usr/bin/env bash
# How many bytes the engine and its models take in the reader's WASM (gzip -9): the release
# build of a commit against a probe build of it whose engine entry (`engine::analyze`) returns an
# empty analysis, so that the linker drops the engine and both models. Both go through the
# same Trunk pipeline (wasm-bindgen, wasm-opt).
#
# usage: scripts/size-engine.sh [REV]   (default HEAD: committed work only)
set -euo pipefail
root=$(git rev-parse --show-toplevel)
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="$root/target"
rev=${1:-HEAD}
tmp=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tmp/full" >/dev/null 2>&1 || true;
      git -C "$root" worktree remove --force "$tmp/probe" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

wasm_gz() { # the gzip -9 size of the one .wasm in dist/ of a checkout
  (cd "$1" && trunk build --release --offline --dist "$tmp/dist-$2" >/dev/null 2>&1)
  gzip -9c "$tmp/dist-$2"/*.wasm | wc -c
}

git -C "$root" worktree add --detach "$tmp/full" "$rev" >/dev/null 2>&1
git -C "$root" worktree add --detach "$tmp/probe" "$rev" >/dev/null 2>&1
full=$(wasm_gz "$tmp/full" full)
# Patched after the full build, so that the file is newer than what that build left.
python3 - "$tmp/probe/src/engine/mod.rs" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
old = "pub fn analyze(text: &str) -> Analysis {\n    analyze_with(text, Model::embedded())\n}"
assert old in s, "engine::analyze changed: update scripts/size-engine.sh"
s = s.replace(old, "pub fn analyze(_text: &str) -> Analysis {\n    Analysis::default()\n}")
open(p, "w").write(s)
PY
probe=$(wasm_gz "$tmp/probe" probe)
kb() { python3 -c "print(f'{$1/1024:.1f} KB')"; }
printf 'WASM, gzip -9\n  the reader:                     %s\n' "$(kb "$full")"
printf '  without the engine and models:  %s\n' "$(kb "$probe")"
printf '  engine + models:                %s\n' "$(kb $((full - probe)))"
printf '  of which the models (gzip -9):  name %s, relations %s\n' \
  "$(kb "$(gzip -9c "$tmp/full/model/ner.bin" | wc -c)")" \
  "$(kb "$( (gzip -9c "$tmp/full/model/relations.bin" 2>/dev/null || true) | wc -c)")"
