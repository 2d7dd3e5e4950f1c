"""Identifiers, round 64 (docs/identifiers.md, "Round 64"): colleagues greeted in notes that ask how a pupil did on a
test, that the pupil read aloud to the reader, for something in the school library or for a pupil's work in English;
a teacher named with a subject in brackets beside the writer; a school's mailbox of several words; the school's
number in a notice about reporting absence; and a parent signing with a word of their own language."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subjects", [
    ("Hej Ingrid! Hur gick det för Ali på glosförhöret? /Maja", ["Ali"]),
    ("Hej Stefan! Kan Ali få läsa högt för dig på onsdag? Tack, Lotta", ["Ali"]),
    ("Hej Monika! Ali vill låna nästa bok i serien, kan du ta fram den i biblioteket? /Jens", ["Ali"]),
    ("Hi Karen, could you forward me Ali's essay from last week? /Tom", ["Ali"]),
    ("Gunnar Ek (SO) och jag har planerat temat där Ali ska intervjua en äldre släkting.", ["Ali"]),
    ("Lämna bilderna till musiksal.norrskolan@edu.kommun.se senast fredag.", []),
    ("Påminnelse om hur ni sjukanmäler. Ring 08-123 456 78 före kl 7.45.", []),
    # a Polish parent signs with the pupil's genitive: Hanna's mum, Zofia's dad
    ("Dziękujemy za pomoc z lekcjami! Mama Hanny", ["Hanna"]),
    ("Zofii nie będzie jutro w szkole. Tata Zofii", ["Zofia"]),
])
def test_staff_and_school_are_not_identifiers(identifiers_found, text, subjects):
    assert identifiers_found(text, subjects) == []


@pytest.mark.parametrize("text,subjects,quote", [
    # a parent greeted and asked about something outside school stays reported
    ("Hej Anna! Hur gick det för Ali på matchen? Hälsningar Lena, mentor", ["Ali"], "Anna"),
    # a parent signing with a word of their own language
    ("Ali är sjuk idag. /Mama Ewa", ["Ali"], "Ewa"),
    ("Ali kommer efter lunch. /Tata Marek", ["Ali"], "Marek"),
    ("Ali har glömt gympapåsen. /Papa Luis", ["Ali"], "Luis"),
    # a person's address at a school's domain keeps its name
    ("Maila lena.ek@edu.kommun.se om bilderna.", [], "lena.ek@edu.kommun.se"),
])
def test_people_stay_reported(identifiers_found, text, subjects, quote):
    assert quote in [q for _, q in identifiers_found(text, subjects)]


def test_a_relatives_number_after_the_absence_notice_stays(identifiers_found):
    found = identifiers_found("Vi har pratat om hur ni sjukanmäler. Ring mamma på 070-123 45 67 om det behövs.", [])
    assert "PHONE" in [e for e, _ in found]
