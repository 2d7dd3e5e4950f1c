"""The library's public contract: Finding and Report (pydantic, so they are the JSON too).

Inside the hot loop the checker works with plain tuples and dataclasses; these models are
built once per finding at the very end, which keeps `check()` fast and the boundary typed.
"""
from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

CATEGORIES: tuple[str, ...] = (
    "person_judgment",
    "offensive",
    "attendance",
    "grade",
    "identifier",
    "sensitive",
)
Category = Literal[
    "person_judgment", "offensive", "attendance", "grade", "identifier", "sensitive"
]

# Swedish display names, used by every human-facing surface (CLI, report, editor).
CATEGORY_LABELS_SV: dict[str, str] = {
    "person_judgment": "Omdöme om personen",
    "offensive": "Kränkande ord",
    "attendance": "Närvaro och frånvaro",
    "grade": "Betyg",
    "identifier": "Personuppgift",
    "sensitive": "Känsliga uppgifter",
}


class Severity(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self.value]


SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}

Decision = Literal["allow", "warn", "block"]


class Finding(BaseModel):
    """One problem in the text. `text[start:end] == quote` always (code-point offsets)."""

    model_config = ConfigDict(frozen=True)

    rule_id: str
    category: Category
    severity: Severity
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    message: str
    suggestion: str | None = None
    belongs_in: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    entity: str | None = None


class Report(BaseModel):
    """What `check()` returns: the findings in text order and the policy's decision."""

    findings: list[Finding]
    decision: Decision

    def counts(self) -> dict[str, int]:
        """Findings per category (only categories that occur)."""
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.category] = out.get(f.category, 0) + 1
        return out
