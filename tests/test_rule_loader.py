"""A broken rule file fails with one message naming the file, the rule and the field."""
import textwrap

import pytest

from checker import Checker
from checker.config import parse_config
from checker.rules import RuleError, load_rules

GOOD = """
  - id: LX001
    name: Lokal regel
    severity: info
    message: Ett lokalt meddelande på svenska.
    suggestion: Ett lokalt förslag på svenska.
    match:
      words: [klassfjant]
    examples:
      flag: [Han är en klassfjant.]
      pass: [Han är en klasskamrat.]
"""


def write(tmp_path, body, name="local.yaml"):
    (tmp_path / name).write_text(textwrap.dedent(body), encoding="utf-8")
    return tmp_path


def test_extra_pack_adds_rules(tmp_path):
    write(tmp_path, "category: person_judgment\nrules:" + GOOD)
    c = Checker(parse_config({"rules": {"packs": [str(tmp_path)]}}))
    assert [f.rule_id for f in c.check("Han är en klassfjant.").findings] == ["LX001"]


@pytest.mark.parametrize(
    "mutation, field",
    [
        (("severity: info", "severity: fatal"), "severity"),
        (("message: Ett lokalt meddelande på svenska.", "message: kort"), "message"),
        (("      words: [klassfjant]", "      regex: ['(a']"), "match.regex"),
        (("      pass: [Han är en klasskamrat.]", "      pass: []"), "examples.pass"),
    ],
)
def test_broken_rule_names_file_rule_and_field(tmp_path, mutation, field):
    write(tmp_path, "category: person_judgment\nrules:" + GOOD.replace(*mutation))
    with pytest.raises(RuleError) as err:
        load_rules([tmp_path])
    msg = str(err.value)
    assert "local.yaml" in msg and "LX001" in msg and f"'{field}" in msg


def test_duplicate_id_and_bad_yaml(tmp_path):
    write(tmp_path, "category: person_judgment\nrules:" + GOOD.replace("LX001", "PJ001"))
    with pytest.raises(RuleError, match="PJ001.*finns redan"):
        load_rules([tmp_path])
    (tmp_path / "local.yaml").write_text("category: [oj\n", encoding="utf-8")
    with pytest.raises(RuleError, match="ogiltig YAML"):
        load_rules([tmp_path])


def test_a_key_written_twice_is_an_error_not_silently_the_last(tmp_path):
    write(tmp_path, "category: person_judgment\nrules:" + GOOD.replace(
        "      words: [klassfjant]", "      regex: ['klassfjant']\n      regex: ['fjant']"))
    with pytest.raises(RuleError) as err:
        load_rules([tmp_path])
    msg = str(err.value)
    assert "local.yaml" in msg and "'regex' står två gånger" in msg and "line 10" in msg


def test_unknown_context_and_detector(tmp_path):
    write(tmp_path, "category: person_judgment\nrules:" + GOOD + "    exceptions:\n      - context: nowhere\n")
    with pytest.raises(RuleError, match="okänd kontext 'nowhere'"):
        load_rules([tmp_path])
    write(tmp_path, "category: person_judgment\nrules:" + GOOD.replace("    match:\n      words: [klassfjant]\n", "    detector: nope\n"))
    with pytest.raises(RuleError, match="okänd detektor 'nope'"):
        Checker(parse_config({"rules": {"packs": [str(tmp_path)]}}))


def test_catastrophic_regex_is_linear(tmp_path):
    """RE2 has no backtracking: the classic (a+)+$ on a long non-match returns at once."""
    body = GOOD.replace("      words: [klassfjant]", "      regex: ['(a+)+$']").replace(
        "flag: [Han är en klassfjant.]", "flag: [aaaa]")
    write(tmp_path, "category: person_judgment\nrules:" + body)
    c = Checker(parse_config({"rules": {"packs": [str(tmp_path)]}}))
    text = "a" * 50_000 + "!"
    assert [f for f in c.check(text).findings if f.rule_id == "LX001"] == []


OVER = GOOD + """    exceptions:
      - regex: '(?i)\\bskrev\\s*:?\\s*”[^”\\n]*'
        side: over
"""


def test_side_over_cancels_only_the_words_the_match_covers(tmp_path):
    """Round 30: `side: over` on a regex exception – a quotation cancels what it quotes, not a
    word after it in the same sentence."""
    write(tmp_path, "category: person_judgment\nrules:" + OVER)
    c = Checker(parse_config({"rules": {"packs": [str(tmp_path)]}}))
    assert [f.rule_id for f in c.check("Hon skrev: ”Han är en klassfjant”.").findings] == []
    assert [f.rule_id for f in c.check("Hon skrev ”hej” och han är en klassfjant.").findings] == ["LX001"]


