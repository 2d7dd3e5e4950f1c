"""What every name check reads: the per-call `NameContext` and the word-level primitives.

`NameFinder.find_in` (names.py) builds one `NameContext` per text: the word positions, their
folded keys and sentence numbers, the capitalised candidates, and the sets the passes fill in
(which words are public figures or works, which sentences are about knowledge, the writer's
closing, …). The checks in name_*.py are plain functions of the context and a word position;
they used to be closures over `find_in`'s locals. The sets are filled in place, in the same
order as before, so a check sees exactly what the closure saw when it ran.

Positions are indexes into `words` (word tokens and the commas, "&" and "/" that join names
in lists), not spaCy token indexes.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import compress, islice
from operator import ne, or_
from typing import TYPE_CHECKING, Iterable, Iterator

from ..normalize import CaselessPattern, fold
from .context import lowered

if TYPE_CHECKING:
    from .names import NameLexicon, TokenView

# A class: "8C", "klass", "parallellklassen" ("Oskar i 8C": a pupil).
_CLASS = re.compile(r"^(?:[1-9][A-Za-zÅÄÖåäö]{1,2}|[Ff]?klass|(?:parallell|grann|syskon)?klassen)[.,!?]*$")
_STRIP = ".,!?:;\"'()"
_DOT_ABOVE = "\u0307"   # "İ".lower() is "i" + a combining dot above, which `fold` keeps


def _undot(key: str) -> str:
    """A folded word without the Turkish dotted capital's combining dot: "İbrahim" folds to
    the "ibrahim" the gazetteer lists and the student's "Ibrahim" (without this, "İbrahim" was
    no known name and its namesake "İbrahim K" went unreported)."""
    return key.replace(_DOT_ABOVE, "") if _DOT_ABOVE in key else key


class _KeyMemo(dict):
    """Folded token -> its key (`_STRIP` and leading slashes stripped, or the token if nothing is
    left); a dict so a whole text's keys are one `map` (forms recur; the caller bounds it). The
    tokenizer keeps a closing's slash on the word after it ("/Mentor", "//Pappa"): without the
    strip the role or relative was no cue (round 91)."""

    def __missing__(self, f: str) -> str:
        k = self[f] = _undot(f.strip(_STRIP).lstrip("/") or f)
        return k


_KEYS = _KeyMemo()


def trie_regex(words: Iterable[str]) -> str:
    """One regex alternation for many literal strings, factored as a trie ("roman",
    "romanfigur", "rovdjur" → "ro(?:man(?:figur)?|vdjur)"): Python's `re` tries every branch of
    a flat alternation at every position, a trie only the branches that share the prefix."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            body = "(?:" + body + ")?"
        return body

    return build(trie) or "(?!)"


_FOLD_MEMO: dict[str, str] = {}


def fold_word(word: str) -> str:
    """`normalize.fold`, memoised: names and cue words repeat across texts (bounded)."""
    got = _FOLD_MEMO.get(word)
    if got is None:
        if len(_FOLD_MEMO) > 100_000:
            _FOLD_MEMO.clear()
        got = _FOLD_MEMO[word] = _undot(fold(word))
    return got


_CUE_MEMO: dict[tuple[int, str], bool] = {}


