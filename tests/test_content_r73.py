"""Content rules, round 73 (docs/rules.md, "Round 73"): what the r77 writers showed the rules misreading – mostly
characters, animals, words studied and titles taken for the pupil – each pinned with sentences that differ from the
corpus items and the rules' own examples, and with the judgments they must not excuse."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # a judgment of the pupil beside the new cues stays
    ("Var lyhörd och hjälpsam i gruppen, men stökig på rasten.", None, "person_judgment"),
    ("Han är lat. I första boken finns fyra kapitel.", None, "person_judgment"),
    ("Han är omogen som fan.", None, "offensive"),
    ("Lat som fan men smart.", None, "offensive"),
    ("Teachers describe him as withdrawn and sulky.", None, "person_judgment"),
    ("Han kallade henne 'jävla hora' på rasten.", None, "offensive"),
    ("Lisa = slöfock, skrev någon på tavlan.", None, "person_judgment"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("I slutet av romanen är Heathcliff grym och hämndlysten.", None, "person_judgment"),
    ("He can describe the main character, Matilda, as brave and clever.", None, "person_judgment"),
    ("Ordlista: lazy – lat, rude – oförskämd.", None, "person_judgment"),
    ("Hon använder 'darling' och 'love' i dialogen.", None, "person_judgment"),
    ("Han skriver med bra driv i sina noveller.", None, "person_judgment"),
    ("Varmt som fan i idrottshallen idag, ta med vattenflaska.", None, "offensive"),
    ("Hon skrev en dikt om att bli kallad 'tönt' i mellanstadiet.", None, "offensive"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
