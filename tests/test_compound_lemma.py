"""Compound lemmas (round 43, checker/nlp.py `compound_lemma`): a compound the lemma table does not
hold gets its lemma from its head, so an entry written in the base form ("knäppskalle") matches the
inflected compound ("knäppskallen"); a tail that is only a chance ("alko" + "holist", "soci" + "alen")
gives no lemma."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.nlp import compound_lemma, get_lemma_table


@pytest.fixture(scope="module")
def table():
    return get_lemma_table()


@pytest.mark.parametrize("word, lemma", [
    ("knäppskallen", "knäppskalle"),       # an insult compound, definite
    ("flumskallen", "flumskalle"),         # a first part that is a base form only ("flum")
    ("jätteledsna", "jätteledsen"),        # an intensifier compound, plural
    ("betygsprognosen", "betygsprognos"),  # the linking s
    ("utvecklingsområden", "utvecklingsområde"),
])
def test_an_unknown_compound_takes_its_heads_lemma(table, word, lemma):
    assert word not in table
    assert compound_lemma(word) == lemma


@pytest.mark.parametrize("word", [
    "alkoholist",   # "alko" is no word: "holist" is a chance tail
    "socialen",     # "soci" + "alen" (the tree)
    "mobbare",      # too short to split
    "hemmasittarna",
])
def test_a_chance_tail_gives_no_lemma(word):
    assert compound_lemma(word) == word


def test_the_inflected_compound_matches_the_base_form_entry(checker):
    findings = checker.check("Knäppskallen har glömt sin bok igen.").findings
    assert [(f.category, f.quote) for f in findings] == [("offensive", "Knäppskallen")]


def test_a_heading_before_a_colon_is_no_thing_subject(checker):
    """With a lemma, "Utvecklingsområden" reads as a definite noun; it is a heading, not the subject of
    "Är lat" (`_thing_subject` starts the clause after the colon)."""
    findings = checker.check("Utvecklingsområden: Är lat med läxorna.", subject_names=["Noah"]).findings
    assert [(f.category, f.quote) for f in findings] == [("person_judgment", "lat")]


_LISTED = sorted(get_lemma_table())[::997]   # about 660 of the table's forms, spread over the alphabet


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_LISTED), min_size=1, max_size=6))
def test_the_table_decides_every_word_it_holds(checker, words):
    """Only words the table lacks are split: a listed form keeps the table's lemma."""
    table = get_lemma_table()
    a = checker.analyse(" ".join(words))
    for low, lemma in zip(a.lower, a.lemma):
        if low in table:
            assert lemma == table[low]
