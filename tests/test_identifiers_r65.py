"""Identifiers, round 65 (docs/identifiers.md, "Round 65"): a club's coach tied to the student or in touch with the
school about them; a saint by the title before the name; colleagues greeted in notes that ask them to take a class
somewhere, to mind something in their lesson, or that report a class's lesson in English; a family's English notice
of a late arrival; a phone number in brackets."""
from __future__ import annotations


def test_a_number_in_brackets_leaves_the_bracket_out(identifiers_found):
    found = identifiers_found("Ring mamma (073-512 44 90) om något händer.", ["Elsa"])
    assert ("PHONE", "073-512 44 90") in found
