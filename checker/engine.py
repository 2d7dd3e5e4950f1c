"""The Checker: normalise → tokenise/lemmatise → matchers and detectors → merge → decision.

Everything expensive (the spaCy pipeline, compiled rules, detectors) is built in
`Checker.__init__`, once; `check()` only does per-text work, with one tokenisation per text.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

import re2
from spacy.matcher import Matcher

from .analysis import Analysis
from .identifiers.name_context import _QUOTES
from .config import Config, PolicyConfig
from .detectors import DETECTORS, load_builtin_detectors
from .matching import PhraseIndex
from .models import CATEGORIES, SEVERITY_RANK, Finding, Report, Severity
from .nlp import get_lemma_table, get_nlp
from .normalize import fold, normalize
from .once import Once
from .policy import decide
from .rules import Exception_, Rule, RuleError, RuleSet, load_rules
from .second_opinion import Panel, SecondOpinion
from .second_opinion import shipped as shipped_second_opinion
from .veto_floor import SUBJECT_FLOOR_CATEGORY, VetoFloor, load_floor, pupil_is_subject

if TYPE_CHECKING:   # (imported lazily at run time: the identifier engine is built on first use)
    from .identifiers.names import NameLexicon

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 64 << 20  # bounded: a hostile pattern fails to compile instead of eating memory
# RE2 falls back from its DFA to a slower but still linear engine when the DFA budget runs
# out; it would also print that to stderr from C++, into the CLI's output. Errors still
# raise when a pattern is compiled.
_RE2_OPTIONS.log_errors = False


def compile_regex(pattern: str):
    return re2.compile(pattern, _RE2_OPTIONS)


@dataclass(slots=True)
class _CompiledException:
    before: "_Cues | None"
    after: "_Cues | None"
    around: "_Cues | None"   # `sentence` entries and the named context's cues
    regex: object | None
    window: int | None
    scope: str
    side: str = "both"
    not_across: "_Cues | None" = None  # anchors that stop a cue before the hit from reaching it
    disarm: "_Cues | None" = None  # words at or just before a cue that make it no cue ("ha sista ordet")
    thing_subject: "frozenset[str] | None" = None   # `subject: thing`: the person nouns (lemmas) that are no thing
    many_readers: bool = False   # `subject: many`: a text to many readers, a sentence naming no one
    student_first: bool = False   # `student_first`: not in a sentence opened by the student's name and a copula
    other_person: bool = False   # `other_person`: a side-over match counts only if none of its groups `other…` is the student
    character_subject: "frozenset[str] | None" = None   # `subject: character`: the person nouns (lemmas) that are no name
    vet_names: bool = False   # `subject: character`: read the identifier pass's names as vetted (the checker's second_opinion)
    character_works: "_Cues | None" = None   # `subject: character`: the `fiction` cues that say the text is about a work
    frame: bool = False   # about the sentence, not the hit's own neighbours: coordinated hits share it (`_cancel_coordinated`)
    figure_subject: "frozenset[str] | None" = None   # `subject: figure`: the person nouns (lemmas) that are no name
    topic_words: bool = False   # a `sentence` list alone (no context): its words name the sentence's topic (`search_outside`)
    # Round 87: an exception's `after` words with `window: 1` are the word the hit describes ("en lat låt"), so
    # punctuation between them parts them ("är rätt lata, låt dem inte sitta ihop"); not cues that start with a sign.
    # (A `require`'s may still reach over a comma: "Du har blivit så snygg, Emelie!")
    next_word: bool = False
    unowned: bool = False   # `unowned`: not where a person in the sentence owns what the hit names (`_owned`)
    impersonal: bool = False   # `impersonal`: not in a sentence that names a person (`_persons_in_sentence`)
    unless_student_signs: bool = False   # `unless_student_signs`: not in a text the student signs or writes (`_student_signed`)
    unless_family_writes: bool = False   # `unless_family_writes`: not in a text a guardian writes (`_family_wrote`)
    staff_subject: bool = False   # `subject: staff`: the name right before the hit is staff's (`_staff_subject`)


@dataclass(slots=True)
class _Hit:
    rule: int
    start: int   # normalised offsets
    end: int
    first: int   # token range
    last: int
    confidence: float
    entity: str | None


class _Cues:
    """Cue entries (an exception's before/after/sentence words, a named context's cues).

    They live in the Checker's one combined index together with every rule's words and
    phrases, so a text is scanned once for all of them; `search` then only asks where they
    matched. Exceptions with the same cues (`context: fiction` in a dozen rules) share one
    `_Cues`."""

    __slots__ = ("key", "checker")

    def __init__(self, key: int, checker: "Checker") -> None:
        self.key = key
        self.checker = checker

    def search(self, a: Analysis, lo: int, hi: int) -> bool:
        """True if a cue match starts at a token in [lo, hi)."""
        starts = self.checker._matches(a)[1].get(self.key)
        if not starts:
            return False
        k = bisect_left(starts, max(lo, 0))
        return k < len(starts) and starts[k] < hi

    def starts_in(self, a: Analysis, lo: int, hi: int) -> list[int]:
        """The first tokens of the cue matches that start in [lo, hi)."""
        starts = self.checker._matches(a)[1].get(self.key)
        if not starts:
            return []
        return starts[bisect_left(starts, max(lo, 0)):bisect_left(starts, max(hi, 0))]

    def search_outside(self, a: Analysis, lo: int, hi: int, first: int, last: int) -> bool:
        """True if a cue match starts at a token in [lo, hi) and is not strictly inside tokens
        [first, last], a longer hit's own words: those are part of the expression the rule names,
        not the sentence's topic ("Har huvudet i molnen" names no weather; round 65). A cue that is
        the whole hit still counts: an exception may name the expression itself ("idiot-säkert")."""
        ends = a.cache["cue_ends"]
        key = self.key
        return any(s < first or ends[key, s] > last or (s == first and ends[key, s] == last)
                   for s in self.starts_in(a, lo, hi))

    def last_end(self, a: Analysis, lo: int, hi: int) -> int | None:
        """The last token of the last cue match that starts in [lo, hi), or None."""
        starts = self.checker._matches(a)[1].get(self.key)
        if not starts:
            return None
        k = bisect_left(starts, max(hi, 0)) - 1
        if k < 0 or starts[k] < lo:
            return None
        return a.cache["cue_ends"][self.key, starts[k]]


# Words that start a contrasting clause: what is said before them is not said of what follows.
_CLAUSE_BREAKS = frozenset({"men", "trots", "medan", "dock", ";", "but", "although", "though", "whereas"})
# A spaced dash also ends what comes before it, looking back from a hit: in "i en text om
# förälskelse – hon är lesbisk" the text cue does not reach the fact. Looking forward it does
# not: a heading before the dash is what follows it is about ("försörjningsstöd och a-kassa –
# Ebba kan förklara skillnaderna").
_DASHES = frozenset({"–", "—"})
# Round 87: punctuation that parts a one-word `after` cue from the hit (see `_exception_applies`).
_CLAUSE_MARKS = frozenset({",", ";", ":", "-", "(", ")"}) | _DASHES
# English words before the noun "men" (not Swedish "men", but): "the men", "two men", "young men".
_EN_BEFORE_MEN = frozenset("the these those some many most all two three four few other young old wise of and".split())


def _clause(a: Analysis, first: int, last: int, lo: int, hi: int) -> tuple[int, int]:
    """Tokens [lo, hi) of the sentence narrowed to the clause around tokens first..last.

    The same as walking out from the hit to the nearest break, but O(1): walking took
    seconds on one long sentence with thousands of hits (`_clause_breaks`)."""
    back, ahead = _clause_breaks(a)
    i = first if first <= lo else max(lo, back[first])
    j = last + 1 if last + 1 >= hi else min(hi, ahead[last + 1])
    return i, j


def _breaks_clause(a: Analysis, k: int) -> bool:
    """Token k starts a contrasting clause (`_CLAUSE_BREAKS`). Round 64: not a capitalised word – at a
    sentence's start nothing is before it, and mid-sentence it is a name or a title's word ("Of Mice and
    Men") – nor English "men" after an article or a quantifier ("how the men call her a 'tart'")."""
    w = a.lower[k]
    return w in _CLAUSE_BREAKS and not a.text[a.starts[k]].isupper() \
        and not (w == "men" and k and a.lower[k - 1] in _EN_BEFORE_MEN)


def _clause_breaks(a: Analysis) -> tuple[list[int], list[int]]:
    """Per token k: one past the last back break before k (0 if none), and the first clause
    break at or after k (the token count if none; one entry more, for k = the token count).
    One linear pass each, once per text."""
    got = a.cache.get("clause_breaks")
    if got is None:
        lower = a.lower
        breaks = [_breaks_clause(a, k) for k in range(len(lower))]
        back, b = [], 0
        for k, w in enumerate(lower):
            back.append(b)
            if breaks[k] or w in _DASHES:
                b = k + 1
        ahead, nxt = [0] * (len(lower) + 1), len(lower)
        ahead[nxt] = nxt
        for k in range(len(lower) - 1, -1, -1):
            if breaks[k]:
                nxt = k
            ahead[k] = nxt
        got = a.cache["clause_breaks"] = (back, ahead)
    return got


def _is_cue_payload(payload: int) -> bool:
    """In the Checker's one lexicon a rule's payload is its index (>= 0), a cue set's a negative key."""
    return payload < 0


def _cues_found(a: Analysis, cues: "_Cues", i: int, j: int, disarm: "_Cues | None", lo: int, hi: int,
                back_to: int | None = None) -> bool:
    """A cue of `cues` in tokens [i, j). With a `disarm` list only a cue with no disarmer
    starting at it or up to four words before it counts ("ordet" in "ha sista ordet";
    "lektion" in "lat lektion efter lektion"); [lo, hi) bounds that look back. `back_to`: for a
    cue after the hit, the hit's first token – a disarmer starting anywhere from there on counts
    too, however many words the cues after it take ("svär hela tiden, fan och jävlar": round 54)."""
    if disarm is None:
        return cues.search(a, i, j)
    reach = len(a.lower) if back_to is None else back_to   # (no token starts after the text)
    return any(not disarm.search(a, min(reach, _walk(a, s, 4, -1, lo, hi)), s + 1) for s in cues.starts_in(a, i, j))


# `subject: thing` (round 30). The copula a judged adjective follows, the adverbs allowed between
# them, the definite endings a noun adds to its lemma, and the words that make the clause's subject
# a person after all (a pronoun, a person's genitive is fine: "Vincents stadsbild").
# (Swedish only: the definite form is read off the Swedish lemma table.)
_COPULAS = frozenset("är var blir blev verkar känns kändes varit blivit".split())
_FOLDED_COPULAS = frozenset(fold(c) for c in _COPULAS)   # (notes typed without diacritics: "Moltas ar …")
_EN_COPULAS = frozenset("is are was were seems seemed".split())   # (English, for `subject: thing` and `character`)
_SV_EN_COPULAS = _FOLDED_COPULAS | _EN_COPULAS   # folded Swedish and English copulas (`student_first`, `character`)
_DEGREE = frozenset(("mycket", "väldigt", "lite", "ganska", "så", "för", "alltför", "helt", "rätt", "riktigt",
                     "inte", "ofta", "oftast", "alltid", "fortfarande", "också", "även", "något", "aningen"))
_DEFINITE_ENDINGS = ("en", "et", "na", "n", "t", "men", "nen", "ten")
_PERSON_WORDS = frozenset("han hon hen de dem jag du vi ni man he she they him them you we".split())
_POSSESSIVES = frozenset("hans hennes hens din ditt dina deras".split())
# Round 51: the writer's own ("Min planering var slarvig") and a pupil's own words quoted ("Mina lösningar på
# uppgift 3 blev slarviga"): a first-person possessive makes its noun definite as the others do.
_POSSESSIVES |= frozenset("min mitt mina vår vårt våra".split())
# Round 51: what a relative "som" may stand for without being a thing (see `_thing_antecedent`): pronouns and
# quantifiers that are people or that sum up a person ("någon som är lat", "det som är fint med Ali").
# (`_PERSON_WORDS` are read beside it.)
_NOT_THING_ANTECEDENTS = frozenset(
    "den det detta denna dessa honom henne alla någon ingen inget något allt allting "
    "var en ett sån sånt såna sådan sådant sådana those one someone anyone everyone nobody".split())
_THING_PRONOUNS = frozenset(("den", "it", "något", "allt", "inget", "ingenting"))   # `subject: thing`: pronouns only things are
# (not "det": "det är en lat kille"; round 100, read off r109a: "säger ifrån om något är osäkert")
# Round 38: the English determiners that make the noun after them a definite subject ("The model of the
# castle is a bit ugly", "Her drawing is messy"), and the verbs a thing is judged by besides the copulas:
# "Melodin låter tråkig", "The song sounds sad", "Skissen ser lite lat ut" ("ser"/"såg" only with "ut"
# after the judged word).
_EN_DETERMINERS = frozenset("the your his her their this that these those its".split())
_THING_COPULAS = _COPULAS | _EN_COPULAS | frozenset("verkade låter lät looks looked sounds sounded".split())
_LOOKS = frozenset(("ser", "såg"))
# (English degree words too: "is big and a bit ugly", "is kind of messy".)
_THING_DEGREE = _DEGREE | frozenset("a bit very quite really rather so too pretty little not always often also somewhat slightly kind of extremely".split())
# Round 41: sentence adverbs too ("Boken är ju rätt rolig", "Sömmen var faktiskt slarvig"), since PJ004 reads "är
# ju/faktiskt …" before a degree word as a person's copula ("men är faktiskt rätt snäll").
_THING_DEGREE |= frozenset("ju faktiskt egentligen ändå nog verkligen".split())
# Round 100, read off r108b: "lika" of a comparison ("Leken … den är alltid lika populär i tvåan")
_THING_DEGREE |= frozenset(("lika", "himla"))   # (and the intensifier "himla", read off r109b)
# Round 98 (read off r105b): colloquial intensifiers of the pupils' own texts ("Orienteringen i skogen var sjukt kul",
# "Lektionen var jättekul", "var svinbra", "was fucking amazing"); the swear word stays offensive's finding.
_THING_DEGREE |= frozenset("sjukt skit jävla jäkla jätte super mega asså typ fucking".split())
# Round 63: the degrees PJ004 reads after a denied copula ("Boken är inte särskilt rolig", "inte direkt spännande").
_THING_DEGREE |= frozenset("särskilt speciellt direkt värst".split())
# A relative clause between a thing and its copula ("Receptet som Ella skrev var slarvigt", "The essay that
# Liam wrote is sloppy"): the student named there wrote the thing, and is not the one judged.
_RELATIVES = frozenset("som that which".split())
# A subordinate clause starts the subject afresh ("en serie där superhjälten är ful", "Hon skriver att sömmen
# är slarvig"); "som" and "that" are read as relative pronouns instead (above).
# (round 59: also "så" as "so, therefore" opening a clause: "… tillfällen så dokumentationen är tunn"; a degree
# "så" comes after the copula, where the clause is not looked for)
_SUBORDINATORS = frozenset("där att när eftersom då fast så where when because since while".split())


# (round 58: also "-anten"/"-enten", the definite of loanwords in -ant/-ent the table lacks: "när diskriminanten är
# negativ", "koefficienten"; a person in -ant/-ent, "praktikanten", is never the pupil)
_UNLISTED_DEFINITE = ("ningen", "ningarna", "heten", "heterna", "tionen", "tionerna", "sionen", "iteten", "anten", "enten")


def _definite_noun(word: str, lemma: str) -> bool:
    """The word is its lemma with a definite ending ("sömmen" ← "söm", "bilden" ← "bild",
    "färgerna" ← "färg"): a noun in the definite form. Adjectives and verbs the table also
    lemmatises end otherwise ("stökiga" ← "stökig")."""
    if word == lemma:
        # A word the lemma table lacks, with the definite ending of an abstract or action noun
        # ("Avkodningen är fortfarande långsam", "presentationen", "snabbheten"; round 51).
        return len(word) > 7 and word.endswith(_UNLISTED_DEFINITE)
    if len(lemma) < 3 or not word.startswith(lemma[:-1]):
        return False
    rest = word[len(lemma):] if word.startswith(lemma) else word[len(lemma) - 1:]
    return rest in _DEFINITE_ENDINGS or rest in ("arna", "erna", "orna", "rna")


# A text to many readers says so in its first 80 characters: a notice, a letter to every family, minutes.
_MANY_READERS = re2.compile(
    r"(?i)^\W*(?:till\s+(?:alla|samtliga|vårdnadshavar\w*|föräldrar\w*)|(?:klass|ämnes|betygs)konferens\b|arbetslagsmöte\b"
    r"|inför\s+(?:höstens|vårens)\s+utvecklingssamtal|(?:information|info)\s+(?:till|om|inför|kring|to|for|about)\b|information\s*(?:\n|$)"
    r"|påminnelse\b|veckobrev|månadsbrev|nyhetsbrev"   # (not "Info från mamma: …", a message about the pupil)
    r"|föräldramöte|protokoll\b|minnesanteckningar|anteckningar?\s+från|hej\s+alla\b|hejsan\s+alla\b"
    r"|kära\s+(?:alla|vårdnadshavare|föräldrar|familjer)|hej\s+(?:vårdnadshavare|föräldrar|familjer)"
    r"|välkomna\b|dear\s+(?:parents|families|all)\b|hello\s+(?:everyone|all|families)\b|to\s+all\b"
    # round 100, read off r109a: a notice to all staff or a routine ("Lärarinfo: I alla klassrum finns nu en pärm med
    # rutiner vid … epileptiskt anfall", "Rutin: all personal är skyldig att göra en orosanmälan …")
    r"|(?:lärar|personal)info\b|rutin(?:er|en)?\s*:|till\s+all\s+personal\b"
    # round 89: a lesson plan or a unit headed by its subject and year ("NO åk 8, planering: kroppen och hälsan. Vi går
    # igenom diabetes …", "Biologi 9: ärftlighet – blödarsjuka …", "RE åk 4: vi har besökt moskén …")
    r"|(?:no|so|bi|biologi|kemi|fysik|re|religion|religionskunskap|sh|samhällskunskap|hkk|hemkunskap|idh|idrott|historia"
    r"|geografi|sv|svenska|sva|engelska|ma|matte|matematik|teknik|bild|musik)\s+(?:åk\s*|år\s*|årskurs\s*)?\d[a-zåäö]?"
    r"(?:\s*,\s*(?:planering|tema|arbetsområde|genomgång)\w*)?\s*:)",
    _RE2_OPTIONS)
# Round 101, read off r110a: a notice signed by the school or an office alone, no person's name ("… /Expeditionen",
# "/Skolsköterskan", "/Kostenheten", "/Matematiklärarna åk 9"): to every family, as a heading says (`_to_many_readers`).
# Not "/Rektor": the head signs decisions about one pupil so too ("Beslut: ledigheten beviljas ej … /Rektor"); not a
# slash inside a line ("pratat med BVC/skolsköterskan").
_SIGNED_BY_SCHOOL = re2.compile(
    r"(?i)(?:(?:^|\n)[^\S\n]*/{0,2}|[^\S\n]/{1,2})[^\S\n]*(?:expeditionen|skolexpeditionen|skolsköterskan|skolskoterskan|skolan"
    r"|kostenheten|köket|administrationen|skoladministrationen|skolledningen|elevhälsan|elevhälsoteamet|kansliet"
    r"|personalen|\p{L}*lärarna|arbetslaget|skolbiblioteket|biblioteket|vaktmästeriet|vaktmästaren)"
    r"(?:[^\S\n]+(?:åk|år|årskurs)?[^\S\n]*\d[\p{L}\d–-]*)?[^\S\n]*[.!]?\s*$",   # ("/Matematiklärarna åk 9")
    _RE2_OPTIONS)
# A genitive's ending on a token ("samir's", "ali:s"), dropped before a word is compared with names.
_POSSESSIVE = re.compile(r"(?:['’:]s|['’])$")
_SINGULAR_PERSONS = frozenset("han hon hen honom henne hans hennes hens he she him his".split())


def _to_many_readers(a: Analysis, first: int) -> bool:
    """`subject: many`: the text opens as a notice, a letter to every family or minutes, or is signed by the
    school or an office alone (`_SIGNED_BY_SCHOOL`), and never
    names the student, and the hit's sentence names no one else either – no "han/hon/hen", "he/she",
    and no capitalised word the name gazetteer lists as a given name or a surname (the identifier
    pass's lexicon, built once per process) unless it is also a common word."""
    many = a.cache.get("many_readers")
    if many is None:
        # (a text that names the student anywhere is about the student: "Information om risk för F i
        # matematik. Yusuf har …", "Info från elevhälsan: … kring Aron. Soc är inkopplade …")
        # (round 64: the student's genitive too, "Dear parents, Samir's result …")
        many = a.cache["many_readers"] = (_MANY_READERS.search(a.text[:80]) is not None
                                          or _SIGNED_BY_SCHOOL.search(a.text[-40:]) is not None) and (
            not a.subject_names or a.subject_names.isdisjoint(_POSSESSIVE.sub("", f) for f in a.fold))
    return many and next(_persons_in_sentence(a, first), None) is None   # (a position, 0 too: not `any`)


def _persons_in_sentence(a: Analysis, first: int):
    """The positions in the sentence of token `first` that name a person: one of the student's names or its
    genitive, "han/hon/hen", "he/she" or their object and possessive forms, or a capitalised word the name
    gazetteer lists as a given name or a surname (the identifier pass's lexicon, built once per process)
    unless it is also a common word. (`subject: many`; `unowned`; `impersonal`.)"""
    from .identifiers.engine import _name_finder

    lex = _name_finder().lex
    lo, hi = a.sent_bounds[a.sent[first]]
    text, starts, lower, fold_, is_word = a.text, a.starts, a.lower, a.fold, a.is_word
    subject, forms = a.subject_names, a.subject_forms
    for k in range(lo, hi):
        if not is_word[k]:
            continue
        f = _POSSESSIVE.sub("", fold_[k])
        if lower[k] in _SINGULAR_PERSONS or f in subject or fold_[k] in forms or (
                text[starts[k]].isupper() and f not in lex.wordlike and (f in lex.first or lex.is_surname(f, lower[k]))):
            yield k


# `_student_signed` (round 95): the text's last line is a closing that starts with the student's name – after a line
# break, a slash or a spaced dash, and a closing word ("/Zeynep 8A", "/ Mvh Sixten 9B", "… bc of a doctors appointment.
# – Aisha", "\nThanks, Maximilian").
_LAST_LINE_CLOSING = re2.compile(
    r"(?i)(?:\n|/|\s[–—-]\s)[ \t/–—-]*(?:(?:mvh|hälsningar|hälsn|kram|tack|thanks|best|regards|cheers|love|/+)[,!.]?[ \t]+)?"
    r"(\p{L}[\p{L}-]*)[^\n/]{0,30}$", _RE2_OPTIONS)


# Round 98 (read off r105b, pupils' own texts): the writer asks about their own schoolwork as a pupil does – to have the
# homework or a run-through, to sit a test later, what the class did while they were away, whether they risk a grade,
# what their teacher said ("Kan jag få läxorna innan?", "Kan jag skriva det nästa vecka?", "Vad har ni gjort i matten?",
# "riskerar jag F?", "Min mentor sa att jag får skriva det tisdag"). A teacher asks colleagues for other things.
_PUPIL_ASKS_ABOUT_WORK = re2.compile(
    r"(?i)(?:^|[^\pL])(?:(?:kan|får)\s+jag\s+(?:få\s+(?:läxan|läxorna|uppgiften|uppgifterna|materialet|en\s+genomgång|extra\s+tid"
    r"|skriva|göra)|skriva\s+(?:det|provet|om\s+provet|i\s+efterhand)|göra\s+(?:provet|en\s+annan\s+uppgift)|ta\s+igen)"
    r"|vad\s+har\s+ni\s+gjort\s+(?:i|på)|riskerar\s+jag|min\s+(?:lärare|mentor|klasslärare)\s+(?:sa|sade|säger|har\s+sagt)"
    r"|vad\s+ska\s+jag\s+göra\s+(?:ikapp|i\s+kapp)|can\s+i\s+(?:take|do|write|retake)\s+the\s+(?:test|quiz|exam))(?:[^\pL]|$)")


# A reply headed by its writer's name ("Mira svarar:", "Ida skriver:", "Svar från Ida:"), as platforms show one.
_REPLY_HEADING = re.compile(r"\W*(?:(\w+)\s+(?:svarar|skriver|svarade|skrev)|(?i:svar)\s+(?i:från)\s+(\w+))\s*:")


def _student_signed(a: Analysis) -> bool:
    """`unless_student_signs`: the student writes – the text's closing, its last line (or what follows its last slash
    there), starts with one of the student's names, or (round 101) a heading over the reply names them ("Mira svarar:");
    or (round 98) the writer asks about their own schoolwork as a pupil
    (`_PUPIL_ASKS_ABOUT_WORK`), signed or not. Once per text."""
    got = a.cache.get("student_signed")
    if got is None:
        got = False
        if a.subject_names:
            tail = a.text.rstrip()[-60:]
            m = _LAST_LINE_CLOSING.search(tail)
            got = m is not None and fold(m.group(1)) in a.subject_names
        if not got and a.subject_names:
            # round 101, read off r111b: the platform's heading over the pupil's reply ("Mira svarar: ok jag fixar det …")
            m = _REPLY_HEADING.match(a.text)
            got = m is not None and fold(m.group(1) or m.group(2)) in a.subject_names
        if not got:
            got = _PUPIL_ASKS_ABOUT_WORK.search(a.text) is not None
        a.cache["student_signed"] = got
    return got


# A guardian's closing on the text's last line: a relative's word alone or with the child's name ("/Mamma", "Mvh pappa",
# "Tildas pappa", "mamma till Ali"), after a given name or not ("Amina, mamma till Ali").
_FAMILY_CLOSING = re2.compile(
    r"(?i)(?:^|\n|/|[.!?][^\S\n]+)[^\S\n]*(?:(?:mvh|hälsningar|kram|tack)[,!]?\s+)?(?:\p{L}+[^\S\n]*,?[^\S\n]*)?"
    r"(?:\p{L}+s[^\S\n]+)?(?:mamma|pappa|mamman|pappan|föräldrarna|mamma\s+och\s+pappa|vårdnadshavare)"
    r"(?:[^\S\n]+(?:till|åt)[^\S\n]+\p{L}+)?[^\S\n]*[.!]?\s*$", _RE2_OPTIONS)
# A guardian introducing themself at the text's start ("Mamma till Yohannes här", "Hej, det är Tildas pappa").
_FAMILY_INTRO = re2.compile(
    r"(?i)^\W*(?:hej\W+)?(?:det\s+är\s+)?(?:(?:mamma|pappa|vårdnadshavare)\s+(?:till|åt)\s+\p{L}+|\p{L}+s\s+(?:mamma|pappa))"
    r"(?:\s+här)?\b", _RE2_OPTIONS)


def _family_wrote(a: Analysis) -> bool:
    """`unless_family_writes` (round 101): a guardian writes – introduces themself as one at the start or in the
    first person (the identifier pass's `_SELF_GUARDIAN`, over the analysis's folded text, which the identifier pass
    reads too), or signs as one on the last line.
    Once per text."""
    got = a.cache.get("family_wrote")
    if got is None:
        from .identifiers.name_staff import _SELF_GUARDIAN

        got = a.cache["family_wrote"] = (_FAMILY_CLOSING.search(a.text.rstrip()[-60:]) is not None
                                         or _FAMILY_INTRO.search(a.text[:60]) is not None
                                         or _SELF_GUARDIAN.search(a.fold_text) is not None)
    return got


_HAS = frozenset("har hade haft fick får".split())
_OWN_FIGURE = frozenset("% procent timmar timmars tim h lektioner dagar".split())


def _owned(a: Analysis, first: int) -> bool:
    """`unowned` (round 95): a person in the hit's sentence owns what the hit names – a possessive right before it
    ("hans frånvaro", "Omars närvaro"); the person as the subject of "har/hade/fick" (one word may come between:
    "Tilda har nu 18 % …", "Hon har haft hög frånvaro") with the hit within eight words after; or the person with a
    figure of their own right after the name ("Närvarostatistik: Lowe 98 %, Hedvig 95 %"), or after a colon or a dash
    labelling the line ("Nicolas: 9 ogiltiga frånvarotillfällen …"). A pupil who studies
    absence figures owns none ("Tova undersökte frånvaron i tre klasser", "statistik om sjukfrånvaro")."""
    lower, n = a.lower, len(a.lower)
    for k in _persons_in_sentence(a, first):
        if k == first - 1 and (lower[k] in _POSSESSIVES or _POSSESSIVE.search(lower[k]) or lower[k].endswith("s")):
            return True
        if k < first <= k + 8 and any(lower[j] in _HAS for j in range(k + 1, min(k + 3, first))):
            return True
        if k + 2 < n and lower[k + 1][:1].isdigit() and lower[k + 2] in _OWN_FIGURE:
            return True
        if k + 2 < n and lower[k + 1] in (":", "–", "-") and lower[k + 2][:1].isdigit() and first <= k + 6:
            return True   # a line labelled with the name: "Nicolas: 9 ogiltiga frånvarotillfällen i februari" (round 95)
    return False


# `subject: character` (round 37): the copulas of a character's trait, Swedish (folded: "är" and "ar" typed
# without diacritics are one) and English, and the small words a name of several words may hold ("Napoleon
# the pig", "Ludwig van Beethoven").
_CHARACTER_COPULAS = _SV_EN_COPULAS | frozenset(("becomes", "became"))
_NAME_PARTICLES = frozenset("the von van de af".split())


_QUOTED_TITLE = re2.compile(r"[\"”“'‘«]\p{Lu}[^\"”“'’»\n]{0,60}[\"”'’»]", _RE2_OPTIONS)


def _about_a_work(a: Analysis, works: "_Cues | None") -> bool:
    """The text names a book, a film, a story (the `fiction` cues) or a quoted title, once per text."""
    got = a.cache.get("about_a_work")
    if got is None:
        got = a.cache["about_a_work"] = bool(works is not None and works.search(a, 0, len(a.lower))) or (
            _QUOTED_TITLE.search(a.text) is not None)
    return got


def _figures_own(a: Analysis, first: int, last: int, lex: NameLexicon) -> bool:
    """A listed figure's genitive opens the name: "Astrid Lindgrens Emil", "Roald Dahls Matilda" – the
    author's character, as a book named in the text would say (round 94)."""
    fold_ = a.fold
    for m in range(first, last):
        if fold_[m].endswith("s") and (*fold_[first:m], fold_[m][:-1]) in lex.public_multi.get(fold_[first], ()):
            return True
    return False


def _character_subject(a: Analysis, first: int, persons: frozenset[str], works: "_Cues | None",
                       vet_names: bool) -> bool:
    """`subject: character`: the hit's clause is "<Name> är/is …", the hit within eight words of the
    copula, and – the student being known (`subject_names`) – the name is nobody the text is about:
    not the student (`subject_forms`, nor a short form: "Alex" for Alexander); a name the gazetteers
    list (a given name, a surname, a public figure or character) and no word, person or family noun;
    a given name or surname only in a text that names a work (`fiction` cues, a quoted title); and not
    a person's name according to the identifier pass. That pass reads a name from its context – a
    book, a title, a role, a figure – and reports other pupils and relatives ("Kevin är en elak unge
    som ger sig på Liam"), not characters ("Vi läser 'Den hemliga trädgården'. Mary är bortskämd",
    "Shrek is grumpy"). Asked last, as the pass is the dearest thing here (memoised per text, and
    already run when identifiers are checked)."""
    if not a.subject_names:
        return False   # with no student given, "Simone är den sämsta läsaren" may well be about the student
    lower, is_word, fold_, text, starts = a.lower, a.is_word, a.fold, a.text, a.starts
    lo, _ = a.sent_bounds[a.sent[first]]
    # (round 100: a hit that starts with its copula, "Skorpan är sjuk" of the attendance rules, is said with that one;
    # then only a listed character or figure is one: "Alva är sjuk idag" in a text about a book is a pupil's absence)
    listed_only = fold_[first] in _CHARACTER_COPULAS
    cop = first if listed_only else first - 1
    while cop >= lo and fold_[cop] not in _CHARACTER_COPULAS:
        w = lower[cop]
        if first - cop >= 8 or w in _CLAUSE_BREAKS or w in _OTHER_SUBJECT or fold_[cop] in a.subject_forms:
            return False
        cop -= 1
    if cop < lo:
        return False
    k = cop - 1
    while k >= lo and cop - k <= 4 and is_word[k] and (text[starts[k]].isupper() or lower[k] in _NAME_PARTICLES):
        k -= 1
    subject = range(k + 1, cop)
    if not subject or not text[starts[k + 1]].isupper():
        return False
    if k >= lo and is_word[k] and lower[k] not in ("och", "and"):
        return False   # not the clause's subject: "I dramaleken var Astrid häxan", "sa att Kim är …"
    if any(fold_[j] in a.subject_forms for j in range(lo, cop)):
        return False   # the student in the clause: "Melissa och Sanna är oskiljaktiga"
    if listed_only:
        from .identifiers.engine import _name_finder

        lex = _name_finder().lex
        if not any(fold_[j] in lex.characters or fold_[j] in lex.public_single for j in subject):
            return False
    return _figure_name(a, k + 1, cop - 1, persons, works, vet_names)


def _figure_name(a: Analysis, first: int, last: int, persons: frozenset[str], works: "_Cues | None",
                 vet_names: bool) -> bool:
    """The capitalised words first..last name a figure or a character, not a person the text is about
    (`subject: character` and `subject: figure`): a name the gazetteers list (a given name, a surname, a public
    figure or character) and no word, person or family noun; not the student's (nor a short form: "Alex" for
    Alexander); a given name or surname only in a text that names a work (`fiction` cues, a quoted title); and not
    a person's name according to the identifier pass."""
    from .identifiers.engine import _name_finder, analyse_identifiers

    lex = _name_finder().lex
    lower, fold_ = a.lower, a.fold
    head, key = lower[first], fold_[first]
    # "Astrid Lindgrens Emil", "Roald Dahls Matilda": a listed figure's character, whatever the gazetteers say of the
    # words and with no book named (round 94)
    own = _figures_own(a, first, last, lex)
    if not own and (head in persons or a.lemma[first] in persons or key in lex.wordlike or head in lex.stop_words or not (
            key in lex.first or lex.is_surname(key, head) or key in lex.public_single or key in lex.characters)):
        return False   # a name the gazetteers list and no word: not "Eleven", "Pappa", "Alla", "Hemma", "Förskolebarnen"
        #               (round 100: a listed cast's or work's member too, "Skorpan")
    if any(fold_[j][:3] == n[:3] for j in range(first, last + 1) for n in a.subject_names):
        return False   # a short form of the student's name: "Alex" for Alexander
    if not own and key not in lex.public_single and not _about_a_work(a, works):
        return False   # a given name with no book in sight: "Alfred är gruppens dramadrottning!" is a pupil
    s, e = a.starts[first], a.ends[last]
    return not any(r.entity_type == "PERSON_NAME" and r.start < e and s < r.end
                   for r in analyse_identifiers(a, vet_names))


# Words `_staff_subject` reads past between the name and the hit: a copula or an auxiliary, a time ("Karin är sjuk",
# "Hussein (elevassistent) är ledig torsdag", "Stefan var också borta idag").
_STAFF_GAP = frozenset("är var blir blev har hade ska skulle kommer också även nu idag imorgon fortfarande".split())


def _staff_subject(a: Analysis, first: int) -> bool:
    """`subject: staff` (round 98): the first capitalised word before the hit in its sentence – past words of
    `_STAFF_GAP` and a bracket, within six words – is a given name the identifier pass placed in a staff role
    (`staff_names`: "Hussein (elevassistent) är ledig torsdag", "Stefan är borta hela v.12 på rektorsutbildning"), and
    not the student's. The pass reads the role from the whole text; the rules need not repeat it."""
    from .identifiers.engine import staff_names

    lower, is_word, text, starts, fold_ = a.lower, a.is_word, a.text, a.starts, a.fold
    lo, _ = a.sent_bounds[a.sent[first]]
    j, seen = first - 1, 0
    while j >= lo and seen < 6:
        if lower[j] == ")":
            k = j - 1
            while k >= lo and lower[k] != "(" and j - k < 8:
                k -= 1
            if k < lo or lower[k] != "(":
                return False
            j = k - 1
            continue
        if not is_word[j]:
            return False   # a comma, a colon, a dash: another clause or a label ("Frånvarande: …" reads the name after)
        if text[starts[j]].isupper():
            return fold_[j] not in a.subject_forms and fold_[j] in staff_names(a)
        if lower[j] not in _STAFF_GAP:
            return False
        seen += 1
        j -= 1
    return False


_ADDRESSED = frozenset(("du", "dig", "din", "ni", "er", "you"))   # the reader addressed: `_figure_named` stops there
_CALLING = frozenset("kallade kallar kallat kalla called calls call".split())


def _figure_named(a: Analysis, first: int, persons: frozenset[str], works: "_Cues | None", vet_names: bool) -> bool:
    """`subject: figure`: the name nearest before the hit in its sentence, within twelve words and with none of the
    student's names on the way, is a figure's or a character's (`_figure_name`): "Ebba analyserar hur Helmer kallar
    Nora 'lärkan'", "Huck calls Jim a …". Only a name with a word of a listed figure or character counts (a given
    name alone may be a pupil's). The student must be known (`subject_names`), as for `character`."""
    if not a.subject_names:
        return False
    from .identifiers.engine import _name_finder

    lower, is_word, fold_, text, starts = a.lower, a.is_word, a.fold, a.text, a.starts
    lo, _ = a.sent_bounds[a.sent[first]]
    j = first - 1
    while j >= lo and first - j <= 12:
        if fold_[j] in a.subject_forms or lower[j] in _ADDRESSED:
            return False   # the student or the reader between: "Noel kallade Ville för …", "… om Sokrates, du är …"
        if is_word[j] and text[starts[j]].isupper() and lower[j] not in _NAME_PARTICLES \
                and text[starts[j] - 1:starts[j]] not in _QUOTES:   # (a quoted word is a nickname, not the target)
            last = j
            while j - 1 >= lo and is_word[j - 1] and text[starts[j - 1]].isupper() and fold_[j - 1] not in a.subject_forms:
                j -= 1
            public = _name_finder().lex.public_single
            if not any(fold_[k] in public for k in range(j, last + 1)):
                return False   # only a listed figure or character: a given name alone may be a pupil's in a
                #                pupil's text ("I sin text skrev Moses att 'Linnea är en j**la mes'")
            if j - 2 >= lo and lower[j - 1] in _CALLING and fold_[j - 2] in a.subject_forms:
                return False   # the student calling someone so: "Filip kallade Lennie för en mongo" is an incident
            return _figure_name(a, j, last, persons, works, vet_names)
        j -= 1
    return False


def _thing_subject(a: Analysis, first: int, last: int, persons: frozenset[str]) -> bool:
    """`subject: thing`: the hit follows a copula (a degree adverb or two between, or another judged
    word and "och/and/men/but": "är stor och lite ful"; `_thing_copula`), and the clause's subject – its first word, or the
    word right before the copula – is a definite noun that is no person, conduct or home word, with no
    pronoun or student's name in the clause before the hit ("Sömmen är slarvig", "Kompositionen i
    Vincents stadsbild är stökig"; not "Eleven är slarvig", "Attityden är dålig", "I texten är han
    slarvig"), or a possessive or an English determiner and words none of which is such a word
    ("Hennes dialoger är roliga", "The model of the castle is ugly"; not "Hans mamma är …", "The
    boys are lazy"). A relative clause after the subject may name the student who made the thing
    ("Receptet som Ella skrev var slarvigt", "Snigeln hon ritade var jättesöt"), and "ser … ut"
    judges a thing as a copula does ("Skissen ser lite lat ut"). "den" or "it" right before the copula is a
    thing too ("… visar att den är rörig", round 44)."""
    lower, is_word = a.lower, a.is_word
    cop = _thing_copula(a, first, last)
    if cop < 1:
        return _thing_after_copula(a, first, persons)   # (round 51: "I försöket blev plantorna bleka")
    if lower[cop - 1] in _THING_PRONOUNS and not any(lower[k] in _PERSON_WORDS for k in range(cop, first)):
        return True   # "den"/"it" right before the copula is a thing, never the pupil ("visar att den är rörig
        #               och oorganiserad", of an advert; "Modellen är fin men den är slarvig i kanterna"; round 44)
    if lower[cop - 1] == "det" and last + 1 < len(lower) and lower[last + 1] == "att" \
            and not any(lower[k] in _PERSON_WORDS for k in range(cop, first)):
        return True   # round 100, read off r109b: "det är … tråkigt att ha det efter idrotten" – the verdict is on what the
        #               "att" clause says, never a person ("det är en lat kille" has no "att" after the hit)
    if _thing_antecedent(a, cop, persons):
        return True
    lo, _ = _clause(a, cop, cop, *a.sent_bounds[a.sent[cop]])
    lo = next((k + 1 for k in range(cop - 1, max(lo, cop - 7) - 1, -1) if lower[k] in _SUBORDINATORS), lo)
    # (a heading before a colon is no subject: "Utvecklingsområden: Är lat med läxorna"; round 43)
    lo = next((k + 1 for k in range(cop - 1, lo - 1, -1) if lower[k] == ":"), lo)
    while lo < cop and not is_word[lo]:
        lo += 1
    # Round 95, read off r98: an English determiner phrase right before the copula is the subject even when the clause
    # opens with a reporting verb and its object ("Told Vilgot his guitar solo was awesome")
    for k in range(cop - 1, max(lo, cop - 4), -1):
        if not is_word[k]:
            break
        if lower[k] in _EN_DETERMINERS:
            lo = k
            break
    fold_, lemma = a.fold, a.lemma
    rel = next((k for k in range(lo + 1, cop) if lower[k] in _RELATIVES), cop)
    if rel == cop and lo + 1 < cop and (lower[lo + 1] in _PERSON_WORDS or fold_[lo + 1] in a.subject_names) \
            and _definite_noun(lower[lo], lemma[lo]) and lemma[lo] not in persons:
        rel = lo + 1   # "Snigeln hon ritade var jättesöt": a relative clause with no "som"
    if rel - lo > 6 or cop - rel > 7:
        return False
    gen = rel > lo + 1 and _genitive_possessor(a, lo)
    if any(lower[k] in _PERSON_WORDS or fold_[k] in a.subject_names
           for k in (*range(lo + gen, rel), *range(cop, first))):
        return False
    if rel == lo + 2 and lower[lo + 1][:1].isdigit() and lemma[lo] not in persons:
        return True   # a numbered item as the subject: "Uppgift 4 är hopplöst formulerad"
    if (lower[lo] in _POSSESSIVES or lower[lo] in _EN_DETERMINERS or gen) and rel > lo + 1:
        # A possessive makes its noun definite (round 36): "Hennes dialoger är roliga", "Dina linjer är
        # säkra"; not "Hans mamma är otrevlig", "Hennes kläder är smutsiga" (the lemma table gives some
        # nouns a verb's lemma, "kläder" -> "klä", so the word itself is looked up as well). So does an
        # English determiner (round 38): "The model of the castle is big", not "The boys are lazy".
        # (a number in it too, round 51: "Mina lösningar på uppgift 3 blev slarviga")
        return all((is_word[k] or lower[k].isdigit()) and lower[k] not in persons and lemma[k] not in persons
                   for k in range(lo + 1, rel))
    return any(is_word[k] and _definite_noun(lower[k], lemma[k]) and lemma[k] not in persons for k in {lo, rel - 1})


_PLURAL_ENDINGS = ("arna", "erna", "orna", "ar", "er", "or", "na")
# A definite noun's genitive ("elevernas", "pojkens", "barnets"): it owns the noun after it, as "hennes" does.
_DEFINITE_GENITIVES = ("arnas", "ernas", "ornas", "rnas", "ens", "ets")
# Words that cannot be owned: a verb or a conjunction after a name in -s makes it the subject ("Agnes har …",
# "Agnes är …"; "Elias springer och är stökig" is kept by the copula that must follow the owned word).
_NOT_OWNED = _COPULAS | frozenset(("har hade kan ska skulle vill måste verkade och men eller som "
                                   "får fick gör gjorde går gick").split())


def _genitive_possessor(a: Analysis, k: int) -> bool:
    """Word k is a genitive that owns the noun after it, like a possessive (round 52): the student's name
    ("Tims modell", "Ali:s modell", "Agnes diabetes" – a name in -s takes no other) or a definite noun
    ("Elevernas utvärdering var positiv"). `_thing_subject` then reads the owned words as it reads them after
    "hennes": "Tims kompis är lat", "Elevernas attityd var negativ" keep their person or conduct word. Any
    other capitalised word in -s is left alone: "Nils har varit …", "Mattis och Ture …" are names."""
    word, f = a.lower[k], a.fold[k]
    if not word.endswith("s") or len(word) < 3:
        return False
    stem = f[:-2] if f.endswith((":s", "'s", "’s")) else f[:-1]
    if f in a.subject_names:
        # a name in -s is its own genitive only before a noun, and then a copula or "har/hade" follows the noun:
        # "Agnes diabetes har varit instabil", not "Agnes har varit …", "Alexis ger upp direkt och är …"
        nxt = a.lower[k + 1]
        return (nxt.isalpha() and a.text[a.starts[k + 1]].islower() and nxt not in _NOT_OWNED
                and k + 2 < len(a.lower) and (a.lower[k + 2] in _THING_COPULAS or a.lower[k + 2] in ("har", "hade")))
    if stem in a.subject_names:
        return True
    return word.endswith(_DEFINITE_GENITIVES) and len(word) > 5


def _person_noun(word: str, lemma: str, persons: frozenset[str]) -> bool:
    """The word, its lemma or its stem without a plural ending is a person, conduct or home word (the
    lemma table gives some plurals a verb's lemma: "grabbar" -> "grabba")."""
    return (word in persons or lemma in persons
            or any(word.endswith(e) and word[:-len(e)] in persons for e in _PLURAL_ENDINGS))


def _thing_after_copula(a: Analysis, first: int, persons: frozenset[str]) -> bool:
    """`subject: thing` in inverted order (round 51): a clause that opens with an adverbial puts its subject
    right after the copula ("I försöket utan ljus blev plantorna bleka"); a definite noun there that is no
    person, conduct or home word, with at most two degree words between it and the hit, is the thing judged
    ("I texten är han slarvig", "På rasten är killarna stökiga" keep their person)."""
    lower, is_word = a.lower, a.is_word
    k = first - 1
    while k > 0 and lower[k] in _THING_DEGREE and first - k <= 2:
        k -= 1
    if k < 1 or not is_word[k] or lower[k - 1] not in _THING_COPULAS or lower[k - 1] in _LOOKS:
        return False
    if lower[k] in _PERSON_WORDS or a.fold[k] in a.subject_names:
        return False
    b = k - 2   # the word before the copula is an adverbial, not a subject ("Hon är otroligt noggrann")
    if b >= 0 and (lower[b] in _PERSON_WORDS or a.fold[b] in a.subject_names
                   or _person_noun(lower[b], a.lemma[b], persons)):
        return False
    word, lemma = lower[k], a.lemma[k]
    if word.endswith("t") and lemma[-1:] not in "aeiouyåäö":
        return False   # an adverb in -t ("otroligt", "jävligt"), not a neuter noun ("äpplet")
    return _definite_noun(word, lemma) and not _person_noun(word, lemma, persons)


def _thing_antecedent(a: Analysis, cop: int, persons: frozenset[str]) -> bool:
    """`subject: thing` through a relative "som" (round 51): "värdera vilka sidor som är pålitliga" judges the
    pages. The word "som" stands for (right before it, a negation allowed between "som" and the copula) is a
    word in lower case that is no person, conduct or home word, no pronoun or quantifier that is a person
    ("någon som är lat", "en sån som är lat") and not the student's name ("ali som är lat")."""
    lower, lemma = a.lower, a.lemma
    k = cop - 1
    if k >= 0 and lower[k] in ("inte", "aldrig", "not", "never"):
        k -= 1
    if k < 1 or lower[k] not in _RELATIVES:
        return False
    j = k - 1
    w = lower[j]
    return (a.is_word[j] and len(w) >= 3 and a.text[a.starts[j]].islower() and w not in _NOT_THING_ANTECEDENTS
            and w not in _PERSON_WORDS and not _person_noun(w, lemma[j], persons) and a.fold[j] not in a.subject_names)


def _thing_copula(a: Analysis, first: int, last: int) -> int:
    """The copula (or "ser" of "ser … ut") the hit at tokens first..last is said with, or -1: before
    it at most two degree adverbs, once more after another judged word and "och/and/men/but" ("är
    stor och lite ful", "var engagerad men lite rörig"). A hit that starts with its copula ("är en
    riktig klassiker", round 42) is said with that one."""
    lower, is_word = a.lower, a.is_word
    if first < last and lower[first] in _THING_COPULAS and lower[first] not in _LOOKS:
        return first
    j = first - 1
    for joined in (False, True):
        skipped = 0
        while j >= 0 and is_word[j] and lower[j] in _THING_DEGREE and skipped < 2:
            j, skipped = j - 1, skipped + 1
        if j >= 1 and not is_word[j] and lower[j] in _QUOTES:
            j -= 1   # round 96: the judged words quoted ("The wizard is 'grumpy and rude' at first")
        if j < 1:
            return -1
        w = lower[j]
        if w in _LOOKS:
            return j if last + 1 < len(lower) and lower[last + 1] == "ut" else -1
        if w in _THING_COPULAS:
            return j
        if joined or w not in ("och", "and", "men", "but") or not is_word[j - 1]:
            return -1
        j -= 2   # the judged word before "och/and/men/but"
    return -1


def _names_student(a: Analysis, words: str) -> bool:
    """`other_person`: the group's first word is one of the student's names or their genitives
    (`Analysis.subject_forms`, what `@namn` matches)."""
    return bool(words.strip()) and fold(words.split()[0]) in a.subject_forms


# `student_first` (round 35): the words a hit's clause may not hold between the student's name and the
# hit: another subject, or a relative clause that moves the judgment to someone else ("Ronja är lik
# huvudpersonen, som är lat").
_OTHER_SUBJECT = frozenset("han hon hen de som he she they who".split())
_ANOTHER_CLAUSE = _CLAUSE_BREAKS | _OTHER_SUBJECT   # what may not stand between the student and the hit
_DESCRIBED_AS = frozenset("beskrivs upplevs uppfattas anses betraktas ses".split())   # "… beskrivs (av …) som …"


def _student_judged(a: Analysis, first: int) -> bool:
    """`student_first`: the hit's sentence opens (after a label such as "Snabbnotis:") with one of
    the student's names, or "Du" (the student the text is written to), or the name, a comma and "du", and a copula,
    Swedish or English
    ("Irma is a very mature girl", round 44; a degree adverb between allowed); the hit follows within
    twelve tokens, with no contrast word and no other subject or relative "som" between – except "som"
    right after the copula, which compares the student ("Hugo är som Emil i Lönneberga – busig")."""
    lo = _sentence_opening(a, first)
    fold_, lower = a.fold, a.lower
    if (k := _self_contrast(a, lo, first)) >= 0:
        return not any(lower[m] in _ANOTHER_CLAUSE for m in range(k, first))
    if lo >= first or not a.text[a.starts[lo]].isupper() or (
            fold_[lo] not in a.subject_names and lower[lo] != "du"):   # "Du är en slarver": the reader
        return False
    j = lo + 1
    if fold_[lo] in a.subject_names and j + 1 < first and lower[j] == "," and lower[j + 1] == "du":
        j += 2   # round 101, read off r111b: the student called, then "du" ("Ellie, du är så himla söt när du läser högt!")
    while j < first and lower[j] in _DEGREE:
        j += 1
    if j < first and lower[j] in _DESCRIBED_AS:
        # Round 96: the student as others see them ("Frida beskrivs av alla lärare som otroligt ambitiös"): the words
        # after "som" judge her, an agent may stand between
        k = j + 1
        if lower[k] == "av":
            k = next((m for m in range(k + 1, min(first, k + 5)) if lower[m] == "som"), first)
        return k < first and lower[k] == "som" and not any(lower[m] in _ANOTHER_CLAUSE for m in range(k + 1, first))
    if j > first or fold_[j] not in _SV_EN_COPULAS or first - lo > 12:
        # (the hit may start at the copula: "Hermione är en riktig besserwisser som …", round 39)
        return _joined_copula(a, lo, first)
    k = j + 1
    if k < first and lower[k] in ("som", "like"):
        k += 1   # "är som Emil …": the comparison is the judgment
    return not any(lower[m] in _ANOTHER_CLAUSE for m in range(k, first))


# Words that open another clause, whose subject may be someone else ("Ella beskriver hur Pippi bryter mot
# normer och är modig"): a copula joined by "och" after one of them is not the student's (`_joined_copula`).
_SUBCLAUSE = frozenset("hur att när där om då eftersom vad vilket vilken vars how that when where what which".split())
# A role played opens the first predicate ("Mia spelade kung i teatern och var bossig precis som kungen"): the
# joined copula describes the acting.
_ROLE_VERBS = frozenset("spelade spelar spelat gestaltade gestaltar gestaltat agerade agerar played plays acted".split())
_NOT_JOINED = _ANOTHER_CLAUSE | _SUBCLAUSE   # anywhere between the student and the hit
_NOT_JOINED_BEFORE = _NOT_JOINED | _ROLE_VERBS   # ... and before the "och" as well


_PRONOUN_AFTER_CONTRAST = frozenset("han hon hen he she".split())


def _joined_copula(a: Analysis, lo: int, first: int) -> bool:
    """Round 55: the student's name opens the sentence and a second predicate joined by "och" carries the
    copula before the hit ("Wille har ett enormt driv och är otroligt social"): the student is still the
    subject – unless another clause, subject or name comes between (then the copula may be someone else's).
    Round 57: "men han/hon" + copula joins the same way, the pronoun taking up the student named first."""
    lower, fold_ = a.lower, a.fold
    if first - lo > 16:
        return False
    for m in range(lo + 1, first):
        w = lower[m]
        if w in ("men", "but") and m + 1 < first and lower[m + 1] in _PRONOUN_AFTER_CONTRAST:
            # Round 57: "Oliwer hade en fin analys av dikten men han var så himla ouppfostrad": with no
            # other name before it, the pronoun after the contrast takes up the student again.
            j = m + 2
        elif w in _NOT_JOINED_BEFORE or (a.is_word[m] and a.text[a.starts[m]].isupper()):
            return False
        elif w in ("och", "and", "o"):
            j = m + 1
        else:
            continue
        while j < first and lower[j] in _DEGREE:
            j += 1
        if j <= first and fold_[j] in _SV_EN_COPULAS:
            return not any(lower[x] in _NOT_JOINED for x in range(j + 1, first))
    return False


def _sentence_opening(a: Analysis, first: int) -> int:
    """The first word of the hit's sentence, after a label such as "Snabbnotis:"."""
    lo, _ = a.sent_bounds[a.sent[first]]
    while lo < first and not a.is_word[lo]:
        lo += 1
    if lo + 2 < first and a.lower[lo + 1] == ":":
        lo += 2   # a label first: "Snabbnotis: Tuva var så himla rolig …"
    return lo


_SELF = frozenset(("själv", "sjalv"))
_PERSONAL = frozenset(("han", "hon", "hen"))


def _self_contrast(a: Analysis, lo: int, first: int) -> int:
    """Round 53: the student set against a character or a figure by "själv", with a name or a pronoun
    ("Själv är Mira lite för självgod", "Han är själv ganska bortskämd"): the one the sentence judges is
    the student. Returns the token after the frame, or -1 when the sentence does not open so."""
    lower, fold_ = a.lower, a.fold

    def student(i: int) -> bool:
        return fold_[i] in a.subject_names or lower[i] in _PERSONAL

    if lo + 3 <= first and lower[lo] in _SELF and fold_[lo + 1] in _SV_EN_COPULAS and student(lo + 2):
        return lo + 3
    if lo + 3 <= first and student(lo) and fold_[lo + 1] in _SV_EN_COPULAS and lower[lo + 2] in _SELF:
        return lo + 3
    return -1


# Round 77: Swedish capitalises only proper nouns mid-sentence (English titles too), so a judgment or an
# insult written with a capital right after another word on the same line is a title or a name: "I
# Lögnaren av Barbro Lindgren", "Mr. Twit", "the short story 'The Brat'", "fritids Solstrålen". Not
# after punctuation or a quote mark ("Snyggt jobbat, Einstein", "’Fetto’"), not a word with more
# capitals or other signs ("CP-unge", "H*ra"), not after a copula or a degree word ("är Lat"), and not
# after a word that makes it a common noun or a nickname (`_NOT_BEFORE_A_NAME`): an article, a possessive,
# a pronoun, a word for a nickname ("en Idiot", "din Idiot", "kallade honom Fetto", "fick öknamnet Pucko";
# also with an adjective between: "en total Vollidiot"), or an article before which German and Spanish
# capitalise common nouns ("so ein Vollidiot", "el Imbécil").
_NAMED_BY_CAPITAL = frozenset(("person_judgment", "offensive"))
_TITLES_WITH_STOP = frozenset(("mr", "mrs", "ms", "dr"))
_NOT_BEFORE_A_NAME = frozenset(
    "en ett din ditt dina er ert era sån sånt såna sådan sådant sådana vilken vilket lilla stora "
    "honom henne hen dem dom mig mej dig dej oss för till som "
    "öknamnet öknamn smeknamnet smeknamn kallas kallad kallade kallat kallar kalla "   # "fick öknamnet Pucko"
    "a an you your such him her me them us as called nicknamed nickname "
    "ein eine einen einem einer eines kein keine keinen keinem keiner der die das dem den des du so "
    "el la los las un una".split())


def _capitalised_mid_sentence(a: Analysis, h: "_Hit") -> bool:
    word = a.text[h.start:h.end]
    if h.first != h.last or len(word) < 2 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return False
    k = h.first - 1
    if k >= 1 and a.lower[k] == "." and a.lower[k - 1] in _TITLES_WITH_STOP and a.ends[k - 1] == a.starts[k]:
        k -= 1   # "Mr. Twit"
    if k < 0 or not a.is_word[k] or not a.text[a.ends[k] - 1].isalpha():
        return False   # (a word that keeps its full stop ends a sentence: "Läget i 8A. Stökigt efter lovet")
    gap = a.text[a.ends[k]:h.start].replace(".", "", 1) if a.lower[k] in _TITLES_WITH_STOP else a.text[a.ends[k]:h.start]
    if not gap.isspace() or "\n" in gap:
        return False
    if k >= 1 and a.lower[k - 1] in _NOT_BEFORE_A_NAME and a.text[a.starts[k]].islower():
        return False   # an adjective between: "en total Vollidiot", "din lilla Idiot"
    return a.lower[k] not in _NOT_BEFORE_A_NAME and a.lower[k] not in _THING_DEGREE \
        and a.fold[k] not in _SV_EN_COPULAS and a.fold[k] not in a.subject_forms   # (not "är Lat", "så Dum")


def _walk(a: Analysis, i: int, words: int, step: int, lo: int, hi: int) -> int:
    """Move from token i by `words` word tokens (step ±1), staying within [lo, hi)."""
    j = i
    while words > 0 and lo <= j + step < hi:
        j += step
        if a.is_word[j]:
            words -= 1
    return j


class Checker:
    """Build once, call `check()` many times (thread-safe: no per-call shared state)."""

    def __init__(self, config: Config | None = None, *, ruleset: RuleSet | None = None) -> None:
        self.config = config or Config()
        self.nlp = get_nlp()
        self._lemmas = get_lemma_table()
        self.ruleset = ruleset or load_rules(list(self.config.rules.packs))
        self.rules: tuple[Rule, ...] = self._configured_rules(self.ruleset.rules)
        self._shared: dict[str, object] = {}  # built-once resources detectors share
        self._shared_lock = threading.Lock()
        self._accept = frozenset(fold(w) for w in self.config.rules.accept)
        self.second_opinion: SecondOpinion | Panel | None = shipped_second_opinion() if self.config.second_opinion else None
        self._compile()

    # ---------------------------------------------------------------- building
    def _configured_rules(self, rules: Sequence[Rule]) -> tuple[Rule, ...]:
        cfg = self.config.rules
        known = {r.id for r in rules}
        for rid in [*cfg.disable, *cfg.severity]:
            if rid not in known:
                raise RuleError(f"konfigurationen nämner regeln {rid!r}, som inte finns")
        out = []
        for r in rules:
            if r.id in cfg.disable:
                continue
            if r.id in cfg.severity:
                r = r.model_copy(update={"severity": Severity(cfg.severity[r.id])})
            out.append(r)
        return tuple(out)

    def shared(self, key: str, build):
        """A resource built once per Checker and shared by detectors (e.g. Presidio)."""
        with self._shared_lock:
            if key not in self._shared:
                self._shared[key] = build()
            return self._shared[key]

    def _compile(self) -> None:
        load_builtin_detectors()
        # One index for every rule's words and phrases (payload: rule index >= 0) and every
        # exception's cues (payload: negative cue-set key), scanned once per text.
        # A cue's word is never the student's capitalised name ("Dina" is no "dina", round 55); rules keep their hits
        # there (`_cancelled` drops a hit that is the name alone), and `@namn` cues match the name by design.
        self._lexicon: PhraseIndex[int] = PhraseIndex(never_at_name=_is_cue_payload)
        self._cue_sets: dict[tuple[str, ...], _Cues] = {}
        self._regexes: list[tuple[int, object, int]] = []
        self._active_of: dict[tuple[frozenset[str], int], tuple[bool, ...]] = {}   # see active_rules
        self._plan_of: dict[tuple[bool, ...], tuple[bool, bool, list[tuple[int, object, int]]]] = {}   # see _active_plan
        self._detectors: list[tuple[int, object]] = []
        self._matcher = Matcher(self.nlp.vocab)
        self._has_patterns = False
        self._patterns_use_lemma = False
        self._lemmatizer = self.nlp.get_pipe("skrivvakt_lower_lemmatizer")
        self._exceptions: list[list[_CompiledException]] = []
        self._requires: list[list[_CompiledException]] = []
        contexts = self.ruleset.contexts
        for ri, rule in enumerate(self.rules):
            where = f"{self.ruleset.sources.get(rule.id, '?')}, regel {rule.id}"
            for field, entries in (("words", rule.match.words), ("phrases", rule.match.phrases)):
                for entry in entries:
                    try:
                        self._lexicon.add(ri, entry)
                    except ValueError as exc:
                        raise RuleError(f"{where}, fält 'match.{field}': {exc}") from None
            for pattern in rule.match.regex:
                rx = compile_regex(pattern)
                # A named group `hit` marks the part to report; the rest is context.
                self._regexes.append((ri, rx, rx.groupindex.get("hit", 0)))
            if rule.match.patterns:
                try:
                    self._matcher.add(str(ri), rule.match.patterns)
                except Exception as exc:
                    raise RuleError(f"{where}, fält 'match.patterns': {exc}") from None
                self._has_patterns = True
                self._patterns_use_lemma |= any("LEMMA" in tok for pat in rule.match.patterns for tok in pat)
            if rule.detector:
                factory = DETECTORS.get(rule.detector)
                if factory is None:
                    raise RuleError(
                        f"{where}, fält 'detector': okänd detektor {rule.detector!r} (finns: {', '.join(sorted(DETECTORS))})"
                    )
                self._detectors.append((ri, factory(rule, self)))
            self._exceptions.append([self._compile_exception(e, contexts, where, cancels=True) for e in rule.exceptions])
            self._requires.append([self._compile_exception(e, contexts, where) for e in rule.require])
        # A swear word used as an intensifier ("ett jävla geni"): its offensive finding does not
        # subsume the judgment around it (_merge).
        self._intensifiers = self._cues(contexts.get("swear_intensifiers", ()))
        # The veto floor (veto_floor.py): findings the trained veto may never drop.
        self.veto_floor: VetoFloor = load_floor()
        try:
            self._floor = self._cues(self.veto_floor.terms)
        except ValueError as exc:
            raise RuleError(f"{self.veto_floor.source}, fält 'terms': {exc}") from None

    def _cues(self, entries: Iterable[str]) -> _Cues | None:
        key = tuple(entries)
        if not key:
            return None
        cues = self._cue_sets.get(key)
        if cues is None:
            cues = self._cue_sets[key] = _Cues(-(len(self._cue_sets) + 1), self)
            for entry in key:
                self._lexicon.add(cues.key, entry)
        return cues

    def _matches(self, a: Analysis) -> tuple[list[tuple[int, int, int]], dict[int, list[int]]]:
        """One pass of the combined index over the text: the rules' word and phrase hits
        (rule index, first, last token) and, per cue set, the tokens where a cue starts."""
        got = a.cache.get("matches")
        if got is None:
            hits: list[tuple[int, int, int]] = []
            cues: dict[int, list[int]] = {}
            ends: dict[tuple[int, int], int] = {}  # (cue set, first token) -> last token of the longest cue there
            for payload, first, last in self._lexicon.find(a):
                if payload >= 0:
                    hits.append((payload, first, last))
                else:
                    cues.setdefault(payload, []).append(first)
                    ends[payload, first] = max(last, ends.get((payload, first), last))
            got = a.cache["matches"] = (hits, cues)
            a.cache["cue_ends"] = ends
        return got

    def _compile_exception(self, e: Exception_, contexts: dict[str, tuple[str, ...]], where: str,
                           cancels: bool = False) -> _CompiledException:
        try:
            around = list(e.sentence) + list(contexts.get(e.context, ()) if e.context else [])
            return _CompiledException(
                before=self._cues(e.before),
                after=self._cues(e.after),
                around=self._cues(around),
                regex=compile_regex(e.regex) if e.regex else None,
                window=e.window,
                scope=e.scope,
                side=e.side,
                not_across=self._cues(contexts.get(e.not_across, ())) if e.not_across else None,
                disarm=self._cues(contexts.get(e.cue_disarm, ())) if e.cue_disarm else None,
                thing_subject=self._person_nouns(contexts) if e.subject == "thing" else None,
                many_readers=e.subject == "many",
                character_subject=self._person_nouns(contexts) if e.subject == "character" else None,
                vet_names=self.config.second_opinion,
                character_works=self._cues(contexts.get("fiction", ())) if e.subject in ("character", "figure") else None,
                topic_words=bool(e.sentence) and not e.context and not e.cue_disarm,
                figure_subject=self._person_nouns(contexts) if e.subject == "figure" else None,
                student_first=e.student_first,
                other_person=e.other_person,
                unowned=e.unowned,
                impersonal=e.impersonal,
                unless_student_signs=e.unless_student_signs,
                unless_family_writes=e.unless_family_writes,
                staff_subject=e.subject == "staff",
                next_word=cancels and e.window == 1 and bool(e.after) and all(c[:1].isalpha() or c[:1] in "*@" for c in e.after),
                frame=not e.before and not e.after and e.side != "over" and (e.window is None or e.window >= 8)
                and bool(around or e.regex or e.subject),
            )
        except ValueError as exc:
            raise RuleError(f"{where}, fält 'exceptions': {exc}") from None

    def _person_nouns(self, contexts: dict[str, tuple[str, ...]]) -> frozenset[str]:
        """The lemmas `subject: thing` never counts as a thing and `subject: character` never as a
        name (contexts.yaml `person_nouns`), one set for every rule that uses them. Without the list
        every definite noun would be a thing, so a missing list is an error, not an empty set."""
        if "person_nouns" not in contexts:
            raise ValueError("subject: thing och subject: character behöver listan person_nouns i contexts.yaml")
        return self.shared("person_nouns", lambda: frozenset(contexts["person_nouns"]))

    # ---------------------------------------------------------------- checking
    def analyse(self, text: str, subject_names: Iterable[str] = ()) -> Analysis:
        norm = normalize(text)
        doc = self.nlp(norm.text)
        names = frozenset(fold(n) for name in subject_names for n in name.split() if n)
        return Analysis(norm, doc, names, self._lemmas)

    def check(
        self,
        text: str,
        *,
        subject_names: Iterable[str] = (),
        categories: Iterable[str] | None = None,
        min_severity: str | Severity | None = None,
        policy: PolicyConfig | None = None,
    ) -> Report:
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        a = self.analyse(text, subject_names)
        findings = self.findings(a, categories=categories, min_severity=min_severity)
        return Report(findings=findings, decision=decide(findings, policy or self.config.policy))

    def active_rules(self, categories: Iterable[str] | None, min_severity: str | Severity | None) -> tuple[bool, ...]:
        """Per rule, whether it runs for these categories and severity floor. Listed once per
        (categories, floor) – a few in a process – instead of walking every rule on every call."""
        cats = set(CATEGORIES if categories is None else categories)
        unknown = cats - set(CATEGORIES)
        if unknown:
            raise ValueError(f"okänd kategori: {', '.join(sorted(unknown))}")
        floor = SEVERITY_RANK[Severity(min_severity).value] if min_severity else 0
        key = (frozenset(cats), floor)
        got = self._active_of.get(key)
        if got is None:
            got = self._active_of[key] = tuple(
                r.category in cats and SEVERITY_RANK[r.severity.value] >= floor for r in self.rules)
        return got

    def findings(
        self,
        a: Analysis,
        *,
        categories: Iterable[str] | None = None,
        min_severity: str | Severity | None = None,
    ) -> list[Finding]:
        active = self.active_rules(categories, min_severity)
        raw = list(self._raw_hits(a, active))
        reasons = [self._cancel_reason(a, h) for h in raw]
        if _FRAMED in reasons and _KEPT in reasons:
            self._cancel_coordinated(a, raw, reasons)
        hits = [h for h, r in zip(raw, reasons) if r == _KEPT]
        if self.second_opinion is not None and hits:
            hits = self._second_opinion(a, hits)
        return self._to_findings(a, self._merge(hits, a))

    def _cancel_coordinated(self, a: Analysis, raw: list[_Hit], reasons: list[int]) -> None:
        """A one-word hit right after "och"/"eller" whose first conjunct's hits of the same category a
        frame exception cancelled (and no rule kept) is cancelled too: coordinated adjectives share
        one predicate, so what the sentence says of the first holds for the second ("satiriserar
        ämbetsmän som lata och självgoda", where the subject-content cue lies beyond the second
        word's window). Not after an exception about the first word's own neighbours ("en snäll och
        hjälpsam kille": "en" before "snäll" says nothing of "hjälpsam") or an unmet `require`; not
        after a comma ("en riktig tönt, ingen vill …") or for a phrase or a verb, which make a
        predicate of their own ("… och tror att hon äger världen", "… och är en börda"). Round 60."""
        fold_, rules = a.fold, self.rules
        cat = [rules[h.rule].category for h in raw]
        ends = {(cat[k], raw[k].last) for k, r in enumerate(reasons) if r == _FRAMED}
        ends -= {(cat[k], raw[k].last) for k, r in enumerate(reasons) if r == _KEPT}   # (another rule kept that word)
        for k in sorted(range(len(raw)), key=lambda i: raw[i].first):   # (in text order: "lata och dumma och självgoda")
            h = raw[k]
            j = h.first - 2
            if (reasons[k] == _KEPT and h.first == h.last and j >= 0 and fold_[j + 1] in _COORDINATORS
                    and fold_[h.first] not in _PREDICATE_OPENERS and (cat[k], j) in ends):
                reasons[k] = _FRAMED
                ends.add((cat[k], h.last))

    def floor_holds(self, a: Analysis, h: "_Hit", category: str) -> bool:
        """True if the veto floor protects this hit: a floor term starts in its own tokens, or – for
        person_judgment – the pupil is the subject of the copula before it (`veto_floor.pupil_is_subject`)."""
        return bool(category == self.veto_floor.category and self._floor is not None
                    and self._floor.search(a, h.first, h.last + 1)) \
            or (category == SUBJECT_FLOOR_CATEGORY and pupil_is_subject(a, h.first))

    def _second_opinion(self, a: Analysis, hits: list[_Hit]) -> list[_Hit]:
        """The trained veto, under the floor: a hit the floor protects is kept whatever the
        second opinion says, and is not even shown to it (only to its `floored` hook, which
        lets calibration count such an item as never lost)."""
        cats = [self.rules[h.rule].category for h in hits]
        held = [self.floor_holds(a, h, c) for h, c in zip(hits, cats)]
        if not any(held):
            return self.second_opinion.filter(a, hits, cats)
        free = [(h, c) for h, c, f in zip(hits, cats, held) if not f]
        kept = self.second_opinion.filter(a, [h for h, _ in free], [c for _, c in free]) if free else []
        self.second_opinion.floored(a, [h for h, f in zip(hits, held) if f], [c for c, f in zip(cats, held) if f])
        keep = {id(h) for h in kept}
        return [h for h, f in zip(hits, held) if f or id(h) in keep]

    def _raw_hits(self, a: Analysis, active: Sequence[bool]) -> Iterable[_Hit]:
        rules = self.rules
        # Skip the lexicon and the Matcher when no active rule uses them (e.g. identifiers only).
        uses_lexicon, uses_patterns, regexes = self._active_plan(active)
        if uses_lexicon:
            for ri, first, last in self._matches(a)[0]:
                if active[ri]:
                    yield _Hit(ri, a.starts[first], a.ends[last], first, last, rules[ri].confidence, rules[ri].entity)
        if uses_patterns:
            if self._patterns_use_lemma:
                self._lemmatizer(a.doc)
            for match_id, s, e in self._matcher(a.doc):
                ri = int(self.nlp.vocab.strings[match_id])
                if active[ri] and e > s:
                    yield _Hit(ri, a.starts[s], a.ends[e - 1], s, e - 1, rules[ri].confidence, rules[ri].entity)
        text = a.text
        for ri, rx, group in regexes:
            for m in rx.finditer(text):
                s, e = m.span(group)
                if e > s:
                    yield _Hit(ri, s, e, a.token_at(s), a.token_at(e - 1), rules[ri].confidence, rules[ri].entity)
        for ri, detector in self._detectors:
            if not active[ri]:
                continue
            for h in detector(a):
                if h.end > h.start:
                    yield _Hit(ri, h.start, h.end, a.token_at(h.start), a.token_at(h.end - 1), h.confidence,
                               h.entity or rules[ri].entity)

    def _active_plan(self, active: Sequence[bool]) -> tuple[bool, bool, list[tuple[int, object, int]]]:
        """What the active rules need, listed once per set of active rules (a few: categories x
        severity floor) instead of walking every rule on every call: whether one has words or
        phrases (the lexicon scan), whether one has token patterns (the Matcher), and the active
        rules' regexes (a call for one category skipped some 350 inactive ones one by one)."""
        key = tuple(active)
        got = self._plan_of.get(key)
        if got is None:
            rules = self.rules
            got = self._plan_of[key] = (
                any(on and bool(r.match.words or r.match.phrases) for on, r in zip(active, rules)),
                self._has_patterns and any(on and bool(r.match.patterns) for on, r in zip(active, rules)),
                [x for x in self._regexes if active[x[0]]])
        return got

    def _cancelled(self, a: Analysis, h: _Hit) -> bool:
        return self._cancel_reason(a, h) != _KEPT

    def _cancel_reason(self, a: Analysis, h: _Hit) -> int:
        """_KEPT, _FRAMED (an exception about the sentence said no: a topic, a work, a thing as the
        subject), _EXCEPTED (another exception, the accept list or the student's own name) or _UNMET
        (a `require` found nothing)."""
        if self._accept and fold(a.text[h.start:h.end]) in self._accept:
            return _EXCEPTED
        # Round 23: the student's own name is never a content finding, whatever its lemma ("Vilda" has
        # the lemma "vild"): one capitalised word that is one of `subject_names`.
        if (h.first == h.last and a.text[h.start:h.start + 1].isupper() and a.fold[h.first] in a.subject_names
                and self.rules[h.rule].category != "identifier"):
            return _EXCEPTED
        if self.rules[h.rule].category in _NAMED_BY_CAPITAL and _capitalised_mid_sentence(a, h):
            return _EXCEPTED
        for exc in self._exceptions[h.rule]:
            if self._exception_applies(a, exc, h):
                return _FRAMED if exc.frame else _EXCEPTED
        required = self._requires[h.rule]
        if required and not any(self._exception_applies(a, req, h) for req in required):
            return _UNMET
        return _KEPT

    @staticmethod
    def _exception_applies(a: Analysis, exc: _CompiledException, h: _Hit) -> bool:
        n = len(a.lower)
        if n == 0 or (exc.unowned and _owned(a, h.first)) or (exc.unless_student_signs and _student_signed(a)) \
                or (exc.unless_family_writes and _family_wrote(a)) \
                or (exc.impersonal and next(_persons_in_sentence(a, h.first), None) is not None):
            return False
        if exc.thing_subject is not None:
            return _thing_subject(a, h.first, h.last, exc.thing_subject)
        if exc.many_readers:
            return _to_many_readers(a, h.first)
        if exc.character_subject is not None:
            return _character_subject(a, h.first, exc.character_subject, exc.character_works, exc.vet_names)
        if exc.figure_subject is not None:
            return _figure_named(a, h.first, exc.figure_subject, exc.character_works, exc.vet_names)
        if exc.staff_subject:
            return _staff_subject(a, h.first)
        if exc.student_first and _student_judged(a, h.first):
            if exc.scope != "neighbours" or exc.around is None \
                    or _self_contrast(a, _sentence_opening(a, h.first), h.first) >= 0:
                return False   # (round 53: "Själv är Mira …" sets the student against the scene before)
            # A book or figure named in the sentence before still sets the scene ("I dramaleken var
            # Astrid häxan. Astrid var elak på ett riktigt bra sätt"); one named in the sentence
            # after is the student's work ("Julia är så gullig! Hon har skrivit en berättelse om Pippi").
            s_lo = a.sent_bounds[a.sent[h.first]][0]
            lo = a.sent_bounds[max(0, a.sent[h.first] - 1)][0]
            return _cues_found(a, exc.around, lo, s_lo, exc.disarm, lo, s_lo)
        s_first, s_last = a.sent[h.first], a.sent[h.last]
        if exc.scope == "text":
            lo, hi = 0, n
        elif exc.scope == "neighbours":
            lo = a.sent_bounds[max(0, s_first - 1)][0]
            hi = a.sent_bounds[min(len(a.sent_bounds) - 1, s_last + 1)][1]
        else:
            lo, hi = a.sent_bounds[s_first][0], a.sent_bounds[s_last][1]
            if exc.scope == "clause":
                lo, hi = _clause(a, h.first, h.last, lo, hi)
            elif exc.scope == "to_contrast":
                hi = _clause(a, h.first, h.last, lo, hi)[1]
        w = exc.window
        if exc.before is not None:
            start = _walk(a, h.first, w or 3, -1, lo, hi)
            if _cues_found(a, exc.before, start, h.first, exc.disarm, lo, hi):
                return True
        if exc.after is not None and not (exc.next_word and h.last + 1 < hi and a.fold[h.last + 1] in _CLAUSE_MARKS):
            end = _walk(a, h.last, w or 3, 1, lo, hi)
            if _cues_found(a, exc.after, h.last + 1, end + 1, exc.disarm, lo, hi, h.first):
                return True
        if exc.around is not None:
            if w:
                wlo, whi = _walk(a, h.first, w, -1, lo, hi), _walk(a, h.last, w, 1, lo, hi) + 1
                if exc.side == "before":
                    whi = h.first
                elif exc.side == "after":
                    wlo = h.last + 1
            else:
                wlo, whi = lo, hi
            if exc.not_across is None:   # (the rule loader refuses cue_disarm with not_across)
                if not w and exc.topic_words:   # (the whole sentence or clause: not the hit's own words)
                    if exc.around.search_outside(a, wlo, whi, h.first, h.last):
                        return True
                elif _cues_found(a, exc.around, wlo, whi, exc.disarm, lo, hi,
                                 h.first if w and exc.side == "after" else None):
                    return True
            else:
                # A cue at or after the hit cancels as usual; a cue before it only if no anchor
                # starts between the last such cue's last word (which an anchor may share: "en
                # dikt om" + "om sin pappa") and the hit's first word.
                if exc.around.search(a, max(wlo, h.first), whi):
                    return True
                cue_end = exc.around.last_end(a, wlo, min(whi, h.first))
                if cue_end is not None and not exc.not_across.search(a, cue_end, h.first + 1):
                    return True
        if exc.regex is not None and exc.side == "over":
            # The matches that cover the hit (round 30), memoised per sentence like the rest.
            seen = a.cache.setdefault("exception_regex_spans", {})
            key = (exc.regex, a.starts[lo], a.ends[hi - 1])
            spans = seen.get(key)
            if spans is None:
                spans = seen[key] = [(key[1] + m.start(), key[1] + m.end())
                                     for m in exc.regex.finditer(a.text[key[1]:key[2]])
                                     if not exc.other_person or not any(
                                         _names_student(a, g) for n, g in m.groupdict().items()
                                         if n.startswith("other") and g)]
            return any(s <= h.start and h.end <= e for s, e in spans)
        if exc.regex is not None:
            # Memoised per regex and window: every hit in a sentence full of them has the same
            # sentence (or clause), which was searched again for each one.
            seen = a.cache.get("exception_regex")
            if seen is None:
                seen = a.cache["exception_regex"] = {}
            key = (exc.regex, a.starts[lo], a.ends[hi - 1])
            found = seen.get(key)
            if found is None:
                m = exc.regex.search(a.text[key[1]:key[2]])
                found = seen[key] = -1 if m is None else key[1] + m.start()
            # With `side: before` (and no window) the match must start before the hit: a cue for
            # quoted or reported words ("skrev i sin insändare att …, vilket försvagar
            # argumentationen") does not reach an insult written before it ("Han är en idiot och
            # hans text saknar argumentation"). RE2 finds the leftmost match, so its start is the
            # earliest any match can start.
            if found >= 0 and (exc.side != "before" or exc.window or found < h.start):
                return True
        return False

    def _merge(self, hits: list[_Hit], a: Analysis | None = None) -> list[_Hit]:
        """Within a category, overlapping hits become one: the most severe, surest, longest.

        Near-linear in the number of hits: a text full of insults has thousands, and checking
        each against every hit kept before it took seconds. The spans kept in one category never
        overlap, so in start order they are in end order too and a bisect finds the only ones a
        hit can touch (`_Disjoint`, `_Subsumers`). That needs every hit to cover at least one
        character, as `_raw_hits` makes sure."""
        rules = self.rules
        ranked = sorted(
            hits,
            key=lambda h: (-SEVERITY_RANK[rules[h.rule].severity.value], -h.confidence, -(h.end - h.start), h.start, rules[h.rule].id),
        )
        kept: list[_Hit] = []
        taken: dict[str, _Disjoint] = {}
        for h in ranked:
            category = rules[h.rule].category
            spans = taken.get(category)
            if spans is None:
                spans = taken[category] = _Disjoint()
            if spans.add(h.start, h.end):
                kept.append(h)
        cues = self._intensifiers
        text = a.norm.text if a is not None else None
        # One index per subsuming category, shared by the categories it subsumes: a subsuming
        # category is never subsumed itself (_SUBSUMED), so its kept hits do not change here.
        subsumers: dict[str, _Subsumers] = {}
        for category, by in _SUBSUMED.items():
            if category not in taken:
                continue
            # A swear word as an intensifier strictly inside the hit ("ett jävla geni", "en
            # jävla clown") leaves the judgment around it standing.
            # A sensitive hit goes only when the insult holds all of its words: "vill bli
            # kallad 'hen'" is a pronoun wish whatever is said about the quoted 'hen'.
            # A judgment also goes where it ends in a simile of the insult (`_simile_of`).
            over = [subsumers[b] if b in subsumers
                    else subsumers.setdefault(b, _Subsumers([o for o in kept if rules[o.rule].category == b], a, cues))
                    for b in by]
            inside = category in _SUBSUMED_INSIDE
            kept = [h for h in kept if rules[h.rule].category != category
                    or not any(o.subsume(h, inside, text) for o in over)]
        return kept

    def _to_findings(self, a: Analysis, hits: list[_Hit]) -> list[Finding]:
        out: list[Finding] = []
        original = a.norm.original
        for h in hits:
            rule = self.rules[h.rule]
            start, end = a.norm.to_original(h.start, h.end)
            out.append(
                Finding(
                    rule_id=rule.id,
                    category=rule.category,
                    severity=rule.severity,
                    start=start,
                    end=end,
                    quote=original[start:end],
                    message=rule.message,
                    suggestion=rule.suggestion,
                    belongs_in=rule.belongs_in,
                    confidence=round(h.confidence, 3),
                    entity=h.entity,
                )
            )
        out.sort(key=lambda f: (f.start, f.end, f.rule_id))
        return out


# Round 12: a judgment whose simile ends in an insult ("betedde sig som vildar", "beter sig
# ibland som en riktig idiot", "ser ut som en gris") is the insult's finding, like an overlap:
# the comparison says nothing the insult does not. Between the judgment's end and the insult
# may stand only "som", up to two words before it that are not a conjunction ("lat men som
# person en idiot" starts a new clause) and up to three after it, on one line ("beter sig illa
# och är en idiot" keeps both).
# "lat som fan" is a degree, not a comparison; "en sån som aldrig kommer att …" is a relative clause.
_NOT_SIMILE = re.compile(r"(?i)som\s+(?:fan|fasen|satan|helvete|tusan|sjutton|fanken|hin|fy\s+fan|bara\s+fan|aldrig|inte|alltid|bara|kan|kommer|har|är|var|ska|vill)\b")
_SIMILE_GAP = re.compile(
    r"(?i)^(?:[^\S\n]+(?!(?:men|och|eller|utan|fast|samt|medan|but|and)\b)[\w-]+){0,2}?(?:[^\S\n]+|^)som"
    r"(?:[^\S\n]+[\w-]+){0,3}?[^\S\n]*[\"'”’»]?[^\S\n]*\Z")
# Furthest an insult may start after a judgment's end to close its simile (characters).
_SIMILE_REACH = 40


def _simile_of(text: str, end: int, insult_start: int, insult_end: int) -> bool:
    """True when the text from a judgment's end to an insult's start is a simile's "(…) som (…)"."""
    if not 0 <= insult_start - end <= _SIMILE_REACH:
        return False
    lo = max(0, end - 7)
    soms = [m.start() for m in re.finditer(r"(?i)\bsom\b", text[lo:insult_end]) if lo + m.start() <= insult_start]
    if soms and _NOT_SIMILE.match(text[lo + soms[-1]:insult_end]):
        return False
    tail = text[max(0, end - 7):end]
    gap = text[end:insult_start]
    if re.search(r"(?i)\bsom(?:\s+(?:en|ett))?$", tail) or re.match(r"(?i)som\b", text[insult_start:insult_start + 4]):
        return bool(re.fullmatch(r"(?:[^\S\n]+[\w-]+){0,3}?[^\S\n]*[\"'”’»]?[^\S\n]*", gap))
    return bool(_SIMILE_GAP.match(gap))


class _Disjoint:
    """Spans that do not overlap, in start order, which for such spans is also end order (each
    span must cover at least one character). `add` is a bisect and a list insert instead of a
    scan over every span kept so far."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> bool:
        """Keep [start, end) unless it overlaps a span kept already; say whether it was kept."""
        # The spans starting before `end` are the first i; the last of them ends last.
        i = bisect_left(self.starts, end)
        if i and self.ends[i - 1] > start:
            return False
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True


# Round 69: what may stand between a judgment and an insult in one noun phrase: nothing but a space, or a word of
# size or degree ("en lat liten jävel", "a lazy little brat").
_PHRASE_GAP = re.compile(r"\s{1,3}(?:(?:liten|lilla|lille|litet|little|riktig|riktigt|real|total|sån|sånt|sådan)\s{1,3})?")


# Swear words that intensify whatever they stand beside, in their disguises ("j*vla", "j-la", "jävvla", "inihelvete",
# "sh*t"): not the insult of a noun phrase, so the judgment beside them stands.
_SWEAR_WORD = re.compile(r"(?i)j\W?[äae]?\W?v*\W?v?l\W?a|j\W*[äa]\W*k\W*l\W*a|j\W?-?la|jävv?la|jävl\w*|j\W?vl\w*"
                         r"|fan|fasen|fanimej|helvete|inihelvete|ihelvete|fucking|f\W?cking|fuckin|satans|sh\W?t|shit|skit")


def _same_phrase(text: str, end: int, start: int) -> bool:
    """The text between a hit ending at `end` and one starting at `start` is a gap inside one noun phrase."""
    return 0 < start - end <= 14 and _PHRASE_GAP.fullmatch(text, end, start) is not None


class _Subsumers:
    """One subsuming category's kept hits (they do not overlap; `_merge`), indexed so that
    `subsume` asks bisects instead of every hit: which of them drop a hit of a subsumed
    category. The same rules as before, case by case, in `subsume`."""

    __slots__ = ("starts", "ends", "swear", "plain", "word")

    def __init__(self, hits: list[_Hit], a: Analysis | None, cues: _Cues | None) -> None:
        spans = sorted(
            (o.start, o.end, bool(o.first == o.last and a is not None and cues is not None
                                  and cues.search(a, o.first, o.first + 1)), o.first == o.last)
            for o in hits
        )
        self.starts = [s for s, _e, _w, _o in spans]
        self.ends = [e for _s, e, _w, _o in spans]
        self.swear = [w for _s, _e, w, _o in spans]
        self.word = [o for _s, _e, _w, o in spans]   # a one-word hit (round 69: `_same_phrase`)
        # plain[k]: how many of the first k spans are not a one-word swear intensifier.
        self.plain = [0]
        for w in self.swear:
            self.plain.append(self.plain[-1] + (not w))

    def _insult_word(self, k: int, text: str) -> bool:
        """Span k is one word of insult, not a swear word used as an intensifier, however written ("jävla",
        "j*vla", "j-la", "inihelvete"; round 69)."""
        return self.word[k] and not self.swear[k] and _SWEAR_WORD.fullmatch(text, self.starts[k], self.ends[k]) is None

    def subsume(self, h: _Hit, inside: bool, text: str | None) -> bool:
        """Whether one of these hits drops `h`: `inside`, one that holds all of h's words;
        otherwise one that overlaps h unless it is a swear intensifier strictly inside h, or
        (given the text) one that h's simile ends in."""
        starts, ends = self.starts, self.ends
        if inside:
            # Only the last span starting at or before h can hold it.
            k = bisect_right(starts, h.start) - 1
            return k >= 0 and ends[k] >= h.end
        # The spans overlapping h are lo..hi-1: they end after h starts and start before it ends.
        lo, hi = bisect_right(ends, h.start), bisect_left(starts, h.end)
        if lo < hi:
            last = hi - 1
            for k in (lo, last):  # the first and last overlapping span may reach out of h
                if not (self.swear[k] and h.start < starts[k] and ends[k] < h.end):
                    return True
            if self.plain[last] - self.plain[lo + 1] > 0:  # those between lie strictly inside h
                return True
        if text is not None:
            for k in range(bisect_left(starts, h.end), bisect_right(starts, h.end + _SIMILE_REACH)):
                if _simile_of(text, h.end, starts[k], ends[k]):
                    return True
            # Round 69: the insult and the judgment in one noun phrase, side by side ("en fet latmask", "en lat
            # jävel", "a lazy little brat"): one insult, which the offensive finding already reports. Not a swear
            # word as an intensifier before the judgment ("ett jävla geni" keeps its judgment, as above).
            if h.first == h.last:   # one word beside one word: not a clause ("en tönt som ingen vill vara med")
                k = bisect_left(starts, h.end)
                if k < len(starts) and self._insult_word(k, text) and _same_phrase(text, h.end, starts[k]):
                    return True
                k = bisect_right(ends, h.start) - 1
                if k >= 0 and self._insult_word(k, text) and _same_phrase(text, ends[k], h.start):
                    return True
        return False


# A category whose finding is dropped where a finding of another category covers the same
# words: an insult ("en lat jävel", "a lazy brat") is also a judgment of the person, but the
# offensive finding already says so, more severely; two findings on one phrase are noise.
# A condition or group word used as an insult ("Typ cp-skadad.", "din jävla autist") says
# nothing true about anyone's health or origin, so it is not a sensitive finding either.
_KEPT, _FRAMED, _EXCEPTED, _UNMET = 0, 1, 2, 3
_COORDINATORS = frozenset({"och", "eller", "samt", "and", "or", "&"})   # (no comma: "en riktig tönt, ingen vill …")
# Finite verbs that open a new predicate after "och" (folded): "… och är en börda", "… och har kort stubin".
_PREDICATE_OPENERS = frozenset(("ar", "var", "blir", "blev", "har", "hade", "verkar", "kanns", "kommer", "kan", "ska",
                                "vill", "gor", "gar", "is", "was", "has", "seems"))
_SUBSUMED: dict[str, tuple[str, ...]] = {"person_judgment": ("offensive",), "sensitive": ("offensive",)}
_SUBSUMED_INSIDE = frozenset({"sensitive"})

_DEFAULT: Once[Checker] = Once(lambda: Checker())


def get_checker() -> Checker:
    """The process-wide default Checker (built on first use, then shared)."""
    return _DEFAULT()


def check(
    text: str,
    *,
    subject_names: Iterable[str] = (),
    categories: Iterable[str] | None = None,
    min_severity: str | Severity | None = None,
) -> Report:
    """Check one text with the default Checker. See `Checker.check`."""
    return get_checker().check(text, subject_names=subject_names, categories=categories, min_severity=min_severity)
