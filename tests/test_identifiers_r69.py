"""Identifiers, round 69 (docs/identifiers.md, "Round 69"): guardians who ask for leave or report the child out of school
and sign with a first name; a family's move beside a class visit; the writer's own number by "nås jag på"; a friend in
a novel; given names the lists lacked."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects,quote", [
    ("Hej! Vi ansöker om ledighet för Sam v. 9, vi ska hälsa på släkt. Mvh Karin", ["Sam"], "Karin"),
    ("Hej! Sam är inte i skolan idag, han har feber. /Karin", ["Sam"], "Karin"),
    ("Familjen har flyttat till Ekvägen 3 i Bromma, uppdatera adressen inför lägerskolan.", ["Sam"], "Ekvägen 3"),
    ("Sam skrev en lapp till Kasia i 4B.", ["Sam"], "Kasia"),
])
def test_people_and_homes_are_reported(identifiers_found, text, subjects, quote):
    assert any(quote.startswith(q) or q.startswith(quote) for _, q in identifiers_found(text, subjects))
