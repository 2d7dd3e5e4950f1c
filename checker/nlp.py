"""The Swedish spaCy pipeline, built once per process.

There is no trained Swedish pipeline on the package index, so this is `spacy.blank("sv")`
(tokenizer and Swedish exceptions), a sentence splitter that also starts a sentence after a line
break (notes and lists are often written without full stops), and lemmas from
spaCy-lookups-data's Swedish lookup table. spaCy's own lookup lemmatizer looks up the form
as written, which misses every capitalised sentence start, so Skrivvakt looks up the
*lower-case* form – and only when a rule needs it (`Analysis.lemma`), since most tokens
never do. `skrivvakt_lower_lemmatizer` sets `token.lemma_` the same way for spaCy token
patterns that use LEMMA.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy
import spacy
import srsly
from spacy.attrs import IDX, IS_PUNCT, IS_TITLE, LENGTH, ORTH, SENT_START, SPACY
from spacy.pipeline import Sentencizer
from spacy.language import Language
from spacy.tokens import Doc

from .diskcache import marshalled
from .once import Once

BUILD_COUNT = 0  # how many times the pipeline was built in this process (tests read it)


def _lookups_file() -> Path:
    import spacy_lookups_data

    return Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"


def _load_lemmas() -> dict[str, str]:
    """Read the table from spaCy-lookups-data; keep a marshal copy in the user's cache.

    Parsing the 660,000-entry JSON takes about two seconds, reading the marshal copy a
    fraction of that, which is most of Skrivvakt's start-up. The copy holds only the
    package's own table (no user data) and is rebuilt when the package changes; when the
    cache folder is not writable the JSON is simply read every time.
    """
    source = _lookups_file()
    stat = source.stat()
    return marshalled("sv_lemma_lookup", f"{stat.st_size}-{int(stat.st_mtime)}", lambda: srsly.read_gzip_json(source))


def get_lemma_table() -> dict[str, str]:
    """spaCy-lookups-data's Swedish lemma table (lower-case form → lemma) as a plain dict,
    loaded once per process."""
    return _LEMMAS()


class SwedishWords:
    """Swedish word forms: the lemma table's inflected forms (its keys) and base forms (its values:
    "dela", "klara", "jätte" are lemmas, not keys, of the table), and `extra` (the name finder adds
    the sentence adverbs the table lacks). The base forms are one set per process (`_BASE_FORMS`),
    shared by every instance."""

    __slots__ = ("_forms", "_lemmas", "_extra")

    def __init__(self, extra: frozenset[str] = frozenset()) -> None:
        self._forms = get_lemma_table()
        self._lemmas = _BASE_FORMS()
        self._extra = extra

    def __contains__(self, word: str) -> bool:
        return word in self._forms or word in self._lemmas or word in self._extra


_COMPOUND_LEMMAS: dict[str, str] = {}


def compound_lemma(word: str) -> str:
    """The lemma of a word the table does not hold, from its compound head: Swedish writes
    compounds as one word and the table lists few of them, so "knäppskallen", "sjukfrånvaron"
    and "jätteledsna" had no lemma and matched no entry written in the base form
    ("knäppskalle"). The longest tail of at least five letters that the table knows, after at
    least three letters of the word, is the head; when what stands before it is a word too
    (or a word and the linking "s": "betygs-"), the head's lemma replaces it ("skallen" →
    "skalle": "knäppskalle"). Otherwise the tail is a chance ("alkoholist" is no "alko" +
    "holist") and the word is its own lemma, as it is with no known tail. Memoised per process (bounded),
    since a text's unknown words recur across texts (round 43)."""
    got = _COMPOUND_LEMMAS.get(word)
    if got is not None:
        return got
    lemma = word
    if len(word) >= 8 and word.isalpha():
        table, words = get_lemma_table(), _WORDS()
        for i in range(3, len(word) - 4):
            head = table.get(word[i:])
            if head is not None:
                first = word[:i]
                if head != word[i:] and (first in words or (first[-1] == "s" and first[:-1] in words)):
                    lemma = first + head
                break
    if len(_COMPOUND_LEMMAS) > 200_000:
        _COMPOUND_LEMMAS.clear()
    _COMPOUND_LEMMAS[word] = lemma
    return lemma


_SENTENCE_ENDS = frozenset(Sentencizer.default_punct_chars)
# Titles written with a full stop before a name ("Mr. Berg", "Mrs. Adeyemi", "dr. Lund"):
# the stop ends the abbreviation, not the sentence.
_TITLES = frozenset(f"{t}{dot}" for t in ("Mr", "Mrs", "Ms", "Dr", "dr", "Prof", "prof") for dot in ("", "."))


