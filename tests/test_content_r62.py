"""Content rules, round 62 (docs/rules.md, "Round 62"): what the round's blind writers showed the rules missing or
over-reading, each pinned with sentences that differ from the corpus items and the rules' own examples. Every
case is checked for its category only, so a finding of another category does not hide a miss."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # person_judgment: looks with a habit, a terse simile, conflicts as a habit, a trait pair before a comma
    ("Fin och välklädd som alltid, Noor alltså.", "Noor", "person_judgment"),
    ("Envis som en gammal get.", "Noor", "person_judgment"),
    ("Hamnar ständigt i bråk i kapprummet.", "Noor", "person_judgment"),
    ("Noggrann och tyst, lämnar alltid in i tid.", "Noor", "person_judgment"),
    ("Svag i skrivandet, men stark vilja och gott humör.", "Noor", "person_judgment"),
    # offensive: a mock name after a title, a question sworn, a body word opening a note, English contempt
    ("Där kommer fröken Kan-allt-bäst igen.", "Noor", "offensive"),
    ("Hur fan kunde han glömma boken igen?", "Noor", "offensive"),
    ("Fet och trög, orkar inget på gympan.", "Noor", "offensive"),
    ("She just sits there like a lazy lump all lesson.", "Noor", "offensive"),
    # attendance: missing part of a lesson for an appointment
    ("Går till tandläkaren och missar första halvan av engelskan.", "Noor", "attendance"),
    # grade: a sentence adverb before the grade, the work valued as a grade
    ("Har inte lämnat in något och har alltså F i biologi.", "Noor", "grade"),
    ("Som det ser ut nu motsvarar arbetet ett C.", "Noor", "grade"),
    # grade: a grade after the pupil's name in a list; letters and "o" for "och" are not a word spelled out
    ("Slöjd 7B, snabbt:\nNoor – B, noggrann med måtten", "Noor", "grade"),
    ("Noor ligger mellan D o C i kemi just nu.", "Noor", "grade"),
    # attendance, English: home ill, not at the after-school club
    ("Just so you know, Noor is home ill today.", "Noor", "attendance"),
    # sensitive: an operation ahead, an origin typed with "e"
    ("Noor borta nästa vecka, ska opereras för ett bråck.", "Noor", "sensitive"),
    # offensive: a people named with contempt, an ape's brain
    ("Hon skrev ”äckliga araber” i chatten.", "Noor", "offensive"),
    ("Kallade hela gruppen för aphjärnor.", "Noor", "offensive"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Tiden kom sent fram till slutsatsen att kartan var fel, men Noor rättade den.", "Noor", "attendance"),
    ("Noor har mörker och frånvaro som tema i sitt fotoprojekt.", "Noor", "attendance"),
    ("Jag är så trött på den här datorn att det är sjukt.", None, "attendance"),
    ("Vi åkte till skogen, vi går från skolan kl 9 imorgon igen.", None, "attendance"),
    ("Rum 12 är ledigt på fredagar, så Noor kan göra klart sin film där.", "Noor", "attendance"),
    ("Skrivaren på plan 2 är ett jävla skräp igen.", None, "offensive"),
    ("Noor skitsade huset först och byggde sedan modellen.", "Noor", "offensive"),
    ("Gullig teckning av en katt, Noor har använt kol och sudd.", "Noor", "person_judgment"),
    ("Noor var glad och lättad efter sin presentation om Island.", "Noor", "person_judgment"),
    ("Thank you for a lovely spring term, Noor has grown so much in reading.", "Noor", "person_judgment"),
    ("En sjuksköterska berättade för klassen om sitt jobb på BUP.", None, "sensitive"),
    ("Det blev gräl mellan två mammor vid grinden, inga barn var inblandade.", None, "sensitive"),
    ("Noor skrev en krönika om att barn i familjehem behöver fler trygga vuxna.", "Noor", "sensitive"),
    ("Noor har tecknat en sur och grinig troll till sagan.", "Noor", "person_judgment"),
    ("Ordet 'frånvaro' skrev Noor med a, men rättade det själv.", "Noor", "attendance"),
    ("Noor wrote a story about a boy who is always late for school.", "Noor", "attendance"),
    ("Grupper i kemi: Grupp – A, Noor och Ali.", "Noor", "grade"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
