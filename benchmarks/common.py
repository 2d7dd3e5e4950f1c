"""Shared by the benchmarks: realistic documents, the reference pipelines, timing helpers.

Documents are assembled from the hand-written corpus (`corpora/dev`, fictional people) so
the benchmark measures text that looks like what teachers write; Faker's sv_SE provider adds
names, phone numbers and personnummer so identifiers occur at a realistic rate.

The corpus is deliberately dense with problems (about half its items break the policy); a
real written assessment is mostly clean knowledge text. So a document draws
`PROBLEM_SHARE` of its sentences from labelled items and the rest from clean ones; pass
`problem_share=None` to draw from the corpus as it is (the dense worst case).
"""
from __future__ import annotations

import json
import random
import statistics
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"


PROBLEM_SHARE = 0.2


def corpus_sentences(labelled: bool | None = None) -> list[str]:
    """Texts of the dev corpus: all, only labelled (`True`) or only clean (`False`) items."""
    texts: list[str] = []
    for path in sorted((ROOT / "corpora" / "dev").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if labelled is None or bool(item.get("labels")) == labelled:
                    texts.append(item["text"])
    if not texts:
        texts = [(ROOT / "examples" / "demo.txt").read_text(encoding="utf-8")]
    return texts


def documents(n: int, size: int, seed: int = 7, problem_share: float | None = PROBLEM_SHARE) -> list[str]:
    """`n` documents of about `size` characters each, reproducible for a seed."""
    from faker import Faker

    rng = random.Random(seed)
    fake = Faker("sv_SE")
    fake.seed_instance(seed)
    pool = corpus_sentences()
    clean, flagged = corpus_sentences(False), corpus_sentences(True)
    docs = []
    for _ in range(n):
        parts: list[str] = []
        length = 0
        while length < size:
            r = rng.random()
            if r < 0.04:
                piece = f"Kontakt: {fake.name()}, {fake.phone_number()}."
            elif r < 0.06:
                piece = f"Personnummer {fake.ssn()}."
            else:
                if problem_share is None:
                    piece = rng.choice(pool)
                else:
                    piece = rng.choice(flagged if rng.random() < problem_share else clean)
            parts.append(piece)
            length += len(piece) + 1
        docs.append(" ".join(parts)[:size])
    return docs


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def interleaved_throughput(fns: dict[str, Callable[[str], object]], docs: list[str], rounds: int = 5) -> dict[str, float]:
    """MB/s of each function over the same docs, rounds interleaved so machine noise hits all alike.

    Reports the median over rounds of each function's throughput.
    """
    size_mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    per: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            t = time.perf_counter()
            for d in docs:
                fn(d)
            per[name].append(size_mb / (time.perf_counter() - t))
    return {k: statistics.median(v) for k, v in per.items()}


def stock_presidio_swedish():
    """Stock Presidio configured for Swedish, as a user would set it up without Skrivvakt:
    a blank Swedish spaCy pipeline with lookup lemmas as the NLP engine, and Presidio's own
    SE_PERSONNUMMER, e-mail and phone recognizers. Offline (no suffix-list download)."""
    import os

    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import EmailRecognizer, PhoneRecognizer, SePersonnummerRecognizer

    class BlankSwedishEngine(SpacyNlpEngine):
        def load(self) -> None:
            nlp = spacy.blank("sv")
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.initialize()
            self.nlp = {"sv": nlp}

    engine = BlankSwedishEngine(models=[{"lang_code": "sv", "model_name": "blank_sv"}])
    engine.load()
    registry = RecognizerRegistry(supported_languages=["sv"])
    for rec in (SePersonnummerRecognizer(supported_language="sv"), EmailRecognizer(supported_language="sv"),
                PhoneRecognizer(supported_language="sv", supported_regions=("SE",))):
        registry.add_recognizer(rec)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["sv"])
    return lambda text: analyzer.analyze(text, language="sv")


def write_result(name: str, data: dict) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
