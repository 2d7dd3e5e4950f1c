"""Identifier round 53 (docs/identifiers.md, "Round 53"): a quarrel or an act in the dining hall or the
library names a pupil, not the staff who work there; a greeted reader asked whether the pupil has handed
in a piece of work is staff. Each case that must stay unreported has beside it one in the same
construction that must still be reported."""
from __future__ import annotations

import pytest


# "X i matsalen" is kitchen staff ("Lena i matsalen"), but a quarrel there, or an act aimed at X there,
# makes X a pupil, as it does anywhere else.
@pytest.mark.parametrize("text, name", [
    ("Adrian bråkade med Oskar i matsalen.", "Oskar"),
    ("Adrian bråkade m Vilmer i matsalen, båda ledsna efteråt.", "Vilmer"),
    ("Adrian hamnade i konflikt med Nils i biblioteket.", "Nils"),
    ("Adrian kastade mat på Leo i matsalen.", "Leo"),
])
def test_a_quarrel_in_the_dining_hall_names_a_pupil(names_found, text, name):
    assert names_found(text, ["Adrian"]) == [name]


@pytest.mark.parametrize("text", [
    "Jag pratade med Lena i matsalen om Adrians allergi.",
    "Har pratat med Eva i biblioteket om Adrians lån.",
    "Fråga Lena i matsalen om det finns laktosfri mjölk till Adrian.",
])
def test_staff_in_the_dining_hall_and_the_library_stay_unreported(names_found, text):
    assert names_found(text, ["Adrian"]) == []


# Whether the pupil has handed in a piece of work: the reader keeps the hand-ins, so is staff, whoever
# writes. Asked to check something at home, the reader is the guardian.
def test_a_reader_asked_about_a_hand_in_is_staff(names_found):
    text = "Hej Maria! Kan du kolla om Isak lämnat in NO-rapporten? Han säger att han mejlat den. /Jonas"
    assert names_found(text, ["Isak"]) == []


def test_a_reader_asked_about_things_at_home_is_still_reported(names_found):
    text = "Hej Maria! Kan du kolla om Isak har gympakläder med sig i morgon? /Jonas"
    assert names_found(text, ["Isak"]) == ["Maria"]
