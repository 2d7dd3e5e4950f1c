"""Content rules, round 76 (docs/rules.md, "Round 76"): what the r80 writers showed the rules missing or misreading,
each pinned with sentences that differ from the corpus items and the rules' own examples."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    ("Han kom bara på en tredjedel av slöjdlektionerna i vintras.", None, "attendance"),
    ("Hon har varit här 85 % av tiden sedan jul.", None, "attendance"),
    ("Han är jämt sur på alla vuxna.", None, "person_judgment"),
    ("Hon slarvar med allt hon gör.", None, "person_judgment"),
    ("Hon var lyhörd och snäll mot alla.", None, "person_judgment"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Hon blev arg på mig igår när hon inte fick gå ut först, men hon lugnade sig snabbt.", None, "person_judgment"),
    ("Slarvigt skrivet i labbrapporten – skriv rent resultatdelen.", None, "person_judgment"),
    ("Ofta slarvar han med dispositionen, så vi övar på tankekartor.", None, "person_judgment"),
    ("Ni som har 7B i veckan, var uppmärksamma på stämningen i gruppen.", None, "person_judgment"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Hennes föräldrar är från Afghanistan, så hon kan lite dari.", None, "sensitive"),
    ("Hon står nog utan betyg i spanska om hon inte lämnar in.", None, "grade"),
    ("Läser flytande, troligen ett A.", None, "grade"),
    ("Hans redovisning var pisstråkig.", None, "offensive"),
    ("Hon gör fan inget på lektionerna.", None, "offensive"),
])
def test_found_more(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Familjen är från Norrland och hon berättade om samernas historia.", None, "sensitive"),
    ("Vi diskuterade varför man kan stå utan betyg enligt skollagen.", None, "grade"),
    ("Det vanliga idiotfelet med 'de' och 'dem' är borta i hennes texter.", None, "offensive"),
    ("Ordet 'sinister' betydde 'vänster' på latin, berättade hon.", None, "offensive"),
    ("Han gick till pissoaren under rasten.", None, "offensive"),
])
def test_not_found_more(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
