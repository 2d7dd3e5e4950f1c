"""Identifier round 42 (docs/identifiers.md, "Round 42"): in a sentence about a book, a character who
quarrels with or shouts at a name makes that name the character's counterpart, not a pupil. Each case
that must stay unreported has beside it a pupil in the same construction that must still be reported."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "I boken bråkade Ronja med Birk.",
    "I boken skrek Ronja åt Birk.",
    "I boken bråkar Ronja med Birk och Mattis blir arg.",
])
def test_a_characters_counterpart_stays_unreported(names_found, text):
    assert names_found(text, ["Elsa"]) == []


@pytest.mark.parametrize("text", [
    "Elsa bråkade med Birk på rasten.",
    "Elsa läste boken om Ronja. Sedan bråkade hon med Birk på rasten.",
    "I boken om Ronja bråkade Elsa med Birk om vem som fick läsa.",
    "Under lektionen om Gustav Vasa bråkade Elsa med Birk.",
])
def test_a_pupil_quarrelled_with_is_still_reported(names_found, text):
    assert names_found(text, ["Elsa"]) == ["Birk"]


def test_a_pupil_the_student_sings_with_beside_a_title_is_still_reported(names_found):
    """A quoted song title makes the sentence one about a work, but "Hon" is the student."""
    text = "Selma spelar C-dur på ukulele. Hon sjöng 'Vem kan segla förutan vind' i stämma med Harriet."
    assert names_found(text, ["Selma"]) == ["Harriet"]


# A teacher's own contact in English, given with "contact me"/"reach me" and signed in an English staff
# role, is the school's, as "Kontakta mig på … /Anna, mentor" is; a parent's stays reported.
@pytest.mark.parametrize("text", [
    "Please contact me at j.smith@school.se. /Mr Smith, English teacher",
    "Contact me on 08-123 456 78. /Mr Smith, English teacher",
])
def test_a_teachers_own_contact_in_english_stays_unreported(identifiers_found, text):
    assert identifiers_found(text, ["Liam"]) == []


@pytest.mark.parametrize("text, entity", [
    ("Please call me on 070-123 45 67. Best regards, Sarah (Liam's mum)", "PHONE"),
    ("Contact me at sarah.jones@gmail.com. Thanks, Sarah, Liam's mother", "EMAIL"),
])
def test_a_parents_own_contact_in_english_is_still_reported(identifiers_found, text, entity):
    assert entity in [e for e, _ in identifiers_found(text, ["Liam"])]
