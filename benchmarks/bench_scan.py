"""Scan throughput: `--jobs 1` against `--jobs 2` on the same generated archive, in one run.

    python benchmarks/bench_scan.py [--files 300] [--seed 7]

Generates realistic fictional learning documentation (sentences from the dev corpus with
Faker identifiers, via benchmarks/common.py) as .txt, .md, .html, .docx, a CSV export with
school/subject/date columns and a zip archive in a temporary folder, scans it with the
engine once per job count, and prints a Markdown table. Results go to
benchmarks/results/scan.json.

Two timings per run: *wall* is the whole scan as a user waits for it (starting worker
processes, building one Checker per worker, writing outputs); *steady* runs from the first
finished file to the last, i.e. throughput once the workers are warm, which is what a long
archive scan is dominated by.
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
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import RESULTS, documents  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.scan import ScanOptions, discover, run_scan  # noqa: E402

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


def measure(inputs, out: Path, jobs: int) -> dict:
    stamps: list[float] = []

    def progress(p) -> None:
        stamps.append(time.perf_counter())

    t0 = time.perf_counter()
    result = run_scan(inputs, out, options=ScanOptions(), config=Config(), jobs=jobs, on_progress=progress)
    wall = time.perf_counter() - t0
    files = len(inputs)
    size = sum(i.size for i in inputs)
    # stamps[0] is the initial report; stamps[1] the first finished file
    steady = stamps[-1] - stamps[1] if len(stamps) > 2 else wall
    first_size = inputs[0].size  # approximate: the first finished file is excluded from steady rates
    return {
        "jobs": jobs, "files": files, "bytes": size, "documents": result.summary["documents"]["total"],
        "findings": result.summary["findings"]["total"], "wall_s": round(wall, 2), "steady_s": round(steady, 2),
        "files_per_s": round(files / wall, 2), "mb_per_s": round(size / wall / 1e6, 4),
        "steady_files_per_s": round((files - 1) / steady, 2) if steady > 0 else None,
        "steady_mb_per_s": round((size - first_size) / steady / 1e6, 4) if steady > 0 else None,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="skrivvakt-bench-") as tmp:
        folder = Path(tmp) / "export"
        generate(folder, args.files, args.seed)
        inputs = discover([str(folder)])
        runs = [measure(inputs, Path(tmp) / f"ut{j}", j) for j in (1, 2)]
        a = json.loads((Path(tmp) / "ut1" / "summary.json").read_text())
        b = json.loads((Path(tmp) / "ut2" / "summary.json").read_text())
        if a != b:  # in a shared working tree the rules may have been edited between the runs
            print("warning: jobs 1 and jobs 2 found different things (rules changed during the run?)", file=sys.stderr)
    one, two = runs
    speedup = {"wall": round(one["wall_s"] / two["wall_s"], 2), "steady": round(one["steady_s"] / two["steady_s"], 2)}
    table = [
        "| jobs | files | MB | documents | wall s | files/s | MB/s | steady files/s | steady MB/s |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(f"| {r['jobs']} | {r['files']} | {r['bytes'] / 1e6:.2f} | {r['documents']} | {r['wall_s']} | {r['files_per_s']} | "
          f"{r['mb_per_s']:.3f} | {r['steady_files_per_s']} | {r['steady_mb_per_s']:.3f} |" for r in runs),
        "",
        f"Speed-up jobs 2 / jobs 1: {speedup['wall']}× wall, {speedup['steady']}× steady "
        f"({os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}, load average "
        f"{os.getloadavg()[0]:.1f} at the end).",
    ]
    print("\n".join(table))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scan.json").write_text(json.dumps({
        "command": f"python benchmarks/bench_scan.py --files {args.files} --seed {args.seed}",
        "cores": os.cpu_count(), "load_average_end": round(os.getloadavg()[0], 2), "runs": runs, "speedup": speedup,
        "table_markdown": "\n".join(table),
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
