"""The one Presidio AnalyzerEngine for Swedish identifiers, and the per-text pass over it.

The engine is built once per process (`get_analyzer`), with:
- `SkrivvaktNlpEngine`: Presidio's SpacyNlpEngine around the checker's own spaCy pipeline
  (`checker.nlp.get_nlp`), so nothing is downloaded and no English model is looked for;
- an explicit recognizer list (no predefined recognizers are loaded);
- NlpArtifacts made from the Doc the checker already has, so a text is tokenised once.
"""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from presidio_analyzer import AnalyzerEngine, LocalRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.tokens import Doc

from ..nlp import get_nlp
from ..normalize import fold
from ..once import Once
from .name_opinion import shipped as shipped_name_opinion
from .name_context import _cue
from .name_staff import _DOCTOR, _STAFF_TITLES, _TEACHER_TITLES
from .names import NameFinder, TokenView, forget_signatures
from .context import forget_text_memos
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
# Presidio logs the analysed text (and every result) at DEBUG level. Skrivvakt never lets a
# user's text reach a log, whatever surface (CLI, scan, service, library) set up logging.
QUIET_LOGGERS = ("presidio-analyzer", "presidio-anonymizer", "decision_process")


def silence_presidio_logs() -> None:
    """Set Presidio's loggers to WARNING (idempotent; called whenever an engine is built)."""
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


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

    def artifacts_from_analysis(self, a: "Analysis") -> NlpArtifacts:
        """NlpArtifacts from the checker's Analysis, reusing its token lists.

        No keywords are computed (`nlp_engine=None`): they feed only Presidio's lemma
        context enhancer, which this engine does not use (see `NoContextEnhancer`).
        """
        # No lemmas either: none of the recognizers here reads them, and the Analysis
        # computes them only on demand.
        art = NlpArtifacts(entities=[], tokens=a.doc, tokens_indices=a.starts, lemmas=[],
                           nlp_engine=None, language=LANG)
        art.nlp_engine = self
        art.skrivvakt_view = TokenView.from_analysis(a)
        art.skrivvakt_subject_names = a.subject_names
        return art


class NoContextEnhancer(ContextAwareEnhancer):
    """Leaves scores as the recognizers set them.

    Presidio's default enhancer raises scores when a recognizer's (mostly English) context
    words occur near a match, walking the tokens for every result. The Swedish recognizers
    here weigh their own Swedish cues (names, ISBN/order words, residence words), so the
    extra pass would only cost time.
    """

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


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
        view = getattr(nlp_artifacts, "skrivvakt_view", None) or TokenView.from_doc(nlp_artifacts.tokens)
        staff = getattr(nlp_artifacts, "skrivvakt_staff", None)   # (round 98: filled for `staff_names`)
        return [
            RecognizerResult("PERSON_NAME", s, e, score,
                             recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                   RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for s, e, score in self.finder.find_in(view, subject, staff)
        ]


def build_analyzer() -> AnalyzerEngine:
    global BUILD_COUNT
    silence_presidio_logs()
    nlp_engine = SkrivvaktNlpEngine()
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=[LANG])
    for rec in (SwedishIdNumberRecognizer(), OfflineEmailRecognizer(), SwedishPhoneRecognizer(),
                SwedishAddressRecognizer(), SwedishNameRecognizer()):
        rec.is_loaded = True  # EntityRecognizer.__init__ already called load()
        registry.add_recognizer(rec)
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANG],
                            context_aware_enhancer=NoContextEnhancer())
    silence_presidio_logs()   # again: building the engine may have configured its loggers
    BUILD_COUNT += 1
    return engine


