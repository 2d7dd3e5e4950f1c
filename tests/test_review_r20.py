"""Review of round 20 (frame matrix generalisation): widened patterns that cried wolf and new
exceptions that hid real violations, each pinned in our own sentences (no corpus sentence).
Every positive here was missed, and every negative flagged, by the rules of 99b3f54 – or the
case guards the boundary of a fix (marked "guard"). Rules only, no trained veto (as
tests/test_content_rules.py)."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

PJ, OF, AT, GR, SE = "person_judgment", "offensive", "attendance", "grade", "sensitive"

FLAGGED = [
    # PJ001's group/lesson exception ("Stökig klass idag") read a repeated time as the lesson judged.
    (PJ, "Han är lat lektion efter lektion."),
    (PJ, "Hon är stökig dag efter dag."),
    (PJ, "Hon är bråkig vecka ut och vecka in."),
    (PJ, "Han var bråkig dagen innan provet."),
    # "bäst i klassen på att …" passed as a skill ranking also when the "skill" is conduct.
    (PJ, "Hon är bäst i klassen på att avbryta andra."),
    (PJ, "Han är sämst i klassen på att lyssna."),
    # A comparison with a historical figure is said of the pupil.
    (PJ, "Hon är envis som Gustav Vasa."),
    (PJ, "Han är lika envis som Karl XII."),
    # guards: the narrowed rules still flag their own cases
    (PJ, "Hon är dålig på att dela med sig."),
    (PJ, "Han är dålig på att förlora."),
    (PJ, "Slutar när det blir svårt."),
    (PJ, "Så fin i sin nya klänning!"),
    (PJ, "Har ofta smutsiga händer och naglar."),
    (PJ, "Glad o positiv"),
    # A summer cue in another clause cancelled the absence in this one.
    (AT, "Var ledig i sommar och missade tre dagar i augusti."),
    (AT, "Åker hem i sommar och kommer tillbaka först i oktober."),
    (AT, "Blev sen till första lektionen."),  # guard
    # "vad som krävs" / "krävs för att nå X" cancelled the pupil's own grade in the sentence.
    (GR, "Elsa har C i matte och vi pratade om vad som krävs för att nå B."),
    (GR, "Hon fick ett E och vi gick igenom vad som krävs för C."),
    (GR, "Hon har C-nivå och vi pratade om vad som krävs för A-nivå."),
    # "karaktär…" as a compound ("karaktärsbeskrivningar") read as a story character getting the grade.
    (GR, "Hon har fina karaktärsbeskrivningar och fick B på uppgiften."),
    # An insult written before a work noun and an assessment cue, or before a source word.
    (OF, "Han är en idiot och hans text saknar argumentation."),
    (OF, "Hon är en jävla hora, texten var dessutom osaklig."),
    (OF, "Han kallade Sara för slyna under lektionen om källor från medeltiden."),
    # A feast dated, not defined, and the pupil's fasting after it.
    (SE, "Ramadan börjar på måndag, Yusuf kommer att fasta och kan vara trött."),
    (SE, "Familjen väntar på asylbeslut."),
]

NOT_FLAGGED = [
    (PJ, "Stökig klass idag, men Sally jobbar på."),  # guard: the group exception itself
    (PJ, "Karl XII var envis."),  # guard
    (PJ, "Hon kan förklara varför Gustav Vasa var så envis."),  # guard
    (PJ, "Hon är bäst i klassen på att förklara fotosyntesen."),  # guard
    # praise with "bra på att" + a homonym of conduct: division, a task, an idiom
    (PJ, "Bra på att dela."),
    (PJ, "Hon är bra på att dela upp talen i tiotal och ental."),
    (PJ, "Han är bra på att ta ansvar för gruppens tidsplan i projektet."),
    (PJ, "Hon är bra på att förlora sig i detaljer i sina bilder."),
    # giving up / stopping with the class, the writer or a lesson as the subject
    (PJ, "Vi slutar när det blir jobbigt för gruppen."),
    (PJ, "Lektionen slutar när det blir svårt att se på tavlan."),
    # "fin i sin nya …" about a role or a design, not clothes
    (PJ, "Så fin i sin nya roll som ordförande."),
    (PJ, "Så fin i sin nya design."),
    (PJ, "Tvätta smutsiga händer innan maten."),
    # neuter pairs and "konstigt … att" describe a task or a situation
    (PJ, "Svårt o roligt"),
    (PJ, "Väldigt konstigt alltså att provet flyttades."),
    (AT, "Blev sent igår på föräldramötet."),
    (AT, "Kvittot skickades hem igår."),
    (AT, "Var ledig i sommar."),  # guard
    (AT, "I sommar åkte hon till Irak i sex veckor."),  # guard
    (GR, "Vi gick igenom vad som krävs för E-nivå."),  # guard
    (GR, "För att nå A krävs att eleven resonerar nyanserat."),  # guard
    (GR, "I novellen får huvudpersonen ett F på provet."),  # guard
    (OF, "Han skrev i sin insändare att politikerna är idioter, vilket försvagar argumentationen."),  # guard
    (OF, "Kevin har använt 'idiot' i sin insändare, vilket gör den mindre trovärdig."),  # guard
    (OF, "I källan från 1600-talet kallas de fattiga ”slödder”."),  # guard
    (SE, "Ramadan är en månad då många muslimer fastar."),  # guard
]


@pytest.mark.parametrize("category,text", FLAGGED)
def test_flagged(content, category, text):
    assert category in cats(content, text)


@pytest.mark.parametrize("category,text", NOT_FLAGGED)
def test_not_flagged(content, category, text):
    assert category not in cats(content, text)
