"""Every accuracy figure in one table (run by scripts/eval-all.sh; see its header)."""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

# The training command of model/README.md, without --out and --articles.
TRAIN = [
    "--conll", "{shared}/data/conll2003/train.jsonl",
    "--gum", "{shared}/data/gum/train.jsonl",
    "--redocred", "{shared}/data/redocred/dev.jsonl", "--redocred-train", "250",
    "--runs", "3", "--max-weights", "28200",
]
# The relation model's training command of model/README.md, without --relations-out and
# --articles.
TRAIN_RELATIONS = ["--relation-weights", "3375"]
NAME_TYPES = "PERSON,ORG,GPE,LOC,FAC,NORP,PRODUCT,EVENT"


def run(cmd, out=None):
    with open(out, "w") if out else open(os.devnull, "w") as fh:
        subprocess.run(cmd, stdout=fh if out else subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


def write_jsonl(path, docs):
    with open(path, "w") as out:
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")


def score(shared, gold, pred, *options):
    out = subprocess.run(
        [sys.executable, f"{shared}/eval/score.py", "--gold", gold, "--pred", pred, "--json", "--quiet-warnings", *options],
        capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared")
    ap.add_argument("binary")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--model", default=None, help="a model file instead of the built-in one")
    ap.add_argument("--relations", default=None,
                    help="a relation model file instead of the built-in one, or 'patterns'")
    ap.add_argument("--only", choices=["relations"], default=None,
                    help="relations: only the relation rows (no name models are trained)")
    ap.add_argument("--keep", default=None, help="a directory to keep the outputs in")
    ap.add_argument("--relation-weights", default=None,
                    help="keep N weights in the cross-validation relation models (size curve)")
    ap.add_argument("--min-precision", default=None,
                    help="the precision the cross-validation relation models' threshold must "
                         "reach on their own held-out facts (train's --min-precision)")
    ap.add_argument("--max-weights", default=None,
                    help="prune the cross-validation name models to N weights (size curve)")
    ap.add_argument("--seed", default=None,
                    help="train the cross-validation name models from this seed: run a change "
                         "under two or three seeds to tell its effect from training noise")
    args = ap.parse_args()
    shared, binary = args.shared, args.binary
    model = ["--model", args.model] if args.model else []
    relations = ["--relations", args.relations] if args.relations else []
    model += relations
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix="run-", dir=args.keep)
    else:
        tmp = tempfile.mkdtemp(prefix="sidelight-eval-")

    train_files = sorted(glob.glob(f"{shared}/eval/train/*.json"))
    train_docs = [json.load(open(f)) for f in train_files]
    dev_docs = [json.load(open(f)) for f in sorted(glob.glob(f"{shared}/eval/dev/*.json"))]
    dev_docs.append(json.load(open(f"{shared}/eval/seed.json")))
    write_jsonl(f"{tmp}/dev.jsonl", dev_docs)
    exhaustive = [d for f, d in zip(train_files, train_docs) if int(os.path.basename(f)[6:8]) >= 37]
    write_jsonl(f"{tmp}/train.jsonl", train_docs)
    write_jsonl(f"{tmp}/train-37-66.jsonl", exhaustive)

    rows = []  # (section, label, result)

    def annotate(inp, out, *options):
        run([binary, "annotate", "--jsonl", inp, *options], out)

    # Cross-validation over the training articles: fold k (article n with n % folds == k)
    # is annotated by a model trained without it.
    if args.folds > 1:
        preds, gold_preds = [], []
        for k in range(args.folds):
            held = [f for i, f in enumerate(train_files) if i % args.folds == k]
            kept_dir = f"{tmp}/fold-{k}-train"
            os.makedirs(kept_dir)
            for i, f in enumerate(train_files):
                if i % args.folds != k:
                    os.symlink(os.path.abspath(f), f"{kept_dir}/{os.path.basename(f)}")
            fold_model = f"{tmp}/fold-{k}.bin"
            fold_rel = f"{tmp}/fold-{k}-relations.bin"
            train = [a.format(shared=shared) for a in TRAIN]
            if args.max_weights:
                train[train.index("--max-weights") + 1] = args.max_weights
            if args.seed:
                train += ["--seed", args.seed]
            names = [] if args.only else ["--out", fold_model] + train
            rel_train = [a.format(shared=shared) for a in TRAIN_RELATIONS]
            if args.relation_weights:
                rel_train[rel_train.index("--relation-weights") + 1] = args.relation_weights
            if args.min_precision:
                rel_train += ["--min-precision", args.min_precision]
            rel = [] if args.relations else ["--relations-out", fold_rel] + rel_train
            if names or rel:
                run([binary, "train", "--articles", kept_dir] + names + rel)
            fold_relations = relations or ["--relations", fold_rel]
            write_jsonl(f"{tmp}/fold-{k}.jsonl", [json.load(open(f)) for f in held])
            annotate(f"{tmp}/fold-{k}.jsonl", f"{tmp}/fold-{k}.pred.jsonl", *([] if args.only else ["--model", fold_model]), *fold_relations)
            annotate(f"{tmp}/fold-{k}.jsonl", f"{tmp}/fold-{k}.gold.jsonl", "--gold-entities", *fold_relations)
            preds += [json.loads(l) for l in open(f"{tmp}/fold-{k}.pred.jsonl")]
            gold_preds += [json.loads(l) for l in open(f"{tmp}/fold-{k}.gold.jsonl")]
        write_jsonl(f"{tmp}/cv.pred.jsonl", preds)
        write_jsonl(f"{tmp}/cv.gold.jsonl", gold_preds)
        cv = score(shared, f"{tmp}/train.jsonl", f"{tmp}/cv.pred.jsonl")
        cv_names = score(shared, f"{tmp}/train.jsonl", f"{tmp}/cv.pred.jsonl", "--types", NAME_TYPES)
        cv_ex = score(shared, f"{tmp}/train-37-66.jsonl", f"{tmp}/cv.pred.jsonl")
        cv_gold = score(shared, f"{tmp}/train.jsonl", f"{tmp}/cv.gold.jsonl")
        cv_gold_ex = score(shared, f"{tmp}/train-37-66.jsonl", f"{tmp}/cv.gold.jsonl")
        if not args.only:
            rows += [
                ("mentions", f"train (66), {args.folds}-fold CV, typed", cv["mentions"]["typed"]),
                ("mentions", f"train (66), {args.folds}-fold CV, 8 name types", cv_names["mentions"]["typed"]),
            ]
        rows += [
            ("relations", f"train (66) CV, engine entities", cv["relations"]),
            ("relations", f"train 37-66 CV, engine entities", cv_ex["relations"]),
            ("relations", f"train (66) CV, gold entities", cv_gold["relations"]),
            ("relations", f"train 37-66 CV, gold entities", cv_gold_ex["relations"]),
        ]

    annotate(f"{tmp}/dev.jsonl", f"{tmp}/dev.pred.jsonl", *model)
    annotate(f"{tmp}/dev.jsonl", f"{tmp}/dev.gold.jsonl", "--gold-entities", *relations)
    dev = score(shared, f"{tmp}/dev.jsonl", f"{tmp}/dev.pred.jsonl")
    dev_names = score(shared, f"{tmp}/dev.jsonl", f"{tmp}/dev.pred.jsonl", "--types", NAME_TYPES)
    dev_gold = score(shared, f"{tmp}/dev.jsonl", f"{tmp}/dev.gold.jsonl")
    if not args.only:
        rows += [
            ("mentions", "dev+seed, typed", dev["mentions"]["typed"]),
            ("mentions", "dev+seed, 8 name types", dev_names["mentions"]["typed"]),
        ]
    rows += [
        ("relations", "dev+seed, engine entities", dev["relations"]),
        ("relations", "dev+seed, gold entities", dev_gold["relations"]),
    ]

    # Public corpora, coarse types, the types each annotates.
    with open(f"{shared}/data/redocred/dev.jsonl") as fh, open(f"{tmp}/redocred-251.jsonl", "w") as out:
        for i, line in enumerate(fh):
            if i >= 250:
                out.write(line)
    corpora = [
        ("CoNLL-2003 dev", f"{shared}/data/conll2003/dev.jsonl"),
        ("GUM dev", f"{shared}/data/gum/dev.jsonl"),
        ("Re-DocRED dev 251-500", f"{tmp}/redocred-251.jsonl"),
        ("CrossRE news dev", f"{shared}/data/crossre/news-dev.jsonl"),
        ("CrossRE politics dev", f"{shared}/data/crossre/politics-dev.jsonl"),
    ]
    slug = lambda label: "".join(c if c.isalnum() else "-" for c in label.lower())
    for label, path in corpora if not args.only else []:
        pred = f"{tmp}/{slug(label)}.pred.jsonl"
        annotate(path, pred, *model)
        rows.append(("mentions", f"{label}, coarse", score(shared, path, pred, "--coarse-only", "--types", "gold")["mentions"]["coarse"]))

    # Relations with gold entities on the public corpora: recall is what they measure.
    for label, path, types in [
        ("Re-DocRED dev 251-500 (5 types)", f"{tmp}/redocred-251.jsonl", None),
        ("CrossRE news dev", f"{shared}/data/crossre/news-dev.jsonl", ["EMPLOYED_BY", "LOCATED_IN"]),
        ("CrossRE politics dev", f"{shared}/data/crossre/politics-dev.jsonl", ["EMPLOYED_BY", "LOCATED_IN"]),
    ]:
        pred = f"{tmp}/{slug(label)}.gold-rel.jsonl"
        annotate(path, pred, "--gold-entities", *relations)
        s = score(shared, path, pred)
        per = s["per_relation_type"]
        wanted = types or sorted(per)
        agg = {k: sum(per[t][k] for t in wanted if t in per) for k in ("gold", "pred", "tp")}
        p = agg["tp"] / agg["pred"] if agg["pred"] else 0.0
        r = agg["tp"] / agg["gold"] if agg["gold"] else 0.0
        agg.update(precision=p, recall=r, f1=2 * p * r / (p + r) if p + r else 0.0)
        rows.append(("relations", f"{label}, gold entities" + (f" ({', '.join(types)})" if types else ""), agg))

    if args.keep:
        # The newest run's files under fixed names, for scripts/mention_errors.py.
        for name in ("train.jsonl", "train-37-66.jsonl", "cv.pred.jsonl", "cv.gold.jsonl", "dev.jsonl", "dev.pred.jsonl"):
            if os.path.exists(f"{tmp}/{name}"):
                os.replace(f"{tmp}/{name}", f"{args.keep}/{name}")
    for section in ("mentions", "relations"):
        print(f"{section + ' (F1)':<52} {'gold':>6} {'pred':>6} {'tp':>6} {'P':>6} {'R':>6} {'F1':>6}")
        for sec, label, r in rows:
            if sec == section:
                print(f"  {label:<50} {r['gold']:>6} {r['pred']:>6} {r['tp']:>6} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}")
        print()


if __name__ == "__main__":
    main()
