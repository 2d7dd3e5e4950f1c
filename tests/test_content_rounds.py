"""The content cases each tuning round pinned (tests/content_rounds.yaml): what a round's blind writers showed the rules
missing or misreading, as sentences that differ from the corpus items and the rules' own examples. Each case is checked
for its one category, so a finding of another category does not hide a miss. A round adds its cases to the file under
its number (until round 76 each round had a module of its own with the same two tests); docs/rules.md, "Round NN",
says what the round changed."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

_ROUNDS = yaml.safe_load((Path(__file__).parent / "content_rounds.yaml").read_text(encoding="utf-8"))["rounds"]


def _cases(kind: str) -> list:
    return [pytest.param(case["text"], case.get("subject"), case["category"], id=f"r{rnd}-{kind}-{n}")
            for rnd, entry in _ROUNDS.items() for n, case in enumerate(entry[kind], 1)]


@pytest.mark.parametrize("text,subject,category", _cases("found"))
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", _cases("not_found"))
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
