"""A trained second opinion on content findings: it can veto a rule's finding, and it can
add one where the rules are silent.

The rules find words and constructions; whether a sentence is *about the student* or about
subject matter, a character or the work is what they get wrong on unseen text, and a new
writer's wording is what they miss. A small bag-of-words text classifier (spaCy
`textcat_multilabel`, trained on the sentences of `corpora/dev` by
`python -m checker.train_second_opinion`) scores each sentence per category.

- Veto: a content finding whose sentence scores below the category's `thresholds` value is
  dropped.
- Addition: a sentence that scores at or above the category's `add_thresholds` value, where
  no rule of that category found anything, gets a finding from the category's model rule
  (`detector: sentence_model`, checker/detectors/sentence_model.py), on the word whose
  removal lowers the score most (`culprit`), so the teacher sees which word weighed.

Both sets of thresholds are chosen on `corpora/calibration`, text the rules were never tuned
on (`train_second_opinion`, docs/rules.md "Second opinion"); a category keeps either only if
the held-out splits pooled say so. Identifiers are never vetoed or added.

The model is data shipped with the package (`data/second_opinion.bin` + `.json`), built
once per process. The veto scores only sentences that hold a finding; additions score every
sentence once per text (one batch, a few per cent of the check's time).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Protocol, Sequence, TypeVar

import spacy
from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.lang.es.stop_words import STOP_WORDS as ES_STOP
from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP
from spacy.lang.sv.stop_words import STOP_WORDS as SV_STOP
from spacy.language import Language

from .once import Once

H = TypeVar("H", bound="HitLike")

DATA = Path(__file__).parent / "data"
MODEL_FILE = DATA / "second_opinion.bin"
META_FILE = DATA / "second_opinion.json"
CATEGORIES = ("person_judgment", "offensive", "attendance", "grade", "sensitive")
# Words an added finding never points at (`culprit`): spaCy's stop words for the languages
# teachers write in, plus the copula, which spaCy's Swedish list lacks.
_FUNCTION_WORDS = frozenset().union(SV_STOP, EN_STOP, FR_STOP, DE_STOP, ES_STOP, {"är"})


def textcat_config(ngram_size: int, length: int) -> dict:
    """The component's configuration (also recorded in the meta file)."""
    return {
        "model": {
            "@architectures": "spacy.TextCatBOW.v3",
            "exclusive_classes": False,
            "ngram_size": ngram_size,
            "no_output_layer": False,
            "length": length,
        },
        "threshold": 0.5,
    }


def new_pipeline(meta: dict) -> Language:
    """A blank Swedish pipeline holding only the classifier described by `meta`."""
    nlp = spacy.blank("sv")
    tc = nlp.add_pipe("textcat_multilabel", config=textcat_config(meta["ngram_size"], meta["length"]))
    for label in meta["labels"]:
        tc.add_label(label)
    return nlp


class HitLike(Protocol):
    first: int  # token range
    last: int


class SecondOpinion:
    """Sentence scores per category, and the veto built on them."""

    def __init__(self, nlp: Language, thresholds: dict[str, float],
                 add_thresholds: dict[str, float] | None = None) -> None:
        self.nlp = nlp
        self.textcat = nlp.get_pipe("textcat_multilabel")
        self.labels = list(self.textcat.labels)
        self.thresholds = {c: t for c, t in thresholds.items() if t > 0}
        self.add_thresholds = {c: t for c, t in (add_thresholds or {}).items() if t > 0}

    @classmethod
    def load(cls, model: Path = MODEL_FILE, meta: Path = META_FILE) -> "SecondOpinion | None":
        if not (model.is_file() and meta.is_file()):
            return None
        info = json.loads(meta.read_text(encoding="utf-8"))
        nlp = new_pipeline(info)
        nlp.get_pipe("textcat_multilabel").from_bytes(model.read_bytes())
        return cls(nlp, info["thresholds"], info.get("add_thresholds"))

    def scores(self, sentences: list[str]) -> list[dict[str, float]]:
        """One batch through the classifier (much cheaper per sentence than one by one)."""
        if not sentences:
            return []
        rows = self.textcat.predict([self.nlp.make_doc(t) for t in sentences]).tolist()
        return [dict(zip(self.labels, row)) for row in rows]

    def sentence_scores(self, a, hits: Sequence[HitLike], categories: Sequence[str]) -> dict[int, dict[str, float]]:
        """Scores of every sentence touched by a hit of a vetoable category, by sentence number."""
        wanted = sorted({s for h, c in zip(hits, categories) if c in self.thresholds for s in touched(a, h)})
        return dict(zip(wanted, self.scores([sentence_text(a, s) for s in wanted])))

    def all_scores(self, a) -> list[dict[str, float]]:
        """Scores of every sentence of the text, by sentence number; computed once per text
        (the model rules of every category read them)."""
        key = ("sentence_scores", id(self))
        got = a.cache.get(key)
        if got is None:
            got = a.cache[key] = self.scores([sentence_text(a, s) for s in range(len(a.sent_bounds))])
        return got

    def culprit(self, a, s: int, category: str) -> tuple[int, int]:
        """The tokens (first, last) an added finding points at: the content word of sentence
        `s` whose removal lowers the category's score most (each left out once, all in one
        batch). Function words and the student's own name are not candidates – leaving out
        "och" breaks two memorised bigrams and says nothing to the teacher; with no candidate
        the whole sentence is the span."""
        lo, hi = a.sent_bounds[s]
        words = [i for i in range(lo, hi)
                 if a.is_word[i] and a.lower[i] not in _FUNCTION_WORDS and a.fold[i] not in a.subject_forms]
        if not words:
            spoken = [i for i in range(lo, hi) if a.is_word[i]] or [lo, hi - 1]
            return spoken[0], spoken[-1]
        base = a.starts[lo]
        text = sentence_text(a, s)
        variants = [text[:a.starts[i] - base] + text[a.ends[i] - base:] for i in words]
        rows = self.scores(variants)
        best = words[min(range(len(words)), key=lambda k: rows[k][category])]
        return best, best

    def filter(self, a, hits: Sequence[H], categories: Sequence[str]) -> list[H]:
        """The hits to keep: a hit goes when every sentence it touches scores below its
        category's threshold. `categories[i]` is the category of `hits[i]`."""
        scores = self.sentence_scores(a, hits, categories)
        if not scores:
            return list(hits)
        return [h for h, c in zip(hits, categories)
                if c not in self.thresholds
                or any(scores[s][c] >= self.thresholds[c] for s in touched(a, h))]


_SHIPPED: Once[SecondOpinion | None] = Once(SecondOpinion.load)


def shipped() -> SecondOpinion | None:
    """The model shipped with the package (None if it was not trained), loaded once."""
    return _SHIPPED()


def touched(a, hit: HitLike) -> range:
    """The numbers of the sentences a hit spans."""
    return range(a.sent[hit.first], a.sent[hit.last] + 1)


def sentence_text(a, s: int) -> str:
    """Sentence number `s` of an Analysis, as normalised text."""
    lo, hi = a.sent_bounds[s]
    return a.text[a.starts[lo]:a.ends[hi - 1]]
