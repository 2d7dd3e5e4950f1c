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
