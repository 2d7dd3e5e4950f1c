"""The scan engine: find inputs, check them in parallel (local processes or Dask), journal
every finished file, and write the outputs from the journal.

The unit of work is one input file (a text, a CSV with many rows, a zip with many members).
Workers read and check it and return plain data; only the parent writes (the journal, then
the outputs), so parallel and resumed scans produce the same bytes as a serial one: the
outputs are built from the journal in input order, never in completion order.

Each worker process builds one `Checker` (spaCy, rules, detectors) and keeps it for every
file it is given (`worker_checker`), whether the worker is a local process or a Dask worker.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..config import Config
from ..engine import Checker
from ..html import check_html
from ..rules import builtin_rules_dir
from .options import ScanOptions
from .sources import Document, ReadError, read_bytes
from .state import JOURNAL_NAME, Journal
from .summary import summarise
from .report import write_report

FINDINGS, ERRORS, SUMMARY, REPORT = "findings.jsonl", "errors.jsonl", "summary.json", "report.html"


@dataclass(frozen=True, slots=True)
class Input:
    path: str      # absolute, for reading
    display: str   # as the user named it (root as given + relative path), for sources
    size: int
    mtime_ns: int

    @property
    def key(self) -> str:
        return f"{self.path}|{self.size}|{self.mtime_ns}"


@dataclass(slots=True)
class Progress:
    files_total: int
    bytes_total: int
    files_done: int = 0
    bytes_done: int = 0
    started: float = field(default_factory=time.monotonic)


# --------------------------------------------------------------------------- discovery
def discover(paths: Iterable[str], exclude: Path | None = None) -> list[Input]:
    """Files under the given paths (recursively), sorted; hidden files and `exclude` skipped.

    Raises FileNotFoundError naming a path that does not exist (a usage error).
    """
    excl = exclude.resolve() if exclude else None
    found: dict[str, Input] = {}

    def add(path: Path, display: str) -> None:
        try:
            st = path.stat()
        except OSError:
            st = None
        absolute = str(path.resolve())
        if absolute not in found:
            found[absolute] = Input(absolute, display, st.st_size if st else 0, st.st_mtime_ns if st else 0)

    for raw in paths:
        root = Path(raw)
        if not root.exists():
            raise FileNotFoundError(raw)
        if root.is_file():
            add(root, root.as_posix())
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            here = Path(dirpath)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and (excl is None or (here / d).resolve() != excl))
            for name in sorted(filenames):
                if not name.startswith("."):
                    add(here / name, (here / name).as_posix())
    return sorted(found.values(), key=lambda i: i.display)


# --------------------------------------------------------------------------- worker side
_CHECKERS: dict[str, Checker] = {}


def worker_checker(config: Config) -> Checker:
    """This process's Checker for `config`: built on first use, then reused for every file."""
    key = config.model_dump_json()
    checker = _CHECKERS.get(key)
    if checker is None:
        checker = _CHECKERS[key] = Checker(config)
    return checker


def _warm(config: Config) -> None:
    worker_checker(config)


def process_input(inp: Input, options: ScanOptions, config: Config) -> dict[str, Any]:
    """Read and check one input file; plain data out (picklable, JSON-able, no text unless asked)."""
    docs: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    result = {"file": inp.display, "bytes": inp.size, "docs": docs, "errors": errors}
    try:
        if inp.size > options.limits.max_file_bytes:
            errors.append({"source": inp.display, "reason": "limit",
                           "message": f"Filen är större än {options.limits.max_file_bytes} byte."})
            return result
        with open(inp.path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        errors.append({"source": inp.display, "reason": "unreadable",
                       "message": f"Filen gick inte att läsa: {exc.strerror or type(exc).__name__}."})
        return result
    checker = worker_checker(config)
    for item in read_bytes(inp.display, data, options):
        if isinstance(item, ReadError):
            errors.append({"source": item.source, "reason": item.reason, "message": item.message})
            continue
        try:
            docs.append(_check_document(checker, item, options))
        except Exception as exc:  # one bad document must not stop the archive
            errors.append({"source": item.source, "reason": "check_failed",
                           "message": f"Granskningen misslyckades ({type(exc).__name__})."})
    return result


def _check_document(checker: Checker, doc: Document, options: ScanOptions) -> dict[str, Any]:
    report = check_html(checker, doc.text) if doc.kind == "html" else checker.check(doc.text)
    findings = []
    for f in report.findings:
        rec: dict[str, Any] = {"rule_id": f.rule_id, "category": f.category, "severity": f.severity.value,
                               "start": f.start, "end": f.end, "confidence": f.confidence}
        if f.entity:
            rec["entity"] = f.entity
        if f.belongs_in:
            rec["belongs_in"] = f.belongs_in
        if options.show_text:
            rec["quote"] = f.quote
        findings.append(rec)
    return {"source": doc.source, "metadata": doc.metadata, "chars": len(doc.text), "findings": findings}


# --------------------------------------------------------------------------- executors
def _local(pending: list[Input], options: ScanOptions, config: Config, jobs: int) -> Iterator[tuple[Input, dict]]:
    jobs = min(jobs, len(pending))  # no idle workers building a Checker for nothing
    if jobs <= 1:
        for inp in pending:
            yield inp, process_input(inp, options, config)
        return
    # forkserver: workers fork from a clean server process that has imported the checker
    # (spaCy, Presidio, …) once, instead of each importing it again (spawn) or forking a
    # parent that runs progress threads (fork).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([__name__])
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_warm, initargs=(config,)) as pool:
        todo = iter(pending)
        running: dict[Future, Input] = {}
        window = jobs * 4  # bounded in-flight work keeps memory flat on huge archives
        while True:
            while len(running) < window:
                inp = next(todo, None)
                if inp is None:
                    break
                running[pool.submit(process_input, inp, options, config)] = inp
            if not running:
                return
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in finished:
                yield running.pop(fut), fut.result()


