"""Identifier round 52 (docs/identifiers.md, "Round 52"): a name written with its lower-case particle
("van Gogh", "af Klint"), a listed name's genitive before its work's title recurring alone ("Dantes
Inferno … Dante"), a school's houses and departments named like people ("avdelningen Solen"), a pupil's
book report naming characters, and an assessment's next-steps line opened by an adverb ("Framåt behöver
…"). Each has beside it a person of the same shape that must still be reported."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Vera har jämfört van Goghs solrosor med Monets näckrosor.",
    "Vera kan berätta om hur af Klint målade sina abstrakta tavlor.",
    "I Dantes Inferno möter läsaren många synder. Vera förklarade vad Dante kritiserade.",
    "Vera har flyttat till huset Linden och trivs bra.",
    "Vera går på avdelningen Ronja.",
    "Vera hittar själv mellan husen Lönnen, Almen och Linden.",
    "Vera skriver i sin bokrapport att Tor är avundsjuk på Jonatan.",
    "Omdöme i geografi\nVera kan mycket om vulkaner.\n\nFramåt behöver Vera träna på att jämföra källor.",
    "Omdöme i geografi\nVera kan mycket om vulkaner.\n\nDärefter behöver Vera träna på att jämföra källor.",
])
def test_knowledge_and_places_are_not_people(names_found, text):
    assert names_found(text, ["Vera"]) == []


@pytest.mark.parametrize("text, expected", [
    ("Vera och Dante i 6B har gjort en film om Inferno.", ["Dante"]),
    ("Vera skrev bokrapporten tillsammans med Tor.", ["Tor"]),
    ("Vera var i klassrummet. Tilde kom sedan och hämtade henne.", ["Tilde"]),
    ("Omdöme i geografi\nVera kan mycket om vulkaner.\n\nKevin behöver träna på att jämföra källor.", ["Kevin"]),
    ("Vera har flyttat till huset där Linden bor.", ["Linden"]),
])
def test_people_in_the_same_places_are_still_reported(names_found, text, expected):
    assert names_found(text, ["Vera"]) == expected


@pytest.mark.parametrize("name", ["Smilla", "Milad", "Nima", "Yusra", "Senada", "Dawit", "Kerem"])
def test_more_given_names_are_found_without_a_person_cue(names_found, name):
    """Round 52's gazetteer additions: after "till", which is no person cue, only a listed name is reported."""
    assert names_found(f"Vera sa något elakt till {name} på rasten.", ["Vera"]) == [name]
