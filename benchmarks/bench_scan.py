"""Scan throughput: `--jobs 1` against `--jobs 2` on the same generated archive, in one run.

    python benchmarks/bench_scan.py [--files 1000] [--seed 7]

Generates realistic fictional learning documentation (sentences from the dev corpus with
Faker identifiers, via benchmarks/common.py) as .txt, .md, .html, .docx, a CSV export with
school/subject/date columns and a zip archive in a temporary folder, scans it with the
engine once per job count, and prints a Markdown table. Results go to
benchmarks/results/scan.json.

Each scan runs as `skrivvakt scan … --jobs N --quiet` in a fresh process, as a user runs
it. *wall* is that whole command; *fixed* is the same command on one tiny file per worker
(starting Python and the workers, building one Checker per worker, writing the outputs);
*net* rates divide by wall − fixed, the part that grows with the archive and parallelises.
"""
from __future__ import annotations

import argparse
import csv
import html
import io
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import RESULTS, documents  # noqa: E402
from checker.scan import discover  # noqa: E402

SUBJECTS = ["matematik", "svenska", "engelska", "biologi", "historia", "bild", "musik", "teknik"]
SCHOOLS = ["Norrskolan", "Söderskolan", "Ekbacken", "Björkhagen"]


def generate(folder: Path, files: int, seed: int) -> None:
    """Documents from the shared benchmark generator (dev-corpus sentences, Faker identifiers)."""
    import docx

    rng = random.Random(seed)
    texts = iter(documents(files + files // 5, 1500, seed))
    for i in range(files):
        school = rng.choice(SCHOOLS)
        kind = rng.random()
        target = folder / school
        target.mkdir(parents=True, exist_ok=True)
        text = next(texts)
        paragraphs = [text[k:k + 500] for k in range(0, len(text), 500)]
        if kind < 0.6:
            (target / f"omdome{i:04d}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
        elif kind < 0.7:
            (target / f"iup{i:04d}.md").write_text("# IUP\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
        elif kind < 0.85:
            body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            (target / f"anteckning{i:04d}.html").write_text(f"<html><body><h1>Mentorsmöte</h1>{body}</body></html>", encoding="utf-8")
        else:
            d = docx.Document()
            for p in paragraphs:
                d.add_paragraph(p)
            d.save(target / f"bedomning{i:04d}.docx")
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(["id", "skola", "ämne", "datum", "text"])
    for i, text in enumerate(documents(files // 2, 400, seed + 1)):
        writer.writerow([f"R{i}", rng.choice(SCHOOLS), rng.choice(SUBJECTS), f"20{rng.randint(22, 25)}-{rng.randint(1, 12):02d}-15", text])
    (folder / "export.csv").write_text(buf.getvalue(), encoding="utf-8")
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(files // 5):
            zf.writestr(f"arkiv/{i:04d}.txt", next(texts))
    (folder / "arkiv2023.zip").write_bytes(zbuf.getvalue())


def cli_scan(paths: list[Path], out: Path, jobs: int) -> float:
    """Wall time of `skrivvakt scan` in a fresh process, as a user runs it."""
    cmd = [sys.executable, "-m", "cli.main", "scan", *map(str, paths), "--out", str(out), "--jobs", str(jobs), "--quiet"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"scan failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return wall


def measure(folder: Path, tiny: list[Path], work: Path, jobs: int) -> dict:
    inputs = discover([str(folder)])
    files, size = len(inputs), sum(i.size for i in inputs)
    wall = cli_scan([folder], work / f"ut{jobs}", jobs)
    # The fixed cost of a scan (start Python, workers, one Checker per worker, outputs): the
    # same command on one tiny file per worker. What remains is the work that parallelises.
    fixed = cli_scan(tiny[:jobs], work / f"fixed{jobs}", jobs)
    net = max(wall - fixed, 1e-9)
    summary = json.loads((work / f"ut{jobs}" / "summary.json").read_text(encoding="utf-8"))
    return {
        "jobs": jobs, "files": files, "bytes": size, "documents": summary["documents"]["total"],
        "findings": summary["findings"]["total"], "wall_s": round(wall, 2), "fixed_s": round(fixed, 2),
        "files_per_s": round(files / wall, 2), "mb_per_s": round(size / wall / 1e6, 4),
        "net_files_per_s": round(files / net, 2), "net_mb_per_s": round(size / net / 1e6, 4),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="skrivvakt-bench-") as tmp:
        work = Path(tmp)
        folder = work / "export"
        generate(folder, args.files, args.seed)
        tiny = []
        for k in range(2):
            (work / f"liten{k}").mkdir()
            tiny.append(work / f"liten{k}" / "a.txt")
            tiny[-1].write_text("Eleven kan föra enkla resonemang.", encoding="utf-8")
        runs = [measure(folder, tiny, work, j) for j in (1, 2)]
        a = json.loads((work / "ut1" / "summary.json").read_text())
        b = json.loads((work / "ut2" / "summary.json").read_text())
        if a != b:  # in a shared working tree the rules may have been edited between the runs
            print("warning: jobs 1 and jobs 2 found different things (rules changed during the run?)", file=sys.stderr)
    one, two = runs
    speedup = {"wall": round(one["wall_s"] / two["wall_s"], 2),
               "net": round((one["wall_s"] - one["fixed_s"]) / max(two["wall_s"] - two["fixed_s"], 1e-9), 2)}
    table = [
        "| jobs | files | MB | documents | wall s | files/s | MB/s | fixed s | net files/s | net MB/s |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(f"| {r['jobs']} | {r['files']} | {r['bytes'] / 1e6:.2f} | {r['documents']} | {r['wall_s']} | {r['files_per_s']} | "
          f"{r['mb_per_s']:.3f} | {r['fixed_s']} | {r['net_files_per_s']} | {r['net_mb_per_s']:.3f} |" for r in runs),
        "",
        f"Speed-up jobs 2 / jobs 1: {speedup['wall']}× wall, {speedup['net']}× net of the fixed start-up cost "
        f"({os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}; load average "
        f"{load_start:.1f} before, {os.getloadavg()[0]:.1f} after: a load above the core count means other work "
        f"shared the cores).",
    ]
    print("\n".join(table))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scan.json").write_text(json.dumps({
        "command": f"python benchmarks/bench_scan.py --files {args.files} --seed {args.seed}",
        "cores": os.cpu_count(), "load_average_start": round(load_start, 2),
        "load_average_end": round(os.getloadavg()[0], 2), "runs": runs, "speedup": speedup,
        "table_markdown": "\n".join(table),
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
