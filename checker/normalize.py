"""Normalisation with an offset map back to the caller's string.

The checker never matches on the raw text. It matches on a *normalised* copy (NFKC,
zero-width and soft hyphens removed, whitespace runs collapsed, letter-by-letter spellings
such as "i-d-i-o-t" joined) and keeps, for every normalised character, the code-point span
it came from. Any span found in the normalised text maps back to a span of the original, so
`text[start:end] == quote` holds whatever the input was.

Folding (case, missing diacritics, leetspeak digits, stretched letters) is for *matching
only*: `fold()` and `leet()` produce lookup keys, never text that is shown.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from typing import Iterator

# Characters that carry no visible letter: zero-width space/joiners, word joiner, BOM,
# soft hyphen. They are dropped so "fr\u00adånvaro" reads as "frånvaro".
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e")

# "i-d-i-o-t", "i*d*i*o*t", "i d i o t", "i.d.i.o.t": single letters with one repeated
# separator. Spaces and dots need four letters so "p.g.a." and "i å ö" stay as they are.
_SPELLED_OUT = re.compile(
    r"(?<!\w)(?:[^\W\d_](?P<s1>[-*_~+])[^\W\d_](?:(?P=s1)[^\W\d_])+"
    r"|[^\W\d_](?P<s2>[ .])[^\W\d_](?:(?P=s2)[^\W\d_]){2,})(?!\w)"
)


class Normalized:
    """The normalised text and, per character, the original span [starts[i], ends[i]).

    `normalize` usually builds the map as runs (`_Runs`): a plain stretch copied one to one,
    or one special character's output (a white-space run's " " or "\n", an NFKC cluster),
    every character of which maps to the same span. The per-character lists `starts` and
    `ends` are made from the runs only when something reads them (`to_original` reads the
    runs): a 2,000-character text needed two lists of 2,000 integers for the few findings
    mapped back."""

    __slots__ = ("original", "text", "_starts", "_ends", "_runs")

    def __init__(self, original: str, text: str, starts: list[int] | None = None,
                 ends: list[int] | None = None, runs: "_Runs | None" = None) -> None:
        self.original = original
        self.text = text
        self._starts = starts
        self._ends = ends
        self._runs = runs

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts, self._ends = self._runs.expand(len(self.text))
        return self._starts

    @property
    def ends(self) -> list[int]:
        if self._ends is None:
            self._starts, self._ends = self._runs.expand(len(self.text))
        return self._ends

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Normalized):
            return NotImplemented
        return (self.original, self.text, self.starts, self.ends) == (other.original, other.text, other.starts, other.ends)

    __hash__ = None   # (mutable, compared by value, as the dataclass it was)

    def __repr__(self) -> str:
        return f"Normalized(original={self.original!r}, text={self.text!r}, starts={self.starts!r}, ends={self.ends!r})"

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of `text` to a half-open span of `original`."""
        n = len(self.text)
        if self._runs is not None and 0 <= start < n and end <= n:
            runs = self._runs
            pos = runs.span(start)[0]
            return (pos, pos) if end <= start else (pos, runs.span(end - 1)[1])
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


class _Runs:
    """The offset map of `Normalized` as runs, in output order: run r covers the output
    characters from `at[r]` to the next run's; a plain run (`end[r]` is -1) maps character k
    to [src[r] + k - at[r], +1), any other to [src[r], end[r])."""

    __slots__ = ("at", "src", "end")

    def __init__(self) -> None:
        self.at: list[int] = []
        self.src: list[int] = []
        self.end: list[int] = []

    def add(self, at: int, src: int, end: int) -> None:
        self.at.append(at)
        self.src.append(src)
        self.end.append(end)

    def span(self, k: int) -> tuple[int, int]:
        """The original span of output character k."""
        r = bisect_right(self.at, k) - 1
        s, e = self.src[r], self.end[r]
        return (s + k - self.at[r], s + k - self.at[r] + 1) if e < 0 else (s, e)

    def expand(self, n: int) -> tuple[list[int], list[int]]:
        """The per-character lists for an output of n characters."""
        starts: list[int] = []
        ends: list[int] = []
        for a, b, s, e in zip(self.at, [*self.at[1:], n], self.src, self.end):
            if e < 0:
                starts.extend(range(s, s + b - a))
                ends.extend(range(s + 1, s + b - a + 1))
            else:
                starts.extend([s] * (b - a))
                ends.extend([e] * (b - a))
        return starts, ends


