"""Identifier round 39 (docs/identifiers.md, "Round 39"): staff named in minutes and notes, and the
made-up people of exercises. Each case that must stay unreported has beside it a pupil or a relative
in the same construction that must still be reported."""
from __future__ import annotations

import pytest


# A subject in capitals in brackets is no surname ("Per (NO), Sofie" was read as "Per NO, Sofie").
def test_subject_bracket_in_attendee_list_stays_unreported(names_found):
    assert names_found("Närvarande: Lena (ma), Per (NO), Sofie (mentor)") == []


def test_pupils_listed_by_subject_are_reported(names_found):
    assert names_found("F-varning: Ali (ma), Sara (NO), Noah (en)") == ["Ali", "Sara", "Noah"]


# The name's own role in brackets wins over a pupil cue it shares with a list ...
def test_role_in_brackets_beats_the_lists_cue(names_found):
    assert names_found("Närvarande: Noah, mamma, pappa, Eva (klasslärare)", ["Noah"]) == []


# ... but not over a relative's word right before the name.
@pytest.mark.parametrize("text, name", [
    ("Närvarande: Noah, mamma Samira (tolk via telefon), mentor.", "Samira"),
    ("Utvecklingssamtal 7C – Noah, mamma Anna Ljung (lärare på skolan) och mentor.", "Anna Ljung"),
])
def test_relative_with_a_role_in_brackets_is_reported(names_found, text, name):
    assert names_found(text, ["Noah"]) == [name]


# The attendees of the staff's own minutes are colleagues, and stay so further down the notes.
def test_staff_minutes_attendees_stay_unreported(names_found):
    text = ("Arbetslagsmöte 8A/8B, tisdag 14/3\nNärvarande: Karin, Tobias, Leila, Mats\n"
            "1. Elias – Tobias lägger in extra genomgång i matte.\n2. Studiedag 24/3, Mats bokar buss.")
    assert names_found(text, ["Elias"]) == []


def test_relative_among_staff_minutes_attendees_is_reported(names_found):
    text = "Arbetslagsmöte 8A\nNärvarande: Karin, Tobias, mamma Lena\n1. Elias: Lena oroar sig för läxorna."
    assert "Lena" in names_found(text, ["Elias"])


def test_colleague_named_in_a_role_stays_unreported_later(names_found):
    text = ("Arbetslagsmöte 7B\nNärvarande: Jonas Ek (ma/NO), Malin Sandberg (sv)\n"
            "Punkt 1: Elvin klarar nu ekvationer. Jonas tar fram extra uppgifter.\nAnsvar: Jonas\n"
            "Till nästa gång: Malin kollar läsloggen.")
    assert names_found(text, ["Elvin"]) == []


def test_pupil_sharing_a_colleagues_name_with_a_cue_is_reported(names_found):
    text = "Närvarande: Jonas Ek (ma/NO)\nElvin har bråkat med Jonas i 7C på rasterna."
    assert names_found(text, ["Elvin"]) == ["Jonas"]


# "Ansvar:" in minutes names who does a to-do; a pupils' council has pupils there.
@pytest.mark.parametrize("text", ["Elevhälsomöte 10/10\nAnsvar: Amir kontaktar socialtjänsten.",
                                  "Arbetslagsanteckning 8/9: temaveckan. Ansvar: Greta (SO) och Tage (NO)."])
def test_who_answers_for_a_to_do_stays_unreported(names_found, text):
    assert names_found(text) == []


def test_pupils_council_duties_are_reported(names_found):
    assert names_found("Klassrådet 4B\nAnsvar: Elsa och Omar tar fram bollar.") == ["Elsa", "Omar"]


# A short heading naming a role, then a colon; not a heading about pupils.
def test_role_heading_before_colon_stays_unreported(names_found):
    assert names_found("Ny vikarie i slöjden från måndag: Roger Mattsson. Han kör klart projektet.") == []


def test_pupils_heading_before_colon_is_reported(names_found):
    assert names_found("Elever i behov av stöd: Ali, Sara.") == ["Ali", "Sara"]


def test_greeted_colleague_with_subject_stays_unreported(names_found):
    assert names_found("Hej Kristoffer (SO), har du Isabellas prov?") == ["Isabella"]


# The people of an exercise are made up; a classmate the pupil worked with is not.
@pytest.mark.parametrize("text", [
    "Nils löste uppgiften om Lisa som köper tre äpplen för 4,50 kr styck.",
    "I uppgiften om Kim och Jo som delar 24 kulor lika kunde Nils rita en modell.",
    "Nils kan lösa uppgiften där Karl och Maria delar en pizza i åttondelar.",
    "I uppgiften om astronauten Ali som väger 60 kg på jorden räknade Nils rätt.",
])
def test_exercise_people_stay_unreported(names_found, text):
    assert names_found(text, ["Nils"]) == []


@pytest.mark.parametrize("text, name", [
    ("Nils gjorde uppgiften med Elsa.", "Elsa"),
    ("Nils hjälpte Elsa med uppgiften om bråk.", "Elsa"),
])
def test_classmate_beside_an_exercise_is_reported(names_found, text, name):
    assert names_found(text, ["Nils"]) == [name]


# A colleague greeted in a note that hands over a pupil's group or thanks for a class covered.
@pytest.mark.parametrize("text", [
    "Hej Lotta! Tack för igår. Kan du ta över Signes läsgrupp på onsdag? Jag är på kurs. /Mikael",
    "Hej Anton! Tack för att du tog hand om 7C igår när jag var sjuk. Signe har skrivit klart. /Cissi",
])
def test_colleague_handed_a_group_stays_unreported(names_found, text):
    assert names_found(text, ["Signe"]) == []


def test_guardian_thanked_for_caring_for_the_pupil_is_reported(names_found):
    assert names_found("Hej Lotta! Tack för att du tog hand om Signe igår. /Mikael", ["Signe"]) == ["Lotta"]
