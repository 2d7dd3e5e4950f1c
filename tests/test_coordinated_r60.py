"""Round 60 (docs/rules.md, "Round 60"): a one-word hit coordinated by "och"/"eller" with a word a frame
exception cancelled (subject content, a work, a thing as the subject) is cancelled too; an exception about
the first word's own neighbours, an unmet `require`, a comma, a phrase or a verb does not spread. Also the
neuter-noun subject regex no longer reads a student named "Harriet" as a thing."""
from __future__ import annotations

import pytest

from checker import get_checker


def _judgments(text: str, subject: str) -> list[str]:
    return [f.quote for f in get_checker().check(text, subject_names=[subject], categories=["person_judgment"]).findings]


@pytest.mark.parametrize("text,subject", [
    ("Marcus beskriver hur Strindberg i Röda rummet satiriserar ämbetsmän som lata och självgoda.", "Marcus"),
    ("Tuva redogjorde för hur propagandan framställde motståndarna som lata eller fega.", "Tuva"),
])
def test_the_second_of_coordinated_words_shares_the_frame(text, subject):
    assert _judgments(text, subject) == []


@pytest.mark.parametrize("text,subject,quote", [
    # "en" before "snäll" is an exception about that word's neighbours: "hjälpsam" is still a judgment
    ("Benjamin är dessutom en snäll och hjälpsam kille.", "Benjamin", "hjälpsam"),
    # a verb after "och" opens a predicate of its own
    ("Harriet är bortskämd och tror att hon äger världen.", "Harriet", "tror att hon äger världen"),
    # a comma is no coordination: a new clause follows
    ("Gustav är en riktig tönt, ingen vill jobba med honom.", "Gustav", "ingen vill jobba"),
])
def test_a_local_exception_or_a_new_predicate_does_not_spread(text, subject, quote):
    assert quote in _judgments(text, subject)


def test_a_student_named_like_a_neuter_noun_is_no_thing():
    assert "bortskämd" in _judgments("Harriet är bortskämd och gnäller.", "Harriet")
    assert _judgments("Trädet är känsligt för frost.", "Ali") == []
