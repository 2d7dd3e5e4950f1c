"""Identifier round 18: classes of capitalised words that are no other pupil's name, as a new
writer's text on names among capitalised non-identifiers showed them (docs/identifiers.md,
round 18): staff of care and welfare services, a colleague asked in a staff-signed note, months,
epithets, works named by their characters, a figure's genitive before a title, story animals,
a household named in a message heading, English title case; and the student's own relative in
a sentence only a year makes historical. Sentences are our own; pupil names come from Faker's
sv_SE lists under a fixed seed, so no test depends on one name."""
from __future__ import annotations

import pytest

from test_identifiers import gazetteer_pupil_names, identifier_quotes as _found


@pytest.fixture(scope="module")
def pupils():
    """Ordinary pupil first names: in the gazetteer, no Swedish word, no listed figure."""
    return gazetteer_pupil_names(20261818, 6)


# ------------------------------------------------ staff of care and welfare services
@pytest.mark.parametrize("text", [
    "Efter samtalet med {x} på ungdomsmottagningen vill {s} ha stöd.",
    "{x} från socialtjänsten var med på mötet om {s}.",
    "{x} på vårdcentralen har skickat remissen för {s}.",
    "Kuratorn och elevhälsans {x} följer upp {s}s frånvaro.",
])
def test_staff_of_a_service_are_not_reported(checker, pupils, text):
    s, x = pupils[0], pupils[1]
    assert _found(checker, text.format(s=s, x=x), [s]) == []


def test_a_pupil_beside_a_service_word_is_still_reported(checker, pupils):
    s, x = pupils[0], pupils[1]
    assert _found(checker, f"{s} bråkade med {x} på fritids.", [s]) == [x]
    # the case's named contact stays reported (round 3's decision)
    assert _found(checker, f"Kontaktperson på socialtjänsten för {s} är {x} Lindqvist.", [s]) == [f"{x} Lindqvist"]


# ------------------------------------------------ a colleague asked in a staff-signed note
@pytest.mark.parametrize("text", [
    "Kan du, {x}, prata med {s} om läxorna? /Rektor",
    "{x}, kan du ringa hem om {s}s frånvaro? /Mentor 7B",
])
def test_a_colleague_asked_in_a_staff_note_is_not_reported(checker, pupils, text):
    s, x = pupils[0], pupils[1]
    assert _found(checker, text.format(s=s, x=x), [s]) == []


def test_a_parent_asked_about_their_child_is_reported(checker, pupils):
    s, x = pupils[0], pupils[1]
    assert _found(checker, f"Kan du, {x}, ringa mig om din dotter? /Mentor", [s]) == [x]


def test_a_peer_the_student_is_sent_to_is_reported(checker, pupils):
    s, x = pupils[0], pupils[1]
    assert _found(checker, f"{s}, kolla med {x} Berglund om hon har nyckeln.", [s]) == [f"{x} Berglund"]


# ------------------------------------------------ months in a calendar sentence
@pytest.mark.parametrize("text", [
    "Juni är den månad då {s} ska lämna in projektet.",
    "{s} wrote: My favourite month is April.",
    "Augusti och september är månaderna {s} tycker bäst om.",
])
def test_a_month_in_a_calendar_sentence_is_no_name(checker, pupils, text):
    s = pupils[0]
    assert _found(checker, text.format(s=s), [s]) == []


def test_a_pupil_called_like_a_month_is_reported(checker, pupils):
    s = pupils[0]
    assert _found(checker, f"{s} lekte med Juni hela juni.", [s]) == ["Juni"]


# ------------------------------------------------ epithets, works, titles, animals
@pytest.mark.parametrize("text", [
    "Ivan den förskräcklige och Knut den mäktige var två av härskarna {s} beskrev.",
    "Lilla Anna och Långa farbrorn är {s}s favoritbok.",
    "Romeo och Julia är paret i den kända pjäsen som {s} har analyserat.",
    "Hassan och Amir är huvudpersonerna i romanen {s} läser.",
    "{s} analyserade Dantes Inferno och helvetets kretsar.",
    "{s} har spelat Love Me Tender på gitarr.",
    "Tjuren Ferdinand läste vi i tvåan, och {s} återberättade den.",
    "{s} skrev om Dolly Parton och Johnny Cash i arbetet om countrymusik.",
])
def test_knowledge_is_not_reported(checker, pupils, text):
    s = pupils[0]
    assert _found(checker, text.format(s=s), [s]) == []


def test_pupils_beside_the_same_constructions_are_reported(checker, pupils):
    s, x, y = pupils[0], pupils[1], pupils[2]
    assert _found(checker, f"{x} och {y} är paret i klassen som bråkar mest.", [s]) == [x, y]
    assert _found(checker, f"{x} är {s}s bästa kompis.", [s]) == [x]
    assert _found(checker, f"{s} lånade {x}s penna.", [s]) == [x]   # (the quote without the -s)


# ------------------------------------------------ the household in a message heading
def test_the_students_household_in_a_heading_is_not_reported(checker, pupils):
    s = pupils[0]
    assert _found(checker, f"Meddelande till familjen Nordqvist: {s} har glömt gympapåsen.", [s]) == []


def test_another_household_visited_is_reported(checker, pupils):
    s = pupils[0]
    assert _found(checker, f"{s} sov över hemma hos familjen Nordqvist.", [s]) == ["Nordqvist"]


# ------------------------------------------------ the student's own relative in history
def test_the_students_relative_in_a_history_sentence_is_reported(checker, pupils):
    s, x = pupils[0], pupils[1]
    got = _found(checker, f"{s} har intervjuat sin mormor {x} Lindqvist om skolan på 1950-talet.", [s])
    assert got == [f"{x} Lindqvist"]


def test_a_historic_figures_relative_stays_knowledge(checker, pupils):
    s = pupils[0]
    assert _found(checker, f"{s} skrev om hur Gustav Vasa blev kung 1523 efter sin far Erik Johansson.", [s]) == []


# ------------------------------------------------ a letter to a figure, a post handed over
def test_a_letter_to_a_figure_the_sentence_names_is_not_reported(checker, pupils):
    s, x = pupils[0], pupils[1]
    assert _found(checker, f"{s} har läst Anne Franks dagbok och skriver ett brev till Anne.", [s]) == []
    assert _found(checker, f"{s} har läst Anne Franks dagbok och gav boken till {x}.", [s]) == [x]


def test_a_post_handed_over_between_staff_is_not_reported(checker, pupils):
    s, x, y = pupils[0], pupils[1], pupils[2]
    assert _found(checker, f"Efter lovet byter {s}s klass mentor. {y} lämnar över till {x}.", [s]) == []
    assert _found(checker, f"{s} lämnar över till {x} i stafetten.", [s]) == [x]
    assert _found(checker, f"{s} lämnar över bollen till {x}.", [s]) == [x]


# ------------------------------------------------ who they were, and places named after people
def test_a_figure_described_in_apposition_is_not_reported(checker, pupils):
    s, x = pupils[0], pupils[1]
    assert _found(checker, f"{s} har skrivit om Sofia Kovalevskaja, en rysk matematiker.", [s]) == []
    assert _found(checker, f"{s} lekte med {x}, en ny tjej i klassen.", [s]) == [x]


def test_a_school_named_after_someone_is_not_reported(checker, pupils):
    s = pupils[0]
    assert _found(checker, f"{s} har gått på Ellen Keyskolan och Sara Lidmanskolan.", [s]) == []