def _dask(pending: list[Input], options: ScanOptions, config: Config, jobs: int,
          scheduler: str | None) -> Iterator[tuple[Input, dict]]:
    from distributed import Client, LocalCluster, as_completed

    if not pending:
        return
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        client.run(_warm, config)  # one Checker per worker, built before the first file
        futures = [client.submit(process_input, inp, options, config, pure=False) for inp in pending]
        owner = {fut.key: inp for fut, inp in zip(futures, pending)}
        for fut in as_completed(futures):
            yield owner[fut.key], fut.result()
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------- the scan
def rules_fingerprint(config: Config) -> str:
    """A hash of every rule file the scan uses: resuming after the rules changed would mix
    findings of two rule versions, so it is refused like any other change of settings."""
    h = hashlib.sha256()
    for folder in [builtin_rules_dir(), *config.rules.packs]:
        for path in sorted(Path(folder).glob("*.yaml")):
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@dataclass(slots=True)
class ScanResult:
    summary: dict[str, Any]
    out_dir: Path
    elapsed: float
    processed_files: int  # this run (a resumed run skips what the journal has)
    processed_bytes: int


def run_scan(
    inputs: list[Input],
    out_dir: Path,
    *,
    options: ScanOptions,
    config: Config,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    resume: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
    fingerprint_extra: str = "",
) -> ScanResult:
    out_dir.mkdir(parents=True, exist_ok=True)
    ids = "\n".join(i.display for i in inputs)
    fingerprint = options.fingerprint(fingerprint_extra + config.model_dump_json() + rules_fingerprint(config) + ids)
    journal = Journal(out_dir / JOURNAL_NAME, fingerprint, resume)
    started = time.monotonic()
    done_bytes = 0
    count = 0
    try:
        # Largest first: a big CSV or zip started last would leave the other workers idle
        # at the end. Completion order does not matter; outputs follow input order.
        pending = sorted((i for i in inputs if i.key not in journal.done), key=lambda i: (-i.size, i.display))
        progress = Progress(len(inputs), sum(i.size for i in inputs))
        progress.files_done = len(inputs) - len(pending)
        progress.bytes_done = progress.bytes_total - sum(i.size for i in pending)
        if on_progress:
            on_progress(progress)
        if engine == "dask":
            results = _dask(pending, options, config, jobs, scheduler)
        else:
            results = _local(pending, options, config, jobs)
        for inp, result in results:
            journal.append(inp.key, result)
            count += 1
            done_bytes += inp.size
            progress.files_done += 1
            progress.bytes_done += inp.size
            if on_progress:
                on_progress(progress)
    finally:
        journal.close()
    elapsed = time.monotonic() - started
    ordered = [journal.done[i.key] for i in inputs]
    summary = write_outputs(out_dir, ordered, show_text=options.show_text)
    return ScanResult(summary, out_dir, elapsed, count, done_bytes)


# --------------------------------------------------------------------------- outputs
def _atomic_lines(path: Path, lines: Iterable[dict[str, Any]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def finding_records(results: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """findings.jsonl, in input order: one finding per line with its source and metadata."""
    for res in results:
        for doc in res["docs"]:
            for f in doc["findings"]:
                yield {"source": doc["source"], "file": res["file"], **f, "metadata": doc["metadata"]}


def error_records(results: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for res in results:
        for e in res["errors"]:
            yield {"source": e["source"], "file": res["file"], "reason": e["reason"], "message": e["message"]}


def write_outputs(out_dir: Path, results: list[dict[str, Any]], *, show_text: bool) -> dict[str, Any]:
    """findings.jsonl, errors.jsonl, summary.json and report.html, each replaced atomically."""
    _atomic_lines(out_dir / FINDINGS, finding_records(results))
    _atomic_lines(out_dir / ERRORS, error_records(results))
    summary = summarise(results, show_text=show_text)
    tmp = out_dir / (SUMMARY + ".tmp")
    tmp.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, out_dir / SUMMARY)
    write_report(out_dir, summary)
    return summary
