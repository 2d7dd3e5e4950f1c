"""Offensive, round 15 (files dev/r15-*): the classes of innocent context found among the false
alarms and the families added for the misses, pinned in sentences of our own (not corpus
sentences). The rules are checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R15_OF_FLAG = [
    # "as-" as an intensifier on a judgment, like "skit-".
    "Han är as-jobbig på lektionerna.",
    "Hon var asdryg mot vikarien idag.",
    # "-röv" and "-mupp" insults, the racist "ökenråtta" also spelled out.
    "Han är en riktig surröv på morgnarna.",
    "Hon kallade honom klimatmupp inför alla.",
    "Han sa att hon var en ö-k-e-n-r-å-t-t-a.",
    # "kräk" in the common gender, "ett as" after a copula.
    "Ärligt talat är han en kräk mot de yngre.",
    "Bra på matte, men han är ett as mot kompisarna.",
    # Nobody home, not much up there, a wet blanket, a louse in the fur.
    "Jag tror inte det är någon hemma i huvet på honom.",
    "Hon har inte mycket mellan öronen.",
    "Han sitter där som en blöt filt hela lektionen.",
    "Hon är som en lus i pälsen på alla vuxna.",
    # A contemptuous adjective on a royal title.
    "Han är en bortklemad prins som aldrig hjälper till.",
    # Name-calling nouns with a person cue; "fjant" and "slöfock" by the labels' majority.
    "Han är en riktig slashas med sina saker.",
    "Hon har blivit en riktig ragata mot de andra.",
    "Du är en torrboll, sa han till henne.",
    "Han är en riktig fjant på rasterna.",
    "Han har varit en riktig slöfock hela våren.",
    # A swear word on a person or a pupil's work still counts.
    "Vilken jävla soppa han har gjort av sin rapport.",
    "Hon är skitjobbig i gruppen.",
]

R15_OF_PASS = [
    # A swear word aimed at a circumstance: weather, a day, equipment, the school's own test.
    "Ett jävla blåsväder på friluftsdagen, vi fick gå in tidigt.",
    "Den jävla projektorn dog mitt i genomgången, så vi fick rita på tavlan.",
    "Vilket skitväder, men Liv sprang hela banan.",
    "Det är för jävligt att nätet låg nere under provet.",
    "Det där jävla förhöret blev för långt, mitt fel.",
    "Skitkallt i salen idag, vi hade jackorna på.",
    # A title read from, placed in its author's work, analysed; a royal character in a film.
    "Läs kapitel 3 i Idioten till måndag.",
    "Idioten i Dostojevskijs roman är en godhjärtad furste.",
    "I sin analys av 'Lord of the Flies' visar Saga hur pojkarna kallar Piggy fatty.",
    "Noor retold the plot of 'Matilda' and described Miss Trunchbull as a brute.",
    "Hon skrev om prinsessan Fiona i Shrek och hur hon räddar sig själv.",
    # Sportsmanship, a costume, a historical label, words studied as vocabulary.
    "We talked about how to be a good loser and a good winner.",
    "På maskeraden var barnen utklädda till spöken, monster och pirater.",
    "Vi läste om hur barn på 1920-talet betecknades som ”idioter” i journalerna.",
    "Elsa jämförde dialektord som ”tölp” och ”drummel” från olika landskap.",
    "idiot, idiotisk, idioti – vi byggde en ordfamilj tillsammans.",
    # Homonyms of the new entries.
    "Ormungarna kläcks i slutet av sommaren.",
    "Vi kvävde elden med en blöt filt under brandövningen.",
    "Gamarna åt av ett as på savannen.",
    "Vi lade ny asfalt på skolgården.",
]


@pytest.mark.parametrize("text", R15_OF_FLAG)
def test_round15_offensive_flagged(content, text):  # noqa: F811
    assert "offensive" in cats(content, text), text


@pytest.mark.parametrize("text", R15_OF_PASS)
def test_round15_offensive_hard_negative_passes(content, text):  # noqa: F811
    assert "offensive" not in cats(content, text), text
