"""Train the second opinion (checker/second_opinion.py) from the labelled corpus, reproducibly.

    python -m checker.train_second_opinion [CORPUS_DIR_OR_FILE ...] [--out checker/data]

Default corpus: corpora/dev (never the held-out splits). Each sentence of each item (as the
checker segments it) is an example; its categories are those of the labels it overlaps.

Thresholds come from leave-one-file-out cross-validation on the same corpus: for each file,
a model trained on the other files scores the sentences of the rules' findings in that
file. A category's threshold is the largest value in THRESHOLDS that vetoes at most
MAX_LOSS of the items the rules rightly flag (item level) and saves more wrongly flagged
items than it loses rightly flagged ones; a category where no value does both, or that is
not in VETO_CATEGORIES, gets no veto. The table and the chosen thresholds go into the
meta file next to the model.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

import spacy
from spacy.training import Example

from .config import Config
from .engine import Checker
from .evaluate import Item, read_corpus
from .second_opinion import CATEGORIES, DATA, SecondOpinion, new_pipeline, sentence_text, touched

SEED = 0
EPOCHS = 12
BATCH = 32
NGRAM_SIZE = 2
LENGTH = 2**16
THRESHOLDS = (0.005, 0.01, 0.02, 0.03, 0.05)
MAX_LOSS = 0.01
# Categories the veto may act on. The issue keeps a trained component only where it raises
# held-out F1 without lowering precision. Measured over the held-out splits pooled
# (docs/evaluation.md): at 05:38 on 2026-11-30 (test, holdout, holdout2) it did so for
# attendance, grade and sensitive, and cost person_judgment a true finding; at 08:22, after
# retraining on rounds 5-6 (test, holdout, holdout2, holdout3), only for sensitive – for
# attendance it cost one true finding for one false one saved (F1 0.9486 vs 0.9489), and
# grade got no threshold from cross-validation. Offensive never gets one.
VETO_CATEGORIES = ("sensitive",)


def examples(checker: Checker, items: list[Item]) -> list[tuple[str, dict[str, float]]]:
    out = []
    for item in items:
        a = checker.analyse(item.text, item.subject_names)
        for n, (lo, hi) in enumerate(a.sent_bounds):
            text = sentence_text(a, n)
            os, oe = a.norm.to_original(a.starts[lo], a.ends[hi - 1])
            cats = {c: 0.0 for c in CATEGORIES}
            for lab in item.labels:
                if lab.category in cats and lab.start < oe and lab.end > os:
                    cats[lab.category] = 1.0
            out.append((text, cats))
    return out


def train(data: list[tuple[str, dict[str, float]]], seed: int = SEED):
    meta = {"labels": list(CATEGORIES), "ngram_size": NGRAM_SIZE, "length": LENGTH}
    spacy.util.fix_random_seed(seed)
    nlp = new_pipeline(meta)
    exs = [Example.from_dict(nlp.make_doc(t), {"cats": c}) for t, c in data]
    optimizer = nlp.initialize(lambda: exs)
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(exs)
        for i in range(0, len(exs), BATCH):
            nlp.update(exs[i:i + BATCH], sgd=optimizer)
    return nlp, meta


class _Recorder(SecondOpinion):
    """Vetoes nothing; remembers each category's best sentence score in the current text."""

    def __init__(self, nlp) -> None:
        super().__init__(nlp, {c: 1.0 for c in CATEGORIES})
        self.best: dict[str, float] = {}

    def filter(self, a, hits, categories):
        scores = self.sentence_scores(a, hits, categories)
        for h, c in zip(hits, categories):
            if c in self.thresholds:
                self.best[c] = max(self.best.get(c, 0.0), *(scores[s][c] for s in touched(a, h)))
        return list(hits)


def cross_validate(checker: Checker, files: dict[str, list[Item]], log=print) -> dict:
    """Per category and threshold: rightly flagged items lost, wrongly flagged items saved."""
    table = {c: {str(t): {"lost": 0, "saved": 0} for t in THRESHOLDS} | {"tp": 0, "fp": 0} for c in CATEGORIES}
    for name, held in files.items():
        rest = [it for n, its in files.items() if n != name for it in its]
        nlp, _ = train(examples(checker, rest))
        rec = _Recorder(nlp)
        checker.second_opinion = rec
        try:
            for item in held:
                rec.best = {}
                report = checker.check(item.text, subject_names=item.subject_names)
                flagged = {f.category for f in report.findings}
                gold = {lab.category for lab in item.labels}
                for c in CATEGORIES:
                    if c not in flagged:
                        continue
                    row = table[c]
                    row["tp" if c in gold else "fp"] += 1
                    for t in THRESHOLDS:
                        if rec.best.get(c, 1.0) < t:
                            row[str(t)]["lost" if c in gold else "saved"] += 1
        finally:
            checker.second_opinion = None
        log(f"  vikt {name}: {len(held)} poster")
    return table


def choose(table: dict) -> dict[str, float]:
    chosen = {}
    for c in CATEGORIES:
        row = table[c]
        ok = [t for t in THRESHOLDS
              if row[str(t)]["lost"] <= MAX_LOSS * row["tp"] and row[str(t)]["saved"] > row[str(t)]["lost"]]
        chosen[c] = max(ok) if ok and c in VETO_CATEGORIES else 0.0
    return chosen


def _digest(paths: list[Path]) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in paths}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m checker.train_second_opinion", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="*", type=Path, default=[Path("corpora/dev")])
    ap.add_argument("--out", type=Path, default=DATA)
    args = ap.parse_args(argv)
    paths = sorted(p for c in args.corpus for p in ([c] if c.is_file() else c.glob("*.jsonl")))
    if not paths:
        print("inga korpusfiler hittades", file=sys.stderr)
        return 2
    seen: set[str] = set()
    files = {p.name: read_corpus(p, seen) for p in paths}
    checker = Checker(Config(second_opinion=False))
    print(f"korsvalidering över {len(files)} filer …")
    table = cross_validate(checker, files)
    thresholds = choose(table)
    nlp, meta = train(examples(checker, [it for its in files.values() for it in its]))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "second_opinion.bin").write_bytes(nlp.get_pipe("textcat_multilabel").to_bytes())
    meta |= {
        "thresholds": thresholds,
        "cross_validation": table,
        "max_loss": MAX_LOSS,
        "seed": SEED,
        "epochs": EPOCHS,
        "corpus": _digest(paths),
        "spacy": spacy.__version__,
    }
    (args.out / "second_opinion.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for c in CATEGORIES:
        row = table[c]
        t = thresholds[c]
        lost = row[str(t)]["lost"] if t else 0
        saved = row[str(t)]["saved"] if t else 0
        print(f"{c:16} tröskel {t:<6} förlorade {lost}/{row['tp']}  sparade {saved}/{row['fp']}")
    print(f"skrev {args.out / 'second_opinion.bin'} och {args.out / 'second_opinion.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
