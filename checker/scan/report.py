"""report.html: a self-contained page (inline CSS and SVG, no scripts, no external
resources) for a quality meeting, rendered from summary.json (and, only when the scan was
run with --show-text, a sample of quotes from findings.jsonl)."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ..models import CATEGORY_LABELS_SV
from .summary import MISSING

GROUP_LABELS_SV = {"school": "Skola", "class": "Klass", "subject": "Ämne", "period": "Period", "doc_type": "Dokumenttyp"}
REASON_LABELS_SV = {
    "empty": "tom fil", "binary": "inte text", "encoding": "okänd teckenkodning", "corrupt": "trasig fil",
    "encrypted": "lösenordsskyddad", "unsupported": "filtypen stöds inte", "limit": "över en gräns (zip)",
    "no_text": "ingen text", "missing_column": "kolumn saknas", "bad_row": "felaktig rad",
    "unreadable": "gick inte att läsa", "check_failed": "granskningen misslyckades",
}
QUOTE_SAMPLE = 200


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=PackageLoader("checker.scan", "templates"), autoescape=select_autoescape(["html", "j2"]),
                       trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=1)
def _rule_names() -> dict[str, str]:
    try:
        from ..rules import load_rules

        return {r.id: r.name for r in load_rules().rules}
    except Exception:  # the report still renders with bare rule ids
        return {}


def period_key(label: str) -> tuple:
    """'2024 VT' < '2024 HT' < '2025 VT'; other labels sort by text after them."""
    parts = label.split()
    if len(parts) == 2 and parts[0].isdigit() and parts[1].upper() in ("VT", "HT"):
        return (0, int(parts[0]), parts[1].upper() == "HT", "")
    return (1, 0, False, label)


def _bars(items: list[tuple[str, float, str]], top: float | None = None) -> dict[str, Any]:
    """Bar rows scaled to the largest value, or to `top` (1.0 for shares, so 50 % is half a bar)."""
    top = top or max((v for _, v, _ in items), default=0) or 1
    return {"rows": [{"label": lbl, "value": v, "text": txt, "frac": v / top} for lbl, v, txt in items]}


def _relative(paths: list[str]) -> list[str]:
    """Paths without the folder they all share, which says nothing in a chart."""
    if len(paths) < 2:
        return [p.rsplit("/", 1)[-1] for p in paths]
    common = os.path.commonpath(paths)
    return [p[len(common):].lstrip("/") or p for p in paths]


def _tail(label: str, width: int = 48) -> str:
    """Keep the end of a long path (the file name), not its start."""
    return label if len(label) <= width else "…" + label[-(width - 1):]


def _pct(x: float) -> str:
    return f"{x * 100:.0f} %"


def build_context(summary: dict[str, Any], quotes: list[dict[str, Any]]) -> dict[str, Any]:
    names = _rule_names()
    f = summary["findings"]
    groups = []
    for key, values in summary["groups"].items():
        # Documents without the value would dwarf the groups being compared: a note, not a bar.
        missing = values.get(MISSING)
        values = {v: g for v, g in values.items() if v != MISSING}
        ordered = sorted(values.items(), key=lambda kv: period_key(kv[0])) if key == "period" else \
            sorted(values.items(), key=lambda kv: (-kv[1]["findings"], kv[0]))
        groups.append({
            "label": GROUP_LABELS_SV.get(key, key),
            "trend": key == "period",
            "missing": missing,
            "findings": _bars([(v, g["findings"], str(g["findings"])) for v, g in ordered]),
            "share": _bars([(v, g["share_with_findings"], _pct(g["share_with_findings"]) if key == "period"
                             else f"{_pct(g['share_with_findings'])} av {g['documents']}") for v, g in ordered], top=1.0),
        })
    return {
        "s": summary,
        "share": summary["documents"]["share_with_findings"],
        "share_text": _pct(summary["documents"]["share_with_findings"]),
        "categories": _bars([(CATEGORY_LABELS_SV.get(c, c), n, str(n)) for c, n in f["by_category"].items()]),
        "rules": _bars([(f"{rid} {names.get(rid, '')}".strip(), n, str(n)) for rid, n in list(f["by_rule"].items())[:25]]),
        "severity": f["by_severity"],
        "groups": groups,
        "top_files": _bars([(_tail(f), t["findings"], f"{t['findings']} i {t['documents']} dok.")
                            for f, t in zip(_relative([t["file"] for t in summary["top_files"]]), summary["top_files"])]),
        "errors": [(REASON_LABELS_SV.get(r, r), n) for r, n in summary["errors"]["by_reason"].items()],
        "quotes": quotes,
        "category_labels": CATEGORY_LABELS_SV,
    }


def render_report(summary: dict[str, Any], quotes: list[dict[str, Any]] = ()) -> str:
    return _env().get_template("report.html.j2").render(**build_context(summary, list(quotes)))


def _quotes(out_dir: Path) -> list[dict[str, Any]]:
    path = out_dir / "findings.jsonl"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh if line.strip())
        return [r for r in islice((r for r in rows if "quote" in r), QUOTE_SAMPLE)]


def write_report(out_dir: Path, summary: dict[str, Any] | None = None) -> Path:
    """Render report.html in `out_dir` (from its summary.json unless given); quotes only if
    the scan itself was run with --show-text."""
    if summary is None:
        summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
    quotes = _quotes(out_dir) if summary.get("show_text") else []
    html = render_report(summary, quotes)
    target = out_dir / "report.html"
    tmp = out_dir / "report.html.tmp"
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, target)
    return target
