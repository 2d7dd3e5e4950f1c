"""Run every rule's own examples: each `flag` text must raise the rule, each `pass` text
must not. Used by `skrivvakt rules test` and by the test suite."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .engine import Checker
from .rules import Examples, Rule


@dataclass(frozen=True, slots=True)
class ExampleFailure:
    rule_id: str
    kind: str  # "flag" (should have been flagged) or "pass" (should not have been)
    text: str

    def describe(self) -> str:
        want = "ska flaggas men flaggades inte" if self.kind == "flag" else "ska inte flaggas men flaggades"
        return f"{self.rule_id}: {want}: {self.text!r}"


def run_examples(checker: Checker, rules: Iterable[Rule] | None = None) -> tuple[int, list[ExampleFailure]]:
    """Return (number of examples run, failures). Only the rule's own category is checked."""
    failures: list[ExampleFailure] = []
    count = 0
    for rule in rules if rules is not None else checker.rules:
        for kind, items in (("flag", rule.examples.flag), ("pass", rule.examples.pass_)):
            for item in items:
                ex = Examples.as_example(item)
                report = checker.check(ex.text, subject_names=ex.subject_names, categories=[rule.category])
                fired = any(f.rule_id == rule.id for f in report.findings)
                count += 1
                if fired != (kind == "flag"):
                    failures.append(ExampleFailure(rule.id, kind, ex.text))
    return count, failures
