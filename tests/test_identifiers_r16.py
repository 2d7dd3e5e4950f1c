"""Identifier round 16: the review's three misses (a namesake whose surname initial differs,
also with the Turkish dotted capital; the genitive of an initial form; a lower-case subject
abbreviation before "hos") and the classes of false reports five new writers showed
(docs/identifiers.md, round 16). Sentences are our own; pupil names come from Faker's sv_SE
lists under a fixed seed, so no test depends on one name."""
from __future__ import annotations

import pytest

from test_identifiers import gazetteer_pupil_names, identifier_quotes as _found


@pytest.fixture(scope="module")
def pupils():
    """Ordinary pupil first names: in the gazetteer, no Swedish word, no listed figure."""
    return gazetteer_pupil_names(20261616, 8)


# ------------------------------------------------ namesakes with another initial
@pytest.mark.parametrize("given", ["İbrahim", "Ibrahim", "İsmail", "Ebba"])
def test_a_namesake_with_another_initial_is_reported(checker, given):
    assert _found(checker, f"{given} K bråkade på rasten.", [f"{given} S"]) == [f"{given} K"]
    assert _found(checker, f"{given} S och {given} K bråkade.", [f"{given} S"]) == [f"{given} K"]


@pytest.mark.parametrize("given", ["İbrahim", "Ebba"])
def test_the_student_with_the_dotted_capital_is_not_reported(checker, given):
    assert _found(checker, f"{given} S bråkade på rasten. {given} ångrade sig.", [f"{given} S"]) == []


# ------------------------------------------------ the genitive of an initial form
@pytest.mark.parametrize("text", ["Ebba K:s bok låg kvar.", "Ebba K:s mamma ringde i dag.",
                                  "Ebba S:s bok och Ebba K:s bok låg kvar.",
                                  "Ebba S:s penna och Ebba K:s bok låg kvar."])
def test_the_genitive_of_another_initial_is_reported(checker, text):
    assert _found(checker, text, ["Ebba S"]) == ["Ebba K:s"], text


def test_the_students_own_initial_genitive_is_not_reported(checker):
    assert _found(checker, "Ebba S:s bok låg kvar.", ["Ebba S"]) == []


def test_a_book_by_a_given_name_still_introduces_its_characters(checker, pupils):
    # "Alis bok" may be the story Ali wrote: its characters are not pupils
    a = pupils[0]
    assert _found(checker, f"Alis bok handlar om hur {a} flyttar till havet.", ["Ali"]) == []


# ------------------------------------------------ a lower-case subject before "hos"
@pytest.mark.parametrize("lead", ["har ma", "läser sv", "hade eng", "har bild och ma", "går no"])
def test_a_lower_case_subject_before_hos_names_its_teacher(checker, pupils, lead):
    text = f"Lina {lead} hos {pupils[1]} på tisdagar."
    assert _found(checker, text, ["Lina"]) == [], text


@pytest.mark.parametrize("template", ["Lina sov en natt hos {a}.", "Lina har en kompis hos {a}.",
                                      "Lina var hemma hos {a} i helgen."])
def test_a_visit_hos_a_pupil_stays_reported(checker, pupils, template):
    a = pupils[1]
    assert _found(checker, template.format(a=a), ["Lina"]) == [a]


# ------------------------------------------------ adults by title, teaching groups, services
@pytest.mark.parametrize("text", [
    "Lina pratade engelska med Mr Thompson från partnerskolan.",
    "Lina har ritat en karta åt Mrs Bennett i engelska.",
])
def test_a_title_names_an_adult(checker, text):
    assert _found(checker, text, ["Lina"]) == [], text


def test_a_teachers_group_and_the_head_left_out(checker):
    assert _found(checker, "Lina vill byta från Magnus mattegrupp till Yvonnes.", ["Lina"]) == []
    assert _found(checker, "Lina går i Evas engelskgrupp.", ["Lina"]) == []


