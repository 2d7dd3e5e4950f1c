"""Item-level agreement between the original labels (O) and two blind annotators (A, B).

usage (from the repository root):
    python corpora/annotations/agree.py test holdout holdout2 holdout3

Reads corpora/SPLIT/*.jsonl (O, the writers' labels) and corpora/annotations/SPLIT-{A,B}.jsonl
(two blind annotators); writes the majority-of-three labels to OUTDIR/SPLIT-M.jsonl
(OUTDIR: $AGREE_OUT or /tmp) for `skrivvakt eval`; prints P/R/F1 and Cohen's kappa per pair
and category. "A vs O" = A's labels scored against O's. Protocol and results:
docs/evaluation.md, "How reliable are the labels?".
"""
import collections, glob, json, os, sys

OUT = os.environ.get("AGREE_OUT", "/tmp")
CATS = ["person_judgment", "offensive", "attendance", "grade", "identifier", "sensitive"]

def load(path):
    return {d["id"]: d for d in map(json.loads, open(path, encoding="utf-8"))}

def cats(item):
    return {l["category"] for l in item["labels"]}

def score(ref, pred, ids):
    out = {}
    for c in CATS:
        tp = fp = fn = tn = 0
        for i in ids:
            r, p = c in ref[i], c in pred[i]
            tp += r and p; fp += p and not r; fn += r and not p; tn += not r and not p
        n = tp + fp + fn + tn
        P = tp / (tp + fp) if tp + fp else 1.0
        R = tp / (tp + fn) if tp + fn else 1.0
        F = 2 * P * R / (P + R) if P + R else 0.0
        po = (tp + tn) / n
        pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / n / n
        k = (po - pe) / (1 - pe) if pe < 1 else 1.0
        out[c] = dict(tp=tp, fp=fp, fn=fn, P=P, R=R, F1=F, kappa=k)
    return out

def main(splits):
    allrows = collections.defaultdict(dict)
    pooled = {s: {} for s in "OAB"}
    for split in splits:
        O = {}
        for f in sorted(glob.glob(f"corpora/{split}/*.jsonl")):
            O.update(load(f))
        A = load(f"corpora/annotations/{split}-A.jsonl")
        B = load(f"corpora/annotations/{split}-B.jsonl")
        assert set(O) == set(A) == set(B), split
        sets = {"O": {i: cats(O[i]) for i in O}, "A": {i: cats(A[i]) for i in O},
                "B": {i: cats(B[i]) for i in O}}
        for s in "OAB":
            pooled[s].update({(split, i): v for i, v in sets[s].items()})
        with open(os.path.join(OUT, f"{split}-M.jsonl"), "w", encoding="utf-8") as out:
            for i, item in O.items():
                labels = []
                for c in CATS:
                    votes = [s for s in "OAB" if c in sets[s][i]]
                    if len(votes) >= 2:
                        src = O if "O" in votes else A
                        labels += [l for l in src[i]["labels"] if l["category"] == c]
                out.write(json.dumps({**item, "labels": labels}, ensure_ascii=False) + "\n")
        for ref, pred in [("O", "A"), ("O", "B"), ("A", "B")]:
            allrows[split][f"{pred} vs {ref}"] = score(sets[ref], sets[pred], list(O))
    ids = list(pooled["O"])
    for ref, pred in [("O", "A"), ("O", "B"), ("A", "B")]:
        allrows["pooled"][f"{pred} vs {ref}"] = score(pooled[ref], pooled[pred], ids)
    for split, rows in allrows.items():
        print(f"## {split}")
        for name, sc in rows.items():
            print(f"  {name}")
            for c, v in sc.items():
                print(f"    {c:16} {v['tp']:4d} {v['fp']:3d} {v['fn']:3d}  P {v['P']:.3f} R {v['R']:.3f} F1 {v['F1']:.3f} kappa {v['kappa']:.3f}")

main(sys.argv[1:])
