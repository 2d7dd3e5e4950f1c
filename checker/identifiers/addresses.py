"""Swedish street addresses: street name + number (+ postcode and town), postcode + town.

Swedish street names are compounds that end in a small set of heads (-gatan, -vägen,
-gränd, -stigen, …), optionally after a prefix word ("Norra", "Lilla", "Gamla"). A street
with a house number is an address anywhere; a bare street name only after a residence cue
("bor på Storgatan"), since "Drottninggatan" alone is as often a place in a history text.
"""
from __future__ import annotations

import re
from typing import Iterator

from .names import trie_regex as _trie

_HEADS = (
    "gatan|gata|vägen|väg|gränd|gränden|stigen|stig|backe|backen|torget|torg|allé|allén|alle|allen|"
    "leden|platsen|gången|stråket|slingan|esplanaden|kajen|stranden|udden|höjden|ringen|liden|"
    "terrassen|parken|hagen|ängen|bryggan|vägen"
)
_UP = "A-ZÅÄÖÉÜ"
_LOW = "a-zåäöéüß"
_PREFIX = r"(?:(?:Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya|Övre|Nedre|Sankt|S:t)\s)?"
# Capitalised street ("Storgatan", "Karl XII:s väg" is out of scope) or lower-case with a
# common head only ("storgatan 12" as typed in a hurry).
_STREET = (
    rf"(?:{_PREFIX}[{_UP}][{_LOW}-]*?(?:{_HEADS})"
    rf"|[{_LOW}][{_LOW}]{{2,}}(?:gatan|vägen|gränd|gränden|stigen))"
)
_TOWN = rf"[{_UP}][{_LOW}]+(?:[ -][{_UP}][{_LOW}]+)?"
_POSTCODE = r"[1-9]\d{2}[^\S\n]?\d{2}"   # (on one line, as the town after it: not "08-123 456 78\n\nHej Linus")
_NUMBER = rf"\d{{1,4}}(?:\s?[A-Ha-h](?![\w]))?(?:-\d{{1,3}})?"

_DIGIT = re.compile(r"\d")
# A year, not a house number, when no postcode follows (round 96: "Industrialiseringen 1870", "invandringen 1950")
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
# Given names that end like a street's head ("Kalle", "Nalle", "Calle" end in "alle"): a street
# needs more than two letters before that head.
_NAME_LIKE = re.compile(rf"[{_UP}][{_LOW}]{{0,2}}(?:alle|allen|allé|allén)")
# The same heads as one trie-shaped alternation: the search runs over every text, and Python's
# `re` tries each branch of a flat alternation at every position.
_HEAD_NUMBER = re.compile(rf"(?P<head>{_trie(_HEADS.split('|'))})\s+\d")
# Cheap necessary conditions, each starting with a character class (a fast scan):
_POSTCODE_HINT = re.compile(r"\d\d{2}[^\S\n]?\d{2}[^\S\n]+[A-ZÅÄÖÉÜ]")   # ("\d\d{2}": a leading class is scanned for)
# (starts with one character class, which `re` scans for quickly, then branches on it)
_RESIDENCE_WORD = re.compile(
    r"[abfhABFH](?:(?<=[bB])[oO](?:[rR]|[dD][dD][eE]|[eE][nN][dD][eE])|(?<=[aA])[dD][rR][eE][sS][sS]"
    r"|(?<=[fF])[lL][yY][tT][tT][aA]|(?<=[hH])[eE][mM][mM][aA])"
)
STREET_ADDRESS = re.compile(
    rf"(?<![\w])(?P<street>{_STREET})\s+(?P<no>{_NUMBER})(?![\d,.]\d)"
    rf"(?:,?\s*(?:lgh|lägenhet)\.?\s*\d{{3,4}})?"
    rf"(?:,?\s+(?P<post>{_POSTCODE})[^\S\n]+(?P<town>{_TOWN}))?"
)
# "(?<![\w\d,.-])(?:SE-?\s?)?{_POSTCODE}…", written to start with the first character's class
# ("S" of "SE" or the postcode's first digit; the look-behind moved after it) so that `re`
# scans for it instead of trying the look-behind at every position.
POSTCODE_TOWN = re.compile(rf"[S1-9](?<![\w\d,.-][S1-9])(?:(?<=S)E-?[^\S\n]?[1-9]|(?<=[1-9]))\d{{2}}[^\S\n]?\d{{2}}[^\S\n]+{_TOWN}\b")
RESIDENCE_STREET = re.compile(
    rf"(?i:\b(?:bor|bodde|boende|adress(?:en)?|flytta[rt]?|flyttade|hemma)\s+(?:(?:nu|numera|fortfarande|sedan\s+\w+)\s+)?(?:på|till|vid|i)?\s*)"
    rf"(?P<street>{_PREFIX}[{_UP}][{_LOW}-]*?(?:{_HEADS}))\b"
)


