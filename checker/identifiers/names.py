"""Person names in Swedish text without a trained Swedish NER model.

Evidence, strongest first:

1. *Swedish capitalisation.* Mid-sentence, Swedish capitalises proper nouns only (not
   weekdays, months, languages, nationalities or school subjects), so a capitalised word
   inside a sentence is a proper noun. At the start of a sentence a capital says nothing.
2. *Gazetteer.* Faker's `sv_SE` first and last names (loaded from the installed package),
   first names from a few more Faker locales that are common in Swedish schools (only those
   that are not Swedish words), `checker/data/names_sv.yaml`, and Swedish surname
   morphology (-sson, -berg, -ström, -qvist, …).
3. *Context cues.* "mamma X", "kompisen X", "X och Y" next to another name, "X:s",
   "X i 8C".

Names that are also ordinary words ("Klara", "Hans", "Per", "Alla", "Glad") are accepted
mid-sentence (the capital is the evidence) but at the start of a sentence only with a cue.
Unknown capitalised words (places, brands, titles) are names only with a person cue.

Not reported (see docs/identifiers.md for the reasoning):
- the described student (`subject_names`, also genitive "Alis"/"Ali:s");
- the writer's closing ("/Maria", "Hälsningar Anneli, mentor", a last line "Madame
  Svensson") and staff named in their role ("Lärare: Tomas Ek", "Maja Larsson, lärare");
- names used as knowledge: listed public figures, authors and characters; names with a
  regnal number ("Karl XII"); names near a knowledge cue ("en bok av …", "kung …"), or in
  a sentence (or the one after it) about a novel, a myth, a religion or about words;
  names coordinated with any of those ("Martin Luther King och Rosa Parks");
- names inside titles and company names ("Fallet Mona", "Salong Rosa AB").
"""
from __future__ import annotations

import importlib
import itertools
import re
import unicodedata

import re2
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc

from ..diskcache import marshalled
from ..nlp import SwedishWords
from ..normalize import _CASE_EXTRA, caseless, fold, fold_keep_length
from ..rules import parse_yaml
from .name_context import (
    _DOT_ABOVE, _DOTTED, _QUOTES, FOREIGN_CLOSINGS, _Cand, _cue, _undot, NameContext, fold_word, trie_regex,
)
from .name_cues import (
    _ITEM_MARKS,
    _TITLES,
    class_cue_after,
    person_cue_before,
    score_guardian_closings,
    score_item_subjects,
    score_joined_names,
    score_lower_case_names,
)
from .name_documents import _ONLY_NAMES  # noqa: F401  (re-exported: tests read names._ONLY_NAMES)
from .name_exclusions import join_spans, keep_groups
from .name_figures import _NAME_TAGS, mark_figures_and_works
from .name_places import english_sentence, not_a_person, unknown_name
from .name_staff import _OPENING_GREETINGS, later_messages, read_closing, role_hyphen_names, score_family_closings
from .name_student import student_spans

# A capitalised word inside a token, with an optional genitive ("Ali:s", "Ali's").
# Leading "/" (signature "/Maria") and "(" are allowed around it.
_WORD = re.compile(
    r"^[/(\"'«“”]*(?P<w>[^\W\d_]{2,}(?:-[^\W\d_]{2,})?)"
    r"(?P<gen>[:'’]s)?[.,!?;:)\"'»“”]*$"
)
# Any character that may start a name token: an upper-case letter or a leader. A broad
# class (anything but spaces, ASCII lower case, digits and common punctuation); each hit is
# checked with str.isupper like before.
_CAP_OR_LEADER = re.compile(r"[^\sa-zåäö0-9.,;:!?\-–)\]}%+=*#@&<>|\\^_`~$€£§]")
_PARSE_MEMO: dict[str, tuple[int, str, bool] | None] = {}


def _parse_word(t: str) -> tuple[int, str, bool] | None:
    """`_WORD` on a token, memoised: (offset of the word, the word, genitive?) or None."""
    try:
        return _PARSE_MEMO[t]
    except KeyError:
        pass
    if not (t[0].isupper() or t[0] in _LEADERS):
        got = None
    elif len(t) > 1 and t.isalpha() and t[1:].islower():   # the common case: "Oskar"
        got = (0, t, False)
    else:
        m = _WORD.match(t)
        # Each part capitalised, the rest lower case ("Anna-Karin", "Wiśniewska"; not "SvA").
        got = (m.start("w"), m["w"], bool(m["gen"])) if m and all(
            part[0].isupper() and part[1:].islower() for part in m["w"].split("-")) else None
    if len(_PARSE_MEMO) > 100_000:
        _PARSE_MEMO.clear()
    _PARSE_MEMO[t] = got
    return got


_DEFINITE = ("et", "en", "an", "na")
# The full stop of a courtesy title ends no sentence: "Mr. Alvarez" (a search ending at the dot).
_TITLE_DOT = re.compile(r"(?<![^\W\d_])(?:Mrs|Mr|Ms|Mx)\.$")
# Round 89: imperatives of an exercise; a sentence opening "X och" + one of these is an instruction ("Rita och förklara
# hur du tänker!"), not a name ("Rita och Alva bråkade", "Rita har glömt boken" stay names).
_INSTRUCTIONS = frozenset(fold(w) for w in ("förklara visa berätta beskriv skriv måla färglägg klipp jämför räkna svara "
                                            "motivera redovisa lös markera ringa stryk").split())
# Courtesy titles (not "Dr", "fröken": staff or doctors) before a surname: a person (round 24);
# the titles that make an adult of a name (`name_cues._TITLES`) and a few more.
_COURTESY_TITLES = _TITLES | frozenset(fold(w) for w in "mx señor señora madame monsieur".split())
# Lower-case particles inside surnames ("van Gogh", "Max von Sydow", "Hilma af Klint", "da Vinci").
_NAME_PARTICLES = frozenset(("van", "von", "der", "da", "de", "di", "du", "af", "le", "la"))
_ITEM_VERBS = frozenset(fold(w) for w in (
    "får behöver ska har hade är var kan vill måste saknar glömde kom gick slutar börjar behöva").split())
_PERSON_COMPOUNDS = ("person", "personen", "persons")   # "Resursperson", "Stödpersonen": no -son surname
_ENGLISH_CONTRACTIONS = frozenset(("what", "it", "that", "let", "he", "she", "there", "here", "who",
                                   "where", "how", "everyone", "nobody", "somebody", "today"))
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzåäöéèüëïçñæøáíóúãõôâêîûšžčćđ")
_LEADERS = frozenset("/(\"'«“")
# What follows an emoji's symbol inside it: variation selectors and the joiner (category Mn/Cf, no symbol).
_EMOJI_MARKS = "\ufe0e\ufe0f\u200d"
# The student's own name in its everyday forms: a hypocoristic and its full name(s) are one
# student ("Alex" for Alexander, "Kalle" for Karl, "Fia" for Sofia). Folded keys.
_NICKNAME_GROUPS = tuple(tuple(fold(w) for w in g.split()) for g in (
    "alexander alexandra alex", "maximilian max", "sofia sofie fia", "elisabet elisabeth lisa lisbeth",
    "karl carl kalle calle", "lars lasse", "per pelle", "nils nisse", "olof olov olle", "jan janne",
    "mikael michael micke", "joakim jocke", "isabella isabelle bella", "susanna susanne sanna", "katarina kattis",
    "kristina kicki", "markus marcus mackan", "abdullah abdi abbe", "ibrahim ibbe", "sebastian sebbe",
    "tobias tobbe", "robert robban", "jonathan jonatan jonte", "niklas nicklas nicke", "daniel danne",
    "gabriel gabbe", "ludvig ludde", "fredrik fredde", "stefan steffe", "matilda tilda", "therese tessan",
    "viktor victor vicke", "kristoffer christoffer kristofer stoffe", "benjamin benji",
    "william wille", "emanuel manne", "hampus hampe", "valter walter valle",
    "theodor teodor theo teo", "leonardo leo", "muhammed mohammed muhammad mohammad mo", "cornelia nellie nelly",
    "petronella nella", "victoria viktoria vicky", "rebecka rebecca becka", "josefin josefine jossan",
    "charlotte lotta", "caroline carolina caro", "ellinor elinor ellie"))
@lru_cache(maxsize=1024)
def _with_nicknames(subject: frozenset[str]) -> frozenset[str]:
    """The student's names and the everyday forms of their given names (round 20), and (round 64) the Polish
    genitive of a name in -a, which a parent signs with ("Mama Oliwii", "Tata Igi": Oliwia's, Iga's)."""
    slavic = frozenset(f for n in subject if len(n) > 2 and n.endswith("a")
                       for f in ((n[:-1] + "i",) if n.endswith("ia") else (n[:-1] + "i", n[:-1] + "y")))
    return subject | slavic | frozenset(w for g in _NICKNAME_GROUPS if not subject.isdisjoint(g) for w in g)

