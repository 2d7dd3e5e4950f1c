"""Identifiers, round 60 (docs/identifiers.md, "Round 60"): one name in brackets beside the student's is the
student's alias; a sports club's letters before a capitalised word make it the club's name; a sentence-initial
verb before a definite noun is an instruction ("Rita resultatet …"); leaders of an outing met in their role and
French courtesy titles are staff; "i geo" is geography."""
from __future__ import annotations

import pytest

from checker import get_checker


def _names(text: str, subject: str) -> list[str]:
    return [f.quote for f in get_checker().check(text, subject_names=[subject], categories=["identifier"]).findings]


@pytest.mark.parametrize("text,subject", [
    ("Eyvind (Evy) har varit med om en bilolycka och sover dåligt.", "Eyvind"),
    ("bosse (elias) har sjukdom i familjen, orkar inte läxor", "Elias"),
    ("Anja tävlar för SK Neptun och tränar åtta gånger i veckan.", "Anja"),
    ("Vikarieinstruktion: titrering med NaOH. Rita resultatet i ett diagram.", "Ali"),
    ("Naturskoleledaren Kjell var imponerad av Alicias artkunskap.", "Alicia"),
    ("Lydia fick kämpa i franskan, Mme Dubois tycker att hon har blivit modigare.", "Lydia"),
    ("siri underkand pa forhoret i geo, ska gora om pa fre", "Siri"),
])
def test_not_another_persons_name(text, subject):
    assert _names(text, subject) == []


@pytest.mark.parametrize("text,subject,name", [
    ("Elias och Omar (7B) bråkade. Omar (Elias kusin) satt bredvid.", "Elias", "Omar"),   # no alias: a relation
    ("Eyvind (Evy) och Linnea (8A) skrev tillsammans.", "Eyvind", "Linnea"),
    ("Ali lånade boken av Klara igår.", "Ali", "Klara"),
])
def test_other_people_stay_names(text, subject, name):
    assert name in _names(text, subject)
