"""The HTTP service: latency of `POST /v1/check` for 2,000-character texts over a real
socket, with 1 and 20 concurrent clients, against in-process `check` in the same run.

    python benchmarks/bench_service.py [--quick] [--workers N]

Starts `skrivvakt serve` on 127.0.0.1 with a free port (a subprocess), waits for
/readyz, sends realistic Swedish documents (from the dev corpus, see common.py) with
httpx, and times in-process `Checker.check` on the same documents, interleaved with the
one-client run. The clients run on
the same 2-core machine as the server, so the concurrent figures include their CPU too.
Writes benchmarks/results/service.json and prints a Markdown table.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import httpx  # noqa: E402

from common import ROOT, documents, percentile, write_result  # noqa: E402

from service.testing import serve_subprocess  # noqa: E402

SIZE = 2000


async def load(base: str, docs: list[str], clients: int, requests: int) -> dict:
    """`requests` checks spread over `clients` concurrent connections."""
    latencies_s: list[float] = []
    errors = 0
    counter = iter(range(requests))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        for d in docs[:10]:  # warm-up
            await client.post("/v1/check", json={"text": d})

        async def worker() -> None:
            nonlocal errors
            for i in counter:
                body = {"text": docs[i % len(docs)]}
                t = time.perf_counter()
                r = await client.post("/v1/check", json=body)
                latencies_s.append(time.perf_counter() - t)
                if r.status_code != 200:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        wall = time.perf_counter() - started
    return {
        "clients": clients,
        "requests": requests,
        "errors": errors,
        "p50_ms": percentile(latencies_s, 50) * 1e3,
        "p95_ms": percentile(latencies_s, 95) * 1e3,
        "p99_ms": percentile(latencies_s, 99) * 1e3,
        "requests_per_s": requests / wall,
    }


def interleaved(base: str, checker, docs: list[str], requests: int) -> tuple[dict, dict]:
    """One client, sequential; each document is checked in-process and then over HTTP,
    one right after the other, so machine noise (the machine is shared) hits both alike."""
    http_s: list[float] = []
    local_s: list[float] = []
    errors = 0
    with httpx.Client(base_url=base, timeout=60) as client:
        for d in docs[:10]:
            client.post("/v1/check", json={"text": d})
            checker.check(d)
        http_wall = 0.0
        for i in range(requests):
            d = docs[i % len(docs)]
            t = time.perf_counter()
            checker.check(d)
            local_s.append(time.perf_counter() - t)
            t = time.perf_counter()
            r = client.post("/v1/check", json={"text": d})
            http_s.append(time.perf_counter() - t)
            http_wall += http_s[-1]
            errors += r.status_code != 200

    def summary(values: list[float]) -> dict:
        return {"requests": len(values), "p50_ms": percentile(values, 50) * 1e3,
                "p95_ms": percentile(values, 95) * 1e3, "p99_ms": percentile(values, 99) * 1e3}

    one = {"clients": 1, "errors": errors, **summary(http_s), "requests_per_s": requests / http_wall}
    return one, summary(local_s)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer requests")
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1)")
    args = ap.parse_args()
    n1, n20 = (100, 300) if args.quick else (400, 1200)
    docs = documents(200, SIZE, seed=2000)

    server_args = ["--workers", str(args.workers), "--log-level", "warning"]
    with serve_subprocess(args=server_args, cwd=ROOT, ready_checks=4 * args.workers, timeout=300) as base:
        from checker import Checker

        checker = Checker()
        one, inproc = interleaved(base, checker, docs, n1)
        twenty = asyncio.run(load(base, docs, 20, n20))

    def ratio(run: dict) -> dict:
        return {q: run[f"{q}_ms"] / inproc[f"{q}_ms"] for q in ("p50", "p95", "p99")}

    result = {
        "text_chars": SIZE,
        "workers": args.workers,
        "cpus": os.cpu_count(),
        "load_average_1min": os.getloadavg()[0],
        "http_1_client": one,
        "http_20_clients": twenty,
        "in_process": inproc,
        "ratio_to_in_process": {"1_client": ratio(one), "20_clients": ratio(twenty)},
    }
    path = write_result("service", result)

    print(f"POST /v1/check, {SIZE}-character texts, {args.workers} worker(s), {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}\n")
    print("| | requests | p50 ms | p95 ms | p99 ms | req/s | p50 / in-process | p95 / in-process | p99 / in-process |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| in-process `check` | {inproc['requests']} | {inproc['p50_ms']:.1f} | {inproc['p95_ms']:.1f} | "
          f"{inproc['p99_ms']:.1f} | | 1.0 | 1.0 | 1.0 |")
    for label, run in (("HTTP, 1 client", one), ("HTTP, 20 concurrent clients", twenty)):
        r = ratio(run)
        print(f"| {label} | {run['requests']} | {run['p50_ms']:.1f} | {run['p95_ms']:.1f} | {run['p99_ms']:.1f} | "
              f"{run['requests_per_s']:.0f} | {r['p50']:.1f} | {r['p95']:.1f} | {r['p99']:.1f} |")
    errors = one["errors"] + twenty["errors"]
    print(f"\nerrors: {errors}; written to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
