"""Identifiers, round 70 (docs/identifiers.md, "Round 70"): a colleague asked whether a pupil got adapted material; an
address made up in play."""
from __future__ import annotations


def test_a_real_home_address_stays(identifiers_found):
    assert any(q.startswith("Sockervägen 7") for _, q in identifiers_found("Familjen bor på Sockervägen 7.", ["Noah"]))
