"""Identifier round 40 (docs/identifiers.md, "Round 40"). Each case that must stay unreported has
beside it a name in the same construction that must still be reported."""
from __future__ import annotations

import pytest

CAT = ["identifier"]


def _names(checker, text, subject_names=()):
    return [f.quote for f in checker.check(text, subject_names=list(subject_names), categories=CAT).findings
            if f.entity == "PERSON_NAME"]


# A lower-case given name that is also an English word, after an English word, is the word
# ("till the cows come home"); the same name after a Swedish person cue is still a name.
@pytest.mark.parametrize("text", [
    "'till the cows come home' – Adrian förklarade idiomet och gav egna exempel.",
    "'cash cow', 'till the cows come home' och andra idiom med djur.",
])
def test_english_word_that_is_a_name_stays_unreported(checker, text):
    assert _names(checker, text, ["Adrian"]) == []


def test_lower_case_name_after_a_swedish_cue_is_reported(checker):
    assert _names(checker, "adrian bråkade med kompisen joy på rasten", ["Adrian"]) == ["joy"]
