"""Offensive, round 18 (files dev/r18-*): the classes of innocent context found among the false
alarms and the families and constructions added for the misses, pinned in sentences of our own
(not corpus sentences). The rules are checked without the trained veto, as in
test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

# Innocent classes: a sacred or old text, a figure placed in a text, a work named by a title of
# capitalised words, a character's insult asked about in English, a task cursed, a pupil reading
# out their own poem, kin and friends called in the ordinary sense.
R18_OF_PASS = [
    "I Bibeln kallas kvinnan i liknelsen en sköka, och vi jämförde med en nyare översättning.",
    "Klassen läste ”den stora horan” i Uppenbarelseboken och pratade om bildspråket.",
    "Idioten i boken lurar alla, och Maja förklarade varför.",
    "Häxan i sagan kallar prinsessan för slyna, och Omar ritade scenen.",
    "I Pelle Svanslös kallas Måns för en riktig skitstövel av de andra katterna.",
    "We discussed how the narrator calls his stepfather a pig and what that shows.",
    "Han skrev ”vilken idiotisk övning” på bladet och lämnade in.",
    "Nora läste upp sin dikt med raden ”du är ett as och en gris” och fick applåder.",
    "Han kallar honom sin bästa kompis.",
    "Mamma kallade på sin son i telefon.",
    # Homonyms and literal senses beside the new entries.
    "Det är på tok för mycket läxor den här veckan.",
    "Vi plockade skräp i parken och där var rent skräp överallt.",
    "Han har en liten lort på ärmen efter lunchen.",
    "Bonden släppte ut boskapen på bete.",
    "Smeknamnet ”Lillan” har hon haft sedan förskolan.",
    # A fond title with no failure after it.
    "Ingrid är vår lilla professor och kan allt om fåglar.",
    "Elvin kallade sin egen målning ”skräp” men fick beröm av klassen.",
    # Staff asked to stop using a word about a pupil: no name-calling reported.
    "Mamman ber oss att sluta kalla Isak ”lillen” i veckobreven.",
]

# Families and constructions for the misses.
R18_OF_FLAG = [
    # Name-calling: a role noun with an article, a possessive kin word, a group, the word first.
    "Han kallade en tjej för ko på rasten.",
    "Vi har sagt åt Nils att sluta kalla sin bror ”pannkaka”.",
    "Hon kallar sin lillebror ”tjockskalle” hemma och i skolan.",
    "Han kallar killarna i 8B för ”kycklingar” hela tiden.",
    "”Råtta” – så kallade en pojke Leo på bussen.",
    "Hon kallade Sara Berg för äckliga gris.",
    # Nicknames with teasing or hurt, and in the passive with the callers.
    "Några retar honom med smeknamnet ”Fläskis” i omklädningsrummet.",
    "Öknamnet ”Pinnsmal” som hon fått är sårande.",
    "Hon kallas ”Tandställningen” av de andra i gruppen.",
    # A quoted word aimed at someone, a quoted vocative with an adult.
    "Han skrev ”looser” på tavlan om en klasskamrat.",
    "Hon skrek ”dumma läraren” och gick ut.",
    # Vermin, livestock, filth and the dated labels, with a person cue.
    "Han är en lathund och en parasit i gruppen.",
    "Beter sig som en boskap i matsalen.",
    "Vad ska man med en sån liten lort till?",
    "Ett lågbegåvat barn, tyvärr.",
    "She is such a snowflake about feedback.",
    "Han är en fullständig tok.",
    # Vulgar mouth, swear words spelt short or as one word, "fan" before a superlative.
    "Käften! skrek han till vikarien.",
    "Alltid störst i käften på lektionerna.",
    "Han är j-vligt jobbig i dag.",
    "Fyfan vad hon är långsam.",
    "Han är fan den latmasken i klassen.",
    "Hon sa ”prutthuvud” till hela gruppen.",
    "Lite puckad i huvudet ibland.",
    # Sarcasm and contempt.
    "Vårt lilla geni har glömt pennan igen.",
    "Tack för ingenting, Alva.",
    "Ingen vill ta i honom med tång.",
    "Hennes redovisningar är rent skräp.",
    "Ynklig insats på matchen i dag.",
    "Han är en plåga för hela gruppen – det säger alla.",
    # A group addressed and blamed.
    "Han sa ”ni invandrare tar alla jobb” till två kamrater.",
    # An adult in the school insulted in a quotation.
    "Pappan skrev: ”Vikarien är ett svin”.",
]


@pytest.mark.parametrize("text", R18_OF_FLAG)
def test_round18_offensive_flagged(content, text):  # noqa: F811
    assert "offensive" in cats(content, text), text


@pytest.mark.parametrize("text", R18_OF_PASS)
def test_round18_offensive_hard_negative_passes(content, text):  # noqa: F811
    assert "offensive" not in cats(content, text), text
