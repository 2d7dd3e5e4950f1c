"""Personnummer and samordningsnummer: a candidate regex, then date and Luhn checks.

Only numbers that pass both checks are reported, so dates, order numbers and numbers with a
wrong check digit stay quiet. Samordningsnummer have 60 added to the day.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from . import Hit, register

_CANDIDATE = re.compile(
    r"(?<![\w+-])(?P<cent>\d{2})?(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})\s?(?P<sep>[-+])?\s?(?P<num>\d{3})(?P<check>\d)(?![\w-])"
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def classify(m: re.Match[str]) -> str | None:
    """'PERSONNUMMER', 'SAMORDNINGSNUMMER' or None if the candidate is not valid."""
    yy, mm, dd = int(m["yy"]), int(m["mm"]), int(m["dd"])
    if not luhn_ok(m["yy"] + m["mm"] + m["dd"] + m["num"] + m["check"]):
        return None
    entity = "PERSONNUMMER"
    if dd > 60:
        dd -= 60
        entity = "SAMORDNINGSNUMMER"
    if m["cent"]:
        year = int(m["cent"]) * 100 + yy
    else:
        year = 1900 + yy if yy > dt.date.today().year % 100 else 2000 + yy
    try:
        dt.date(year, mm, dd)
    except ValueError:
        return None
    return entity


@register("personnummer")
def make_personnummer(rule, checker):
    def detect(a) -> Iterator[Hit]:
        for m in _CANDIDATE.finditer(a.text):
            entity = classify(m)
            if entity:
                yield Hit(m.start(), m.end(), rule.confidence, entity)
    return detect