def test_a_pupils_thing_after_a_name_in_s_stays_reported(checker):
    assert _found(checker, "Lina lånade Lukas penna.", ["Lina"]) == ["Lukas"]


def test_a_service_heading_the_line_names_its_teacher(checker, pupils):
    a = pupils[2]
    text = f"Studiehandledning på somaliska: Lina, onsdagar 13.00–14.00 med {a}."
    assert _found(checker, text, ["Lina"]) == [], text
    # a social verb on the way makes a peer
    text = f"Studiehandledning: Lina har bråkat hela veckan med {a}."
    assert _found(checker, text, ["Lina"]) == [a], text


def test_a_school_office_names_staff(checker, pupils):
    a = pupils[3]
    assert _found(checker, f"Linas dator är trasig, {a} på IT-avdelningen lagar den.", ["Lina"]) == []


# ------------------------------------------------ knowledge: works, thinkers, offices, sounds
@pytest.mark.parametrize("text", [
    "Tristan och Isolde är en medeltida kärlekshistoria som Lina har läst.",
    "Lina kan förklara varför Romeo och Julia är en tragedi.",
])
def test_names_that_a_copula_calls_a_work_are_the_work(checker, text):
    assert _found(checker, text, ["Lina"]) == [], text


def test_a_pupil_called_something_stays_reported(checker, pupils):
    a = pupils[4]
    assert _found(checker, f"{a} är en bra kompis till Lina.", ["Lina"]) == [a]


@pytest.mark.parametrize("text", [
    "Piagets teori om stadier var temat på studiedagen, och Lina i 1B fick prova.",
    "Lina nämner talmannen Andreas Norlén när hon förklarar riksdagen.",
    "Lina har tränat på bokstaven S. Hon ljudar Sol, Sara och Sten.",
    "Lina hittar Växjö, Jönköping och Kalmar på kartan.",
    "Lucia (Santa Lucia) var ett helgon, berättar Lina.",
])
def test_thinkers_offices_sounds_and_places_are_knowledge(checker, text):
    assert _found(checker, text, ["Lina"]) == [], text


# ------------------------------------------------ the student's own family and former name
def test_the_students_household_by_surname_is_not_reported(checker):
    assert _found(checker, "Familjen Karlsson har flyttat. Linas nya adress får inte framgå.", ["Lina"]) == []


def test_a_family_greeted_by_a_given_name_stays_reported(checker):
    assert _found(checker, "Hej familjen Ali! Lina behöver ta med ett foto.", ["Lina"]) == ["Ali"]


def test_the_students_former_name_is_not_reported(checker, pupils):
    a = pupils[5]
    text = f"Lina heter numera Lina, tidigare {a}. Använd hon/henne."
    assert _found(checker, text, ["Lina"]) == [], text


def test_tidigare_before_another_pupil_stays_reported(checker, pupils):
    a = pupils[5]
    assert _found(checker, f"Lina har tidigare bråkat med {a}.", ["Lina"]) == [a]


# ------------------------------------------------ misses: greeting someone, a relative before a theme
def test_greet_someone_names_a_person(checker):
    assert _found(checker, "Hej Lina! Hälsa Abbe att han ska ta med skorna.", ["Lina"]) == ["Abbe"]


def test_a_quoted_theme_makes_no_work(checker, pupils):
    a = pupils[6]
    text = f"Förslag från Linas pappa {a}: bjud in en brandman till temat \"Trygghet\"."
    assert _found(checker, text, ["Lina"]) == [a], text


# ------------------------------------------------ a store's name after its chain
@pytest.mark.parametrize("store", ["Ica Maxi", "Coop Forum", "Willys Hemma"])
def test_a_store_after_its_chain_is_no_person(checker, pupils, store):
    a = pupils[7]
    assert _found(checker, f"Lina gör sin PRAO på {store} i Partille.", ["Lina"]) == []
    assert _found(checker, f"Lina handlade på {store} med {a}.", ["Lina"]) == [a]
