"""Round 34: `subject: many` – a routine or a figure in a text written to many readers (a notice,
a letter to every family, minutes) names no pupil's absence, grade or health, unless its sentence
names someone (a student's name, a given name or surname from the gazetteer, he/she)."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from checker.rules import Exception_

CONTENT = ["attendance", "grade", "sensitive"]


def found(checker, text, subject=()):
    return [(f.category, text[f.start:f.end]) for f in checker.check(text, subject_names=list(subject),
                                                                      categories=CONTENT).findings]


@pytest.mark.parametrize("text", [
    "Till alla vårdnadshavare i åk 7–9\n\nFrånvaro ska anmälas före kl. 08.00 via appen. Längre ledighet beviljas av rektor.",
    "Information om betyg i åk 6–9\n\nBetyg sätts på en skala från A till F. F innebär att kunskapskraven inte är nådda.",
    "Protokoll klasskonferens 7C\nFrånvaro: Fyra elever har över 15 % frånvaro. Mentor kontaktar hemmen.",
    "Veckobrev 5A\nVi märker att många kommer in sent efter lunchrasten. Lektionen börjar 12.35.",
    "Information to all families\n\nIf your child is sick, please call the school before 8 am. Leave must be applied for in advance.",
    "Påminnelse om sjukdom och frånvaro\n\nBarn som har haft feber ska vara feberfria ett dygn innan de kommer tillbaka. "
    "Vid magsjuka gäller 48 timmar utan symtom.",
    "Kära vårdnadshavare i åk 9! Snart är det dags för slutbetyg. Betygen sätts utifrån kunskapskraven, där F är icke godkänt.",
    # round 59: a letter to the families of one year, the minutes of a class or subject conference
    "Till vårdnadshavare i åk 9: Om ert barn har fått F eller streck i något ämne kontaktar mentor er i januari.",
    "Klasskonferens 9A, 20 november\nSex elever riskerar att inte bli behöriga till gymnasiet; alla har extra anpassningar.",
    "Ämneskonferens SO: Vi var överens om att den första texten ligger på E-nivå och de två andra på C-nivå.",
])
def test_routines_and_group_figures_in_a_text_to_many_are_no_pupils(checker, text):
    assert found(checker, text) == []


@pytest.mark.parametrize("text, subject", [
    ("Protokoll klasskonferens 7C\nLeo: hög frånvaro, riskerar F i matte.", ()),
    ("Hej alla! Han har varit sjuk hela veckan, så vi tar provet senare.", ()),
    ("Veckobrev 5A\nIdag har Wilma varit sjuk, så hon gör provet på fredag.", ("Wilma",)),
    ("Eleven har hög frånvaro och riskerar F i matte.", ()),   # no text to many readers
    # a text that names the student anywhere is about the student, sentence by sentence
    ("Information om risk för F i matematik. Yusuf har inte visat att han kan lösa ekvationer.", ("Yusuf",)),
    ("Info från elevhälsan: skolsköterskan har pratat med familjen kring Aron. Soc är inkopplade efter orosanmälan.",
     ("Aron",)),
])
def test_a_sentence_that_names_someone_stays_flagged(checker, text, subject):
    assert found(checker, text, subject) != []


def test_subject_many_stands_alone_in_its_exception():
    Exception_(subject="many")
    with pytest.raises(ValidationError, match="subject: many"):
        Exception_(subject="many", regex="x")


def test_conference_minutes_still_name_a_pupils_grade(checker):
    # round 59: minutes open as a text to many, but a sentence naming a pupil is about that pupil
    text = "Klasskonferens 9A, 20 november\nHugo riskerar F i matematik och har åtgärdsprogram."
    assert any(c == "grade" for c, _ in found(checker, text))
