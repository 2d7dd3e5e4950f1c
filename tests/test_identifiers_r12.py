"""Identifier round 12: the classes of false reports and misses that six new writers showed
(docs/identifiers.md, round 12). Sentences are our own; pupil names come from Faker's sv_SE
lists under a fixed seed, so no test depends on one name."""
from __future__ import annotations

import pytest

from test_identifiers import gazetteer_pupil_names, identifier_quotes as _found


@pytest.fixture(scope="module")
def pupils():
    """Ordinary pupil first names: in the gazetteer, no Swedish word, no listed figure."""
    return gazetteer_pupil_names(20261212, 12)


# ------------------------------------------------------------------ places and towns
@pytest.mark.parametrize("text", [
    "Lina pekade ut Borlänge, Sundsvall och Kristianstad på Sverigekartan.",
    "Lina kan förklara varför Skellefteå och Piteå växte kring industrin.",
    "Klassen åkte till Rosengård och Slottsskogen.",
    "Vi jämförde Tjernobyl och Fukushima i fysiken, och Lina förklarade skillnaden.",
    "På resan besökte vi Brandenburger Tor och Checkpoint Charlie.",
])
def test_towns_districts_and_sights_are_no_people(checker, text):
    assert _found(checker, text, ["Lina"]) == [], text


def test_a_town_shaped_surname_still_makes_a_full_name(checker, pupils):
    a = pupils[0]
    assert _found(checker, f"Lina har bråkat med {a} Varberg på rasten.", ["Lina"]) == [f"{a} Varberg"]


# ------------------------------------------------------------- public figures
@pytest.mark.parametrize("text", [
    "Lina har lyssnat på Rihanna och skrivit en recension.",
    "I arbetet om kärnkraft tar Lina upp Hans Blix och IAEA.",
    "Lina berättar om Alexander Fleming och penicillinet.",
    "Lina läste dikter av Bruno K. Öijer högt.",
    "Lina har valt Darwin som tema för sitt arbete.",
])
def test_public_figures_are_knowledge(checker, text):
    assert _found(checker, text, ["Lina"]) == [], text


def test_a_character_described_by_a_generic_person_word_in_a_story(checker, pupils):
    a = pupils[1]
    text = f"I romanen är flickan {a} rädd för mörkret, och Lina förklarar varför."
    assert _found(checker, text, ["Lina"]) == [], text
    # a friend is a school tie even in a sentence about a book
    assert _found(checker, f"Lina läste boken tillsammans med kompisen {a}.", ["Lina"]) == [a]


# ------------------------------------------------------------ staff in their role
def test_teachers_listed_with_their_subjects_in_a_meeting(checker, pupils):
    a, b, c = pupils[2:5]
    text = f"Arbetslagsmöte 3/11. Närvarande: {a} (ma/no), {b} (sv, so), {c} (idh). Lina har gjort klart sitt projekt."
    assert _found(checker, text, ["Lina"]) == [], text
    # pupils with failing subjects stay pupils
    text = f"F-varning: {a} (ma), {b} (sv)."
    assert _found(checker, text, ["Lina"]) == [a, b]


def test_a_named_role_beats_the_student_beside_it(checker, pupils):
    a = pupils[5]
    text = f"Praktikhandledaren på förskolan heter {a} och Lina ska hjälpa henne med samlingen."
    assert _found(checker, text, ["Lina"]) == [], text
    text = f"Kompisen heter {a} och Lina leker med henne."
    assert _found(checker, text, ["Lina"]) == [a]


def test_a_staff_members_instructions(checker, pupils):
    a = pupils[6]
    assert _found(checker, f"Lina följer {a}s instruktioner i slöjdsalen.", ["Lina"]) == []


def test_the_writers_full_name_and_work_phone(checker, pupils):
    a = pupils[7]
    text = f"Skridskodag på fredag. Vid frågor under dagen: {a} Holm, 070-123 45 67 (skolans tjänstemobil). /{a}"
    assert _found(checker, text, ["Lina"]) == [], text
    text = f"Frågor om Linas schema besvaras av mig, {a} Holm, 031-123 45 67."
    assert _found(checker, text, ["Lina"], "PHONE") == []
    # a guardian's number is still reported
    assert _found(checker, f"Linas mamma nås på 070-123 45 67.", ["Lina"], "PHONE") == ["070-123 45 67"]
    # the signer's full name in the body is a pupil when a pupil cue says so
    assert _found(checker, f"Lina har lekt med {a} Holm hela veckan. /{a}", ["Lina"]) == [f"{a} Holm"]


def test_two_writers_closing_a_letter_to_families(checker, pupils):
    a, b = pupils[8:10]
    text = f"Veckobrev v.40. Den här veckan har vi räknat med tiotal och övat på bokstaven R. {a} och {b}"
    assert _found(checker, text, ["Lina"]) == [], text
    # a terse note that ends with two pupils' names is no letter
    text = f"Bråk vid cykelstället igen. {a} och {b}."
    assert _found(checker, text, ["Lina"]) == [a, b]


# ----------------------------------------------------------- months and nicknames
@pytest.mark.parametrize("prep", ["before", "after", "by", "until", "during"])
def test_english_months_after_a_preposition(checker, prep):
    assert _found(checker, f"Lina wants to finish the project {prep} June.", ["Lina"]) == []


@pytest.mark.parametrize("nick", ["Tobbe", "Robban", "Jonte", "Steffe", "Jossan"])
def test_swedish_pet_forms_of_given_names(checker, nick):
    assert _found(checker, f"På rasten var Lina arg och {nick} skrek åt henne.", ["Lina"]) == [nick]


# ----------------------------------------------------------------------- namesakes
def test_namesakes_with_another_surname_or_initial(checker, pupils):
    a = pupils[10]
    assert _found(checker, f"{a} K och {a} M byter plats; {a} M:s pappa har ringt.", [a]) == [f"{a} M", f"{a} M:s"]
    assert _found(checker, f"{a} Lind (7A) och {a} Berg (7B) har samma schema.", [a]) == [f"{a} Berg"]
    # the same pupil by full name and by initial is no namesake
    assert _found(checker, f"{a} Lind har läst klart. {a} L. har också skrivit.", [a]) == []


def test_a_subjects_teacher_and_more_roles(checker, pupils):
    a = pupils[11]
    for text in (f"Lina har träslöjd hos {a} på onsdagar.", f"Lina var i musiken hos {a}.",
                 f"Mattecoachen {a} har gått igenom bråk med Lina.", f"Lina fick hjälp av läxhjälpen {a}."):
        assert _found(checker, text, ["Lina"]) == [], text
    # a pupil's home is no lesson
    assert _found(checker, f"Lina sov över hemma hos {a}.", ["Lina"]) == [a]


def test_listed_characters_beside_a_listed_title_compound(checker, pupils):
    text = "Ronja Rövardotter-veckan: Ronja och Birk, Mattis och Lovis."
    assert _found(checker, text, ["Ronja"]) == [], text
    # an unlisted name there is a pupil
    a = pupils[0]
    assert _found(checker, f"Ronja Rövardotter-veckan: Ronja och {a} har ritat.", ["Ronja"]) == [a]