def test_side_over_is_only_for_a_bare_regex(tmp_path):
    write(tmp_path, "category: person_judgment\nrules:" + OVER.replace("side: over", "side: over\n        window: 3"))
    with pytest.raises(RuleError, match=r"LX001.*side: over"):
        load_rules([tmp_path])


OTHER = GOOD + """    exceptions:
      - regex: '(?i:menar\\s+att)\\s+(?P<other>\\p{Lu}\\p{L}+)\\s+är[^.]*'
        side: over
        other_person: true
"""


def test_other_person_cancels_only_when_the_group_is_someone_else(tmp_path):
    """Round 36: `other_person` – the match counts only when its group `other` is not one of the
    student's names (nor their genitive); without `subject_names` any name is someone else."""
    write(tmp_path, "category: person_judgment\nrules:" + OTHER)
    c = Checker(parse_config({"rules": {"packs": [str(tmp_path)]}}))

    def ids(text, names=()):
        return [f.rule_id for f in c.check(text, subject_names=list(names)).findings if f.rule_id == "LX001"]

    assert ids("Hon menar att Pippi är en klassfjant.", ["Tove"]) == []
    assert ids("Mentorn menar att Tove är en klassfjant.", ["Tove"]) == ["LX001"]
    assert ids("Mentorn menar att Toves bror är en klassfjant.", ["Tove"]) == ["LX001"]
    assert ids("Mentorn menar att Tove är en klassfjant.") == []


def test_other_person_needs_a_side_over_regex_with_the_group(tmp_path):
    write(tmp_path, "category: person_judgment\nrules:" + OTHER.replace("(?P<other>", "("))
    with pytest.raises(RuleError, match=r"LX001.*other_person"):
        load_rules([tmp_path])
    write(tmp_path, "category: person_judgment\nrules:" + OTHER.replace("        side: over\n", ""))
    with pytest.raises(RuleError, match=r"LX001.*other_person"):
        load_rules([tmp_path])


# Regex parts (round 91): a fragment written once in contexts.yaml `regex_parts`, used as `(?&name)`.
PARTS_RULE = GOOD.replace("      words: [klassfjant]", "      regex: ['(?i)flydde\\s+från\\s+(?&countries)']").replace(
    "flag: [Han är en klassfjant.]", "flag: [Familjen flydde från Eritrea.]").replace(
    "pass: [Han är en klasskamrat.]", "pass: [Familjen flydde från regnet.]")


def test_a_rule_uses_a_builtin_regex_part(tmp_path):
    write(tmp_path, "category: person_judgment\nrules:" + PARTS_RULE)
    c = Checker(parse_config({"rules": {"packs": [str(tmp_path)]}}))
    assert [f.quote for f in c.check("Familjen flydde från Eritrea.", categories=["person_judgment"]).findings] == [
        "flydde från Eritrea"]
    assert c.check("Familjen flydde från regnet.", categories=["person_judgment"]).findings == []


def test_a_folder_adds_its_own_regex_part(tmp_path):
    write(tmp_path, "contexts: {}\nregex_parts:\n  frukt: ['äpplen?', 'päron']\n", name="contexts.yaml")
    write(tmp_path, "category: person_judgment\nrules:" + PARTS_RULE.replace("(?&countries)", "(?&frukt)").replace(
        "från Eritrea", "från päron"))
    rule = load_rules([tmp_path]).by_id("LX001")
    assert rule.match.regex == ["(?i)flydde\\s+från\\s+(?:äpplen?|päron)"]


@pytest.mark.parametrize("contexts, rule, expected", [
    (None, PARTS_RULE.replace("(?&countries)", "(?&land)"), r"local\.yaml, regel LX001, fält 'match\.regex\.0': okänd regexdel 'land'"),
    ("contexts: {}\nregex_parts:\n  trasig: ['(a']\n", PARTS_RULE, r"contexts\.yaml, fält 'regex_parts'.*'trasig'.*RE2"),
    ("contexts: {}\nregex_parts:\n  countries: ['Atlantis']\n", PARTS_RULE, r"contexts\.yaml, fält 'regex_parts\.countries': finns redan"),
])
def test_a_broken_regex_part_names_where(tmp_path, contexts, rule, expected):
    if contexts is not None:
        write(tmp_path, contexts, name="contexts.yaml")
    write(tmp_path, "category: person_judgment\nrules:" + rule)
    with pytest.raises(RuleError, match=expected):
        load_rules([tmp_path])


def test_the_builtin_origin_rules_share_one_country_list():
    from checker.rules import builtin_rules_dir
    text = (builtin_rules_dir() / "sensitive.yaml").read_text(encoding="utf-8")
    assert text.count("(?&countries)") >= 18 and "Syrien|Irak" not in text
