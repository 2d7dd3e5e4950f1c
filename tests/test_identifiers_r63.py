"""Identifiers, round 63 (docs/identifiers.md, "Round 63"): names a pupil's incidents put after anger or a bully's
platform, and the staff the writers' notes named – a colleague thanked for covering a class, the school nurse calling
a class, the teacher who has a group – and the writer's own number in a note to the substitute. A support person's
number there, and a guardian's own, stay reported."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects,name", [
    ("Ali blev arg på Dina och sparkade bollen.", ["Ali"], "Dina"),
    ("Ali trakasseras av Ebbe och Nils på Snapchat.", ["Ali"], "Nils"),
    # a guardian greeted by a teacher who answers, not asks: "Självklart kan Ali …" is no request to the reader
    ("Hej Fatuma! Självklart kan Ali sitta inne under rasten i morgon. Mvh Lisa", ["Ali"], "Fatuma"),
])
def test_peers_and_guardians_are_reported(identifiers_found, text, subjects, name):
    assert name in [quote for _, quote in identifiers_found(text, subjects)]


@pytest.mark.parametrize("text,subjects", [
    ("Tack Karin för att du tog 6B igår, de blev klara med kartan. /Olle", []),
    ("Skolsköterskan Maria kallar alla i 5B till vaccination på fredag.", []),
    ("Per Holm har hand om gruppen i engelska under vt.", []),
    ("Till vikarien i 8A: Ali sitter längst fram. Ring mig på 070-555 12 34 om något krånglar. /Lotta", ["Ali"]),
    ("Hej Olle! Kan Ali få göra provet i grupprummet på fredag? /Sara", ["Ali"]),
    ("Hej Lena! Hur går det för Ali i franskan? Han säger att det är svårt. /Ahmed", ["Ali"]),
    ("Hej Tove! Tack för att du tog rastvakten i onsdags. /Per", []),
    ("Till Jens som tar över 6A: Ali behöver bildstöd.", ["Ali"]),
])
def test_staff_are_not_identifiers(identifiers_found, text, subjects):
    assert identifiers_found(text, subjects) == []


@pytest.mark.parametrize("text,subjects,entity", [
    ("Till vikarien: Ali har en assistent från habiliteringen, ring 073-555 98 76 om ni går ut.", ["Ali"], "PHONE"),
    ("Telefon till mig: 070-555 44 33. /Mamma Sara", [], "PHONE"),
])
def test_other_peoples_numbers_stay(identifiers_found, text, subjects, entity):
    assert entity in [e for e, _ in identifiers_found(text, subjects)]