_OPENERS = frozenset(":-–—•*\"“”«»(/;'‘’")   # (a single quote opens a title too: "'Alla är olika'")
_SIGNATURE_LINE = re.compile(
    r"(?im)^[ \t]*(?:med\s+)?(?:vänlig(?:a)?\s+|bästa\s+|många\s+)?(?:hälsning(?:ar)?|mvh|vh|hälsar)\b"
    # round 34, read off r43: an English closing alone on its line, the name on the next ("Best wishes,\n
    # Emma Lindberg, English teacher"; not "Thanks for the help", which goes on)
    r"|^[ \t]*(?:(?:best(?:\s+wishes)?|(?:kind|best|warm)\s+regards|regards|cheers|(?:yours\s+)?sincerely"
    r"|all\s+the\s+best)[ \t]*,?|(?:(?:many\s+)?thanks|thank\s+you)[ \t]*,)[ \t]*$"   # ("Thanks!" may open a note)
)
# Round 59: a role or a staff place between the slash and the name ("/fritids Kim", "/vik Ahmed", "/mentor Anna").
_ROLE_BEFORE_SIGNATURE = (r"(?i:vik|vikarie|vikarien|fritids|fritidspersonal|fritidspedagog|fritidsledare|mentor|mentorn"
                          r"|lärare|läraren|klasslärare|rektor|kurator|skolsköterska|elevassistent|assistent|resurs"
                          r"|resursperson|specialpedagog|speciallärare|bibliotekarie|syv|studievägledare|expeditionen"
                          r"|modersmålslärare|studiehandledare|pedagog|elevhälsan)[ \t]+")
# (the closing word also abbreviated: "Hälsn. Ahmed (vik)", "Vänl. häls. Eva", round 24)
_SIGNATURE_INLINE = re.compile(
    r"(?:\b(?i:häls(?:n(?:ing(?:ar)?)?)?|mvh|vh|hälsar)\b[,!.]?|(?<!\S)/{1,2}(?=\s*(?:" + _ROLE_BEFORE_SIGNATURE + r")?[A-ZÅÄÖ])"
    r"|(?<!\S)[-–—](?=\s*[A-ZÅÄÖ][a-zåäö]+\s*$))"
)
# A line can hold a closing only if it has one of these (a cheap test before the two above):
# a slash or dash mark, or a closing word. The words are searched in the lower-cased line
# (`_maybe_signature`): one case-insensitive alternation with the marks cost ~10 µs a line.
_MAYBE_SIGNATURE_MARK = re.compile(r"(?<!\S)(?:/|[-–—]\s*[A-ZÅÄÖ])")
_MAYBE_SIGNATURE_WORDS = re.compile(r"häls|mvh|vh\b|önskar|kram|allt gott|ha det|vi hörs|vi ses|tack"
                                    r"|regards|best\b|cheers|thanks|thank you|sincerely|wishes|vänligen|\d{4}-\d\d?-\d|"
                                    + FOREIGN_CLOSINGS.replace("\\s+", " "))   # (round 32)
def _maybe_signature(line: str) -> bool:
    """`_MAYBE_SIGNATURE_MARK` or the closing words, case-insensitively, in one line."""
    if _MAYBE_SIGNATURE_MARK.search(line) is not None:
        return True
    low = caseless(line)   # (None only where no lower-casing keeps the length: a bool needs no offsets)
    return _MAYBE_SIGNATURE_WORDS.search(low if low is not None else line.translate(_CASE_EXTRA).lower()) is not None


# `_MAYBE_SIGNATURE_MARK` that cannot reach past a line break (`\s*` could), for a whole text.
# Written to start with the mark's character class ("(?<!\S.)" after it is "(?<!\S)" before
# it), so `re` scans for the few marks instead of trying the pattern at every position.
_MAYBE_SIGNATURE_MARK_LINE = re.compile(r"[/\-–—](?<!\S.)(?:(?<=/)|[^\S\n]*[A-ZÅÄÖ])")


def _signature_lines(text: str) -> list[int] | None:
    """The numbers of the lines where `_maybe_signature` can hold (and a few where it cannot,
    which the caller tests again), found with one search over the whole text instead of two
    per line (a text has dozens of lines, most with no closing). None if lower-casing changes the
    text's length (`caseless`; then each line is tested on its own). No hit can span lines: the mark pattern excludes
    the line break and the closing words hold none, and a line break is a word boundary as
    the end of a line is."""
    low = caseless(text)
    if low is None:
        return None
    hits = [m.start() for m in _MAYBE_SIGNATURE_MARK_LINE.finditer(text)]
    hits += _MAYBE_SIGNATURE_WORDS_ANY.starts(low)
    return sorted({text.count("\n", 0, h) for h in hits})


# A closing phrase followed by nothing but the writer's name(s) and maybe a role to the line
# end: "God jul önskar Maria och Johan", "Allt gott, Maria", "Kram Maria", "Vi hörs! Anna, SvA".
_CLOSING_PHRASE = re.compile(
    # Round 30: "Kram från Gunnel och Ahmed på avdelning Fjärilen", "Tack, Laura" (a comma or "!": "Tack
    # Ali!" thanks a pupil), and a unit after the names ("… på avdelning Fjärilen", "… i 4B").
    r"(?i:\b(?:allt\s+gott|ha\s+det\s+(?:bra|gott|fint)|kram(?:ar)?(?:\s+från)?|önskar|vi\s+hörs|vi\s+ses"
    r"|tack(?:\s+så\s+mycket|\s+på\s+förhand)?(?=[,!])"
    # English closings (round 8): "Best, Karin", "Kind regards, Eva Andersson", "Thanks, Priya"
    r"|best(?:\s+wishes)?|(?:kind|best|warm)\s+regards|regards|cheers|(?:many\s+)?thanks|thank\s+you"
    r"|(?:yours\s+)?sincerely|all\s+the\s+best"
    # round 56: "Vänligen, Helena" and a dated signature at the end ("2024-03-12, Anna Berglund")
    r"|vänligen|\d{4}-\d{1,2}-\d{1,2}"
    # round 32: closings in other languages ("Saludos, Lucía", "Terveisin Sanna", "Merci! Babak Rahimi")
    r"|" + FOREIGN_CLOSINGS + r"))[,!.]?[ \t]+"
    r"(?=[A-ZÅÄÖ][\w-]+(?:(?:[ \t]+(?:och|&|and)[ \t]+|[ \t]+)[A-ZÅÄÖ][\w-]+)*(?:,[ \t]*[\w .-]{1,40}"   # (and: round 93)
    r"|[ \t]+(?:på|i)[ \t]+[\w .-]{1,30})?"
    # round 56: a role in brackets after the name ("Best, Tom (science)")
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[.!]?[ \t]*$)"
)
# The last sentence/line is only a name, maybe with a title: "Madame Svensson", "Anneli"; round 95, read off r98:
# or a pupil's name with the class on a line of its own ("… kan du förklara igen?\nJennifer 6B").
_CLOSING_NAME = re.compile(
    # (round 97: a surname's initial after the name, "… Hon kommer ca 10.\nTekle G.")
    r"(?:^|[.!?\n])[ \t]*(?:[A-ZÅÄÖ][a-zåäö]+\.?[ \t]+)?[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+|[ \t]+[A-ZÅÄÖ]\.)?[ \t]*[.!]?[ \t]*$"
    r"|\n[ \t]*[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?,?[ \t]+(?:\d[A-ZÅÄÖa-zåäö]|åk[ \t]*\d)[ \t]*$"
)

# Two writers closing a letter to the families ("Veckobrev v.12 … Lisa och Johanna"); only in a
# text that opens as such a letter (a terse note may end with the pupils it is about).
_CLOSING_NAMES = re.compile(
    r"(?:^|[.!?\n])[ \t]*[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?:[ \t]*(?:,|och|&|/)[ \t]*"
    r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){1,2}[ \t]*[.!]?[ \t]*$"
)
_LETTER_OPENING = re.compile(
    # a greeting only to families or a group ("Hej alla föräldrar", "Hej allihop", "Kära
    # vårdnadshavare"): a bare "Hej!" also opens a note about pupils
    r"(?i)\W*(?:(?:hej|hejsan|hallå|kära|god\s+(?:morgon|dag))[ \t,]+(?:alla|allihopa?|ni|"
    r"föräldrar(?:na)?|vårdnadshavare|vårdnadshavarna|familjer(?:na)?|elever(?:na)?)|veckobrev|månadsbrev|informationsbrev|nyhetsbrev"
    r"|info(?:rmation)?\s+(?:till|från)|till\s+(?:alla\s+)?(?:vårdnadshavare|föräldrar)|meddelande\s+till)\b"
)

# (text, its `_signature_lines`, its `_signature_spans_of`, its lines' `_line_closing`s): see
# NameFinder._signatures
_SIGNATURES_LAST: tuple[str, list[int] | None, list[tuple[int, int]], dict] | None = None


