"""Identifier round 54 (docs/identifiers.md, "Round 54"): a capitalised common English word opening an English
sentence is the word when the gazetteer lists it only as some locale's surname ("Seven is an odd number"); a given
name that is also an English word keeps its place ("sat next to Rose"), and a surname with a person cue stays."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Seven is an odd number, and the class explained why.",
    "Nine is a square number because it is three times three.",
])
def test_an_english_number_opening_a_sentence_is_no_name(names_found, text):
    assert names_found(text, ["Elin"]) == []


@pytest.mark.parametrize("text, name", [
    ("Elin and Mia wrote the story together.", "Mia"),
    ("Elin sat next to Rose in class.", "Rose"),
    ("Elin argued with Jack during the break.", "Jack"),
])
def test_names_in_english_sentences_stay_reported(names_found, text, name):
    assert names_found(text, ["Elin"]) == [name]


# The student's own relative in a sentence that a game, a place or a year made knowledge content: a
# possessive and a relative word before the name, the student's name before them, and no figure, work or
# given name between. A character's relative (a figure between) and a novel in the sentence stay unreported.
@pytest.mark.parametrize("text, name", [
    ("Elin spelade Minecraft med sin kusin Vera i helgen.", "Vera"),
    ("Elin och hennes lillebror Axel var på Gröna Lund i lördags.", "Axel"),
])
def test_the_students_own_relative_beside_a_game_or_a_place(names_found, text, name):
    assert names_found(text, ["Elin"]) == [name]


@pytest.mark.parametrize("text", [
    "Elin har läst Pippi Långstrump och beskriver hennes pappa Efraim.",
    "I romanen reser Elin med sin mamma Lisa till Paris.",
])
def test_a_characters_relative_stays_unreported(names_found, text):
    assert names_found(text, ["Elin"]) == []
