"""Round 98: the identifier pass hands the given names it placed in a staff role to the content rules
(identifiers/engine.py `staff_names`, engine.py `_staff_subject`), so a colleague's leave is no pupil's absence. Names
placed only by a label's colon or by their own leave beside a substitute are left out: there the absence itself is the
evidence, and the attendance rules read those as a pupil's (docs/rules.md, "Round 98")."""
from __future__ import annotations

import pytest

from checker.identifiers.engine import staff_names


def _staff(checker, text: str, subjects: list[str] | None = None) -> frozenset[str]:
    return staff_names(checker.analyse(text, subjects or []))


@pytest.mark.parametrize("text, name", [
    ("Kanske bra att veta: Leila (elevassistent) är ledig på fredag.", "leila"),
    ("Jonas är borta hela vecka 5 på rektorsutbildning.", "jonas"),
    ("Vaktmästar-Kjell har lagat dörren. Kjell säger att låset är nytt.", "kjell"),
    ("Utflykten är på torsdag, frågor om packningen går till Tomas.", "tomas"),
])
def test_colleagues_are_handed_on(checker, text, name):
    assert name in _staff(checker, text)


@pytest.mark.parametrize("text, name", [
    ("Till nya mentorn: Kaspar skolkar gärna efter lunch.", "kaspar"),   # a label's colon
    ("Omar var sjuk och vi hade vikarie i matten.", "omar"),             # their own leave beside a substitute
    ("Elsa leker med Malin på fritids.", "malin"),                      # no role at all
])
def test_weak_or_no_evidence_is_not_handed_on(checker, text, name):
    assert name not in _staff(checker, text)


def test_a_colleagues_leave_is_no_pupils_absence(checker):
    found = {f.rule_id for f in checker.check("Leila (elevassistent) är ledig på fredag.", subject_names=["Nils"]).findings}
    assert not any(r.startswith("AT") for r in found)
    found = {f.rule_id for f in checker.check("Nils är ledig på fredag.", subject_names=["Nils"]).findings}
    assert any(r.startswith("AT") for r in found)
