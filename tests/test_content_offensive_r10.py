"""Offensive, round 10 (files dev/r10-*): the classes of innocent context found among the false
alarms and the families added for the misses, pinned in sentences of our own (not corpus
sentences). The rules are checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R10_OF_FLAG = [
    # Masked swear words and quoted messages: "orden"/"ordet" report what was written or said.
    "Lappen innehöll orden ”din j@vla idiot” och låg i hennes bänk.",
    "Han sa ”j*vla n-ord” till en tjej i kön (han sa hela ordet).",
    "Ordet ”hora” stod skrivet på hennes skåp i fredags.",
    "Vilken j-la soppa han ställde till med på lektionen.",
    # Group hate: go-home, a call to kill a people, a stereotype adjective on a people.
    "Någon skrev ”alla araber borde kastas ut” på toadörren.",
    "He shouted ”go back to your own country” at her in the canteen.",
    "De ropade ”döda alla bögar” under leken.",
    "Han har sagt att grannarna är ”giriga judar”.",
    # Violence wished on a pupil, exasperated contempt, "your mum" taunts.
    "Ärligt talat förtjänar han ett kok stryk.",
    "Hur kan en människa vara så trög, Ella frågade igen.",
    "Hon sa ”din pappa är ful” till en kompis.",
    # Families: plural forms, "-snärta", "-hjärna", "-dum", "sate", passives with a quoted word.
    "Ni är töntar allihop, skrev hon i chatten.",
    "En liten tössnärta, sa han om henne.",
    "Han kallade honom guldfiskhjärna inför klassen.",
    "Urdum, sa han om sin bänkkamrat.",
    "Stackars sate, han fattar ingenting av bråk.",
    "Sara har blivit kallad ”flodhäst” av några i parallellklassen.",
    "Odräglig unge! Lucas kastade pennor hela passet.",
    "Vad ska man göra med din slöfock till bror, sa han.",
    # English sneers.
    "Boys like Tim are just hopeless, no idea why I bother.",
    "What a stupid question, Sam.",
]

R10_OF_PASS = [
    # A pupil's text about abuse or prejudice, quoting it as its material.
    "Vera skrev en novell om mobbning där en rad var ”fetto, fetto”.",
    "I sin krönika om näthat citerade Ali kommentarer som ”dra åt helvete”.",
    "Hon tog upp hur tönt-stämpeln drabbar pojkar i sitt arbete om genus.",
    "I debattartikeln bemöter Omar påståenden som ”blattar är lata” med statistik.",
    "Lisa skrev om hur ”slampa” används om tjejer på nätet.",
    "Podden handlade om rasistiska tillmälen som ”tattare” och deras historia.",
    # A list of words as words, a discussion question, unnamed things said, a request to stop.
    "Fula ord vi inte säger i klassen: ”jävla”, ”skit” och ”idiot”.",
    "I etiken diskuterade vi om psykopater kan ändra sig.",
    "Han kallar dem massa saker som inte hör hemma här.",
    "Mamman vill att vi slutar kalla Noah ”stökig” i veckobreven.",
    # Titles and fiction, a chosen pronoun, amazement, "som man säger".
    "Idioten är en roman som Tove vill läsa härnäst.",
    "In Wonder, the boys call Auggie a freak; Lea discussed how he handles it.",
    "Robin vill bli kallad ”hen” i skolan.",
    "Det är psyko vad snabbt hon löser ekvationer!",
    "Vi läste om Hitlers plan att döda alla judar i Europa.",
    "Det finns inga dumma frågor, sa Lisa till gruppen.",
    "Han har gjort en värdefull insats i elevrådet.",
]


@pytest.mark.parametrize("text", R10_OF_FLAG)
def test_round10_offensive_flagged(content, text):  # noqa: F811
    assert "offensive" in cats(content, text), text


@pytest.mark.parametrize("text", R10_OF_PASS)
def test_round10_offensive_hard_negative_passes(content, text):  # noqa: F811
    assert "offensive" not in cats(content, text), text


def test_som_man_sager_is_no_generic_case(content):  # noqa: F811
    """'som man säger' holds the letters of 'om man säger'; the generic-case cue must start a
    word, or every stereotype followed by 'som man säger' would pass."""
    assert "offensive" in cats(content, "Typisk invandrarkille, som man säger.")
    assert "offensive" not in cats(content, "Vi pratade om vad man gör om man säger ”tönt” till någon.")
