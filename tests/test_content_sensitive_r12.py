"""Sensitive, round 12 (files dev/r12-*): the classes of innocent context found among the false
alarms and the families added for the misses, pinned in sentences of our own (not corpus
sentences). The rules are checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R12_SE_FLAG = [
    # Diseases and conditions: misspellings, cancers by name, named operations, syndromes, hospitals.
    "Hon tar sin tablett mot epelepsin vid lunch.",
    "Vi har fått veta att hans lillebror har lymfom.",
    "Borta i två veckor efter en halsmandeloperation.",
    "Har inte orkat skriva något sedan operationen i mars.",
    "Han har ett sällsynt syndrom som gör honom trött.",
    "Mamma vill veta tiden för besöket på barnsjukhuset.",
    "Har återbesök på BUMM på torsdag.",
    "Läkarbesök på barnkliniken i morgon, går 10.15.",
    "npf-utredn påbörjad i höstas",
    "Dx: adhd, medicin på morgonen.",
    "Enligt hörseltestet har hon nedsatt höger öra.",
    "Hon ligger under tillväxtkurvan enligt skolsköterskan.",
    "Han har träffat en dietist på grund av sin undervikt.",
    "Blev biten av en hund på vägen hem och fick åka in.",
    # Medication by brand, diagnoses by name or abbreviation, English equivalents.
    "Tar Attentin på morgonen och Circadin på kvällen.",
    "Hon har Symbicort i väskan inför idrotten.",
    "Har narkolepsi och somnar ibland på lektionen.",
    "Utredd för DLD i årskurs 2.",
    "He has had two seizures this term.",
    "Because of her dyslexia she gets audiobooks.",
    # Mental health: a verb of feeling with "psykiskt", eating-disorder compounds, school refusal, English.
    "Hon mår sämre psykiskt sedan jul.",
    "Mådde inte alls bra psykiskt under hösten.",
    "Har en anorexidiagnos sedan i somras.",
    "Han är skolsjuk och har inte varit här sedan oktober.",
    "She sees a therapist every other week.",
    "Han har fått krissamtal efter olyckan i helgen.",
    "He has been suicidal according to his mum.",
    # Family and social services: a parent who has died, addiction slang, violence between parents,
    # hurried abbreviations, protected housing.
    "Pappa avliden sedan 2019, bor med mamma.",
    "Hennes farfar är avliden sedan i vintras.",
    "Hans pappa misshandlar hans mamma enligt anmälan.",
    "Styvpappan har slagit hennes mamma flera gånger.",
    "Socsekr kommer på mötet på tisdag.",
    "Familjen bor på skyddat boendet sedan november.",
    "Dad has a restraining order against him.",
    # Police in other tenses.
    "Rektor kontaktar polis efter hotet i korridoren.",
    "Vi kommer att kontakta polisen om det händer igen.",
    # Religion: a feast as the reason for leave, belief as the reason for an exemption.
    "Ledig fredag för att fira eid med familjen.",
    "Han ska inte vara med på samlevnadslektionerna av religiösa skäl.",
    "Mamma vill att hon avstår från sex- och samlevnad pga familjens tro.",
    # Origin: skin colour in a relative clause, a residence permit.
    "Kompisen Amir som är svart blev kallad saker på rasten.",
    "Familjen fick PUT i våras.",
]

R12_SE_PASS = [
    # A made or watched work on a topic, an invented person in a task.
    "Han har gjort en affisch om astma och allergier till hälsoveckan.",
    "Vi såg en dokumentär om autism och skrev en reflektion efteråt.",
    "Hon skrev ett manus om en tjej med ätstörning och gestaltar henne trovärdigt.",
    "Hans poddavsnitt om stress och ångest hos unga var välresearchat.",
    "Planerade ett träningsprogram för en fiktiv person med ryggskada.",
    # A passing complaint as the reason for a day at home or a pickup (attendance only).
    "Elsa är hemma i dag, hon har ont i halsen.",
    "Stannar hemma med magont enligt mamma.",
    "Blev hämtad av pappa efter lunch (huvudvärk).",
    # A scuffle that did no harm; a bite from a classmate.
    "Ella blev biten av en kompis i sandlådan.",
    "Skolsköterskan tittade på knät. Ingen skada.",
    # The counsellor as a class's counterpart or where an incident case goes.
    "Hela gruppen har haft samtal med kuratorn om klimatet i klassen.",
    "Ärendet är överlämnat till kurator och rektor.",
    # A perspective on migration in class, a statistics curve, a textbook, exemptions in general.
    "Temat gav klassen nya perspektiv på migration och flykt.",
    "Värdet ligger över normalkurvan i diagrammet.",
    "Elever som av religiösa skäl inte deltar får en annan uppgift.",
    "Kan förklara varför pilgrimerna reste av religiösa skäl.",
    # Threats with pocket money are not violence; "put" is English.
    "Pappa hotade honom med att dra in veckopengen.",
    "She put her book on the shelf.",
    # A stress reaction in biology, dreams while falling asleep.
    "Kan förklara kroppens stressreaktion och vad adrenalin gör.",
    "Hon skrev en novell om insomningsdrömmar.",
]


@pytest.mark.parametrize("text", R12_SE_FLAG)
def test_round12_sensitive_flagged(content, text):  # noqa: F811
    assert "sensitive" in cats(content, text), text


@pytest.mark.parametrize("text", R12_SE_PASS)
def test_round12_sensitive_hard_negative_passes(content, text):  # noqa: F811
    assert "sensitive" not in cats(content, text), text


def test_story_cue_far_after_the_word_is_a_textbook(content):  # noqa: F811
    """A story cue after a diagnosis cancels it only within a few words: "i boken" at the end of a
    long clause is the exercise book, while "skildras i romanen" right after the word is a story."""
    assert "sensitive" in cats(content, "Han tar medicin mot sin adhd och hinner nu göra alla uppgifter i boken.")
    assert "sensitive" not in cats(content, "Hon analyserade hur adhd skildras i romanen.")


def test_possessive_after_a_work_keeps_the_fact(content):  # noqa: F811
    """A work on a topic cancels the word only when the topic is not the student's own (person_anchor)."""
    assert "sensitive" in cats(content, "Hon gjorde en affisch om sin diabetes till hälsoveckan.")
    assert "sensitive" not in cats(content, "Hon gjorde en affisch om diabetes till hälsoveckan.")
