"""Run every benchmark with one command and collect the tables in docs/benchmarks.md.

    python benchmarks/run.py            # full runs (about 10 minutes, plus 5 for --load)
    python benchmarks/run.py --quick    # fewer documents, for a smoke run
    python benchmarks/run.py --load     # also the 5-minute load test at 100 req/s

Each benchmark is its own script (it can be run alone) and writes its JSON to
benchmarks/results/; this runner runs them one after another, so they do not compete for
the two cores, and writes their Markdown tables to docs/benchmarks.md with the date and the
machine they ran on.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DOC = ROOT / "docs" / "benchmarks.md"
KEEP_MARKER = "<!-- written by hand below this line; benchmarks/run.py keeps it -->"

BENCHES = [
    ("check", "In-process check (issue 8)", ["bench_check.py"], ["--quick"]),
    ("identifiers", "Identifier pass against stock Presidio (issue 3)", ["bench_identifiers.py"], ["--quick"]),
    ("service", "HTTP service latency (issue 5)", ["bench_service.py"], ["--quick"]),
    ("scan", "Archive scan throughput (issue 7)", ["bench_scan.py"], ["--files", "200"]),
]


def run(script: list[str], extra: list[str]) -> str:
    proc = subprocess.run([sys.executable, str(HERE / script[0]), *script[1:], *extra],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        return f"(failed with exit code {proc.returncode})\n\n```\n{proc.stderr[-2000:]}\n```"
    table = [line for line in proc.stdout.splitlines() if line.startswith("|")]
    return "\n".join(table) if table else proc.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--load", action="store_true", help="also run the 5-minute load test")
    ap.add_argument("--only", action="append", help="run only these (check, identifiers, service, scan, load)")
    args = ap.parse_args()
    sections = []
    benches = list(BENCHES)
    if args.load:
        benches.append(("load", "Load test: 100 req/s of 2,000-character texts for 5 minutes (issue 8)", ["load.py"], ["--duration", "30"]))
    for name, title, script, quick in benches:
        if args.only and name not in args.only:
            continue
        print(f"== {title}", flush=True)
        out = run(script, quick if args.quick else [])
        print(out, flush=True)
        sections.append(f"## {title}\n\n`python benchmarks/{' '.join(script)}{' ' + ' '.join(quick) if args.quick else ''}`\n\n{out}\n")
    cpu = platform.processor() or platform.machine()
    header = (
        "# Benchmarks\n\n"
        f"Latest run: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores ({cpu}), "
        f"Python {platform.python_version()}{', quick mode' if args.quick else ''}. "
        "Made with `python benchmarks/run.py`; ratios are measured in the same run. "
        "Raw figures: `benchmarks/results/*.json`.\n\n"
    )
    if args.only and DOC.exists():
        print("(--only: docs/benchmarks.md left as it was)")
        return
    # Hand-written analysis (what changed, targets, profile) below the marker is kept.
    kept = ""
    if DOC.exists() and KEEP_MARKER in DOC.read_text(encoding="utf-8"):
        kept = "\n" + KEEP_MARKER + DOC.read_text(encoding="utf-8").split(KEEP_MARKER, 1)[1]
    DOC.write_text(header + "\n".join(sections) + kept, encoding="utf-8")
    print(f"\nwritten to {DOC}")


if __name__ == "__main__":
    main()
