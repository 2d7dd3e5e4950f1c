"""Content rules, round 64 (docs/rules.md, "Round 64"): what the r68 writers showed the rules missing or
over-reading, each pinned with sentences that differ from the corpus items and the rules' own examples. Every
case is checked for its category only, so a finding of another category does not hide a miss."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # attendance: a two-digit clock time after leaving (the boundary after one digit failed), a day away from fritids
    # or a placement, an appointment at a time, English "absent" in a Swedish note, reported absent by a parent
    ("Dante går från fritids kl 15.45 varje fredag.", "Dante", "attendance"),
    ("Dante smet från skolan kl 13 igår.", "Dante", "attendance"),
    ("Han var inte på fritids i fredags, enligt pappa var han hos en kompis.", "Dante", "attendance"),
    ("Dante var inte på praon onsdag och torsdag.", "Dante", "attendance"),
    ("Dante har ortodontist kl 10.15 och kommer sedan.", "Dante", "attendance"),
    ("Dante absent förra veckan, familjen var bortrest.", "Dante", "attendance"),
    ("Dante är frånvaroanmäld av mamma hela veckan.", "Dante", "attendance"),
    ("Han har fotboll och går därför 14.15 på tisdagar.", "Dante", "attendance"),
    # picked up or finishing before three o'clock, a lesson to be missed in English, ill for a run of weekdays
    ("Dante blev hämtad kl 12.15 av sin moster.", "Dante", "attendance"),
    ("Dante slutar kl 11 på torsdag för en match.", "Dante", "attendance"),
    ("His dad says he'll miss swimming on Monday.", "Dante", "attendance"),
    ("Vecka 9: Dante sjuk ons–fre.", "Dante", "attendance"),
    # grade: the writer proposing a grade, a grade stated in a letter to parents that names the pupil in the genitive
    ("Jag föreslår D i historia efter samtalet med specialläraren.", "Dante", "grade"),
    ("Dear parents, Dante's reading test corresponds to grade D.", "Dante", "grade"),
    # sensitive: meeting the school psychologist or the counsellor, in the infinitive
    ("Dante ska börja träffa kuratorn varannan vecka.", "Dante", "sensitive"),
    # person_judgment: not caring in a subordinate clause, a bleak prognosis for school as a whole
    ("Jag märker att Dante inte verkar bry sig om läxorna längre.", "Dante", "person_judgment"),
    ("Han kommer aldrig att klara gymnasiet.", "Dante", "person_judgment"),
    # person_judgment: a terse note's second clause with no subject, a standing among the others
    ("Räknar snabbt men är ofta grinig och trött efter lunch.", None, "person_judgment"),
    ("Omtyckt av klasskamraterna.", None, "person_judgment"),
    # grade: only top grades at the old school, subjects and letters after a heading of levels, a heading's colon
    ("Dante hade bara B och C i sin förra skola.", "Dante", "grade"),
    ("Nivåer just nu: engelska D, svenska C.", "Dante", "grade"),
    ("Betygen i åk 7: mest E och D.", "Dante", "grade"),
    # offensive: a real statement after "men", past the writer's own reservation
    ("Jag vet att man inte ska skriva så här men Dante beter sig som ett djur idag.", "Dante", "offensive"),
    # offensive: English insults in the plural about a group
    ("Honestly the boys in 9B are a bunch of bastards this week.", None, "offensive"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Stavningsord v. 9: sen, ledig, frånvarande, försenad.", None, "attendance"),
    ("Dante spelade en lärare som tar närvaron i vår pjäs om skolan förr.", "Dante", "attendance"),
    ("Närvarande vid mötet: rektor, mentor och skolsköterska.", None, "attendance"),
    ("I Dantes spel kommer gubben för sent till tåget om man trycker fel.", "Dante", "attendance"),
    ("Skolans rutiner för sen ankomst gäller från måndag.", None, "attendance"),
    ("Brandlarmet gick kl 13.05 och utrymningen tog fyra minuter.", None, "attendance"),
    ("Dante hämtas kl 16.30 av pappa på fredagar.", "Dante", "attendance"),
    ("Skolan slutar kl 12 på fredag före lovet.", None, "attendance"),
    ("Vi slutar 13.15 idag eftersom lärarna har studiedag.", None, "attendance"),
    ("Texten var spretig men är nu tydlig och genomarbetad.", None, "person_judgment"),
    ("Uppgifterna finns på nivå E och C i läroboken.", None, "grade"),
    ("Vi diskuterade varför man inte ska kalla någon 'psykopat' på skämt.", None, "offensive"),
    # English "men" (the noun) and a title's "Men" do not end the clause that holds the generic case
    ("In your essay on Of Mice and Men you explain how the men call her a 'tart'.", None, "offensive"),
    ("På mentorstiden gick vi igenom meritvärde och behörighet.", None, "grade"),
    ("Mustafa jämförde A–F-skalan med det gamla MVG-systemet.", "Mustafa", "grade"),
    ("Vi räknade ut två påhittade meritvärden i procentavsnittet.", None, "grade"),
    ("Vi gick igenom yrken inom vården, t.ex. logoped, psykolog och sjuksköterska.", None, "sensitive"),
    ("Klassen följde en rättegång om misshandel och diskuterade åklagarens roll.", None, "sensitive"),
    ("Dante säger att NO är svårast men mest spännande.", "Dante", "person_judgment"),
    ("Hans farfar dog i helgen. Var extra lyhörda under veckan.", "Dante", "person_judgment"),
    ("Dante skrev i sin krönika att 'lärare är lata och lyssnar inte', vilket gör tonen osaklig.", "Dante",
     "person_judgment"),
    ("Repliken 'du är en idiot, lillebror' fungerar som ett humoristiskt grepp i krönikan.", "Dante", "offensive"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    # the hard negatives' limits: a pupil missing a glossary test stays absent, the pupil's own merit value stays a
    # grade, an insult beside an assessed text with no cue stays offensive
    ("Glosförhör: Dante var frånvarande.", "Dante", "attendance"),
    ("Dante har räknat ut sitt meritvärde till 230.", "Dante", "grade"),
    ("Han är en idiot och hans text saknar humor.", "Dante", "offensive"),
])
def test_limits_kept(categories_found, text, subject, category):
    assert category in categories_found(text, subject)
