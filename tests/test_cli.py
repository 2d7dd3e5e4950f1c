import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()


def run(args, stdin=None):
    return runner.invoke(app, args, input=stdin)


def test_json_from_stdin_exits_1_with_valid_offsets():
    text = "Kalle är lat. Ring 070-123 45 67."
    res = run(["check", "--format", "json", "--subject", "Kalle", "-"], text)
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    findings = data["files"][0]["findings"]
    assert {(f["category"], f["quote"]) for f in findings} == {("person_judgment", "lat"), ("identifier", "070-123 45 67")}
    for f in findings:
        assert text[f["start"]:f["end"]] == f["quote"]


def test_clean_text_exits_0():
    res = run(["check", "-"], "Eleven kan föra enkla resonemang om klimatförändringar.")
    assert res.exit_code == 0, res.stdout


def test_missing_file_exits_2_with_one_line(tmp_path):
    res = run(["check", str(tmp_path / "saknas.txt")])
    assert res.exit_code == 2
    assert "saknas.txt" in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_bad_encoding_exits_2(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Kalle är lat".encode("cp1252"))
    res = run(["check", str(p)])
    assert res.exit_code == 2 and "UTF-8" in res.stderr


def test_fail_on_threshold(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Kalle är lat.", encoding="utf-8")  # a warning only
    assert run(["check", "--subject", "Kalle", "--fail-on", "error", str(p)]).exit_code == 0
    assert run(["check", "--subject", "Kalle", "--fail-on", "warning", str(p)]).exit_code == 1


def test_usage_errors_exit_2():
    assert run(["check", "--format", "xml", "-"], "x").exit_code == 2
    assert run(["check", "--category", "nope", "-"], "x").exit_code == 2


def test_line_format(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Bra jobbat.\nKalle är lat.", encoding="utf-8")
    res = run(["check", "-f", "line", "-s", "Kalle", str(p)])
    assert res.stdout.strip().startswith(f"{p}:2:10:warning:PJ001:")


def test_text_format_marks_span():
    res = run(["check", "-s", "Kalle", "-"], "Kalle är lat.")
    assert "<stdin>:1:10" in res.stdout and "^^^" in res.stdout and "PJ001" in res.stdout


def test_sarif_is_2_1_0_with_rules_and_regions():
    res = run(["check", "-f", "sarif", "-s", "Kalle", "-"], "Rad ett.\nKalle är lat.")
    log = json.loads(res.stdout)
    assert log["version"] == "2.1.0"
    run0 = log["runs"][0]
    assert run0["columnKind"] == "unicodeCodePoints"
    rule_ids = [r["id"] for r in run0["tool"]["driver"]["rules"]]
    result = run0["results"][0]
    assert rule_ids[result["ruleIndex"]] == result["ruleId"] == "PJ001"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 10, "endLine": 2, "endColumn": 13, "charOffset": 18, "charLength": 3}


def test_jsonl_has_path_per_finding():
    res = run(["check", "-f", "jsonl", "-s", "Kalle", "-"], "Kalle är lat och skolkar.")
    lines = [json.loads(l) for l in res.stdout.splitlines()]
    assert len(lines) == 2 and all(l["path"] == "<stdin>" for l in lines)


def test_rules_list_show_test():
    assert "PJ001" in run(["rules", "list"]).stdout
    shown = run(["rules", "show", "AT001"])
    assert shown.exit_code == 0 and "närvarosystemet" in shown.stdout and "Flaggas inte" in shown.stdout
    assert run(["rules", "show", "ZZ999"]).exit_code == 2
    res = run(["rules", "test"])
    assert res.exit_code == 0, res.stdout


def test_config_file_is_read_from_cwd(tmp_path, monkeypatch):
    (tmp_path / "skrivvakt.toml").write_text('[rules]\ndisable = ["PJ001"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(["check", "-s", "Kalle", "-"], "Kalle är lat.").exit_code == 0
    (tmp_path / "skrivvakt.toml").write_text('[policy]\nblok_at = "error"\n', encoding="utf-8")
    res = run(["check", "-"], "Kalle är lat.")
    assert res.exit_code == 2 and "policy.blok_at" in res.stderr


def test_console_script_runs():
    """The installed entry point works end to end (no in-process shortcuts)."""
    proc = subprocess.run([sys.executable, "-m", "cli.main", "check", "-f", "json", "-"],
                          input="Han är en id1ot.", capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["files"][0]["decision"] == "block"


def test_eval_formats(tmp_path):
    corpus = tmp_path / "c.jsonl"
    text = "Kalle är lat."
    corpus.write_text(json.dumps({"id": "x1", "text": text, "subject_names": ["Kalle"],
                                  "labels": [{"category": "person_judgment", "start": 9, "end": 12}]}) + "\n"
                      + json.dumps({"id": "x2", "text": "Eleven kan lösa ekvationer.", "labels": []}) + "\n", encoding="utf-8")
    data = json.loads(run(["eval", "-f", "json", str(corpus)]).stdout)
    assert data["item_level"]["person_judgment"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert [m["id"] for m in data["misses"]] == []   # x1 found, x2 clean
    corpus.write_text(corpus.read_text(encoding="utf-8").replace("Kalle är lat.", "Kalle är lat!") + json.dumps(
        {"id": "x3", "text": "Han är en riktig solstråle.", "labels": []}) + "\n", encoding="utf-8")
    assert [m["id"] for m in json.loads(run(["eval", "-f", "json", str(corpus)]).stdout)["misses"]] == ["x3"]
    figures_only = json.loads(run(["eval", "-f", "json", "--no-misses", str(corpus)]).stdout)
    assert "misses" not in figures_only and figures_only["item_level"]["person_judgment"]["fp"] == 1
    md = run(["eval", "-f", "markdown", str(tmp_path)]).stdout
    assert "| person_judgment | 0.500 | 1.000 |" in md   # x1 found, x3 a false alarm
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "y", "text": "abc", "labels": [{"category": "grade", "start": 2, "end": 9}]}\n', encoding="utf-8")
    res = run(["eval", str(bad)])
    assert res.exit_code == 2 and "bad.jsonl:1" in res.stderr


def test_eval_ids_must_be_unique_across_files(tmp_path):
    line = json.dumps({"id": "dup", "text": "Eleven kan räkna.", "labels": []}) + "\n"
    (tmp_path / "a.jsonl").write_text(line, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(line, encoding="utf-8")
    res = run(["eval", str(tmp_path)])
    assert res.exit_code == 2 and "b.jsonl:1" in res.stderr and "'dup'" in res.stderr
