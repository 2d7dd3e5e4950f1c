"""Identifiers, round 62 (docs/identifiers.md, "Round 62"): colleagues the blind writers' staff notes name – asked
about a pupil's plan or a class's reports, asked how they teach a class, greeted before a grading conference, a
visiting teacher, a colleague at a resource centre, who takes a to-do in the team's minutes – and the school's own
contact routes (a team's mailbox, a förskoleklass teacher's number). A guardian who signs, and a pupil named in the
team's notes, stay reported."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects", [
    ("Hej Anders! Hinner du titta på Miras skrivplanering före fredag? /Lena", ["Mira"]),
    ("Hej Sanna, kan du gå igenom 8C:s labbrapporter innan betygen? Tack! /Jonas", []),
    ("Hej Petra! Hur gjorde du bråkdiagnosen med 5B förra året? /Ola", []),
    ("Hej Malin! Inför betygssättningen: Ali ligger nära gränsen i kemi. /Jonas", ["Ali"]),
    ("Greta Lund från Norrskolan hospiterade i 6A och tittade på hur Ali arbetar med bråk.", ["Ali"]),
    ("Jag har träffat Hassan på NO-centrum om lånelådor till temat. /Eva", []),
    ("Ämneslag SO. Vi planerade temadagen. Ulrika bokar bussen till museet.", []),
])
def test_colleagues_are_not_identifiers(identifiers_found, text, subjects):
    assert identifiers_found(text, subjects) == []


@pytest.mark.parametrize("text", [
    "Frågor om studiehandledningen skickas till studiehandledning.norr@skola.kommun.se. /Per, mentor 7B",
    "Vi åker till biblioteket imorgon kl 9. Ring mig på 0521-12 34 56 om ni undrar. /Sara, förskoleklassen",
])
def test_school_contact_routes_are_not_identifiers(identifiers_found, text):
    assert identifiers_found(text) == []


@pytest.mark.parametrize("text,subjects,name", [
    ("Hej Maria! Har du sett Leos prov? /Lars, pappa", ["Leo"], "Lars"),
    ("Arbetslag 7. Ali tar sönder saker på rasterna, vi pratar med hemmet.", [], "Ali"),
    ("Nils Berg från Västerskolan började i klassen idag.", [], "Nils Berg"),
])
def test_people_in_a_pupils_life_stay(identifiers_found, text, subjects, name):
    assert name in [quote for _, quote in identifiers_found(text, subjects)]
