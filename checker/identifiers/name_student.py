"""The described student: their own names, nicknames, former names, household and namesakes.

The last step of `find_in`: a kept name that is the student's (`subject_names`, also in full,
with a genitive, as a nickname or a former name) is not reported; a namesake with another
surname or initial is.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..normalize import fold
from .name_context import _GENITIVE, fold_word, NameContext
from .name_staff import _OPENING_GREETINGS

_SPLIT = re.compile(r"[\s-]+")
_GLOSS = frozenset(fold(w) for w in "alltså dvs aka".split())   # "Jönsson i 9C, alltså Moa"
_NICKNAME = frozenset(fold(w) for w in "nickname smeknamn kallas kallad".split())   # "Maximilian (nickname Max)"
# Words that may open a sentence addressed to a household ("Till familjen Karlsson:").
_HOUSEHOLD_OPENERS = _OPENING_GREETINGS | {"till"}
# A message heading that names its household ("Meddelande till familjen Nordin:", "Brev till
# familjen Ek", "Info till familjen Lind") — round 18
_MESSAGE_HEADS = frozenset(fold(w) for w in (
    "meddelande brev info information påminnelse hälsning inbjudan lapp mejl mail sms veckobrev "
    "message note letter").split())
# The student's former name: a word of naming in the sentence and one of these right before
# the name ("Vide heter numera Vide, tidigare Viktor"). "innan" is mostly a conjunction ("skrev
# sitt namn innan Lisa hann"), so it counts only right after the naming word ("hette innan X").
_FORMERLY = frozenset(fold(w) for w in "tidigare förut förr fd f.d. tidigare: född".split())
_NAMING = frozenset(fold(w) for w in "heter hette namn namnet kallas kallades tilltalsnamn numera".split())


def _bracket_alias(x: NameContext, a: int, b: int, end: int | None) -> bool:
    """One word in brackets right after the student's name, or the student's name in brackets right
    after one word ("Eyvind (Evy)", "bosse (elias)"): the student's own alias (round 60)."""
    text, v, words, keys, subject = x.text, x.v, x.words, x.keys, x.subject_names
    starts, ends = v.starts, v.ends

    def student(q: int) -> bool:   # (also in a sentence typed in lower case, where no candidate is an anchor)
        return q in x.anchor_pos or (0 <= q < x.n and keys[q] in subject)

    start, stop = starts[words[a]], end or ends[words[b]]
    if a == b and student(a - 1):   # "Eyvind (Evy)"
        return text[ends[words[a - 1]]:start].strip() == "(" and text[stop:stop + 1] == ")"
    if a == b and student(b + 1):   # "bosse (elias)" as two spans
        close = ends[words[b + 1]]
        return text[stop:starts[words[b + 1]]].strip() == "(" and text[close:close + 1] == ")"
    # one span joined across the bracket: "bosse (elias" with the student last
    return b == a + 1 and student(b) and not student(a) and text[ends[words[a]]:starts[words[b]]].strip() == "("


def namesake_mark(x: NameContext, start: int, end: int, b: int) -> str:
    """The surname or the initial after the given name ("Nilsson", "S"), folded."""
    text, v, words, sent_of, n = x.text, x.v, x.words, x.sent_of, x.n
    tok = x.tok
    split = text[start:end].split()
    if len(split) > 1:
        return _GENITIVE.sub("", fold_word(split[-1].rstrip(".")))
    if b + 1 < n and sent_of[b + 1] == sent_of[b] and not text[end:v.starts[words[b + 1]]].strip():
        ini = _GENITIVE.sub("", tok(b + 1)).rstrip(".")
        if len(ini) == 1 and ini.isupper() and ini not in "IVX":
            return fold_word(ini)   # folded like subject_names ("Elin Ö")
    return ""


def name_heads(x: NameContext, start: int, end: int) -> tuple[str, str]:
    """The given name of a span, folded without a genitive: its first part and the whole word."""
    text = x.text
    parts = [fold_word(w) for w in _SPLIT.split(text[start:end]) if w]
    head = parts[0] if parts else ""
    whole = fold_word(text[start:end].split()[0])   # "Nils-Ánte" as one name
    return _GENITIVE.sub("", head), _GENITIVE.sub("", whole)


