"""The trained second opinion: it may veto content findings, never identifiers, never add."""
from __future__ import annotations

import pytest

from checker.config import Config, parse_config
from checker.engine import Checker
from checker.evaluate import Item
from checker.second_opinion import CATEGORIES, Panel, SecondOpinion, shipped
from checker.train_second_opinion import examples, train

# (a terse judgment: the person_judgment floor keeps "Elsa är lat", the pupil as the copula's subject)
TEXT = "Elsa: lat och ointresserad. Hon bråkade med Oskar Lindqvist på rasten."


class _Fixed(SecondOpinion):
    """Every sentence gets the same score in every category."""

    def __init__(self, nlp, score: float) -> None:
        super().__init__(nlp, {c: 0.05 for c in CATEGORIES})
        self.score = score

    def scores(self, sentences):
        return [{c: self.score for c in CATEGORIES} for _ in sentences]


@pytest.fixture(scope="module")
def plain() -> Checker:
    return Checker(Config(second_opinion=False))


def _nlp():
    """A shipped model's pipeline (for the fixed-score stand-ins below)."""
    return shipped().members[0].nlp


def test_shipped_models_load_with_thresholds_for_content_categories_only():
    panel = shipped()
    assert panel is not None, "checker/data/second_opinion*.* missing: run python -m checker.train_second_opinion"
    assert len(panel.members) == 2   # sensitive on the round-16 model, person_judgment on its own
    assert set(panel.thresholds) == {"sensitive", "person_judgment"}
    for so in panel.members:
        assert len(so.thresholds) == 1 and set(so.thresholds) <= set(CATEGORIES)
        assert all(0 < t <= 0.1 for t in so.thresholds.values())
        scores = so.scores(["Hon är lat.", "Eleven kan förklara fotosyntesen."])
        assert len(scores) == 2 and all(0.0 <= v <= 1.0 for row in scores for v in row.values())


class _Only(SecondOpinion):
    """Vetoes every hit of its one category; records what it was shown."""

    def __init__(self, nlp, category: str) -> None:
        super().__init__(nlp, {category: 0.05})
        self.shown: list[str] = []

    def filter(self, a, hits, categories):
        self.shown += categories
        return [h for h, c in zip(hits, categories) if c not in self.thresholds]


def test_a_panel_asks_each_member_about_its_own_categories_only(plain):
    pj, se = _Only(_nlp(), "person_judgment"), _Only(_nlp(), "sensitive")
    text = "Lat och ointresserad. Hon har diabetes. Hon var frånvarande i fredags."
    before = {f.category for f in plain.check(text, subject_names=["Elsa"]).findings}
    assert before >= {"person_judgment", "sensitive", "attendance"}
    plain.second_opinion = Panel([pj, se])
    try:
        after = {f.category for f in plain.check(text, subject_names=["Elsa"]).findings}
    finally:
        plain.second_opinion = None
    assert after == before - {"person_judgment", "sensitive"}
    assert set(pj.shown) == {"person_judgment"} and set(se.shown) == {"sensitive"}


def test_two_members_may_not_veto_the_same_category():
    with pytest.raises(ValueError, match="sensitive"):
        Panel([_Only(_nlp(), "sensitive"), _Only(_nlp(), "sensitive")])


def test_a_model_without_a_threshold_is_left_out(tmp_path):
    import json
    import shutil

    from checker.second_opinion import DATA, load_shipped

    shutil.copy(DATA / "second_opinion.bin", tmp_path / "a.bin")
    meta = json.loads((DATA / "second_opinion.json").read_text(encoding="utf-8"))
    (tmp_path / "a.json").write_text(json.dumps(meta | {"thresholds": {c: 0.0 for c in CATEGORIES}}), encoding="utf-8")
    assert load_shipped(tmp_path, ["a", "missing"]) is None
    (tmp_path / "a.json").write_text(json.dumps(meta), encoding="utf-8")
    got = load_shipped(tmp_path, ["a", "missing"])
    assert got is not None and len(got.members) == 1 and set(got.thresholds) == {"sensitive"}


def test_config_switches_it_off():
    assert Checker(Config(second_opinion=False)).second_opinion is None
    assert parse_config({"second_opinion": False}).second_opinion is False
    assert Checker().second_opinion is shipped()


