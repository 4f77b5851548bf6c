#!/usr/bin/env bash
# Relation extraction, scored end to end, and beside the co-occurrence baseline.
#
# usage: scripts/eval-relations.sh [SHARED_DIR]
#   SHARED_DIR  the shared data directory (default ../shared): it holds eval/ and data/.
#
# Prints relation P/R/F1 (overall and per type) on eval/dev + seed.json with the engine's own
# entities and with the gold entities (relation extraction alone), the co-occurrence baseline
# on both, the same two scores on the training articles (eval/train, a second measure that
# has been looked at less), and per-type F1 on Re-DocRED dev for the five types it annotates.
set -euo pipefail
shared="${1:-../shared}"
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/sidelight
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

python3 - "$shared" "$tmp" <<'PY'
import glob, json, os, sys
shared, tmp = sys.argv[1], sys.argv[2]
with open(os.path.join(tmp, "dev.jsonl"), "w") as out:
    for f in sorted(glob.glob(os.path.join(shared, "eval/dev/*.json"))) + [os.path.join(shared, "eval/seed.json")]:
        with open(f) as fh:
            out.write(json.dumps(json.load(fh), ensure_ascii=False) + "\n")
with open(os.path.join(tmp, "train.jsonl"), "w") as out:
    for f in sorted(glob.glob(os.path.join(shared, "eval/train/*.json"))):
        with open(f) as fh:
            out.write(json.dumps(json.load(fh), ensure_ascii=False) + "\n")
PY

"$bin" annotate --jsonl "$tmp/dev.jsonl" > "$tmp/dev.engine.jsonl"
"$bin" annotate --jsonl "$tmp/dev.jsonl" --gold-entities > "$tmp/dev.gold.jsonl"
"$bin" annotate --jsonl "$tmp/train.jsonl" > "$tmp/train.engine.jsonl"
"$bin" annotate --jsonl "$tmp/train.jsonl" --gold-entities > "$tmp/train.gold.jsonl"
"$bin" annotate --jsonl "$shared/data/redocred/dev.jsonl" --gold-entities > "$tmp/redocred.gold.jsonl"
baseline="$shared/eval/baseline/cooccur_baseline.py"
python3 "$baseline" --in "$tmp/dev.jsonl" --out "$tmp/dev.base-gold.jsonl" >/dev/null 2>&1
python3 "$baseline" --in "$tmp/dev.engine.jsonl" --out "$tmp/dev.base-engine.jsonl" >/dev/null 2>&1

score() { python3 "$shared/eval/score.py" --gold "$1" --pred "$2" --json --quiet-warnings; }
score "$tmp/dev.jsonl" "$tmp/dev.engine.jsonl" > "$tmp/s.engine.json"
score "$tmp/dev.jsonl" "$tmp/dev.gold.jsonl" > "$tmp/s.gold.json"
score "$tmp/dev.jsonl" "$tmp/dev.base-engine.jsonl" > "$tmp/s.base-engine.json"
score "$tmp/dev.jsonl" "$tmp/dev.base-gold.jsonl" > "$tmp/s.base-gold.json"
score "$tmp/train.jsonl" "$tmp/train.engine.jsonl" > "$tmp/s.train-engine.json"
score "$tmp/train.jsonl" "$tmp/train.gold.jsonl" > "$tmp/s.train-gold.json"
score "$shared/data/redocred/dev.jsonl" "$tmp/redocred.gold.jsonl" > "$tmp/s.redocred.json"

python3 - "$tmp" <<'PY'
import json, os, sys
tmp = sys.argv[1]
load = lambda n: json.load(open(os.path.join(tmp, n)))
def line(label, r):
    print("%-44s %5d %5d %5d %6.3f %6.3f %6.3f" % (label, r["gold"], r["pred"], r["tp"], r["precision"], r["recall"], r["f1"]))
head = "%-44s %5s %5s %5s %6s %6s %6s" % ("relations, dev (8 docs) + seed", "gold", "pred", "tp", "P", "R", "F1")
print(head)
line("sidelight, engine entities", load("s.engine.json")["relations"])
line("sidelight, gold entities", load("s.gold.json")["relations"])
line("co-occurrence baseline, engine entities", load("s.base-engine.json")["relations"])
line("co-occurrence baseline, gold entities", load("s.base-gold.json")["relations"])
print()
print("%-44s %5s %5s %5s %6s %6s %6s" % ("per type, engine entities", "gold", "pred", "tp", "P", "R", "F1"))
for t, r in sorted(load("s.engine.json")["per_relation_type"].items()):
    line("  " + t, r)
print()
print("%-44s %5s %5s %5s %6s %6s %6s" % ("relations, train articles", "gold", "pred", "tp", "P", "R", "F1"))
line("sidelight, engine entities", load("s.train-engine.json")["relations"])
line("sidelight, gold entities", load("s.train-gold.json")["relations"])
print()
print("%-44s %5s %5s %5s %6s %6s %6s" % ("Re-DocRED dev, gold entities", "gold", "pred", "tp", "P", "R", "F1"))
per = load("s.redocred.json")["per_relation_type"]
for t in ["EMPLOYED_BY", "LOCATED_IN", "FOUNDED", "PRODUCT_OF", "PARTICIPANT_IN"]:
    if t in per:
        line("  " + t, per[t])
PY
