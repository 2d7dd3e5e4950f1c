"""Fast paths pinned against the straightforward code they replace (speed work, issue 8).

Each test runs the optimised code and a plain reference on Hypothesis-generated text and
asserts the same result, so a shortcut can never change what the checker reports.
"""
from __future__ import annotations

import functools
import re

from hypothesis import given, settings, strategies as st

from checker import normalize as normalize_mod

# Letters with and without diacritics, combining marks, NFKC-changing characters, spaces,
# line breaks, invisible characters and separators that spelled-out words use.
_ALPHABET = st.sampled_from(list("abcdeiloståäöÅÄÖéüßłĳſ²ﬁ \n\t-.*1@") + ["\u0301", "\u030a", "\u200b", "\u00ad", "\u00a0"])
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_normalize_copies_plain_latin_letters_like_the_per_character_path(text):
    fast = normalize_mod.normalize(text)
    plain = normalize_mod._SPECIAL
    normalize_mod._SPECIAL = re.compile(r"\s{2,}|[^\S \n]|[^\x20-\x7e\n]")  # every non-ASCII character
    try:
        ref = normalize_mod.normalize(text)
    finally:
        normalize_mod._SPECIAL = plain
    assert (fast.text, fast.starts, fast.ends) == (ref.text, ref.starts, ref.ends)



@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 70), st.integers(0, 70))
def test_normalize_runs_map_like_the_per_character_lists(text, a, b):
    runs = normalize_mod._normalize_runs(text)
    ref = normalize_mod._normalize_per_character(text)
    if runs is None:   # (a combining mark: the per-character path is taken)
        return
    assert (runs.text, runs.starts, runs.ends) == (ref.text, ref.starts, ref.ends)
    fresh = normalize_mod._normalize_runs(text)   # to_original from the runs, lists never made
    n = len(ref.text)
    s, e = min(a, n), min(b, n)
    if s < n or e <= s:
        assert fresh.to_original(s, e) == ref.to_original(s, e)


_WORDS = st.lists(st.sampled_from(["laaaat", "www.skola.se", "1000", "...", "Straße", "ÆBLE", "ok", "aa", "a",
                                   "id1ot", "Ååå", "hej", "!!!", "x", "--", "sååå", "i-d-i-o-t"]),
                  max_size=12)


@settings(max_examples=200, deadline=None)
@given(_WORDS, st.lists(st.sampled_from([" ", "", "\n", ". ", ", "]), min_size=12, max_size=12))
def test_token_folds_only_refold_where_fold_can_change_them(checker, words, gaps):
    from checker.normalize import fold

    text = "".join(w + g for w, g in zip(words, gaps))
    a = checker.analyse(text)
    ft = a.fold_text
    naive = [ft[s:e] for s, e in zip(a.starts, a.ends)]
    if normalize_mod.has_stretch(ft) or "ß" in ft:   # a stretch, or "ß" that the 1:1 fold keeps
        naive = [fold(f) if len(f) > 2 else f for f in naive]
    assert a.fold == naive


_LINE = st.lists(st.sampled_from(["Häls", "HÄLS", "mvh", "MVH", "Vh", "vh.", "vhs", "Önskar", "KRAM", "allt gott",
                                  "Ha det", "vİ hörs", "vı ses", "ſ", "/", "- ", "— Maria", "-maria", "x/y", " ", "a",
                                  "İ", "hälſ", "hä", "ls", "\t", "–\u00a0Anna"]), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_LINE)
def test_signature_prefilter_finds_what_one_case_insensitive_regex_finds(line):
    from checker.identifiers import names

    one = re.compile(names._MAYBE_SIGNATURE_MARK.pattern + "|(?i:" + names._MAYBE_SIGNATURE_WORDS.pattern + ")")
    assert names._maybe_signature(line) == (one.search(line) is not None)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_fold_keep_length_replaces_like_one_translate(text):
    low = text.lower() if len(text.lower()) == len(text) else "".join(c.lower()[0] if c.lower() else c for c in text)
    assert normalize_mod.fold_keep_length(text) == low.translate(normalize_mod._DIACRITICS_1TO1)
    assert len(normalize_mod.fold_keep_length(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, max_size=6).map(" ".join))
