"""Output formats for `skrivvakt check`: text (Rich), line, json, jsonl and SARIF 2.1.0."""
from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from checker import CATEGORY_LABELS_SV, Report
from checker.rules import Rule

FORMATS = ("text", "line", "json", "jsonl", "sarif")
_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


@dataclass(slots=True)
class CheckedFile:
    path: str
    text: str
    report: Report


class LineIndex:
    """Code-point offset → (1-based line, 1-based column)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")


def _one_line(s: str | None) -> str:
    return " ".join((s or "").split())


def render_text(files: Iterable[CheckedFile], console: Console) -> None:
    total = 0
    for cf in files:
        idx = LineIndex(cf.text)
        for f in cf.report.findings:
            total += 1
            line, col = idx.position(f.start)
            head = Text()
            head.append(f"{cf.path}:{line}:{col}", style="bold")
            head.append("  ")
            head.append(f.severity.value, style=_STYLE[f.severity.value])
            head.append(f"  {f.rule_id}  ", style="bold")
            head.append(f"[{CATEGORY_LABELS_SV[f.category]}]", style="dim")
            console.print(head)
            console.print(Padding(Text(_one_line(f.message)), (0, 0, 0, 2), expand=False))
            src = idx.line_text(line)
            end_line, end_col = idx.position(f.end)
            mark_end = end_col - 1 if end_line == line else len(src)
            console.print(Text("  │ ", style="dim") + Text(src.expandtabs(1)))
            console.print(Text("  │ ", style="dim") + Text(" " * (col - 1) + "^" * max(1, mark_end - col + 1), style=_STYLE[f.severity.value]))
            if f.suggestion:
                console.print(Padding(Text("Förslag: ", style="green") + Text(_one_line(f.suggestion)), (0, 0, 0, 2), expand=False))
            if f.belongs_in:
                console.print(Padding(Text("Hör hemma i: ", style="green") + Text(f.belongs_in), (0, 0, 0, 2), expand=False))
            console.print()
    if total == 0:
        console.print("Inga anmärkningar.", style="green")
    else:
        console.print(f"{total} anmärkning{'ar' if total != 1 else ''}.", style="bold")


def render_line(files: Iterable[CheckedFile]) -> str:
    out = []
    for cf in files:
        idx = LineIndex(cf.text)
        for f in cf.report.findings:
            line, col = idx.position(f.start)
            out.append(f"{cf.path}:{line}:{col}:{f.severity.value}:{f.rule_id}:{_one_line(f.message)}")
    return "\n".join(out)


def render_json(files: Iterable[CheckedFile]) -> str:
    return json.dumps(
        {"files": [{"path": cf.path, "decision": cf.report.decision,
                    "findings": [f.model_dump(mode="json") for f in cf.report.findings]} for cf in files]},
        ensure_ascii=False, indent=2,
    )


def render_jsonl(files: Iterable[CheckedFile]) -> str:
    return "\n".join(
        json.dumps({"path": cf.path, **f.model_dump(mode="json")}, ensure_ascii=False)
        for cf in files for f in cf.report.findings
    )


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def sarif_log(files: Iterable[CheckedFile], rules: Iterable[Rule], version: str, *, lines: bool = True) -> dict:
    """A SARIF 2.1.0 log: rules in tool.driver.rules, regions with char offsets and lines.

    `lines=False` (archive scans, whose texts are not kept) gives char offsets only, so
    `cf.text` is not needed.
    """
    rule_list = list(rules)
    rule_index = {r.id: i for i, r in enumerate(rule_list)}
    results = []
    for cf in files:
        idx = LineIndex(cf.text) if lines else None
        for f in cf.report.findings:
            region = {"charOffset": f.start, "charLength": f.end - f.start}
            if idx is not None:
                line, col = idx.position(f.start)
                end_line, end_col = idx.position(f.end)
                region = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col, **region}
            results.append({
                "ruleId": f.rule_id,
                "ruleIndex": rule_index.get(f.rule_id, -1),
                "level": _SARIF_LEVEL[f.severity.value],
                "message": {"text": _one_line(f.message)},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": cf.path},
                    "region": region,
                }}],
                "properties": {"category": f.category, "confidence": f.confidence,
                               **({"entity": f.entity} if f.entity else {}),
                               **({"belongsIn": f.belongs_in} if f.belongs_in else {})},
            })
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "skrivvakt",
                "version": version,
                "rules": [{
                    "id": r.id,
                    "name": r.name,
                    "shortDescription": {"text": r.name},
                    "fullDescription": {"text": _one_line(r.message)},
                    "help": {"text": _one_line(r.suggestion)},
                    "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity.value]},
                    "properties": {"category": r.category},
                    **({"helpUri": r.link} if r.link else {}),
                } for r in rule_list],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render_sarif(files: Iterable[CheckedFile], rules: Iterable[Rule], version: str) -> str:
    return json.dumps(sarif_log(files, rules, version), ensure_ascii=False, indent=2)
