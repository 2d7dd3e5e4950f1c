"""`skrivvakt rules list|show|test`: see and test the rule packs."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker import CATEGORY_LABELS_SV
from checker.rules import Examples
from checker.ruletest import run_examples

from .common import EXIT_FINDINGS, ConfigOption, build_checker, fail

app = typer.Typer(help="Visa och testa reglerna.", no_args_is_help=True)


@app.command("list")
def list_rules(
    category: Optional[str] = typer.Option(None, "--category", help="Bara en kategori."),
    config: Optional[Path] = ConfigOption,
) -> None:
    """Lista alla regler (id, kategori, allvarlighet, namn)."""
    checker = build_checker(config)
    table = Table("id", "kategori", "allvarlighet", "namn", "hör hemma i", box=None, header_style="bold")
    for r in checker.rules:
        if category and r.category != category:
            continue
        table.add_row(r.id, r.category, r.severity.value, r.name, r.belongs_in or "")
    Console().print(table)


@app.command("show")
def show_rule(rule_id: str = typer.Argument(..., help="Regelns id, t.ex. PJ001."), config: Optional[Path] = ConfigOption) -> None:
    """Visa en regel: meddelande, förslag, matchning och exempel."""
    checker = build_checker(config)
    matches = [r for r in checker.rules if r.id.lower() == rule_id.lower()]
    if not matches:
        fail(f"regeln {rule_id!r} finns inte (se `skrivvakt rules list`)")
    r = matches[0]
    c = Console(highlight=False)
    c.print(Text(f"{r.id}  {r.name}", style="bold"))
    c.print(f"Kategori: {r.category} ({CATEGORY_LABELS_SV[r.category]})   Allvarlighet: {r.severity.value}")
    c.print(f"Fil: {checker.ruleset.sources.get(r.id, '?')}")
    if r.belongs_in:
        c.print(f"Hör hemma i: {r.belongs_in}")
    if r.link:
        c.print(f"Läs mer: {r.link}")
    c.print(Text("\nMeddelande", style="bold"))
    c.print(" ".join(r.message.split()))
    c.print(Text("\nFörslag", style="bold"))
    c.print(" ".join(r.suggestion.split()))
    c.print(Text("\nMatchning", style="bold"))
    for label, values in (("ord", r.match.words), ("fraser", r.match.phrases), ("regex", r.match.regex)):
        if values:
            c.print(f"  {label}: " + ", ".join(values))
    if r.match.patterns:
        c.print(f"  token-mönster: {len(r.match.patterns)}")
    if r.detector:
        c.print(f"  detektor: {r.detector}")
    if r.exceptions:
        c.print(f"  undantag: {len(r.exceptions)}")
    c.print(Text("\nFlaggas", style="bold"))
    for e in r.examples.flag:
        c.print("  ✗ " + Examples.as_example(e).text)
    c.print(Text("\nFlaggas inte", style="bold"))
    for e in r.examples.pass_:
        c.print("  ✓ " + Examples.as_example(e).text)


@app.command("test")
def test_rules(config: Optional[Path] = ConfigOption) -> None:
    """Kör varje regels exempel: `flag` ska flaggas, `pass` ska inte flaggas."""
    checker = build_checker(config)
    count, failures = run_examples(checker)
    c = Console(highlight=False)
    for f in failures:
        c.print(Text("FEL ", style="bold red") + Text(f.describe()))
    if failures:
        c.print(f"{len(failures)} av {count} exempel misslyckades.", style="bold red")
        raise typer.Exit(EXIT_FINDINGS)
    c.print(f"Alla {count} exempel i {len(checker.rules)} regler gav väntat resultat.", style="green")
