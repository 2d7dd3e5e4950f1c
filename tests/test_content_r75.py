"""Content rules, round 75 (docs/rules.md, "Round 75"): what the r79 writers showed the rules missing or misreading,
each pinned with sentences that differ from the corpus items and the rules' own examples."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    ("Glömde gymnastikpåsen för tredje gången, dumma fan.", None, "offensive"),
    ("Han skrek ”käften!” åt mig i korridoren.", None, "offensive"),
    ("Hon kom inte ens till matten i morse.", None, "attendance"),
    ("Han var inte på engelska-provet i fredags.", None, "attendance"),
    ("Tåget var i tid men hon var 15 minuter sen till första lektionen.", None, "attendance"),
    ("Hon beskrev sig själv som lat i utvecklingssamtalet, men mentorn tycker att hon är slarvig.", None, "person_judgment"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Han beskrev honom som girig och ensam, och stödde det med citat ur novellen.", None, "person_judgment"),
    ("Berättelsens troll är en dumskalle som luras av getterna.", None, "offensive"),
    ("I redovisningen är uppställningen rörig men beräkningarna stämmer.", None, "person_judgment"),
    ("Räkneuppgift: spårvagnen skulle gå 07.40 men blev 12 minuter sen. När kom den?", None, "attendance"),
    ("Simdagen ställs in på grund av sjukdom inom personalen.", None, "attendance"),
    ("Hon vill arbeta på habiliteringen när hon blir stor.", None, "sensitive"),
    ("Vi har pratat om varför ordet ”käften” är vulgärt.", None, "offensive"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
