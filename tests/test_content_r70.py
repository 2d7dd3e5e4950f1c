"""Content rules, round 70 (docs/rules.md, "Round 70"): what the r74 writers showed the rules missing or misreading,
each pinned with sentences that differ from the corpus items and the rules' own examples; and one insult in one noun
phrase reported once (engine.py `_same_phrase`)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # grade: a letter taken on a test, a letter given to a piece of work
    ("Hon tog ett B på engelskaprovet.", None, "grade"),
    ("Snygg rapport, jag ger C på den.", None, "grade"),
    # person_judgment: a pupil who behaves well or badly stays a judgment
    ("Han sköter sig aldrig på lektionerna.", None, "person_judgment"),
    ("Kalle är en lat jävla unge och sköter sig inte.", "Kalle", "person_judgment"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Hörförståelse: säker. Läsning: du läser med flyt.", None, "person_judgment"),
    ("Hennes teknik på trampolinen är säker.", None, "person_judgment"),
    ("Eleverna tyckte att schemat gynnar dem som sköter sig.", None, "person_judgment"),
    ("I texten skriver du att 'tonåringar är lata och bortskämda', men källorna saknas.", None, "person_judgment"),
    ("Två pojkar hamnade i bråk bakom gympasalen.", None, "person_judgment"),
    ("Bussen går 9.15 från parkeringen och är tillbaka 14.00.", None, "attendance"),
    ("Hon vet att 20 kommer efter 19.", None, "attendance"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)


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