@Language.factory("skrivvakt_sentences")
def _make_sentences(nlp: Language, name: str):
    """Sentence boundaries as spaCy's sentencizer sets them (after sentence-final
    punctuation, past closing quotes and brackets), plus two Swedish-note cases: a line
    break starts a sentence (notes and lists are often written without full stops), and so
    does a capitalised word after a word the tokenizer kept with its full stop ("… är lat.
    Hon …": spaCy's Swedish exceptions keep "lat." as one token; round 86: also a class,
    "klasskonferens 7B. Närvarande: …").

    Works on token attribute arrays, so only the few sentence ends are visited in Python.
    """
    strings = nlp.vocab.strings
    ends = numpy.array(sorted(strings.add(c) for c in _SENTENCE_ENDS), dtype="uint64")
    newline = strings.add("\n")
    dot = strings.add(".")
    titles = frozenset(strings.add(t) for t in _TITLES)

    def set_sentences(doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        arr = doc.to_array([ORTH, IS_PUNCT, IS_TITLE, LENGTH])
        orth, punct, title, length = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
        # The end characters are single characters: only one-character tokens are compared
        # with them (comparing every token with all 128 took a quarter of this component).
        single = numpy.flatnonzero(length == 1)
        is_end = numpy.zeros(n, dtype=bool)
        is_end[single] = (orth[single, None] == ends).any(axis=1)
        starts = numpy.full(n, -1, dtype="int64")
        starts[0] = 1
        for p in numpy.flatnonzero(is_end).tolist():
            if orth[p] == dot and p > 0 and int(orth[p - 1]) in titles and p + 1 < n and title[p + 1]:
                continue   # "Mr. Lazy"
            j = p + 1
            while j < n and (punct[j] or is_end[j]):
                j += 1
            if j < n:
                starts[j] = 1
        starts[numpy.flatnonzero(orth[:-1] == newline) + 1] = 1
        # A token's text from the string store (Doc.text would join every token: slow).
        for p in numpy.flatnonzero(title[1:] & (length[:-1] > 2)).tolist():  # token p precedes a capitalised word
            word = strings[int(orth[p])]
            if word[-1] == "." and word[:-1].isalnum() and word not in _TITLES:
                starts[p + 1] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        return doc

    return set_sentences


@Language.factory("skrivvakt_lower_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str):
    table = get_lemma_table()

    def lemmatize(doc: Doc) -> Doc:
        get = table.get
        for tok in doc:
            low = tok.lower_
            tok.lemma_ = get(low, low)
        return doc

    return lemmatize


class _CachePrimingTokenizer:
    """spaCy's tokenizer with its chunk cache actually filled.

    spaCy caches how each whitespace-separated chunk splits, but keeps one "special case
    seen" flag per *call* (spaCy issue #1250): after the first special case in a text
    ("kl.", "t.ex.", "bl.a." – common in Swedish notes) no later chunk of that text is ever
    cached, so a 2,000-character note re-splits most of its words on every check. Here each
    chunk not seen before is first tokenised on its own (a fresh flag, so it is cached), then
    the whole text is tokenised as usual – the result is exactly spaCy's, only the cache is
    warm. The set of primed chunks is capped so a long-running service does not grow
    without bound; past the cap it simply stops priming.
    """

    MAX_PRIMED = 500_000

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.primed: set[str] = set()

    def __call__(self, text: str) -> Doc:
        primed = self.primed
        if len(primed) < self.MAX_PRIMED:
            new = set(text.split())
            new -= primed
            if new:
                tokenize = self.tokenizer
                for chunk in new:
                    tokenize(chunk)
                primed |= new
        return self.tokenizer(text)


def _tokens_holding(doc: Doc, text: str, chars: re.Pattern) -> list[int]:
    """The indices, in order, of the tokens whose text holds a match of `chars` (a one-character
    pattern; a token's text is `text[idx:idx + length]`)."""
    at = [m.start() for m in chars.finditer(text)]
    if not at:
        return []
    arr = doc.to_array([IDX, LENGTH])
    starts, lengths = arr[:, 0], arr[:, 1]
    pos = numpy.asarray(at)
    tok = numpy.searchsorted(starts, pos, side="right") - 1   # the last token starting at or before
    inside = (tok >= 0) & (pos < starts[tok] + lengths[tok])   # (not in the space after it)
    return numpy.unique(tok[inside]).tolist()


_QUOTE_OR_BREAK = re.compile("['\n]")
# What a token split off below ends in: s, x or z and the apostrophe. A text without one has
# no such token, whatever the quotes before it (most texts with an apostrophe: "it's", "'gris'").
_SPLITTABLE_QUOTE = re.compile("[sSxXzZ]'")


class _ClosingQuoteTokenizer:
    """spaCy's Swedish tokenizer, plus one repair: a closing single quote after s, x or z.

    Swedish writes the genitive of a name ending in s, x or z with an apostrophe ("Lars'
    bok"), so spaCy never splits an ASCII apostrophe from such a word. That also glues a
    *closing* quote to a quoted word ending in s ("'din fikus'" gives ``fikus'``), and then
    no rule can match the word. Here an apostrophe is split off when it closes a quote: an
    odd number of lone ``'`` tokens stand before it on the same line. A genitive has no
    opening quote before it and is kept as spaCy made it.
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        if "'" not in text or _SPLITTABLE_QUOTE.search(text) is None:
            return doc
        split = []
        open_quotes = 0
        # Only tokens holding an apostrophe or a line break change the count; the others are
        # skipped without making a Token object (found from the characters' offsets).
        for tok in map(doc.__getitem__, _tokens_holding(doc, text, _QUOTE_OR_BREAK)):
            word = tok.text
            if word == "'":
                open_quotes += 1
            elif "\n" in word:
                open_quotes = 0
            elif open_quotes % 2 and len(word) > 1 and word[-1] == "'" and word[-2] in "sSxXzZ":
                split.append(tok)
                open_quotes += 1
        if split:
            with doc.retokenize() as retokenizer:
                for tok in split:
                    retokenizer.split(tok, [tok.text[:-1], "'"], heads=[(tok, 0), (tok, 0)])
        return doc


# A digit right before a letter ("b0g", "id10t", also "8C"): no join is possible without one.
_DIGIT_LETTER = re.compile(r"\d[^\W\d_]")


def _look_alike_joins(doc: Doc, text: str) -> list[int]:
    """The tokens to join to the next one: a word starting with a letter and ending in a digit,
    no space, then a word of letters (with full stops after). Token texts are read from their
    offsets, and only for tokens with no space after them (most have one)."""
    if len(doc) < 2:
        return []
    arr = doc.to_array([IDX, LENGTH, SPACY])
    starts, ends = arr[:, 0].tolist(), (arr[:, 0] + arr[:, 1]).tolist()
    return [i for i in numpy.flatnonzero(arr[:-1, 2] == 0).tolist()
            if text[ends[i] - 1].isdigit() and text[starts[i]].isalpha()
            and text[starts[i + 1]:ends[i + 1]].rstrip(".").isalpha()]


class _LeetWordTokenizer:
    """spaCy's tokenizer, plus one repair: a word written with look-alike digits is one token.

    spaCy splits a unit from the number before it ("5g", "10kg"), so a word whose last digit
    stands for a letter loses its end the same way: "b0g" becomes "b0" + "g", "id10t" becomes
    "id10" + "t", and no rule sees the word (`normalize.leet` reads digits as letters only
    within one token). A token that starts with a letter and ends with a digit is joined to
    a letter-only token right after it with no space between; a number and its unit ("5 g")
    start with a digit and stay apart.
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        if _DIGIT_LETTER.search(text) is None:
            return doc
        joins = _look_alike_joins(doc, text)
        if not joins:
            return doc
        with doc.retokenize() as retokenizer:
            for i in joins:
                retokenizer.merge(doc[i:i + 2])
        # The unit's abbreviation ("g.", "t.") kept a sentence's full stop: give it back.
        stops = [tok for tok in doc if tok.text.endswith(".") and tok.text[0].isalpha()
                 and tok.text[:-1].rstrip(".") == tok.text[:-1] and any(c.isdigit() for c in tok.text)]
        if stops:
            with doc.retokenize() as retokenizer:
                for tok in stops:
                    retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
        return doc


def build_nlp() -> Language:
    global BUILD_COUNT
    nlp = spacy.blank("sv")
    # Round 95: the English "e.g." and "i.e." keep their stops, as spaCy's Swedish exceptions keep "t.ex." and
    # "bl.a.": "(e.g. anna.smith@example.com)" was cut into two sentences at "e.g", and the example lost its cue.
    for abbreviation in ("e.g.", "E.g.", "i.e.", "I.e."):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.tokenizer = _LeetWordTokenizer(_ClosingQuoteTokenizer(_CachePrimingTokenizer(nlp.tokenizer)))
    nlp.add_pipe("skrivvakt_sentences")
    nlp.add_pipe("skrivvakt_lower_lemmatizer")
    # Lemmas are looked up lazily per text (Analysis.lemma); the component runs only for
    # rules whose token patterns use LEMMA.
    nlp.disable_pipe("skrivvakt_lower_lemmatizer")
    BUILD_COUNT += 1
    return nlp


_LEMMAS: Once[dict[str, str]] = Once(lambda: _load_lemmas())
_BASE_FORMS: Once[frozenset[str]] = Once(lambda: frozenset(get_lemma_table().values()))
_WORDS: Once[SwedishWords] = Once(SwedishWords)
_NLP: Once[Language] = Once(lambda: build_nlp())


def get_nlp() -> Language:
    """The process-wide pipeline (thread-safe lazy build)."""
    return _NLP()