# Latin letters that NFKC leaves as they are ("å", "é", "ł"; not "ĳ" or "ſ"). A combining
# mark after one is special and takes the letter back into its cluster (`_special`).
_PLAIN_LETTERS = "".join(c for c in map(chr, range(0xC0, 0x250))
                         if unicodedata.category(c).startswith("L") and unicodedata.normalize("NFKC", c) == c)
# Everything that is not plain: whitespace other than a single space or line break,
# any other non-ASCII character (NFKC, combining marks, invisible characters) and ASCII
# control characters. Text between matches is copied as is, offsets one to one.
# (That is "\s{2,}|[^\S \n]|[^\x20-\x7e\n…]", written to start with one character class – a
# whitespace run, or one character that is no single space or line break – so that `re`
# scans for it instead of trying three branches at every position.)
_SPECIAL = re.compile(r"[^\x21-\x7e" + _PLAIN_LETTERS + r"](?:(?<=\s)\s+|(?<![ \n]))")


def normalize(text: str) -> Normalized:
    """Normalise `text`, keeping for every output character its source span.

    Plain stretches are copied in one slice (the common case: Swedish prose is mostly
    ASCII); only the special characters take the per-character path. The map is kept as
    runs (`_normalize_runs`) unless a combining mark needs the character before it back.
    """
    result = _normalize_runs(text)
    if result is None:
        result = _normalize_per_character(text)
    return _join_stutter(_join_spelled_out(_unconfuse(result)))


def _normalize_runs(text: str) -> Normalized | None:
    """`_normalize_per_character` with the map as runs (one per plain stretch and one per
    special character's output), or None for a text where a combining mark follows a special
    character or starts one: there `_special` may take back the character before the mark,
    which a run cannot undo (tests/test_fast_paths.py compares the two)."""
    out: list[str] = []
    runs = _Runs()
    n = len(text)
    pos = 0
    k = 0   # characters written so far
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if i < pos:  # already consumed by a cluster or whitespace run below
            continue
        if i > pos:
            out.append(text[pos:i])
            runs.add(k, pos, -1)
            k += i - pos
        ch = text[i]
        if ch.isspace():
            j, sep = _space_run(text, i, n)
            out.append(sep)
            runs.add(k, i, j)
            k += 1
            pos = j
            continue
        if unicodedata.combining(ch):
            return None
        j = _cluster_end(text, i, n)
        if not _dropped(ch, i, j):
            norm = _nfkc(text, i, j)
            if norm:
                out.append(norm)
                runs.add(k, i, j)
                k += len(norm)
        pos = j
    if pos < n:
        out.append(text[pos:])
        runs.add(k, pos, -1)
    return Normalized(text, "".join(out), runs=runs)