def test_fold_of_a_long_text_replaces_like_one_translate(text):
    """`fold` of a whole text (40 characters or more) replaces each distinct letter once; the
    result is the per-character `translate` it does for a word."""
    want = text.lower().translate(normalize_mod._DIACRITICS)
    want = normalize_mod._STRETCH.sub(r"\1", want) if len(want) > 2 else want
    assert normalize_mod.fold(text) == want


# Entries of every kind the lexicon has: exact, stems, compound heads, `*contains*`, phrases
# indexed by two exact words, gaps, the subject's name, diacritics and leetspeak.
_ENTRIES = ["lat", "hora", "frånvaro*", "*clown", "*idiot*", "har svårt att", "kom för sent", "missat ... lektioner",
            "@namn är", "är lat", "sen ankomst", "höra", "stökig*", "en riktig solstråle", "betyget",
            "hög frånvaro*", "stökig* elev*", "lat ... elev"]
_VOCAB = ["lat", "Lat", "laaat", "l4t", "latare", "frånvaro", "franvarotimmar", "Frånvaron", "klassclownen",
          "clown", "idiot", "id1ot", "superidioten", "har", "svårt", "svart", "att", "kom", "för", "sent", "missat",
          "två", "tre", "fyra", "lektioner", "Kalle", "är", "ar", "sen", "ankomst", "hora", "höra", "stökiga",
          "en", "riktig", "solstråle", "betyget", "betyg", ".", ",", "\n", "och", "gick", "hög", "hog", "elev",
          "eleven", "Elever", "lärare"]


def _index():
    from checker.matching import PhraseIndex

    index = PhraseIndex()
    for k, entry in enumerate(_ENTRIES):
        index.add(k, entry)
    return index


_SHARED_INDEX = _index()   # one index for every example: its per-form memo carries across texts


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=25), st.booleans())
def test_phrase_index_finds_what_an_exhaustive_scan_finds(checker, words, with_subject):
    from checker.matching import match_rest, parse_entry, term_matches

    text = " ".join(words)
    a = checker.analyse(text, subject_names=["Kalle"] if with_subject else ())
    fast = sorted(_SHARED_INDEX.find(a))
    slow = []
    for i, f in enumerate(a.fold):
        if not f.strip():
            continue
        for k, entry in enumerate(_ENTRIES):
            terms = parse_entry(entry)
            if term_matches(terms[0], a, i):
                end = match_rest(terms, 1, a, i + 1, a.sent[i])
                if end is not None:
                    slow.append((k, i, end))
    assert fast == sorted(slow)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["id1ot", "r3tard", "8C", "2024", "lat", "a@b.se", "100%", "ok!", "|d|ot", "x"]),
                max_size=8))
def test_leet_keys_skip_texts_without_look_alike_signs(checker, words):
    a = checker.analyse(" ".join(words))
    assert a.leet == [a.leet_at(i) for i in range(len(a.fold))]


def _plain_candidates(finder, v, subject):
    """The name finder's candidate tokens the plain way: every token parsed and folded
    afresh, the genitive reading and the sentence-initial test written out in full."""
    import unicodedata

    from checker.identifiers import names

    lex, text, starts, ends, sent = finder.lex, v.text, v.starts, v.ends, v.sent
    out = {}
    for i in range(len(starts)):
        a, b = starts[i], ends[i]
        if a >= b:
            continue
        t = text[a:b]
        parsed = names._WORD.match(t)
        if not (t[0].isupper() or t[0] in names._LEADERS) or parsed is None or not all(
                part[0].isupper() and part[1:].islower() for part in parsed["w"].split("-")):
            continue
        offset, word, gen = parsed.start("w"), parsed["w"], bool(parsed["gen"])
        key = names.fold(word)
        if (not gen and len(key) > 3 and key.endswith("s") and key not in subject
                and key not in lex.native and key not in lex.not_names and word.lower() not in lex.english):
            base = key[:-1]
            if base in lex.first or base in lex.last or base in subject:
                key, gen, word = base, True, word[:-1]
        prev, j = "", i - 1
        while j >= 0:
            pa, pb = starts[j], ends[j]
            if pa >= pb:
                j -= 1
            elif text[pa].isspace():
                if "\n" in text[pa:pb]:
                    prev = "\n"
                    break
                j -= 1
            else:
                prev = text[pb - 1]
                break
        initial = (i == 0 or sent[i] != sent[i - 1] or prev in ("", "\n") or prev in ".!?" or prev in names._OPENERS
                   or unicodedata.category(prev).startswith("S") or t[0] in names._LEADERS)
        out[i] = names._Cand(i, a + offset, a + offset + len(word), key, word.lower(), gen, bool(initial))
    return out


