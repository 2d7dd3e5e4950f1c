"""Identifier round 43 (docs/identifiers.md, "Round 43"): two different members of one listed cast
(public_figures.yaml, `casts`) in one message are that work's characters. Each case that must stay
unreported has beside it people of the same names that must still be reported: with a pupil cue, a
surname, a relative's title, or the student's own name as the second member."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Hawa kan berätta om Ronja och Birk.",
    "Hon skrev en bra jämförelse av Mattis och Borka.",
    "Hawa har ritat Ronja i skogen. Sedan ritade hon Birk vid ån.",
    "Hawa beskriver Mio som modig och Kato som ond.",
    "Hawa analyses Romeo as impulsive and Juliet as more mature.",
    "Hawa describes George as protective and Curley as cruel.",
    "Hawa förklarar varför Madicken och Lisabet bråkar så ofta.",
    "Hawa explains what Scout and Jem learn from their father.",
])
def test_two_members_of_one_cast_are_characters(names_found, text):
    assert names_found(text, ["Hawa"]) == []


@pytest.mark.parametrize("text, expected", [
    # a pupil cue next to the pair: a class, a verb done to them
    ("Ronja och Birk i 4B bråkade med Hawa på rasten.", ["Ronja", "Birk"]),
    ("Hawa leker ofta med Ronja och Birk på rasten.", ["Ronja", "Birk"]),
    # a surname after each: people of those names
    ("Hawa satt med Ronja Lind och Birk Ek i matsalen.", ["Ronja Lind", "Birk Ek"]),
    # relatives named by their role
    ("Mamma Julia och pappa Romeo kommer på utvecklingssamtalet.", ["Julia", "Romeo"]),
    # one member alone is only a prior, as before
    ("Hawa bråkade med Birk på rasten.", ["Birk"]),
    # members of two different casts are no pair
    ("Hawa satt bredvid Birk och Kato i matsalen.", ["Birk", "Kato"]),
])
def test_people_with_cast_names_are_still_reported(names_found, text, expected):
    assert names_found(text, ["Hawa"]) == expected


def test_the_students_own_name_makes_no_pair(names_found):
    """The student Ronja playing with Birk names a classmate: the student's name is not a character."""
    assert names_found("Ronja leker med Birk på rasten.", ["Ronja"]) == ["Birk"]
