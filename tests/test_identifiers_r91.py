"""Identifiers, round 91 (docs/identifiers.md, "Round 91"): a closing whose role is glued to its slash ("/Mentor Lena",
"//Kurator Sam") is a staff closing like "Mentor Lena"; an exercise's number between the exercise and "där"/"om"
("uppgift 4.12 där …") and the same link in English ("the problem where Sven and Yasmin share …") make the people
made up, but doing an exercise *with* classmates does not."""
from __future__ import annotations

import pytest
from faker import Faker

_FAKE = Faker("sv_SE")
_FAKE.seed_instance(91)
_SIGNERS = [_FAKE.first_name() for _ in range(6)]


@pytest.mark.parametrize("signer", _SIGNERS)
@pytest.mark.parametrize("closing", ["/Mentor {w}", "//Mentor {w}", "/Kurator {w}", "/Klassläraren {w}"])
def test_a_role_glued_to_the_slash_signs_as_staff(names_found, closing, signer):
    text = "Bara så du vet: Nora kommer sent idag. " + closing.format(w=signer)
    assert signer not in names_found(text, ["Nora"])


@pytest.mark.parametrize("signer", _SIGNERS[:3])
def test_a_guardian_glued_to_the_slash_still_signs_as_family(names_found, signer):
    assert signer in names_found(f"Nora är sjuk idag och stannar hemma. /Pappa {signer}", ["Nora"])


@pytest.mark.parametrize("text", [
    "Lovis fastnade på uppgift 4.12 där {a} och {b} köper biljetter för 245 kr.",
    "Lovis löste uppgift 3 om {a} som cyklar 15 km.",
    "Lovis solved the problem where {a} and {b} share a pizza in the ratio 3:5.",
    "Lovis did task 7 about {a} who buys three apples.",
])
def test_people_of_a_numbered_or_english_exercise_are_made_up(names_found, text):
    a, b = _FAKE.first_name(), _FAKE.first_name()
    found = names_found(text.format(a=a, b=b), ["Lovis"])
    assert a not in found and b not in found


@pytest.mark.parametrize("text", [
    "Lovis gjorde uppgift 12 med {a} och {b} i grupp.",
    "Lovis worked with {a} and {b} on the problem.",
    "Lovis pratade om {a} efter uppgift 3.",
])
def test_classmates_beside_an_exercise_are_still_reported(names_found, text):
    a, b = "Kalle", "Fatima"
    found = names_found(text.format(a=a, b=b), ["Lovis"])
    assert a in found


# A guardian signing after a slash with a given name that is also a word: read as "Mvh Klara" is.
@pytest.mark.parametrize("signer", ["Klara", "Hans", "Per", "Mark", "Bo"])
def test_a_guardian_signing_with_a_word_like_name_after_a_slash(names_found, signer):
    assert signer in names_found(f"Hej, jag är Daniels pappa. Daniel är sjuk idag. /{signer}", ["Daniel"])


@pytest.mark.parametrize("signer", ["Klara", "Hans", "Per"])
def test_a_teachers_slash_closing_stays_the_writers(names_found, signer):
    assert names_found(f"Daniel har jobbat bra med bråk i veckan. /{signer}", ["Daniel"]) == []
    assert names_found(f"Välkommen tillbaka, Daniel! /{signer}", ["Daniel"]) == []


@pytest.mark.parametrize("opening", [
    "Det här är Ronjas mamma.",
    "Jag är Ronjas familjehemsmamma.",
    "Jag heter Sara och är mamma till Ronja i 3B.",
    "Vår dotter Ronja blir retad varje dag.",
])
def test_the_writer_says_they_are_the_family(names_found, opening):
    text = f"Hej! {opening} Ronja har glömt slöjdpåsen hemma, jag kommer förbi med den kl 11. /Mira"
    assert "Mira" in names_found(text, ["Ronja"])


def test_var_son_till_in_history_is_no_family_voice(names_found):
    assert names_found("Karl XII var son till Karl XI. Karl kan berätta om stormaktstiden. /Per", ["Karl"]) == []
