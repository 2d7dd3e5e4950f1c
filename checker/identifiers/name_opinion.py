"""A trained second opinion on the name finder's results: it may veto a PERSON_NAME (never add one).

The name finder (`names.py`) decides with hand-written cues whether a capitalised word is
another pupil or relative (an identifier) or a colleague, an author, a character, a place or
a brand (not one). On the text of writers it was tuned on it is nearly always right; on a new
writer's text it flags staff, places and fictional people it has no cue for, and that is
where identifier precision is lost. This model reads the words around each name the finder
reports – the name itself is masked, so it learns the *context* ("mamma X", "X i 7B" against
"fröken X", "X på expeditionen", "boken av X") – plus a few facts about the name (a known
first name or surname, a place, sentence start, how many words) and the name's own folded
form. A name whose score is below the calibrated threshold is dropped.

It is trained on the name spans of `corpora/dev` (the finder's results, the labelled names it
missed, and other capitalised words as negatives) and its threshold is chosen on
`corpora/calibration`, text the rules were never tuned on, by `python -m
checker.train_second_opinion` (the same command as the content veto; see that module).
Model and meta would ship in `checker/data/name_opinion.{bin,json}` and be loaded once per
process; `second_opinion = false` in the configuration turns this veto off too. It does not
ship now: after round 12 it saved two wrongly flagged held-out items and lost two right ones,
so `train_second_opinion.NAME_VETO` is False and training writes only the meta file (with
the calibration table), and `shipped()` is None.
"""
from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..once import Once

if TYPE_CHECKING:
    from .names import NameLexicon, TokenView

DATA = Path(__file__).resolve().parent.parent / "data"
MODEL_FILE = DATA / "name_opinion.bin"
META_FILE = DATA / "name_opinion.json"
LABEL = "IDENTIFIER"
LEFT = 6    # context words before the name
RIGHT = 4   # and after it
_SENTENCE_ENDS = frozenset(".!?:;")


def new_pipeline(meta: dict) -> Language:
    """A blank Swedish pipeline holding only the classifier described by `meta`."""
    nlp = spacy.blank("sv")
    tc = nlp.add_pipe("textcat", config={
        "model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
                  "ngram_size": meta["ngram_size"], "no_output_layer": False, "length": meta["length"]},
    })
    tc.add_label(LABEL)
    tc.add_label("OTHER")
    return nlp


def _token(v: "TokenView", i: int) -> str:
    """One context token as the model sees it: a folded word, a punctuation mark, a line
    break (`NL`, signatures and list items) or a number (`NUM`, classes like "7B" keep their
    letters folded)."""
    t = v.text[v.starts[i]:v.ends[i]]
    if "\n" in t:
        return "NL"
    if not v.is_word[i]:
        return t.strip() or "_"
    f = v.folds[i]
    return "NUM" if f.isdigit() else f


def features(v: "TokenView", lex: "NameLexicon", start: int, end: int) -> list[str] | None:
    """The words the classifier reads for the span [start, end) of `v.text` (made into a Doc
    directly, `as_doc`: no tokeniser runs at training or check time)."""
    toks = _overlapping(v, start, end)
    if not toks:
        return None
    i, j = toks[0], toks[-1] + 1
    left = [_token(v, k) for k in range(max(0, i - LEFT), i)]
    right = [_token(v, k) for k in range(j, min(len(v.starts), j + RIGHT))]
    words = [v.folds[k] for k in toks if v.is_word[k]] or ["_"]
    prev = left[-1] if left else "NL"
    facts = [
        f"ntok{min(len(words), 3)}",
        "sstart" if prev in _SENTENCE_ENDS or prev == "NL" else "smid",
        "gzf" if words[0] in lex.first else "nogzf",
        "gzl" if words[-1] in lex.last else "nogzl",
        "place" if words[0] in lex.places else "noplace",
        *("w_" + w for w in words),
    ]
    return [*left, "XNAMNX", *right, "||", *facts]


def as_doc(nlp: Language, words: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words)


def _overlapping(v: "TokenView", start: int, end: int) -> list[int]:
    """The tokens of `v` that overlap [start, end)."""
    lo = bisect_right(v.ends, start)
    hi = bisect_left(v.starts, end)
    return [k for k in range(lo, hi) if v.starts[k] < end and v.ends[k] > start]


class NameOpinion:
    """Scores for name spans, and the veto built on them."""

    def __init__(self, nlp: Language, threshold: float) -> None:
        self.nlp = nlp
        self.textcat = nlp.get_pipe("textcat")
        self.column = list(self.textcat.labels).index(LABEL)
        self.threshold = threshold

    @classmethod
    def load(cls, model: Path = MODEL_FILE, meta: Path = META_FILE) -> "NameOpinion | None":
        if not (model.is_file() and meta.is_file()):
            return None
        info = json.loads(meta.read_text(encoding="utf-8"))
        if not info.get("threshold"):
            return None
        nlp = new_pipeline(info)
        nlp.get_pipe("textcat").from_bytes(model.read_bytes())
        return cls(nlp, info["threshold"])

    def scores(self, v: "TokenView", lex: "NameLexicon", spans: Sequence[tuple[int, int]]) -> list[float]:
        """P(identifier) per span, in one batch."""
        texts = [features(v, lex, s, e) for s, e in spans]
        todo = [t for t in texts if t is not None]
        if not todo:
            return [1.0] * len(spans)
        got = iter(self.textcat.predict([as_doc(self.nlp, t) for t in todo])[:, self.column].tolist())
        return [next(got) if t is not None else 1.0 for t in texts]

    def keep(self, v: "TokenView", lex: "NameLexicon", found: Iterable[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """The name finder's (start, end, score) results that the model does not veto."""
        found = list(found)
        if not found:
            return found
        scores = self.scores(v, lex, [(s, e) for s, e, _ in found])
        return [r for r, p in zip(found, scores) if p >= self.threshold]


_SHIPPED: Once[NameOpinion | None] = Once(NameOpinion.load)


def shipped() -> NameOpinion | None:
    """The model shipped with the package (None if it was not trained or has no veto)."""
    return _SHIPPED()