_NAME_WORDS = ["Ali", "Alis", "Ali:s", "Oskars", "Oskar", "Hans", "Class", "Mattis", "Kalle", "Kalles", "/Maria",
               "(Anna", "\"Eva\"", "Anna-Karin", "SvA", "Åsa", "Åsas", "Lund", "Lunds", "bok", "och", "med", "😊",
               "Hej", ".", ",", "!", "\n", "  ", "7B", "Zeyneps", "Xqzws", "Wiśniewska", "Sara", "Saras"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAME_WORDS), max_size=25), st.lists(st.sampled_from(["ali", "sara", "kalle"]), max_size=2))
def test_name_candidates_match_a_plain_per_token_parse(words, subject):
    from checker.identifiers.engine import get_analyzer
    from checker.identifiers.names import TokenView
    from checker.nlp import get_nlp

    finder = next(r for r in get_analyzer().registry.recognizers if r.name == "SkrivvaktPersonName").finder
    view = TokenView.from_doc(get_nlp()(" ".join(words)))
    subject = frozenset(subject)
    assert finder._candidates(view, subject) == _plain_candidates(finder, view, subject)


def _plain_signature_spans(text):
    """`NameFinder._signature_spans` testing every line with `_maybe_signature`."""
    from checker.identifiers import names

    original = names._signature_lines
    names._signature_lines = lambda text: None
    try:
        # `_signature_spans_of`, not the memoised `_signature_spans`: the memo would hand back the
        # fast path's own answer for the same text, and the test would compare it with itself.
        return names.NameFinder._signature_spans_of(text)
    finally:
        names._signature_lines = original


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_LINE, st.sampled_from(["Anna Svensson", "Med vänliga hälsningar", "\n", "\n\n",
                                                  "hej", "Maria.", " - Eva", "/Pia"])), max_size=8).map("\n".join))
def test_signature_lines_found_in_one_search_are_the_lines_each_test_finds(text):
    from checker.identifiers import names

    fast = names.NameFinder._signature_spans(text)
    assert fast == names.NameFinder._signature_spans_of(text) == _plain_signature_spans(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_LINE, st.sampled_from(["Anna Svensson", "Med vänliga hälsningar", "hej", "Maria.", " - Eva",
                                                  "/Pia"])), min_size=2, max_size=8),
       st.integers(min_value=1, max_value=7))
def test_a_messages_closing_lines_are_the_whole_texts_lines_in_it(lines, cut):
    """A later message (whole lines of a longer text) gets its closings from the whole text's
    marked lines, as `find_in` does, and they are the ones it finds alone."""
    from checker.identifiers import names

    cut = min(cut, len(lines) - 1)
    end = max(cut + 1, len(lines) - 1)   # the message ends a line before the text (or with it)
    text = "\n".join(lines)
    lo = len("\n".join(lines[:cut])) + 1
    part = "\n".join(lines[cut:end])
    assert text[lo:lo + len(part)] == part
    marked = names._signature_lines(text)
    if marked is not None and names._signature_lines(part) is not None:
        mine = [k - cut for k in marked if cut <= k < end]
        assert names.NameFinder._signature_spans_of(part, mine) == names.NameFinder._signature_spans_of(part)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["bok", "boken", "roman", "romanfigur", "kung", "kungen", "forskare", "film", "låten",
                                 "landslaget", "bibeln", "x", " ", "\n", "é", "ß", "😊", "ö", "-", "'"]),
                max_size=20).map("".join))
