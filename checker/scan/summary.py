"""summary.json: counts per category, rule, severity and metadata group, computed from the
per-file results in input order. It holds no text and no timings, so two scans of the same
inputs (serial, parallel, resumed, on Dask) produce the same file byte for byte."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable

from ..models import CATEGORIES

GROUP_KEYS = ("school", "class", "subject", "period", "doc_type")
MISSING = "(saknas)"
TOP_FILES = 20


def _sorted(counter: Counter) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def summarise(results: Iterable[dict[str, Any]], *, show_text: bool = False) -> dict[str, Any]:
    files = docs = with_findings = total_bytes = 0
    by_cat: Counter = Counter()
    by_rule: Counter = Counter()
    by_sev: Counter = Counter()
    errors_by_reason: Counter = Counter()
    failed_files = 0
    per_file: list[dict[str, Any]] = []
    doc_groups: list[tuple[dict[str, str], int, Counter]] = []
    group_keys_seen: set[str] = set()
    for res in results:
        files += 1
        total_bytes += res["bytes"]
        n_file = 0
        for e in res["errors"]:
            errors_by_reason[e["reason"]] += 1
        if res["errors"] and not res["docs"]:
            failed_files += 1
        for doc in res["docs"]:
            docs += 1
            cats: Counter = Counter()
            for f in doc["findings"]:
                cats[f["category"]] += 1
                by_rule[f["rule_id"]] += 1
                by_sev[f["severity"]] += 1
            by_cat.update(cats)
            n = sum(cats.values())
            n_file += n
            with_findings += n > 0
            meta = doc["metadata"]
            group_keys_seen.update(k for k in meta if k != "date")  # a day is too fine to group by
            doc_groups.append((meta, n, cats))
        per_file.append({"file": res["file"], "documents": len(res["docs"]), "findings": n_file,
                         "errors": len(res["errors"])})

    groups: dict[str, dict[str, Any]] = {}
    for key in [*(k for k in GROUP_KEYS if k in group_keys_seen), *sorted(group_keys_seen - set(GROUP_KEYS))]:
        acc: dict[str, dict[str, Any]] = defaultdict(lambda: {"documents": 0, "with_findings": 0, "findings": 0,
                                                              "by_category": Counter()})
        for meta, n, cats in doc_groups:
            g = acc[meta.get(key) or MISSING]
            g["documents"] += 1
            g["with_findings"] += n > 0
            g["findings"] += n
            g["by_category"].update(cats)
        groups[key] = {
            value: {**g, "share_with_findings": round(g["with_findings"] / g["documents"], 4),
                    "by_category": {c: g["by_category"][c] for c in CATEGORIES if g["by_category"][c]}}
            for value, g in sorted(acc.items())
        }

    top = sorted((f for f in per_file if f["findings"]), key=lambda f: (-f["findings"], f["file"]))[:TOP_FILES]
    n_errors = sum(errors_by_reason.values())
    return {
        "schema": "skrivvakt-scan-summary/1",
        "show_text": show_text,
        "inputs": {"files": files, "bytes": total_bytes, "documents": docs, "failed": n_errors,
                   "files_failed": failed_files},
        "documents": {"total": docs, "with_findings": with_findings,
                      "share_with_findings": round(with_findings / docs, 4) if docs else 0.0},
        "findings": {
            "total": sum(by_cat.values()),
            "by_category": {c: by_cat[c] for c in CATEGORIES if by_cat[c]},
            "by_rule": _sorted(by_rule),
            "by_severity": {s: by_sev[s] for s in ("error", "warning", "info") if by_sev[s]},
        },
        "groups": groups,
        "errors": {"total": n_errors, "by_reason": _sorted(errors_by_reason)},
        "top_files": top,
    }
