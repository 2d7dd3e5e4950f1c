"""Identifiers, round 73 (docs/identifiers.md, "Round 73"): colleagues asked about work handed back or a room swapped;
the teacher a class has a lesson with in a note for a substitute; staff answering a family's note about an appointment;
the family's English notices and questions about a grade, which sign a guardian's name."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects", [
    ("Hej Anna! Kan du kolla om Liam fått tillbaka sin uppsats? /Per", ["Liam"]),
    ("Hej Jonas, kan vi byta sal på fredag? /Eva", []),
    ("Till vikarien: 4A har musik med Henrik efter lunch. /Sara", []),
    ("Hej! Liam har läkartid på fredag enligt ert sms, han får gå kl 9. /Sara", ["Liam"]),
])
def test_staff_are_not_identifiers(identifiers_found, text, subjects):
    assert identifiers_found(text, subjects) == []


@pytest.mark.parametrize("text,subjects,name", [
    ("Hi! Liam is sick today, back tomorrow hopefully. /Rachel", ["Liam"], "Rachel"),
    ("Can Liam leave early on Friday? He has a dentist's appointment. Thanks, Paul", ["Liam"], "Paul"),
    ("Can you explain why Liam got an E? Thanks, Hanna", ["Liam"], "Hanna"),
    ("Kan Liam ha sovmorgon på måndag? /Jenny", ["Liam"], "Jenny"),
])
def test_a_guardian_signing_is_reported(identifiers_found, text, subjects, name):
    assert any(q == name for _, q in identifiers_found(text, subjects))