# Closing words of other languages than Swedish and English ("Saludos, Lucía", "Terveisin Sanna",
# "Pozdrawiam, Marek", "Saygılar, Fatma Demir"): a regex alternation, lower case. Staff write the
# platform in Swedish, so a note closed in another language is the family's (round 32, read off r36).
FOREIGN_CLOSINGS = (
    r"saludos|un\s+saludo|muchas\s+gracias|gracias|atentamente|abrazos|atenciosamente|obrigad[oa]|cumprimentos"
    r"|cordialement|bien\s+à\s+vous|merci(?:\s+beaucoup)?|bisous|amicalement"
    r"|(?:mit\s+)?(?:freundlichen|lieben|liebe|viele|beste|herzliche|herzlichen)\s+grüße(?:n)?|(?:liebe|viele)\s+gruesse|danke(?:\s+schön)?"
    r"|terveisin|ystävällisin\s+terveisin|kiitos|hilsen|hilsner|med\s+vennlig\s+hilsen|venlig\s+hilsen|tusen\s+takk|takk"
    r"|pozdrawiam|z\s+poważaniem|dziękuję|dziekuje|serdecznie"
    r"|saygılar(?:ımla)?|saygilar(?:imla)?|selamlar|teşekkürler|tesekkurler|teşekkür\s+ederim"
    r"|srdačan\s+pozdrav|srdacan\s+pozdrav|pozdrav|hvala(?:\s+vam)?"
    r"|përshëndetje|pershendetje|faleminderit"
    r"|mamnoon|mamnun|shukran|shokran|ma3a\s+salama|ma'a\s+salama|mahadsanid"
    r"|з\s+повагою|с\s+уважением|дякую|спасибо"
)
# Round 101: a greeting of another language opening the text ("Hola profe!", "Merhaba öğretmenim", "Hei!", "Salam
# khanom", or a first word in Arabic script): the family's, as a closing in one is (read by `family_voice`).
FOREIGN_OPENING = re.compile(
    r"(?i)[^\w\n]*(?:(?:hola|buenos\s+d[ií]as|buenas|merhaba|selam|salam|salaam|assalamu|marhaba|hei|moi|bonjour|olá"
    r"|dzie[nń]\s+dobry|cze[sś][cć]|zdravo|dobar\s+dan|mir[eë]dita|p[eë]rsh[eë]ndetje|m[eë]suese|iska\s+warran|nabad"
    r"|namaste|xin\s+ch[aà]o|guten\s+tag|привет|здравствуйте|вітаю|добрий\s+день|добрый\s+день)\b|[\u0600-\u06ff])")
FOREIGN_CLOSING_WORD = CaselessPattern(r"\b(?:" + FOREIGN_CLOSINGS + r")\b")   # anywhere in a closing's line
_FOREIGN_CLOSING_BEFORE = CaselessPattern(r"\b(?:" + FOREIGN_CLOSINGS + r")[,!.]?[ \t]*$")


def closed_in_other_language(text: str, start: int) -> bool:
    """A closing word of another language right before the name at `start`, on its line
    ("Saludos, Lucía", "Terveisin Sanna"; `FOREIGN_CLOSINGS`)."""
    return _FOREIGN_CLOSING_BEFORE.search(text, lowered(text), text.rfind("\n", 0, start) + 1, start) is not None


