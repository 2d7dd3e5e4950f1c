"""Identifiers, round 71 (docs/identifiers.md, "Round 71"): colleagues greeted in notes about covering a lesson, a
class's plan, staff training and the schedule; a colleague taking over as mentor; a teacher signing as "fröken"; and
the family's notices that sign a guardian's name (an appointment by the pupil's name, leave to go home early, a day
at home with its cause, medicine begun, a late arrival by the hour)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects", [
    ("Hej Jonas! Kan du ta svenskan i 4A på fredag? Planeringen ligger i mappen.", []),
    ("Hej Maria, kan du skicka NO-planeringen för 7C? Vill se vad Liam missat.", ["Liam"]),
    ("Hej Pia! Jag tar Ellens läsgrupp på onsdag när du är på fortbildning.", ["Ellen"]),
    ("Hej Stefan, Ellens grupp har bytt sal. Kan du uppdatera schemat? /Rut", ["Ellen"]),
    ("Jag går på tjänstledighet i mars, Anneli tar över som mentor för 5B.", []),
    ("Liam har tandläkartid på fredag och går hem kl 11. /Fröken Lena", ["Liam"]),
])
def test_staff_are_not_identifiers(identifiers_found, text, subjects):
    assert identifiers_found(text, subjects) == []


@pytest.mark.parametrize("text,subjects,name", [
    ("Hej! Liam har läkartid imorgon och kommer till skolan vid 10. /Jessica", ["Liam"], "Jessica"),
    ("Får Ellen gå hem tidigare på torsdag? Vi ska till stugan. /Kenneth", ["Ellen"], "Kenneth"),
    ("Liam har stukat foten och är hemma hela veckan. /Malin", ["Liam"], "Malin"),
    ("Hej! Ellen har börjat med en ny medicin, säg till om hon verkar trött. Mvh Josefin", ["Ellen"], "Josefin"),
    ("Liam will be about 30 minutes late today, sorry! /Robert", ["Liam"], "Robert"),
])
def test_a_guardian_signing_a_family_notice_is_reported(identifiers_found, text, subjects, name):
    assert any(q == name for _, q in identifiers_found(text, subjects))
