"""Offensive, round 12 (files dev/r12-*): the classes of innocent context found among the false
alarms and the families added for the misses, pinned in sentences of our own (not corpus
sentences). The rules are checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from checker.normalize import normalize
from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R12_OF_FLAG = [
    # Smell taunts about a person, quoted or reported.
    "Hon sa ”du luktar sopor” till en tjej i kön.",
    "Leo skrev att Tim luktar bajs.",
    "Han stinker gammal ost, sa Alva om honom.",
    # "Satan" as an exclamation.
    "Satan vad han stökar idag.",
    "Satan, nu har han glömt boken igen!",
    # "-skalle" and English toady insults, masked spellings with a look-alike digit.
    "Hon kallade honom smutsskalle på rasten.",
    "He is such an ass-kisser.",
    "Han sa att hon var en f*tt0.",
    "Dumm i huvet, sa han om henne.",
    # Terse contempt with two intensifiers, trait nouns in contempt ("en sån …").
    "Så sjukt irriterande unge.",
    "Jonas e en sån tråkmåns.",
    "Ett skolboksexempel på en latmask.",
    # Group hate: death wished on a people.
    "Någon skrev ”alla muslimer ska dö” på väggen.",
    "Han sa att alla invandrare borde dödas.",
    # Vocatives: an animal with a contemptuous adjective, a definite person noun in a quotation
    # (also spoken with a mocked stammer), a put-down said to someone's face.
    "Han sa ”tyst din feta ko” till henne.",
    "Han härmade hennes stamning och sa ”f-f-feta t-t-tjejen”.",
    "Hon skrev ”du är så jävla ful” till henne i chatten.",
    "Han sa ”du e gay” till honom i kön.",
    # Teasing with a two-word nickname, a pupil as a plague or vermin, a grown child.
    "Han förlöjligade henne och kallade henne ”Miss Piggy”.",
    "Leo stör hela tiden och är rent ut sagt en plåga för hela klassen.",
    "Hon är ständigt i vägen, en irriterande fluga.",
    "Han sitter där som en förvuxen bebis.",
    # "orm" as a name for someone.
    "Hon sa att han var en falsk orm.",
    # The same families in English.
    "He said ”you smell like poo” to her at lunch.",
    "She wrote that all immigrants should die.",
]

R12_OF_PASS = [
    # A word asked about as a word, comparing words, a lesson on why not to use them.
    "Samir kan jämföra hur ord för invandrare har förändrats, till exempel varför ”blatte” uppfattas som nedsättande.",
    "I svenskan diskuterade vi varför ”idiot” och ”mongo” upplevs som kränkande numera.",
    "Vi pratade om varför man inte ska använda ”svartskalle” eller ”blatte” om någon.",
    # A text or clip read in class where someone is called something.
    "Vi läste en novell där en flicka kallas ”tjockis” av sina klasskamrater.",
    "Läraren visade ett filmklipp där en pojke blir kallad ”bög” och klassen diskuterade normer.",
    # The word said of a thing, the pupil's own work; an act judged, not the person.
    "Under slöjden kallade Elsa sin egen skål ”skit” men gjorde klart den.",
    "Han tyckte att hela provet var skit och lämnade in tomt.",
    "Helt korkat av honom att lämna jackan ute.",
    "Idiotiskt gjort, men han bad om ursäkt direkt.",
    # A capitalised animal word is a name; religion lessons; hygiene notes; literal smells.
    "I Röde orm kallas Orm för hövding av sina män.",
    "Satan framställs som frestare i Bibeln, Hiba kan förklara.",
    "Han luktar illa och andra vill inte sitta bredvid honom.",
    "Soppan luktar vitlök och curry, sa Ali nöjt.",
    "Kompostern luktar sopor på sommaren.",
    # Plagues and insects that are not a pupil, articles and quotes that are no vocative.
    "Det var en plåga för alla att vänta i regnet.",
    "Det var en jobbig fluga i klassrummet hela dagen.",
    "Den dumma tjejen i boken lär sig av sina misstag.",
    "Alla invandrare ska få lära sig svenska, skriver Moa i sin debattartikel.",
    "Du är så jäkla bra, sa Leo till sin kompis.",
    "Hon är intresserad av ormar och har en orm hemma.",
    "We read about why some people thought Jews should be killed in the 1930s.",
    "The fish market smells of fish, Sara wrote in her diary.",
]


@pytest.mark.parametrize("text", R12_OF_FLAG)
def test_round12_offensive_flagged(content, text):  # noqa: F811
    assert "offensive" in cats(content, text), text


@pytest.mark.parametrize("text", R12_OF_PASS)
def test_round12_offensive_hard_negative_passes(content, text):  # noqa: F811
    assert "offensive" not in cats(content, text), text


@pytest.mark.parametrize("stutter, word", [("d-d-d-dumma", "dumma"), ("k-k-k-kul", "kul"), ("s-s-s-sluta", "sluta")])
def test_stutter_of_one_letter_is_not_spelled_out(stutter, word):
    """A one-letter stutter ("d-d-d-dumma") also reads as a spelled-out word ("ddd"); the
    hyphen and the same letter after it say it is a stutter, so the word survives."""
    assert normalize(f"Han sa {stutter} igen.").text == f"Han sa {word} igen."


@pytest.mark.parametrize("spelled, word", [("i-d-i-o-t", "idiot"), ("i-d-i-o-t-jävel", "idiot-jävel")])
def test_spelled_out_words_still_join(spelled, word):
    assert normalize(f"Han är en {spelled}.").text == f"Han är en {word}."
