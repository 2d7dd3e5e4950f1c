"""Evaluate the checker on a labelled corpus: precision, recall and F1 per category.

Corpus items are JSON lines: {"id", "text", "labels": [{"category", "start", "end"}],
"subject_names": [...]} (other keys are kept as metadata). Two levels are measured:

- item level: is the item flagged for the category at all (what a teacher notices);
- span level: does a finding overlap a labelled span of the same category.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .engine import Checker
from .models import CATEGORIES, Category


class Label(BaseModel):
    model_config = ConfigDict(extra="allow")
    category: Category
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Item(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    text: str
    labels: list[Label] = Field(default_factory=list)
    subject_names: list[str] = Field(default_factory=list)


class CorpusError(ValueError):
    pass


def read_corpus(path: Path, seen: set[str] | None = None) -> list[Item]:
    """Read one JSONL corpus file. `seen`: ids already read from other files (ids must be
    unique across everything evaluated together); it is updated."""
    items: list[Item] = []
    seen = set() if seen is None else seen
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: kan inte läsas: {exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = Item.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise CorpusError(f"{path}:{n}: ogiltig post: {str(exc).splitlines()[0]}") from None
        for lab in item.labels:
            if not (0 <= lab.start < lab.end <= len(item.text)):
                raise CorpusError(f"{path}:{n}: etiketten {lab.start}-{lab.end} ligger utanför texten ({item.id})")
        if item.id in seen:
            raise CorpusError(f"{path}:{n}: id {item.id!r} finns redan")
        seen.add(item.id)
        items.append(item)
    return items


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    # At span level one finding may cover two labels or the reverse, so the predictions that
    # hit (for precision) are counted apart from the labels that were found (tp, for recall).
    tp_pred: int | None = None

    @property
    def precision(self) -> float:
        hit = self.tp if self.tp_pred is None else self.tp_pred
        return hit / (hit + self.fp) if hit + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Miss:
    id: str
    category: str
    kind: str  # "false_positive" | "false_negative"
    quotes: list[str] = field(default_factory=list)
    rule_ids: list[str] = field(default_factory=list)


@dataclass
class EvalResult:
    items: int
    item_level: dict[str, Counts]
    span_level: dict[str, Counts]
    misses: list[Miss]

    def as_dict(self) -> dict:
        return {
            "items": self.items,
            "item_level": {c: v.as_dict() for c, v in self.item_level.items()},
            "span_level": {c: v.as_dict() for c, v in self.span_level.items()},
            "misses": [m.__dict__ for m in self.misses],
        }


def evaluate(checker: Checker, items: Iterable[Item]) -> EvalResult:
    item_level = {c: Counts() for c in CATEGORIES}
    span_level = {c: Counts(tp_pred=0) for c in CATEGORIES}
    misses: list[Miss] = []
    n = 0
    for item in items:
        n += 1
        report = checker.check(item.text, subject_names=item.subject_names)
        for cat in CATEGORIES:
            gold = [(l.start, l.end) for l in item.labels if l.category == cat]
            pred = [f for f in report.findings if f.category == cat]
            if gold and pred:
                item_level[cat].tp += 1
            elif pred:
                item_level[cat].fp += 1
                misses.append(Miss(item.id, cat, "false_positive", [f.quote for f in pred], [f.rule_id for f in pred]))
            elif gold:
                item_level[cat].fn += 1
                misses.append(Miss(item.id, cat, "false_negative", [item.text[s:e] for s, e in gold]))
            sl = span_level[cat]
            for f in pred:
                if any(f.start < e and s < f.end for s, e in gold):
                    sl.tp_pred += 1
                else:
                    sl.fp += 1
            for s, e in gold:
                if any(f.start < e and s < f.end for f in pred):
                    sl.tp += 1
                else:
                    sl.fn += 1
    return EvalResult(n, item_level, span_level, misses)