def test_cue_scanners_find_the_match_starts_re_finds(text):
    from checker.identifiers.engine import get_analyzer
    from checker.normalize import fold, fold_keep_length

    lex = next(r for r in get_analyzer().registry.recognizers if r.name == "SkrivvaktPersonName").finder.lex
    for folded in (text, fold(text), fold_keep_length(text)):   # offsets are characters, not UTF-8 bytes
        for rx in (lex.strong_rx, lex.weak_rx):
            plain = re.compile(rx.pattern)
            assert rx.starts(folded) == [m.start() for m in plain.finditer(folded)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["070-123 45 67", "2017-03-23", "556036-0793", "050569-9678", "08-12 34 56",
                                 "+46 70 123 45 67", "0046 8 123 456", "(08) 123 456", "1", "0", "-", " ", "tel",
                                 "19850312-1234", "343678-0260", "001 234 5678"]), max_size=8).map(" ".join))
def test_phone_windows_skipped_are_windows_phonenumbers_reports_nothing_for(text):
    from checker.identifiers import recognizers

    rec = recognizers.SwedishPhoneRecognizer()
    fast = [(r.start, r.end) for r in rec.analyze(text, ["PHONE"], None)]
    shortcut = recognizers._PHONE_START_AT
    recognizers._PHONE_START_AT = re.compile("")   # every window goes to phonenumbers
    try:
        plain = [(r.start, r.end) for r in rec.analyze(text, ["PHONE"], None)]
    finally:
        recognizers._PHONE_START_AT = shortcut
    assert fast == plain


# Chunks with Swedish special cases ("kl.", "t.ex."), affixes and odd whitespace.
_CHUNKS = st.lists(st.sampled_from(["kl.", "t.ex.", "bl.a.", "Hej", "lat.", "(Oskar)", "070-123", "\"lat\"", "don't",
                                    "fikus'", "e-post:", "10%", "...", "Ali:s", "år.", "www.skola.se", "😀"]),
                   max_size=14)


@functools.lru_cache(maxsize=1)
def _tokenizer_pair():
    import spacy

    from checker.nlp import _CachePrimingTokenizer

    return spacy.blank("sv"), _CachePrimingTokenizer(spacy.blank("sv").tokenizer)


@settings(max_examples=300, deadline=None)
@given(_CHUNKS, st.lists(st.sampled_from([" ", "  ", "\n", "\n\n", " \n ", "\t"]), min_size=14, max_size=14))
def test_cache_priming_tokenizer_splits_exactly_like_spacy(chunks, gaps):
    """Priming only fills spaCy's chunk cache; the tokens are spaCy's own, in any order of texts
    (one pair of tokenizers for all examples, so earlier examples' cache entries are reused)."""
    text = "".join(c + g for c, g in zip(chunks, gaps))
    reference, primed = _tokenizer_pair()
    for _ in range(2):   # cold, then with the cache filled
        assert [(t.text, t.whitespace_) for t in primed(text)] == [(t.text, t.whitespace_) for t in reference.make_doc(text)]


def test_cache_priming_stops_at_its_cap(monkeypatch):
    import spacy

    from checker.nlp import _CachePrimingTokenizer

    primed = _CachePrimingTokenizer(spacy.blank("sv").tokenizer)
    monkeypatch.setattr(_CachePrimingTokenizer, "MAX_PRIMED", 3)
    primed("kl. ett två tre fyra fem")
    assert len(primed.primed) == 6
    primed("sex sju")
    assert "sex" not in primed.primed and [t.text for t in primed("sex sju")] == ["sex", "sju"]


# Texts dense in what the normaliser's letter-spelling and stutter paths look for: single
# letters with every separator spelled-out words use ("i-d-i-o-t", "l.a.t"), short stutter
# openings ("sch-", "id-"), words, digits and line breaks (about one text in ten matches).
_SPELL_CHUNKS = st.sampled_from(["i-", "d-", "o-", "t", "a ", "b.", "x*", "l_", "å~", "e+", "sch-", "Sch", "id-",
                                 "s", "ab", "  ", "-", " ", "1", "\n"])
_SPELL_TEXT = st.lists(_SPELL_CHUNKS, max_size=20).map("".join)


@settings(max_examples=400, deadline=None)
@given(_SPELL_TEXT)
def test_spelled_out_and_stutter_scans_find_what_finditer_finds(text):
    """The start-position prefilters (`_spelled_out`, `_stutters`) try the patterns only where
    a match can start; they must report exactly the matches a plain `finditer` reports."""
    span = lambda ms: [m.span() for m in ms]  # noqa: E731
    assert span(normalize_mod._spelled_out(text)) == span(normalize_mod._SPELLED_OUT.finditer(text))
    assert span(normalize_mod._stutters(text)) == span(normalize_mod._STUTTER.finditer(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("aab..0\n ß")), max_size=40).map("".join))
