"""Content rules, round 69 (docs/rules.md, "Round 69"): what the r73 writers showed the rules missing or misreading,
each pinned with sentences that differ from the corpus items and the rules' own examples."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # person_judgment: falling out as a habit; a glossary does not hide a judgment outside it
    ("Hon hamnar ofta osams med de andra i laget.", None, "person_judgment"),
    ("Ordlistan är klar. Men Adam = lat, som vanligt.", "Adam", "person_judgment"),
    # attendance: leaving a block after a pronoun, leaving minutes before the end
    ("Därför går han från NO på fredagar.", None, "attendance"),
    ("Hon går 15 minuter innan lektionens slut varje torsdag.", None, "attendance"),
    # grade: a test on an instrument, a craft subject with its prefix, the work corresponding to a letter
    ("Han fick B på flöjtprovet i veckan.", None, "grade"),
    ("Lina – B i träslöjd.", "Lina", "grade"),
    ("Uppsatsen motsvarar betyget C.", None, "grade"),
    # offensive: a Spanish lesson named beside an insult no longer excuses it
    ("Under spanskan skrev han 'i-d-i-o-t' på hennes bänk.", None, "offensive"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Två killar blev osams om bollen men löste det själva.", None, "person_judgment"),
    ("Veckans glosor: faul = lat, frech = fräck, nett = snäll.", None, "person_judgment"),
    ("Vi pratade om att ett lat öga kan tränas med lapp.", None, "person_judgment"),
    ("Im Unterricht sammelten wir Wörter wie faul und fleißig.", None, "person_judgment"),
    ("Han har skrivit en kort och lite rörig dikt om hösten.", None, "person_judgment"),
    ("Your reading is clear, lovely intonation!", None, "person_judgment"),
    ("Temat var frånvarande fäder i romaner från 1900-talet.", None, "person_judgment"),
    ("Arbetet handlade om varför unga skolkar och vad som hjälper.", None, "attendance"),
    ("Uppsamlingsprov på tisdag för alla som har missat något prov.", None, "attendance"),
    ("I serien är bussarna alltid försenade och huvudpersonen kommer aldrig fram.", None, "attendance"),
    ("Lisa kan berätta vilken dag det är ledigt i maj.", "Lisa", "attendance"),
    ("Föreläsaren pratade om stress hos tonåringar och hur sömnen påverkas.", None, "sensitive"),
    ("Vårdnadstvist och umgängesrätt var begrepp i arbetet om familjerätt.", None, "sensitive"),
    ("I spanskan övade vi på att fråga '¿Qué hora es?'.", None, "offensive"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
