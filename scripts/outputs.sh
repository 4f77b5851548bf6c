#!/usr/bin/env bash
# Writes everything the engine outputs on the shared data into one folder, so that a change
# meant to keep behaviour (a refactor, a speed-up) can be checked with `diff -r`:
#
#   scripts/outputs.sh ../shared /tmp/before      # on the old commit
#   scripts/outputs.sh ../shared /tmp/after       # on the new one
#   diff -r /tmp/before /tmp/after && echo unchanged
#
# usage: scripts/outputs.sh [SHARED_DIR] OUT_DIR [BINARY]
#   SHARED_DIR  the shared data directory (default ../shared): it holds eval/ and data/.
#   OUT_DIR     where the outputs go (created; files in it are overwritten).
#   BINARY      a built `sidelight` to run instead of building target/release/sidelight.
#
# Outputs: `annotate --jsonl` on every corpus (dev + seed, the training articles, CoNLL-2003,
# GUM, Re-DocRED, CrossRE), the same with `--gold-entities` where the corpus has entities
# worth relating, and `analyze` (the full analysis, byte offsets) of the seed and of every
# dev article.
set -euo pipefail
if [ $# -lt 1 ]; then
  sed -n '2,18p' "$0" >&2
  exit 2
fi
if [ $# -ge 2 ]; then shared="$1"; out="$2"; else shared=../shared; out="$1"; fi
bin="${3:-}"
cd "$(dirname "$0")/.."
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin=target/release/sidelight
fi
mkdir -p "$out/analyze"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The annotated articles are separate .json files: one JSON-lines file per set, and each dev
# article's text as a plain file for `analyze`.
python3 - "$shared" "$tmp" <<'PY'
import glob, json, os, sys
shared, tmp = sys.argv[1], sys.argv[2]
def lines(name, files):
    with open(os.path.join(tmp, name), "w") as out:
        for f in files:
            with open(f) as fh:
                out.write(json.dumps(json.load(fh), ensure_ascii=False) + "\n")
dev = sorted(glob.glob(os.path.join(shared, "eval/dev/*.json"))) + [os.path.join(shared, "eval/seed.json")]
lines("dev.jsonl", dev)
lines("train.jsonl", sorted(glob.glob(os.path.join(shared, "eval/train/*.json"))))
os.makedirs(os.path.join(tmp, "texts"))
for f in dev:
    with open(f) as fh:
        doc = json.load(fh)
    with open(os.path.join(tmp, "texts", doc["id"] + ".txt"), "w") as t:
        t.write(doc["text"])
PY

annotate() { # name input [options]
  local name="$1" input="$2"; shift 2
  "$bin" annotate --jsonl "$input" "$@" > "$out/$name.jsonl"
}
annotate dev "$tmp/dev.jsonl"
annotate dev.gold-entities "$tmp/dev.jsonl" --gold-entities
annotate train "$tmp/train.jsonl"
annotate train.gold-entities "$tmp/train.jsonl" --gold-entities
annotate conll-dev "$shared/data/conll2003/dev.jsonl"
annotate conll-train "$shared/data/conll2003/train.jsonl"
annotate gum-dev "$shared/data/gum/dev.jsonl"
annotate gum-train "$shared/data/gum/train.jsonl"
annotate redocred-dev "$shared/data/redocred/dev.jsonl"
annotate redocred-dev.gold-entities "$shared/data/redocred/dev.jsonl" --gold-entities
for f in "$shared"/data/crossre/*.jsonl; do
  annotate "crossre-$(basename "$f" .jsonl)" "$f"
done

"$bin" analyze seeds/*.txt > "$out/analyze/seed.json"
for f in "$tmp"/texts/*.txt; do
  "$bin" analyze "$f" > "$out/analyze/$(basename "$f" .txt).json"
done
echo "wrote $(find "$out" -type f | wc -l) files to $out"