def test_stretched_offsets_are_the_characters_the_stretch_pattern_covers(text):
    """`analysis._stretched` (array comparisons) marks exactly the characters of the runs the
    back-reference pattern `_STRETCH` finds."""
    from checker.analysis import _stretched
    want = sorted({i for m in normalize_mod._STRETCH.finditer(text) for i in range(*m.span())})
    assert _stretched(text).tolist() == want


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("AaBÖé.-_1 \n!")), max_size=14).map("".join))
def test_only_names_pattern_accepts_what_the_backtracking_one_did(text):
    """`names._ONLY_NAMES` (each name ends at a full stop, a space or the end) accepts exactly
    the strings the earlier pattern, which let a run of letters split into names every way,
    accepted (short strings: the earlier one is exponential on long runs)."""
    from checker.identifiers import names
    earlier = re.compile(r"\s*(?:[A-ZÅÄÖ][\w-]*\.?\s*)*")
    assert bool(names._ONLY_NAMES.fullmatch(text)) == bool(earlier.fullmatch(text))


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(["mig,", "mig(", "Ring mig, ", "av MIG ("]),
       st.lists(st.sampled_from(["A", "b", "Ö", "-", ".", " ", ",", ")", "på", ":", "\n", "#"]), max_size=12).map("".join))
def test_me_named_pattern_accepts_what_the_backtracking_one_did(lead, rest):
    """`context._ME_NAMED` ("… av mig, Peter Nyström, 08-…") ends each name at a full stop or
    spaces; it finds exactly what the earlier pattern, whose names could cut a run of
    letters every way (cubic time), found."""
    from checker.identifiers import context
    earlier = re.compile(r"\b(?i:mig)[,(]\s*(?:[A-ZÅÄÖ][\w-]*\.?\s*){1,3}[,)]?\s*(?i:på|:)?\s*$")
    text = lead + rest
    assert bool(context._ME_NAMED.search(text)) == bool(earlier.search(text))


# Chunks for the quote and look-alike-digit repairs: quotes closing words in s/x/z, genitives,
# words ending in digits before letters ("id10t", "b0g"), units ("5g", "10 kg"), line breaks.
_REPAIR_CHUNKS = st.lists(st.sampled_from(["'", "'din", "fikus'", "Lars'", "box'", "'", "id10", "t", "b0", "g", "5", "g.",
                                           "8C", "kg", "Hej", "x²", "y", ".", "\n", "\n\n", "don't", "'lat'", "7A:s"]),
                          max_size=16)


def _plain_quote_splits(doc):
    """The per-token loop `_ClosingQuoteTokenizer` ran over every token before it skipped to
    the tokens holding an apostrophe or a line break."""
    split, open_quotes = [], 0
    for tok in doc:
        word = tok.text
        if word == "'":
            open_quotes += 1
        elif "\n" in word:
            open_quotes = 0
        elif open_quotes % 2 and len(word) > 1 and word[-1] == "'" and word[-2] in "sSxXzZ":
            split.append(tok.i)
            open_quotes += 1
    return split


@settings(max_examples=400, deadline=None)
@given(_REPAIR_CHUNKS, st.lists(st.sampled_from([" ", "", "", "\n", "  "]), min_size=16, max_size=16))
def test_quote_and_look_alike_repairs_pick_the_tokens_the_per_token_loops_picked(chunks, gaps):
    """`nlp._tokens_holding` (character offsets) gives the closing-quote repair the tokens the
    plain loop over every token would act on, and the look-alike-digit join reads token texts
    from offsets for the tokens with no space after them: the same joins as `doc[i].text`."""
    import spacy

    from checker import nlp as nlp_mod

    text = "".join(c + g for c, g in zip(chunks, gaps))
    doc = _tokenizer_pair()[0].make_doc(text)
    held = nlp_mod._tokens_holding(doc, text, nlp_mod._QUOTE_OR_BREAK)
    assert all("'" in doc[i].text or "\n" in doc[i].text for i in held)
    assert all(i in held for i, t in enumerate(doc) if "'" in t.text or "\n" in t.text)
    quote = nlp_mod._ClosingQuoteTokenizer(_tokenizer_pair()[0].make_doc)
    want = _plain_quote_splits(doc)
    got = quote(text)
    assert len(got) == len(doc) + (len(want) if "'" in text else 0)
    leet = nlp_mod._LeetWordTokenizer(lambda t: _tokenizer_pair()[0].make_doc(t))
    plain_joins = [i for i in range(len(doc) - 1)
                   if not doc[i].whitespace_ and doc[i].text[-1].isdigit() and doc[i].text[0].isalpha()
                   and doc[i + 1].text.rstrip(".").isalpha()]
    joined = leet(text)
    if nlp_mod._DIGIT_LETTER.search(text) is not None and plain_joins:
        assert [t.text for t in joined] != [t.text for t in doc]
    assert "".join(t.text_with_ws for t in joined) == text
    if nlp_mod._DIGIT_LETTER.search(text) is not None:
        arr_joins = nlp_mod._look_alike_joins(doc, text)
        assert arr_joins == plain_joins


