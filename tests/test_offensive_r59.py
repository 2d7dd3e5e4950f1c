"""Offensive, round 59 (docs/rules.md, "Round 59"): a listed figure or character named nearest before a word of
abuse is its target ("Draco hånar Hermione som 'smutsskalle'"), not the student's; the student calling someone so,
a name inside the quotes (a nickname) and the reader addressed keep the word an insult; a spaced spelling that ran
into "i" is read as the words it is."""
from __future__ import annotations

import pytest

from checker import get_checker


def _offensive(text: str, subject: str) -> list[str]:
    return [f.quote for f in get_checker().check(text, subject_names=[subject], categories=["offensive"]).findings]


@pytest.mark.parametrize("text,subject", [
    ("Oscar beskriver Holden Caulfield som 'en gnällig snorunge' i sin recension.", "Oscar"),
    ('Liam citerar när Draco hånar Hermione som "smutsskalle" och förklarar varför.', "Liam"),
    ("Greg thinks Greg Heffley is 'kind of a jerk but funny', and he gives two examples.", "Greg"),
])
def test_a_figures_words_about_a_figure(text, subject):
    assert _offensive(text, subject) == []


@pytest.mark.parametrize("text,subject", [
    ("Filip kallade Lennie för en mongo på rasten.", "Filip"),   # the student calling: an incident
    ('Noah kallade en klasskamrat för "Piggy" och "fetto" när hon läste högt.', "Noah"),   # a nickname in quotes
    ("Grym redovisning om Sokrates, du är ju ett jävla geni.", "Emil"),   # the reader addressed
    ("Kevin kallade Greta Thunberg för en idiot på lektionen.", "Kevin"),   # a figure is no character of a work
])
def test_an_insult_stays_an_insult(text, subject):
    assert _offensive(text, subject)


def test_with_no_student_known_no_figure_is_read():
    assert _offensive("Oscar beskriver Holden Caulfield som 'en gnällig snorunge'.", "")


def test_a_spaced_spelling_before_i():
    # (the quote is the original text, spaced as written)
    assert "d u m i huvet" in _offensive("Valter sa 'är du d u m i huvet eller?' till vikarien.", "Valter")