def test_low_scores_veto_content_findings_but_never_identifiers(plain):
    before = plain.check(TEXT, subject_names=["Elsa"]).findings
    assert {f.category for f in before} >= {"person_judgment", "identifier"}
    plain.second_opinion = _Fixed(_nlp(), 0.0)
    try:
        after = plain.check(TEXT, subject_names=["Elsa"]).findings
    finally:
        plain.second_opinion = None
    assert {f.category for f in after} == {"identifier"}
    assert [f for f in after] == [f for f in before if f.category == "identifier"]


@pytest.mark.parametrize("text, other", [
    ("Elsa is lazy and she has no interest in the work.", True),
    ("Please note that we are Jehovah's Witnesses.", True),
    ("Elsa no va a venir mañana porque tiene cita con el médico.", True),
    ("Elsa kann heute nicht kommen, sie hat einen Termin beim Arzt.", True),
    ("Elsa är lat och har inget intresse för arbetet.", False),
    ("Sorry, Elsa är sjuk idag och stannar hemma.", False),   # a Swedish sentence with an English word
    ("Feber.", False),                                        # no small word at all: scored as before
])
def test_sentences_in_other_languages_are_not_scored(plain, text, other):
    from checker.second_opinion import other_language
    a = plain.analyse(text, ["Elsa"])
    assert other_language(a, 0) is other


def test_a_finding_in_an_english_sentence_is_never_vetoed(plain):
    text = "Elsa is autistic and her mother is in hospital. Elsa har astma och får medicin."
    before = plain.check(text, subject_names=["Elsa"]).findings
    assert {f.quote for f in before if f.category == "sensitive"} >= {"autistic", "astma"}
    plain.second_opinion = _Fixed(_nlp(), 0.0)
    try:
        after = plain.check(text, subject_names=["Elsa"]).findings
    finally:
        plain.second_opinion = None
    kept = {f.quote for f in after if f.category == "sensitive"}
    assert "autistic" in kept and "astma" not in kept


def test_high_scores_change_nothing(plain):
    before = plain.check(TEXT, subject_names=["Elsa"]).findings
    plain.second_opinion = _Fixed(_nlp(), 1.0)
    try:
        assert plain.check(TEXT, subject_names=["Elsa"]).findings == before
    finally:
        plain.second_opinion = None


def test_training_examples_are_sentences_with_the_categories_of_their_labels(plain):
    text = "Kalle kan lösa ekvationer. Han är lat."
    start = text.index("lat")
    item = Item(id="x", text=text, labels=[{"category": "person_judgment", "start": start, "end": start + 3}])
    got = examples(plain, [item])
    assert len(got) == 2
    assert got[0][0] == "Kalle kan lösa ekvationer." and got[1][0].startswith("Han är lat")
    assert got[0][1]["person_judgment"] == 0.0 and got[1][1]["person_judgment"] == 1.0
    assert all(v == 0.0 for c, v in got[1][1].items() if c != "person_judgment")


def test_training_is_reproducible():
    data = [(f"Mening nummer {i} om {w}.", {c: float(c == cat) for c in CATEGORIES})
            for i, (w, cat) in enumerate([("lat", "person_judgment"), ("frånvaro", "attendance"),
                                          ("betyget", "grade"), ("fotosyntesen", "sensitive")] * 6)]
    first, _ = train(data)
    second, _ = train(data)
    assert first.get_pipe("textcat_multilabel").to_bytes() == second.get_pipe("textcat_multilabel").to_bytes()


def _table(tp, fp, fn, by_threshold):
    from checker.train_second_opinion import THRESHOLDS

    row = {str(t): {"lost": 0, "saved": 0} for t in THRESHOLDS} | {"tp": tp, "fp": fp, "fn": fn}
    for t, (lost, saved) in by_threshold.items():
        row[str(t)] = {"lost": lost, "saved": saved}
    return {c: (row if c == "sensitive" else {str(t): {"lost": 0, "saved": 0} for t in THRESHOLDS} | {"tp": 9, "fp": 1, "fn": 0})
            for c in CATEGORIES}


def test_calibration_picks_the_threshold_with_the_largest_net_saving():
    from checker.train_second_opinion import choose

    # net = saved - 2 * lost: 0.005 saves 3 for none lost (3); 0.01 saves 6 for 1 lost (4,
    # best); 0.02 saves 9 for 3 lost (3: more saved, but each miss costs two false alarms);
    # 0.1 loses too many
    got = choose(_table(100, 10, 10, {0.005: (0, 3), 0.01: (1, 6), 0.02: (3, 9), 0.1: (30, 10)}))
    assert got["sensitive"] == 0.01
    assert all(t == 0.0 for c, t in got.items() if c != "sensitive")   # nothing saved elsewhere


