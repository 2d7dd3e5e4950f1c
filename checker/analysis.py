"""The per-text working state every matcher and detector reads: one tokenisation per text.

`Analysis` holds the normalised text, the spaCy Doc made from it, and per-token data as
plain parallel lists. Only what every text needs (token offsets, folded forms) is computed
up front, from whole-string operations; the rest (lemmas, leetspeak keys, sentence numbers)
is computed on first use, because most texts never need it beyond a few tokens.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SENT_START
from spacy.tokens import Doc

from .nlp import compound_lemma
from .normalize import LEET_SIGNS, Normalized, fold, fold_keep_length, leet

_DOT = re.compile(r"\.")


def _abbreviation_cut(text: str, s: int, e: int) -> int:
    """Characters to drop from a token the Swedish tokenizer kept with its full stop.

    spaCy's Swedish exceptions keep abbreviations such as "lat." (latin) or "st." whole, so
    a sentence ending in "… är lat." yields the token "lat.". The word is "lat".
    """
    return 1 if e - s > 2 and text[e - 1] == "." and text[s:e - 1].isalpha() else 0


def _stretched(ft: str) -> numpy.ndarray:
    """Offsets of the characters `_STRETCH` matches in `ft` (runs of one character, three or
    more, not line breaks), as array comparisons of the text with itself shifted: the
    backreference pattern, tried at every position, cost ~50 µs per 2,000 characters."""
    if len(ft) < 3:
        return numpy.zeros(0, dtype=numpy.intp)
    c = numpy.frombuffer(ft.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    first = numpy.flatnonzero((c[:-2] == c[1:-1]) & (c[1:-1] == c[2:]) & (c[:-2] != 10))   # ("." is no "\n")
    return numpy.unique(numpy.concatenate((first, first + 1, first + 2))) if len(first) else first


def _refold(folds: list[str], starts: list[int], stretched: numpy.ndarray) -> list[str]:
    """`fold()` of every token longer than two characters, for a text with a stretched
    letter somewhere ("laaaat", but also "www", "000" or "..."), calling `fold` only where it
    can change the token: tokens that overlap a stretch, and non-ASCII ones ("ß" → "ss").
    An ASCII token is already lower case, and folding changes it only by shrinking a run.
    """
    touched = set((numpy.searchsorted(starts, stretched, side="right") - 1).tolist())
    return [fold(f) if len(f) > 2 and (i in touched or not f.isascii()) else f for i, f in enumerate(folds)]


class Analysis:
    """Read-only view of one text; detectors may memoise per-text work in `cache`."""

    def __init__(self, norm: Normalized, doc: Doc, subject_names: frozenset[str], lemma_table) -> None:
        self.norm = norm
        self.doc = doc
        self.subject_names = subject_names  # folded
        self.cache: dict = {}
        self._lemma_table = lemma_table
        text = norm.text
        if len(doc):
            arr = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT]).astype(numpy.int64)
        else:
            arr = numpy.zeros((0, 4), dtype=numpy.int64)
        self.starts: list[int] = arr[:, 0].tolist()
        ends_a = arr[:, 0] + arr[:, 1]
        ends = ends_a.tolist()
        if "." in text:   # tokens kept with their full stop ("lat."): only those ending in one
            after_dot = numpy.zeros(len(text) + 1, dtype=bool)
            after_dot[[m.end() for m in _DOT.finditer(text)]] = True
            for i in numpy.flatnonzero(after_dot[ends_a] & (arr[:, 1] > 2)).tolist():
                ends[i] -= _abbreviation_cut(text, self.starts[i], ends[i])
        self.ends: list[int] = ends
        self.is_word: list[bool] = ((arr[:, 2] == 0) & (arr[:, 3] == 0)).tolist()
        ft = self.fold_text = fold_keep_length(text)
        # Folded form per token (lower case, no diacritics). Stretched letters ("laaaat")
        # are shrunk only where they occur, which is rare.
        folds = [ft[s:e] for s, e in zip(self.starts, ends)]
        stretched = _stretched(ft)
        if len(stretched) or "ß" in ft:   # ("ß" is the one letter the 1:1 fold keeps that `fold` changes)
            folds = _refold(folds, arr[:, 0], stretched)
        self.fold: list[str] = folds

    @property
    def text(self) -> str:
        return self.norm.text

    @cached_property
    def subject_forms(self) -> frozenset[str]:
        """What `@namn` matches: the student's folded names and their genitives ("stellas",
        "ali:s"); "vi pratade om Stellas ångest" is about Stella as much as "om Stella"."""
        names = self.subject_names
        return names | {n + "s" for n in names if len(n) > 1} | {n + ":s" for n in names if n}

    @cached_property
    def lower(self) -> list[str]:
        t = self.norm.text
        return [t[s:e].lower() for s, e in zip(self.starts, self.ends)]

    @cached_property
    def lemma(self) -> list[str]:
        get = self._lemma_table.get
        return [lem if (lem := get(w)) is not None else compound_lemma(w) for w in self.lower]

    @cached_property
    def lemma_fold(self) -> list[str]:
        return [f if lem == low else fold(lem) for f, lem, low in zip(self.fold, self.lemma, self.lower)]

    @cached_property
    def leet(self) -> list[str | None]:
        if not any(c in self.norm.text for c in LEET_SIGNS):   # no token can have a key (lower() keeps them)
            return [None] * len(self.fold)
        return [self.leet_at(i) for i in range(len(self.fold))]

    @cached_property
    def has_leet(self) -> bool:
        """Whether any token mixes letters with look-alike digits or signs."""
        return any(self.leet)

    def leet_at(self, i: int) -> str | None:
        """The leetspeak key of token i ("id1ot" → "idiot"), or None for ordinary words."""
        f = self.fold[i]
        if f.isalpha() or not self.is_word[i]:
            return None
        return leet(self.lower[i])

    @cached_property
    def _sentences(self) -> tuple[list[int], list[tuple[int, int]]]:
        n = len(self.doc)
        if not n:
            return [], []
        flags = self.doc.to_array([SENT_START]).tolist()
        sent: list[int] = []
        bounds: list[tuple[int, int]] = []
        s = -1
        start = 0
        for i, flag in enumerate(flags):
            if i == 0 or flag == 1:
                if i > 0:
                    bounds.append((start, i))
                start = i
                s += 1
            sent.append(s)
        bounds.append((start, n))
        return sent, bounds

    @cached_property
    def sent(self) -> list[int]:
        """Sentence number per token."""
        return self._sentences[0]

    @cached_property
    def sent_bounds(self) -> list[tuple[int, int]]:
        """Token index range [a, b) per sentence."""
        return self._sentences[1]

    def token_at(self, char: int) -> int:
        """Index of the token that contains (or precedes) a character offset in norm."""
        return max(0, bisect_right(self.starts, char) - 1)
