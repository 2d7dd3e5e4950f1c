"""The veto floor: findings about the gravest matters survive any second opinion.

A frame matrix (grave phrasings x sentence frames) is checked three ways: with the shipped
veto (through `get_checker()`, as a new writer's text is), with a stub second opinion that
vetoes everything, and on the rules alone. Ordinary sensitive findings (a diagnosis, an
illness, religion, a counsellor, money at home) are NOT protected: the stub still vetoes them.
The floor's terms are data (checker/data/veto_floor.yaml, docs/rules.md "Second opinion").
"""
from __future__ import annotations

import textwrap

import pytest

from checker import Checker, Config, get_checker
from checker.evaluate import Item
from checker.rules import RuleError
from checker.second_opinion import SecondOpinion, shipped
from checker.veto_floor import FLOOR_FILE, load_floor
from frame_matrix import fill

NAME = "Ali"

# Grave matters said of the student, as predicates: suicide and suicidal thoughts (also
# without å/ä/ö), self-harm in several tenses and wordings, violence and abuse, placement.
GRAVE = [
    "har pratat om att ta livet av sig", "har självmordstankar", "har sjalvmordstankar",
    "har suicidtankar", "har pratat om självmord", "vill inte leva längre",
    "har ett självskadebeteende", "skär sig", "skar sig igen i helgen", "har skurit sig i armarna",
    "skadar sig själv", "har pratat om att skada sig", "rispar sig på armarna", "har självskadetankar",
    "blir slagen hemma", "blev slagen av sin styvpappa", "har varit utsatt för sexuella övergrepp",
    "har blivit misshandlad", "är placerad i familjehem", "har placerats hos sin moster",
    "bor på skyddat boende med mamma",
    "har skyddad adress", "har sekretessmarkering i folkbokföringen",   # round 55
]
GRAVE_FRAMES = [
    "{name} {w}.",
    "Mentor berättar att {name} {w}.",
    "{name} kan resonera om källor men {w}.",   # the known cost: the rest is about knowledge
    "{name} har gjort stora framsteg i matematik och {w}.",
    "Samtal med mamma i dag: {name} {w}.",
]
# Whole notes: the grave fact without the student as subject, in a context of schoolwork.
GRAVE_NOTES = [
    "Hans bror tog livet av sig i våras.", "Pappa slår honom.", "Mammas kille hotar henne.",
    "Orosanmälan gjord i mars.", "Vi har gjort en orosanmalan.", "Misstänkt vanvård i hemmet.",
    "Det förekommer våld i hemmet.", "Familjen har kontakt med soc enligt LVU.", "Lever med omsorgssvikt.",
    "Har pratat om att ta livet av sig.", "Ali has suicidal thoughts.",
]
NOTE_FRAMES = ["{w}", "Kan lösa ekvationer i två steg och redovisar tydligt. {w}", "{w} Läser gärna och skriver utvecklade texter."]

# Ordinary sensitive findings: the veto may still judge them.
ORDINARY = [
    "har ADHD", "har diabetes", "är muslim", "går hos kuratorn", "har ångest", "har en tumör",
    "har astma", "fastar under ramadan",
]
ORDINARY_NOTES = ["Familjen har socialbidrag.", "Familjen är katolsk.", "Ali har utvisningshot."]

GRAVE_TEXTS = fill(GRAVE_FRAMES, GRAVE, name=NAME) + fill(NOTE_FRAMES, GRAVE_NOTES)
ORDINARY_TEXTS = fill(GRAVE_FRAMES, ORDINARY, name=NAME) + ORDINARY_NOTES


class VetoAll(SecondOpinion):
    """A second opinion that vetoes every finding it is shown."""

    def __init__(self) -> None:
        self.shown = 0

    def filter(self, a, hits, categories):
        self.shown += len(hits)
        return []


@pytest.fixture(scope="module")
def rules_only() -> Checker:
    return Checker(Config(second_opinion=False))


@pytest.fixture(scope="module")
def veto_all() -> Checker:
    checker = Checker(Config(second_opinion=False))
    checker.second_opinion = VetoAll()
    return checker


def _sensitive(checker: Checker, text: str) -> list[str]:
    return [f.quote for f in checker.check(text, subject_names=[NAME]).findings if f.category == "sensitive"]


@pytest.mark.parametrize("text", GRAVE_TEXTS)
def test_grave_findings_survive_a_veto_of_everything(rules_only, veto_all, text):
    assert _sensitive(rules_only, text), f"the rules no longer flag it: {text}"
    assert _sensitive(veto_all, text), text