def choose_(table):
    from checker.train_second_opinion import choose

    return choose(table)


def test_calibration_gives_no_veto_that_saves_too_little():
    from checker.train_second_opinion import VETO_CATEGORIES

    assert "sensitive" in VETO_CATEGORIES and "offensive" not in VETO_CATEGORIES
    table = _table(100, 10, 10, {0.01: (1, 6)})
    table["offensive"] = table["sensitive"]
    assert choose_(table)["offensive"] == 0.0   # never a category the veto may not act on
    from checker.train_second_opinion import choose

    assert choose(_table(100, 10, 10, {0.005: (1, 1), 0.01: (2, 2)}))["sensitive"] == 0.0
    assert choose(_table(100, 10, 10, {0.005: (2, 3)}))["sensitive"] == 0.0   # saves less than twice what it loses
    assert choose(_table(100, 10, 10, {0.005: (0, 2)}))["sensitive"] == 0.0   # too little evidence
    assert choose(_table(100, 10, 10, {0.005: (3, 9)}))["sensitive"] == 0.0   # loses more than 2 % of tp


def test_calibration_counts_what_the_rules_flag(plain):
    from checker.train_second_opinion import calibrate

    text = "Elsa är lat och ointresserad."
    start = text.index("lat")
    items = [Item(id="a", text=text, labels=[{"category": "person_judgment", "start": start, "end": start + 3}]),
             Item(id="b", text="Eleven kan förklara fotosyntesen.", labels=[{"category": "grade", "start": 0, "end": 6}])]
    table = calibrate(plain, _nlp(), items)
    assert table["person_judgment"]["tp"] == 1 and table["person_judgment"]["fp"] == 0
    assert table["grade"]["fn"] == 1 and table["grade"]["tp"] == 0
    assert plain.second_opinion is None   # the recorder is removed again


def test_rule_examples_teach_each_rule_its_own_category_only(plain):
    from checker.train_second_opinion import rule_examples

    data = rule_examples(plain)
    assert all(len(cats) == 1 and set(cats) <= set(CATEGORIES) for _, cats in data)
    assert {v for _, cats in data for v in cats.values()} == {0.0, 1.0}
    flagged = {text for text, cats in data if 1.0 in cats.values()}
    assert any("lat" in t for t in flagged)


def test_veto_chooses_which_categories_may_get_a_threshold():
    from checker.train_second_opinion import choose, main

    table = _table(100, 10, 10, {0.01: (1, 6)})
    table["person_judgment"] = table["sensitive"]
    got = choose(table, ["person_judgment"])
    assert got["person_judgment"] == 0.01 and got["sensitive"] == 0.0
    assert choose(table)["person_judgment"] == 0.0   # the default: sensitive only
    with pytest.raises(SystemExit):
        main(["--veto", "identifier"])   # not a content category


@pytest.mark.parametrize("text, names, kept", [
    ("Elsa är lat och ointresserad.", ["Elsa"], True),
    ("Hen kan bli dum när det inte går som hen vill.", [], True),        # an auxiliary before the copula
    ("Idag var hon väldigt stökig.", [], True),                          # inverted after an adverbial
    ("Mentorn menar att Elsas bror är lat.", ["Elsa"], True),            # the pupil's family
    ("Lisa = slöfock, skrev någon på tavlan.", [], True),                # a jotted "Name = …"
    ("Hon berättade att Max var dum mot sin nalle.", ["Elsa"], False),   # another subject: the veto's to judge
    ("Lat och ointresserad.", [], False),                                # no subject at all
])
def test_the_person_judgment_floor_keeps_judgments_with_the_pupil_as_subject(plain, text, names, kept):
    assert any(f.category == "person_judgment" for f in plain.check(text, subject_names=names).findings), \
        f"the rules no longer flag it: {text}"
    plain.second_opinion = _Fixed(_nlp(), 0.0)   # a veto of everything: only the floor keeps a judgment
    try:
        got = any(f.category == "person_judgment" for f in plain.check(text, subject_names=names).findings)
    finally:
        plain.second_opinion = None
    assert got is kept
