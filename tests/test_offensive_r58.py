"""Offensive, round 58 (docs/rules.md, "Round 58"): when the calling is said in inverted order, the words naming
who was called ("kallade Angelica busschauffören för …", "kallade Elias en yngre elev för …", "kallade Vilma två
elever i 5b för …") are no insult; the insult itself is still found."""
from __future__ import annotations

import pytest

from checker import get_checker

CASES = [
    ('Efter ett bråk på bussen kallade Angelica busschauffören för "jävla idiotgubbe".', "busschauffören", "idiotgubbe"),
    ("Under fotbollen kallade Oscar en motspelare för 'jävla blatte'.", "motspelare", "blatte"),
    ("På rasten kallade Elias en yngre elev för 'j*vla mongo' och knuffade honom.", "yngre", "mongo"),
    ('Vid lunch kallade Vilma två elever i 5b för "efterblivna".', "två", "efterblivna"),
    ('Igår kallade en pojke som heter Melker henne "svartskalle".', "som", "svartskalle"),
]


@pytest.mark.parametrize("text,not_insult,insult", CASES)
def test_who_was_called_is_no_insult(text, not_insult, insult):
    quotes = [f.quote for f in get_checker().check(text, categories=["offensive"]).findings]
    assert not any(q == not_insult for q in quotes)
    assert any(insult in q for q in quotes)
