"""person_judgment, round 15 (files dev/r15-*): the classes of innocent context found among the
false alarms and the families added for the misses, pinned in sentences of our own (not corpus
sentences). The rules are checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R15_PJ_FLAG = [
    # Indifference to school, main and subordinate word order, colloquial verbs (PJ018).
    "Eftersom hon inte bryr sig om läxorna händer inte mycket.",
    "Verkar skita totalt i skolarbetet.",
    "Han struntar fullständigt i vad läraren säger.",
    # Self-importance and the teacher's career ranking.
    "Elvira tror att hon vet bäst i alla lägen.",
    "Han tycker sig vara för cool för att sjunga.",
    "Den jobbigaste ungen jag någonsin haft.",
    "Hon är den mest plikttrogna och lugna elev jag har haft.",
    # Lying, a quality lacked, an empty head, habits.
    "Lita inte på något han säger, han ljuger friskt.",
    "Verkar sakna ambitioner helt och hållet.",
    "Man undrar om hon alls har något tålamod.",
    "Det finns inte särskilt mycket i skallen på honom.",
    "Grinar för minsta lilla motgång.",
    "Han är en kille som aldrig tar ansvar för något.",
    "Hon håller på med sina fasoner hela lektionen.",
    "Det här är en grupp som ingen orkar med.",
    "Han pluggar aldrig till proven.",
    # Energy as a temperament, a manner through a possessive, a view of oneself as a learner.
    "Hon har så mycket energi hela tiden.",
    "Hans trevliga sätt gör att han får många vänner.",
    "Selma har en väldigt negativ syn på sitt lärande.",
    # Label nouns and the kind-of-person phrase.
    "Du är en riktig rockstjärna!",
    "Hon är en sann plugghäst.",
    "Glad att ha Ture i gruppen, en omtänksam ung man.",
    "Vincent är en rätt så schysst kille.",
    # A terse note opening with a negated degree, English "teachable" denied.
    "Inte särskilt flitig men trevlig.",
    "Totally unteachable this week.",
    # A feeling as a habit, not an occasion, stays a judgment.
    "Hon är alltid glad och positiv.",
]

R15_PJ_PASS = [
    # A feeling tied to one occasion.
    "Nils var så glad på utflykten och sjöng i bussen.",
    "Hon blev besviken efter matchen men peppade laget.",
    # A comment adverb opening the sentence; "inte konstigt att" (no wonder).
    "Märkligt nog blev lösningen grön den här gången.",
    "Det var inte konstigt att försöket misslyckades med så lite vatten.",
    # Nobody as the subject: the family, "allt".
    "Familjen är väldigt glad över beskedet.",
    "Allt var lugnt i omklädningsrummet i dag.",
    # How a task is done after a work verb; a performance in a school subject.
    "Tuva arbetar jättefint med sina bråkuppgifter.",
    "Vilgot har varit lysande i kemin den här terminen.",
    # A quality shown in one kind of task.
    "Hon visar stor uthållighet i problemlösningen och prövar flera vägar.",
    "Han visar gott omdöme när han granskar källor på nätet.",
    # A norm as a lesson topic with a place between verb and topic.
    "Vi pratade i gruppen om hur man är en schysst kamrat.",
    # Words studied as words, a line of a script, a grade as the subject.
    "Veckans ord: nyfiken, rädd, modig och envis.",
    "Ebbas replik i sista scenen var rolig och tydlig.",
    "Underlaget är tunt och betyget är därför osäkert.",
    # Abstract things after an adjective.
    "Resultaten visar ett lite konstigt mönster i tabellen.",
    "Vi övade på att lägga en kamrat i stabilt sidoläge.",
    # A story figure written or read about.
    "Hon skrev en saga om en trollkarl som var girig och ensam.",
    "Han har skrivit om prinsessan Zelda och hur hon är modig.",
    # Two named pupils quarrelling with each other; a reprimand for one named act.
    "Hugo och Ali-Reza bråkar ofta med varandra på rasten.",
    "Kim har fått en tillsägelse för att ha svurit på lektionen.",
    # The brain as biology; the honesty of the writers.
    "Vi läste om hur tonårshjärnan påverkar impulskontroll och riskbeteende.",
    # Physics energy without a person subject, a manner of solving a task.
    "Ett föremål högt upp har mycket lägesenergi och en boll i rörelse har energi.",
    "Hennes sätt att lösa ekvationen var smart.",
]


@pytest.mark.parametrize("text", R15_PJ_FLAG)
def test_round15_person_judgment_flagged(content, text):  # noqa: F811
    assert "person_judgment" in cats(content, text), text


@pytest.mark.parametrize("text", R15_PJ_PASS)
def test_round15_person_judgment_hard_negative_passes(content, text):  # noqa: F811
    assert "person_judgment" not in cats(content, text), text


def test_honesty_of_the_writers_is_no_trait(content):  # noqa: F811
    # "Om vi ska vara ärliga" is the writers' frankness; the judgment after it stays.
    found = cats(content, "Om vi ska vara ärliga har hon gjort stora framsteg i läsning.")
    assert "person_judgment" not in found
    assert "person_judgment" in cats(content, "Om vi ska vara ärliga är hon ganska lat.")
