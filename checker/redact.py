"""Redaction: the text with every identifier replaced by a placeholder ("[NAMN]", …).

Findings come from the identifier category of a Checker (one analysis, offsets into the
caller's original text); the replacement itself is Presidio's AnonymizerEngine with one
`replace` operator per entity, built once per process.
"""
from __future__ import annotations

from typing import Iterable

from pydantic import BaseModel

from .engine import Checker, get_checker
from .models import Finding
from .once import Once

PLACEHOLDERS: dict[str, str] = {
    "PERSONNUMMER": "[PERSONNUMMER]",
    "SAMORDNINGSNUMMER": "[SAMORDNINGSNUMMER]",
    "PHONE": "[TELEFON]",
    "EMAIL": "[E-POST]",
    "ADDRESS": "[ADRESS]",
    "PERSON_NAME": "[NAMN]",
}
DEFAULT_PLACEHOLDER = "[PERSONUPPGIFT]"


class RedactResult(BaseModel):
    """The redacted text and the identifier findings (offsets into the ORIGINAL text)."""

    text: str
    findings: list[Finding]


def _build_anonymizer():
    from presidio_anonymizer import AnonymizerEngine

    return AnonymizerEngine()


_anonymizer = Once(_build_anonymizer)


def redact(
    text: str,
    *,
    subject_names: Iterable[str] = (),
    checker: Checker | None = None,
    findings: Iterable[Finding] | None = None,
) -> RedactResult:
    """Replace personnummer, phone numbers, e-mail, addresses and other people's names.

    `findings`: the caller's own report of this very text (e.g. the pre-save hook's), whose
    identifier findings are used instead of checking the text a second time.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    if findings is None:
        findings = (checker or get_checker()).check(text, subject_names=subject_names, categories=["identifier"]).findings
    else:
        findings = [f for f in findings if f.category == "identifier"]
    if not findings:
        return RedactResult(text=text, findings=[])
    entity = lambda f: f.entity or "IDENTIFIER"  # noqa: E731
    results = [RecognizerResult(entity(f), f.start, f.end, f.confidence) for f in findings]
    operators = {e: OperatorConfig("replace", {"new_value": PLACEHOLDERS.get(e, DEFAULT_PLACEHOLDER)})
                 for e in {entity(f) for f in findings}}
    # Each finding becomes exactly one placeholder: Presidio would otherwise merge two
    # identifiers separated by whitespace into one and drop the text between them.
    out = _anonymizer().anonymize(text=text, analyzer_results=results, operators=operators,
                                  merge_entities_with_spaces=False)
    return RedactResult(text=out.text, findings=findings)
