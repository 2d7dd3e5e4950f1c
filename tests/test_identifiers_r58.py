"""Identifier round 58 (docs/identifiers.md, "Round 58"): a name with middle initials is one name – the whole of
it is reported and redacted, and it is an author's name beside an author cue like any other full name – while a
pupil's "Freja P." keeps its pupil cue; and a dash that closes an aside ends a list, so English words listed in
one are no names beside the pupil's."""
from __future__ import annotations

import pytest
from faker import Faker

from checker import redact

_FAKE = Faker("sv_SE")
_FAKE.seed_instance(58)
_GIVEN = [_FAKE.first_name() for _ in range(4)]
_SURNAMES = [_FAKE.last_name() for _ in range(4)]


@pytest.mark.parametrize("k", range(4))
def test_a_name_with_a_middle_initial_is_reported_whole(names_found, k):
    name = f"{_GIVEN[k]} K. {_SURNAMES[k]}"
    assert names_found(f"Tove bråkade med {name} på rasten.", ["Tove"]) == [name]


def test_redaction_leaves_no_surname_after_a_middle_initial(checker):
    r = redact("Tove bråkade med Anna K. Berg på rasten.", subject_names=["Tove"], checker=checker)
    assert r.text == "Tove bråkade med [NAMN] på rasten."


@pytest.mark.parametrize("author", ["Philip K. Dick", "George R. R. Martin", "Fredrik T. Olsson"])
def test_an_author_with_middle_initials_is_knowledge(names_found, author):
    assert names_found(f"Tove har läst en bok av {author} och skrivit en recension.", ["Tove"]) == []


def test_a_pupils_surname_initial_still_names_a_pupil(names_found):
    assert names_found("Tove bråkade med Freja P. på rasten.", ["Tove"]) == ["Freja P."]


def test_a_new_sentence_after_an_initial_is_not_the_surname(names_found):
    found = names_found("Omar blev kallad apa av Lucas G. Lucas mamma är informerad.", ["Omar"])
    assert "Lucas G." in found and not any("G. Lucas" in q for q in found)


def test_words_in_an_aside_are_no_list_with_the_pupil(names_found):
    text = "Vi övade RICE-metoden – Rest, Ice, Compression, Elevation – och Amina visade för gruppen hur man gör."
    assert names_found(text, ["Amina"]) == []


def test_a_list_without_a_dash_still_joins_names(names_found):
    assert names_found("Ali, Sara och Amina spelade schack på rasten.", ["Amina"]) == ["Ali", "Sara"]


def test_an_author_with_a_middle_initial_at_a_sentences_end_is_knowledge(names_found):
    # the sentence splitter ends a sentence at "K.": the surname is still the author's
    text = 'Tove har skrivit en recension av "Androider drömmer de om elektriska får?" av Philip K. Dick. Hon jämför dem.'
    assert names_found(text, ["Tove"]) == []


@pytest.mark.parametrize("text", [
    "Class notes 7 Int: the group worked well together on the Viking project.",
    "Sana presented why Orthodox Easter falls on a different date (the Julian calendar).",
])
def test_an_english_proper_adjective_after_the_is_no_name(names_found, text):
    assert names_found(text, ["Sana"]) == []


@pytest.mark.parametrize("text,name", [
    ("We met the Andersson family at the gate.", "Andersson"),
    ("Sana sat next to the Smith twins in assembly.", "Smith"),
])
def test_a_family_named_after_the_is_still_a_name(names_found, text, name):
    assert name in names_found(text, ["Sana"])


def _spaced(number: str) -> str:
    """Every digit of a phone number with a space after it, the way a note hides it from a pattern."""
    return " ".join(ch for ch in number if ch.isdigit())


@pytest.mark.parametrize("number", ["070-555 12 34", "073-812 45 67", "08-123 456 78"])
def test_a_phone_number_with_spaces_between_its_digits_is_found(identifiers_found, number):
    text = f"Ring mamma på {_spaced(number)} om något händer."
    assert ("PHONE", _spaced(number)) in identifiers_found(text)


@pytest.mark.parametrize("text", [
    "Vi räknade 0 1 2 3 4 5 6 7 8 9 på tallinjen.",
    "Tallinjen: 0 2 4 6 8 10 12 14.",
    "Hon skrev talen 0 9 8 7 6 5 4 3 2 1 baklänges.",
])
def test_digits_counted_with_spaces_are_no_phone(identifiers_found, text):
    assert not any(entity == "PHONE" for entity, _ in identifiers_found(text))


@pytest.mark.parametrize("text", [
    "Alla barn har arbetat med Bornholmsmodellen och kan rimma.",
    "Vi har jobbat med Singaporemetoden i matte.",
])
def test_a_method_named_by_a_compound_is_no_person(names_found, text):
    assert names_found(text) == []
