"""`skrivvakt check`: lint files or standard input."""
from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from checker.models import CATEGORIES, SEVERITY_RANK

from .common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, ConfigOption, build_checker
from .output import FORMATS, CheckedFile, render_json, render_jsonl, render_line, render_sarif, render_text


def skrivvakt_version() -> str:
    try:
        return version("skrivvakt")
    except PackageNotFoundError:
        return "0+unknown"


def read_input(name: str) -> str:
    """Read a file (or `-` for stdin) as UTF-8, with or without BOM. Raises OSError/ValueError."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        data = Path(name).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"texten är inte UTF-8 (byte {exc.start})") from None


def check(
    files: List[str] = typer.Argument(None, help="Filer att granska; `-` eller inget läser standard in."),
    fmt: str = typer.Option("text", "--format", "-f", help=f"Utdataformat: {'|'.join(FORMATS)}."),
    subject: List[str] = typer.Option([], "--subject", "-s", help="Namn på eleven texten handlar om (flaggas inte). Kan upprepas."),
    fail_on: str = typer.Option("warning", "--fail-on", help="Lägsta allvarlighet som ger slutkod 1: info|warning|error."),
    category: List[str] = typer.Option([], "--category", help=f"Granska bara dessa kategorier ({', '.join(CATEGORIES)}). Kan upprepas."),
    min_severity: Optional[str] = typer.Option(None, "--min-severity", help="Visa bara anmärkningar med minst denna allvarlighet."),
    config: Optional[Path] = ConfigOption,
) -> None:
    """Granska texter om elever mot dokumentationspolicyn.

    Slutkod 0: inga anmärkningar på eller över --fail-on. 1: anmärkningar. 2: fel i
    anrop eller indata (fil saknas, fel teckenkodning).
    """
    if fmt not in FORMATS:
        raise typer.BadParameter(f"okänt format {fmt!r}; välj {', '.join(FORMATS)}", param_hint="--format")
    for name, value in (("--fail-on", fail_on), ("--min-severity", min_severity)):
        if value is not None and value not in SEVERITY_RANK:
            raise typer.BadParameter(f"{value!r}: välj info, warning eller error", param_hint=name)
    bad = [c for c in category if c not in CATEGORIES]
    if bad:
        raise typer.BadParameter(f"okänd kategori {', '.join(bad)}; välj bland {', '.join(CATEGORIES)}", param_hint="--category")
    checker = build_checker(config)
    names = files or ["-"]
    checked: list[CheckedFile] = []
    input_error = False
    for name in names:
        try:
            text = read_input(name)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"skrivvakt: {name}: {reason}", file=sys.stderr)
            input_error = True
            continue
        report = checker.check(text, subject_names=subject, categories=category or None, min_severity=min_severity)
        checked.append(CheckedFile("<stdin>" if name == "-" else name, text, report))

    if fmt == "text":
        if checked:
                render_text(checked, Console(highlight=False))
    else:
        out = {
            "line": lambda: render_line(checked),
            "json": lambda: render_json(checked),
            "jsonl": lambda: render_jsonl(checked),
            "sarif": lambda: render_sarif(checked, checker.rules, skrivvakt_version()),
        }[fmt]()
        if out:
            sys.stdout.write(out + "\n")
    if input_error:
        raise typer.Exit(EXIT_USAGE)
    floor = SEVERITY_RANK[fail_on]
    failed = any(SEVERITY_RANK[f.severity.value] >= floor for cf in checked for f in cf.report.findings)
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_OK)
