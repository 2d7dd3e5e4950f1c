"""Review of round 16: defects in the round's new exceptions, each pinned in our own sentences
(no corpus sentence). Pupil names come from Faker's sv_SE lists under a fixed seed, so no test
depends on one name."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)
from test_identifiers import gazetteer_pupil_names, identifier_quotes as _found


@pytest.fixture(scope="module")
def pupils():
    """Ordinary pupil first names: in the gazetteer, no Swedish word, no listed figure."""
    return gazetteer_pupil_names(20261630, 6)


# ------------------------------------------- "X är en <work>": whole words only
# Round 16 read any word *starting* with a work noun as the work a name's characters belong
# to, so "lat" (folded "låt"), "bokmal" (bok), "sagolik" (saga) and "filmnörd" (film) hid a
# classmate described in the plainest way; "legend" and "drama" are said of pupils too.
@pytest.mark.parametrize("predicate", [
    "är en lat kille som sällan gör läxan",
    "är en riktig bokmal",
    "är en sagolik kompis",
    "är en sann filmnörd",
    "är en riktig legend i klassen",
])
def test_a_classmate_described_after_ar_en_is_reported(checker, pupils, predicate):
    student, other = pupils[0], pupils[1]
    assert _found(checker, f"{other} {predicate}.", [student]) == [other]


@pytest.mark.parametrize("work", ["en medeltida kärlekshistoria", "en pjäs av Shakespeare", "en gammal folksaga"])
def test_a_work_named_by_its_characters_is_still_no_person(checker, work):
    assert _found(checker, f"Tristan och Isolde är {work}.", ["Ebba"]) == []


# ------------------------------------------- the student's former name and household
# "innan" is mostly a conjunction: with a word of naming anywhere in the sentence it hid the
# next name as the student's former one.
def test_a_name_after_the_conjunction_innan_is_reported(checker, pupils):
    student, other = pupils[2], pupils[3]
    text = f"{student} skrev sitt namn på tavlan innan {other} hann göra det."
    assert _found(checker, text, [student]) == [other]


def test_the_former_name_is_still_the_students_own(checker, pupils):
    student, former = pupils[2], pupils[3]
    assert _found(checker, f"{student} heter numera {student}, tidigare {former}.", [student]) == []
    assert _found(checker, f"{student} hette innan {former}, men byter namn nu.", [student]) == []


@pytest.mark.parametrize("surname", ["Lindqvist", "Berglund"])
def test_another_household_visited_is_reported(checker, pupils, surname):
    student = pupils[4]
    text = f"{student} har sovit över hemma hos familjen {surname} i helgen."
    assert _found(checker, text, [student]) == [surname]


@pytest.mark.parametrize("lead", ["", "Till ", "Hej "])
def test_the_students_own_household_addressed_is_not_reported(checker, pupils, lead):
    student = pupils[4]
    family = "familjen" if lead else "Familjen"
    text = f"{lead}{family} Lindqvist har flyttat till en annan kommun. {student} slutar på fredag."
    assert _found(checker, text, [student]) == []


# ------------------------------------------- animals listed together
# Round 16 cancelled an animal word next to any other ("X, Y och Z"): that is also how pupils
# call someone names, and "får" is a verb as often as a sheep.
@pytest.mark.parametrize("text", [
    "Hon kallade honom ko, gris och häst inför alla.",
    "Han är ett svin och får alltid som han vill.",
    "Hon kallade Ebba för gris och får nu stanna kvar efter skolan.",
])
def test_name_calling_with_animal_words_is_offensive(content, text):
    assert "offensive" in cats(content, text)


@pytest.mark.parametrize("text", [
    "På bondgården beskrev Nora vad kossan, grisen och hönan ger oss.",
    "Liam sorterade djuren efter storlek: mus, gris, ko och elefant.",
    "Diagrammet visar favoritdjur, t.ex. gris, katt och hund.",
])
def test_animals_listed_as_animals_pass(content, text):
    assert "offensive" not in cats(content, text)


# ------------------------------------------- a pupil's craft use of strong words
# The craft exception read a purpose clause ("för att visa …") or a diary anywhere in the
# sentence as writing craft, so an insult said to look tough or written about a classmate in a
# diary passed.
@pytest.mark.parametrize("text", [
    "Han kallade Adam för 'jävla idiot' för att visa sig tuff inför de andra.",
    "Han skrek 'din jävla idiot' till Omar för att skapa bråk på rasten.",
    "Hon skrev 'din jävla hora' om Sara i sin dagbok och lät alla läsa.",
])
def test_a_purpose_or_a_diary_is_no_craft(content, text):
    assert "offensive" in cats(content, text)


@pytest.mark.parametrize("text", [
    "Nils använde ord som 'jävla idiot' i dialogen för att fånga rösten hos en tonåring.",
    "Hon lät skurken säga 'din jävla idiot' för att förstärka stämningen i novellen.",
])
def test_strong_words_for_an_effect_of_writing_pass(content, text):
    assert "offensive" not in cats(content, text)


# ------------------------------------------- the drink Pucko
# Any two words between "fick" and "Pucko" made it the drink, so a nickname passed.
def test_a_nickname_pucko_is_offensive(content):
    assert "offensive" in cats(content, "Hugo fick öknamnet Pucko redan i sexan.")


@pytest.mark.parametrize("text", [
    "Efter matchen fick alla varsin kall Pucko.",
    "På utflykten drack Vera en Pucko och skrev om dagen.",
    "Hon köpte en flaska Pucko till utflykten.",
])
def test_the_drink_pucko_passes(content, text):
    assert "offensive" not in cats(content, text)


# ------------------------------------------- the heart as an organ
# An animal or organ word anywhere in the sentence cancelled every warm judgment of PJ003.
@pytest.mark.parametrize("text", [
    "Hon är varm och omtänksam och förklarade varför valen är ett däggdjur.",
    "Han har ett stort hjärta för andra, och valen till elevrådet gick bra för honom.",
])
def test_a_warm_judgment_beside_an_animal_or_organ_is_reported(content, text):
    assert "person_judgment" in cats(content, text)


@pytest.mark.parametrize("text", [
    "Blåvalen har ett stort hjärta som väger flera hundra kilo.",
    "Elsa vet att hjärtat har fyra rum och pumpar runt blodet.",
])
def test_the_heart_as_an_organ_passes(content, text):
    assert "person_judgment" not in cats(content, text)
