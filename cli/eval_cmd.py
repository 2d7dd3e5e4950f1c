"""`skrivvakt eval`: precision, recall and F1 per category on a labelled corpus."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from checker.evaluate import CorpusError, evaluate, read_corpus

from .common import ConfigOption, build_checker, fail


def markdown_table(result, title: str) -> str:
    """Item- and span-level figures per category as one Markdown table (for docs)."""
    lines = [f"{title}", "", "| category | item P | item R | item F1 | span P | span R | span F1 |", "|---|---|---|---|---|---|---|"]
    for cat, it in result.item_level.items():
        sp = result.span_level[cat]
        lines.append(f"| {cat} | {it.precision:.3f} | {it.recall:.3f} | {it.f1:.3f} | {sp.precision:.3f} | {sp.recall:.3f} | {sp.f1:.3f} |")
    return "\n".join(lines)


def eval_command(
    corpora: List[Path] = typer.Argument(..., help="JSONL-filer eller mappar med *.jsonl (t.ex. corpora/test)."),
    fmt: str = typer.Option("text", "--format", "-f", help="text|json|markdown"),
    show_misses: bool = typer.Option(True, "--misses/--no-misses", help="Visa missar (id, kategori, citat)."),
    config: Optional[Path] = ConfigOption,
) -> None:
    """Mät precision och täckning per kategori på en märkt korpus (post- och spannivå)."""
    if fmt not in ("text", "json", "markdown"):
        raise typer.BadParameter("välj text, json eller markdown", param_hint="--format")
    items = []
    seen: set[str] = set()
    files = [f for p in corpora for f in (sorted(p.glob("*.jsonl")) if p.is_dir() else [p])]
    if not files:
        fail(f"inga *.jsonl-filer i {', '.join(map(str, corpora))}")
    for path in files:
        try:
            items.extend(read_corpus(path, seen))
        except CorpusError as exc:
            fail(str(exc))
    checker = build_checker(config)
    result = evaluate(checker, items)
    if fmt == "json":
        data = result.as_dict()
        if not show_misses:
            # figures only: a held-out look must not show which items were missed, nor quote them
            del data["misses"]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if fmt == "markdown":
        print(markdown_table(result, f"{result.items} items from {', '.join(str(p) for p in corpora)}"))
        return
    c = Console(highlight=False)
    c.print(f"{result.items} poster från {', '.join(str(p) for p in corpora)}")
    for title, level in (("Postnivå (flaggas posten för kategorin?)", result.item_level),
                         ("Spannivå (överlappar anmärkningen en märkt sträcka?)", result.span_level)):
        table = Table("kategori", "precision", "täckning (recall)", "F1", "tp", "fp", "fn", title=title, box=None)
        for cat, cnt in level.items():
            table.add_row(cat, f"{cnt.precision:.3f}", f"{cnt.recall:.3f}", f"{cnt.f1:.3f}", str(cnt.tp), str(cnt.fp), str(cnt.fn))
        c.print(table)
    if show_misses and result.misses:
        c.print("\nMissar (postnivå):", style="bold")
        for m in result.misses:
            what = "falskt larm" if m.kind == "false_positive" else "missad"
            extra = f" [{', '.join(m.rule_ids)}]" if m.rule_ids else ""
            c.print(f"  {m.id}  {m.category}  {what}: {' | '.join(m.quotes)}{extra}")
