"""Grade and attendance, round 18 (files dev/r18-*): the word families and constructions added
for the misses and the classes of innocent context that cancel, pinned in sentences of our own
(not corpus sentences). Checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R18_GRADE_FLAG = [
    # A sibling's grade is another pupil's and stays.
    "Lillasyster har fått E i engelska.",
    # Striving for, in step with, matching the level of, managing a grade.
    "Theo strävar nu efter ett C i historia.",
    "Just nu är hon i fas med D i engelska.",
    "Labbrapporten motsvarar nivån för ett C.",
    "Klarar sig troligen till E i kemi.",
    # A subject raised to a grade in a goal; the earlier grade in brackets.
    "Mål: lyfta svenskan från E till D.",
    "Geografi: C (förra terminen D).",
    # A fail as the consequence; a hyphenated qualifier; a label, a name and a dash.
    "Saknar två laborationer, annars F.",
    "Hon har ett svagt-D i tyska.",
    "Provresultat: Malte – B",
    # Failing in colloquial words; a school test passed as a terse verdict; parts passed.
    "Kuggade glosförhöret i spanska igen.",
    "Han sprack på nationella i matte.",
    "Ali klarade omtentan.",
    "Klarade både A- och C-delen på NP.",
    # A verdict after a test label and a name; the verbal old levels; a pass level not reached.
    "Diagnos bråk: Nora underkänd, Elis klar.",
    "Fick 'Mycket väl godkänd' på praon.",
    "Når inte upp till godkänd nivå i kemi.",
    # At risk in a subject without the letter.
    "Hon ligger illa till i fysiken.",
]

R18_GRADE_PASS = [
    # Options and fallbacks; levels of a training plan or of books.
    "Ta väg A, annars F om det är stängt.",
    "Träningsprogram: nivå C i rörlighet och nivå D i balans.",
    "Hon lånar böcker på nivå B i biblioteket.",
    # The scale listed, in civics.
    "Förr hette stegen godkänd, väl godkänd och mycket väl godkänd.",
    # Grades as a document on their way from the previous school.
    "Har Sara fått sina betyg skickade från gamla skolan?",
    # A pass that grants leave; a thing tested; the swimming test as a skill.
    "Leo har godkänt på cykelprovet och får nu cykla själv till skolan.",
    "Programmet klarade testet utan fel.",
    "Olle har klarat simprovet.",
    # A group's result opening the sentence (a weekly letter to all homes).
    "Nästan alla klarade läxförhöret!",
    "Hela gruppen fick godkänt på simtestet i dag.",
    "Några elever ligger illa till i tyska inför jul.",
    # A parent's own old grade; approval of a proposal or for a role; a vehicle inspected; a letter on a thing.
    "Mormor hade MVG i teckning.",
    "Klassen fick godkänt på sitt förslag om en skolresa.",
    "Hon blev godkänd som hjälpledare på lägret.",
    "Skolbussen blev underkänd i besiktningen.",
    "Han fick ett B på nyckelringen i present.",
    # Homonyms of the new verbs.
    "Hon siktar efter tian på tavlan.",
    "Han klarar sig till middagen utan mellanmål.",
]

R18_ATTENDANCE_FLAG = [
    # A count of days, then the state, in a terse note.
    "Maja 4 dgr sjuk v. 6.",
    # Missing the start; punctuality wished for more often; lessons lost.
    "Missar nästan alltid början av morgonlektionen.",
    "Behöver komma i tid oftare till idrotten.",
    "Har gått miste om flera lektioner i engelska.",
    # Left a lesson and did not come back; arrival by the clock in words.
    "Under mattelektionen gick hon ut och kom inte tillbaka.",
    "Kom in tjugo över nio i morse.",
    # A record of lessons not attended stays, whatever the reason.
    "Har inte deltagit i idrotten på tre veckor, av religiösa skäl enligt mamma.",
]

R18_ATTENDANCE_PASS = [
    # An authority as the source of a general claim; rights at work; absence as a social issue.
    "Hög närvaro ger bättre resultat, konstaterar Skolinspektionen.",
    "Hon kan förklara vad arbetstagare har rätt till när det gäller ledighet.",
    "Skolfrånvaro som samhällsfråga var temat för klassens debatt.",
    # An opinion on permission; a recurring care appointment; an adult's leave from work.
    "De som stökar borde inte få följa med på resan.",
    "Han går till tandreglering varannan månad.",
    "Morbror var 2 dagar ledig från jobbet.",
    # A body of the school on absence in general; leisure and parties.
    "Klassrådet diskuterade hur närvaron kan öka.",
    "Hon kommer ofta sent till fotbollsträningen.",
    "Vi saknade er på julfesten!",
    # A standing arrangement for reasons of faith or at the family's wish (the past record stays, below).
    "Sara deltar inte i musiken av religiösa skäl.",
    "Familjen är Jehovas vittnen, så Levi är inte med på luciafirandet.",
    # A plan with the clock time; a group arriving; what was missed is no lesson.
    "Mamma kommer kvart över åtta på fredag för att hjälpa till.",
    "Vi kom fram halv tio efter bussresan.",
    "Hon har gått miste om skolans fotbollsturnering.",
]


@pytest.mark.parametrize("text", R18_GRADE_FLAG)
def test_round18_grade_flagged(content, text):  # noqa: F811
    assert "grade" in cats(content, text), text


@pytest.mark.parametrize("text", R18_GRADE_PASS)
def test_round18_grade_hard_negative_passes(content, text):  # noqa: F811
    assert "grade" not in cats(content, text), text


@pytest.mark.parametrize("text", R18_ATTENDANCE_FLAG)
def test_round18_attendance_flagged(content, text):  # noqa: F811
    assert "attendance" in cats(content, text), text


@pytest.mark.parametrize("text", R18_ATTENDANCE_PASS)
def test_round18_attendance_hard_negative_passes(content, text):  # noqa: F811
    assert "attendance" not in cats(content, text), text
