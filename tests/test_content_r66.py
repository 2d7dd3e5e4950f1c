"""Content rules, round 66 (docs/rules.md, "Round 66"): what the r70 writers showed the rules missing, each pinned with
sentences that differ from the corpus items and the rules' own examples. Every case is checked for its category only,
so a finding of another category does not hide a miss."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # attendance: a day out missed with a word between, English notes from home
    ("Ida missade också exkursionen till Naturhistoriska.", "Ida", "attendance"),
    ("Ida will be picked up early today, she has a dentist appointment.", "Ida", "attendance"),
    ("Ida won't attend the outing on Wednesday.", "Ida", "attendance"),
    ("She'll stay home with her grandmother tomorrow.", "Ida", "attendance"),
    # grade: a piece of work passed
    ("Idas labbrapport om fotosyntesen var godkänd.", "Ida", "grade"),
    # sensitive: the police at the home, medication in English, a faith
    ("Mamma berättade att de hade polisen hemma i fredags.", "Ida", "sensitive"),
    ("Ida is on antibiotics this week and takes them at lunch.", "Ida", "sensitive"),
    ("Ida är asatroende och firar midvinterblot med familjen.", "Ida", "sensitive"),
    # person_judgment: a label with the pupil pointed at
    ("En riktig stjärna den här tjejen, klarade allt.", None, "person_judgment"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Missa inte exkursionen på fredag, ta med matsäck!", None, "attendance"),
    ("Ida will be picked up at 3.30 by her nan.", "Ida", "attendance"),
    ("The worksheets will stay at home until Monday.", None, "attendance"),
    ("We read about how antibiotics work and why bacteria become resistant.", None, "sensitive"),
    ("I SO läste vi om asatron och vikingarnas gudar.", None, "sensitive"),
    ("Forskningsplanen var godkänd av etiknämnden.", None, "grade"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
