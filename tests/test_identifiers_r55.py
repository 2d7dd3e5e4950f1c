"""Identifier round 55 (docs/identifiers.md, "Round 55"): a compound of a Swedish word and a surname-like ending
with no linking -s- ("Formelblad", "Faktablad") is a common noun when no gazetteer surname is built on that
first part; nature words that do build surnames ("Strandberg", "Granqvist") keep the surname reading. "Guten
Tag" and Estonian "Tere" are greetings."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Formelblad får användas på provet.",
    "Faktablad om vulkaner finns på Classroom.",
    "Glosblad delas ut på måndag.",
    "Guten Tag, Miguel ist krank heute.",
    "Tere, Miguel on täna haige.",
])
def test_common_compounds_and_greetings_are_no_names(names_found, text):
    assert names_found(text, ["Miguel"]) == []


@pytest.mark.parametrize("text, name", [
    ("Miguel satt med Strandberg på rasten.", "Strandberg"),
    ("Miguel och Lindblad jobbade ihop.", "Lindblad"),
    ("Miguel satt med Vinterström på rasten.", "Vinterström"),
])
def test_surnames_built_on_words_stay_names(names_found, text, name):
    assert names_found(text, ["Miguel"]) == [name]
