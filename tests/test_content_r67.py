"""Content rules, round 67 (docs/rules.md, "Round 67"): what the r71 writers showed the rules missing, each pinned with
sentences that differ from the corpus items and the rules' own examples."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # attendance: leaving at a time with "därför" before "hem", leaving on set weekdays at a time
    ("Han går därför hem kl 12.15 på måndagar.", None, "attendance"),
    ("Maja går ifrån onsdagar kl 14 för logopeden.", "Maja", "attendance"),
    # person_judgment: a label opening a note, with the others' regard after it
    ("En stjärna i gruppen som alla andra ser upp till.", None, "person_judgment"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Bussen går därför kl 12.15 på måndagar.", None, "attendance"),
    ("En dikt som de andra gillade att lyssna på.", None, "person_judgment"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
