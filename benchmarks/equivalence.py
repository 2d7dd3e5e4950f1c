"""Do two checkouts of Skrivvakt report identical findings? (the guard for speed work)

    git worktree add /tmp/perf-base HEAD        # the code before the change
    cp -r rules /tmp/perf-rules                 # one frozen rule set for both sides
    python benchmarks/equivalence.py --base /tmp/perf-base --rules /tmp/perf-rules [--quick]

When others change `checker/` (code or `checker/data`) while you work, compare two copies
taken at one moment instead: `cp -r checker /tmp/new/` and the same copy with your own
changes reversed (`patch -R`) as `--base`, with `--new /tmp/new`.

Each side runs in its own process with its own `checker` package first on `sys.path`,
builds `Checker(ruleset=…)` from the same frozen rules folder (rule authors edit `rules/`
while this runs) and checks the same texts: every `corpora/dev` item (with its
`subject_names`) and the generated benchmark documents (`common.documents` at 200, 2,000
and 20,000 characters, the realistic and the dense mix, and the identifier benchmark's
documents), each with all six categories, with identifiers only, and per category.
Findings are compared as (category, rule, start, end, severity, entity); the script exits
1 and prints the first differences when any text differs.

Texts are written to a temporary file for the two processes and deleted afterwards; no
finding text is printed beyond the rule id and offsets.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from common import ROOT, documents  # noqa: E402

CATEGORY_SETS = (None, ["identifier"], ["person_judgment"], ["offensive"], ["attendance"], ["grade"], ["sensitive"])

_CHILD = r"""
import json, sys
code, rules_dir, texts_file, out_file = sys.argv[1:5]
sys.path.insert(0, code)
from pathlib import Path
import checker
assert Path(checker.__file__).resolve().is_relative_to(Path(code).resolve()), checker.__file__
from checker import Checker
from checker import rules as rules_module
from checker.rules import RuleSet, load_contexts, load_pack
folder = Path(rules_dir)
rules, sources, parts = [], {}, {}
if hasattr(rules_module, "read_contexts"):   # (code since round 91: regex parts, `(?&name)`)
    contexts, parts = rules_module.read_contexts(folder / "contexts.yaml")
else:
    contexts = load_contexts(folder / "contexts.yaml")
for path in sorted(folder.glob("*.yaml")):
    if path.name == "contexts.yaml":
        continue
    for rule in (load_pack(path, parts) if parts else load_pack(path)):
        sources[rule.id] = str(path)
        rules.append(rule)
from checker.config import Config
try:  # the trained second opinion (newer code) is data, like the rules: compare without it
    cfg = Config(second_opinion=False)
except Exception:
    cfg = Config()
ck = Checker(cfg, ruleset=RuleSet(rules=tuple(rules), contexts=contexts, sources=sources))
cats = json.loads(sys.argv[5])
out = []
for line in Path(texts_file).read_text(encoding="utf-8").splitlines():
    item = json.loads(line)
    row = []
    for c in cats:
        rep = ck.check(item["text"], subject_names=item["subject_names"], categories=c)
        row.append([[f.category, f.rule_id, f.start, f.end, f.severity.value, f.entity] for f in rep.findings])
    out.append(row)
Path(out_file).write_text(json.dumps(out), encoding="utf-8")
"""


def texts(quick: bool) -> list[dict]:
    items: list[dict] = []
    for path in sorted((ROOT / "corpora" / "dev").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                items.append({"text": d["text"], "subject_names": d.get("subject_names") or []})
    if quick:
        items = items[::4]
    k = 4 if quick else 1
    for size, n in ((200, 200), (2000, 120), (20000, 12)):
        items += [{"text": t, "subject_names": []} for t in documents(n // k, size, seed=size)]
        items += [{"text": t, "subject_names": []} for t in documents(n // k, size, seed=size + 1, problem_share=None)]
    from bench_identifiers import documents as id_documents

    items += [{"text": t, "subject_names": []} for t, _ in id_documents(150 // k, 2000)]
    return items


def run(code: Path, rules: Path, texts_file: Path) -> list:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = Path(f.name)
    try:
        env = dict(os.environ, PYTHONPATH=str(code))
        subprocess.run([sys.executable, "-c", _CHILD, str(code), str(rules), str(texts_file), str(out),
                        json.dumps(CATEGORY_SETS)], check=True, env=env, cwd=str(code))
        return json.loads(out.read_text(encoding="utf-8"))
    finally:
        out.unlink(missing_ok=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, required=True, help="checkout of the old code (a git worktree)")
    ap.add_argument("--new", type=Path, default=ROOT, help="checkout of the new code (default: this one)")
    ap.add_argument("--rules", type=Path, required=True, help="frozen rules folder used by both sides")
    ap.add_argument("--quick", action="store_true", help="a quarter of the texts")
    args = ap.parse_args()
    items = texts(args.quick)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
        texts_file = Path(f.name)
    try:
        old = run(args.base, args.rules, texts_file)
        new = run(args.new, args.rules, texts_file)
    finally:
        texts_file.unlink(missing_ok=True)
    diffs = [(i, c) for i, (a, b) in enumerate(zip(old, new)) for c in range(len(CATEGORY_SETS)) if a[c] != b[c]]
    total = sum(len(r) for row in old for r in row)
    print(f"{len(items)} texts × {len(CATEGORY_SETS)} category sets, {total} findings on the old side")
    if diffs:
        for i, c in diffs[:10]:
            o, n = {tuple(x) for x in old[i][c]}, {tuple(x) for x in new[i][c]}
            print(f"text {i} categories {CATEGORY_SETS[c]}: only old {sorted(o - n)}; only new {sorted(n - o)}")
        print(f"DIFFERENT: {len(diffs)} (text, category set) pairs")
        sys.exit(1)
    print("identical")


if __name__ == "__main__":
    main()
