"""Review of round 18's rule changes: exceptions that were broader than their purpose, each
pinned with a hidden finding (now reported) and the engineer's innocent case (still passing).
Checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

# Grade: the group-result exception ("Alla klarade provet!") cancelled the whole sentence, so a
# single pupil's grade after a group opening was hidden.
GROUP_THEN_PUPIL = [
    "Vi har pratat om att Ebba fick F i matte.",
    "Alla fick tillbaka proven och hon fick F.",
    "Klassen har haft prov och Hugo fick E.",
    "Vi fick resultaten i dag, Sami har F i engelska.",
    "Eleverna har skrivit NP och han fick ett E.",
]
GROUP_ONLY = [
    "Alla klarade provet!",
    "Hela klassen fick godkänt på förhöret.",
    "De flesta fick ett C på NP.",
]


@pytest.mark.parametrize("text", GROUP_THEN_PUPIL)
def test_pupil_grade_after_group_opening_is_reported(content, text):
    assert "grade" in cats(content, text)


@pytest.mark.parametrize("text", GROUP_ONLY)
def test_group_result_alone_still_passes(content, text):
    assert "grade" not in cats(content, text)


# Attendance: a school body discussing absence cancelled the whole sentence, so a named pupil's
# truancy reported in the body's minutes was hidden.
@pytest.mark.parametrize("text", [
    "Elevrådet pratade om att Nora har skolkat hela veckan.",
    "Kollegiet tog upp med mamman att han har skolkat.",
])
def test_pupil_absence_in_a_bodys_minutes_is_reported(content, text):
    assert "attendance" in cats(content, text)


@pytest.mark.parametrize("text", [
    "Elevrådet pratade om frånvaron på skolan.",
    "Arbetslaget diskuterar hur frånvaron kan minskas.",
])
def test_a_body_on_absence_in_general_still_passes(content, text):
    assert "attendance" not in cats(content, text)


# Offensive: the sacred-text cue "psalm*" took in a school event ("psalmsången"), so an insult
# shouted during it was cancelled with the whole sentence.
def test_insult_during_hymn_singing_is_reported(content):
    assert "offensive" in cats(content, "Under psalmsången kallade Omar Ida för fetto.")


def test_word_read_in_a_psalm_still_passes(content):
    assert "offensive" not in cats(content, "I psalmen kallas synden en hora som lockar.")
