"""Run every rule's own examples: each `flag` text must raise the rule, each `pass` text
must not. Used by `skrivvakt rules test` and by the test suite.

A rule runs beside the other rules of its category, as in a real check, except a model rule
(`detector: sentence_model`): it only speaks where the rules are silent, so its examples are
run with it alone – they pin what the trained model says about each sentence, whatever the
rules later learn to catch. Where the model adds nothing to the category (no addition
threshold shipped, or `second_opinion = false`), a model rule's examples are not run."""
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
        if rule.detector == "sentence_model" and not _model_adds(checker, rule.category):
            continue
        for kind, items in (("flag", rule.examples.flag), ("pass", rule.examples.pass_)):
            for item in items:
                ex = Examples.as_example(item)
                a = checker.analyse(ex.text, ex.subject_names)
                only = [rule.id] if rule.detector == "sentence_model" else None
                found = checker.findings(a, categories=[rule.category], only=only)
                fired = any(f.rule_id == rule.id for f in found)
                count += 1
                if fired != (kind == "flag"):
                    failures.append(ExampleFailure(rule.id, kind, ex.text))
    return count, failures


def _model_adds(checker: Checker, category: str) -> bool:
    opinion = checker.second_opinion
    return opinion is not None and bool(opinion.add_thresholds.get(category))