def _line_closing(line: str, next_len: int) -> tuple[int, int] | None:
    """The writer's closing in one line, as offsets from the line's start, or None: a line
    that starts with a greeting reaches over the next line when that is short ("Med vänliga
    hälsningar" / "Anneli Svensson"), else the greeting or slash to the line end. A pure
    function of the line and the next line's length (0 when there is none), so a message of
    a text of several reuses what the whole text found for its lines (`_signature_spans_of`)."""
    if not _maybe_signature(line):   # no greeting, slash or dash: no closing here
        return None
    if _SIGNATURE_LINE.match(line):
        return 0, len(line) + 1 + next_len if next_len < 60 else len(line)
    m = _SIGNATURE_INLINE.search(line, max(0, len(line) - 60)) or _CLOSING_PHRASE.search(line)
    return (m.start(), len(line)) if m else None


def forget_signatures() -> None:
    """Drop the memo of the last text's closing (and with it the text): called when an
    identifier pass ends, so no checked text outlives the call that checked it."""
    global _SIGNATURES_LAST
    _SIGNATURES_LAST = None


@dataclass(frozen=True, slots=True)
class NameLexicon:
    first: frozenset[str]
    native: frozenset[str]   # Swedish first names and all surnames (foreign first names are not)
    last: frozenset[str]
    wordlike: frozenset[str]
    places: frozenset[str]
    not_names: frozenset[str]
    not_names_dotted: frozenset[str]   # written forms of listed non-names whose folded key is a given name ("isä")
    staff: tuple[frozenset[str], tuple[str, ...]]   # role words ("rektor", "mattelärare", "kuratorn")
    staff_places: frozenset[str]   # "X från fritids", "X på expeditionen": staff
    staff_bodies: frozenset[str]   # "X i personalen": the staff as a body (among `staff_places` too)
    staff_services: tuple[frozenset[str], tuple[str, ...]]   # "studiehandledning med X", "plan hos X"
    staff_heads: tuple[frozenset[str], tuple[str, ...]]   # "Mickes lektion", "Stefans anteckning"
    staff_documents: tuple[frozenset[str], tuple[str, ...]]   # "Planering fysik åk 8 med Mats"
    handover_documents: tuple[frozenset[str], tuple[str, ...]]   # "Överlämning … musik (Jens Olofsson)"
    pets: frozenset[str]   # "sin hund Sigge": an animal, not a person
    public_single: frozenset[str]
    public_prior: frozenset[str]   # listed single names that are ordinary names too ("Elsa", "Zlatan")
    public_multi: dict[str, tuple[tuple[str, ...], ...]]   # by first word, longest first
    suffixes: tuple[str, ...]
    knowledge: tuple[frozenset[str], tuple[str, ...]]
    strong_knowledge: tuple[frozenset[str], tuple[str, ...]]
    carry_knowledge: tuple[frozenset[str], tuple[str, ...]]
    carry_prior: tuple[frozenset[str], tuple[str, ...]]   # only listed names of the next sentence: games
    strong_rx: "_CueScanner"   # any strong cue, on folded text (a cheap first filter)
    weak_rx: "_CueScanner"     # any (weak) knowledge cue, on folded text
    person: tuple[frozenset[str], tuple[str, ...]]
    family: tuple[frozenset[str], tuple[str, ...]]   # the person cues that name relatives
    person_verbs: tuple[frozenset[str], tuple[str, ...]]   # "retade X", "X retade Lina"
    topic_verbs: tuple[frozenset[str], tuple[str, ...]]   # "läsa om X"
    window_only: tuple[frozenset[str], tuple[str, ...]]   # knowledge cues that also judge pupils
    topic_nouns: tuple[frozenset[str], tuple[str, ...]]   # "en faktatext om X"
    genitive_heads: tuple[frozenset[str], tuple[str, ...]]   # "Newtons lagar"
    institutions: tuple[frozenset[str], tuple[str, ...]]   # "torg", "kyrka", "gymnasium" after a name
    guardians: frozenset[str]     # a closing signed by a guardian is a guardian's name
    guardians_written: frozenset[str]   # the same, lower case with å, ä, ö (see `NameContext.guardian_at`)
    title_cues: frozenset[str]    # a capitalised word right after these starts a title
    social: tuple[frozenset[str], tuple[str, ...]]   # "jobba med X", "lekt med X": X is a person
    directed: tuple[frozenset[str], tuple[str, ...]]   # "kastade sudd på X", "skrek åt X" (round 41)
    english: frozenset[str]       # common English words (Faker's lorem list, English stop words)
    foreign_stop: frozenset[str]  # function words of other languages, none Swedish or English (round 32)
    stop_folded: frozenset[str]   # `stop_words` folded, as `NameContext.keys` are
    swedish_words: SwedishWords   # membership = a Swedish word form
    stop_words: frozenset[str]
    headings: frozenset[str] = frozenset()   # "Juni:", "Lesson:" opening a line: a heading
    naming_heads: frozenset[str] = frozenset()   # "stormen Gudrun", "skeppet Vasa": no person
    towns: frozenset[str] = frozenset()   # every listed town, also those that are given names too
    english_wordlike: frozenset[str] = frozenset()   # given names that are English words ("Hope", "Sad")
    english_vocab: frozenset[str] = frozenset()   # English words (WordNet index, stop words): a sentence's language
    english_common: frozenset[str] = frozenset()   # the adjectives, verbs and adverbs among them (no places, no people)
    games: frozenset[tuple[str, ...]] = frozenset()   # listed games: no person, and no knowledge cue either
    surname_heads: frozenset[str] = frozenset()   # what gazetteer surnames hold before a surname ending ("strand", "ljung")
    name_countries: frozenset[str] = frozenset()   # countries that are given names too ("Israel", "India")
    dotted: frozenset[str] = frozenset()   # the gazetteer's spellings with å/ä/ö, lower case ("åsa", "jörg")
    casts: dict[str, frozenset[int]] = field(default_factory=dict)   # member -> its casts (public_figures.yaml)
    # round 100: a title's first word -> (its words, the work's characters) (public_figures.yaml `works`)
    works: dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]] = field(default_factory=dict)
    characters: frozenset[str] = frozenset()   # every member of a cast or a work (the content rules' `subject: character`)

    def is_surname(self, key: str, lower: str = "") -> bool:
        """In the gazetteer, or ends like a Swedish surname (checked on the unfolded form) and
        is no Swedish word ("Kontaktperson", "Grundström" is a name, "ordförandeskap" no)."""
        return key in self.last or (len(lower) > 4 and lower.endswith(self.suffixes)
                                    and lower not in self.swedish_words
                                    and not lower.endswith(_PERSON_COMPOUNDS)   # "Resursperson"
                                    and not self._word_compound(lower))

    def english_words_lead(self, tokens: Iterable[str]) -> bool:
        """More English-only than Swedish-only lower-case words among a sentence's tokens, or
        English words and no Swedish-only one ("Sad kid.", "Hope is important") – round 20.
        Read by the name finder (`name_places.english_sentence`) and the second opinion."""
        en = sv = shared = 0
        for t in tokens:
            if not (t.isalpha() and t.islower()):
                continue
            e = t in self.english_vocab
            w = t in self.swedish_words or t in self.stop_words
            if e and not w:
                en += 1
            elif w and not e:
                sv += 1
            elif e:
                shared += 1
        return en > sv or (sv == 0 and shared > 0)

    def foreign_words_lead(self, keys: Iterable[str]) -> bool:
        """Another language than Swedish or English: a sentence's folded words hold two or more
        of another language's function words (`foreign_stop`) more than its Swedish stop words
        and common English words – round 32. Read by `NameContext.foreign_sents` and the second
        opinion."""
        count = 0
        for key in keys:
            if key in self.foreign_stop:
                count += 1
            elif key in self.stop_folded or key in self.english:
                count -= 1
        return count >= 2

    def _word_compound(self, lower: str) -> bool:
        """A Swedish compound with a surname-like head: with a linking -s- ("arbetsblad", "tidsgren",
        "ledningsström": the first part, without its -s or with -e for it, is a Swedish word of 5+
        letters), or – round 55 – without one ("formelblad", "faktablad", "glosblad": the first part, 4+
        letters, is a Swedish word that no gazetteer surname holds before such an ending; "Strandberg",
        "Ljunggren", "Rosenqvist" show that nature words build surnames, so those keep the surname
        reading). Not the -son names ("Månsson", "Hansson"; round 24)."""
        if lower.endswith("son"):
            return False
        words = self.swedish_words
        for suf in self.suffixes:
            if lower.endswith(suf):
                part = lower[:-len(suf)]
                if len(part) >= 6 and part.endswith("s") and (part[:-1] in words or part[:-1] + "e" in words):
                    return True
                if len(part) >= 4 and part in words and fold(part) not in self.surname_heads:
                    return True
        return False


