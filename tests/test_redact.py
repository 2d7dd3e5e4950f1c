"""checker.redact() and `skrivvakt redact`: placeholders instead of identifiers."""
from __future__ import annotations

import json

from faker import Faker
from typer.testing import CliRunner

from checker import RedactResult, redact
from cli.main import app


def _fake() -> Faker:
    f = Faker("sv_SE")
    f.seed_instance(7)
    return f


def test_every_identifier_becomes_its_placeholder(checker):
    f = _fake()
    pnr = f.ssn()
    while pnr[-4:-1] == "000":  # Faker can make birth number 000, which is never issued
        pnr = f.ssn()
    email = f.email()
    text = (f"Ali bråkade med Oskar. Mammans pnr är {pnr}, hon nås på 070-123 45 67 eller {email}. "
            f"De bor på Storgatan 12, 463 30 Lilla Edet.")
    r = redact(text, subject_names=["Ali"], checker=checker)
    assert isinstance(r, RedactResult)
    assert r.text == ("Ali bråkade med [NAMN]. Mammans pnr är [PERSONNUMMER], hon nås på [TELEFON] eller [E-POST]. "
                      "De bor på [ADRESS].")
    for secret in (pnr, email, "Oskar", "070-123 45 67", "Storgatan"):
        assert secret not in r.text
    assert [x.entity for x in r.findings] == ["PERSON_NAME", "PERSONNUMMER", "PHONE", "EMAIL", "ADDRESS"]


def test_findings_point_into_the_original_text(checker):
    text = "Se\u200b   Oskar\tringde\u00a0070-123\u00a045\u00a067 i går."
    r = redact(text, checker=checker)
    assert [x.quote for x in r.findings] == ["Oskar", "070-123\u00a045\u00a067"]
    for x in r.findings:
        assert text[x.start:x.end] == x.quote
    # everything outside the findings is kept exactly as written
    assert r.text == "Se\u200b   [NAMN]\tringde\u00a0[TELEFON] i går."


def test_clean_text_and_subject_names_are_untouched(checker):
    text = "Ali kan förklara fotosyntesen, och Alis rapport var tydlig.\n/Maria"
    r = redact(text, subject_names=["Ali"], checker=checker)
    assert r.text == text and r.findings == []


def test_only_identifiers_are_redacted(checker):
    text = "Oskar är lat och har hög frånvaro."
    r = redact(text, checker=checker)
    assert r.text == "[NAMN] är lat och har hög frånvaro."
    assert {x.category for x in r.findings} == {"identifier"}


def test_result_is_json_serialisable(checker):
    data = json.loads(redact("Ring 070-123 45 67.", checker=checker).model_dump_json())
    assert data["text"] == "Ring [TELEFON]." and data["findings"][0]["entity"] == "PHONE"


runner = CliRunner()


def test_cli_redacts_stdin():
    res = runner.invoke(app, ["redact", "--subject", "Ali"], input="Ali och Oskar ringde 0701234567.\n")
    assert res.exit_code == 0
    assert res.stdout == "Ali och [NAMN] ringde [TELEFON].\n"


def test_cli_json_and_file(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("Mejla anna.berg@skolan.se", encoding="utf-8")
    res = runner.invoke(app, ["redact", str(p), "--format", "json"])
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert data["text"] == "Mejla [E-POST]" and data["findings"][0]["quote"] == "anna.berg@skolan.se"


def test_cli_input_errors_exit_2(tmp_path):
    res = runner.invoke(app, ["redact", str(tmp_path / "saknas.txt")])
    assert res.exit_code == 2 and "saknas.txt" in res.stderr
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Öl".encode("latin-1"))
    assert runner.invoke(app, ["redact", str(bad)]).exit_code == 2
    assert runner.invoke(app, ["redact", "--format", "xml"], input="x").exit_code == 2


def test_redact_reuses_the_callers_findings(checker, monkeypatch):
    """The pre-save hook passes its report's findings; redaction must not check again."""
    text = "Ring Linas mamma på 070-123 45 67."
    findings = checker.check(text, subject_names=["Ali"]).findings
    monkeypatch.setattr(type(checker), "check", lambda *a, **k: (_ for _ in ()).throw(AssertionError("checked twice")))
    result = redact(text, subject_names=["Ali"], checker=checker, findings=findings)
    assert "[TELEFON]" in result.text and "070-123" not in result.text
    assert all(f.category == "identifier" for f in result.findings)
