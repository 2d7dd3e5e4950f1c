"""Identifiers, round 68 (docs/identifiers.md, "Round 68"): a grandmother's number in a sentence that names the
after-school centre as a place; a club coach named as an apposition after the club; colleagues asked to take a class,
to check a pupil's group's lab or to give a pupil tasks; a teacher a substitute stands in for; a colleague covering a class."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects,quote", [
    ("Mormor hämtar Leo på fritids på fredag, hon nås på 073-612 45 80.", ["Leo"], "073-612 45 80"),
    ("Leos tränare i Hammarby, Stefan Nilsson, ringde om cupen.", ["Leo"], "Stefan Nilsson"),
    # a guardian asked to help at home stays a guardian
    ("Hej Lars! Kan du ge honom uppgifterna hemma i helgen? /Karin, mentor", ["Leo"], "Lars"),
])
def test_people_and_numbers_are_reported(identifiers_found, text, subjects, quote):
    assert any(quote.startswith(q) or q.startswith(quote) for _, q in identifiers_found(text, subjects))


def test_the_centre_called_in_another_sentence_keeps_its_number_private_to_staff(identifiers_found):
    """"fritids" is a place only in the sentence that names the relative; the next sentence's number is the centre's."""
    found = identifiers_found("Mamma Lisa hämtar idag. Vid frågor, ring fritids på 073-612 45 80.", ["Leo"])
    assert ("PERSON_NAME", "Lisa") in found
    assert not any(entity == "PHONE" for entity, _ in found)
