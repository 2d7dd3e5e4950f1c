"""The trained second opinion's additions (`detector: sentence_model`, rules PJ100, AT100,
GR100, SE100): a finding where the model scores a sentence high and no rule of the category
spoke, pointing at the word that weighed most."""
from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import Checker
from checker.ruletest import run_examples
from checker.second_opinion import CATEGORIES, SecondOpinion, shipped
from checker.train_second_opinion import ADD_CATEGORIES, ADD_COST, ADD_THRESHOLDS, MIN_GAINED, choose_additions

MODEL_RULES = {"person_judgment": "PJ100", "attendance": "AT100", "grade": "GR100", "sensitive": "SE100"}


class _Keyword(SecondOpinion):
    """A stand-in model: a sentence scores 0.99 in `category` if it holds `word`, else 0.01."""

    def __init__(self, nlp, category: str, word: str, threshold: float = 0.9) -> None:
        super().__init__(nlp, {}, {category: threshold})
        self.category, self.word = category, word
        self.calls = 0

    def scores(self, sentences):
        self.calls += 1
        return [{c: 0.99 if c == self.category and self.word in s.lower().split() else 0.01 for c in CATEGORIES}
                for s in sentences]


@pytest.fixture()
def plain():
    # A fresh Checker per test: the tests swap its second opinion.
    return Checker(Config(second_opinion=False))


def _model_findings(report):
    return [f for f in report.findings if f.rule_id in MODEL_RULES.values()]


def test_every_content_category_but_offensive_has_one_model_rule(plain):
    rules = {r.category: r.id for r in plain.rules if r.detector == "sentence_model"}
    assert rules == MODEL_RULES
    assert set(ADD_CATEGORIES) == set(MODEL_RULES)
    assert all(r.severity.value == "warning" for r in plain.rules if r.detector == "sentence_model")


def test_a_high_scoring_sentence_gets_a_finding_on_the_word_that_weighed(plain):
    plain.second_opinion = _Keyword(shipped().nlp, "person_judgment", "kanelbullen")
    text = "Vi har arbetat med bråk. Tove är klassens kanelbullen varje dag."
    found = _model_findings(plain.check(text))
    assert [(f.rule_id, text[f.start:f.end]) for f in found] == [("PJ100", "kanelbullen")]
    assert found[0].confidence == pytest.approx(0.99)
    assert found[0].belongs_in


def test_no_threshold_for_the_category_means_no_finding(plain):
    plain.second_opinion = _Keyword(shipped().nlp, "person_judgment", "kanelbullen", threshold=0.0)
    assert _model_findings(plain.check("Tove är klassens kanelbullen.")) == []
    plain.second_opinion = None   # second_opinion = false in the config
    assert _model_findings(plain.check("Tove är klassens kanelbullen.")) == []


def test_the_rules_speak_first_in_their_sentence(plain):
    # "lat" is a rule word: the sentence already has a person_judgment finding, so the
    # model adds nothing there; the next sentence, where no rule spoke, gets its addition.
    plain.second_opinion = _Keyword(shipped().nlp, "person_judgment", "lat")
    text = "Tove är lat. Hon säger att hon är lat ibland."
    rule_only = Checker(Config(second_opinion=False)).check(text)
    assert any(f.category == "person_judgment" for f in rule_only.findings)
    report = plain.check(text)
    rule_sentences = {text.index(".") > f.start for f in report.findings if f.rule_id not in MODEL_RULES.values()}
    model = _model_findings(report)
    assert all(f.start > text.index(".") for f in model)
    assert True in rule_sentences


def test_a_cancelled_rule_match_also_silences_the_model(plain):
    # The fiction context cancels the rule's match on "lat"; the model must not overrule it.
    text = "Huvudpersonen i romanen är lat."
    assert Checker(Config(second_opinion=False)).check(text).findings == []
    plain.second_opinion = _Keyword(shipped().nlp, "person_judgment", "lat")
    assert plain.check(text).findings == []


def test_an_addition_in_another_category_is_not_silenced(plain):
    # A person_judgment rule in the sentence does not stop an attendance addition there.
    plain.second_opinion = _Keyword(shipped().nlp, "attendance", "borta")
    text = "Tove är lat och var borta hela förra veckan."
    cats = {f.category: f.rule_id for f in plain.check(text).findings}
    assert cats.get("person_judgment", "").startswith("PJ") and cats["person_judgment"] != "PJ100"
    assert "attendance" in cats


def test_scores_are_computed_once_per_text_for_all_model_rules(plain):
    stub = _Keyword(shipped().nlp, "sensitive", "kanelbullen")
    stub.add_thresholds = {c: 0.9 for c in MODEL_RULES}
    plain.second_opinion = stub
    plain.check("Vi läste en dikt. Vi skrev en egen. Vi läste upp dem.")
    assert stub.calls == 1   # one batch for all sentences; no sentence reached a threshold


def test_the_model_rules_examples_run_with_the_rule_alone():
    # The shipped model: each model rule's flag examples must be flagged by that rule even
    # where another rule of the category also flags them.
    checker = Checker()
    if not checker.second_opinion.add_thresholds:
        pytest.skip("the shipped model adds nothing (no addition thresholds)")
    rules = [r for r in checker.rules if r.detector == "sentence_model" and r.category in checker.second_opinion.add_thresholds]
    count, failures = run_examples(checker, rules)
    assert count > 0 and failures == []


def _table(rows: dict[str, dict[float, tuple[int, int]]]) -> dict:
    return {c: {"add": {str(t): {"gained": rows.get(c, {}).get(t, (0, 0))[0], "false": rows.get(c, {}).get(t, (0, 0))[1]}
                        for t in ADD_THRESHOLDS}} for c in CATEGORIES}


def test_addition_threshold_maximises_gain_minus_cost_of_false_alarms():
    lo, mid, hi = ADD_THRESHOLDS[0], ADD_THRESHOLDS[3], ADD_THRESHOLDS[-1]
    table = _table({
        # low: 30 - 3*10 = 0; mid: 20 - 3*1 = 17; high: 5 - 0 = 5  -> mid
        "person_judgment": {lo: (30, 10), mid: (20, 1), hi: (5, 0)},
        # never more gained than MIN_GAINED allows -> none
        "grade": {hi: (MIN_GAINED - 1, 0)},
        # every value costs more than it gains -> none
        "sensitive": {lo: (10, 4), mid: (3, 1)},
        # offensive has no model rule: never a threshold
        "offensive": {mid: (50, 0)},
    })
    chosen = choose_additions(table)
    assert chosen["person_judgment"] == mid
    assert chosen["grade"] == 0.0
    assert chosen["sensitive"] == 0.0
    assert chosen["offensive"] == 0.0
    assert ADD_COST >= 1


def test_the_span_is_never_a_function_word_or_the_students_name(plain):
    # The stand-in scores every variant alike, so any candidate could win: the ones that
    # may not are excluded before scoring.
    plain.second_opinion = _Keyword(shipped().nlp, "person_judgment", "och")
    text = "Tove och Kim ritar."
    found = _model_findings(plain.check(text, subject_names=["Tove"]))
    assert len(found) == 1
    assert text[found[0].start:found[0].end] not in {"Tove", "och"}


def test_a_sentence_of_function_words_only_is_marked_whole(plain):
    plain.second_opinion = _Keyword(shipped().nlp, "person_judgment", "han")
    text = "Vi ritade. Han är det."
    found = _model_findings(plain.check(text))
    assert [text[f.start:f.end] for f in found] == ["Han är det"]
