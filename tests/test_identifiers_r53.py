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


# A family's notice signed with a first name only: the child away for a stretch, in the pronoun, the family's
# own visit, and (read off r56) the family asking for the child to leave early or for the schoolwork missed. The
# same news written by staff in their role keeps the writer's name unreported.
@pytest.mark.parametrize("text, subject, name", [
    ("Hej! Alicias morfar har gått bort och hon kommer att vara hemma resten av veckan. Mvh Sandra", "Alicia", "Sandra"),
    ("Hej, kan Mirjam få gå hem kl 14 på fredag? Vi ska till farmor i Göteborg. /Elin", "Mirjam", "Elin"),
    ("Hej. Kan Lilly få gå kl 13 på tisdag? Hon ska på sin kusins dop. /Tina", "Lilly", "Tina"),
    ("Hej! Samuel är hemma resten av veckan med magsjuka. Kan ni skicka veckans glosor? /Kicki", "Samuel", "Kicki"),
])
def test_a_family_notice_signed_by_first_name_reports_the_signer(names_found, text, subject, name):
    assert names_found(text, [subject]) == [name]


def test_staff_relaying_the_same_absence_stay_the_writer(names_found):
    text = "Hej! Alicias morfar har gått bort och hon kommer att vara hemma resten av veckan. Vi tar proven senare. /Sandra, mentor"
    assert names_found(text, ["Alicia"]) == []


# The attendance list of the staff's own workplace meeting names staff; the list of a class outing names pupils.
def test_the_list_of_a_staff_meeting_names_staff(names_found):
    assert names_found("Närvarolista APT 5/10: Anna, Bertil, Cecilia, Dragan, Eva.") == []


def test_the_list_of_an_outing_names_pupils(names_found):
    assert names_found("Närvarolista utflykt 5/10: Anna, Bertil, Cecilia.") == ["Anna", "Bertil", "Cecilia"]


def test_a_reader_asked_about_a_lab_report_is_staff(names_found):
    assert names_found("Gudrun, kan du kolla om Algot lämnat in fysiklabben? /Micke", ["Algot"]) == []


def test_the_attendees_of_a_team_meeting_headed_as_notes_are_staff(names_found):
    text = "Mötesanteckningar arbetslag 8, 3/5. Närvarande: Eva, Jonas, Fatima, Peter. 1. Lägesrapport om klasserna."
    assert names_found(text) == []


def test_staff_asking_a_family_for_something_stay_the_writer(names_found):
    text = "Hej! Samuel har glömt gympapåsen igen. Kan ni skicka med den imorgon? /Kicki, mentor"
    assert names_found(text, ["Samuel"]) == []
