"""The decision (allow / warn / block) a set of findings leads to, under a policy."""
from __future__ import annotations

from typing import Iterable

from .config import PolicyConfig
from .models import SEVERITY_RANK, Decision, Finding


def decide(findings: Iterable[Finding], policy: PolicyConfig) -> Decision:
    block_rank = SEVERITY_RANK.get(policy.block_at, 99)
    warn_rank = SEVERITY_RANK.get(policy.warn_at, 99)
    block_cats = set(policy.block_categories)
    decision: Decision = "allow"
    for f in findings:
        rank = SEVERITY_RANK[f.severity.value]
        if rank >= block_rank or f.category in block_cats:
            return "block"
        if rank >= warn_rank:
            decision = "warn"
    return decision
