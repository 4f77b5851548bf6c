"""Relation errors of a system output against gold, grouped so that classes of errors show.

usage: python3 scripts/relation_errors.py GOLD PRED [--types LIST] [--limit N] [--kind FN|FP]
  GOLD, PRED  a directory of *.json, a .jsonl or a .json (FORMAT.md); documents pair by id.
  --types     only these relation types (comma-separated, e.g. PARTNER_OF,INVESTED_IN)
  --limit     examples shown per group (default 8; 0 shows all)
  --kind      only missed facts (FN) or only wrong ones (FP)

Predicted entities are aligned to gold ones as the scorer does (most shared exact mention
spans). Each missed gold fact (FN) is put in one group by why it could be missed:
  FN type, no-entity      an argument has no predicted entity aligned to it
  FN type, no-sentence    no sentence holds a mention of both arguments (the fact is stated
                          through a pronoun or a description, or across sentences)
  FN type, same-sentence  some sentence names both, and no fact was reported
  FN type, other-type     the pair has a predicted fact, of another type
Each wrong predicted fact (FP):
  FP type, unaligned      an argument aligns to no gold entity (an entity error)
  FP type, other-type     gold links the pair by another type
  FP type, reversed       gold has the fact the other way round
  FP type, none           gold links the pair by nothing
`scripts/eval-all.sh --keep DIR` keeps the cross-validated predictions (DIR/cv.pred.jsonl
with the engine's entities, DIR/cv.gold.jsonl with gold entities) and the gold they are
scored against (DIR/train.jsonl, DIR/train-37-66.jsonl).
"""
import argparse
import collections
import re

from mention_errors import load

SYMMETRIC = {"PARTNER_OF", "COMPETITOR_OF"}


def align(pred_doc, gold_doc):
    """Predicted entity id -> gold entity id (or None), as the scorer aligns them."""
    gold = []
    for k, e in enumerate(gold_doc.get("entities", [])):
        spans = {(m["start"], m["end"]) for m in e["mentions"]}
        gold.append((e["id"], spans, min(spans) if spans else (1 << 62, 0), k))
    out = {}
    for e in pred_doc.get("entities", []):
        ps = {(m["start"], m["end"]) for m in e["mentions"]}
        best, best_key = None, None
        for gid, gs, first, k in gold:
            shared = len(ps & gs)
            if shared:
                key = (-shared, -shared / len(gs), first, k)
                if best_key is None or key < best_key:
                    best, best_key = gid, key
        out[e["id"]] = best
    return out


def key(ty, h, t):
    return (ty, t, h) if ty in SYMMETRIC and t < h else (ty, h, t)


def sentences(text):
    """Rough sentence spans (code points), enough to ask whether two mentions share one."""
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?])[\"”’)]?\s+|\n+", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--types", default="")
    ap.add_argument("--limit", type=int, default=8)
    ap.add_argument("--kind", choices=["FN", "FP"], default=None)
    args = ap.parse_args()
    wanted = set(filter(None, args.types.split(",")))
    gold_docs, pred_docs = load(args.gold), load(args.pred)
    groups = collections.defaultdict(list)
    for did, g in gold_docs.items():
        p = pred_docs.get(did, {"entities": [], "relations": []})
        text = g["text"]
        gname = {e["id"]: e["mentions"][0]["text"] if e["mentions"] and "text" in e["mentions"][0]
                 else text[e["mentions"][0]["start"]:e["mentions"][0]["end"]] for e in g["entities"] if e["mentions"]}
        pname = {e["id"]: text[e["mentions"][0]["start"]:e["mentions"][0]["end"]]
                 for e in p.get("entities", []) if e["mentions"]}
        a = align(p, g)
        covered = set(a.values())
        gmentions = {e["id"]: [(m["start"], m["end"]) for m in e["mentions"]] for e in g["entities"]}
        sents = sentences(text)

        def sentence_ids(eid):
            return {i for s, t in gmentions.get(eid, []) for i, (a0, a1) in enumerate(sents) if a0 <= s < a1}

        gold_keys = {key(r["type"], r["head"], r["tail"]): r for r in g.get("relations", [])}
        gold_pairs = collections.defaultdict(set)
        for (ty, h, t) in gold_keys:
            gold_pairs[frozenset((h, t))].add((ty, h, t))
        pred_keys = {}
        for r in p.get("relations", []):
            h, t = a.get(r["head"]), a.get(r["tail"])
            k = key(r["type"], h if h else "?" + r["head"], t if t else "?" + r["tail"])
            pred_keys.setdefault(k, r)
        pred_pairs = collections.defaultdict(set)
        for (ty, h, t) in pred_keys:
            pred_pairs[frozenset((h, t))].add(ty)
        for k, r in gold_keys.items():
            ty, h, t = k
            if (wanted and ty not in wanted) or k in pred_keys or args.kind == "FP":
                continue
            if h not in covered or t not in covered:
                why = "no-entity"
            elif pred_pairs.get(frozenset((h, t))):
                why = "other-type"
            elif not sentence_ids(h) & sentence_ids(t):
                why = "no-sentence"
            else:
                why = "same-sentence"
            groups[f"FN {ty}, {why}"].append(
                f"{did}: {gname.get(h, h)} -> {gname.get(t, t)} | {(r.get('evidence') or '')[:200]}")
        for k, r in pred_keys.items():
            ty, h, t = k
            if (wanted and ty not in wanted) or k in gold_keys or args.kind == "FN":
                continue
            if h.startswith("?") or t.startswith("?"):
                why = "unaligned"
            elif gold_pairs.get(frozenset((h, t))):
                why = "reversed" if (ty, t, h) in gold_keys else "other-type"
            else:
                why = "none"
            groups[f"FP {ty}, {why}"].append(
                f"{did}: {pname.get(r['head'], r['head'])} -> {pname.get(r['tail'], r['tail'])} | {(r.get('evidence') or '')[:200]}")
    for name, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"{name}: {len(items)}")
        for line in items[: args.limit or None]:
            # The group's kind and type on each line, so that two runs' lines can be diffed.
            print("   ", name.split(",")[0], line)


if __name__ == "__main__":
    main()
