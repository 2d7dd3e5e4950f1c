"""Content rules, round 65 (docs/rules.md, "Round 65"): what the r69 writers showed the rules missing or
over-reading, each pinned with sentences that differ from the corpus items and the rules' own examples. Every
case is checked for its category only, so a finding of another category does not hide a miss."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # attendance: arriving at about a time ("ca", "runt" before the clock), leave asked for on set weekdays
    ("Hon är hos tandläkaren och kommer ca kl 10.", "Tuva", "attendance"),
    ("Tuva kommer runt kl. 11 på fredag.", "Tuva", "attendance"),
    ("Undrar om Tuva kan få gå tidigare på onsdagar pga simningen.", "Tuva", "attendance"),
    # person_judgment: traits with "mot alla" as the yardstick, an idiom whose own word is on a weather list,
    # a metaphor opening the note with a relative clause, working well only when minded to
    ("Vänlig och generös mot alla.", None, "person_judgment"),
    ("Har ofta huvudet i molnen på genomgångarna.", None, "person_judgment"),
    ("En virvelvind som drar med sig alla i leken.", None, "person_judgment"),
    ("Presterar bra när han vill, annars inte.", None, "person_judgment"),
    # offensive: an English slur of "dirty" + a people, a word yelled in quotes with no one named after it
    ("Some older boys shouted 'stinking Somalis' at the bus stop.", None, "offensive"),
    ('Två elever i 8B vrålade "bög" i omklädningsrummet.', None, "offensive"),
    # person_judgment: name-calling as a habit in English, the pupil doing nothing
    ("He keeps calling the other boys names in the changing room.", None, "person_judgment"),
    ("Ärligt talat, Tuva gör ingenting.", "Tuva", "person_judgment"),
    # attendance: let off a lesson, no PE for a stretch, not able to join a lesson on set days
    ("Mamma undrar om Tuva kan slippa simningen på fredag.", "Tuva", "attendance"),
    ("Ingen idrott för Tuva på tre veckor efter operationen.", "Tuva", "attendance"),
    ("Tuva kan tyvärr inte vara med på slöjden på onsdagar.", "Tuva", "attendance"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    # attendance: "man" as anyone, presence as a topic, a day off for everyone
    ("Eleverna lärde sig att man stannar hemma om man har kräkts.", None, "attendance"),
    ("På mentorstiden pratade vi i gruppen om hur man frånvaroanmäler sig.", None, "attendance"),
    ("Tuva skrev en text om varför närvaro i skolan spelar roll.", "Tuva", "attendance"),
    ("I SO undersökte vi varför det är ledigt på midsommarafton.", None, "attendance"),
    # attendance and person_judgment: a scene the pupils improvise
    ("Vi improviserade en scen där en elev kommer för sent och skyller på bussen.", None, "attendance"),
    ("Tuva spelade clownen i teateruppsättningen och höll tajmingen genom hela akten.", "Tuva", "person_judgment"),
    # person_judgment: a stance argued for in a debate, turning pale as a symptom
    ("Tuva argumenterade skickligt för en negativ inställning till kärnvapen.", "Tuva", "person_judgment"),
    ("Hon kan bli blek och yr om hon inte äter frukost, då ska hon få en smörgås.", "Tuva", "person_judgment"),
    # "det gör ingenting" (it does not matter), doing nothing wrong; a class's lesson cancelled
    ("Det gör ingenting att Tuva glömde boken, hon lånar en.", "Tuva", "person_judgment"),
    ("Hon gör ingenting fel i uppställningarna.", "Tuva", "person_judgment"),
    ("Det blir ingen idrott idag eftersom hallen är bokad.", None, "attendance"),
    ("Han ljuger ibland för att slippa undan.", None, "attendance"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    # the limits: a pupil's own attitude, a pupil pale as a look, the pupil's own day off, the pupil staying home
    ("Tuva har en negativ hållning till skolarbetet.", "Tuva", "person_judgment"),
    ("Tuva är blek och mager och ser trött ut.", "Tuva", "person_judgment"),
    ("Tuva är ledig den dagen, familjen åker bort.", "Tuva", "attendance"),
    ("Tuva stannar hemma när det är prov.", "Tuva", "attendance"),
    ("Vi vet inte varför frånvaron har ökat för Tuva.", "Tuva", "attendance"),
])
def test_limits_still_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)
