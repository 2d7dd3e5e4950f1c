"""Identifiers, round 75 (docs/identifiers.md, "Round 75"): a thing or an animal the pupil named, and a colleague
asked to arrange a room."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects", [
    ("Hon gjorde en drake av papper och döpte den till Sixten.", []),
    ("I berättelsen döper han sin hamster till Bosse.", []),
    ("Hej Karin! Noel i 5B ska skriva provet i lugn miljö, kan du ordna en ledig sal? /Ulf", ["Noel"]),
])
def test_not_identifiers(identifiers_found, text, subjects):
    assert identifiers_found(text, subjects) == []


@pytest.mark.parametrize("text,subjects,name", [
    ("Noel bråkade med Sixten på rasten.", ["Noel"], "Sixten"),
    ("Hej Karin! Noel var sjuk igår och kommer tillbaka på måndag. /Ulf", ["Noel"], "Karin"),
])
def test_still_reported(identifiers_found, text, subjects, name):
    assert any(q == name for _, q in identifiers_found(text, subjects))
