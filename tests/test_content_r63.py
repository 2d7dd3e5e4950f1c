"""Content rules, round 63 (docs/rules.md, "Round 63"): what the r66 and r67 writers showed the rules missing or
over-reading, each pinned with sentences that differ from the corpus items and the rules' own examples. Every
case is checked for its category only, so a finding of another category does not hide a miss."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # grade: the verb before its subject, an English grade stated, a lab report's label
    ("I dagsläget motsvarar hans kunskaper ett D.", "Noor", "grade"),
    ("Noor's predicted grade in Maths is a C if the homework keeps coming.", "Noor", "grade"),
    ("Labbrapporten om fotosyntes: B.", "Noor", "grade"),
    # person_judgment: the one nobody likes, above the rules, tantrums, a trait with no cue needed
    ("Hon är tjejen som ingen vill vara med.", "Noor", "person_judgment"),
    ("Tycker att reglerna inte gäller henne.", "Noor", "person_judgment"),
    ("Får totalt utbrott så fort spelet tar slut.", "Noor", "person_judgment"),
    ("Asocial, sitter helst för sig själv med mobilen.", "Noor", "person_judgment"),
    # attendance: a part of the day away, arriving after lunch, a new habit of lateness, an early finish asked for
    ("Noor borta eftermiddagen pga tandläkare.", "Noor", "attendance"),
    ("Noor kom till skolan efter lunch i tisdags.", "Noor", "attendance"),
    ("Har börjat komma för sent på måndagarna.", "Noor", "attendance"),
    ("Får Noor sluta tidigare på torsdag? Vi ska resa bort.", "Noor", "attendance"),
    # offensive: a diagnosis shouted, a carcass, a spice as a label, "fan" typed without dots, a pig at the table
    ("Han ropade 'cp-skadad!' efter henne i korridoren.", "Noor", "offensive"),
    ("Ditt lata as, sa han till henne.", "Noor", "offensive"),
    ("They keep calling him 'kebab boy' in the changing room.", "Noor", "offensive"),
    ("Han ar fan omojlig idag.", "Noor", "offensive"),
    ("Äter som en gris och spiller överallt.", "Noor", "offensive"),
    # sensitive: questioned by the police, told by the police, asylum applied for, snus found, tobacco past the veto
    ("Noor hade förhör med polisen efter helgen.", "Noor", "sensitive"),
    ("Vi har fått veta av polisen att Noor var i bråket.", "Noor", "sensitive"),
    ("Familjen har ansökt om asyl och väntar.", "Noor", "sensitive"),
    ("Snus i jackan igen, lämnat till rektor.", "Noor", "sensitive"),
    ("Noor roker pa lunchrasten bakom matsalen.", "Noor", "sensitive"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("För betyget C ska eleven kunna föra utvecklade resonemang om källor.", None, "grade"),
    ("Immunförsvaret slåss mot bakterierna, förklarade Noor.", "Noor", "person_judgment"),
    ("Noor har programmerat en robot som blir arg när den krockar.", "Noor", "person_judgment"),
    ("Sött, surt och beskt – Noor kan namnge smakerna.", "Noor", "person_judgment"),
    ("Noor är osäker mellan Teknik och Natur inför gymnasievalet.", "Noor", "person_judgment"),
    ("Noors moster är sjuk, så Noor kan vara lite trött den närmaste tiden.", "Noor", "person_judgment"),
    ("Noor har gjort en serie om en girig drake.", "Noor", "person_judgment"),
    ("We talked about why some words are rude in English.", None, "person_judgment"),
    ("Förr var många barn borta från skolan för att arbeta på fälten.", None, "attendance"),
    ("Frånvaron registreras under fliken Närvaro i appen.", None, "attendance"),
    ("Noor kom in sent i debatten men argumenterade skarpt.", "Noor", "attendance"),
    ("Please return the permission form by Friday.", None, "attendance"),
    ("Fråga 4 är ett hopplöst fall, den hade fel facit.", None, "offensive"),
    ("Noor tyckte att regnet var skit men spelade ändå.", "Noor", "offensive"),
    ("Noor redogör utförligt för hur diabetes påverkar kroppen.", "Noor", "sensitive"),
    ("Noors föräldrar har gemensam vårdnad.", "Noor", "sensitive"),
    ("Pappa arbetar inom socialtjänsten och kan komma efter fem.", "Noor", "sensitive"),
    ("Den som har allergi eller annan specialkost får lunch från köket.", None, "sensitive"),
    ("Vi besökte tingsrätten och såg en rättegång om stöld.", None, "sensitive"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
