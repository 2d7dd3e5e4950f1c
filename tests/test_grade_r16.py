"""Grade, round 16 (files dev/r16-*, administrative documents): the families added for the
misses and the classes of letters that are not grades, pinned in sentences of our own (not
corpus sentences). The rules are checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R16_GRADE_FLAG = [
    # A score equals a letter, with the matrix as the authority.
    "Diagnos: 17 av 24 poäng = B enligt matrisen.",
    # The grade noun opens the subject, a task between it and the letter.
    "Betyget på labbrapporten blev ett D.",
    # A grade label followed by several letters.
    "Betyg i so: B, C, C.",
    "Prognos NO: D, E och E.",
    # A level word with the letter in brackets; reaching or managing a grade.
    "Nuläge i engelska: godtagbar (E).",
    "Hon kommer nog upp till C om hon lämnar in labbarna.",
    "Bedöms klara E i alla ämnen utom tyska.",
    # A quoted letter got on a part of a course, the old U included.
    "Han har fått 'U' på säkerhetsmomentet i slöjden.",
    # Counts of grades in a summary; merit points as a rank.
    "Sammanställning: 6 A, 8 B, 3 C.",
    "Amira har lägst meritvärde i gruppen.",
    # English labels and verdicts.
    "Grade so far: D.",
    "Clear argument, grade B.",
    "Ella has a pass in every subject but German (fail).",
    # A result line with the name and the points next to a threshold.
    "Resultat kap 5: Melker 21p (gräns för B 20p).",
]

R16_GRADE_PASS = [
    # A note sung or played.
    "Vi sjöng i G-dur och Lova tog ett högt A i refrängen.",
    # An option chosen, a letter on a thing.
    "He chose option B in the quiz.",
    "Han hade ett stort E på tröjan.",
    # Anyone, as a rule.
    "Alla som får F får skriva omprov i maj.",
    "Man behöver minst E i svenska för att komma in på gymnasiet.",
    # Classes named by number and letter; levels of a reading book.
    "Eleverna i 7 A, 8 B och 9 C åker till museet.",
    "Hon klarar C och D i läseboken nu.",
    # The scale itself; parts of a test.
    "Betygsskalan: A, B, C, D, E och F.",
    "Provet bestod av tre delar: A, B och C.",
    # The matrix as the source of a definition.
    "I bedömningsmatrisen står att E kräver enkla resonemang.",
]


@pytest.mark.parametrize("text", R16_GRADE_FLAG)
def test_round16_grade_flagged(content, text):  # noqa: F811
    assert "grade" in cats(content, text), text


@pytest.mark.parametrize("text", R16_GRADE_PASS)
def test_round16_grade_hard_negative_passes(content, text):  # noqa: F811
    assert "grade" not in cats(content, text), text