@functools.lru_cache(maxsize=1)
def _name_lexicon():
    from checker.identifiers.names import NameFinder

    return NameFinder().lex


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["die", "und", "der", "que", "los", "para", "och", "är", "the", "and", "hej",
                                           "nicht", "pas", "avec", "mit", "ist", "ali", ",", "lat", "Maria"]),
                          st.booleans()), max_size=40))
def test_foreign_sentences_counted_only_where_two_foreign_words_stand(words):
    """`NameContext.foreign_sents` counts only the sentences holding two of another language's
    function words; the sentences it reports are those the count over every word reported."""
    from types import SimpleNamespace

    from checker.identifiers.name_context import NameContext

    lex = _name_lexicon()
    keys = [w for w, _ in words]
    sent_of, s = [], 0
    for _, new_sentence in words:   # sentence numbers that never fall, as a text's do
        s += new_sentence
        sent_of.append(s)
    count: dict[int, int] = {}
    for key, sn in zip(keys, sent_of):
        if key in lex.foreign_stop:
            count[sn] = count.get(sn, 0) + 1
        elif key in lex.stop_folded or key in lex.english:
            count[sn] = count.get(sn, 0) - 1
    plain = {sn for sn, c in count.items() if c >= 2}
    x = SimpleNamespace(lex=lex, keys=keys, sent_of=sent_of, foreign=None)
    assert NameContext.foreign_sents(x) == plain


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["'", '"', "“", "”", "‘", "’", "«", "»", "Ensam", "hemma", "Mio", "min", "of", " ",
                                 "\n", ",", "a", "s", "1", "é", "_", "-", ":"]), max_size=25).map("".join))
