"""Content rules, round 72 (docs/rules.md, "Round 72"): what the r76 writers showed the rules missing or misreading,
each pinned with sentences that differ from the corpus items and the rules' own examples."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    ("Hon har uppfört sig illa på rasterna.", None, "person_judgment"),
    ("Han är ett riktigt ufo bland kompisarna.", None, "person_judgment"),
    ("Läkaren sa tre dagar hemma.", None, "attendance"),
    ("She skipped maths again on Friday.", None, "attendance"),
    ("He missed two mornings last week.", None, "attendance"),
    ("Noor left school early without permission.", None, "attendance"),
    ("Han går på deltidsschema sedan januari.", None, "attendance"),
    ("Hej, Ali kommer inte idag, vi är hos mormor.", "Ali", "attendance"),
    # an emotion as a habit stays
    ("Han var alltid glad när han träffade kompisarna.", None, "person_judgment"),
    # the pupil's own diet or hearing aid stays
    ("Vi tar hänsyn till hans laktosintolerans i matsalen.", None, "sensitive"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Hon var stolt när hon till slut klarade cykelprovet.", None, "person_judgment"),
    ("Ett fint armband till sin syster, med jämna knutar.", None, "person_judgment"),
    ("Hans poster om vulkaner var väl strukturerad.", None, "person_judgment"),
    ("Hon tycker att matte och NO är svårast.", None, "person_judgment"),
    ("Vi bodde en vecka hemma hos farmor på sommarlovet.", None, "attendance"),
    ("I folkskolan förr var många barn borta från skolan under skörden.", None, "attendance"),
    ("Frånvaro registreras i Skola24 av mentor.", None, "attendance"),
    ("Kuratorn och skolsköterskan berättade om hur elevhälsan arbetar.", None, "sensitive"),
    ("Målningen av en kvinna med rullstol har starka kontraster.", None, "sensitive"),
    ("Menyn tog hänsyn till glutenallergi och halal enligt uppgiften.", None, "sensitive"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