def _normalize_per_character(text: str) -> Normalized:
    """`normalize` before the joins, with the map as per-character lists."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    pos = 0
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if i < pos:  # already consumed by a cluster or whitespace run below
            continue
        if i > pos:
            out.append(text[pos:i])
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        pos = _special(text, i, n, out, starts, ends)
    if pos < n:
        out.append(text[pos:])
        starts.extend(range(pos, n))
        ends.extend(range(pos + 1, n + 1))
    return Normalized(text, "".join(out), starts, ends)


# Cyrillic and Greek letters that look like Latin ones. A word that mixes them with Latin
# letters ("idiоt" with a Cyrillic о) is an obfuscation, or a keyboard slip; a word wholly in
# Cyrillic or Greek is left as it is (it is Russian, Ukrainian, Greek…).
_CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХІЈЅοαικνρτυΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhlqwABEKMHOPCTXIJSoaikvptuABEZHIKMNOPTYX",
)
_HAS_CONFUSABLE = re.compile("[\u0370-\u03ff\u0400-\u052f]")
_MIXED_WORD = re.compile(
    "[^\\W\\d_]*(?:[a-zA-Z\u00c0-\u024f][^\\W\\d_]*[\u0370-\u03ff\u0400-\u052f]"
    "|[\u0370-\u03ff\u0400-\u052f][^\\W\\d_]*[a-zA-Z\u00c0-\u024f])[^\\W\\d_]*"
)


def _unconfuse(nt: Normalized) -> Normalized:
    """Read look-alike Cyrillic/Greek letters as Latin in mixed-script words (one for one,
    so the offset map stays as it is)."""
    if not _HAS_CONFUSABLE.search(nt.text):
        return nt
    text = _MIXED_WORD.sub(lambda m: m.group().translate(_CONFUSABLES), nt.text)
    return Normalized(nt.original, text, nt._starts, nt._ends, nt._runs)   # (the same map)


def _special(text: str, i: int, n: int, out: list[str], starts: list[int], ends: list[int]) -> int:
    """Normalise the special character(s) at i; return the position after them."""
    ch = text[i]
    if ch.isspace():
        j, sep = _space_run(text, i, n)
        out.append(sep)
        starts.append(i)
        ends.append(j)
        return j
    j = _cluster_end(text, i, n)
    if unicodedata.combining(ch) and starts and ends[-1] == i and not out[-1][-1].isspace():
        # A combining mark after a base character ("a" + ring): take the base's output back
        # and normalise base and marks together as one cluster.
        base_start = starts[-1]
        while starts and starts[-1] == base_start:
            _pop_char(out)
            starts.pop()
            ends.pop()
        _emit_cluster(text, base_start, j, out, starts, ends)
        return j
    if _dropped(ch, i, j):
        return j
    _emit_cluster(text, i, j, out, starts, ends)
    return j


def _space_run(text: str, i: int, n: int) -> tuple[int, str]:
    """The end of the white space (and invisible characters) from i, and what it becomes:
    "\n" if it holds a line break, else " "."""
    j = i + 1
    while j < n and (text[j].isspace() or text[j] in _INVISIBLE):
        j += 1
    run = text[i:j]
    return j, ("\n" if ("\n" in run or "\r" in run or "\u2028" in run or "\u2029" in run) else " ")


def _cluster_end(text: str, i: int, n: int) -> int:
    """The end of the character at i and the combining marks after it."""
    j = i + 1
    while j < n and unicodedata.combining(text[j]):
        j += 1
    return j


def _dropped(ch: str, i: int, j: int) -> bool:
    """An invisible or control character (with no marks after it): no output."""
    return ch in _INVISIBLE or (unicodedata.category(ch) in ("Cc", "Cf", "Cs") and j == i + 1)


def _nfkc(text: str, i: int, j: int) -> str:
    """The NFKC form of text[i:j], white space in it as single spaces."""
    return "".join(" " if c.isspace() else c for c in unicodedata.normalize("NFKC", text[i:j]))


def _pop_char(out: list[str]) -> None:
    last = out[-1]
    if len(last) == 1:
        out.pop()
    else:
        out[-1] = last[:-1]


def _emit_cluster(text: str, i: int, j: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    for c in _nfkc(text, i, j):
        out.append(c)
        starts.append(i)
        ends.append(j)


# Where a `_SPELLED_OUT` match can start: a separator after a one-letter word and before a
# letter. It starts with the separators' class, so `re` scans for them instead of trying
# the lookbehind-led pattern at every position (a third of the time).
_SPELLED_OUT_AT = re.compile(r"[-*_~+ .](?<=(?<!\w)[^\W\d_].)(?=[^\W\d_])")


def _spelled_out(text: str) -> Iterator[re.Match]:
    """`_SPELLED_OUT.finditer(text)`, the pattern tried only where a match can start."""
    last = 0
    for c in _SPELLED_OUT_AT.finditer(text):
        s = c.start() - 1
        if s >= last and (m := _SPELLED_OUT.match(text, s)):
            last = m.end()
            yield m


# Round 59: a word of one letter ("i", "å", "o") that a spaced spelling ran into before the next word: "d u m i
# huvet" is "dum i huvet", not "dumi huvet".
_ONE_LETTER_WORDS = frozenset("iIåÅoO")


def _spelled_end(text: str, m: re.Match) -> int:
    """Where the spelling `m` ends: before a last one-letter word that a word of two letters or more follows, if
    three letters or more stay (spaces only: hyphens and stars are chosen, a space is also a word break)."""
    e = m.end()
    if text[e - 2:e - 1] == " " and text[e - 1] in _ONE_LETTER_WORDS and m.end() - m.start() >= 7 \
            and text[e:e + 1] == " " and text[e + 1:e + 3].isalpha():
        return e - 2
    return e


def _stutter_run(text: str, m: re.Match) -> bool:
    """True if a spelled-out match is one letter repeated before a hyphen and a word that
    starts with it ("d-d-d-dumma"): a stutter, left to `_join_stutter`, not the word "ddd"."""
    letters = m.group()[::2].lower()
    nxt = text[m.end():m.end() + 2].lower()
    return len(set(letters)) == 1 and len(nxt) == 2 and nxt[0] == "-" and nxt[1] == letters[0]


# Round 57: letters spelled out as the first part of a compound ("c-p-unge", "c-p-skadad"): two or more single
# letters joined by hyphens before a hyphen and a word. Only the hyphens between the letters go ("cp-unge"), so
# the compound reads as the lexicon writes it; a stutter ("d-d-dumma") is `_join_stutter`'s.
_SPELLED_PREFIX = re.compile(r"(?<!\w)[^\W\d_](?:-[^\W\d_])+(?=-[^\W\d_]{2})")


def _mixed_case_spaced(m: re.Match) -> bool:
    """Round 62: single letters spaced out with a capital after a small letter ("mellan C o B i tyska"): letters
    and "o" for "och", not a word spelled out, which keeps one case after its first letter ("d u m", "D u m",
    "I D I O T")."""
    if m.group()[1:2] != " ":
        return False
    rest = m.group()[2::2]
    return any(c.isupper() for c in rest) and any(c.islower() for c in m.group()[::2])


def _join_spelled_out(nt: Normalized) -> Normalized:
    """Remove the separators of letter-by-letter spellings, keeping the offset map."""
    drop: set[int] = set()
    prefixes = _SPELLED_PREFIX.finditer(nt.text) if "-" in nt.text else ()
    for m in itertools.chain(_spelled_out(nt.text), prefixes):
        if not _stutter_run(nt.text, m) and not _mixed_case_spaced(m):
            drop.update(range(m.start() + 1, _spelled_end(nt.text, m), 2))
    return _without(nt, drop, nt.starts) if drop else nt


def _without(nt: Normalized, drop: set[int], starts: list[int]) -> Normalized:
    """`nt` without the characters at the positions in `drop`; the kept characters take
    their source starts from `starts` (nt.starts, or a copy in which a kept character
    reaches back over what was dropped before it)."""
    keep = [k for k in range(len(nt.text)) if k not in drop]
    return Normalized(
        nt.original,
        "".join(nt.text[k] for k in keep),
        [starts[k] for k in keep],
        [nt.ends[k] for k in keep],
    )


# A stuttered spelling: the opening letters of a word repeated with hyphens before the
# whole word ("Sch-sch-schizo", "ö-ö-överlägsen", "id-idiot"). Needs two repeats, or one of
# two or three letters before a word in lower case, so "p-piller", "A-aktier", "e-post" and
# double names ("Per-Persson", "Ann-Anneli") stay as they are.
_STUTTER = re.compile(r"(?<!\w)(?P<p>[^\W\d_]{1,3})-(?:(?P=p)-)*(?=(?P=p)[^\W\d_])", re.IGNORECASE)


def _stutters(text: str) -> Iterator[re.Match]:
    """`_STUTTER.finditer(text)`, the pattern tried only where it can start: at a word of one
    to three letters right before a hyphen (found with `str.find`; the pattern, led by a
    lookbehind, was tried at every position)."""
    last = 0
    h = text.find("-")
    while h >= 0:
        r = h
        while r > 0 and h - r < 4 and text[r - 1].isalnum() and not text[r - 1].isdecimal():   # [^\W\d_]
            r -= 1
        if 0 < h - r <= 3 and r >= last and (r == 0 or not (text[r - 1].isalnum() or text[r - 1] == "_")):   # (?<!\w)
            m = _STUTTER.match(text, r)
            if m:
                last = m.end()
                yield m
        h = text.find("-", h + 1)


def _join_stutter(nt: Normalized) -> Normalized:
    """Drop the stuttered opening of a word, keeping the offset map: the word's first kept
    character takes the stutter's start, so a finding quotes "Sch-sch-schizo" whole."""
    runs: list[tuple[int, int]] = []
    for m in _stutters(nt.text):
        repeats = m.group().count("-")
        rest = nt.text[m.end():m.end() + 1]
        if repeats >= 2 or (len(m.group("p")) >= 2 and rest.islower()):
            runs.append((m.start(), m.end()))
    if not runs:
        return nt
    starts = list(nt.starts)
    drop: set[int] = set()
    for a, b in runs:
        drop.update(range(a, b))
        starts[b] = nt.starts[a]
    return _without(nt, drop, starts)


