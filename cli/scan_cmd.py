"""`skrivvakt scan` and `skrivvakt report`: archive scans for quality staff.

The engine is `checker.scan`; this module only parses options, shows progress (a Rich bar
on a terminal, plain periodic lines otherwise, nothing with --quiet) and writes SARIF.
"""
from __future__ import annotations

import json
import os
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn

from checker import Checker, Finding, Report
from checker.config import ConfigError
from checker.rules import RuleError, load_rules
from checker.scan import ResumeError, discover, run_scan, scan_options, write_report
from checker.scan.run import FINDINGS, SUMMARY

from .check_cmd import skrivvakt_version
from .common import EXIT_FINDINGS, EXIT_OK, ConfigOption, fail, get_config
from .output import CheckedFile, sarif_log

SCAN_FORMATS = ("jsonl", "sarif")
PLAIN_INTERVAL = 5.0  # seconds between progress lines when stderr is not a terminal


class _PlainProgress:
    """Periodic one-line progress for logs and pipes."""

    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, p) -> None:
        now = time.monotonic()
        finished = p.files_done >= p.files_total
        if not finished and now - self.last < PLAIN_INTERVAL:
            return
        self.last = now
        elapsed = max(now - p.started, 1e-9)
        rate = p.bytes_done / elapsed
        left = (p.bytes_total - p.bytes_done) / rate if rate > 0 else 0
        print(f"skrivvakt: {p.files_done}/{p.files_total} filer, {rate / 1e6:.2f} MB/s"
              + ("" if finished or rate <= 0 else f", ca {left:.0f} s kvar"), file=sys.stderr, flush=True)


