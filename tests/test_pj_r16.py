"""person_judgment, round 16 (files dev/r16-*): the classes of innocent context found among the
false alarms and the families added for the misses, pinned in sentences of our own (not corpus
sentences). The rules are checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R16_PJ_FLAG = [
    # Warm idioms about the heart, in their forms and in English (PJ003).
    "Hon har verkligen ett väldigt stort hjärta.",
    "Med sitt varma hjärta får han alla att trivas.",
    "Han har hjärtat på rätta stället.",
    "She has such a big heart.",
    # Growing sure of oneself; a side of the person.
    "Amir har blivit mycket säkrare på sig själv i år.",
    "Hon tror mer på sig själv nu.",
    "Han har en busig sida som kommer fram ibland.",
    "Hon visar ofta sin omtänksamma sida.",
    # A ranking among a career's pupils in the plural.
    "Han är en av de mest hjälpsamma elever jag har undervisat.",
    # Habits in subordinate word order, work refused as a stance, focus, authority.
    "Det är en tjej som aldrig lär sig av sina misstag.",
    "Hon började gråta så fort hon fick en fråga.",
    "Måns vill aldrig plugga.",
    "Hon har fel fokus på skolan just nu.",
    "Han ifrågasätter alltid vuxna.",
    # Label after a conduct verb in the past tense; the label between "en" and the noun may be long.
    "Hon agerade som en riktig förebild under utflykten.",
    "Han är en lugn, trygg och samlande kraft.",
    "Hon är en riktig arbetsmyra som aldrig ger sig.",
    # French and German warm words.
    "Selma est une élève très aimable.",
    "Er ist ein sehr hilfsbereiter Junge.",
    # A judgment after a contrast, beside a knowledge statement.
    "Hon förklarar bråk tydligt i matten, men socialt är hon lite udda.",
    # The habits the new exceptions must not hide.
    "Han slarvar med läxorna.",
    "Hon fryser ut andra och är elak.",
    "Han är elak mot de yngre.",
]

R16_PJ_PASS = [
    # Nothing or the matter at hand as the subject.
    "Han säger att ingenting är kul längre och har slutat äta.",
    "Det här är känsligt, så vi tar det på mötet.",
    # "lugn" as a noun.
    "Efter beskedet behöver hon lugn omkring sig.",
    # Words for describing people studied as vocabulary.
    "We practised adjectives for describing personality, e.g. 'friendly', 'lazy', 'honest'.",
    # A free relative names a topic; a definite neuter noun as the subject.
    "Han läser gärna om det han är nyfiken på.",
    "Eleven kan beskriva hur samhället är organiserat.",
    # The writer, or a pupil, speaking of themselves.
    "Jag vill inte verka elak, men provet måste göras om.",
    "Vi övar på att säga 'jag blir arg när du knuffar'.",
    # An adjective on a message, a joke or a manner of someone else's act.
    "Någon har skrivit elaka kommentarer under hennes bild.",
    "Han fick ett elakt meddelande i gruppchatten.",
    # Careless about one detail of the work.
    "Hon slarvar ibland med enheterna i svaren.",
    "Han har slarvat med källhänvisningarna.",
    # Bullying with one named or pointed-out victim, reported as an incident.
    "Leo och Sam har mobbat Nora sedan i höstas.",
    "Två tjejer fryser ut henne på rasterna.",
    # The heart as an organ; a page, not a side.
    "Blåvalen har ett stort hjärta som väger flera hundra kilo.",
    "Han har en sida kvar att skriva.",
]


@pytest.mark.parametrize("text", R16_PJ_FLAG)
def test_round16_person_judgment_flagged(content, text):  # noqa: F811
    assert "person_judgment" in cats(content, text), text


@pytest.mark.parametrize("text", R16_PJ_PASS)
def test_round16_person_judgment_hard_negative_passes(content, text):  # noqa: F811
    assert "person_judgment" not in cats(content, text), text