def _street_starts(text: str, head_end: int) -> Iterator[int]:
    """Where a street name ending just before `head_end` may begin: its own word, or the
    prefix word before it ("Norra Långgatan"). Tried in text order."""
    w = head_end
    while w > 0 and (text[w - 1].isalpha() or text[w - 1] == "-"):
        w -= 1
    p = w - 1
    if p > 0 and text[p] == " ":
        q = p
        while q > 0 and (text[q - 1].isalpha() or text[q - 1] == ":"):
            q -= 1
        if q < p:
            yield q
    yield w


_RESIDENCE_KEYS = ("bo", "adress", "flytta", "hemma")


def _residence_starts(text: str, folded: str | None) -> list[int]:
    """Where `RESIDENCE_STREET` is tried: every start of `_RESIDENCE_WORD`, and some more.

    With the folded text (one character per character: lower case, å/ä/ö as a/a/o) the
    words' beginnings are found with `str.find`, cheaper than the pattern, which is tried at
    every a, b, f and h. The extra starts ("bok", "ådress", inside "flyttadress") fail
    `RESIDENCE_STREET`, which needs the whole word, its own letters and a word boundary.
    """
    if folded is None or len(folded) != len(text):
        return [w.start() for w in _RESIDENCE_WORD.finditer(text)]
    out = []
    for key in _RESIDENCE_KEYS:
        i = folded.find(key)
        while i >= 0:
            out.append(i)
            i = folded.find(key, i + 1)
    return sorted(out)


def find(text: str, folded: str | None = None) -> Iterator[tuple[int, int, float]]:
    """Yield (start, end, score) for each address-like span (overlaps are resolved later).

    The full street regex is only tried where a street-name head is followed by a house
    number (a cheap literal search), not at every position of the text. `folded`: the text
    folded length for length (`normalize.fold_keep_length`), if the caller has it.
    """
    if _DIGIT.search(text):   # both forms carry a number
        done = -1
        for h in _HEAD_NUMBER.finditer(text):
            if h.start() < done:
                continue
            for start in _street_starts(text, h.end("head")):
                m = STREET_ADDRESS.match(text, start)
                if m and _NAME_LIKE.fullmatch(m["street"]):
                    break   # "Kalle 8B": a given name ending like a street's head, and a class (round 20)
                if m and not m["post"] and _YEAR.fullmatch(m["no"]):
                    break   # "Arbetskraftsinvandringen 1950–70": a year after a word ending like a head (round 96)
                if m:
                    done = m.end()
                    yield m.start(), m.end(), 0.9 if m["post"] else 0.85
                    break
        if _POSTCODE_HINT.search(text):
            for m in POSTCODE_TOWN.finditer(text):
                yield m.start(), m.end(), 0.8
    done = -1
    for start in _residence_starts(text, folded):   # the street regex only where a residence word is
        if start < done:
            continue
        m = RESIDENCE_STREET.match(text, start)
        if m:
            done = m.end()
            yield m.start("street"), m.end("street"), 0.7