@pytest.mark.parametrize("text", GRAVE_TEXTS)
def test_grave_findings_survive_the_shipped_veto(text):
    assert shipped() is not None and get_checker().second_opinion is shipped()
    assert _sensitive(get_checker(), text), text


@pytest.mark.parametrize("text", ORDINARY_TEXTS)
def test_ordinary_sensitive_findings_are_still_vetoed(rules_only, veto_all, text):
    assert _sensitive(rules_only, text), f"the rules no longer flag it: {text}"
    assert not _sensitive(veto_all, text), text


ROUND63_TEXTS = ["Salim roker pa rasterna bakom idrottshallen.", "snus i fickan igen, tog det ifrån honom",
                 "Ali har setts röka vid busshållplatsen.", "Hittade cigaretter i hans väska idag.",
                 "Ali snusar på rasterna enligt rastvakten.",
                 "Ali har gjort abort och är borta några dagar.", "Ali tränar varje dag och äter väldigt lite, mamma är orolig.",
                 "Misstänkt ätstörning, Ali äter knappt i matsalen."]


@pytest.mark.parametrize("text", ROUND63_TEXTS)
def test_round63_findings_survive_a_veto_of_everything(rules_only, veto_all, text):
    """Round 63: tobacco (decided sensitive after the model was trained), an eating disorder and an abortion."""
    assert _sensitive(rules_only, text), f"the rules no longer flag it: {text}"
    assert _sensitive(veto_all, text), text


def test_floor_adds_nothing(veto_all):
    """What the rules' exceptions cancel stays cancelled: the floor only keeps findings."""
    for text in ["Ali skar sig i fingret på brödkniven i hemkunskapen.",
                 "Vi läste en novell där huvudpersonen tar livet av sig.",
                 "Ali kan förklara vad LVU är och när lagen används."]:
        assert not _sensitive(veto_all, text), text


def test_other_findings_are_still_shown_to_the_veto(veto_all):
    """A grave and an ordinary finding in one sentence: the grave one stays, the other goes."""
    text = "Ali har ADHD och har pratat om att ta livet av sig."
    assert _sensitive(veto_all, text) == ["ta livet av sig"]


def test_the_matrix_is_broad():
    assert len(GRAVE) >= 20 and len(GRAVE_FRAMES) >= 5 and len(GRAVE_NOTES) >= 10


def test_calibration_never_counts_a_floored_item_as_lost(rules_only):
    from checker.train_second_opinion import THRESHOLDS, calibrate

    text = "Ali har ångest och har pratat om att ta livet av sig."
    item = Item(id="a", text=text, subject_names=[NAME],
                labels=[{"category": "sensitive", "start": 0, "end": len(text)}])
    row = calibrate(rules_only, shipped().members[0].nlp, [item])["sensitive"]
    assert row["tp"] == 1
    assert all(row[str(t)]["lost"] == 0 for t in THRESHOLDS)


# ---------------------------------------------------------------- the data file
def test_the_shipped_floor_loads():
    floor = load_floor()
    assert floor.category == "sensitive" and str(FLOOR_FILE) == floor.source
    assert "självmord*" in floor.terms and "orosanmäl*" in floor.terms


GOOD = """\
    category: sensitive
    groups:
      - name: självmord
        terms: ["självmord*"]
"""


@pytest.mark.parametrize("mutation, where, field", [
    (('terms: ["självmord*"]', 'terms: []'), "grupp 'självmord'", "terms"),
    (('terms: ["självmord*"]', 'terms: ["..."]'), "grupp 'självmord'", "terms"),
    (('terms: ["självmord*"]', 'terms: ["*"]'), "grupp 'självmord'", "terms"),
    (('terms: ["självmord*"]', 'terms: ["självmord*"]\n    why: x'), "grupp 'självmord'", "why"),
    (("category: sensitive", "category: health"), "", "category"),
    (("category: sensitive", "category: identifier"), "", "category"),
    (("- name: självmord", "- name: ''"), "grupp nr 1", "name"),
])
def test_a_broken_floor_names_the_file_and_the_field(tmp_path, mutation, where, field):
    path = tmp_path / "veto_floor.yaml"
    path.write_text(textwrap.dedent(GOOD).replace(*mutation), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_floor(path)
    msg = str(err.value)
    assert msg.startswith(str(path)) and f"fält '{field}'" in msg and where in msg, msg