def _recognize(engine: AnalyzerEngine, text: str, artifacts: NlpArtifacts) -> list[RecognizerResult]:
    """Every recognizer's `analyze`: what `AnalyzerEngine.analyze` does for this engine,
    without the per-call parts that have no effect here but cost as much as a recognizer:
    looking up the recognizers and entities again, the (no-op) context enhancer, a debug
    trace of the text, a score threshold of 0, the copy that strips the decision process,
    and the quadratic duplicate removal (`_resolve` keeps one result per overlap anyway,
    the longest and then the surest, as `remove_duplicates` would).
    """
    results: list[RecognizerResult] = []
    entities = list(ENTITIES)
    try:
        for rec in engine.registry.recognizers:
            found = rec.analyze(text=text, entities=entities, nlp_artifacts=artifacts)
            if found:
                results.extend(found)
    finally:
        forget_signatures()   # the recognizers share one memo of the text's closing; not beyond this call
        forget_text_memos()   # and one of what the contact checks work out per text
    return _without_staff_mailboxes(results, artifacts)


_LOCAL_PART_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")   # (a double name keeps its hyphen: "jan-erik.berg@")
# Titles the staff list holds because teachers are addressed so, but guardians are too ("send the form to Mrs Okafor,
# … adaeze.okafor@gmail.com"): no role. (name_staff's titles without a class's words for its teacher and "dr".)
_COURTESY = _STAFF_TITLES - _TEACHER_TITLES - _DOCTOR


def _without_staff_mailboxes(results: list[RecognizerResult], artifacts: NlpArtifacts) -> list[RecognizerResult]:
    """`results` without the work e-mail of a member of staff the text names in their role: an address
    whose part before "@" holds a given name that the text writes right after a staff role
    ("Skolsköterskan Eva … kontakta Eva på eva.nord@skolan.se", "specialpedagog Kim … kim.berg@…") or
    with the role in brackets after it ("Eva (kurator)") is that colleague's address, which the
    school publishes (round 90). Not the described pupil's own name (`_carries_name`). The e-mail
    recognizer runs before the names are read, so this is decided here, once all have run."""
    emails = [r for r in results if r.entity_type == "EMAIL"]
    view = getattr(artifacts, "skrivvakt_view", None)
    if not emails or view is None:
        return results
    subject = getattr(artifacts, "skrivvakt_subject_names", frozenset())
    text = view.text
    drop = set()
    for r in emails:
        words = {fold(w) for w in _LOCAL_PART_WORDS.findall(text[r.start:r.end].split("@", 1)[0])} - subject
        if words and _named_in_role(view, words):
            drop.add(id(r))
    return [r for r in results if id(r) not in drop] if drop else results


def _named_in_role(view: TokenView, words: set[str]) -> bool:
    """Whether a capitalised token among `words` (folded) follows a staff role word in its sentence
    ("skolsköterskan Eva", "mentor Ali") or has one in brackets right after it ("Eva (kurator)")."""
    staff = _name_finder().lex.staff
    folds, starts, ends, text, sent, is_word = view.folds, view.starts, view.ends, view.text, view.sent, view.is_word
    n = len(folds)
    for i in range(n):
        if folds[i] not in words or not text[starts[i]:starts[i] + 1].isupper():
            continue
        j = i - 1
        while j >= 0 and not is_word[j] and not text[starts[j]:ends[j]].strip():
            j -= 1
        if j >= 0 and sent[j] == sent[i] and is_word[j] and folds[j] not in _COURTESY and _cue(folds[j], staff):
            return True
        k = i + 1
        while k < n and not text[starts[k]:ends[k]].strip():
            k += 1
        if k + 2 < n and folds[k] == "(" and is_word[k + 1] and _cue(folds[k + 1], staff) and folds[k + 2] == ")":
            return True
    return False


_ANALYZER: Once[AnalyzerEngine] = Once(lambda: build_analyzer())


def get_analyzer() -> AnalyzerEngine:
    """The process-wide AnalyzerEngine (thread-safe lazy build)."""
    return _ANALYZER()


