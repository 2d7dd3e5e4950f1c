"""Identifier round 15: the classes of false reports and misses that six new writers showed
(docs/identifiers.md, round 15). Sentences are our own; pupil names come from Faker's sv_SE
lists under a fixed seed, so no test depends on one name."""
from __future__ import annotations

import pytest

from test_identifiers import gazetteer_pupil_names, identifier_quotes as _found


@pytest.fixture(scope="module")
def pupils():
    """Ordinary pupil first names: in the gazetteer, no Swedish word, no listed figure."""
    return gazetteer_pupil_names(20261515, 8)


# ------------------------------------------------ rulers with an epithet
@pytest.mark.parametrize("text", [
    "Katarina den stora styrde Ryssland i över trettio år, förklarar Lina.",
    "Lina skrev om hur Peter den store byggde upp flottan.",
    "Erik den helige blev Sveriges skyddshelgon, berättar Lina.",
    "Lina compared Alfred the Great with other kings.",
])
def test_a_ruler_named_with_an_epithet_is_knowledge(checker, text):
    assert _found(checker, text, ["Lina"]) == [], text


def test_an_epithet_needs_the_article_right_after_the_name(checker, pupils):
    a = pupils[0]
    # "den" starting a new clause is no epithet
    assert _found(checker, f"Lina lånade ut sin penna till {a}, den stora blå.", ["Lina"]) == [a]


# ------------------------------------------- the source of a grade is a teacher
@pytest.mark.parametrize("grade", ["ligger på ett C i matte", "får troligen ett D i engelska",
                                   "har F-varning i kemi", "fick betyget B i slöjd"])
def test_enligt_after_a_grade_cites_a_teacher(checker, pupils, grade):
    a = pupils[1]
    for source in (f"enligt {a}", f"enl. {a}"):
        text = f"Lina {grade} just nu, {source}."
        assert _found(checker, text, ["Lina"]) == [], text


def test_enligt_after_gossip_is_still_a_witness(checker, pupils):
    a = pupils[1]
    assert _found(checker, f"Lina har retat de andra på rasten enligt {a}.", ["Lina"]) == [a]


# ------------------------------------- quoted titles in sentence case, quoted tasks
@pytest.mark.parametrize("template", [
    "Läsläxa vecka 9: '{a} och hunden som försvann'. Lina läser kapitel 2.",
    "Lina löste textuppgiften '{a} köper tre äpplen för 12 kr styck – vad kostar de?' utan hjälp.",
    "Lina kan beskriva hur {a} i 'Den hemliga trädgården' förändras under boken.",
])
def test_names_in_a_quoted_title_or_task_are_the_works(checker, pupils, template):
    text = template.format(a=pupils[2])
    assert _found(checker, text, ["Lina"]) == [], text


def test_a_pupils_quoted_words_with_a_relative_stay_reported(checker, pupils):
    a = pupils[2]
    text = f"Läxan var att skriva en mening. Lina skrev 'Min bror {a} är snäll'."
    assert _found(checker, text, ["Lina"]) == [a], text


# -------------------------------------------------- a chapter about a character
def test_a_chapter_about_someone_names_a_character(checker, pupils):
    a = pupils[3]
    text = f"Vi läser högt ur boken. I morgon pratar vi om kapitlet om {a} som flyttar."
    assert _found(checker, text, ["Lina"]) == [], text
    # a friend is still a friend
    text = f"Lina skrev en text om sin kompis {a}."
    assert _found(checker, text, ["Lina"]) == [a], text


# ------------------------------------------------------ adults met in their trade
@pytest.mark.parametrize("role", ["programmeraren", "snickaren", "veterinären", "arkitekten"])
def test_a_visitor_named_by_trade_is_no_pupil(checker, pupils, role):
    a = pupils[4]
    text = f"Klassen fick besök av {role} {a}, och Lina ställde frågor."
    assert _found(checker, text, ["Lina"]) == [], text


# -------------------------------------------- an instruction that looks like a name
def test_rita_with_a_preposition_is_an_instruction(checker):
    assert _found(checker, "Rita på rutat papper. Lina valde blyerts.", ["Lina"]) == []
    # with a cue the word-like name is a name
    assert _found(checker, "Lina och Rita ritade på rasten.", ["Lina"]) == ["Rita"]


# ----------------------------------------- a heading that is a book's title
def test_a_heading_before_a_review_is_the_title(checker):
    assert _found(checker, "Zlatan – min historia! Lina har läst boken och skrivit en recension.",
                  ["Lina"]) == []


# ------------------------------------------------ comparing with a listed figure
def test_a_name_compared_with_a_listed_figure_is_a_figure(checker):
    text = "Lina jämförde Knut Ahlström med Darwin i sitt arbete."
    assert _found(checker, text, ["Lina"]) == [], text


# ------------------------------------- a guardian's closing with an unlisted name
@pytest.mark.parametrize("closing", ["/Tsegereda, mamma till Lina", "Mvh Tsegereda (mamma)"])
def test_a_guardian_closing_reports_an_unlisted_name(checker, closing):
    text = f"Hej! Lina är hemma i dag, hon har feber. {closing}"
    assert _found(checker, text, ["Lina"]) == ["Tsegereda"], text


def test_a_staff_closing_with_an_unlisted_name_is_not_reported(checker):
    text = "Hej! Lina har jobbat bra i dag. Mvh Tsegereda (mentor)"
    assert _found(checker, text, ["Lina"]) == [], text