def _cue(key: str, cues: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    """Memoised `_cue_uncached` (words repeat across texts; the memo is bounded)."""
    k = (id(cues), key)
    hit = _CUE_MEMO.get(k)
    if hit is None:
        if len(_CUE_MEMO) > 200_000:
            _CUE_MEMO.clear()
        hit = _CUE_MEMO[k] = _cue_uncached(key, cues)
    return hit


def _cue_uncached(key: str, cues: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    """Exact entry, a word that begins with a `stem*`, or a compound that ends in one
    ("naturforskare" for `forskar*`) when the stem is long enough to be a word."""
    exact, prefix = cues
    if key in exact:
        return True
    if "-" in key and len(key) > 3:   # "Ronja-filmen": the head decides
        return _cue_uncached(key.rsplit("-", 1)[1], cues)
    rx = _PREFIX_RX.get(prefix)
    if rx is None:
        long_stems = [p for p in prefix if len(p) >= 5]
        rx = _PREFIX_RX[prefix] = (re.compile(trie_regex(prefix)), re.compile(trie_regex(long_stems)))
    starts, inside = rx
    return starts.match(key) is not None or inside.search(key, 2) is not None


_PREFIX_RX: dict[tuple[str, ...], tuple["re.Pattern[str]", "re.Pattern[str]"]] = {}


@dataclass(slots=True)
class _Cand:
    i: int          # token index
    start: int      # char span of the word (without genitive and punctuation)
    end: int
    key: str        # folded base form
    lower: str      # lower-case base form (diacritics kept, for surname endings)
    genitive: bool
    initial: bool   # sentence-initial (a capital there is no evidence)


_PARAGRAPH = re.compile(r"\n")   # a line break (the normaliser may fold blank lines)
_JOINERS = frozenset({",", "&", "/", "+"})
# "skrev på tavlan": the board in the classroom, no painting (see `is_cue_word`).
_BOARD = frozenset(("tavlan", "tavla"))
# A grade or a grade prediction in a sentence (see `graded_before`): a letter grade after a
# word that places one, an old-scale grade, a grade warning, "betyg…".
_GRADE_BEFORE = re.compile(
    r"\b(?:betyg\w*|[A-F]-?varning\w*|MVG|VG|IG|godkänt|underkänt|(?:ett|på|fick|får|få|har|hade|ha|ger|gav|satte|sätter|ligger|landar|når|nått|nådde|till"
    r"|risk\s+för|riskerar|prognos\w*:?)\s+(?:ett\s+|ett\s+starkt\s+|ett\s+svagt\s+)?[A-F])(?![\w-])")   # (round 94: "Annars risk för F där enligt Stefan")

_GENITIVE = re.compile(r"[:'’]s$")
_DOTTED = re.compile("[åäö]")
_QUOTES = frozenset("'\"«»”“’‘")
_AND = frozenset({"och", "o", "&", "+", "samt", "eller", ",", "/"})   # "o": "och" in quick notes


@dataclass(slots=True, eq=False)
class NameContext:
    """One text's word index and what the passes found in it, built once per `find_in` call.

    The first group is fixed once built; the sets after it are filled by the passes in
    names.py's order (figures and works, then the closing) and read by the checks."""

    lex: "NameLexicon"
    v: "TokenView"
    text: str
    subject_names: frozenset[str]
    cands: dict[int, _Cand]        # token index -> capitalised candidate (lower-case ones join later)
    words: list[int]               # position -> token index
    pos_of: dict[int, int]         # token index -> position
    keys: list[str]                # position -> folded key
    sent_of: list[int]             # position -> sentence number
    n: int
    cand_pos: list[int]            # positions of the candidates, in order
    breaks: list[int]              # character offsets of line breaks
    ft: str                        # the whole text folded
    lower_sents: set[int]          # sentences typed in lower case
    anchor_pos: set[int]           # the student's names (not genitives)
    # --- figures and works (name_figures.py)
    public: set[int] = field(default_factory=set)           # positions of figures' and works' words
    in_compound: set[int] = field(default_factory=set)      # "Kalle Anka-gänget"
    games_at: set[int] = field(default_factory=set)         # "spelar Fia med knuff"
    multi_at: list[int] = field(default_factory=list)       # the last words of listed full names
    compound_sents: set[int] = field(default_factory=set)
    knowledge_sents: set[int] = field(default_factory=set)
    title_at: list[int] = field(default_factory=list)
    year_sents: set[int] = field(default_factory=set)       # knowledge sentences only a year made
    event_sents: set[int] = field(default_factory=set)
    prior_sents: set[int] = field(default_factory=set)      # listed single names are the figures
    weak_sents: set[int] = field(default_factory=set)
    public_words: set[tuple[int, str]] = field(default_factory=set)   # (paragraph, key)
    public_first: dict[str, int] = field(default_factory=dict)        # key -> first position
    work_in: set[int] = field(default_factory=set)          # "i"/"ur"/"från" + a work
    # --- scores (names.py, name_cues.py)
    score: dict[int, float] = field(default_factory=dict)
    item_subjects: list[int] = field(default_factory=list)
    # --- the closing (name_staff.py)
    sig: list[tuple[int, int]] = field(default_factory=list)
    parents_wrote: bool = False
    first_word: int = -1
    greets_staff: bool = False
    staff_words: set[str] = field(default_factory=set)    # the name words `staff` placed (name_exclusions.py)
    # Round 98: those of them placed only by a label's colon or by their own leave with a substitute ("Till mentorn:
    # Kaspar …", "Anna är sjuk och vi har vikarie"): no evidence for the content rules' `subject: staff`, which reads leaves
    leave_staff: set[str] = field(default_factory=set)
    # --- per-text memos of the checks
    en_memo: dict[int, bool] = field(default_factory=dict)
    notice: list[bool] = field(default_factory=list)
    self_guardian: list[bool] = field(default_factory=list)
    family_voice: list[bool] = field(default_factory=list)
    peer_voice: list[bool] = field(default_factory=list)   # `name_staff.classmate_signs`
    unquoted: list[str] = field(default_factory=list)   # `name_staff.unquoted_folded`
    couple: list[int] = field(default_factory=list)
    signers: list[frozenset[str]] = field(default_factory=list)
    colleague: list[bool] = field(default_factory=list)
    to_parent: list[bool] = field(default_factory=list)
    cast_note: list[bool] = field(default_factory=list)   # `name_exclusions.staff_cast`'s test of the whole text
    foreign: set[int] | None = None   # `foreign_sents`, computed on first use
    problems: set[int] | None = None  # `name_works.problem_sents`, computed on first use

    @classmethod
    def build(cls, lex: "NameLexicon", v: "TokenView", subject_names: frozenset[str],
              cands: dict[int, _Cand]) -> "NameContext":
        """Word tokens (and the commas, "&" and "/" that join names in lists), as positions.
        Built with comprehensions: the passes visit candidates and cue hits only."""
        text = v.text
        folds = v.folds
        words = list(compress(range(len(folds)), map(or_, v.is_word, map(_JOINERS.__contains__, folds))))
        pos_of = dict(zip(words, range(len(words))))
        keys = list(map(_KEYS.__getitem__, map(folds.__getitem__, words)))
        if len(_KEYS) > 200_000:
            _KEYS.clear()
        sent = v.sent
        sent_of = list(map(sent.__getitem__, words))
        n = len(words)
        cand_pos = sorted(pos_of[ti] for ti in cands if ti in pos_of)
        breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
        ft = v.fold_text if v.fold_text is not None else fold(text)
        x = cls(lex, v, text, subject_names, cands, words, pos_of, keys, sent_of, n, cand_pos, breaks, ft,
                set(), set())
        # Sentences typed in lower case ("bråk m ahmed o leo på lunchen"): no capital at their
        # start, so lower-case gazetteer names are names there too.
        # (Only the first word of each sentence is looked at: found by comparing the sentence
        # numbers with themselves shifted by one.)
        firsts = [0, *compress(range(1, n), map(ne, islice(sent_of, 1, None), sent_of))] if n else []
        tok = x.tok
        x.lower_sents = {sent_of[p] for p in firsts if keys[p][:1].isalpha() and tok(p)[:1].islower()}
        x.anchor_pos = {pos_of[ti] for ti, c in cands.items()
                        if ti in pos_of and c.key in subject_names and not c.genitive}   # not "X, Linas mentor"
        return x

    # ------------------------------------------------------------ reading words
    def tok(self, p: int) -> str:
        ti = self.words[p]
        v = self.v
        return self.text[v.starts[ti]:v.ends[ti]]

    def key_at(self, p: int) -> str:
        return self.keys[p] if 0 <= p < self.n else ""

    def span_keys(self, a: int, b: int) -> Iterator[str]:
        """The folded keys of the name words at positions a..b (a group's span), for the sets of placed names."""
        cands, words = self.cands, self.words
        return (cands[words[q]].key for q in range(a, b + 1))

    def cand_at(self, p: int) -> _Cand | None:
        return self.cands.get(self.words[p]) if 0 <= p < self.n else None

    def foreign_sents(self) -> set[int]:
        """Sentences in another language than Swedish or English: two or more of their words are
        another language's function words (`NameLexicon.foreign_stop`) and outnumber the Swedish
        stop words and common English words ("a Laura vai sair às 11h amanhã", "vielen Dank für die
        Rückmeldung zu Maximilians Aufsatz"; round 32). Computed once per text."""
        if self.foreign is None:
            lex = self.lex
            foreign_stop = lex.foreign_stop
            keys, sent_of = self.keys, self.sent_of
            if foreign_stop.isdisjoint(keys):
                self.foreign = set()   # (most texts: one pass in C, no counting)
                return self.foreign
            # Only a sentence with two foreign function words can count two: the others are not
            # counted (sentence numbers rise with the position, so a sentence is one slice).
            hits: dict[int, int] = {}
            for s in map(sent_of.__getitem__, compress(range(len(keys)), map(foreign_stop.__contains__, keys))):
                hits[s] = hits.get(s, 0) + 1
            foreign = set()
            for s in (s for s, c in hits.items() if c >= 2):
                if lex.foreign_words_lead(keys[bisect_left(sent_of, s):bisect_right(sent_of, s)]):
                    foreign.add(s)
            self.foreign = foreign
        return self.foreign

    def guardian_at(self, j: int) -> bool:
        """A guardian word at position `j` ("mamma", "far", "vardnadshavare"), not a word that only
        folds onto one: "får" folds to "far" (round 31: "Eleverna får …" made a note between staff
        speak to a parent). A word written with å, ä or ö must be a guardian word as written."""
        if not 0 <= j < self.n or self.keys[j] not in self.lex.guardians:
            return False
        t = self.tok(j).lower()
        return t == self.keys[j] or t in self.lex.guardians_written

    def paragraph(self, p: int) -> int:
        breaks = self.breaks
        return bisect_right(breaks, self.v.starts[self.words[p]]) if breaks else 0

    def sentence_first(self, a: int) -> int:
        """The position of the first word of word `a`'s sentence."""
        sent_of = self.sent_of
        lo = a
        while lo > 0 and sent_of[lo - 1] == sent_of[a]:
            lo -= 1
        return lo

    def sentence_span(self, s: int) -> range:
        """The positions of sentence number `s` (sentence numbers rise with the position, so it is one slice)."""
        sent_of = self.sent_of
        return range(bisect_left(sent_of, s), bisect_right(sent_of, s))

    def sent_first_word(self, j: int) -> bool:
        sent_of = self.sent_of
        return j == 0 or (0 < j < self.n and sent_of[j - 1] != sent_of[j])

    def next_sentence_same_paragraph(self, p: int) -> int | None:
        sent_of, n = self.sent_of, self.n
        s_no = sent_of[p]
        q = p + 1
        while q < n and sent_of[q] == s_no:
            q += 1
        if q >= n:
            return None
        starts, words = self.v.starts, self.words
        if "\n" in self.text[starts[words[p]]:starts[words[q]]]:
            return None
        return sent_of[q]

    def is_cue_word(self, p: int) -> bool:
        """A capitalised word inside a sentence is a name, not a cue ("Saga", "Kung"),
        unless no gazetteer knows it as a name ("i Bibeln", "Koranen")."""
        if self.keys[p] in _BOARD and self.key_at(p - 1) in ("pa", "vid", "till", "fran"):
            return False   # "skrev på tavlan": the board in the classroom, no painting
        c = self.cands.get(self.words[p])
        lex = self.lex
        return c is None or c.initial or not (c.key in lex.first or c.key in lex.last or c.genitive)

    def gap_before(self, a: int) -> str:
        """The characters between the name and the word before it ("(" in "Jag (Petra)")."""
        words = self.words
        return self.text[self.v.ends[words[a - 1]]:self.cands[words[a]].start] if a >= 1 else ""

    def graded_before(self, a: int) -> bool:
        """A grade or a grade prediction earlier in the sentence: only a teacher sets one, so
        "enligt X" after it cites a teacher ("ligger på ett C i matte enligt Pelle", "har ett
        C enl. Lisa"), not a pupil who witnessed something ("… är dum i huvet enligt Leo")."""
        words = self.words
        lo = self.v.starts[words[self.sentence_first(a)]]
        return bool(_GRADE_BEFORE.search(self.text, lo, self.cands[words[a]].start))

    def quoted(self, a: int) -> bool:
        """Inside a quotation that opened earlier in the sentence (a pupil's own words)."""
        words = self.words
        seg = self.text[max(0, self.v.starts[words[self.sentence_first(a)]] - 1):self.cands[words[a]].start]
        return sum(seg.count(q) for q in "\"”“«»") % 2 == 1
