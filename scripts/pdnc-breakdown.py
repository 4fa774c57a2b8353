#!/usr/bin/env python3
"""Speaker accuracy on PDNC-style gold, per novel and per quote type.

Usage:
    python3 scripts/pdnc-breakdown.py [GOLD.jsonl [PRED.jsonl]]

Defaults: ../shared/corpus/pdnc-dev.gold.jsonl and
target/eval/pdnc-dev.pred.jsonl (as scripts/eval.sh leaves them). Quotes
are matched and speakers judged exactly as ../shared/eval/score.py does
(it is imported, not copied): a gold quote counts when a prediction
matches it, and is right when the predicted speaker is the same person.
"""
import os
import sys
from collections import defaultdict

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(root, "..", "shared", "eval"))
import score  # noqa: E402  (the shared scorer)


def judged(gold, pred):
    """(novel, quote type, right, given) for every matched, judged gold quote."""
    for doc_id, g in gold.items():
        text = g["text"].encode("utf-8")
        gq = g.get("quotes", [])
        pq = [q for q in pred.get(doc_id, {}).get("quotes", [])
              if str(q.get("kind", "")).lower() != "term"]
        pq = [q for q in pq if not score.nested(q, pq)]
        gs = [score.trimmed(text, q["start"], q["end"]) for q in gq]
        ps = [score.trimmed(text, q["start"], q["end"]) for q in pq]
        pairs = sorted(((score.iou(a, b), i, j) for i, a in enumerate(gs)
                        for j, b in enumerate(ps)), reverse=True)
        used_g, used_p = set(), set()
        for v, i, j in pairs:
            if v < 0.5 or i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            gold_q, pred_q = gq[i], pq[j]
            if "unresolved" in gold_q:
                continue
            names = ([gold_q["speaker"]] + gold_q.get("aliases", [])
                     if gold_q.get("speaker") else [])
            got = pred_q.get("speaker")
            ok = bool(got) and score.same_person(got, names) if names else not got
            yield g.get("novel", "?"), gold_q.get("quote_type") or "?", ok, bool(got)


def main():
    args = sys.argv[1:]
    gold_path = args[0] if args else os.path.join(root, "..", "shared", "corpus", "pdnc-dev.gold.jsonl")
    pred_path = args[1] if len(args) > 1 else os.path.join(root, "target", "eval", "pdnc-dev.pred.jsonl")
    rows = list(judged(score.load(gold_path), score.load(pred_path)))
    for title, key in (("novel", 0), ("quote type", 1)):
        tally = defaultdict(lambda: [0, 0, 0, 0])  # n, right, given, given right
        for r in rows:
            for k in (r[key], "all"):
                t = tally[k]
                t[0] += 1
                t[1] += r[2]
                t[2] += r[3]
                t[3] += r[2] and r[3]
        print(f"{title:<24} {'n':>6} {'acc':>6} {'prec':>6} {'given':>6}")
        for k in sorted(tally, key=lambda k: (k == "all", k)):
            n, ok, given, given_ok = tally[k]
            print(f"{k:<24} {n:>6} {ok / n:>6.3f} {given_ok / max(given, 1):>6.3f} {given / n:>6.3f}")
        print()


if __name__ == "__main__":
    main()
