"""The trained name opinion: it may veto PERSON_NAME results, never other identifiers, never add."""
from __future__ import annotations

import json

import pytest

from checker.config import Config
from checker.engine import Checker
from checker.evaluate import Item
from checker.identifiers import engine as id_engine
from checker.identifiers.name_opinion import NameOpinion, features, shipped
from checker.identifiers.names import TokenView
from checker import train_name_opinion as tn

TEXT = "Elsa bråkade med Oskar Lindqvist på rasten. Ring mamma på 070-123 45 67."


class _Fixed(NameOpinion):
    """Every name gets the same score."""

    def __init__(self, score: float, threshold: float = 0.25) -> None:
        self.threshold = threshold
        self.score = score

    def scores(self, v, lex, spans):
        return [self.score] * len(spans)


@pytest.fixture(scope="module")
def plain() -> Checker:
    return Checker(Config(second_opinion=False))


@pytest.fixture(scope="module")
def vetting() -> Checker:
    return Checker()


def _view(checker: Checker, text: str, names=()) -> TokenView:
    return TokenView.from_analysis(checker.analyse(text, names))


def test_features_mask_the_name_and_keep_its_context(plain):
    text = "Hon satt bredvid fröken Annika Berg i matsalen igår."
    start = text.index("Annika")
    got = features(_view(plain, text), id_engine._name_finder().lex, start, start + len("Annika Berg"))
    mask, bar = got.index("XNAMNX"), got.index("||")
    before, after, facts = got[:mask], got[mask + 1:bar], got[bar + 1:]
    assert not {"annika", "berg"} & {*before, *after}
    assert before[-2:] == ["bredvid", "froken"] and after[:2] == ["i", "matsalen"]
    assert {"w_annika", "w_berg", "ntok2", "smid", "gzf"} <= set(facts)   # a first name the gazetteer knows


def test_a_low_score_vetoes_names_only(plain, vetting, monkeypatch):
    raw = plain.check(TEXT, subject_names=["Elsa"]).findings
    assert {f.entity for f in raw} >= {"PERSON_NAME", "PHONE"}
    monkeypatch.setattr(id_engine, "shipped_name_opinion", lambda: _Fixed(0.0))
    got = vetting.check(TEXT, subject_names=["Elsa"]).findings
    assert "PERSON_NAME" not in {f.entity for f in got}
    assert [f for f in got if f.category == "identifier"] == [f for f in raw if f.entity == "PHONE"]
    # and the configuration switch leaves names alone, whatever the model says
    assert plain.check(TEXT, subject_names=["Elsa"]).findings == raw


def test_a_high_score_changes_nothing(plain, vetting, monkeypatch):
    raw = plain.check(TEXT, subject_names=["Elsa"]).findings
    monkeypatch.setattr(id_engine, "shipped_name_opinion", lambda: _Fixed(0.9))
    assert vetting.check(TEXT, subject_names=["Elsa"]).findings == raw


def test_the_bare_engine_is_vetted_too(monkeypatch):
    monkeypatch.setattr(id_engine, "shipped_name_opinion", lambda: _Fixed(0.0))
    assert {r.entity_type for r in id_engine.analyse_text(TEXT, frozenset({"elsa"}))} == {"PHONE"}


def test_shipped_model_follows_the_switch_and_its_calibration():
    from checker.train_second_opinion import MISS_COST, NAME_VETO

    op = shipped()
    meta = json.loads(tn_meta().read_text(encoding="utf-8")) if tn_meta().is_file() else None
    if meta is None:
        assert op is None
        return
    assert meta["enabled"] is NAME_VETO
    assert meta["calibrated_threshold"] in (0.0, *tn.THRESHOLDS)
    assert meta["threshold"] == (meta["calibrated_threshold"] if NAME_VETO else 0.0)
    assert (op is None) == (meta["threshold"] == 0.0)
    if meta["calibrated_threshold"]:
        row = meta["calibration"][str(meta["calibrated_threshold"])]
        assert row["saved"] > MISS_COST * row["lost"]
    if op is not None:
        assert op.threshold == meta["threshold"]


