"""Lexicon and phrase matching over an Analysis — the one mechanism behind `words`,
`phrases`, exception cues and context lists.

An entry is a word or a phrase. Each word of it is a Term:
    ord     the word form or its lemma equals `ord`
    ord*    the word begins with `ord`   (stems and compounds: "frånvaro*" → "frånvarotimmar")
    *ord    the word ends with `ord`, also before an inflection ending ("*clown" → "klassclownen")
    *ord*   `ord` occurs inside the word
    ...     up to three other words (a gap, within the sentence)
    @namn   a name of the student the text is about (`subject_names`), or its genitive
            ("Stellas", "Ali:s"), e.g. the cue "@namn är" before an evaluative word
Matching is case-insensitive. Diacritics are asymmetric: a word written *without* å/ä/ö
matches an entry with them ("franvaro" → "frånvaro"), but a word written *with* them must
match exactly, so "höra" never matches "hora". Obfuscated words match through their
leetspeak key ("id1ot").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Generic, Iterator, TypeVar

from .analysis import Analysis
from .normalize import fold, has_diacritics, has_stretch, unstretch

P = TypeVar("P")
_Item = tuple  # (payload, terms)
_BUCKET = 5  # letters that index a prefix/suffix entry ("för*"-stems share 3, rarely 5)

# Inflection endings stripped before a suffix (compound head) comparison, longest first.
INFLECTIONS = ("arnas", "ernas", "ornas", "arna", "erna", "orna", "ens", "ets", "nas",
               "ar", "er", "or", "en", "et", "na", "ns", "a", "e", "n", "s", "t")
GAP_MAX = 3
_MEMO_MAX = 200_000  # token forms whose first matches `PhraseIndex.find` keeps


@dataclass(frozen=True, slots=True)
class Term:
    kind: str  # "exact" | "prefix" | "suffix" | "contains" | "gap" | "subject"
    key: str   # folded
    form: str  # lower case as written in the rule (with diacritics)


_TAILS: dict[str, tuple[str, ...]] = {}
_ENDINGS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _ending in INFLECTIONS:
    _ENDINGS_BY_LAST[_ending[-1]] = _ENDINGS_BY_LAST.get(_ending[-1], ()) + (_ending,)


def stems(fk: str) -> tuple[str, ...]:
    """The word and the word without each inflection ending it has ("clownen" → "clownen",
    "clowne", "clown", "clow"): where a compound head (`*ord`) may end."""
    endings = _ENDINGS_BY_LAST.get(fk[-1:])
    if not endings:
        return (fk,)
    return (fk,) + tuple(fk[: -len(e)] for e in endings if len(fk) > len(e) and fk.endswith(e))


def _tails(key: str) -> tuple[str, ...]:
    """For a suffix term: the endings a matching word may have (key + inflection)."""
    t = _TAILS.get(key)
    if t is None:
        t = _TAILS[key] = (key,) + tuple(key + ending for ending in INFLECTIONS)
    return t


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
    if has_stretch(word):  # "jäääävla": the key is shrunk, so compare the shrunk form too
        word = unstretch(word)
    if term.kind == "exact":
        return word == term.form
    if term.kind == "prefix":
        return word.startswith(term.form)
    if term.kind == "suffix":
        # The word ends in the entry and an inflection as written: the folded key alone let a
        # diacritic in the ending through ("skolkör" folds to "skolkor", "*skolk" + "or"; round 90).
        return word.endswith(_tails(term.form))
    return term.form in word


def _undotted_twin(term: Term, word: str, lemma: str) -> bool:
    """True when a word and its lemma, both written without å/ä/ö, would reach an entry written
    with them only through the lemma: the lemma of "ratt" (a steering wheel, or "rätt" undotted)
    is "ratta", not "råtta"; "noten", "otaliga", "soliga", "bogen" likewise. A lemma with
    diacritics is the word's own ("gick" → "gå"), and an undotted word still matches such an
    entry by its own folded form ("ratta", "battre")."""
    return not has_diacritics(word) and not has_diacritics(lemma) and has_diacritics(term.form)


def _key_matches(kind: str, key: str, fk: str) -> bool:
    if kind == "exact":
        return fk == key
    if kind == "prefix":
        return fk.startswith(key)
    if kind == "suffix":
        return fk.endswith(_tails(key))
    return key in fk


def term_matches(term: Term, a: Analysis, i: int) -> bool:
    if term is SUBJECT:
        return a.is_word[i] and a.fold[i] in a.subject_forms
    if not a.is_word[i]:
        return term.kind == "exact" and a.fold[i] == term.form
    kind, key = term.kind, term.key
    if _key_matches(kind, key, a.fold[i]) and _form_ok(term, a.lower[i]):
        return True
    lemma = a.lemma[i]
    if (lemma != a.lower[i] and _key_matches(kind, key, a.lemma_fold[i]) and _form_ok(term, lemma)
            and not _undotted_twin(term, a.lower[i], lemma)):
        return True
    lk = a.leet[i]
    return lk is not None and _key_matches(kind, key, lk)


def _next_token(a: Analysis, j: int, sent: int) -> int | None:
    folds = a.fold
    n = len(folds)
    while j < n and not folds[j].strip():
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
    terms are scanned linearly. What a token's form (and a pair of forms) can start is
    memoised for the process (`find`).
    """

    def __init__(self, never_at_name: Callable[[P], bool] | None = None) -> None:
        # Payloads whose word entries never start at one of the student's names written with a capital: the
        # name is the name, not the word ("Dina" is no "dina"). `@namn` entries still match there.
        self._never_at_name = never_at_name
        self._exact: dict[str, list[_Item]] = defaultdict(list)
        # Phrases whose first two words are exact ("har svårt att …") are indexed by both:
        # a common first word ("har", "en", "är") then costs one more lookup, not a check
        # of every phrase that starts with it.
        self._exact2: dict[str, dict[str, list[_Item]]] = defaultdict(lambda: defaultdict(list))
        # Prefix and suffix first terms are found through their first / last letters (up to
        # _BUCKET of them: one dict lookup), then checked in full. The few shorter keys are
        # tested together with one C-level startswith/endswith on a tuple.
        self._prefixes: dict[str, list[_Item]] = defaultdict(list)
        self._suffixes: dict[str, list[_Item]] = defaultdict(list)
        self._short_prefixes: dict[str, list[_Item]] = defaultdict(list)
        self._short_suffixes: dict[str, list[_Item]] = defaultdict(list)
        self._short_prefix_keys: tuple[str, ...] = ()
        self._short_suffix_keys: tuple[str, ...] = ()
        self._contains: list[_Item] = []
        self._contains_rx: re.Pattern[str] | None = None
        self._subject: list[_Item] = []
        self.size = 0
        # What starts at a token of a given form, and at a pair of forms (`find`). Shared by
        # every call and thread: values are immutable and computed from the form alone, so
        # a race only computes one twice; single dict operations are atomic.
        self._memo: dict[tuple[str, str, bool], tuple[tuple, ...]] = {}
        self._pair_memo: dict[tuple, tuple[_Item, ...]] = {}

    def add(self, payload: P, entry: str | tuple[Term, ...]) -> None:
        terms = parse_entry(entry) if isinstance(entry, str) else entry
        self._memo.clear()   # first matches per form are memoised (`find`)
        self._pair_memo.clear()
        first = terms[0]
        item = (payload, terms)
        if first is SUBJECT:
            self._subject.append(item)
        elif first.kind == "exact" and len(terms) > 1 and terms[1].kind == "exact":
            self._exact2[first.key][terms[1].key].append(item)
        elif first.kind == "exact":
            self._exact[first.key].append(item)
        elif first.kind == "prefix":
            if len(first.key) >= _BUCKET:
                self._prefixes[first.key[:_BUCKET]].append(item)
            else:
                self._short_prefixes[first.key].append(item)
                self._short_prefix_keys = tuple(self._short_prefixes)
        elif first.kind == "suffix":
            if len(first.key) >= _BUCKET:
                self._suffixes[first.key[-_BUCKET:]].append(item)
            else:
                self._short_suffixes[first.key].append(item)
                self._short_suffix_keys = tuple(self._short_suffixes)
        else:  # contains (parse_entry never lets a phrase start with a gap)
            self._contains.append(item)
            self._contains_rx = re.compile("|".join(re.escape(t[0].key) for _, t in self._contains))
        self.size += 1

    def _lookup(self, fk: str, out: list[_Item]) -> None:
        got = self._exact.get(fk)
        if got:
            out.extend(got)
        if len(fk) >= _BUCKET:
            got = self._prefixes.get(fk[:_BUCKET])
            if got:
                out.extend(got)
        if self._short_prefix_keys and fk.startswith(self._short_prefix_keys):
            for key, items in self._short_prefixes.items():
                if fk.startswith(key):
                    out.extend(items)
        if self._suffixes or self._short_suffix_keys:
            for stem in stems(fk):
                if len(stem) >= _BUCKET:
                    got = self._suffixes.get(stem[-_BUCKET:])
                    if got:
                        out.extend(got)
                if self._short_suffix_keys and stem.endswith(self._short_suffix_keys):
                    for key, items in self._short_suffixes.items():
                        if stem.endswith(key):
                            out.extend(items)

    def _containing(self, a: Analysis) -> set[int]:
        """Tokens whose folded form contains a `*ord*` key: one regex pass per text."""
        key = ("contains", id(self))
        hit = a.cache.get(key)
        if hit is None:
            hit = a.cache[key] = {a.token_at(m.start()) for m in self._contains_rx.finditer(a.fold_text)}
            hit |= {i for i, lk in enumerate(a.leet) if lk and self._contains_rx.search(lk)} if a.has_leet else set()
        return hit

    def _pairs(self, a: Analysis, i: int, j: int, twos: tuple[_Item, ...], firsts: tuple[dict, ...]
               ) -> tuple[_Item, ...]:
        """Entries whose first two terms match tokens i and j (j: the word after i): `twos`
        (first term already matched at i) and the phrases indexed by their first two words
        (`firsts`: the second-word tables of token i's keys, empty unless i is a word)."""
        out: list[_Item] = list(twos)
        if firsts:
            nexts = {a.fold[j], a.lemma_fold[j]} if a.is_word[j] else {a.fold[j]}
            if a.is_word[j]:
                lk = a.leet[j]
                if lk is not None:
                    nexts.add(lk)
            found: list[_Item] = []
            for table in firsts:
                for k in nexts:
                    got = table.get(k)
                    if got:
                        found += got
            seen: set[int] = set()
            out += (it for it in found if not (id(it) in seen or seen.add(id(it))) and term_matches(it[1][0], a, i))
        return tuple(it for it in out if term_matches(it[1][1], a, j))

    def _first_matches(self, a: Analysis, i: int) -> tuple[tuple[_Item, ...], ...]:
        """For token i, the entries whose first term matches it (but two-word-indexed phrases,
        `*contains*` and `@namn` entries), split by what comes next: one-word entries,
        entries whose second term is a gap or `@namn` (matched per text), entries whose second
        term is a word (matched together with the next word, `_pairs`); and the second-word
        tables of the phrases indexed by token i's keys. Depends only on the token's form:
        folded, lower case, word or not."""
        fk = a.fold[i]
        out: list[_Item] = []
        self._lookup(fk, out)
        tables: tuple[dict, ...] = ()
        if a.is_word[i]:
            lf = a.lemma_fold[i]
            if lf != fk:
                self._lookup(lf, out)
            lk = a.leet[i]
            if lk is not None and lk != fk:
                self._lookup(lk, out)
            if self._exact2:
                tables = tuple(self._exact2[k] for k in (fk, lf, lk) if k is not None and k in self._exact2)
        seen: set[int] = set()
        first = [it for it in out if not (id(it) in seen or seen.add(id(it))) and term_matches(it[1][0], a, i)]
        singles = tuple(it for it in first if len(it[1]) == 1)
        rest = tuple(it for it in first if len(it[1]) > 1 and (it[1][1] is GAP or it[1][1] is SUBJECT))
        twos = tuple(it for it in first if len(it[1]) > 1 and it[1][1] is not GAP and it[1][1] is not SUBJECT)
        return singles, rest, twos, tables

    def find(self, a: Analysis, lo: int = 0, hi: int | None = None) -> Iterator[tuple[P, int, int]]:
        """Yield (payload, first token, last token) for every match starting in [lo, hi).

        Which entries can start at a token depends only on the token's form, and which of
        them also match the next word only on the two forms; a text's forms mostly recur
        across texts (Zipf). So both are memoised for the process (bounded): a token costs
        one or two dictionary lookups unless an entry starts there. `*contains*` and `@namn`
        entries depend on the whole text or the subject and are looked up per text.
        """
        folds, lower, is_word = a.fold, a.lower, a.is_word
        hi = len(folds) if hi is None else hi
        memo, pairs, sent = self._memo, self._pair_memo, a.sent
        containing = self._containing(a) if self._contains_rx is not None else ()
        subject = a.subject_forms if self._subject else ()
        never, names = self._never_at_name, a.subject_forms
        for i in range(lo, hi):
            fk = folds[i]
            if not fk.strip():
                continue
            key = (fk, lower[i], is_word[i])
            got = memo.get(key)
            if got is None:
                if len(memo) >= _MEMO_MAX:
                    memo.clear()
                got = memo[key] = self._first_matches(a, i)
            singles, rest, twos, tables = got
            # Round 55: at the student's capitalised name, drop the `never_at_name` payloads' word entries;
            #   `@namn` entries are added below.
            name_here = (never is not None and fk in names and is_word[i] and a.text[a.starts[i]].isupper())
            if name_here:
                singles = tuple(x for x in singles if not never(x[0]))
                rest = tuple(x for x in rest if not never(x[0]))
            for payload, _ in singles:
                yield payload, i, i
            if not is_word[i]:
                tables = ()
            if twos or tables:
                j = _next_token(a, i + 1, sent[i])
                if j is not None:
                    pair_key = (key, folds[j], lower[j], is_word[j])
                    pair = pairs.get(pair_key)
                    if pair is None:
                        if len(pairs) >= _MEMO_MAX:
                            pairs.clear()
                        pair = pairs[pair_key] = self._pairs(a, i, j, twos, tables)
                    for payload, terms in pair:
                        if name_here and never(payload):
                            continue
                        end = j if len(terms) == 2 else match_rest(terms, 2, a, j + 1, sent[i])
                        if end is not None:
                            yield payload, i, end
            if is_word[i] and (i in containing or fk in subject):
                if i in containing:
                    rest = rest + tuple(it for it in self._contains if term_matches(it[1][0], a, i))
                if fk in subject:
                    rest = rest + tuple(it for it in self._subject if term_matches(it[1][0], a, i))
            for payload, terms in rest:
                end = i if len(terms) == 1 else match_rest(terms, 1, a, i + 1, sent[i])
                if end is not None:
                    yield payload, i, end
