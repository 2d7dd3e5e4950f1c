"""Person judgment, round 55 (docs/rules.md, "Round 55"): a trait after a copula joined by "och" to the
student's own first predicate is the student's even when a book or a figure in the next sentence would
otherwise make it a character's (`student_first`, engine.py `_joined_copula`); a role played, another
clause or another name before the copula keeps the exception. Checked through the public API."""
from __future__ import annotations

import pytest

from checker import get_checker

FIGURE_NEXT = " Hans bokredovisning om Harry Potter var engagerande och han kunde beskriva Harrys utveckling."


def _pj(text: str, names: list[str]) -> list[str]:
    report = get_checker().check(text, subject_names=names)
    return [f.quote for f in report.findings if f.category == "person_judgment"]


@pytest.mark.parametrize("first", [
    "Wille har ett enormt driv och är otroligt social.",
    "Wille läser mycket och är väldigt social.",
    "Wille jobbar på bra och är alltid så social.",
])
def test_a_joined_copula_after_the_students_name_keeps_the_judgment(first):
    assert "social" in _pj(first + FIGURE_NEXT, ["Wille"])


@pytest.mark.parametrize("text", [
    # a role played: the trait is the acting
    "Mia spelade kung i teatern och var bossig och högljudd precis som kungen i manuset.",
    # another clause with its own subject before the copula
    "Mia beskriver hur Pippi bryter mot normer och är modig. Vi läser Pippi Långstrump.",
    # another name before the copula
    "Mia läser Pippi Långstrump och är modig i sina tolkningar.",
])
def test_a_joined_copula_that_may_be_someone_elses_is_left_to_the_exception(text):
    assert _pj(text, ["Mia"]) == []


def test_the_direct_copula_still_decides_as_before():
    assert _pj("Mia var bossig och högljudd precis som kungen i manuset.", ["Mia"]) != []


# The student's own name, capitalised, is never a cue's word (matching.py, round 55): "Dina" is no
# possessive "dina", "Mina" no "mina". (`@namn` cues still match the name: PJ004's example "Inga bekymmer
# med Sixten, lugn och trevlig …" runs in the rule-example test.)
@pytest.mark.parametrize("text, name, category", [
    ("Dina använder hörapparat och sitter närmast tavlan.", "Dina", "sensitive"),
    ("Mina har skolkat från fritids två gånger.", "Mina", "attendance"),
])
def test_the_students_name_is_no_cue_word(text, name, category):
    report = get_checker().check(text, subject_names=[name])
    assert category in {f.category for f in report.findings}