def test_quote_patterns_that_start_with_the_quote_find_what_the_lookbehind_first_ones_found(text):
    """`_ANY_QUOTE` and `_QUOTED_TITLE` test the character before the opening quote after the
    quote (so `re` scans for quote characters); the patterns with the lookbehind first, as
    they were, find the same matches and groups."""
    from checker.identifiers import name_figures

    for rx in (name_figures._ANY_QUOTE, name_figures._QUOTED_TITLE):
        head = r"""['\"“”‘’«](?<![\w'’].)"""
        assert rx.pattern.startswith(head)
        plain = re.compile(r"""(?<![\w'’])['\"“”‘’«]""" + rx.pattern[len(head):])
        assert [(m.span(), m.groups()) for m in rx.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_every_character_a_year_pattern_starts_with_is_a_digit_to_isdigit():
    """`mark_years` tries its two year patterns only on keys whose first character `isdigit`:
    every character `\\d` matches (all `_HISTORIC_YEAR`'s and `_MODERN_YEAR`'s matches start
    with one) must pass that test."""
    from checker.identifiers import name_figures

    digit = re.compile(r"\d")
    assert all(chr(c).isdigit() for c in range(0x110000) if digit.match(chr(c)))
    # (each alternative of each pattern starts with a digit or "\d")
    assert name_figures._HISTORIC_YEAR.pattern == r"^(?:1[0-8]\d\d|19[0-6]\d|\d{3,4}-talet\w*)$"
    assert name_figures._MODERN_YEAR.pattern == r"^(?:19|20)\d\d$"


# Words of the contact and closing patterns, in any case, with the characters whose lower case
# is longer ("İ") or that IGNORECASE equates with "i"/"s" ("ı", "ſ").
_CASE_WORDS = st.lists(st.sampled_from(["Mamma", "PAPPA", "pappas", "Mentor", "lärare", "SKOLANS", "växel", "nås",
                                        "Svar", "från", "skriver:", "Elev", "İbrahim", "ıda", "ſvar", "Hälsningar",
                                        "Saludos", "TERVEISIN", "ring", "mig", "på", ":", ",", "\n", "kundtjänst",
                                        "ſvar från mamma", "fritıds", "VIKARİE", "ſkolans växel", "İnfo"]),
                       max_size=14).map(" ".join)


def _STAFF_CASELESS():
    """name_staff's whole-text patterns made `CaselessPattern`s in round 42."""
    from checker.identifiers import name_staff

    return (name_staff._ABSENCE_NOTICE, name_staff._FAMILY_NOTICE, name_staff._STAFF_VOICE,
            name_staff._TO_PARENT, name_staff._COLLEAGUE_CUE, name_staff._COLLEAGUE_DUTY)


# Words of the family's and the colleague's patterns (round 42), in any case, with the odd letters.
_NOTICE_WORDS = st.lists(st.sampled_from(["Arjun", "I", "ı", "We", "WILL", "will", "be", "absent", "away", "Hon",
                                          "kommer", "vara", "borta", "IMORGON", "stannar", "hemma", "EHT", "eht",
                                          "Meddelande", "din", "SON", "du", "ni", "som", "mentor", "Vi", "är",
                                          "muslimer", "İ", "ſka", "ta", "medicinen", "\n", ",", "."]),
                         max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_NOTICE_WORDS)
def test_family_notice_with_the_boundary_first_finds_what_the_lookbehind_first_one_found(text):
    """`_FAMILY_NOTICE` tests the word boundary before the lookbehinds of its "will be absent"
    alternative (zero-width tests at one position: their order changes no match, only how often
    the lookbehinds run); the pattern as it was finds the same matches."""
    from checker.identifiers import name_staff

    rx = name_staff._FAMILY_NOTICE.ignorecase
    new = r"|\b(?<!\bi )(?<!\bwe )(?:will"
    assert new in rx.pattern
    old = re.compile(rx.pattern.replace(new, r"|(?<!\bi )(?<!\bwe )\b(?:will"), re.IGNORECASE)
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in old.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.one_of(_CASE_WORDS, _NOTICE_WORDS), st.integers(0, 40), st.integers(0, 80))
def test_caseless_patterns_find_what_ignorecase_finds(text, a, b):
    """`CaselessPattern` on `caseless` text gives IGNORECASE's matches at the same offsets (round 41)."""
    from checker.identifiers import context
    from checker.identifiers.name_context import _FOREIGN_CLOSING_BEFORE
    from checker.normalize import caseless

    low = caseless(text)
    assert low is None or len(low) == len(text)
    lo, hi = min(a, len(text)), min(max(a, b), len(text))
    for rx in (context._RELATIVE, context._STAFF_ROLE, context.RELATIVE_WROTE, context._OWN_PHONE,
               context._ORG_PHONE, _FOREIGN_CLOSING_BEFORE, *_STAFF_CASELESS()):
        fast = [m.span() for m in rx.finditer(text, low, lo, hi)]
        assert fast == [m.span() for m in rx.ignorecase.finditer(text, lo, hi)]
        got = rx.search(text, low, lo, hi)
        assert (got and got.span()) == (fast[0] if fast else None)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["70", "73", "8", "31", "20", "771", "776", "778", "900", "939", "944", "649", "991", "10", "46"]),
       st.text("0123456789", min_size=4, max_size=9))
def test_service_number_prefilter_agrees_with_number_type(prefix, rest):
    """`_service_number` skips `number_type` only where it cannot give a service range (round 41)."""
    import phonenumbers

    from checker.identifiers.recognizers import _SERVICE_NUMBERS, _service_number

    try:
        number = phonenumbers.parse("0" + prefix + rest, "SE")
    except phonenumbers.NumberParseException:
        return
    assert _service_number(number) == (phonenumbers.number_type(number) in _SERVICE_NUMBERS)
