"""Attendance and grade, round 15 (files dev/r15-*): the classes of innocent context found among
the false alarms and the families added for the misses, pinned in sentences of our own (not
corpus sentences). The rules are checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R15_GRADE_FLAG = [
    # F-warnings inside hyphenated compounds.
    "Vi skickade hem en betyg-varning i SO förra veckan.",
    "Det blev ett F-varnings-samtal med pappa i går.",
    # A label with an adverb before the copula, a longer label, "=" as the separator.
    "Prognosen i dagsläget är ett D.",
    "Provbetyget på det nationella provet i engelska: A.",
    "betyg musik = B, har jobbat bra med rytmerna",
    # A filler between "har" and the grade; a name and a range after a label.
    "Han tror att han ligger lågt men han har ju ett C.",
    "Bedömning: Wilmer D/C, fortsätt öva på slutsatser.",
    # A hedge closing a note; the criteria's own wording about the student.
    "Laborationsrapporten var tunn, nu kring E.",
    "Noah uppfyller E och C till övervägande del i historia.",
    # A pass out of reach; the requirements not reached; the grade uncertain; aiming lower or higher.
    "Med fyra saknade labbar finns ingen chans till godkänt i kemi.",
    "Hon når inte upp till kraven i engelska ännu.",
    "Betyget är just nu osäkert eftersom två prov saknas.",
    "Hon säger själv att hon siktar högre i betyg i vår.",
]

R15_GRADE_PASS = [
    # The limits of a test for everyone, as points.
    "Gränser för provet: E 14p, C 22p, A 30p.",
    "Poänggränser i diagnosen: E 9 poäng, C 15 poäng.",
    # The writer's own grades long ago.
    "Jag fick själv MVG i musik en gång i tiden, så jag förstår dig.",
    "När jag gick i nian fick jag VG i slöjd.",
    # The grades as a document asked for; the grades of a group as statistics.
    "Mamma har begärt att få ta del av betygsprognoserna.",
    "Snittbetyget i årskurs 9 sjönk enligt skolans kvalitetsrapport.",
    # The scale explained to a group; grading described for everyone; what a grade shows.
    "Betygsstegen förklarades för klassen när vi gick igenom matrisen.",
    "Proven är en del av underlaget för betygen i alla ämnen.",
    "Han kan mycket mer än sitt betyg visar.",
    # A level defined by the matrix, not the student's level.
    "C-nivån i matrisen kräver att man jämför två källor.",
    "I bedömningen sätts betyget D när eleven uppfyller E helt och C till övervägande del.",
    # A thing built and tested; a test done well, described rather than judged.
    "Bron i vårt teknikbygge blev underkänd i belastningstestet.",
    "Lisa klarade läsförståelsen i diagnosen riktigt bra.",
]

R15_ATTENDANCE_FLAG = [
    # The subject before the negation, in a clause.
    "Ville bara säga att Love inte kommer till skolan i morgon.",
    # Punctual over a stretch; illness faked to avoid a lesson; not managing to come.
    "Har kommit i tid varje dag den här veckan, toppen!",
    "Han låtsas vara sjuk för att slippa idrotten.",
    "Vissa veckor orkar hon inte komma till skolan.",
    # An early pick-up asked for; a share attended with number words.
    "Kan vi hämta Juni tidigare i morgon? Vi ska till tandläkaren.",
    "Har bara varit med på fyra av tolv lektioner i hemkunskap.",
    # The writer's fault does not make the lateness physical content; a name homonym of "mina".
    "Förlåt att Ella kom för sent idag, mitt fel!",
    "Mina ska vara hemma i två dagar.",
    # At home with a relative for a stretch ("sin" is the lemma of "sitt", but a relative is no work).
    "Sam har varit hemma med sin lillasyster som är sjuk, två dagar den här veckan.",
]

R15_ATTENDANCE_PASS = [
    # A greeting for a school holiday.
    "Vi önskar alla familjer ett skönt sportlov!",
    "Trevlig ledighet önskar vi på fritids.",
    # A rule for guardians.
    "Om ditt barn är sjukt, sjukanmäl i appen senast 7.30.",
    # Presence and absence as a literary theme; illness as subject content.
    "Vi läste dikter där frånvaron symboliseras av en tom stol.",
    "Förkylningsvirus sprids via händerna, det kunde Hugo förklara.",
    "Eleverna kan berätta vad som händer i kroppen när man blir förkyld.",
    # A quoted word problem; a result that fails to appear; a relative in general.
    "Sigrid löste uppgiften 'Ola missade 4 av 32 lektioner – hur stor var frånvaron?'",
    "Effekten uteblev när vi tillsatte mer salt.",
    "Vi pratade om hur det känns när en förälder är borta länge.",
    # Work that is late; the teacher missing the student.
    "Inlämningen var sen, men analysen var stark.",
    "Vi saknar honom alltid när han är borta!",
]


@pytest.mark.parametrize("text", R15_GRADE_FLAG)
def test_round15_grade_flagged(content, text):  # noqa: F811
    assert "grade" in cats(content, text), text


@pytest.mark.parametrize("text", R15_GRADE_PASS)
def test_round15_grade_hard_negative_passes(content, text):  # noqa: F811
    assert "grade" not in cats(content, text), text


@pytest.mark.parametrize("text", R15_ATTENDANCE_FLAG)
def test_round15_attendance_flagged(content, text):  # noqa: F811
    assert "attendance" in cats(content, text), text


@pytest.mark.parametrize("text", R15_ATTENDANCE_PASS)
def test_round15_attendance_hard_negative_passes(content, text):  # noqa: F811
    assert "attendance" not in cats(content, text), text
