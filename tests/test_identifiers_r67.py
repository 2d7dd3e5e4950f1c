"""Identifiers, round 67 (docs/identifiers.md, "Round 67"): guardians thanked for a development talk; a family's
address beside a workplace word; a pupil's notebook; staff sharing out the marking in their minutes; a colleague asked
about a pupil's lab; an address in a crime story the pupil wrote."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects,quote", [
    ("Hej Lena och Tomas! Tack för ett givande utvecklingssamtal igår. Vi hörs efter lovet. /Karin", [], "Lena"),
    ("Praoplatsen vill ha papperen skickade till pappans adress: Björkvägen 7 B, 831 40 Östersund.", ["Ida"],
     "Björkvägen 7 B, 831 40 Östersund"),
    ("Någon har klottrat 'loser' i Majas anteckningsbok.", ["Ida"], "Maja"),
])
def test_people_and_homes_are_reported(identifiers_found, text, subjects, quote):
    assert any(quote.startswith(q) or q.startswith(quote) for _, q in identifiers_found(text, subjects))
