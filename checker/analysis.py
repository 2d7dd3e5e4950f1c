"""The per-text working state every matcher and detector reads: one tokenisation per text.

`Analysis` holds the normalised text, the spaCy Doc made from it, and per-token lookup keys
as plain parallel lists (fast to read in hot loops, no spaCy extension attributes).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .nlp import abbreviation_stem
from .normalize import Normalized, fold, leet


@dataclass(slots=True)
class Analysis:
    norm: Normalized
    doc: Doc
    starts: list[int]          # token start offsets in norm.text
    ends: list[int]            # token end offsets in norm.text
    lower: list[str]
    lemma: list[str]
    fold: list[str]            # folded lower form
    lemma_fold: list[str]
    leet: list[str | None]
    sent: list[int]            # sentence number per token
    sent_bounds: list[tuple[int, int]]  # token index range [a, b) per sentence
    is_word: list[bool]        # not whitespace and not punctuation
    subject_names: frozenset[str] = field(default_factory=frozenset)  # folded
    cache: dict = field(default_factory=dict)  # detectors may memoise per-text work here

    @property
    def text(self) -> str:
        return self.norm.text

    def token_at(self, char: int) -> int:
        """Index of the token that contains (or precedes) a character offset in norm."""
        return max(0, bisect_right(self.starts, char) - 1)

    def sentence_span(self, sent_no: int) -> tuple[int, int]:
        """Character span of a sentence in the normalised text."""
        a, b = self.sent_bounds[sent_no]
        return self.starts[a], self.ends[b - 1]


def analyse(norm: Normalized, doc: Doc, subject_names: frozenset[str]) -> Analysis:
    starts: list[int] = []
    ends: list[int] = []
    lower: list[str] = []
    lemma: list[str] = []
    folds: list[str] = []
    lemma_folds: list[str] = []
    leets: list[str | None] = []
    sent: list[int] = []
    is_word: list[bool] = []
    bounds: list[tuple[int, int]] = []
    s = -1
    sent_start = 0
    for tok in doc:
        if tok.is_sent_start and tok.i > 0:
            bounds.append((sent_start, tok.i))
            sent_start = tok.i
            s += 1
        elif tok.i == 0:
            s = 0
        idx = tok.idx
        text = tok.text
        full = tok.lower_
        low = abbreviation_stem(full)
        starts.append(idx)
        ends.append(idx + len(text) - (len(full) - len(low)))
        lem = tok.lemma_ or low
        lower.append(low)
        lemma.append(lem)
        f = fold(low)
        folds.append(f)
        lemma_folds.append(f if lem == low else fold(lem))
        leets.append(leet(low))
        sent.append(s)
        is_word.append(not (tok.is_space or tok.is_punct))
    if len(doc):
        bounds.append((sent_start, len(doc)))
    return Analysis(norm, doc, starts, ends, lower, lemma, folds, lemma_folds, leets, sent, bounds, is_word, subject_names)
