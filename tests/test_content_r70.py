"""Content rules, round 70 (docs/rules.md, "Round 70"): one insult in one noun phrase reported once (engine.py
`_same_phrase`). The round's other cases, read off the r74 writers, are in tests/content_rounds.yaml."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Han är en fet latmask.",
    "Sanningen är att han är en lat jävel.",
    "He is a lazy little brat.",
])
def test_one_insult_in_one_phrase_is_reported_once(categories_found, text):
    """The judgment word beside an insult in one noun phrase is part of the insult: offensive reports it, and
    person_judgment does not add a second finding on the same phrase."""
    found = categories_found(text, None)
    assert "offensive" in found and "person_judgment" not in found


def test_a_swear_word_before_a_label_keeps_the_label(categories_found):
    """A swear word as an intensifier is not the insult: "ett jävla geni" keeps its judgment (round 12)."""
    assert "person_judgment" in categories_found("Hon är ett jävla geni.", None)
