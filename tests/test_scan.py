"""`skrivvakt scan` over a mixed archive: every format, zip members, encodings, bad input.

The archive is built here (python-docx, a hand-made PDF, csv/tsv with metadata, jsonl, html,
Windows-1252 and UTF-16 text, a zip with a nested zip and a zip bomb, a corrupt docx, an
empty file, a binary file) with fictional Swedish sentences that the rules flag and clean ones.
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from checker.scan import Limits, ScanOptions
from checker.scan.sources import Document, ReadError, decode_text, read_bytes, term_of
from checker.scan.state import Journal, ResumeError
from cli.main import app

runner = CliRunner()

FLAG_PJ = "Kalle är lat."
FLAG_AT = "Hög frånvaro under hösten."
FLAG_GR = "Betyget C i matematik."
CLEAN = "Eleven kan föra enkla resonemang om hur klimatet påverkar människor och natur."


def make_pdf(text: str) -> bytes:
    """A minimal valid one-page PDF with `text` in Helvetica (WinAnsiEncoding)."""
    body = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT /F1 12 Tf 72 720 Td (" + body + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_docx(paragraphs: list[str], cell: str | None = None) -> bytes:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if cell:
        d.add_table(rows=1, cols=1).cell(0, 0).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def build_archive(root: Path) -> Path:
    """The mixed archive. Returns its folder."""
    arch = root / "arkiv"
    (arch / "anteckningar").mkdir(parents=True)
    (arch / "anteckningar" / "a.txt").write_text(FLAG_PJ + "\n", encoding="utf-8")
    (arch / "anteckningar" / "ren.md").write_text("# Svenska\n\n" + CLEAN + "\n", encoding="utf-8")
    (arch / "anteckningar" / "windows.txt").write_bytes(("Mentorsanteckning.\r\n" + FLAG_AT + "\r\n").encode("cp1252"))
    (arch / "anteckningar" / "utf16.txt").write_bytes(("Omdöme i matte.\n" + FLAG_GR).encode("utf-16"))
    (arch / "sida.html").write_text(
        "<html><head><title>Kalle är lat</title></head><body><p>Eleven &auml;r <b>lat</b>.</p>"
        "<script>var s = 'Hög frånvaro';</script><p>" + CLEAN + "</p></body></html>", encoding="utf-8")
    (arch / "iup.docx").write_bytes(make_docx(["IUP för årskurs 8.", FLAG_GR], cell=FLAG_AT))
    (arch / "omdome.pdf").write_bytes(make_pdf(FLAG_PJ))
    (arch / "export.csv").write_text(
        "id;skola;ämne;datum;text\n"
        f"E1;Norrskolan;Matematik;2024-10-03;{FLAG_GR}\n"
        f"E2;Norrskolan;Svenska;2025-02-11;{CLEAN}\n"
        f'E3;Söderskolan;Svenska;2025-03-01;"Första raden.\n{FLAG_AT}"\n'
        "E4;Söderskolan;Svenska;2025-03-02;\n", encoding="utf-8")
    (arch / "export.tsv").write_text(
        "school\tsubject\tdate\ttext\n"
        f"Söderskolan\tEngelska\t2024-09-15\t{FLAG_PJ}\n"
        f"Söderskolan\tEngelska\t2024-09-16\t{CLEAN}\n", encoding="utf-8")
    (arch / "moten.jsonl").write_text(
        json.dumps({"text": FLAG_AT, "skola": "Norrskolan", "datum": "2025-01-20"}, ensure_ascii=False) + "\n"
        + "{inte json\n"
        + json.dumps({"text": CLEAN, "skola": "Norrskolan"}, ensure_ascii=False) + "\n", encoding="utf-8")
    nested = make_zip({"djup.txt": FLAG_GR.encode()})
    (arch / "paket.zip").write_bytes(make_zip({
        "inre/a.txt": FLAG_PJ.encode(),
        "inre/ren.txt": CLEAN.encode("cp1252"),
        "inre/inne.zip": nested,
        "inre/bomb.txt": b"a" * (3 << 20),
    }))
    (arch / "trasig.docx").write_bytes(b"PK\x03\x04 det har ar ingen riktig docx")
    (arch / "tom.txt").write_bytes(b"")
    (arch / "binar.txt").write_bytes(bytes(range(256)) * 4)
    (arch / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    return arch


EXPECTED_FINDINGS = {  # source suffix → a category that must be found there
    "anteckningar/a.txt": "person_judgment",
    "anteckningar/windows.txt": "attendance",
    "anteckningar/utf16.txt": "grade",
    "sida.html": "person_judgment",
    "iup.docx": "grade",
    "omdome.pdf": "person_judgment",
    "export.csv:2": "grade",
    "export.csv:4": "attendance",
    "export.tsv:2": "person_judgment",
    "moten.jsonl:1": "attendance",
    "paket.zip#inre/a.txt": "person_judgment",
    "paket.zip#inre/inne.zip#djup.txt": "grade",
}
EXPECTED_ERRORS = {
    "trasig.docx": "corrupt",
    "tom.txt": "empty",
    "binar.txt": "binary",
    "bild.png": "unsupported",
    "moten.jsonl:2": "bad_row",
    "paket.zip#inre/bomb.txt": "limit",
}
CLEAN_SOURCES = ("anteckningar/ren.md", "export.csv:3", "export.tsv:3", "moten.jsonl:3", "paket.zip#inre/ren.txt")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    root = tmp_path_factory.mktemp("scan")
    arch = build_archive(root)
    out = root / "ut"
    res = runner.invoke(app, ["scan", str(arch), "--out", str(out), "--jobs", "1", "--quiet"])
    return arch, out, res


def _by_source(records, arch):
    prefix = arch.as_posix() + "/"
    out: dict[str, list[dict]] = {}
    for r in records:
        assert r["source"].startswith(prefix), r["source"]
        out.setdefault(r["source"][len(prefix):], []).append(r)
    return out


def test_exit_code_is_1_with_findings(scanned):
    _, _, res = scanned
    assert res.exit_code == 1, res.output


def test_findings_have_pinpointing_sources_and_categories(scanned):
    arch, out, _ = scanned
    findings = read_jsonl(out / "findings.jsonl")
    by_source = _by_source(findings, arch)
    for source, category in EXPECTED_FINDINGS.items():
        assert category in {f["category"] for f in by_source.get(source, [])}, (source, by_source.get(source))
    for source in CLEAN_SOURCES:
        assert source not in by_source, (source, by_source[source])
    # the script and <title> of the HTML page are not visible text
    assert {f["category"] for f in by_source["sida.html"]} == {"person_judgment"}
    # the docx table cell is read too
    assert "attendance" in {f["category"] for f in by_source["iup.docx"]}


def test_findings_carry_no_text_and_keep_metadata(scanned):
    arch, out, _ = scanned
    findings = read_jsonl(out / "findings.jsonl")
    for f in findings:
        assert "quote" not in f and "text" not in f and "message" not in f
        assert {"source", "category", "rule_id", "severity", "start", "end", "metadata"} <= f.keys()
        assert 0 <= f["start"] < f["end"]
    raw = (out / "findings.jsonl").read_text(encoding="utf-8")
    assert "lat" not in raw.replace("latin", "") and "frånvaro" not in raw
    csv_row = _by_source(findings, arch)["export.csv:2"][0]
    assert csv_row["metadata"] == {"school": "Norrskolan", "subject": "Matematik", "date": "2024-10-03", "period": "2024 HT"}
    jsonl_row = _by_source(findings, arch)["moten.jsonl:1"][0]
    assert jsonl_row["metadata"]["period"] == "2025 VT"


def test_offsets_point_into_the_documents(scanned):
    arch, out, _ = scanned
    by_source = _by_source(read_jsonl(out / "findings.jsonl"), arch)
    html = (arch / "sida.html").read_text(encoding="utf-8")
    (f,) = by_source["sida.html"]
    assert html[f["start"]:f["end"]] == "lat"
    text = (arch / "anteckningar" / "windows.txt").read_bytes().decode("cp1252")
    (f,) = [f for f in by_source["anteckningar/windows.txt"] if f["category"] == "attendance"]
    assert text[f["start"]:f["end"]].lower().startswith("frånvaro")


def test_errors_record_every_unreadable_input_without_text(scanned):
    arch, out, _ = scanned
    errors = read_jsonl(out / "errors.jsonl")
    by_source = _by_source(errors, arch)
    for source, reason in EXPECTED_ERRORS.items():
        assert [e["reason"] for e in by_source.get(source, [])] == [reason], (source, by_source.get(source))
    assert len(errors) == len(EXPECTED_ERRORS)
    for e in errors:
        assert e["message"] and "inte json" not in e["message"]


def test_summary_counts_agree_with_the_outputs(scanned):
    arch, out, _ = scanned
    s = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    findings = read_jsonl(out / "findings.jsonl")
    errors = read_jsonl(out / "errors.jsonl")
    assert s["findings"]["total"] == len(findings)
    assert sum(s["findings"]["by_category"].values()) == len(findings)
    assert sum(s["findings"]["by_rule"].values()) == len(findings)
    assert sum(s["findings"]["by_severity"].values()) == len(findings)
    assert s["inputs"]["failed"] == len(errors) == s["errors"]["total"]
    assert s["inputs"]["files"] == len([p for p in arch.rglob("*") if p.is_file()])
    flagged = {f["source"] for f in findings}
    assert s["documents"]["with_findings"] == len(flagged)
    assert s["documents"]["total"] == len(EXPECTED_FINDINGS) + len(CLEAN_SOURCES)
    assert s["documents"]["share_with_findings"] == round(len(flagged) / s["documents"]["total"], 4)
    schools = s["groups"]["school"]
    assert schools["Norrskolan"]["documents"] == 4 and schools["Norrskolan"]["with_findings"] == 2
    assert schools["Söderskolan"]["documents"] == 3
    assert set(s["groups"]["period"]) >= {"2024 HT", "2025 VT"}
    assert s["top_files"][0]["findings"] >= s["top_files"][-1]["findings"]


def test_report_is_self_contained_with_charts_and_no_quotes(scanned):
    arch, out, _ = scanned
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.count("<svg") >= 5
    assert not re.search(r"""(src|href)\s*=|<script|<link|@import|url\(""", html, re.I)
    for needle in ("Andel dokument med minst en anmärkning", "Per skola", "Per period", "Filer med flest anmärkningar",
                   "Norrskolan", "2024 HT", "dokument saknar uppgift om skola"):
        assert needle in html
    assert "Kalle är lat" not in html and "frånvaro under" not in html


def test_report_command_regenerates_the_same_page(scanned):
    _, out, _ = scanned
    before = (out / "report.html").read_text(encoding="utf-8")
    (out / "report.html").unlink()
    res = runner.invoke(app, ["report", str(out)])
    assert res.exit_code == 0, res.output
    assert (out / "report.html").read_text(encoding="utf-8") == before


def test_show_text_id_column_and_sarif(tmp_path):
    arch = build_archive(tmp_path)
    out = tmp_path / "ut"
    res = runner.invoke(app, ["scan", str(arch / "export.csv"), str(arch / "anteckningar"), "--out", str(out), "--jobs", "1",
                              "--quiet", "--show-text", "--id-column", "id", "--format", "sarif"])
    assert res.exit_code == 1, res.output
    findings = read_jsonl(out / "findings.jsonl")
    sources = {f["source"] for f in findings}
    assert f"{(arch / 'export.csv').as_posix()}:id=E1" in sources
    a_txt = (arch / "anteckningar" / "a.txt").read_text(encoding="utf-8")
    (f,) = [f for f in findings if f["source"].endswith("a.txt") and f["category"] == "person_judgment"]
    assert f["quote"] == a_txt[f["start"]:f["end"]] == "lat"
    assert "lat" in (out / "report.html").read_text(encoding="utf-8")
    sarif = json.loads((out / "findings.sarif").read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert len(results) == len(findings)
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == sources
    assert all("charOffset" in r["locations"][0]["physicalLocation"]["region"] for r in results)


def test_clean_input_exits_0(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ren.txt").write_text(CLEAN, encoding="utf-8")
    res = runner.invoke(app, ["scan", str(tmp_path / "in"), "--out", str(tmp_path / "ut"), "--jobs", "1", "--quiet"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "ut" / "findings.jsonl").read_text() == ""


@pytest.mark.parametrize("args, needle", [
    (["scan", "saknas-mapp", "--out", "ut"], "saknas-mapp"),
    (["scan", ".", "--out", "ut", "--format", "xml"], "--format"),
    (["scan", ".", "--out", "ut", "--engine", "spark"], "--engine"),
    (["scan", ".", "--out", "ut", "--jobs", "0"], "--jobs"),
    (["scan", "."], "--out"),
])
def test_usage_errors_exit_2(tmp_path, monkeypatch, args, needle):
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, args)
    assert res.exit_code == 2
    assert needle in res.output + (res.stderr or "")


def test_scan_config_section_is_validated_naming_the_key(tmp_path):
    cfg = tmp_path / "skrivvakt.toml"
    cfg.write_text("[scan.limits]\nmax_ratio = 'mycket'\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    res = runner.invoke(app, ["scan", str(tmp_path / "a.txt"), "--out", str(tmp_path / "ut"), "--config", str(cfg)])
    assert res.exit_code == 2
    assert "scan.limits.max_ratio" in res.stderr


def test_resume_refuses_other_settings(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(FLAG_PJ, encoding="utf-8")
    base = ["scan", str(tmp_path / "in"), "--out", str(tmp_path / "ut"), "--jobs", "1", "--quiet"]
    assert runner.invoke(app, base).exit_code == 1
    res = runner.invoke(app, [*base, "--resume", "--show-text"])
    assert res.exit_code == 2 and "inställningar" in res.stderr


# ----------------------------------------------------------------- units: readers and journal
def test_decode_text_detects_boms_utf8_and_windows_1252():
    s = "Åsa läser högt för klassen."
    assert decode_text(s.encode("utf-8")) == s
    assert decode_text(b"\xef\xbb\xbf" + s.encode()) == s
    assert decode_text(s.encode("utf-16")) == s
    assert decode_text(s.encode("utf-16-be").join([b"\xfe\xff", b""])) == s
    assert decode_text(s.encode("cp1252")) == s
    with pytest.raises(ValueError, match="binary"):
        decode_text(b"\x00\x01\x02text")


def test_zip_limits_are_errors_not_crashes():
    opts = ScanOptions(limits=Limits(max_members=2, max_depth=1))
    data = make_zip({"a.txt": b"x", "b.txt": b"y", "c.txt": b"z"})
    (item,) = list(read_bytes("stor.zip", data, opts))
    assert isinstance(item, ReadError) and item.reason == "limit"
    nested = make_zip({"inne.zip": make_zip({"a.txt": FLAG_PJ.encode()})})
    items = list(read_bytes("yttre.zip", nested, ScanOptions(limits=Limits(max_depth=1))))
    assert [(i.source, i.reason) for i in items if isinstance(i, ReadError)] == [("yttre.zip#inne.zip", "limit")]
    total = make_zip({"a.txt": b"a" * 5000, "b.txt": b"b" * 5000})
    items = list(read_bytes("t.zip", total, ScanOptions(limits=Limits(max_total_bytes=6000))))
    assert [type(i).__name__ for i in items] == ["Document", "ReadError"]


def test_member_larger_than_its_header_claims_is_stopped():
    data = bytearray(make_zip({"a.txt": b"b" * 100_000}))
    # lie in both headers: claim 10 bytes uncompressed
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = data.find(sig)
        data[pos + off:pos + off + 4] = (10).to_bytes(4, "little")
    items = list(read_bytes("lognare.zip", bytes(data), ScanOptions(limits=Limits(max_file_bytes=1000))))
    assert len(items) == 1 and isinstance(items[0], ReadError) and items[0].reason in ("limit", "corrupt")


def test_term_of_dates():
    assert term_of("2024-10-03") == "2024 HT"
    assert term_of("2025/02/11") == "2025 VT"
    assert term_of("okänt") is None


def test_journal_truncates_a_torn_tail_and_ignores_it(tmp_path):
    path = tmp_path / "j.jsonl"
    j = Journal(path, "fp", resume=False)
    j.append("k1", {"file": "a", "bytes": 1, "docs": [], "errors": []})
    j.close()
    whole = path.read_bytes()
    with open(path, "ab") as fh:
        fh.write(b'{"type":"input","key":"k2","result":{"fi')
    j = Journal(path, "fp", resume=True)
    assert set(j.done) == {"k1"}
    assert path.read_bytes() == whole
    j.append("k1", {"file": "a", "bytes": 1, "docs": [], "errors": []})  # never twice
    j.close()
    assert path.read_bytes() == whole
    with pytest.raises(ResumeError):
        Journal(path, "other", resume=True)


def test_semicolon_csv_with_commas_in_the_text_keeps_its_columns():
    data = ("skola;text\n" + "".join(f"Ekbacken;Eleven kan, med visst stöd, jämföra, ordna och {i} förklara.\n"
                                     for i in range(5))).encode("cp1252")
    items = list(read_bytes("export.csv", data, ScanOptions()))
    assert all(isinstance(i, Document) for i in items) and len(items) == 5
    assert items[0].metadata == {"school": "Ekbacken"} and items[0].text.startswith("Eleven kan, med")
    assert [i.source for i in items] == [f"export.csv:{n}" for n in range(2, 7)]


def test_password_protected_pdf_and_docx_are_encrypted_errors():
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(200, 200)
    w.encrypt("hemligt")
    buf = io.BytesIO()
    w.write(buf)
    (pdf,) = list(read_bytes("last.pdf", buf.getvalue(), ScanOptions()))
    assert isinstance(pdf, ReadError) and pdf.reason == "encrypted"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504  # what Word writes for a protected docx
    (doc,) = list(read_bytes("last.docx", ole, ScanOptions()))
    assert isinstance(doc, ReadError) and doc.reason == "encrypted"


def test_progress_lines_when_not_a_terminal_and_silence_with_quiet(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(FLAG_AT, encoding="utf-8")
    loud = runner.invoke(app, ["scan", str(tmp_path / "in"), "--out", str(tmp_path / "u1"), "--jobs", "1"])
    assert loud.exit_code == 1
    assert re.search(r"1/1 filer, [\d.]+ MB/s", loud.stderr)
    assert "1 anmärkningar i 1 dokument" in loud.stderr or "anmärkning" in loud.stderr
    quiet = runner.invoke(app, ["scan", str(tmp_path / "in"), "--out", str(tmp_path / "u2"), "--jobs", "1", "--quiet"])
    assert quiet.exit_code == 1 and quiet.stderr == ""


def test_named_meta_columns_group_under_canonical_or_own_names(tmp_path):
    data = "elev;skola;mentor;text\n1;Ekbacken;M1;" + FLAG_AT + "\n2;Ekbacken;M2;" + CLEAN + "\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "e.csv").write_text(data, encoding="utf-8")
    res = runner.invoke(app, ["scan", str(tmp_path / "in"), "--out", str(tmp_path / "ut"), "--jobs", "1", "--quiet",
                              "--meta-column", "skola", "--meta-column", "mentor"])
    assert res.exit_code == 1, res.output
    s = json.loads((tmp_path / "ut" / "summary.json").read_text(encoding="utf-8"))
    assert list(s["groups"]) == ["school", "mentor"]
    assert s["groups"]["mentor"]["M1"]["with_findings"] == 1 and s["groups"]["mentor"]["M2"]["with_findings"] == 0
    (f,) = [f for f in read_jsonl(tmp_path / "ut" / "findings.jsonl") if f["category"] == "attendance"]
    assert f["metadata"] == {"school": "Ekbacken", "mentor": "M1"}  # "elev" was not asked for


def test_docx_that_unpacks_too_far_is_a_limit_error():
    bomb = make_zip({"word/document.xml": b"<" * (3 << 20), "[Content_Types].xml": b"x"})
    (item,) = list(read_bytes("bomb.docx", bomb, ScanOptions()))
    assert isinstance(item, ReadError) and item.reason == "limit"


def test_long_csv_cell_is_read():
    long_text = (CLEAN + " ") * 4000 + FLAG_GR  # ~ 330 000 characters in one cell
    data = ("id,text\n1,\"" + long_text + "\"\n").encode()
    (doc,) = list(read_bytes("lang.csv", data, ScanOptions()))
    assert isinstance(doc, Document) and doc.text == long_text


def test_a_config_that_breaks_the_checker_is_a_usage_error_with_parallel_workers(tmp_path):
    cfg = tmp_path / "skrivvakt.toml"
    cfg.write_text('[rules]\ndisable = ["XX999"]\n', encoding="utf-8")
    (tmp_path / "in").mkdir()
    for k in range(2):
        (tmp_path / "in" / f"{k}.txt").write_text(CLEAN, encoding="utf-8")
    res = runner.invoke(app, ["scan", str(tmp_path / "in"), "--out", str(tmp_path / "ut"), "--jobs", "2", "--quiet",
                              "--config", str(cfg)])
    assert res.exit_code == 2
    assert "XX999" in res.stderr and "Traceback" not in res.stderr
