#!/usr/bin/env bash
# Runs the development evaluation end to end and prints one table.
#
# usage: scripts/eval.sh [SHARED_DIR] [MODEL_FILE]
#   SHARED_DIR  the shared data directory (default ../shared): it holds eval/ and data/.
#   MODEL_FILE  a model to use instead of the one built into the binary.
#
# Rows: typed mention F1 on eval/dev + seed.json (all 11 types, and the tagger's 8 name
# types alone); coarse F1 (score.py --coarse-only --types gold) on CoNLL-2003 dev, GUM dev,
# and the held-out second half of Re-DocRED dev (documents 251-500: the first 250 are
# training data, see model/README.md).
set -euo pipefail
shared="${1:-../shared}"
model="${2:-}"
redocred_train="${REDOCRED_TRAIN:-250}"
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/sidelight
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The dev articles are separate .json files; the CLI reads JSON lines.
python3 - "$shared" "$tmp" "$redocred_train" <<'EOF'
import glob, json, os, sys
shared, tmp, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(os.path.join(tmp, "dev.jsonl"), "w") as out:
    for f in sorted(glob.glob(os.path.join(shared, "eval/dev/*.json"))) + [os.path.join(shared, "eval/seed.json")]:
        with open(f) as fh:
            out.write(json.dumps(json.load(fh), ensure_ascii=False) + "\n")
with open(os.path.join(shared, "data/redocred/dev.jsonl")) as fh, open(os.path.join(tmp, "redocred.jsonl"), "w") as out:
    for i, line in enumerate(fh):
        if i >= n:
            out.write(line)
EOF

annotate() {
  if [ -n "$model" ]; then "$bin" annotate --model "$model" --jsonl "$1"; else "$bin" annotate --jsonl "$1"; fi
}

names="PERSON,ORG,GPE,LOC,FAC,NORP,PRODUCT,EVENT"
row() { # label gold pred score-options...
  local label="$1" gold="$2" pred="$3"; shift 3
  python3 "$shared/eval/score.py" --gold "$gold" --pred "$pred" --json --quiet-warnings "$@" |
    python3 -c '
import json, sys
d = json.load(sys.stdin)
m = d["mentions"]["coarse" if d["coarse_only"] else "typed"]
print("%-34s %6d %6d %6d %7.3f %7.3f %7.3f" % (sys.argv[1], m["gold"], m["pred"], m["tp"], m["precision"], m["recall"], m["f1"]))
' "$label"
}

annotate "$tmp/dev.jsonl" > "$tmp/dev.pred.jsonl"
annotate "$shared/data/conll2003/dev.jsonl" > "$tmp/conll.pred.jsonl"
annotate "$shared/data/gum/dev.jsonl" > "$tmp/gum.pred.jsonl"
annotate "$tmp/redocred.jsonl" > "$tmp/redocred.pred.jsonl"

printf '%-34s %6s %6s %6s %7s %7s %7s\n' "set (mention F1)" gold pred tp P R F1
row "dev+seed typed, all 11 types" "$tmp/dev.jsonl" "$tmp/dev.pred.jsonl"
row "dev+seed typed, 8 name types" "$tmp/dev.jsonl" "$tmp/dev.pred.jsonl" --types "$names"
row "CoNLL-2003 dev coarse" "$shared/data/conll2003/dev.jsonl" "$tmp/conll.pred.jsonl" --coarse-only --types gold
row "GUM dev coarse" "$shared/data/gum/dev.jsonl" "$tmp/gum.pred.jsonl" --coarse-only --types gold
row "Re-DocRED dev 251-500 coarse" "$tmp/redocred.jsonl" "$tmp/redocred.pred.jsonl" --coarse-only --types gold