def _write_sarif(out_dir: Path, config) -> Path:
    rules = load_rules(list(config.rules.packs))
    by_id = {r.id: r for r in rules.rules}
    files: dict[str, list[Finding]] = {}
    with open(out_dir / FINDINGS, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rule = by_id.get(rec["rule_id"])
            files.setdefault(rec["source"], []).append(Finding(
                rule_id=rec["rule_id"], category=rec["category"], severity=rec["severity"], start=rec["start"],
                end=rec["end"], quote=rec.get("quote", ""), message=rule.message if rule else rec["rule_id"],
                suggestion=rule.suggestion if rule else None, belongs_in=rec.get("belongs_in"),
                confidence=rec["confidence"], entity=rec.get("entity"),
            ))
    checked = [CheckedFile(src, "", Report(findings=fs, decision="warn")) for src, fs in files.items()]
    target = out_dir / "findings.sarif"
    target.write_text(json.dumps(sarif_log(checked, rules.rules, skrivvakt_version(), lines=False),
                                 ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target


def scan(
    paths: List[Path] = typer.Argument(..., help="Filer och mappar att skanna (mappar läses rekursivt)."),
    out: Path = typer.Option(..., "--out", "-o", help="Mapp för findings.jsonl, errors.jsonl, summary.json och report.html."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (alltid) eller sarif (skriver även findings.sarif)."),
    text_column: Optional[str] = typer.Option(None, "--text-column", help="CSV/TSV-kolumnen med texten (standard: text)."),
    text_field: Optional[str] = typer.Option(None, "--text-field", help="JSONL-fältet med texten (standard: text)."),
    id_column: Optional[str] = typer.Option(None, "--id-column", help="Kolumn/fält med radens id; används i källan i stället för radnumret."),
    meta_column: List[str] = typer.Option([], "--meta-column", help="Metadatakolumn att gruppera på (standard: skola/school, klass, ämne/subject, datum/date, termin). Kan upprepas."),
    show_text: bool = typer.Option(False, "--show-text", help="Ta med citat ur texterna i findings.jsonl och rapporten."),
    jobs: int = typer.Option(os.cpu_count() or 1, "--jobs", "-j", min=1, help="Antal parallella processer (standard: antal kärnor)."),
    resume: bool = typer.Option(False, "--resume", help="Fortsätt en avbruten skanning i samma --out-mapp."),
    engine: str = typer.Option("local", "--engine", help="local (processer på den här datorn) eller dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask-schemaläggare, t.ex. tcp://värd:8786 (utan: ett lokalt kluster)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Ingen förloppsvisning (för cron)."),
    config: Optional[Path] = ConfigOption,
) -> None:
    """Skanna exporterad dokumentation (txt, md, html, docx, pdf, csv/tsv, jsonl, zip).

    Slutkod 0: inga anmärkningar. 1: anmärkningar. 2: fel i anropet. Filer som inte gick
    att läsa står i errors.jsonl och räknas i summary.json; skanningen fortsätter.
    """
    if fmt not in SCAN_FORMATS:
        raise typer.BadParameter(f"okänt format {fmt!r}; välj {', '.join(SCAN_FORMATS)}", param_hint="--format")
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"okänd motor {engine!r}; välj local eller dask", param_hint="--engine")
    if scheduler and engine != "dask":
        raise typer.BadParameter("--scheduler kräver --engine dask", param_hint="--scheduler")
    if out.exists() and not out.is_dir():
        fail(f"{out}: finns redan och är inte en mapp")
    cfg = get_config(config)
    try:
        options = scan_options(cfg.scan, text_column=text_column, text_field=text_field, id_column=id_column,
                               meta_columns=tuple(meta_column) or None, show_text=show_text or None)
        inputs = discover([str(p) for p in paths], exclude=out)
    except ConfigError as exc:
        fail(str(exc))
    except FileNotFoundError as exc:
        fail(f"{exc.args[0]}: filen eller mappen finns inte")
    if not inputs:
        fail("inga filer att skanna")

    interactive = not quiet and sys.stderr.isatty()
    try:
        if interactive:
            bar = Progress(TextColumn("[bold]Skannar"), BarColumn(), TextColumn("{task.fields[files]} filer"),
                           TransferSpeedColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            task = bar.add_task("scan", total=sum(i.size for i in inputs) or 1, files="0/0")

            def show(p) -> None:
                bar.update(task, completed=p.bytes_done, files=f"{p.files_done}/{p.files_total}")

            with bar:
                result = _run(inputs, out, options, cfg, jobs, engine, scheduler, resume, show)
        else:
            result = _run(inputs, out, options, cfg, jobs, engine, scheduler, resume, None if quiet else _PlainProgress())
    except ResumeError as exc:
        fail(f"{out}: {exc}")
    except BrokenProcessPool:
        try:  # the usual cause: a worker could not build its Checker; say what was wrong
            Checker(cfg)
        except RuleError as exc:
            fail(str(exc))
        fail(f"en arbetsprocess avslutades oväntat; det som hann granskas finns kvar, fortsätt med --resume --out {out}")
    except KeyboardInterrupt:
        print(f"skrivvakt: avbruten; fortsätt med --resume --out {out}", file=sys.stderr)
        raise typer.Exit(130)
    except RuleError as exc:
        fail(str(exc))
    except OSError as exc:  # e.g. the Dask scheduler cannot be reached, or --out is not writable
        fail(f"{exc}")

    if fmt == "sarif":
        _write_sarif(out, cfg)
    s = result.summary
    if not quiet:
        print(f"skrivvakt: {s['documents']['total']} dokument i {s['inputs']['files']} filer, "
              f"{s['findings']['total']} anmärkningar i {s['documents']['with_findings']} dokument, "
              f"{s['inputs']['failed']} gick inte att läsa. Resultat i {out}/", file=sys.stderr)
    raise typer.Exit(EXIT_FINDINGS if s["findings"]["total"] else EXIT_OK)


def _run(inputs, out, options, cfg, jobs, engine, scheduler, resume, progress):
    return run_scan(inputs, out, options=options, config=cfg, jobs=jobs, engine=engine, scheduler=scheduler,
                    resume=resume, on_progress=progress)


def report(out: Path = typer.Argument(..., help="Mappen som en skanning skrev till.")) -> None:
    """Skapa report.html på nytt från en skannings summary.json (och findings.jsonl)."""
    if not (out / SUMMARY).is_file():
        fail(f"{out}: hittar ingen {SUMMARY}; kör skrivvakt scan först")
    try:
        path = write_report(out)
    except (ValueError, KeyError) as exc:
        fail(f"{out / SUMMARY}: går inte att läsa ({type(exc).__name__})")
    print(path)
