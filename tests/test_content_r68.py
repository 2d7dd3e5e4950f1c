"""Content rules, round 68 (docs/rules.md, "Round 68"): what the r72 writers showed the rules missing or misreading,
each pinned with sentences that differ from the corpus items and the rules' own examples."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # person_judgment: a trait word, will over ability, "can't be talked to", an exclamation at a habit, a role in the class
    ("Hon är ofta hånfull mot de yngre eleverna.", None, "person_judgment"),
    ("Tyvärr en tjej som kan men vill inte.", None, "person_judgment"),
    ("Han är arg för det mesta och går inte att snacka med.", None, "person_judgment"),
    ("Jösses vad hon klagar.", None, "person_judgment"),
    ("Elsa har blivit gruppens förebild.", "Elsa", "person_judgment"),
    ("Snäll mot alla, en riktig ängel bland de yngre i gruppen.", None, "person_judgment"),
    # attendance: part of a day missing, a lesson missed for an appointment, suspension in English, a dropped vowel
    ("Saknades under förmiddagen igen.", None, "attendance"),
    ("Han har logoped på tisdagar och missar därför SO.", None, "attendance"),
    ("Omar has been suspended from school until Monday.", "Omar", "attendance"),
    ("Frnvaron ligger på 18 procent.", None, "attendance"),
    # grade: a subject's letter on a list line and before a bracket
    ("Prognoser:\n- Bi: D\n- Ke: C\n- Fy: E", None, "grade"),
    ("Musik: C (sång och ensemble).", None, "grade"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    # an insult, not an illness
    ("Pappan skrek i telefon, han är ju sjuk i skallen.", None, "attendance"),
    # the letters name parts of a test; admission requirements listed after a heading
    ("Diagnosen har två delar: B består av huvudräkning och C av problemlösning.", None, "grade"),
    ("Vi läste antagningskraven för naturprogrammet: godkänt i tolv ämnen.", None, "grade"),
    # questions about a topic in a presentation
    ("Tove svarade på frågor om skillnaden mellan astma och allergi.", "Tove", "sensitive"),
    # a curse in a tale, Satan's part in a text, a word translated, giving up on a plan
    ("Läste legenden om den förbannade skatten högt för gruppen.", None, "offensive"),
    ("Hon jämförde Satans gestalt i Bibeln med Miltons.", None, "offensive"),
    ("He translated 'bastard' as an old word for a child born out of wedlock.", None, "offensive"),
    ("Det är ingen idé att boka bussen innan vi vet antalet.", None, "offensive"),
    # what someone talks about is no exclamation
    ("Vi förstod inte vad han pratar om i texten.", None, "person_judgment"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
