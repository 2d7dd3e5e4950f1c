"""person_judgment, round 12 (files dev/r12-*): the classes of innocent context found among the
false alarms and the families added for the misses, pinned in sentences of our own (not corpus
sentences). The rules are checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R12_PJ_FLAG = [
    # The adult giving up on the pupil, in several constructions.
    "Vi har gett upp med Melvin, inget fastnar.",
    "Orkar inte längre med den där grabben.",
    "Lönlöst att ens försöka få Tindra att lyssna.",
    "Ingen av oss klarar av att hantera henne på rasterna.",
    "Vi ger upp om Kasper, han lyssnar aldrig.",
    # Blaming the family or the origin; priorities; provoking; a verdict "… av honom".
    "Familjen är nyinflyttad från Norrland, vilket nog förklarar det mesta.",
    "Föga förvånande med tanke på föräldrarna.",
    "Hos Leon går fotbollen alltid före läxorna.",
    "Hon säger sådant mest för att få uppmärksamhet.",
    "Typiskt omoget av henne att springa därifrån.",
    # Conduct families: riding on others' work, jokes as a habit, crying at everything.
    "Han åker snålskjuts på gruppen i varje projekt.",
    "Snyltade på de andras labbanteckningar hela terminen.",
    "Skämtar bort allt när vi tar upp något allvarligt.",
    "Lipar för allt, även när han förlorar i kortspel.",
    "Tove far runt hela tiden i klassrummet.",
    # Fields after a sentence, a trait to grow into, maturing as a person.
    "Kan mäta och räkna ut area. Arbetsmoral: skiftande.",
    "Hon måste bli lite mindre naiv.",
    "Ali har vuxit enormt sedan i höstas, både som människa och som skribent.",
    # Formal nouns, bad language, looks and the body, German and English kinds of person.
    "Theo har en påfallande stark rättvisekänsla.",
    "Hon har visat en frånvaro av engagemang under hela terminen.",
    "Han har ett sexistiskt språkbruk mot tjejerna i klassen.",
    "Hen ser jämt så ovårdad och sunkig ut.",
    "Hon har en väldigt kraftig kroppsform.",
    "Elin är en liten pratglad jänta.",
    "Arvid är en teoretiskt lagd och tystlåten kille.",
    "Ein wirklich braves Kind.",
    "Noor is a kind, patient and well-mannered girl.",
]

R12_PJ_PASS = [
    # A reprimand as the setting of an incident.
    "Melker slog i dörren när han fick en tillsägelse av vikarien.",
    "Hon gick ut ur salen när hon blev tillsagd.",
    # Impersonal states of a group or a place, a group exclaimed at.
    "Det blev lite bråk i matsalen efter lunch.",
    "Rätt struligt i gruppen i dag, men vi löste det.",
    "Åh vad gruppen var pratig på eftermiddagen.",
    # The writer's own mood and relief, "please" before an imperative, "keep quiet".
    "Han frågar samma sak tio gånger så att jag blir tokig.",
    "Vad skönt att lovet börjar på fredag.",
    "Snälla skicka med regnkläder på torsdag!",
    "Pupils must keep quiet during the listening test.",
    # A mood on one occasion.
    "Sigge blev sur när matchen var slut.",
    # Latitude, quoted or analysed comments, fighting bad language, a manner of writing.
    "Vi övade på att skriva lat. och long. för fem städer.",
    "I sin krönika jämförde Vera elaka kommentarer på olika plattformar.",
    "Klassen diskuterade hur man kan motverka nedsättande språk på nätet.",
    "Leo gestaltar huvudpersonens sorg med stor inlevelse.",
    # Things made and voices: a comic about something, a singing voice, English work nouns.
    "Hennes serie om en ledsen robot är spännande och välritad.",
    "I dikten om en blyg mus som blir modig använder hon rim.",
    "Hans sångröst är ljus och vacker.",
    "Careful analysis of the poem's imagery.",
    # The pupil's own account of being left out, reported as bullying.
    "Selma berättade att några i klassen kallar henne saker och att ingen vill leka med henne.",
    # Looks words about food; a healthy body as lesson content.
    "Salladen var fräsch och god.",
    "Vi pratade om hur man tar hand om en frisk kropp.",
    # Explaining a result by absence is not blaming the family.
    "Hon har haft hög frånvaro, vilket kan förklara en del av resultatet.",
]


@pytest.mark.parametrize("text", R12_PJ_FLAG)
def test_round12_person_judgment_flagged(content, text):  # noqa: F811
    assert "person_judgment" in cats(content, text), text


@pytest.mark.parametrize("text", R12_PJ_PASS)
def test_round12_person_judgment_hard_negative_passes(content, text):  # noqa: F811
    assert "person_judgment" not in cats(content, text), text


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        # An insult closing a simile is the offensive finding; the judgment around it goes.
        ("Hugo betedde sig som ett svin på bussen.", False),
        ("Hon beter sig ibland som en riktig idiot.", False),
        # The insult elsewhere in the clause leaves the judgment standing.
        ("Han beter sig illa och är en idiot.", True),
        # A simile without an insult stays a judgment.
        ("Han beter sig som en treåring.", True),
    ],
)
def test_simile_ending_in_an_insult_is_one_finding(content, text, judged):  # noqa: F811
    found = cats(content, text)
    assert ("person_judgment" in found) is judged, text
    if not judged:
        assert "offensive" in found, text
