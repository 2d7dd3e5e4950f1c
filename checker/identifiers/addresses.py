"""Swedish street addresses: street name + number (+ postcode and town), postcode + town.

Swedish street names are compounds that end in a small set of heads (-gatan, -vägen,
-gränd, -stigen, …), optionally after a prefix word ("Norra", "Lilla", "Gamla"). A street
with a house number is an address anywhere; a bare street name only after a residence cue
("bor på Storgatan"), since "Drottninggatan" alone is as often a place in a history text.
"""
from __future__ import annotations

import re
from typing import Iterator

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
_POSTCODE = r"[1-9]\d{2}\s?\d{2}"
_NUMBER = rf"\d{{1,4}}(?:\s?[A-Ha-h](?![\w]))?(?:-\d{{1,3}})?"

_DIGIT = re.compile(r"\d")
_HEAD = re.compile(rf"(?i:{_HEADS}|gränd|stigen)")
STREET_ADDRESS = re.compile(
    rf"(?<![\w])(?P<street>{_STREET})\s+(?P<no>{_NUMBER})(?![\d,.]\d)"
    rf"(?:,?\s*(?:lgh|lägenhet)\.?\s*\d{{3,4}})?"
    rf"(?:,?\s+(?P<post>{_POSTCODE})\s+(?P<town>{_TOWN}))?"
)
POSTCODE_TOWN = re.compile(rf"(?<![\w\d,.-])(?:SE-?\s?)?{_POSTCODE}\s+{_TOWN}\b")
RESIDENCE_STREET = re.compile(
    rf"(?i:\b(?:bor|bodde|boende|adress(?:en)?|flytta[rt]?|flyttade|hemma)\s+(?:(?:nu|numera|fortfarande|sedan\s+\w+)\s+)?(?:på|till|vid|i)?\s*)"
    rf"(?P<street>{_PREFIX}[{_UP}][{_LOW}-]*?(?:{_HEADS}))\b"
)


def find(text: str) -> Iterator[tuple[int, int, float]]:
    """Yield (start, end, score) for each address-like span (overlaps are resolved later)."""
    if _DIGIT.search(text):   # both forms carry a number
        if _HEAD.search(text):
            for m in STREET_ADDRESS.finditer(text):
                yield m.start(), m.end(), 0.9 if m["post"] else 0.85
        for m in POSTCODE_TOWN.finditer(text):
            yield m.start(), m.end(), 0.8
    for m in RESIDENCE_STREET.finditer(text):
        yield m.start("street"), m.end("street"), 0.7
