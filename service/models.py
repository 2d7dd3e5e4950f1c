"""The service's request and response bodies (pydantic: they are the OpenAPI schema too).

Request bodies forbid unknown fields, so a misspelt field ("subjectNames") is a 422 that
names it rather than a silently ignored option.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.models import Category, Decision, Finding, Severity

MAX_WARNING_CHARS = 120


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


ContentType = Literal["text/plain", "text/html"]
SubjectNames = list[str]


class CheckRequest(_Body):
    text: str = Field(description="Texten (eller HTML:en) som ska granskas.")
    content_type: ContentType = Field(
        default="text/plain",
        description="text/html: bara den synliga texten granskas, och positionerna avser HTML-strängen.",
    )
    subject_names: SubjectNames = Field(
        default_factory=list, max_length=50, description="Namn på eleven texten handlar om; de flaggas inte."
    )
    categories: list[Category] | None = Field(default=None, description="Granska bara dessa kategorier.")
    min_severity: Severity | None = Field(default=None, description="Rapportera bara från denna allvarlighet.")


class PreSaveRequest(_Body):
    uid: str = Field(min_length=1, max_length=256, description="Anropets id; ekas i svaret.")
    text: str
    content_type: ContentType = "text/plain"
    subject_names: SubjectNames = Field(default_factory=list, max_length=50)
    document_id: str | None = Field(default=None, max_length=256, description="Dokumentets id i plattformen (loggas inte).")


class Status(BaseModel):
    code: int = Field(description="200 när texten får sparas, 403 när den stoppas.")
    message: str


class PreSaveResponse(BaseModel):
    uid: str
    allowed: bool
    decision: Decision
    status: Status
    warnings: list[str] = Field(description=f"Korta svenska varningar (högst {MAX_WARNING_CHARS} tecken var).")
    findings: list[Finding]
    redacted_text: str | None = Field(
        default=None, description="Texten med personuppgifter maskerade (text/plain, när något maskerades)."
    )


class RedactRequest(_Body):
    text: str
    subject_names: SubjectNames = Field(default_factory=list, max_length=50)


class RedactResponse(BaseModel):
    text: str
    findings: list[Finding]


class RuleInfo(BaseModel):
    id: str
    name: str
    category: Category
    category_label: str
    severity: Severity
    belongs_in: str | None
    message: str
    suggestion: str
    link: str | None


class Health(BaseModel):
    status: str
    version: str


class Problem(BaseModel):
    detail: str


class NotReady(BaseModel):
    status: Literal["starting", "failed"]
    detail: str
