"""The identifier cases each tuning round pinned (tests/identifier_rounds.yaml), grouped by the test they were written
as: texts where the pass must report nothing (staff, figures, things named) and texts where it must still report a
given quote (a guardian, a classmate). A round adds its groups to the file under its number; the round modules keep
the tests of other shapes. docs/identifiers.md, "Round NN", says what each round changed."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

_ROUNDS = yaml.safe_load((Path(__file__).parent / "identifier_rounds.yaml").read_text(encoding="utf-8"))["rounds"]


def _cases(kind: str) -> list:
    return [pytest.param(case, id=f"r{rnd}-{group['test']}-{n}")
            for rnd, entry in _ROUNDS.items() for group in entry["groups"] if group["kind"] == kind
            for n, case in enumerate(group["cases"], 1)]


@pytest.mark.parametrize("case", _cases("none"))
def test_nothing_reported(identifiers_found, case):
    assert identifiers_found(case["text"], case["subjects"]) == []


@pytest.mark.parametrize("case", _cases("reported"))
def test_still_reported(identifiers_found, case):
    assert case["name"] in [quote for _, quote in identifiers_found(case["text"], case["subjects"])]
