"""The Swedish spaCy pipeline, built once per process.

There is no trained Swedish pipeline on the package index, so this is `spacy.blank("sv")`
(tokenizer and Swedish exceptions), a sentencizer that also starts a sentence after a line
break (notes and lists are often written without full stops), and a lemmatizer that looks
up the *lower-case* form in spaCy-lookups-data's Swedish lemma table (spaCy's own lookup
lemmatizer looks up the form as written, which misses every capitalised sentence start).
"""
from __future__ import annotations

import threading

import spacy
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.tokens import Doc

_LOCK = threading.Lock()
_NLP: Language | None = None
BUILD_COUNT = 0  # how many times the pipeline was built in this process (tests read it)


def abbreviation_stem(low: str) -> str:
    """The word inside a token the Swedish tokenizer kept with its full stop.

    spaCy's Swedish exceptions keep abbreviations such as "lat." (latin) or "st." whole, so
    a sentence ending in "... är lat." yields the token "lat.". The word is "lat".
    """
    if len(low) > 2 and low[-1] == "." and low[:-1].isalpha():
        return low[:-1]
    return low


@Language.component("skrivvakt_newline_sentences")
def _newline_sentences(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.factory("skrivvakt_lower_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str):
    table = load_lookups("sv", ["lemma_lookup"]).get_table("lemma_lookup")

    def lemmatize(doc: Doc) -> Doc:
        get = table.get
        for tok in doc:
            low = abbreviation_stem(tok.lower_)
            tok.lemma_ = get(low, low)
        return doc

    return lemmatize


def build_nlp() -> Language:
    global BUILD_COUNT
    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("skrivvakt_newline_sentences")
    nlp.add_pipe("skrivvakt_lower_lemmatizer")
    BUILD_COUNT += 1
    return nlp


def get_nlp() -> Language:
    """The process-wide pipeline (thread-safe lazy build)."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                _NLP = build_nlp()
    return _NLP