def _after_closing_slash(text: str, start: int) -> bool:
    """The word at `start` follows one or more slashes that follow a space or the text's start ("… idag. /Klara",
    "//Hans"): a closing's slash, not "och/eller" or "SO/Historia" (round 91)."""
    j = start
    while j > 0 and text[j - 1] == "/":
        j -= 1
    return j < start and (j == 0 or text[j - 1].isspace())


class _CueScanner:
    """A trie of literal cue words compiled with RE2: over a whole text its automaton is two to
    three times as fast as `re`'s backtracking, and for literals and groups its leftmost-first
    matches are `re`'s (property test in tests/test_fast_paths.py).

    It scans the text's UTF-8 bytes and turns the few match offsets into character offsets
    itself: RE2's `str` interface converts the offsets of every match as it goes, which cost
    as much as the scan."""

    __slots__ = ("pattern", "_rx")

    def __init__(self, pattern: str) -> None:
        options = re2.Options()
        options.log_errors = False
        self.pattern = pattern
        self._rx = re2.compile(pattern.encode("utf-8"), options)

    def starts(self, text: str) -> list[int]:
        """Character offsets where the matches start (leftmost-first, not overlapping)."""
        data = text.encode("utf-8", "surrogatepass")
        found = [m.start() for m in self._rx.finditer(data)]
        if found and len(data) != len(text):   # (a match starts at a character boundary)
            found = [len(data[:b].decode("utf-8", "surrogatepass")) for b in found]
        return found


# The closing words without their "\b" (lines found with it are tested again, exactly, by
# `_maybe_signature`), for RE2, which scans an alternation of words in one pass.
_MAYBE_SIGNATURE_WORDS_ANY = _CueScanner(_MAYBE_SIGNATURE_WORDS.pattern.replace("\\b", ""))


