"""Old code against new on the identifier call, in the same run: CPU per document of two checkouts.

    python benchmarks/ab_identifiers.py --base /tmp/wt_base --new /tmp/wt_speed [--rounds 9]

Each checkout runs in its own process (PYTHONPATH set to it, so its `checker` is imported),
built once and warmed on the first documents; then the two are told in turn to run
`Checker.check(text, categories=["identifier"])` over the 150 documents of
`bench_identifiers.py` (`time.process_time`), the order swapped every round. On a shared
machine the absolute times move from one minute to the next by more than a speed step saves,
so only the figures of one run are compared: the best round of each side, and the median of
the per-round ratios (> 1: the new code is faster). Two identical checkouts (an A/A run) show
how far apart the sides land by chance.

`--with-subject` passes each document a `subject_names` as the platform does for every note
(the first capitalised word that a verb such as "har", "kan" or "är" follows, else "Alva"):
some steps run only for a text about a named student (round 42 found one that took 1.7 ms per
2,000 characters there and nothing without a student's name).
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()


_SUBJECT = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]{2,})\s+(?:har|kan|är|var|ska|behöver)\b")


def subject_of(text: str) -> list[str]:
    """A plausible student's name for a benchmark document (see the module's docstring)."""
    m = _SUBJECT.search(text)
    return [m.group(1)] if m else ["Alva"]


def _worker(documents: int, with_subject: bool) -> None:
    """The side run in a child process: build, warm, then one timed pass per line on stdin."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    sys.path.insert(0, str(HERE.parent))
    from bench_identifiers import documents as make_documents

    from checker import get_checker

    checker = get_checker()
    texts = [t for t, _ in make_documents(documents, 2000)]
    subjects = [subject_of(t) if with_subject else [] for t in texts]
    for t, s in zip(texts[:3], subjects):
        checker.check(t, subject_names=s, categories=["identifier"])
    print("ready", flush=True)
    for _ in sys.stdin:
        t0 = time.process_time()
        for t, s in zip(texts, subjects):
            checker.check(t, subject_names=s, categories=["identifier"])
        print((time.process_time() - t0) * 1000 / len(texts), flush=True)


def _start(root: str, documents: int, with_subject: bool) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": root}
    proc = subprocess.Popen([sys.executable, str(HERE), "--worker", "--documents", str(documents),
                             *(["--with-subject"] if with_subject else [])],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=root)
    if proc.stdout.readline().strip() != "ready":
        raise RuntimeError(f"the worker for {root} did not start")
    return proc


def _one_pass(proc: subprocess.Popen) -> float:
    proc.stdin.write("go\n")
    proc.stdin.flush()
    return float(proc.stdout.readline())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", help="the old checkout")
    ap.add_argument("--new", help="the new checkout")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--documents", type=int, default=150)
    ap.add_argument("--with-subject", action="store_true", help="pass each document a student's name")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(args.documents, args.with_subject)
        return
    if not (args.base and args.new):
        ap.error("--base and --new are required")
    sides = {name: _start(root, args.documents, args.with_subject) for name, root in (("base", args.base), ("new", args.new))}
    spent: dict[str, list[float]] = {"base": [], "new": []}
    ratios = []
    for r in range(args.rounds):
        got = {}
        for name in (("base", "new") if r % 2 == 0 else ("new", "base")):
            got[name] = _one_pass(sides[name])
            spent[name].append(got[name])
        ratios.append(got["base"] / got["new"])
    for proc in sides.values():
        proc.stdin.close()
        proc.wait()
    base, new = min(spent["base"]), min(spent["new"])
    print(f"CPU ms/doc, best of {args.rounds} rounds: base {base:.3f}   new {new:.3f}   ({base / new:.3f}×)")
    print(f"per-round ratio base/new: median {statistics.median(ratios):.3f} ({min(ratios):.3f}–{max(ratios):.3f})")


if __name__ == "__main__":
    main()
