"""Content rules, round 71 (docs/rules.md, "Round 71"): what the r75 writers showed the rules missing or misreading,
each pinned with sentences that differ from the corpus items and the rules' own examples."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # person_judgment: habits with an adverb, the last word, grudges, a bad influence, contempt
    ("Sitter jämt och viskar med Sara under genomgångarna.", None, "person_judgment"),
    ("Han sitter bara och äter godis.", None, "person_judgment"),
    ("Måste alltid ha sista ordet.", None, "person_judgment"),
    ("Hon kan aldrig släppa en oförrätt.", None, "person_judgment"),
    ("Tyvärr en dålig påverkan på de yngre.", None, "person_judgment"),
    ("Han tycker att städning är under hans värdighet.", None, "person_judgment"),
    ("Verkar strunta helt i följderna av sitt beteende.", None, "person_judgment"),
    ("En tröttsam kille, ärligt talat.", None, "person_judgment"),
    ("Often late with her homework and not a team player.", None, "person_judgment"),
    # the same mood as a habit stays
    ("Är ofta på dåligt humör på morgonen.", None, "person_judgment"),
    # offensive: English insults with a word between, in the plural
    ("Some of them are little shits, honestly.", None, "offensive"),
    ("She called her a fat lazy cow.", None, "offensive"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    # a feeling on one occasion, with its cause or time
    ("Kände sig nervös inför provet men skrev lugnt och metodiskt.", None, "person_judgment"),
    ("Var på surt humör efter rasten men kom igång med uppgiften.", None, "person_judgment"),
    # a verb with its object, not the plural adjective
    ("Hon strukturerade sina anteckningar i en tankekarta.", None, "person_judgment"),
    # a figure of a story or a fable
    ("I sagan är draken girig och grodan klok.", None, "person_judgment"),
    ("In the story the wolf is greedy and the owl is wise.", None, "person_judgment"),
    # words studied for their meaning; lateness with homework is no attendance
    ("She can explain the meaning of truant and punctual.", None, "attendance"),
    ("Always late with her assignments.", None, "attendance"),
    # a brand inside a sentence
    ("Vi sorterade en påse Skittles efter färg och räknade andelar.", None, "offensive"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
