"""Load test: drive the running service at a fixed request rate for a fixed time.

    python benchmarks/load.py [--rate 100] [--duration 300] [--workers 1] [--url URL]

Open-loop: request i is sent at t0 + i/rate whatever happened to earlier ones, so a slow
server shows up as latency and errors instead of silently lowering the rate (the
coordinated-omission trap of closed-loop clients). Without --url it starts `skrivvakt
serve` on a free loopback port as a subprocess; this process is the second process that
generates the load. Only loopback addresses are accepted as targets. Bodies are realistic
2,000-character Swedish documents (see common.py). Reports achieved throughput, latency
percentiles and errors; writes benchmarks/results/load.json. Targets (issue 8, this 2-core
machine): 100 requests/s for 5 minutes, 0 errors, p99 <= 50 ms.
"""
from __future__ import annotations

import argparse
import asyncio
import ipaddress
import os
import sys
import time
from contextlib import nullcontext
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import httpx  # noqa: E402

from common import documents, percentile, write_result  # noqa: E402


def _loopback_only(url: str) -> str:
    host = urlparse(url).hostname or ""
    if host != "localhost":
        try:
            if not ipaddress.ip_address(host).is_loopback:
                raise ValueError
        except ValueError:
            raise SystemExit(f"load.py: only loopback targets are allowed, not {host!r}") from None
    return url.rstrip("/")


async def run(base: str, rate: float, duration: float, docs: list[str], timeout: float) -> dict:
    total = int(rate * duration)
    latencies: list[float] = []
    errors: dict[str, int] = {}
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=256)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        for d in docs[:20]:  # warm-up, not measured
            await client.post("/v1/check", json={"text": d})

        async def one(i: int, due: float) -> None:
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            try:
                r = await client.post("/v1/check", json={"text": docs[i % len(docs)]})
                if r.status_code != 200:
                    errors[str(r.status_code)] = errors.get(str(r.status_code), 0) + 1
            except httpx.HTTPError as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
            # Measured from the scheduled send time, so a late start (the client or the
            # server falling behind) counts as latency.
            latencies.append(time.perf_counter() - due)

        t0 = time.perf_counter() + 0.1
        tasks = [asyncio.create_task(one(i, t0 + i / rate)) for i in range(total)]
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - t0
    ok = total - sum(errors.values())
    return {
        "target_rate": rate,
        "duration_s": duration,
        "requests": total,
        "achieved_rps": total / wall,
        "ok": ok,
        "errors": errors,
        "latency_ms": {q: percentile(latencies, float(q)) * 1e3 for q in ("50", "90", "95", "99", "99.9")},
        "max_ms": max(latencies) * 1e3,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=100.0, help="requests per second (default 100)")
    ap.add_argument("--duration", type=float, default=300.0, help="seconds (default 300)")
    ap.add_argument("--workers", type=int, default=1, help="service workers when started here")
    ap.add_argument("--url", help="a running service on loopback (default: start one)")
    ap.add_argument("--timeout", type=float, default=10.0)
    args = ap.parse_args()
    if args.rate <= 0 or args.duration <= 0 or args.rate * args.duration > 1_000_000:
        raise SystemExit("load.py: rate and duration must be positive and bounded (<= 1,000,000 requests)")
    docs = documents(200, 2000, seed=5)
    if args.url:
        ctx = nullcontext(_loopback_only(args.url))
    else:
        from service.testing import serve_subprocess

        ctx = serve_subprocess(args=["--workers", str(args.workers)], ready_checks=args.workers)
    with ctx as base:
        result = asyncio.run(run(base, args.rate, args.duration, docs, args.timeout))
    result["workers"] = args.workers
    result["targets_met"] = {
        "0 errors": not result["errors"],
        "p99 <= 50 ms": result["latency_ms"]["99"] <= 50.0,
        f"achieved >= 95% of {args.rate:g} req/s": result["achieved_rps"] >= 0.95 * args.rate,
    }
    path = write_result("load", result)
    lat = result["latency_ms"]
    print("| measure | value |\n|---|---|")
    print(f"| target rate × duration | {args.rate:g} req/s × {args.duration:g} s ({result['requests']} requests, {args.workers} worker(s)) |")
    print(f"| achieved throughput | {result['achieved_rps']:.1f} req/s |")
    print(f"| errors | {sum(result['errors'].values())} {result['errors'] or ''} |")
    print(f"| latency p50 / p95 / p99 / p99.9 | {lat['50']:.1f} / {lat['95']:.1f} / {lat['99']:.1f} / {lat['99.9']:.1f} ms |")
    print(f"| max latency | {result['max_ms']:.1f} ms |")
    for k, ok in result["targets_met"].items():
        print(f"| target: {k} | {'met' if ok else 'NOT met'} |")
    print(f"\n(written to {path})")


if __name__ == "__main__":
    main()
