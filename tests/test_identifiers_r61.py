"""Identifiers, round 61 (docs/identifiers.md, "Round 61"): the school's shared lines – the absence line given to
all families ("ring frånvarolinjen …") and the school's or fritids' mobile ("skolmobilen …") – are not a family's
numbers; a relative named with the number still owns it. Names that are no people: a staff meeting's attendees
("Möte i arbetslaget … Närvarande: …"), a textbook's word problem, a street's compound name joined by "och", a
two-word place listed after a place, a restaurant chain; and a kinship word before a name is the relative's
title, not the character of that name ("Lillebror Anton")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "OBS: om ert barn är sjukt – ring frånvarolinjen 0480-45 00 00 före 7.45.",
    "Kontakt under dagen: skolmobilen 070-555 12 34.",
    "Vid sen hämtning, ring fritidstelefonen 073-120 44 18.",
    "Sjukanmälningstelefon: 08-123 456 70, senast 07.30.",
])
def test_school_lines_are_not_identifiers(identifiers_found, text):
    assert identifiers_found(text) == []


@pytest.mark.parametrize("text,number", [
    ("Ring pappa på 070-555 12 34 om skolmobilen inte svarar.", "070-555 12 34"),
    ("Mamma Lena nås på 073-120 44 18, hon har ingen fritidstelefon.", "073-120 44 18"),
])
def test_a_relatives_number_stays(identifiers_found, text, number):
    assert number in [quote for _, quote in identifiers_found(text)]


@pytest.mark.parametrize("text,subject", [
    # a staff meeting named by whose it is: its attendees are colleagues
    ("Möte i ämneslaget 3/2. Närvarande: Birgitta, Olle, Samira. Vi planerade NP.", None),
    # a textbook's word problem, its question later in the sentence
    ("I läroboken delar Emil och Fatou ut hur många kakor var och en får, och Nora ritade en bild.", "Nora"),
    # a street's compound name joined to the student by "och"
    ("Vi gick längs Kvarnstigen och Nora mätte trädens omkrets.", "Nora"),
    # a two-word place listed after a place
    ("Nora jämförde klimatet i Lima och Buenos Aires.", "Nora"),
    # a restaurant chain: named by its head, or where one sits or eats
    ("Snabbmatskedjan Max var exemplet när Nora räknade procent.", "Nora"),
    ("Nora skolkade från slöjden och åt på Max med två kompisar.", "Nora"),
])
def test_names_that_are_not_people(identifiers_found, text, subject):
    assert identifiers_found(text, [subject] if subject else []) == []


@pytest.mark.parametrize("text,subject,name", [
    ("Möte med Noras föräldrar. Närvarande: Birgitta, Olle.", "Nora", "Birgitta"),   # no staff meeting
    ("Nora var sur på Max hela rasten.", "Nora", "Max"),                             # angry at someone
    ("Nora flyttade från Lima och Amira Haddad bor kvar där.", "Nora", "Amira Haddad"),  # a known given name
    ("Lillebror Elias börjar i förskoleklass i höst.", "Nora", "Elias"),              # the relative, not Karlsson's Lillebror
])
def test_people_stay_names(identifiers_found, text, subject, name):
    assert name in [quote for _, quote in identifiers_found(text, [subject] if subject else [])]


# Round 61's second batch (r61-mixc): staff and made-up people among names.
@pytest.mark.parametrize("text,subject", [
    ("Hej Lena! Kan du titta på Noras NO-rapport innan konferensen? /Per", "Nora"),
    ("Hej Tove, kan du kolla om Nora hunnit göra klart labbrapporten? /Ali", "Nora"),
    ("Uppgift: Kalle har 30 kr och Lisa har 12 kr. Nora löste den med en tallinje.", "Nora"),
    ("Nora löste uppgiften, som handlade om Zoran och Elsa som delar 24 kulor.", "Nora"),
    ("Övning 3: 'Eva bor på Ekvägen 4 och har telefon 031-12 34 56.' Nora skrev en egen.", "Nora"),
    ("Vikarie i dag: Pia Holm (ersätter Jenny). Nora jobbade med bråk.", "Nora"),
    ("Till Johan, tillträdande mentor i 8A: Nora behöver utmaningar i matte.", "Nora"),
    ("Bra jobbat i Livskunskap, Nora!", "Nora"),
    ("VFU-studenten Oskar höll i genomgången om fotosyntes, och Nora ställde frågor.", "Nora"),
    ("Nora har artbestämt Rosa canina och Viola tricolor.", "Nora"),
    ("Hamstern Pelle rymde och Nora skrev en berättelse om det.", "Nora"),
    ("Nora läste högt i grupprummet Astrid.", "Nora"),
    ("Yalla, sa Nora och sprang ut.", "Nora"),
])
def test_second_batch_not_identifiers(identifiers_found, text, subject):
    assert identifiers_found(text, [subject] if subject else []) == []


@pytest.mark.parametrize("text,subject,name", [
    ("Hej Lena! Kan du titta på Omars NO-rapport? /Per", "Nora", "Omar"),         # another pupil's work
    ("Uppgift: Nora och Elias ska redovisa på fredag.", "Nora", "Elias"),          # a to-do has no numbers
    ("Nora bor på Ekvägen 4 och skriver noveller.", "Nora", "Ekvägen 4"),          # her own address, no story
])
def test_second_batch_people_stay(identifiers_found, text, subject, name):
    assert name in [quote for _, quote in identifiers_found(text, [subject] if subject else [])]
