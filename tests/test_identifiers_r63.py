"""Identifiers, round 63 (docs/identifiers.md, "Round 63"): names a pupil's incidents put after anger or a bully's
platform, and the staff the writers' notes named – a colleague thanked for covering a class, the school nurse calling
a class, the teacher who has a group – and the writer's own number in a note to the substitute. A support person's
number there, and a guardian's own, stay reported."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects,entity", [
    ("Till vikarien: Ali har en assistent från habiliteringen, ring 073-555 98 76 om ni går ut.", ["Ali"], "PHONE"),
    ("Telefon till mig: 070-555 44 33. /Mamma Sara", [], "PHONE"),
])
def test_other_peoples_numbers_stay(identifiers_found, text, subjects, entity):
    assert entity in [e for e, _ in identifiers_found(text, subjects)]
