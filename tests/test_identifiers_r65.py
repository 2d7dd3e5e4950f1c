"""Identifiers, round 65 (docs/identifiers.md, "Round 65"): a club's coach tied to the student or in touch with the
school about them; a saint by the title before the name; colleagues greeted in notes that ask them to take a class
somewhere, to mind something in their lesson, or that report a class's lesson in English; a family's English notice
of a late arrival; a phone number in brackets."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects,quote", [
    ("Elsas tränare Robert säger att hon har ont i foten efter matchen.", ["Elsa"], "Robert"),
    ("Handbollstränaren Jonna Falk ringde och undrade om Elsa kan sluta tidigare.", ["Elsa"], "Jonna Falk"),
    ("Hans coach Patrik har mejlat om cupen i helgen.", ["Elsa"], "Patrik"),
    ("Her coach Mike called about the cup on Saturday.", ["Elsa"], "Mike"),
    ("Sorry, Elsa has a dentist appointment and will be in at 11. /Tomas", ["Elsa"], "Tomas"),
])
def test_people_of_the_students_life_are_reported(identifiers_found, text, subjects, quote):
    assert quote in [q for _, q in identifiers_found(text, subjects)]


@pytest.mark.parametrize("text,subjects", [
    # a coach visiting the class or informed in their role stays a professional
    ("Tränaren Sune från Gefle IF visade klassen hur man värmer upp.", ["Elsa"]),
    ("Tränaren Göran är informerad om schemat.", ["Elsa"]),
    # a saint
    ("Elsa kan berätta om Sankta Lucia och varför vi firar henne i december.", ["Elsa"]),
    # colleagues greeted
    ("Hej Agneta! Kan du ta med 4B till gympasalen efter lunch? Elsa har nyckeln. /Sven", ["Elsa"]),
    ("Hej Olle! Elsa har haft en jobbig vecka, tänk på det i idrotten. /Åsa", ["Elsa"]),
    ("Hi Karen, the Year 6 class worked hard on their posters today. Elsa finished hers early. Thanks, Dan", ["Elsa"]),
])
def test_staff_and_saints_are_not_identifiers(identifiers_found, text, subjects):
    assert identifiers_found(text, subjects) == []


def test_a_number_in_brackets_leaves_the_bracket_out(identifiers_found):
    found = identifiers_found("Ring mamma (073-512 44 90) om något händer.", ["Elsa"])
    assert ("PHONE", "073-512 44 90") in found