def tn_meta():
    from checker.identifiers.name_opinion import META_FILE

    return META_FILE


def _item(i: int, text: str, name: str, is_id: bool) -> Item:
    start = text.index(name)
    labels = [{"category": "identifier", "start": start, "end": start + len(name)}] if is_id else []
    return Item(id=f"n{i}", text=text, labels=labels, subject_names=["Elsa"])


PUPILS = ["Oskar", "Lina", "Hugo", "Maja", "Noah", "Wilma", "Liam", "Alva"]
STAFF = ["Annika", "Peter", "Karin", "Johan", "Eva", "Anders", "Maria", "Lars"]


def _corpus() -> list[Item]:
    items = []
    for i, name in enumerate(PUPILS):
        items.append(_item(i, f"Elsa bråkade med {name} på rasten igen.", name, True))
    for i, name in enumerate(STAFF):
        items.append(_item(100 + i, f"Elsa satt bredvid {name} på konserten i aulan.", name, False))
    return items


def test_training_rows_label_names_by_the_corpus(plain):
    rows = tn.rows(plain, _corpus())
    pos = [t for t, y in rows if y]
    neg = [t for t, y in rows if not y]
    assert len(pos) == len(PUPILS) and all(t[t.index("XNAMNX") - 1] == "med" for t in pos)
    assert len(neg) == len(STAFF) and all(t[t.index("XNAMNX") - 1] == "bredvid" for t in neg)
    assert not any("w_elsa" in t for t, _ in rows)   # the described student is never a candidate


def test_training_is_reproducible_and_learns_the_context(plain):
    data = tn.rows(plain, _corpus())
    first, meta = tn.train(data)
    second, _ = tn.train(data)
    assert first.get_pipe("textcat").to_bytes() == second.get_pipe("textcat").to_bytes()
    op = NameOpinion(first, 0.5)
    lex = id_engine._name_finder().lex
    pupil = "Elsa bråkade med Sixten på rasten igen."
    staff = "Elsa satt bredvid Sixten på konserten i aulan."
    for text, want in ((pupil, True), (staff, False)):
        s = text.index("Sixten")
        (score,) = op.scores(_view(plain, text, ["Elsa"]), lex, [(s, s + 6)])
        assert (score >= 0.5) is want, (text, score)


def test_calibration_counts_items_a_veto_would_change(plain):
    data = tn.rows(plain, _corpus())
    nlp, _ = tn.train(data)
    items = [_item(0, "Elsa bråkade med Sixten på rasten igen.", "Sixten", True),
             _item(1, "Elsa satt bredvid Sixten på konserten i aulan.", "Sixten", False),
             _item(2, "Elsa satt bredvid Sixten på konserten i aulan, 070-123 45 67.", "Sixten", False)]
    table = tn.calibrate(plain, nlp, items)
    assert (table["tp"], table["fp"], table["fn"]) == (1, 2, 0)
    op, lex = NameOpinion(nlp, 0.0), id_engine._name_finder().lex
    pupil, staff = (op.scores(_view(plain, it.text, ["Elsa"]), lex, [(it.text.index("Sixten"), it.text.index("Sixten") + 6)])[0]
                    for it in items[:2])
    assert staff < pupil
    for t in tn.THRESHOLDS:
        # item 2 stays flagged by its phone number whatever the veto does
        assert table[str(t)] == {"saved": int(staff < t), "lost": int(pupil < t)}


def test_the_name_rules_examples_become_training_items(plain):
    items = tn.rule_example_items(plain)
    flagged = [it for it in items if "-flag-" in it.id]
    passed = [it for it in items if "-pass-" in it.id]
    assert flagged and passed
    assert all(it.labels for it in flagged)        # every flag example names someone the rules report
    assert not any(it.labels for it in passed)     # a pass example's capitalised words are negatives
    listed = next(it for it in flagged if "Tesfalem" in it.text)
    assert [listed.text[lab.start:lab.end] for lab in listed.labels] == ["Tesfalem"]   # not the subject, Lina
    rows = tn.rows(plain, [listed])
    assert [y for _, y in rows].count(True) == 1
