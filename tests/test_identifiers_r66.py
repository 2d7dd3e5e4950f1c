"""Identifiers, round 66 (docs/identifiers.md, "Round 66"): a personnummer with a space for its dash after a "pnr" cue;
a family's notice in English ("will miss school", "won't attend", "will stay home") or in Swedish ("missar simningen
imorgon"), or a parent who names the child's other parent as "mellan mig och Xs pappa": its closing is the family's."""
from __future__ import annotations

from checker.identifiers.personnummer import check_digit


def _pnr(six: str, three: str) -> str:
    return f"{six} {three}{check_digit(six + three)}"


def test_a_space_for_the_dash_after_a_cue(identifiers_found):
    number = _pnr("120314", "238")
    assert ("PERSONNUMMER", number) in identifiers_found(f"pnr {number}, saknas i registret", ["Ida"])
    assert ("PERSONNUMMER", "20" + number) in identifiers_found(f"Personnummer: 20{number}.", ["Ida"])


def test_a_space_without_a_cue_or_a_wrong_check_digit_is_nothing(identifiers_found):
    number = _pnr("120314", "238")
    assert identifiers_found(f"Vi räknade {number} steg på friluftsdagen.", ["Ida"]) == []
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert identifiers_found(f"pnr {wrong}", ["Ida"]) == []
