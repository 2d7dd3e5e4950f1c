"""Identifiers, round 70 (docs/identifiers.md, "Round 70"): a colleague asked whether a pupil got adapted material; an
address made up in play."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects", [
    ("Hej Petra, kan du se om Noah har fått den anpassade läseboken? /Ulf", ["Noah"]),
    ("Barnen hittade på en adress, Sockervägen 7, där tomten bor.", []),
])
def test_staff_and_made_up_addresses_are_not_identifiers(identifiers_found, text, subjects):
    assert identifiers_found(text, subjects) == []


def test_a_real_home_address_stays(identifiers_found):
    assert any(q.startswith("Sockervägen 7") for _, q in identifiers_found("Familjen bor på Sockervägen 7.", ["Noah"]))
