"""Every example of every rule: `flag` texts must raise the rule, `pass` texts must not."""
import pytest

from checker import get_checker
from checker.ruletest import run_examples

RULES = get_checker().rules


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(checker, rule):
    count, failures = run_examples(checker, [rule])
    assert count >= 2
    assert not failures, "\n".join(f.describe() for f in failures)


def test_every_category_has_rules():
    from checker.models import CATEGORIES

    assert {r.category for r in RULES} == set(CATEGORIES)
