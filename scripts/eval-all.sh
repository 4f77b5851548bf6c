#!/usr/bin/env bash
# Every accuracy figure in one table, so that every change shows its effect everywhere.
#
# usage: scripts/eval-all.sh [SHARED_DIR] [--folds N] [--model FILE] [--relations FILE|patterns]
#                            [--only relations] [--keep DIR] [--max-weights N]
#                            [--relation-weights N] [--min-precision P] [--seed S]
#   SHARED_DIR  the shared data directory (default ../shared): it holds eval/ and data/.
#   --folds N   cross-validation folds over eval/train (default 5; 0 skips it): article i
#               (in name order) is in fold i mod N, annotated by a model trained without it
#               (same data and options as model/README.md's command otherwise).
#   --model F   a name model file for the other rows instead of the built-in one.
#   --relations F  a relation model file for the other rows (or "patterns": the pattern
#               families alone); cross-validation then uses it too instead of training one.
#   --only relations  only the relation rows (cross-validation trains relation models only).
#   --keep DIR  keep the outputs there (DIR/train.jsonl and DIR/cv.pred.jsonl: the
#               cross-validated predictions, for scripts/mention_errors.py).
#   --max-weights N  prune the cross-validation name models to N weights instead of the
#               shipped model's count (with --model FILE-N.bin: one point of the size curve).
#   --relation-weights N  keep N weights in the cross-validation relation models (with
#               --relations FILE-N.bin for the other rows: a point of the relation size curve).
#   --min-precision P  the precision the cross-validation relation models' threshold must
#               reach on their own held-out facts (train's option; default 0.85).
#   --seed S    train the cross-validation name models from seed S (default: the shipped
#               model's). A change to the name model's training moves cross-validated typed
#               F1 by up to ~0.007 from the seed alone: judge such a change over two or three.
#
# Rows: mentions (typed F1 on the cross-validated training articles and on dev + seed; coarse
# F1 on CoNLL-2003 dev, GUM dev, Re-DocRED dev 251-500, CrossRE news and politics dev) and
# relations (P/R/F1 with the engine's entities and with gold entities, cross-validated on the
# training articles, all 66 and the exhaustively annotated 37-66, and on dev + seed; with gold
# entities on Re-DocRED dev and on CrossRE dev for EMPLOYED_BY and LOCATED_IN, where recall
# is the figure that means something: CrossRE leaves many true facts unannotated).
set -euo pipefail
shared="../shared"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then shared="$1"; shift; fi
cd "$(dirname "$0")/.."
cargo build --release --quiet
exec python3 scripts/eval_all.py "$shared" target/release/sidelight "$@"
