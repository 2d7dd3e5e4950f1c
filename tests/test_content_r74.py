"""Content rules, round 74 (docs/rules.md, "Round 74"): what the r78 writers showed the rules missing or misreading,
each pinned with sentences that differ from the corpus items and the rules' own examples."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    ("Drömmer sig bort på genomgångarna och måste ständigt påminnas.", None, "person_judgment"),
    ("Har ordning på allt och bor i ett fint hus.", None, "person_judgment"),
    ("Alltid utan gympakläder.", None, "person_judgment"),
    ("Hon nöjde sig med ett E i engelska.", None, "grade"),
    ("Han gick ner till ett D efter provet.", None, "grade"),
    ("He called her a stupid slut in the corridor.", None, "offensive"),
    ("Hon har inte deltagit i någon av lektionerna om dans.", None, "attendance"),
    ("Hon är modig och tar plats.", None, "person_judgment"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Sur ton i debattartikeln, prova en sakligare stil.", None, "person_judgment"),
    ("Han berättade att han känner sig dum och ensam på rasterna.", None, "person_judgment"),
    ("Hon har blivit modigare att läsa högt.", None, "person_judgment"),
    ("Resultatet i friidrott är därför tunt.", None, "person_judgment"),
    ("Vid frånvaro ska vårdnadshavare ringa före 8.", None, "attendance"),
    ("Slut på terminen, nu väntar sommarlovet.", None, "offensive"),
    ("Laget hade bara ett A-lag i år.", None, "grade"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
