"""Person names in Swedish text without a trained Swedish NER model.

Evidence, strongest first:

1. *Swedish capitalisation.* Mid-sentence, Swedish capitalises proper nouns only (not
   weekdays, months, languages, nationalities or school subjects), so a capitalised word
   inside a sentence is a proper noun. At the start of a sentence a capital says nothing.
2. *Gazetteer.* Faker's `sv_SE` first and last names (loaded from the installed package)
   plus `checker/data/names_sv.yaml`, and Swedish surname morphology (-sson, -berg, -ström,
   -qvist, …).
3. *Context cues.* "mamma X", "kompisen X", "X och Y" next to another name, "X:s",
   "X i 8C".

Names that are also ordinary words ("Klara", "Hans", "Per", "Alla", "Glad") are accepted
mid-sentence (the capital is the evidence) but at the start of a sentence only with a cue.
Unknown capitalised words (places, brands, titles) are names only with a person cue.

Not reported: the described student (`subject_names`, also genitive "Alis"/"Ali:s"), the
writer's signature at the end ("/Maria", "Hälsningar Anneli, mentor"), and names used as
knowledge – listed public figures, authors and characters, names followed by a regnal
number ("Karl XII"), and names within a few words of a knowledge cue ("en bok av …",
"huvudpersonen …", "kung …"). See docs/identifiers.md for the reasoning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Iterator

import yaml
from spacy.tokens import Doc

from ..normalize import fold

# A capitalised word inside a token, with an optional genitive ("Ali:s", "Ali's").
# Leading "/" (signature "/Maria") and "(" are allowed around it.
_WORD = re.compile(
    r"^[/(\"'«“”]*(?P<w>[A-ZÅÄÖÉÜÆØ][a-zåäöéèüëïçñæøáí]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéèüëïçñæøáí]+)?)"
    r"(?P<gen>[:'’]s)?[.,!?;:)\"'»“”]*$"
)
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)(?::s)?$")
_CLASS = re.compile(r"^(?:[1-9][A-Za-zÅÄÖåäö]{1,2}|[Ff]?klass)[.,!?]*$")
_OPENERS = frozenset(":-–—•*\"“”«»(/;")
_AND = frozenset({"och", "&", "samt", "eller", ","})
_SIGNATURE_LINE = re.compile(
    r"(?im)^[ \t]*(?:med\s+)?(?:vänlig(?:a)?\s+|bästa\s+|många\s+)?(?:hälsning(?:ar)?|mvh|vh|hälsar)\b"
)
_SIGNATURE_INLINE = re.compile(r"(?i)(?:\b(?:hälsning(?:ar)?|mvh|vh|hälsar)\b[,!.]?|(?<!\S)/{1,2}(?=\s*[A-ZÅÄÖ])|(?<!\S)[-–—](?=\s*[A-ZÅÄÖ][a-zåäö]+\s*$))")
_ROLE_LINE = re.compile(
    r"(?m)^[ \t]*(?:[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+){0,2})"
    r"(?:\s*,\s*(?:mentor|lärare|klasslärare|ämneslärare|rektor|kurator|specialpedagog|speciallärare|"
    r"fritidspedagog|förskollärare|resurs|elevassistent|skolsköterska|studie- och yrkesvägledare|syv)[^\n]{0,30})?[ \t]*\Z"
)


@dataclass(frozen=True, slots=True)
class NameLexicon:
    first: frozenset[str]
    last: frozenset[str]
    wordlike: frozenset[str]
    places: frozenset[str]
    public_single: frozenset[str]
    public_multi: tuple[tuple[str, ...], ...]
    suffixes: tuple[str, ...]
    knowledge_exact: frozenset[str]
    knowledge_prefix: tuple[str, ...]
    person_exact: frozenset[str]
    person_prefix: tuple[str, ...]

    def is_surname(self, key: str, lower: str = "") -> bool:
        """In the gazetteer, or ends like a Swedish surname (checked on the unfolded form)."""
        return key in self.last or (len(lower) > 4 and lower.endswith(self.suffixes))


def _cues(entries: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    exact, prefix = set(), []
    for e in entries:
        if e.endswith("*"):
            prefix.append(fold(e[:-1]))
        else:
            exact.add(fold(e))
    return frozenset(exact), tuple(prefix)


def load_lexicon() -> NameLexicon:
    """Build the lexicon from Faker's installed sv_SE data and our YAML additions (once)."""
    from faker.providers.person.sv_SE import Provider

    data = yaml.safe_load(resources.files("checker").joinpath("data/names_sv.yaml").read_text(encoding="utf-8"))
    first = {fold(n) for n in (*Provider.first_names_male, *Provider.first_names_female, *data["first_names"])}
    last = {fold(n) for n in (*Provider.last_names, *data["last_names"])}
    public = [tuple(fold(w) for w in p.split()) for p in data["public_figures"]]
    # A single-word public name that is also an ordinary first name ("Julia") would hide
    # real people; those are left to the knowledge cues.
    single = frozenset(p[0] for p in public if len(p) == 1 and p[0] not in first)
    kx, kp = _cues(data["knowledge_cues"])
    px, pp = _cues(data["person_cues"])
    return NameLexicon(
        first=frozenset(first),
        last=frozenset(last),
        wordlike=frozenset(fold(w) for w in data["wordlike"]),
        places=frozenset(fold(p) for p in data["places"] if " " not in p),
        public_single=single,
        public_multi=tuple(sorted((p for p in public if len(p) > 1), key=len, reverse=True)),
        suffixes=tuple(s.lower() for s in data["surname_suffixes"]),
        knowledge_exact=kx,
        knowledge_prefix=kp,
        person_exact=px,
        person_prefix=pp,
    )


