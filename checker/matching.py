"""Lexicon and phrase matching over an Analysis — the one mechanism behind `words`,
`phrases`, exception cues and context lists.

An entry is a word or a phrase. Each word of it is a Term:
    ord     the word form or its lemma equals `ord`
    ord*    the word begins with `ord`   (stems and compounds: "frånvaro*" → "frånvarotimmar")
    *ord    the word ends with `ord`, also before an inflection ending ("*clown" → "klassclownen")
    *ord*   `ord` occurs inside the word
    ...     up to three other words (a gap, within the sentence)
    @namn   a name of the student the text is about (`subject_names`), e.g. the cue
            "@namn är" before an evaluative word
Matching is case-insensitive. Diacritics are asymmetric: a word written *without* å/ä/ö
matches an entry with them ("franvaro" → "frånvaro"), but a word written *with* them must
match exactly, so "höra" never matches "hora". Obfuscated words match through their
leetspeak key ("id1ot").
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Generic, Iterator, TypeVar

from .analysis import Analysis
from .normalize import fold, has_diacritics

P = TypeVar("P")

# Inflection endings stripped before a suffix (compound head) comparison, longest first.
INFLECTIONS = ("arnas", "ernas", "ornas", "arna", "erna", "orna", "ens", "ets", "nas",
               "ar", "er", "or", "en", "et", "na", "ns", "a", "e", "n", "s", "t")
GAP_MAX = 3


@dataclass(frozen=True, slots=True)
class Term:
    kind: str  # "exact" | "prefix" | "suffix" | "contains" | "gap"
    key: str   # folded
    form: str  # lower case as written in the rule (with diacritics)


GAP = Term("gap", "", "")
SUBJECT = Term("subject", "", "@namn")


def parse_term(raw: str) -> Term:
    if raw == "...":
        return GAP
    if raw == "@namn":
        return SUBJECT
    low = raw.strip().lower()
    starts, ends = low.startswith("*"), low.endswith("*")
    core = low.strip("*")
    if not core:
        raise ValueError(f"tomt ord i {raw!r}")
    kind = "contains" if starts and ends else "suffix" if starts else "prefix" if ends else "exact"
    return Term(kind, fold(core), core)


def parse_entry(raw: str) -> tuple[Term, ...]:
    """Split an entry on whitespace into terms (phrases are space-separated words).

    Punctuation inside a word ("F-varning", "Ali:s") stays part of that word, matching the
    tokenizer; a phrase cannot start with a gap.
    """
    parts = raw.split()
    if not parts:
        raise ValueError("tom post")
    terms = tuple(parse_term(p) for p in parts)
    if terms[0] is GAP or terms[-1] is GAP:
        raise ValueError(f"{raw!r}: en fras kan inte börja eller sluta med '...'")
    return terms


def _form_ok(term: Term, word: str) -> bool:
    if not has_diacritics(word):
        return True
    if term.kind == "exact":
        return word == term.form
    if term.kind == "prefix":
        return word.startswith(term.form)
    return term.form in word


def _suffix_candidates(fk: str, min_len: int) -> Iterator[str]:
    yield fk
    for ending in INFLECTIONS:
        if fk.endswith(ending) and len(fk) - len(ending) >= min_len:
            yield fk[: -len(ending)]


def term_matches(term: Term, a: Analysis, i: int) -> bool:
    if term is SUBJECT:
        return a.is_word[i] and a.fold[i] in a.subject_names
    if not a.is_word[i]:
        return term.kind == "exact" and a.lower[i] == term.form
    pairs = [(a.lower[i], a.fold[i])]
    if a.lemma[i] != a.lower[i]:
        pairs.append((a.lemma[i], a.lemma_fold[i]))
    if a.leet[i]:
        pairs.append((a.leet[i], a.leet[i]))
    key, kind = term.key, term.kind
    for word, fk in pairs:
        if kind == "exact":
            ok = fk == key
        elif kind == "prefix":
            ok = fk.startswith(key)
        elif kind == "suffix":
            ok = any(c.endswith(key) for c in _suffix_candidates(fk, len(key)))
        else:
            ok = key in fk
        if ok and _form_ok(term, word):
            return True
    return False


def _next_token(a: Analysis, j: int, sent: int) -> int | None:
    n = len(a.lower)
    while j < n and not a.lower[j].strip():
        j += 1
    if j >= n or a.sent[j] != sent:
        return None
    return j


def match_rest(terms: tuple[Term, ...], k: int, a: Analysis, j: int, sent: int) -> int | None:
    """Match terms[k:] from token j onward; return the last matched token index or None."""
    if k == len(terms):
        return j - 1
    term = terms[k]
    if term is GAP:
        pos = j
        for _ in range(GAP_MAX + 1):
            end = match_rest(terms, k + 1, a, pos, sent)
            if end is not None:
                return end
            nxt = _next_token(a, pos, sent)
            if nxt is None:
                return None
            pos = nxt + 1
        return None
    nxt = _next_token(a, j, sent)
    if nxt is None or not term_matches(term, a, nxt):
        return None
    return match_rest(terms, k + 1, a, nxt + 1, sent)


class PhraseIndex(Generic[P]):
    """Many entries, each with a payload; finds all occurrences in one pass over tokens.

    Entries whose first term is exact are found by dictionary lookup on the token's keys;
    prefix and suffix first terms by lookup on each key length; only `*contains*` first
    terms are scanned linearly.
    """

    def __init__(self) -> None:
        self._exact: dict[str, list[tuple[P, tuple[Term, ...]]]] = defaultdict(list)
        self._prefix: dict[int, dict[str, list[tuple[P, tuple[Term, ...]]]]] = defaultdict(lambda: defaultdict(list))
        self._suffix: dict[int, dict[str, list[tuple[P, tuple[Term, ...]]]]] = defaultdict(lambda: defaultdict(list))
        self._contains: list[tuple[P, tuple[Term, ...]]] = []
        self._subject: list[tuple[P, tuple[Term, ...]]] = []
        self.size = 0

    def add(self, payload: P, entry: str | tuple[Term, ...]) -> None:
        terms = parse_entry(entry) if isinstance(entry, str) else entry
        first = terms[0]
        item = (payload, terms)
        if first is SUBJECT:
            self._subject.append(item)
        elif first.kind == "exact":
            self._exact[first.key].append(item)
        elif first.kind == "prefix":
            self._prefix[len(first.key)][first.key].append(item)
        elif first.kind == "suffix":
            self._suffix[len(first.key)][first.key].append(item)
        else:
            self._contains.append(item)
        self.size += 1

    def _candidates(self, a: Analysis, i: int) -> Iterator[tuple[P, tuple[Term, ...]]]:
        keys = {a.fold[i], a.lemma_fold[i]}
        if a.leet[i]:
            keys.add(a.leet[i])
        if not a.is_word[i]:
            keys = {a.lower[i]}
        seen: set[int] = set()
        for fk in keys:
            for item in self._exact.get(fk, ()):
                if id(item) not in seen:
                    seen.add(id(item))
                    yield item
            for length, table in self._prefix.items():
                if len(fk) >= length:
                    for item in table.get(fk[:length], ()):
                        if id(item) not in seen:
                            seen.add(id(item))
                            yield item
            for length, table in self._suffix.items():
                for cand in _suffix_candidates(fk, length):
                    if len(cand) >= length:
                        for item in table.get(cand[-length:], ()):
                            if id(item) not in seen:
                                seen.add(id(item))
                                yield item
        yield from self._contains
        if self._subject and a.fold[i] in a.subject_names:
            yield from self._subject

    def find(self, a: Analysis, lo: int = 0, hi: int | None = None) -> Iterator[tuple[P, int, int]]:
        """Yield (payload, first token, last token) for every match starting in [lo, hi)."""
        hi = len(a.lower) if hi is None else hi
        for i in range(lo, hi):
            if not a.lower[i].strip():
                continue
            for payload, terms in self._candidates(a, i):
                if not term_matches(terms[0], a, i):
                    continue
                end = match_rest(terms, 1, a, i + 1, a.sent[i])
                if end is not None:
                    yield payload, i, end

    def search(self, a: Analysis, lo: int, hi: int) -> bool:
        """True if any entry matches starting within [lo, hi)."""
        return next(self.find(a, max(lo, 0), min(hi, len(a.lower))), None) is not None