def analyse_identifiers(a: "Analysis", vet_names: bool = True) -> list[RecognizerResult]:
    """Run every identifier recognizer once per text (memoised on the Analysis).

    `vet_names`: let the trained name opinion (`name_opinion`) drop PERSON_NAME results; the
    checker passes its `second_opinion` setting. Both answers are memoised.
    """
    key = "identifiers_vetted" if vet_names else "identifiers"
    cached = a.cache.get(key)
    if cached is not None:
        return cached
    raw = a.cache.get("identifiers")
    if raw is None:
        engine = get_analyzer()
        artifacts = engine.nlp_engine.artifacts_from_analysis(a)
        artifacts.skrivvakt_staff = set()
        raw = a.cache["identifiers"] = _resolve(_recognize(engine, a.text, artifacts))
        a.cache["identifier_view"] = artifacts.skrivvakt_view
        a.cache["identifier_staff"] = frozenset(artifacts.skrivvakt_staff)
    if vet_names:
        a.cache[key] = _vet_names(raw, a.cache["identifier_view"])
    return a.cache[key]


def staff_names(a: "Analysis") -> frozenset[str]:
    """The folded given names the name finder placed in a staff role in the Analysis's text ("Hussein (elevassistent)",
    "rektor Annika", "Frågor till Stefan"): round 98, for the content rules' `subject: staff` – an absence or a leave
    of a member of staff is no pupil's. Runs the identifier pass if it has not run (memoised)."""
    if "identifier_staff" not in a.cache:
        analyse_identifiers(a, False)
    return a.cache["identifier_staff"]


def analyse_text(text: str, subject_names: frozenset[str] = frozenset()) -> list[RecognizerResult]:
    """Identifiers in a bare text, without the checker's Analysis (one spaCy pass).

    The checker uses `analyse_identifiers`; this is for callers that want only the
    identifier engine (and for the benchmark that compares it with stock Presidio).
    Offsets are into `text` as given (no normalisation).
    """
    engine = get_analyzer()
    doc = engine.nlp_engine.get_nlp(LANG)(text)
    artifacts = NlpArtifacts(entities=[], tokens=doc, tokens_indices=[], lemmas=[], nlp_engine=None, language=LANG)
    artifacts.nlp_engine = engine.nlp_engine
    artifacts.skrivvakt_view = TokenView.from_doc(doc)
    artifacts.skrivvakt_subject_names = subject_names
    return _vet_names(_resolve(_recognize(engine, text, artifacts)), artifacts.skrivvakt_view)


def _vet_names(results: list[RecognizerResult], view: TokenView) -> list[RecognizerResult]:
    """`results` without the PERSON_NAME results the name opinion vetoes (all of them kept
    if no model is shipped, as now). Names have the lowest priority in `_resolve`, so dropping
    one afterwards never changes which other result won an overlap."""
    opinion = shipped_name_opinion()
    if opinion is None:
        return results
    names = [r for r in results if r.entity_type == "PERSON_NAME"]
    if not names:
        return results
    kept = opinion.keep(view, _name_finder().lex, [(r.start, r.end, r.score) for r in names])
    spans = {(s, e) for s, e, _ in kept}
    return [r for r in results if r.entity_type != "PERSON_NAME" or (r.start, r.end) in spans]


def _name_finder() -> NameFinder:
    """The NameFinder of the process-wide engine's name recognizer (its lexicon is shared)."""
    for rec in get_analyzer().registry.recognizers:
        if isinstance(rec, SwedishNameRecognizer):
            return rec.finder
    raise RuntimeError("the identifier engine has no name recognizer")


_PRIORITY = {"PERSONNUMMER": 0, "SAMORDNINGSNUMMER": 0, "EMAIL": 1, "PHONE": 2, "ADDRESS": 3, "PERSON_NAME": 4}


def _resolve(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Overlaps across entity types: the more specific one wins (a personnummer is not also
    a phone number; a name inside an e-mail or street name is part of that)."""
    ranked = sorted(results, key=lambda r: (_PRIORITY.get(r.entity_type, 9), -(r.end - r.start), -r.score, r.start))
    kept: list[RecognizerResult] = []
    for r in ranked:
        if any(r.start < k.end and k.start < r.end for k in kept):
            continue
        kept.append(r)
    kept.sort(key=lambda r: r.start)
    return kept
