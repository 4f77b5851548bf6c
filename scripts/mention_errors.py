"""Mention errors of a system output against gold, grouped so that classes of errors show.

usage: python3 scripts/mention_errors.py GOLD PRED [--types LIST] [--context N] [--limit N]
  GOLD, PRED  a directory of *.json, a .jsonl or a .json (FORMAT.md); documents pair by id.
  --types     only these gold/predicted types (comma-separated, e.g. PERSON,ORG)
  --context   characters of text shown on each side of an error (default 40)
  --limit     examples shown per group (default 12; 0 shows all)

Groups, largest first:
  TYPE gold -> pred   the span is right, the type wrong
  SPLIT / JOIN / EDGE the span overlaps gold spans but is cut otherwise (one gold span read as
                      several, several as one, or an edge off), with the types involved
  FP type             a predicted span that overlaps no gold span
  FN type             a gold span that overlaps no predicted span
`scripts/eval-all.sh --keep DIR` keeps the cross-validated predictions (DIR/cv.pred.jsonl)
and the gold they are scored against (DIR/train.jsonl).
"""
import argparse
import collections
import glob
import json
import os


def load(path):
    if os.path.isdir(path):
        docs = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(path, "*.json")))]
    elif path.endswith(".jsonl"):
        docs = [json.loads(l) for l in open(path) if l.strip()]
    else:
        docs = [json.load(open(path))]
    return {d["id"]: d for d in docs}


def spans(doc, types):
    out = []
    for e in doc.get("entities", []):
        if types and e["type"] not in types:
            continue
        for m in e["mentions"]:
            out.append((m["start"], m["end"], e["type"]))
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--types", default="")
    ap.add_argument("--context", type=int, default=40)
    ap.add_argument("--limit", type=int, default=12)
    a = ap.parse_args()
    types = set(t for t in a.types.split(",") if t)
    gold, pred = load(a.gold), load(a.pred)
    groups = collections.defaultdict(list)
    for did, g in gold.items():
        text = g["text"]
        p = pred.get(did, {"entities": []})
        gs, ps = spans(g, types), spans(p, types)
        gset, pset = set(gs), set(ps)

        def show(s, t):
            left = text[max(0, s - a.context):s].replace("\n", " / ")
            right = text[t:t + a.context].replace("\n", " / ")
            return f"{did}: {left}[{text[s:t]}]{right}"

        seen_g = set()
        for (s, t, ty) in ps:
            if (s, t, ty) in gset:
                continue
            over = [x for x in gs if x[0] < t and s < x[1]]
            if not over:
                groups[f"FP {ty}"].append(show(s, t))
                continue
            same = [x for x in over if (x[0], x[1]) == (s, t)]
            if same:
                groups[f"TYPE {same[0][2]} -> {ty}"].append(show(s, t))
                seen_g.add(same[0])
                continue
            for x in over:
                seen_g.add(x)
            if len(over) > 1:
                kind = "JOIN " + "+".join(x[2] for x in over) + f" -> {ty}"
            else:
                x = over[0]
                inside = x[0] <= s and t <= x[1]
                kind = ("SPLIT " if inside else "EDGE ") + f"{x[2]} -> {ty}"
            groups[kind].append(show(s, t) + f"   (gold: {' | '.join(text[x[0]:x[1]] for x in over)})")
        for x in gs:
            if x in pset or x in seen_g:
                continue
            if any(y[0] < x[1] and x[0] < y[1] for y in ps):
                continue
            groups[f"FN {x[2]}"].append(show(x[0], x[1]))
    total = sum(len(v) for v in groups.values())
    print(f"{total} errors in {len(groups)} groups")
    for kind, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {kind}: {len(items)}")
        for line in items[: a.limit or None]:
            print("  " + line)


if __name__ == "__main__":
    main()