def student_spans(x: NameContext, kept: list[tuple[list, bool]], known: set[tuple[int, str]],
                  anchors: list[int]) -> Iterator[tuple[int, int, float]]:
    """The kept names that are not the student's, as (start, end, score)."""
    if not kept:
        return
    lex, text, v, subject_names, cands, words = x.lex, x.text, x.v, x.subject_names, x.cands, x.words
    keys, sent_of, n, anchor_pos = x.keys, x.sent_of, x.n, x.anchor_pos
    tok, key_at, paragraph = x.tok, x.key_at, x.paragraph
    initials = {w for w in subject_names if len(w) == 1}   # the student is "Maja S"
    namesakes: dict[str, str] = {}

    # The surname or initial `subject_names` gives is the student's wherever it first appears
    # ("Ebba Nilsson och Ebba Svensson" for the student Ebba Svensson): seeded before the
    # first-seen rule below, which only decides when the caller gave no surname.
    for g, _ in kept:
        for a, b, _, end in g:
            start = cands[words[a]].start
            head, _ = name_heads(x, start, end or cands[words[b]].end)
            mark = namesake_mark(x, start, end or cands[words[b]].end, b)
            if head in subject_names and mark in subject_names:
                namesakes.setdefault(head, mark)

    for g, protected in kept:
        # A name used as knowledge elsewhere in the paragraph ("I romanen möter vi Stanley.
        # … Stanley gräver.") is the same character here, unless a pupil cue says otherwise.
        if known and not protected and all((paragraph(a), cands[words[q]].key) in known
                                           for a, b, _, _ in g for q in range(a, b + 1)):
            continue
        # A given name placed in a staff role elsewhere in the message ("Närvarande: Jonas Ek (ma/NO)
        # … Jonas tar fram extra uppgifter. Ansvar: Jonas") is that colleague here too, unless a
        # pupil cue says otherwise (round 39). Round 90: name by name, not only a group that is all
        # staff: "Agneta tar fram material från Mattecentrum och Kim följer upp" after "specialpedagog
        # Kim" leaves Kim out even where the group also holds another word.
        if x.staff_words and not protected:
            g = [sp for sp in g if cands[words[sp[0]]].key not in x.staff_words]
            if not g:
                continue
        for a, b, s, end in g:
            comma = next((j for j in range(b + 1, min(n, b + 4)) if keys[j] == ","), -9)
            if key_at(comma + 1) in _GLOSS and comma + 2 in anchor_pos and sent_of[comma] == sent_of[b]:
                continue   # "Jönsson i 9C, alltså Moa": another name for the student
            if key_at(a - 1) in _NICKNAME and any(j in anchor_pos for j in range(a - 4, a - 1)):
                continue   # "Maximilian (nickname Max)": the student's own nickname
            if _bracket_alias(x, a, b, end):
                continue   # "Eyvind (Evy)", "bosse (elias)": one name in brackets beside the student's is their alias
            if key_at(a - 1) == "till" and key_at(a - 2) == "namn" and any(
                    j in anchor_pos and sent_of[j] == sent_of[a] for j in range(max(0, a - 6), a)):
                continue   # "Agnes byter namn till Viktor": the student's own new name
            if (key_at(a - 1) in _FORMERLY or (key_at(a - 1) == "innan" and key_at(a - 2) in _NAMING)) and any(
                    j in anchor_pos and sent_of[j] == sent_of[a] for j in range(max(0, a - 10), a)) and any(
                    keys[j] in _NAMING for j in range(max(0, a - 10), a) if sent_of[j] == sent_of[a]):
                continue   # "Vide heter numera Vide, tidigare Viktor": the student's former name
            if a == b and key_at(a - 1) == "familjen" and anchors and cands[words[a]].key not in lex.first \
                    and not cands[words[a]].genitive and (a < 2 or sent_of[a - 2] != sent_of[a] or (
                        key_at(a - 2) in _HOUSEHOLD_OPENERS
                        and (a < 3 or sent_of[a - 3] != sent_of[a] or (
                            key_at(a - 2) == "till" and key_at(a - 3) in _MESSAGE_HEADS
                            and (a < 4 or sent_of[a - 4] != sent_of[a]))))):
                continue   # "Familjen Karlsson har flyttat … Tyra": the student's own household
                # (a surname alone; "Hej familjen Ali!" may be a given name and is reported),
                # as the sentence's subject or addressee; another household visited or met
                # ("hemma hos familjen Lindqvist") is reported
            other_initial = False
            ini = _GENITIVE.sub("", tok(b + 1)) if b + 1 < n else ""   # "Maja L", "Ebba K:s"
            if initials and len(ini) == 1 and sent_of[b + 1] == sent_of[b] \
                    and ini.isupper() and fold_word(ini) not in initials \
                    and not text[cands[words[b]].end:v.starts[words[b + 1]]].strip():   # (not "Aya (F i en)", a grade)
                other_initial = True   # "Maja L" when the student is "Maja S"
                end = v.ends[words[b + 1]]
            start, end = cands[words[a]].start, end or cands[words[b]].end
            # The student, also written in full or with a genitive; a span whose given name
            # is someone else's ("pappa Thomas Nyberg" for the student Sara Nyberg) is not.
            head, whole = name_heads(x, start, end)
            if not other_initial and any(w in subject_names or (w.endswith("s") and w[:-1] in subject_names)
                                         for w in (head, whole)):
                # Namesakes: "Ebba H och Ebba S", "Erik Eriksson (9B) och Erik Nilsson (9C)":
                # the first surname or initial the student's given name bears is the
                # student's (or the one `subject_names` gives); another is someone else
                mark = namesake_mark(x, start, end, b)
                first_mark = namesakes.setdefault(head, mark) if mark else ""
                if not mark or mark in subject_names or first_mark[:1] == mark[:1] and (
                        first_mark == mark or min(len(first_mark), len(mark)) == 1):
                    continue   # (also "Ebba Svensson" … "Ebba S.": the same pupil)
                if len(text[start:end].split()) == 1:
                    end = v.ends[words[b + 1]]   # "Ebba S:s": the initial with the name
            yield start, end, s
