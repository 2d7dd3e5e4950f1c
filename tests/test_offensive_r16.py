"""Offensive, round 16 (files dev/r16-*): the classes of innocent context found among the false
alarms, the families added for the misses, and the two over-broad language-study cancellations
of round 15, pinned in sentences of our own (not corpus sentences). The rules are checked
without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

# A language-study cue names what a pupil *said*, or is part of an idiom: it must not cancel.
SAID_NOT_STUDIED = [
    # "ordet" in the idiom "ha sista ordet", before and after the insult.
    "Hon är en jävla idiot som alltid måste ha sista ordet.",
    "Han ska ha sista ordet och kallade Omar för idiot inför klassen.",
    "Han är en idiot i ordets rätta bemärkelse.",
    # "svordomar" spat out by the pupil, and a slur in the same sentence.
    "Mia spottar ur sig svordomar som en jävla Tourette-unge.",
    "Han slänger ur sig svordomar som en jävla CP-unge på rasterna.",
    # The pupil uses the words: "använder/fortsätter att använda ord som …".
    "Han använder fula ord som 'hora' mot tjejerna i klassen.",
    "Ring mig om Eira fortsätter att använda ord som 'jävla fitta' på lektionen.",
    "Ludvig använder uttrycket 'son of a b*tch' i nästan varje mening.",
    # An incident report's list of the words used.
    'Anmälan. Ord som användes: "fula jävla mongo". Utövare: en elev i 7C.',
]

# Genuine language study and craft stay cancelled.
STUDIED = [
    "Vi har pratat om svordomar och varför ordet 'jävlar' har tappat sin kraft.",
    "Klassen jämförde svordomar som 'fan' och 'jävlar' med engelskans.",
    "Vi pratade om att inte använda ord som 'mongo' i klassrummet.",
    "Han kan använda uttryck som 'dum som en gås' i rätt sammanhang.",
    "Det sista ordet i dikten är 'hora', och vi analyserade varför poeten valde det.",
    "Ebba skrev en dialog och använde kursiv för svordomarna, t.ex. \"fan också!\".",
    "Viggo har använt svordomar som 'helvete' i sin saga för att visa att jätten är arg.",
    "Texten använder starka ord som \"svartskalle\" för att visa hur utanförskap känns.",
]

R16_OF_PASS = [
    # Animals listed together are animals.
    "I temat om bondgården kan Saga berätta vad kon, grisen och hönan ger oss.",
    # A drink, an abbreviation defined, a subject called something, feeling bad.
    "På utflykten drack Nils en kall Pucko och skrev sedan om dagen.",
    "CP står här för 'centralt prov', och Alva har planerat sitt CP-arbete noga.",
    "Maja tycker att slöjd är 'töntigt' men gör klart sin skål.",
    "Vincent verkar må skit den här veckan och sover dåligt.",
    # Characters in a book and a short film.
    "I romanen kallas Lennie för dum av andra karaktärer, och Sara diskuterade varför.",
    "Leo har gjort en kortfilm där en karaktär kallar en annan 'freak'.",
    # Swear words compared across languages; a letter in the neighbour-language unit.
    "Vi har jämfört kraftuttryck i olika språk: tyskans 'Scheiße' och franskans 'merde'.",
    "Elsa skrev 'din dumme idiot' i ett brev på norska i grannspråksarbetet.",
    # A rule written as a prohibition.
    "Kalla inte någon för 'dum', står det i våra klassregler.",
    # The pupil's own belief about themself; a character shown by a pupil's analysis.
    "Leon tror själv att han är 'dum i huvet', och vi jobbar med självbilden.",
    "Vi läste en pjäs. Ida kunde visa hur maken kallar sin fru för 'lärkan'.",
    # Neutral uses of the new words.
    "Spelet har många NPC som man kan prata med.",
    "Eleven är en typisk morgonpigg person.",
]

R16_OF_FLAG = [
    "Typisk prinsessa, vill att allt ska serveras.",
    "Hon sitter mest och surar, typisk tonårsbrud.",
    "Jonna är fittsur idag igen.",
    "Han har ritat hakkors och skrivit 'sieg heil' på bänken.",
    "Hon svarade 'ok boomer' när jag påminde om läxan.",
    "Ibland undrar man om det finns något mellan öronen på honom.",
    "Hugo is a noob på allt och en NPC i gruppen.",
    "Han vill bara vara rolig hela tiden. Cringe.",
    "Hon tar andras saker och är dessutom en skvallerbytta.",
    "Kevin, skolans största fjant, kom för sent igen.",
    "Han sa 'snorkråka' till de yngre hela rasten.",
    "Någon har skrivit 'all teachers are b@stards' på skåpet.",
    "Tuva kallas 'pinnen' på ett elakt sätt av några i gruppen.",
]


@pytest.mark.parametrize("text", SAID_NOT_STUDIED + R16_OF_FLAG)
def test_round16_offensive_flagged(content, text):  # noqa: F811
    assert "offensive" in cats(content, text), text


@pytest.mark.parametrize("text", STUDIED + R16_OF_PASS)
def test_round16_offensive_hard_negative_passes(content, text):  # noqa: F811
    assert "offensive" not in cats(content, text), text