def _cues(entries: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    exact, prefix = set(), []
    for e in entries:
        if e.endswith("*"):
            prefix.append(fold(e[:-1]))
        else:
            exact.add(fold(e))
    return frozenset(exact), tuple(prefix)


# Cyrillic → Latin as names are usually spelt in Swedish school registers ("Оксана Мельник" →
# "Oksana Melnyk"); Ukrainian г is h, Russian/Bulgarian/Macedonian г is g.
_CYRILLIC = dict(zip("абвдежзийклмнопрстуфхцчшщъыьэюяіїєґёѓќѕџј",
                     ("a b v d e zh z y y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya i yi ye g e g k dz dzh j").split(" ")))
_NON_LATIN_SCRIPT = ("ar_", "bn_", "el_", "fa_", "gu_", "he_", "hi_", "hy_", "ja_", "ka_", "ko_", "mr_", "ne_",
                     "or_", "si_", "ta_", "th_", "zh_")


def _romanise(name: str, locale: str) -> str | None:
    """A name in Latin script: as it is, transliterated from Cyrillic, or None."""
    low = name.lower()
    if any("CYRILLIC" in unicodedata.name(c, "") for c in low):
        table = dict(_CYRILLIC, г="h", и="y") if locale.startswith("uk") else dict(_CYRILLIC, г="g", и="i")
        low = "".join(table.get(c, c) for c in low)
    if low and all(c == "-" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in low):
        return low
    return None


def _faker_names(locale: str) -> tuple[set[str], set[str]]:
    """(first names, last names) of one Faker locale, lower case, in Latin script."""
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:
        return set(), set()
    out: tuple[set[str], set[str]] = (set(), set())
    attrs = [a for a in dir(provider) if a.endswith("names") and not a.startswith("_")]
    if locale.startswith(_NON_LATIN_SCRIPT):   # Chinese, Japanese: their romanised lists only
        attrs = [a for a in attrs if "romanized" in a]
    for k, kind in enumerate(("first", "last")):
        for attr in (a for a in attrs if kind in a):
            names = getattr(provider, attr, None)
            if not isinstance(names, (list, tuple, dict, set, frozenset)):
                continue   # a locale that builds its lists at run time
            for n in names:
                if isinstance(n, str):
                    low = _romanise(n, locale)
                    if low:
                        out[k].add(low)
    return out


def _faker_locales() -> list[str]:
    """Every person locale Faker ships in a script a Swedish text uses (Latin, Cyrillic)."""
    import pkgutil

    import faker.providers.person as person

    # "en" is a generic list of everything ever used as an English name ("London", "Baker").
    return [m.name for m in pkgutil.iter_modules(person.__path__)
            if m.name not in ("sv_SE", "en") and (not m.name.startswith(_NON_LATIN_SCRIPT)
                                                   or m.name in _ROMANISED_LOCALES)]


# Locales in another script whose provider also lists names romanised ("Wei", "Yuki").
_ROMANISED_LOCALES = ("ja_JP", "zh_CN", "zh_TW")


def _all_faker_names() -> list[tuple[str, set[str], set[str]]]:
    """(locale, first names, last names) by `_faker_names` for every `_faker_locales()`.

    Kept on disk (`checker.diskcache`) per Faker version and version of this module:
    importing and romanising some 60 locales' lists took most of the lexicon's build,
    about a second of every process's start-up.
    """
    import hashlib

    import faker

    key = f"{faker.VERSION}-{hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:16]}"
    data = marshalled("faker_names", key,
                      lambda: [(loc, *(sorted(s) for s in _faker_names(loc))) for loc in _faker_locales()])
    return [(loc, set(firsts), set(lasts)) for loc, firsts, lasts in data]


# Surnames from these locales are too often ordinary words of languages Swedish school texts
# quote ("Good", "Smart", "English", "Bruder"); Swedish morphology and the YAML cover them.
_WORDY_SURNAMES = ("en_", "de_", "fr_", "es", "it_", "nl_", "pt_", "da_", "no_", "is_", "ga_")


def _swedish_spellings(low: str) -> Iterator[str]:
    """The name with a/o read as å/ä/ö where a Swedish word would have them ("kara" → "kära",
    "ova" → "öva", "haller" → "håller"); the first three a/o only."""
    idx = [i for i, c in enumerate(low) if c in "ao"][:3]
    options = [("a", "å", "ä") if low[i] == "a" else ("o", "ö") for i in idx]
    for combo in itertools.product(*options):
        chars = list(low)
        for i, ch in zip(idx, combo):
            chars[i] = ch
        variant = "".join(chars)
        if variant != low:
            yield variant


def _by_first_word(names: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        out.setdefault(name[0], []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


# Languages whose families write to Swedish schools, and whose spaCy stop-word lists tell a sentence
# in them (round 32): German, French, Spanish, Portuguese, Italian, Dutch, Polish, Finnish, Norwegian,
# Danish, Turkish, Croatian, Serbian, Albanian, Russian and Ukrainian.
_NOT_FOREIGN = frozenset(("ja", "ju", "jo", "ej", "hi", "ok", "nej", "nu", "te"))   # Swedish in speech and notes
_FOREIGN_STOP_LANGS = ("de", "fr", "es", "pt", "it", "nl", "pl", "fi", "nb", "da", "tr", "hr", "sr", "sq", "ru", "uk")


def _foreign_stop_words(swedish: SwedishWords, english: frozenset[str], sv_stop: frozenset[str],
                        en_stop: frozenset[str]) -> frozenset[str]:
    """Folded function words of `_FOREIGN_STOP_LANGS` (spaCy's stop-word lists) that are neither
    Swedish nor English words (`sv_stop`, `en_stop`: spaCy's Swedish and English stop words, as
    `load_lexicon` holds them): two or more of them mark a sentence in another language
    (`NameContext.foreign_sents`), whose capitalised words are that language's ("Ela", "Esa",
    German nouns), not names."""

    def swedish_spelt(key: str) -> bool:
        """Some Swedish word or stop word folds to `key` ("pa" is "på", "nar" is "när")."""
        options = [{"a": "aåä", "o": "oö"}.get(ch, ch) for ch in key]
        if sum(len(o) > 1 for o in options) > 6:
            return False
        return any((w := "".join(t)) in swedish or w in sv_stop for t in itertools.product(*options))

    out = set()
    for lang in _FOREIGN_STOP_LANGS:
        for w in importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS:
            w = w.lower()
            if w.isalpha() and len(w) > 1 and w not in _NOT_FOREIGN and w not in en_stop and w not in english \
                    and not swedish_spelt(key := fold(w)):
                out.add(key)
    return frozenset(out)


def _english_words() -> set[str]:
    """Common English words: English quotes in Swedish school texts are capitalised at their
    start and are no names ("Such a nice girl", "Good job")."""
    from faker.providers.lorem.en_US import Provider as Lorem
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP

    return {w.lower() for w in Lorem.word_list} | set(EN_STOP)


def _english_vocabulary(base: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """English words (spaCy's WordNet lemma index and stop words, lower case), to tell an
    English sentence from a Swedish one, and the adjectives, verbs and adverbs among them
    (WordNet's nouns hold places and people: "gothenburg", "einstein") — round 20; both hold
    `base` (`_english_words`). Loaded once, about 30 ms."""
    import gzip
    import json
    import os

    try:
        import spacy_lookups_data
        path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", "en_lemma_index.json.gz")
        with gzip.open(path) as f:
            index = json.load(f)
        words = {w for ws in index.values() for w in ws if w.isalpha()}
        common = {w for pos in ("adj", "verb", "adv") for w in index.get(pos, ()) if w.isalpha()}
    except (ImportError, OSError, ValueError):
        words, common = set(), set()
    return frozenset(words | base), frozenset(common | base)


def _foreign_names(native_all: frozenset[str], swedish_words: SwedishWords, stop: frozenset[str],
                   en_stop: frozenset[str]) -> tuple[set[str], set[str], set[str]]:
    """Folded first and last names of every other Faker locale, and those of them that are
    Swedish words once å/ä/ö are put back ("Kara" ~ "kära"), for `load_lexicon`.

    Checking some 170,000 spellings against the lemma table took half the lexicon's build,
    so the result is kept on disk (`checker.diskcache`), keyed by everything it reads: the
    native names and stop words (hashed), Faker's version, the lemma table file and this
    module's source.
    """
    import hashlib

    import faker

    from ..nlp import _lookups_file

    def build() -> list[list[str]]:
        foreign: set[str] = set()
        foreign_last: set[str] = set()
        wordish: set[str] = set()
        for locale, firsts, lasts in _all_faker_names():
            if locale.startswith(_WORDY_SURNAMES):
                lasts = set()
            for names, into, shortest in ((firsts, foreign, 3), (lasts, foreign_last, 4)):
                for low in names:
                    if len(low) < shortest or low in swedish_words or low in stop or low in en_stop:
                        continue
                    key = fold(low)
                    into.add(key)
                    if key not in native_all and any(v in swedish_words for v in _swedish_spellings(low)):
                        wordish.add(key)
        return [sorted(foreign), sorted(foreign_last), sorted(wordish)]

    digest = hashlib.sha1(Path(__file__).read_bytes())
    for words in (native_all, stop, en_stop):
        digest.update("\n".join(sorted(words)).encode("utf-8") + b"\0")
    table = _lookups_file().stat()
    key = f"{faker.VERSION}-{table.st_size}-{int(table.st_mtime)}-{digest.hexdigest()[:16]}"
    foreign, foreign_last, wordish = marshalled("foreign_names", key, build)
    return set(foreign), set(foreign_last), set(wordish)


def _surname_heads(last: Iterable[str], suffixes: tuple[str, ...]) -> frozenset[str]:
    """What the gazetteer's surnames hold before a surname ending ("strand" of "strandberg"): the first parts
    that build names (`NameLexicon._word_compound`). One C-level endswith per surname first: about 11,000 of them."""
    return frozenset(k[:-len(suf)] for k in last if k.endswith(suffixes)
                     for suf in suffixes if k.endswith(suf) and len(k) > len(suf))


def load_lexicon() -> NameLexicon:
    """Build the lexicon from Faker's installed data and our YAML additions (once)."""
    from faker.providers.person.sv_SE import Provider
    from spacy.lang.sv.stop_words import STOP_WORDS

    data = parse_yaml(resources.files("checker").joinpath("data/names_sv.yaml").read_text(encoding="utf-8"))
    native = {fold(n) for n in (*Provider.first_names_male, *Provider.first_names_female, *data["first_names"])}
    last = {fold(n) for n in (*Provider.last_names, *data["last_names"])}
    adverbs = frozenset(data["sentence_adverbs"])
    swedish_words = SwedishWords(adverbs | frozenset(map(fold, adverbs)))
    stop = frozenset(STOP_WORDS)
    # Names from every other Faker locale (students in Swedish schools come from everywhere).
    # A name that is also a Swedish word form ("Lilla", "Bergen", "Rosa") is not taken; one
    # that folds onto a Swedish word with diacritics ("Kara" ~ "kära") is, but at the start
    # of a sentence it needs a cue like any word-like name (`foreign` is checked at run time).
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP

    native_all = frozenset(native | last)
    foreign, foreign_last, wordish = _foreign_names(native_all, swedish_words, stop, frozenset(EN_STOP))
    last |= foreign_last
    # A listed non-name written with å/ä/ö whose folded form is a given name ("Isä", Finnish for father, folds to
    # "Isa") is kept out by its written form (`not_names_dotted`): folded into `not_names` it removed the name
    # itself ("Bruno kallade Isa för …", round 93).
    not_names_dotted = frozenset(w.lower() for w in data["not_names"]
                                 if (k := fold(w)) != w.lower() and (k in native or k in foreign))
    not_names = frozenset(fold(w) for w in data["not_names"] if w.lower() not in not_names_dotted)
    first = (native | foreign) - not_names
    places = {fold(p) for p in data["places"] if " " not in p}
    # Swedish towns (our list and Faker's sv_SE cities) unless a pupil may be called that
    # ("Nora", "Salem"): a surname-like town ("Varberg") is still part of a full name.
    from faker.providers.address.sv_SE import Provider as SvAddress
    # A given name in any Faker locale counts, even one `first` left out as a Swedish word form
    # ("Eda" is a town and a Turkish name).
    any_first = {fold(n) for _, firsts, _ in _all_faker_names() for n in firsts}
    # Spellings with å/ä/ö that some list has: a word written with them that folds onto a name
    # only listed without them is another word ("Påm:" is no "Pam"; round 21)
    dotted = frozenset(w for w in itertools.chain(
        (n.lower() for n in (*Provider.first_names_male, *Provider.first_names_female, *Provider.last_names,
                             *data["first_names"], *data["last_names"])),
        *(itertools.chain(firsts, lasts) for _, firsts, lasts in _all_faker_names()))
        if _DOTTED.search(w))
    towns = frozenset(t for t in map(fold, (*data.get("towns", ()), *SvAddress.cities)) if " " not in t)
    places |= {t for t in towns if t not in first and t not in any_first}
    # Countries (Faker's Swedish and English lists) are places ("pappa från Chile"), except
    # those that are also given names or surnames ("Jordan", "Israel").
    from faker.providers.address.en_US import Provider as EnAddress
    from faker.providers.address.sv_SE import Provider as SvAddress
    countries = {c for c in map(fold, (*SvAddress.countries, *EnAddress.countries)) if " " not in c}
    places |= {c for c in countries if c not in native and c not in last and c not in first}
    # (those that are names are places only where a place is read: `_COUNTRY_PREPOSITIONS`, round 21)
    name_countries = frozenset(c for c in countries if c not in places)
    # Swedish given names in the old spelling with w for v and back ("Wilgot", "Wendela",
    # "Ewert", "Siw"; round 22): a variant that is no Swedish or English word, stop word or
    # surname is the same given name.
    en_stop = frozenset(EN_STOP)
    english = frozenset(_english_words())
    first |= {var for name in native for a, b in (("v", "w"), ("w", "v")) if a in name
              for var in (name.replace(a, b),)
              if var not in swedish_words and var not in stop and var not in en_stop and var not in english
              and var not in last and var not in not_names and var not in places} - first
    places = frozenset(places | {p + "s" for p in places if not p.endswith("s")})   # "Kurdistans självstyre"
    figures = parse_yaml(resources.files("checker").joinpath("data/public_figures.yaml").read_text(encoding="utf-8"))
    casts: dict[str, set[int]] = {}
    for number, cast in enumerate(figures.pop("casts", ())):
        for member in cast:
            casts.setdefault(fold(member), set()).add(number)
    works: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for titles, members in (figures.pop("works", None) or {}).items():
        for title in titles.split("|"):
            title_words = tuple(re.findall(r"\w+", fold(title)))
            works.setdefault(title_words[0], []).append((title_words, frozenset(map(fold, members))))
    public = [tuple(fold(w) for w in p.split()) for group in figures.values() for p in group]
    # "van Gogh", "Max von Sydow": what follows a lower-case particle is the name a text uses alone
    # ("van Goghs stilleben": the particle, in lower case, is no candidate that could start the
    # full name), so it is an entry too (round 52; not a place: "Santiago de Chile")
    public += [tuple(fold(w) for w in words[i + 1:]) for group in figures.values() for p in group
               for words in (p.split(),) for i, w in enumerate(words[:-1])
               if w in _NAME_PARTICLES and words[i + 1][:1].isupper() and fold(words[-1]) not in places]
    # A single-word public name that is also an ordinary first name or a listed surname
    # ("Elsa", "Zlatan", "Karlsson") would hide real people: it is only a prior, knowledge
    # when its sentence has a knowledge cue.
    always = {fold(w) for w in figures.get("always", ())}
    single = frozenset(p[0] for p in public if len(p) == 1 and (
        (p[0] not in first and p[0] not in last) or p[0] in always))
    prior = frozenset(p[0] for p in public if len(p) == 1) - single
    # "Dostojevskijs Idioten": the genitive of a listed surname no gazetteer knows
    single = single | frozenset(w + "s" for w in single if not w.endswith("s") and w + "s" not in first)
    knowledge_entries = [*data["knowledge_cues"], *data["strong_knowledge_cues"]]
    english_vocab, english_common = _english_vocabulary(english)
    return NameLexicon(
        first=frozenset(first),
        native=native_all,
        last=frozenset(last) - not_names,
        wordlike=frozenset(fold(w) for w in data["wordlike"]) | frozenset(wordish),
        places=places,
        towns=towns,
        english_wordlike=frozenset(fold(w) for w in data.get("english_wordlike", ())),
        # (multi-word brands mark their words like games and make no sentence knowledge)
        games=frozenset(tuple(fold(w) for w in g.split())
                        for g in (*figures.get("games_and_apps", ()), *figures.get("brands", ()))),
        name_countries=name_countries,
        dotted=dotted,
        english_vocab=english_vocab,
        english_common=english_common,
        not_names=not_names,
        not_names_dotted=not_names_dotted,
        staff=_cues(data["staff_roles"]),
        staff_places=frozenset(fold(w) for w in (*data["staff_places"], *data["staff_bodies"])),
        staff_bodies=frozenset(fold(w) for w in data["staff_bodies"]),
        staff_services=_cues(data["staff_services"]),
        staff_heads=_cues(data["staff_heads"]),
        staff_documents=_cues(data["staff_documents"]),
        handover_documents=_cues(data["handover_documents"]),
        pets=frozenset(fold(w) for w in data["pet_words"]),
        public_single=single,
        public_prior=prior,
        public_multi=_by_first_word(p for p in public if len(p) > 1),
        casts={k: frozenset(v) for k, v in casts.items()},
        works={k: tuple(v) for k, v in works.items()},
        characters=frozenset(casts) | frozenset(m for titles in works.values() for _, cast in titles for m in cast),
        suffixes=tuple(s.lower() for s in data["surname_suffixes"]),
        surname_heads=_surname_heads(last, tuple(fold(x) for x in data["surname_suffixes"])),
        knowledge=_cues(data["knowledge_cues"]),
        strong_knowledge=_cues(data["strong_knowledge_cues"]),
        carry_knowledge=_cues(data["carry_knowledge_cues"]),
        carry_prior=_cues(data["carry_prior_cues"]),
        strong_rx=_CueScanner(trie_regex({fold(c.rstrip("*")) for c in data["strong_knowledge_cues"]})),
        weak_rx=_CueScanner(trie_regex({fold(c.strip("*")) for c in knowledge_entries})),
        person=_cues([*data["person_cues"], *data["person_verbs"]]),
        person_verbs=_cues(data["person_verbs"]),
        topic_verbs=_cues(data["topic_verbs"]),
        window_only=_cues(data["window_only_cues"]),
        family=_cues(data["family_cues"]),
        topic_nouns=_cues(data["topic_nouns"]),
        genitive_heads=_cues(data["genitive_heads"]),
        institutions=_cues(data["institution_heads"]),
        guardians=frozenset(fold(w) for w in data["guardian_words"]),
        guardians_written=frozenset(w.lower() for w in data["guardian_words"]),
        title_cues=frozenset(fold(w) for w in data["title_cues"]),
        social=_cues(data["social_verbs"]),
        directed=_cues(data["directed_verbs"]),
        english=english,
        foreign_stop=_foreign_stop_words(swedish_words, english, stop, en_stop),
        swedish_words=swedish_words,
        stop_words=stop,
        stop_folded=frozenset(map(fold, stop)),
        headings=frozenset(fold(w) for w in data.get("heading_words", ())),
        naming_heads=frozenset(fold(w) for w in data.get("naming_heads", ())),
    )


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _positions(text: str, ch: str) -> Iterator[int]:
    """Offsets of `ch` in `text`, found by `str.find`."""
    k = text.find(ch)
    while k >= 0:
        yield k
        k = text.find(ch, k + 1)


def _sentence_numbers(doc: Doc) -> list[int]:
    """Sentence number per token, from the Doc's SENT_START array (a token starts a
    sentence if it is the first one or its flag is 1)."""
    import numpy
    from spacy.attrs import SENT_START

    if not len(doc):
        return []
    first = doc.to_array([SENT_START]).reshape(-1) == 1
    first[0] = True
    return (numpy.cumsum(first) - 1).tolist()


@dataclass(slots=True)
class TokenView:
    """Parallel per-token lists: what the finder reads (from an Analysis, or a bare Doc)."""

    text: str
    starts: list[int]
    ends: list[int]
    folds: list[str]         # folded lower form
    is_word: list[bool]      # not whitespace, not punctuation
    sent: list[int]          # sentence number
    sent_start: list[bool] | None   # (from_doc only; sent[i] != sent[i - 1] says the same)
    fold_text: str | None = None   # the whole text folded, if the caller has it
    blank_lines: list[int] | None = None   # where a blank line stands (the line break's offset)

    @classmethod
    def from_analysis(cls, a) -> "TokenView":
        """From the checker's Analysis. Sentence numbers come from one array operation
        (the Analysis computes its own only if some other rule asks for them)."""
        sent = a.__dict__.get("_sentences", (None,))[0]
        if sent is None:
            sent = _sentence_numbers(a.doc)
        text = a.text
        blank = None
        if "\n" in text:
            # normalisation writes any run of white space holding a line break as one "\n":
            # the original run says whether it was a blank line
            norm = a.norm
            original, to_original = norm.original, norm.to_original
            blank = [k for k in _positions(text, "\n") if original.count("\n", *to_original(k, k + 1)) > 1]
        return cls(text, a.starts, a.ends, a.fold, a.is_word, sent, None, getattr(a, "fold_text", None), blank)

    @classmethod
    def from_doc(cls, doc: Doc) -> "TokenView":
        from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SENT_START

        arr = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT, SENT_START]).tolist()
        text = doc.text
        starts = [r[0] for r in arr]
        ends = [r[0] + r[1] for r in arr]
        is_word = [not (r[2] or r[3]) for r in arr]
        first = [r[4] == 1 or i == 0 for i, r in enumerate(arr)]
        sent, s = [], -1
        for f in first:
            s += f
            sent.append(s)
        ft = fold_keep_length(text)
        folds = [fold(text[a:b]) if w else text[a:b] for a, b, w in zip(starts, ends, is_word)]
        return cls(text, starts, ends, folds, is_word, sent, first, ft,
                   [m.start() for m in _BLANK_LINE.finditer(text)] if "\n" in text else None)

    def part(self, start: int, end: int) -> "TokenView":
        """The view of `text[start:end]` alone (one message of several), offsets from `start`.
        `start` and `end` are token boundaries (a word's start, the end of the text before a
        blank line)."""
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        sent = self.sent[i:j]
        first = sent[0] if sent else 0
        sent_start = None
        if self.sent_start is not None:
            sent_start = self.sent_start[i:j]
            if sent_start:
                sent_start[0] = True
        return TokenView(self.text[start:end], [p - start for p in self.starts[i:j]],
                         [p - start for p in self.ends[i:j]], self.folds[i:j], self.is_word[i:j],
                         [k - first for k in sent], sent_start,
                         None if self.fold_text is None else self.fold_text[start:end],
                         [b - start for b in self.blank_lines or () if start <= b < end])


# A list item's marker right before a word ("Regler: 1) Alla får vara med. 2) …", "b) Ingen …"): the word
# opens the item as a sentence's first word does (round 51). One or two digits or one letter and ")", at the
# text's or a line's start or after a space or a colon.
_LIST_MARKER = re.compile(r"(?:^|(?<=[\s:]))(?:\d{1,2}|[a-zA-Z])\)$")


class NameFinder:
    """Finds other people's names in a spaCy Doc. Built once; `find` is per text."""

    def __init__(self, lexicon: NameLexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        self._forms: dict[str, tuple | None] = {}   # token text -> `_form` (bounded)
        self._facts: dict[tuple[str, str], tuple[bool, bool, bool]] = {}   # -> `_facts_of` (bounded)

    # ----------------------------------------------------------------- helpers
    def _candidates(self, v: "TokenView", subject: frozenset[str]) -> dict[int, _Cand]:
        """Capitalised word tokens (the only tokens that can be names, but for the lower-case
        case after a person cue). Only tokens that start with a capital or a leader are
        looked at; one comprehension finds them."""
        lex = self.lex
        out: dict[int, _Cand] = {}
        text, starts, ends, sent = v.text, v.starts, v.ends, v.sent
        # Token starts that hold a capital or a leader: a regex finds the characters, a
        # binary search maps them to tokens (the last token starting there, as a dict from
        # starts would; no Python loop over every token).
        caps = []
        for m in _CAP_OR_LEADER.finditer(text):
            pos = m.start()
            i = bisect_right(starts, pos) - 1
            if i >= 0 and starts[i] == pos:
                caps.append(i)
        form_of = self._form
        for i in caps:
            a, b = starts[i], ends[i]
            if a >= b:
                continue
            t = text[a:b]
            form = form_of(t)
            if form is None:
                continue
            start, word, key, low, gen, alt = form
            start += a
            # "Alis", "Oskars": genitive -s on a known name (not if the -s form is itself the
            # student's or a known name: see `_form`, which checked the lexicon once).
            if alt is not None and key not in subject and (alt[4] or alt[1] in subject):
                word, key, low, gen = alt[0], alt[1], alt[2], True
            # Sentence-initial (a capital there is no evidence): the cheap tests first, then
            # the previous non-space token's last character ("" at the start, "\n" after a
            # line break).
            initial = i == 0 or sent[i] != sent[i - 1] or t[0] in _LEADERS
            if not initial:
                prev = ""
                j = i - 1
                while j >= 0:
                    pa, pb = starts[j], ends[j]
                    if pa >= pb:
                        j -= 1
                        continue
                    if text[pa].isspace():
                        if "\n" in text[pa:pb]:
                            prev = "\n"
                            break
                        j -= 1
                        continue
                    prev = text[pb - 1]
                    if prev in _EMOJI_MARKS:   # "🕯️ Alla elever": the symbol before its variation selector (round 93)
                        prev = text[pa:pb].rstrip(_EMOJI_MARKS)[-1:]
                        if not prev:   # (the selector a token of its own)
                            j -= 1
                            continue
                    break
                initial = (
                    prev in ("", "\n")
                    or (prev in ".!?" and not (prev == "." and _TITLE_DOT.search(text, max(0, pb - 5), pb)))
                    or prev in _OPENERS
                    or unicodedata.category(prev).startswith("S")   # "… 😊 Hans presentation"
                    or (prev == ")" and _LIST_MARKER.search(text, max(0, pb - 4), pb) is not None)   # "1) Alla får vara med"
                )
            if initial and key in lex.headings and text.startswith(":", start + len(word)) \
                    and not text.startswith(":s", start + len(word)):
                continue   # "Juni: Khalid fick …", "Lesson: adjectives …": a heading, no name
            out[i] = _Cand(i, start, start + len(word), key, low, gen, initial)
        return out

    def _facts_of(self, key: str, lower: str) -> tuple[bool, bool, bool]:
        """A candidate's gazetteer facts, which depend on its key and lower-case form only
        (memoised per finder, bounded): (given name?, surname?, word-like?)."""
        lex = self.lex
        # "Moa-Lisa": a double name whose parts are given names
        is_first = key in lex.first or ("-" in key and all(k in lex.first for k in key.split("-")))
        is_last = lex.is_surname(key, lower)
        if (is_first or is_last) and _DOTTED.search(lower) and lower not in lex.dotted and "-" not in lower:
            # written with å/ä/ö that no listed spelling has: another word ("Påm:" ~ "Pam"), but for
            # a surname's Swedish ending ("Lövgren"; round 21)
            is_first, is_last = False, lex.is_surname("", lower)
        # Word-like: listed, or a name only other locales know whose written form is a
        # Swedish word ("Kära" ~ "Kara"): a capital at the start of a sentence is no evidence.
        wordlike = key in lex.wordlike or (key not in lex.native and (lower in lex.swedish_words
                                                                     or lower in lex.stop_words)) \
            or (is_last and not is_first and lower in lex.swedish_words)   # "Lejon, tiger och …"
        if len(self._facts) > 100_000:
            self._facts.clear()
        got = self._facts[(key, lower)] = (is_first, is_last, wordlike)
        return got

    def _form(self, t: str) -> tuple | None:
        """What `_candidates` needs of a token text that does not depend on the text around
        it, memoised per finder (token texts recur): (offset of the word, the word, its key,
        lower case, genitive?, alternative) or None if the token cannot be a name. The
        alternative is the -s genitive reading ("Alis" as "Ali"): (word, key, lower, -, base
        known to the gazetteer?), offered when the token is no listed name or English word;
        the caller still checks the student's names, which differ per text."""
        memo = self._forms
        try:
            return memo[t]
        except KeyError:
            pass
        lex = self.lex
        parsed = _parse_word(t)
        if parsed is None or (parsed[2] and parsed[1].lower() in _ENGLISH_CONTRACTIONS):
            got = None   # (not "What's your name?")
        elif parsed[1].lower() in lex.not_names_dotted:
            got = None   # "Terveisin Isä": the listed word by its written form, not the name "Isa" (round 93)
        else:
            offset, word, gen = parsed
            key = fold_word(word)
            alt = None
            if (not gen and len(key) > 3 and key.endswith("s")
                    and key not in lex.native and key not in lex.not_names
                    and word.lower() not in lex.english   # "Class" is no genitive of "Clas"
                    and (key not in lex.places or key[:-1] in lex.places)):   # "Dallas" no "Dalla"
                base = key[:-1]
                alt = (word[:-1], base, word[:-1].lower(), None, base in lex.first or base in lex.last)
            got = (offset, word, key, word.lower(), gen, alt)
        if len(memo) > 100_000:
            memo.clear()
        memo[t] = got
        return got

    @staticmethod
    def _signature_spans(text: str) -> list[tuple[int, int]]:
        """`_signature_spans_of`, for the last text asked about: the name finder and the phone
        and e-mail contexts (context.py) ask for the same text in one pass."""
        return NameFinder._signatures(text)[1]

    @staticmethod
    def _signatures(text: str) -> tuple[list[int] | None, list[tuple[int, int]], dict]:
        """`_signature_lines` and `_signature_spans_of` of the last text asked about, found
        once, with the memo of `_line_closing` its lines filled: a text of several messages
        needs its marked lines again to give each message its closings, and its messages are
        whole lines of it, so most of their lines' closings are found there already (`find_in`
        hands the memo to `_signature_spans_of`). (One tuple, replaced whole, so threads never
        see a half-written entry; the pass clears it when it ends, `forget_signatures`.)"""
        global _SIGNATURES_LAST
        last = _SIGNATURES_LAST
        if last is not None and (last[0] is text or last[0] == text):
            return last[1], last[2], last[3]
        marked = _signature_lines(text)
        closings: dict[tuple[str, int], tuple[int, int] | None] = {}
        spans = NameFinder._signature_spans_of(text, marked, closings)
        _SIGNATURES_LAST = (text, marked, spans, closings)
        return marked, spans, closings

    @staticmethod
    def _signature_spans_of(text: str, marked: list[int] | None = None,
                            closings: dict[tuple[str, int], tuple[int, int] | None] | None = None
                            ) -> list[tuple[int, int]]:
        """Character ranges that are the writer's closing: names there are the writer's.

        At the end of every line: a greeting ("Hälsningar Pia och Kim", "Mvh Jocke") or a
        slash ("/Maria", "/Johanna & Ali, mentorer 9A") up to the line end; a line that
        starts with a greeting, with the short line after it ("Med vänliga hälsningar" /
        "Anneli Svensson"); and a bare name closing the whole text ("… Madame Svensson").
        `marked`: the lines `_signature_lines` gives, if the caller has them; `closings`: a memo
        of `_line_closing` (line, next line's length) -> its closing, filled here, if the caller
        keeps one.
        """
        spans: list[tuple[int, int]] = []
        lines = text.split("\n")
        if marked is None:
            marked = _signature_lines(text)
        line_starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
        if closings is None:
            closings = {}
        for k in (range(len(lines)) if marked is None else marked):
            line = lines[k]
            key = (line, len(lines[k + 1]) if k + 1 < len(lines) else 0)
            try:
                got = closings[key]
            except KeyError:
                got = closings[key] = _line_closing(*key)
            if got is not None:
                pos = line_starts[k]
                spans.append((pos + got[0], pos + got[1]))
        m = _CLOSING_NAME.search(text, max(0, len(text) - 40))
        if m and m.start() > 0:
            spans.append((m.start(), len(text)))
        elif _LETTER_OPENING.match(text) and (m := _CLOSING_NAMES.search(text, max(0, len(text) - 50))):
            spans.append((m.start(), len(text)))   # a letter's bare closing: "… Lisa och Johanna"
        return spans

    # -------------------------------------------------------------------- find
    def find(self, doc: Doc, subject_names: frozenset[str] = frozenset()) -> Iterator[tuple[int, int, float]]:
        """Yield (start, end, score) of other people's names in the Doc's text."""
        return self.find_in(TokenView.from_doc(doc), subject_names)

    def find_in(self, v: "TokenView", subject_names: frozenset[str] = frozenset(),
                staff_out: set[str] | None = None) -> Iterator[tuple[int, int, float]]:
        """`find` over a TokenView (the checker passes one made from its Analysis).

        The steps, in the order they always ran (they were one method of closures until the
        split; each step reads what the earlier ones put in the `NameContext`):
        1. the capitalised candidates and the per-call context (name_context.py);
        2. which words are public figures, characters or titles and which sentences are
           about knowledge (name_figures.py, asking name_works.py and name_cues.py);
        3. each candidate alone: a thing rather than a person (name_places.py), else its
           score from the gazetteer and the cues (`_decide`);
        4. names only their neighbours reveal: list items, lower case, a guardian's
           closing, "X och Y" (name_cues.py);
        5. adjacent names joined, coordinated names grouped, and the groups excluded for
           the writer's closing, staff, works, pets, games, … (name_exclusions.py,
           name_staff.py, name_documents.py);
        6. the described student's own names left out (name_student.py)."""
        text = v.text
        if any(_DOT_ABOVE in w for w in subject_names):
            subject_names = frozenset(map(_undot, subject_names))   # "İbrahim S"
        if subject_names:
            subject_names = _with_nicknames(subject_names)   # "Alex" for Alexander (round 20)
        later = later_messages(text, v.blank_lines, self._signature_spans(text)) if v.blank_lines else ()
        if not later:
            yield from self._find_in_message(v, subject_names, staff_out=staff_out)
            return
        # A text of several messages (a thread, an archive file of notes): each read alone,
        # with its own greeting, closing and writer. A message is whole lines, so the lines
        # that can hold its closing are the whole text's (`_signature_lines` reads no further
        # than a line), found once.
        marked, _, closings = self._signatures(text)
        bounds = [0, *later, len(text)]
        for lo, hi in zip(bounds, bounds[1:]):
            hi = len(text[lo:hi].rstrip()) + lo
            part = v.part(lo, hi)
            if marked is None:
                sig = self._signature_spans_of(part.text, None, closings)
            else:
                first = text.count("\n", 0, lo)
                last = first + part.text.count("\n")
                sig = self._signature_spans_of(part.text, [k - first for k in marked if first <= k <= last], closings)
            for s, e, score in self._find_in_message(part, subject_names, sig, staff_out):
                yield s + lo, e + lo, score

    def _find_in_message(self, v: "TokenView", subject_names: frozenset[str],
                         sig: list[tuple[int, int]] | None = None,
                         staff_out: set[str] | None = None) -> Iterator[tuple[int, int, float]]:
        """`find_in` for one message (the steps listed there); `sig`: its closings, if known; `staff_out`: gets the
        folded given names placed in a staff role (`NameContext.staff_words`; round 98, for the content rules'
        `subject: staff`)."""
        lex = self.lex
        text = v.text
        if sig is None:
            sig = self._signature_spans(text)
        cands = self._candidates(v, subject_names)
        if not cands and not any(ch.isalpha() for ch in text[:200]):
            return
        x = NameContext.build(lex, v, subject_names, cands)
        mark_figures_and_works(x)
        self._decide(x)
        score_item_subjects(x)
        score_lower_case_names(x)
        score_guardian_closings(x, sig)
        score_family_closings(x, sig)
        anchors = score_joined_names(x)
        spans = join_spans(x)
        read_closing(x, sig)
        role_hyphen_names(x)
        kept, known = keep_groups(x, spans)
        if staff_out is not None:
            staff_out.update(x.staff_words - x.leave_staff)
        yield from student_spans(x, kept, known, anchors)

    def _decide(self, x: NameContext) -> None:
        """Each candidate alone, in text order: skipped if it is a figure's or a work's word,
        a listed non-name or a thing (`not_a_person`), else scored into `x.score` from its
        gazetteer facts and the cues around it (a list item's subject waits in
        `x.item_subjects` for `score_item_subjects`)."""
        lex, text, v, cands, words, sent_of = x.lex, x.text, x.v, x.cands, x.words, x.sent_of
        public, score, item_subjects = x.public, x.score, x.item_subjects
        key_at, cand_at = x.key_at, x.cand_at
        facts = self._facts
        for p in x.cand_pos:
            c = cands[words[p]]
            if p in public or c.key in lex.not_names:
                continue
            key = c.key
            is_first, is_last, wordlike = facts.get((key, c.lower)) or self._facts_of(key, c.lower)
            if c.initial and not (is_first or is_last) and key_at(p + 1) not in _ITEM_VERBS:
                # A capital at a sentence's start that no gazetteer lists and no list-item verb
                # follows scores only with a person cue and a class cue both; most have neither,
                # so the class cue (a regex) is asked only after a person cue (both are pure).
                if not (person_cue_before(x, p, c) and class_cue_after(x, p)):
                    continue   # none of the reasons below to score it
                person_cue = class_cue = True
            else:
                person_cue = person_cue_before(x, p, c)
                class_cue = class_cue_after(x, p)
            if c.initial and not wordlike and (key in lex.english_wordlike or (not is_first and key in lex.english_common)) \
                    and english_sentence(x, p):
                wordlike = True   # "Hope is important", "Sad kid." (round 20); a surname only some locale lists that is
                #                   a common English word ("Seven is an odd number", round 54)
            prev = key_at(p - 1)
            prev_c = cand_at(p - 1)
            nxt_c = cand_at(p + 1)
            genitive_cue = c.genitive and not wordlike and prev != "the"   # not "the Sun's rays" (round 28)
            if not_a_person(x, p, c, person_cue, is_first, is_last, wordlike, prev, prev_c, nxt_c):
                continue
            s = 0.0
            if not c.initial:
                if is_first or is_last:
                    s = 0.7 if wordlike else 0.85
                elif (person_cue or class_cue or genitive_cue) and not (len(c.lower) > 6 and c.lower in lex.swedish_words):
                    s = 0.7   # (not a capitalised compound noun: "arbetade med Tekoindustrins historia")
                elif unknown_name(x, c) and (
                        # "Semhar Tesfay", "Máret Sara": a given name and a surname nobody lists
                        (nxt_c is not None and not nxt_c.initial and (unknown_name(x, nxt_c) or nxt_c.key in lex.first
                                                                      or lex.is_surname(nxt_c.key, nxt_c.lower)))
                        or (prev_c is not None and not prev_c.initial and (prev_c.key in lex.first or (p - 1) in score))
                        # "samarbetade bra med Minh", "lekt med Mariama"
                        or (prev == "med" and (_cue(key_at(p - 2), lex.social) or _cue(key_at(p - 3), lex.social)))
                        # round 99, read off r106a: greeted at the text's start ("Hej Rahim! Nu har Amir varit sjuk …");
                        # whose name it is, a parent's or a colleague's, the greeting's own tests decide (`excluded`)
                        or (p == 1 and prev in _OPENING_GREETINGS and text[c.end:c.end + 1] in ("!", ",", "\n"))):
                    s = 0.7
                elif prev in _COURTESY_TITLES and unknown_name(x, c) and not text[c.start - 1:c.start].strip(" .") \
                        and sent_of[p - 1] == sent_of[p]:
                    s = 0.7   # a surname nobody lists after a courtesy title: "(Mr. Alvarez)", "Mrs Okafor";
                    #           staff by title stay staff (`staff`) unless a relative is named (round 24)
            else:
                if (is_first or is_last) and not wordlike and len(key) > 2 and not (
                        key_at(p + 1) == "och" and key_at(p + 2) in _INSTRUCTIONS):
                    s = 0.8   # (round 89: not an exercise's imperative before "och" and another: "Rita och förklara …")
                elif (is_first or is_last) and nxt_c is not None and lex.is_surname(nxt_c.key, nxt_c.lower) and nxt_c.key not in lex.wordlike:
                    s = 0.8  # "Hans Svensson ringde"
                elif is_first and wordlike and _after_closing_slash(text, c.start) and nxt_c is None:
                    s = 0.7   # round 91: a name that is also a word signing after a slash ("… idag. /Klara", "/Hans"),
                    #           as "Mvh Klara" is read; the closing's own tests decide whose it is
                elif (is_first or is_last or person_cue) and class_cue and c.lower not in lex.stop_words:   # not "Alla i 7B"
                    s = 0.7
                elif is_first and p >= 1 and sent_of[p - 1] == sent_of[p] and (
                        key_at(p - 1) in _NAME_TAGS or (key_at(p - 1) == "med" and key_at(p - 2) in _NAME_TAGS)):
                    s = 0.7   # a name tag: "mössa med namnlappen ”Lo B.”", "märkt med Klara" (round 21)
                elif is_first and wordlike and c.lower not in lex.stop_words and text[c.start - 1:c.start] in _QUOTES \
                        and key_at(p + 1) in ("e", "ä") and key_at(p + 2) in ("en", "ett"):
                    s = 0.7   # a pupil's quoted words about someone, in their spelling: 'skrev ”Ville e en …”'
                    #           (round 21; not '”Sten är en bergart”', a sentence about the word)
                elif is_first and c.genitive and _cue(key_at(p + 1), lex.family):
                    s = 0.7   # "Klaras mamma ringde": a word-like name with its relative
                elif key_at(p + 1) in _ITEM_VERBS and unknown_name(x, c) and not c.genitive and len(c.key) < 12 \
                        and not c.key.endswith(_DEFINITE) and not text[c.end:v.starts[words[p + 1]]].strip() \
                        and text[:c.start].rstrip(" \t")[-1:] in _ITEM_MARKS:
                    item_subjects.append(p)   # "/ Novalie får gå ut …": decided below
            if s:
                score[p] = s
