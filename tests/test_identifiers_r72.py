"""Identifiers, round 72 (docs/identifiers.md, "Round 72"): a personnummer written with spaces in its date after
"pnr"; colleagues asked how a pupil does with an exercise or to have a pupil sit with them in a room of the school; the
family's notices of an illness by name or leave the child needs, which sign a guardian's name."""
from __future__ import annotations

import pytest

from checker.identifiers.personnummer import check_digit, find


@pytest.mark.parametrize("date", ["15 04 21", "2015 04 21", "08 11 30"])
def test_a_spaced_date_after_pnr_is_a_personnummer(date):
    digits = date.replace(" ", "")[-6:]
    number = f"{date}-{'123'}{check_digit(digits + '123')}"
    text = f"Pnr för utflyktslistan: {number}."
    assert [text[a:b] for a, b, _ in find(text)] == [number]


def test_a_spaced_date_needs_the_cue_and_a_valid_check_digit():
    good = "15 04 21-123" + check_digit("150421123")
    bad = "15 04 21-123" + str((int(check_digit("150421123")) + 1) % 10)
    assert list(find(f"Mötet: {good}.")) == []          # no "pnr" before it: a list of numbers, not a person
    assert list(find(f"Pnr: {bad}.")) == []             # wrong check digit


def test_a_spaced_date_after_two_cues_is_read_once():
    number = "15 04 21-123" + check_digit("150421123")
    text = f"Personnummer (pnr): {number}, och syskonets pnr står i blanketten."
    assert [text[a:b] for a, b, _ in find(text)] == [number]