_DIACRITICS = str.maketrans(
    {
        "å": "a", "ä": "a", "à": "a", "á": "a", "â": "a", "ã": "a", "æ": "a",
        "ö": "o", "ø": "o", "ò": "o", "ó": "o", "ô": "o", "õ": "o",
        "é": "e", "è": "e", "ê": "e", "ë": "e",
        "ü": "u", "ú": "u", "ù": "u", "û": "u",
        "í": "i", "ì": "i", "î": "i", "ï": "i",
        "ç": "c", "ñ": "n", "ß": "ss", "ÿ": "y", "ý": "y",
    }
)
# The same map, but only where it keeps one character for one (ß and æ stay).
_DIACRITICS_1TO1 = {k: v for k, v in _DIACRITICS.items() if v is not None and len(v) == 1}
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "€": "e", "!": "i", "|": "l"})
_STRETCH = re.compile(r"(.)\1{2,}")
_HAS_DIACRITIC = re.compile(r"[^\x00-\x7f]")


def fold_keep_length(text: str) -> str:
    """`fold` without shrinking, one output character per input character, for slicing.

    str.lower() changes the length of a handful of characters ("İ"); those are lowered one
    by one, keeping the first character, so offsets stay valid.
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[0] if c.lower() else c for c in text)
    return _without_diacritics(low, _DIACRITICS_1TO1)


# What re's IGNORECASE also equates with "i" and "s" besides lower case ("İ".lower() is two characters).
_CASE_EXTRA = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_UPPER_LITERAL = re.compile(r"(?<!\\)[A-ZÅÄÖ]")


def caseless(text: str) -> str | None:
    """`text` lower-cased for a `CaselessPattern`: a lower-case pattern without IGNORECASE finds
    in it what the pattern with IGNORECASE finds in `text`, at the same offsets. None where
    lower-casing changes the length even so (the caller searches `text` case-insensitively)."""
    low = text.lower()
    if len(low) != len(text) or "ı" in low or "ſ" in low:   # rare: translate (slow) first
        low = text.translate(_CASE_EXTRA).lower()
        if len(low) != len(text):
            return None
    return low


class CaselessPattern:
    """A case-insensitive pattern searched in `caseless` text. re's IGNORECASE compares
    character by character and skips none of its literal-prefix shortcuts: over a whole text a
    lower-case pattern in lower-cased text runs about four times as fast. The pattern is written
    in lower case (checked); matches give offsets only (their text is lower-cased)."""

    __slots__ = ("lower", "ignorecase")

    def __init__(self, pattern: str) -> None:
        if _UPPER_LITERAL.search(pattern):
            raise ValueError(f"a CaselessPattern is written in lower case: {pattern[:60]!r}")
        self.lower = re.compile(pattern)
        self.ignorecase = re.compile(pattern, re.IGNORECASE)

    def search(self, text: str, low: str | None, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The first match in text[pos:endpos]; `low` is `caseless(text)`."""
        end = len(text) if endpos is None else endpos
        return self.lower.search(low, pos, end) if low is not None else self.ignorecase.search(text, pos, end)

    def finditer(self, text: str, low: str | None, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        return self.lower.finditer(low, pos, end) if low is not None else self.ignorecase.finditer(text, pos, end)


def _without_diacritics(low: str, table: dict[int, str]) -> str:
    """What `low.translate(table)` gives (`table` maps to strings, deletes nothing), but one
    C-level replace per distinct non-ASCII character (a handful: å, ä, ö, é) instead of a dict
    lookup per character: for whole texts, several times as fast."""
    if low.isascii():
        return low
    for c in set(_HAS_DIACRITIC.findall(low)):
        plain = table.get(ord(c))
        if plain is not None:
            low = low.replace(c, plain)
    return low


def has_stretch(text: str) -> bool:
    return _STRETCH.search(text) is not None


def unstretch(word: str) -> str:
    """Stretched letters shrunk, case and diacritics kept ("Jäääävla" → "Jävla")."""
    return _STRETCH.sub(r"\1", word)


def fold(word: str) -> str:
    """Lookup key: lower case, no diacritics, stretched letters shrunk ("laaaat" → "lat")."""
    w = word.lower()
    # (a word: `translate`; a whole text: one replace per distinct letter, same result)
    w = w.translate(_DIACRITICS) if len(w) < 40 else _without_diacritics(w, _DIACRITICS)
    if len(w) > 2:
        w = _STRETCH.sub(r"\1", w)
    return w


LEET_SIGNS = "0134576@$€!|"   # the characters `_LEET` reads as letters


def leet(word: str) -> str | None:
    """A second key for words that mix letters with look-alike digits ("id1ot", "r3tard").

    Returns None for words that are not obfuscated, so ordinary numbers and class names
    ("8C") never get a letter key.
    """
    if not any(c.isalpha() for c in word) or not any(c in LEET_SIGNS for c in word):
        return None
    if word[0].isdigit() and sum(c.isalpha() for c in word) < 3:
        return None
    return fold(word.translate(_LEET))


_DOTS_OPTIONAL = str.maketrans({"å": "[åa]", "ä": "[äa]", "ö": "[öo]"})


def dots_optional(pattern: str) -> str:
    """A regex source whose å, ä and ö also match a, a and o, for text typed without them ("klasslarare 4B",
    "skolskoterskan Eva"; round 99). Only for a pattern with no å, ä or ö inside a character class."""
    if re.search(r"\[[^\]]*[åäö]", pattern):
        raise ValueError(f"dots_optional: å, ä or ö inside a character class: {pattern[:60]!r}")
    return pattern.translate(_DOTS_OPTIONAL)


def has_diacritics(word: str) -> bool:
    return _HAS_DIACRITIC.search(word) is not None
