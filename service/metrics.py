"""Prometheus metrics (text exposition format at /metrics).

Labels are drawn from closed sets only – route templates, methods, status codes,
categories, rule ids, decisions – so no label can ever carry text and cardinality stays
bounded. Each app has its own registry (tests build several apps in one process). With
`--workers N` every worker keeps its own counters; scrape through a load balancer sums
them over time, or run one worker per container.
"""
from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client import CONTENT_TYPE_LATEST, disable_created_metrics

# `*_created` series double the output and no dashboard of ours reads them.
disable_created_metrics()

from checker.models import Finding

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "skrivvakt_http_requests", "HTTP requests handled.", ["method", "route", "status"], registry=r
        )
        self.latency = Histogram(
            "skrivvakt_http_request_duration_seconds", "Time from request to response.", ["method", "route"],
            buckets=LATENCY_BUCKETS, registry=r,
        )
        self.findings = Counter(
            "skrivvakt_findings", "Findings reported, by category and rule.", ["category", "rule_id"], registry=r
        )
        self.decisions = Counter(
            "skrivvakt_decisions", "Decisions of the pre-save hook and /v1/check.", ["endpoint", "decision"], registry=r
        )
        self.timeouts = Counter("skrivvakt_check_timeouts", "Checks that exceeded the time limit.", registry=r)
        self.rejected_signatures = Counter(
            "skrivvakt_webhook_rejected", "Pre-save calls rejected for their signature.", registry=r
        )
        self.ready = Gauge("skrivvakt_ready", "1 when the checker is built and requests are served.", registry=r)
        self.checked_chars = Counter("skrivvakt_checked_characters", "Characters checked.", registry=r)

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def observe_findings(self, findings: list[Finding]) -> None:
        for f in findings:
            self.findings.labels(f.category, f.rule_id).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
