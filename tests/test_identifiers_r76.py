"""Identifiers, round 76 (docs/identifiers.md, "Round 76"): staff at the office as they shorten it, the reader's role at
the school, the teacher of a lesson in a day's plan."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects", [
    ("Nycklarna till skåpet finns hos Birgitta i expen.", []),
    ("Hej Tove, du är väl mentor för 8A nu? Kan du prata med Elvin om läxorna?", ["Elvin"]),
    ("Till vik i 3A: Efter lunch är passet musik med Gösta, sedan rast.", []),
])
def test_not_identifiers(identifiers_found, text, subjects):
    assert identifiers_found(text, subjects) == []


@pytest.mark.parametrize("text,subjects,name", [
    ("Elvin bråkade med Gösta på rasten.", ["Elvin"], "Gösta"),
    ("Hej Tove! Elvin har läst klart sin bok i dag. /Anna, mentor", ["Elvin"], "Tove"),
])
def test_still_reported(identifiers_found, text, subjects, name):
    assert any(q == name for _, q in identifiers_found(text, subjects))
