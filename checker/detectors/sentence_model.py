"""The `sentence_model` detector: findings the trained second opinion adds where the rules
are silent.

One rule per content category names this detector (PJ100, AT100, GR100, SE100); the rule
holds the Swedish message, suggestion and examples like any other. The detector reports
every sentence whose score for the rule's category reaches the category's addition threshold
(`add_thresholds` in `checker/data/second_opinion.json`, chosen on the calibration split by
`python -m checker.train_second_opinion`), pointing at the word that weighed most
(`SecondOpinion.culprit`). The Checker keeps such a hit only where no other rule of the same
category found anything in that sentence (`Checker._rules_first`), so the model never
duplicates or moves a rule's finding. No threshold for the category, or `second_opinion =
false` in the config: the rule finds nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from . import Hit, register

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..engine import Checker
    from ..rules import Rule


@register("sentence_model")
def sentence_model(rule: "Rule", checker: "Checker"):
    category = rule.category

    def detect(a: "Analysis") -> Iterator[Hit]:
        opinion = checker.second_opinion
        threshold = opinion.add_thresholds.get(category) if opinion is not None else None
        if not threshold or not a.sent_bounds:
            return
        for s, scores in enumerate(opinion.all_scores(a)):
            if scores[category] >= threshold:
                first, last = opinion.culprit(a, s, category)
                yield Hit(a.starts[first], a.ends[last], round(scores[category], 3))

    return detect
