"""Detectors for the identifier rules: each reads its entities from one shared Presidio pass.

The AnalyzerEngine is built once per process (`checker.identifiers.engine`) and run once per
text (memoised on the Analysis), however many identifier rules are active.
"""
from __future__ import annotations

from typing import Iterator

from . import Hit, register

# rule's `entity` → the entities its detector reports
_FAMILIES = {
    "PERSONNUMMER": ("PERSONNUMMER", "SAMORDNINGSNUMMER"),
    "PHONE": ("PHONE",),
    "EMAIL": ("EMAIL",),
    "ADDRESS": ("ADDRESS",),
    "PERSON_NAME": ("PERSON_NAME",),
}


def _make(rule, checker):
    from ..identifiers.engine import analyse_identifiers, get_analyzer

    checker.shared("identifier_analyzer", get_analyzer)  # build at Checker build time
    wanted = frozenset(_FAMILIES.get(rule.entity or "", (rule.entity,)))

    vet_names = checker.config.second_opinion

    def detect(a) -> Iterator[Hit]:
        for r in analyse_identifiers(a, vet_names):
            if r.entity_type in wanted:
                yield Hit(r.start, r.end, min(1.0, max(r.score, 0.0)), r.entity_type)

    return detect


for _name in ("personnummer", "phone", "email", "address", "person_name"):
    register(_name)(_make)
