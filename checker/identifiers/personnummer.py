"""Swedish personnummer, samordningsnummer and interim numbers: find, parse and validate.

Presidio's `SePersonnummerRecognizer` accepts any day 1–31 in any month, has no notion of
the `+` separator's century, cannot tell a samordningsnummer from a personnummer and knows
neither Skatteverket's partly unknown birth dates (samordningsnummer with month `00` or day
`60`) nor interim numbers with a letter. This module does, and the recognizer in
`checker.identifiers.recognizers` wraps it for Presidio.

A number is reported only if its date exists and its check digit (Luhn over the last ten
characters, an interim letter counting as 1) is right. Companies' organisationsnummer have
a "month" of 20 or more and so never pass the date check; a sole trader's
organisationsnummer *is* the owner's personnummer and is reported as one.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Letters Skatteverket and the universities use in interim numbers (position 7).
INTERIM_LETTERS = "TRSUWXJKLMN"

# 10 or 12 digits, "-" / "+" / nothing between date and birth number, and an
# interim letter as the first character of the birth number. Digits or word characters
# around the candidate mean it is part of something longer (ISBN, order number, IBAN).
# (Written "\d\d{5,}", not "\d{6,}": a pattern that starts with a character class lets `re`
# scan for digits instead of trying the pattern at every position.)
_SIX_DIGITS = re.compile(r"\d\d{5,}")
CANDIDATE = re.compile(
    rf"(?<![\w+\-/.,])(?P<cent>1[89]|20)?(?P<yy>\d{{2}})(?P<mm>\d{{2}})(?P<dd>\d{{2}})"
    rf"(?P<sep>[-+\u2010\u2011\u2013])?(?P<num>[\d{INTERIM_LETTERS}]\d{{2}})(?P<check>\d)(?![\w\-/]|[.,]\d)"
)


@dataclass(frozen=True, slots=True)
class IdNumber:
    entity: str          # PERSONNUMMER | SAMORDNINGSNUMMER
    birth: dt.date | None  # None if Skatteverket left month or day unknown (00)
    interim: bool
    separator: str


def luhn_ok(ten: str) -> bool:
    """Luhn over the ten-character form; an interim letter counts as 1."""
    total = 0
    for i, ch in enumerate(ten):
        d = (1 if ch.isalpha() else int(ch)) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def check_digit(nine: str) -> str:
    """The Luhn check digit for the first nine characters (to build test data)."""
    for d in "0123456789":
        if luhn_ok(nine + d):
            return d
    raise ValueError(f"no check digit for {nine!r}")


def _century(yy: int, plus: bool, today: dt.date) -> int:
    """Full year for a 10-digit number: the latest year not in the future, minus 100 for '+'."""
    year = today.year - today.year % 100 + yy
    if year > today.year:
        year -= 100
    return year - 100 if plus else year


def parse(m: re.Match[str], today: dt.date | None = None) -> IdNumber | None:
    """An `IdNumber` if the candidate is a valid number, else None."""
    today = today or dt.date.today()
    num = m["num"]
    interim = num[0].isalpha()
    if num == "000":
        return None  # birth number 000 is never issued
    if not luhn_ok(m["yy"] + m["mm"] + m["dd"] + num + m["check"]):
        return None
    sep = m["sep"] or ""
    yy, mm, dd = int(m["yy"]), int(m["mm"]), int(m["dd"])
    year = int(m["cent"]) * 100 + yy if m["cent"] else _century(yy, sep == "+", today)
    entity = "PERSONNUMMER"
    if dd >= 60:
        # Samordningsnummer: day + 60. Skatteverket may leave day (60) and/or month (00)
        # unknown; only what is known is checked.
        entity = "SAMORDNINGSNUMMER"
        dd -= 60
        if mm > 12 or dd > 31:
            return None
        if mm == 0 or dd == 0:
            return IdNumber(entity, None, interim, sep)
    try:
        birth = dt.date(year, mm, dd)
    except ValueError:
        return None
    if birth > today:
        return None
    return IdNumber(entity, birth, interim, sep)


def find(text: str, today: dt.date | None = None):
    """Yield (start, end, IdNumber) for every valid number in the text."""
    # A number starts where a run of at least six digits starts (the pattern's look-behind
    # allows no word character before it), so the full pattern is only tried there.
    for run in _SIX_DIGITS.finditer(text):
        m = CANDIDATE.match(text, run.start())
        if m is None:
            got = _misplaced_dash(text, run.start(), today)
            if got is not None:
                yield got
            continue
        pn = parse(m, today)
        if pn is not None:
            yield m.start(), m.end(), pn
    yield from _spaced_date(text, today)


# A number typed with its dash in the wrong place ("200904117-835"), or a space for the dash ("pnr 140827
# 4569", round 66): 10 or 12 digits around one dash or space, taken only when the word "personnummer" (or "pnr")
# stands just before it.
_MISPLACED = re.compile(r"(?<![\w+\-/.,])(\d{6,11})(?:-(\d{1,5})|[ \u00a0](\d{4}))(?![\w\-/]|[.,]\d)")
_PNR_CUE = re.compile(r"(?i)\b(?:person(?:nummer|nr)\w*|pnr|p-?nr)\b")


def _misplaced_dash(text: str, start: int, today: dt.date | None):
    m = _MISPLACED.match(text, start)
    if m is None:
        return None
    tail = m[2] if m[2] is not None else m[3]   # (the dash's four digits are the ordinary form, not misplaced)
    if len(m[1]) + len(tail) not in (10, 12) or (m[2] is not None and len(tail) == 4):
        return None
    if _PNR_CUE.search(text, max(0, start - 60), start) is None:
        return None
    pn = _parse_joined(m[1] + tail, today)
    return (m.start(), m.end(), pn) if pn is not None else None


def _parse_joined(digits: str, today: dt.date | None) -> IdNumber | None:
    """A number put back together from a mistyped form, read as if typed right."""
    joined = CANDIDATE.fullmatch(digits)
    return parse(joined, today) if joined else None


# A number with spaces in its date ("Pnr till vaccinationslistan: Wilda 16 03 03-2192", round 72): year, month and day
# apart, taken only within 60 characters after the word "personnummer" or "pnr", as the misplaced dash above.
_SPACED = re.compile(r"(?<![\w+\-/.,])(\d{2}(?:\d{2})?[ \u00a0]\d{2}[ \u00a0]\d{2})[ \u00a0]?([-+\u2013])?[ \u00a0]?(\d{4})(?![\w\-/]|[.,]\d)")


def _spaced_date(text: str, today: dt.date | None):
    done = 0   # where the last number read ended: two cues before one number ("personnummer (pnr): …") read it once
    for cue in _PNR_CUE.finditer(text):
        m = _SPACED.search(text, max(cue.end(), done), cue.end() + 60)
        if m is None:
            continue
        done = m.end()
        pn = _parse_joined(m[1].replace(" ", "").replace("\u00a0", "") + (m[2] or "") + m[3], today)
        if pn is not None:
            yield m.start(), m.end(), pn


def valid(value: str, today: dt.date | None = None) -> IdNumber | None:
    """Validate a whole string (as the reference test vectors are written)."""
    m = CANDIDATE.fullmatch(value.strip())
    return parse(m, today) if m else None
