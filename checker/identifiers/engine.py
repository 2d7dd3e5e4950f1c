"""The one Presidio AnalyzerEngine for Swedish identifiers, and the per-text pass over it.

The engine is built once per process (`get_analyzer`), with:
- `SkrivvaktNlpEngine`: Presidio's SpacyNlpEngine around the checker's own spaCy pipeline
  (`checker.nlp.get_nlp`), so nothing is downloaded and no English model is looked for;
- an explicit recognizer list (no predefined recognizers are loaded);
- NlpArtifacts made from the Doc the checker already has, so a text is tokenised once.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from presidio_analyzer import AnalyzerEngine, LocalRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.tokens import Doc

from ..nlp import get_nlp
from .names import NameFinder
from .recognizers import (
    LANG,
    OfflineEmailRecognizer,
    SwedishAddressRecognizer,
    SwedishIdNumberRecognizer,
    SwedishPhoneRecognizer,
)

if TYPE_CHECKING:
    from ..analysis import Analysis

ENTITIES = ("PERSONNUMMER", "SAMORDNINGSNUMMER", "PHONE", "EMAIL", "ADDRESS", "PERSON_NAME")
BUILD_COUNT = 0  # how many AnalyzerEngines this process built (tests read it)


class SkrivvaktNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over the checker's pipeline (blank sv + lookup lemmas)."""

    def __init__(self) -> None:
        super().__init__(
            models=[{"lang_code": LANG, "model_name": "skrivvakt-sv"}],
            ner_model_configuration=NerModelConfiguration(model_to_presidio_entity_mapping={}, labels_to_ignore=[]),
        )

    def load(self) -> None:
        self.nlp = {LANG: get_nlp()}

    def get_supported_entities(self) -> list[str]:
        return []

    def artifacts(self, doc: Doc) -> NlpArtifacts:
        """NlpArtifacts from a Doc that was already made (the one tokenisation)."""
        return self._doc_to_nlp_artifact(doc, LANG)


class SwedishNameRecognizer(LocalRecognizer):
    """PERSON_NAME from the gazetteer, capitalisation and cues (see `names`).

    `subject_names` are filtered by the caller (they are per text, Presidio's API is not).
    """

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON_NAME"], supported_language=LANG, name="SkrivvaktPersonName")

    def load(self) -> None:
        self.finder = NameFinder()

    def analyze(self, text, entities, nlp_artifacts: NlpArtifacts = None):
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        subject = getattr(nlp_artifacts, "skrivvakt_subject_names", frozenset())
        return [
            RecognizerResult("PERSON_NAME", s, e, score,
                             recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                   RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for s, e, score in self.finder.find(nlp_artifacts.tokens, subject)
        ]


def build_analyzer() -> AnalyzerEngine:
    global BUILD_COUNT
    nlp_engine = SkrivvaktNlpEngine()
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=[LANG])
    for rec in (SwedishIdNumberRecognizer(), OfflineEmailRecognizer(), SwedishPhoneRecognizer(),
                SwedishAddressRecognizer(), SwedishNameRecognizer()):
        rec.load()
        rec.is_loaded = True
        registry.add_recognizer(rec)
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANG])
    BUILD_COUNT += 1
    return engine


_LOCK = threading.Lock()
_ANALYZER: AnalyzerEngine | None = None


def get_analyzer() -> AnalyzerEngine:
    """The process-wide AnalyzerEngine (thread-safe lazy build)."""
    global _ANALYZER
    if _ANALYZER is None:
        with _LOCK:
            if _ANALYZER is None:
                _ANALYZER = build_analyzer()
    return _ANALYZER


def analyse_identifiers(a: "Analysis") -> list[RecognizerResult]:
    """Run every identifier recognizer once per text (memoised on the Analysis)."""
    cached = a.cache.get("identifiers")
    if cached is not None:
        return cached
    engine = get_analyzer()
    artifacts = engine.nlp_engine.artifacts(a.doc)
    artifacts.skrivvakt_subject_names = a.subject_names
    results = engine.analyze(a.text, LANG, entities=list(ENTITIES), nlp_artifacts=artifacts)
    results = _resolve(results)
    a.cache["identifiers"] = results
    return results


_PRIORITY = {"PERSONNUMMER": 0, "SAMORDNINGSNUMMER": 0, "EMAIL": 1, "PHONE": 2, "ADDRESS": 3, "PERSON_NAME": 4}


def _resolve(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Overlaps across entity types: the more specific one wins (a personnummer is not also
    a phone number; a name inside an e-mail or street name is part of that)."""
    ranked = sorted(results, key=lambda r: (_PRIORITY.get(r.entity_type, 9), -(r.end - r.start), r.start))
    kept: list[RecognizerResult] = []
    for r in ranked:
        if any(r.start < k.end and k.start < r.end for k in kept):
            continue
        kept.append(r)
    kept.sort(key=lambda r: r.start)
    return kept
