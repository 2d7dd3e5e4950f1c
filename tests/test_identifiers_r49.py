"""Identifier round 49 (docs/identifiers.md, "Round 49"): a title after an inverted title cue ("sjöng vi
Mors lilla Olle") and a song's words or music "till" its title ("texten till Staffan var en stalledräng")
are the work's, not people. Each such case has beside it a person of the same shape that must still be
reported: a genitive (someone's text), or the indirect object of the verb ("sjöng han Elsa en sång")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "I musiken på fritids sjöng vi Mors lilla Olle och Lille katt. Ebbe vågade sjunga första versen.",
    "I höstas läste vi Mio, min Mio och Ebbe kunde återberätta handlingen.",
    "Ebbe kan texten till Staffan var en stalledräng och sjunger i stämma.",
    "Ebbe har övat på ackorden till Blinka lilla stjärna.",
])
def test_titles_after_inverted_cues_and_song_parts_are_works(names_found, text):
    assert names_found(text, ["Ebbe"]) == []


@pytest.mark.parametrize("text, expected", [
    ("Igår läste vi Kalles text högt och Ebbe lyssnade.", ["Kalle"]),
    ("På rasten sjöng han Elsa en sång, berättade Ebbe.", ["Elsa"]),
    ("Ebbe skickade texten till Olle i 4B.", ["Olle"]),
    ("Ebbe gav noterna till Olle.", ["Olle"]),
    ("Ebbe sjunger i kören och lämnade texten till Olle och Kim.", ["Olle", "Kim"]),
])
def test_people_in_the_same_places_are_still_reported(names_found, text, expected):
    assert names_found(text, ["Ebbe"]) == expected