@dataclass(slots=True)
class _Cand:
    i: int          # token index
    start: int      # char span of the word (without genitive and punctuation)
    end: int
    key: str        # folded base form
    lower: str      # lower-case base form (diacritics kept, for surname endings)
    genitive: bool
    initial: bool   # sentence-initial (a capital there is no evidence)


def _in(key: str, exact: frozenset[str], prefix: tuple[str, ...]) -> bool:
    return key in exact or (bool(prefix) and key.startswith(prefix))


class NameFinder:
    """Finds other people's names in a spaCy Doc. Built once; `find` is per text."""

    def __init__(self, lexicon: NameLexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()

    # ----------------------------------------------------------------- helpers
    def _candidates(self, doc: Doc) -> dict[int, _Cand]:
        lex = self.lex
        out: dict[int, _Cand] = {}
        prev_text = ""
        for tok in doc:
            if tok.is_space:
                if "\n" in tok.text:
                    prev_text = "\n"
                continue
            m = _WORD.match(tok.text)
            if m:
                word = m["w"]
                key = fold(word)
                gen = bool(m["gen"])
                # "Alis", "Oskars": genitive -s on a known name.
                if not gen and len(key) > 3 and key.endswith("s") and key not in lex.first and key not in lex.last:
                    base = key[:-1]
                    if base in lex.first or base in lex.last:
                        key, gen, word = base, True, word[:-1]
                start = tok.idx + m.start("w")
                lower = word.lower()
                initial = (
                    tok.is_sent_start
                    or prev_text in ("", "\n")
                    or prev_text[-1] in ".!?"
                    or prev_text[-1] in _OPENERS
                    or tok.text[0] in "/(\"'«“"
                )
                out[tok.i] = _Cand(tok.i, start, start + len(word), key, lower, gen, bool(initial))
            prev_text = tok.text
        return out

    @staticmethod
    def _word_index(doc: Doc) -> list[int]:
        return [t.i for t in doc if not (t.is_space or t.is_punct) or t.text == ","]

    def _signature_start(self, text: str) -> int:
        """Offset where the writer's closing begins (names after it are the writer's)."""
        tail_from = max(0, len(text) - 120)
        best = len(text)
        for m in _SIGNATURE_LINE.finditer(text, tail_from):
            best = min(best, m.start())
        for m in _SIGNATURE_INLINE.finditer(text, max(0, len(text) - 60)):
            best = min(best, m.start())
        if "\n" in text.strip():
            m = _ROLE_LINE.search(text, text.rstrip().rfind("\n") + 1)
            if m:
                best = min(best, m.start())
        return best

    def _knowledge(self, doc: Doc, words: list[int], pos: int) -> bool:
        """A knowledge cue within 5 words before or 3 after, in the same sentence."""
        lex = self.lex
        tok = doc[words[pos]]
        sent = tok.sent
        for j in range(max(0, pos - 5), min(len(words), pos + 4)):
            t = doc[words[j]]
            if j == pos or t.sent != sent:
                continue
            k = fold(t.text.strip(".,!?:;\"'()"))
            if _in(k, lex.knowledge_exact, lex.knowledge_prefix):
                return True
        return False

    # -------------------------------------------------------------------- find
    def find(self, doc: Doc, subject_names: frozenset[str] = frozenset()) -> Iterator[tuple[int, int, float]]:
        """Yield (start, end, score) of other people's names in the Doc's text."""
        lex = self.lex
        text = doc.text
        cands = self._candidates(doc)
        if not cands:
            return
        words = self._word_index(doc)
        pos_of = {ti: p for p, ti in enumerate(words)}
        sig = self._signature_start(text)

        def word_at(p: int) -> str:
            return fold(doc[words[p]].text.strip(".,!?:;\"'()")) if 0 <= p < len(words) else ""

        def cand_at(p: int) -> _Cand | None:
            return cands.get(words[p]) if 0 <= p < len(words) else None

        # Public figures written out in full ("Astrid Lindgren", "Gustav II Adolf").
        public_tokens: set[int] = set()
        for p in range(len(words)):
            for name in lex.public_multi:
                n = len(name)
                if word_at(p) == name[0] and all(word_at(p + k) == name[k] for k in range(1, n - 1)) and word_at(p + n - 1) in (name[-1], name[-1] + "s"):
                    public_tokens.update(words[p + k] for k in range(len(name)))
                    break

        score: dict[int, float] = {}
        for ti, c in cands.items():
            key = c.key
            if ti in public_tokens or key in lex.public_single:
                continue
            p = pos_of[ti]
            is_first = key in lex.first
            is_last = lex.is_surname(key, c.lower)
            wordlike = key in lex.wordlike
            prev = word_at(p - 1)
            nxt_c = cand_at(p + 1)
            person_cue = _in(prev, lex.person_exact, lex.person_prefix) and not cands.get(words[p - 1] if p else -1)
            genitive_cue = c.genitive and not wordlike
            class_cue = word_at(p + 1) in ("i", "från", "ur") and p + 2 < len(words) and bool(_CLASS.match(doc[words[p + 2]].text))
            place_prep = prev in ("i", "från", "utanför", "nära", "mot", "till") and (key in lex.places or (is_last and not is_first))
            if place_prep and not person_cue:
                continue
            s = 0.0
            if not c.initial:
                if is_first or is_last:
                    s = 0.7 if wordlike else 0.85
                elif person_cue or class_cue or genitive_cue:
                    s = 0.7
            else:
                if (is_first or is_last) and not wordlike and key not in lex.places:
                    s = 0.8
                elif (is_first or is_last) and nxt_c is not None and not nxt_c.initial and lex.is_surname(nxt_c.key, nxt_c.lower):
                    s = 0.8  # "Hans Svensson ringde"
                elif (is_first or is_last or person_cue) and class_cue:
                    s = 0.7
            if s:
                score[ti] = s

        # "X och Y": a capitalised neighbour of a name joined by och/,/samt is a name too.
        changed = True
        while changed:
            changed = False
            for ti in list(score):
                p = pos_of[ti]
                for q in (p + 2, p - 2):
                    c2 = cand_at(q)
                    if c2 is None or c2.i in score or c2.i in public_tokens or c2.key in lex.public_single:
                        continue
                    if word_at((p + q) // 2) in _AND and c2.key not in lex.places:
                        score[c2.i] = 0.7
                        changed = True

        # Join adjacent capitalised words into one name ("Eva Lund", "Anna-Karin Berg").
        spans: list[list] = []
        for ti in sorted(score):
            c = cands[ti]
            p = pos_of[ti]
            if spans and spans[-1][3] == p - 1:
                spans[-1][1] = c.end
                spans[-1][2] = max(spans[-1][2], score[ti]) if not spans[-1][4] else spans[-1][2]
                spans[-1][3] = p
                continue
            spans.append([c.start, c.end, score[ti], p, False])
        for sp in spans:
            # extend right over a capitalised surname that was not scored on its own
            q = sp[3] + 1
            c2 = cand_at(q)
            while c2 is not None and not c2.initial and (lex.is_surname(c2.key, c2.lower) or c2.key in lex.first) and c2.i not in public_tokens:
                sp[1] = c2.end
                sp[2] = min(0.95, sp[2] + 0.1)
                sp[3] = q
                q += 1
                c2 = cand_at(q)

        for start, end, s, last_p, _ in spans:
            if start >= sig:
                continue
            parts = [fold(w) for w in re.split(r"[\s-]+", text[start:end]) if w]
            if any(pt in subject_names or (pt.endswith("s") and pt[:-1] in subject_names) for pt in parts):
                continue
            first_p = pos_of[doc[:].char_span(start, end, alignment_mode="expand")[0].i]
            if self._knowledge(doc, words, first_p) or (
                last_p + 1 < len(words) and _ROMAN.match(doc[words[last_p + 1]].text)
            ):
                continue
            yield start, end, s
