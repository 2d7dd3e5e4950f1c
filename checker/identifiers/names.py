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
from bisect import bisect_right
from itertools import compress
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc

from ..diskcache import marshalled
from ..normalize import fold, fold_keep_length
from ..rules import parse_yaml
from .name_context import (
    _AND, _CLASS, _DOT_ABOVE, _DOTTED, _GENITIVE, _QUOTES, _Cand, _cue, _undot, NameContext, fold_word, trie_regex,
)
from .name_documents import _ONLY_NAMES, named_role  # noqa: F401  (_ONLY_NAMES: tests read names._ONLY_NAMES)
from .name_works import (
    _PLAY_SUBJECTS,
    clause_cue,
    compared_with_public,
    in_title,
    near_knowledge,
    titled_genitive,
    weak_in_clause,
    work_after,
    work_word,
)
from .name_places import (
    _AUDIENCE_VERBS,
    _INSTITUTION_ENDS,
    _TITLE_FUNCTION_WORDS,
    english_sentence,
    not_a_person,
    unknown_name,
)
from .name_staff import (
    _OPENING_GREETINGS,
    _STAFF_TITLES,
    colleague_note,
    guardian_signs,
    protected_by_name,
    read_closing,
    signer_keys,
    staff,
    staff_closing,
    writer_line,
)

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


_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)(?::s)?[.,]?$")
# An epithet after a name, like a regnal number, names a ruler or a saint: "Katarina den stora",
# "Peter den store", "Erik den helige", "Alfred the Great" (folded keys).
_EPITHET_ARTICLES = frozenset(("den", "the"))
_EPITHETS = frozenset(fold(w) for w in (
    "store stora gode goda helige heliga förste första vise starke stränge grymme fromme blide "
    "segersälle erövraren great conqueror terrible wise elder younger confessor "
    # round 18: more of the family ("Ivan den förskräcklige", "Pippin den lille", "Harald den
    # hårdhärske"); any weak adjective in -ige/-iga/-liga also counts (`_EPITHET_ENDS`)
    "förskräcklige förskräckliga lille lilla unge unga gamle gamla äldre yngre siste sista "
    "rike rika röde röda onde onda blodige blodiga hårdhärske hårdhärskande barmhärtige "
    "magnificent great bold fair good pious lionheart red fat").split())
# "den mäktige", "den heliga", "den ärofulla": weak adjective endings that (after "den" right
# behind a name) are an epithet, never a pupil ("Oskar den ... " is no Swedish way to say more)
_EPITHET_ENDS = ("ige", "iga", "fulle", "fulla")
_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.$")
# (1000–1969 after a preposition of time: "klipp från 1959", "år 1523"; round 20 widened it from
# 1899: pupils' parents and grandparents are named with a family word, which still wins)
_HISTORIC_YEAR = re.compile(r"^(?:1[0-8]\d\d|19[0-6]\d|\d{3,4}-talet\w*)$")
# A lifespan or a birth year long ago in brackets right after a name: "Lise Meitner
# (1878–1968)", "Bertil Ohlin (1899–1979)", "(född 1914)", "(f. 1867)" — a figure (round 20)
_LIFESPAN = re.compile(r"[^\S\n]*\(\s*(?:f\.\s*|född\s+|b\.\s*|born\s+)?1(?:[0-8]\d\d|9[0-3]\d)"
                       r"(?:\s*[–—-]\s*(?:1\d\d\d|20\d\d|\d\d))?\s*\)")   # (years before 1940: long ago)
_YEAR_PREPOSITIONS = frozenset(fold(w) for w in (
    "år", "året", "i", "på", "från", "till", "sedan", "under", "efter", "före", "mellan", "omkring", "runt",
    "cirka", "ca", "kring", "och", "sommaren", "våren", "hösten", "vintern"))
# Any year-like token at all (a cheap test before the per-word year check).
_YEAR_HINT = re.compile(r"\d{3,4}")
_NAME_TAGS = frozenset(fold(w) for w in (
    "namnlapp namnlappen namnlappar namnlapparna namnskylt namnskylten namnbricka namnbrickan märkt märkta "
    "märkning märkningen").split())
_ACTS = frozenset(fold(w) for w in "spelade spelar spelat gestaltade gestaltar played plays portrayed".split())
_SPLIT = re.compile(r"[\s-]+")
# A list item whose first word is its subject: "- Novalie behöver extra tid".
_ITEM_MARKS = frozenset("/\n•*-–")
_DEFINITE = ("et", "en", "an", "na")
_ITEM_SPLIT = re.compile(r"\n+[ \t]*(?:[/•*–-](?=\s))?|(?<!\S)[/•*–-](?=\s)")   # "Omprovet", "Klassrådet", "Slöjdsalen": Swedish nouns
_ITEM_VERBS = frozenset(fold(w) for w in (
    "får behöver ska har hade är var kan vill måste saknar glömde kom gick slutar börjar behöva").split())
# A title in quotes: every word capitalised or a short function word, up to eight words.
_QUOTE_CHARS = re.compile(r"['\"“”‘’«»]")
# Any quotation on one line that starts with a capital (a Swedish title is in sentence case:
# "Ensam hemma", "Kalle Kanin är ledsen"; a task quotes a whole sentence).
_ANY_QUOTE = re.compile(r"(?<![\w'’])['\"“”‘’«]([A-ZÅÄÖ][^'\"“”‘’«»\n]{0,120})['\"“”‘’»](?!\w)")
_IN_QUOTED_WORK = re.compile(r"[^\S\n]+(?:i|ur|från)[^\S\n]+")   # "Kevin i 'Ensam hemma'"
_WORD_RX = re.compile(r"[^\W\d_]+")
# Words before a quote that make it a task or an exercise (prefixes, folded): "uppgiften",
# "läsläxa", "textuppgift", "problemet", "exempelmeningen", "rubriken", "övningen".
_TASK_WORDS = tuple(fold(w) for w in (
    "uppgift", "textuppgift", "problem", "läxa", "läxan", "läsläxa", "hemläxa", "exempel", "övning",
    "rubrik", "titel", "kapitel", "räknesaga", "lästext", "högläsningsbok", "högläsning", "bok", "saga"))
_QUOTED_TITLE = re.compile(
    r"(?<![\w'’])['\"“”‘’«]([A-ZÅÄÖ][\w-]*(?:['’]s)?(?:[ ,:&]+(?:[A-ZÅÄÖ0-9][\w-]*(?:['’]s)?|of|the|and|in|on|a|an|to|at|from|with"
    r"|och|i|på|min|mitt|mina|av|med|för|till|om|de|la|le|el|der|die|das|und)){0,7})['\"“”‘’»](?![\w'’])"
)
# German function words that are no Swedish words (folded), for German example sentences.
_GERMAN = frozenset(fold(w) for w in (
    "ich bist ist sind nicht und ins im zum zur das dem des ein eine einen einem einer mein meine meinen "
    "wir auch sehr gern gerne habe hast haben gespielt gegangen gemacht gesehen heute kein keine oder "
    "mit mich dich sich wie wo nein bitte danke bei auf über seine seinen seiner spielt sagt "
    "sprechen").split())
_GERMAN_HINT = re.compile(r"\b(?:ich|ist|sind|nicht|und|ins|das|ein|eine|habe|haben|wir)\b")
_IN_WORK = frozenset(("i", "ur", "fran", "in", "from"))
_GLOSS = frozenset(fold(w) for w in "alltså dvs aka".split())   # "Jönsson i 9C, alltså Moa"
# A whole group works with something, not someone: "gruppen har arbetat med X och språklekar"
# ("vi har arbetat med X" can be the school with a pupil, so not "vi").
_GROUP_WORKS = re.compile(
    r"(?i)\b(?:hela\s+)?(?:gruppen|klassen|eleverna|barnen|förskoleklassen|alla)\s+(?:har\s+|hade\s+)?"
    r"(?:\w+\s+)?(?:arbetat|jobbat|arbetar|jobbar|arbetade|jobbade|övat|tränat)\s+med\s+$")
_PRONOUN_SUBJECTS = frozenset(fold(w) for w in "jag du han hon hen vi ni de dom man".split())
_NICKNAME = frozenset(fold(w) for w in "nickname smeknamn kallas kallad".split())   # "Maximilian (nickname Max)"
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "herr", "fru"))   # "Dear Ms Lindqvist, Sofia …": an adult, no peer
# Words for anyone (not a school or family tie): in a story they describe its characters
_GENERIC_PEOPLE = frozenset(fold(w) for w in (
    "pojken pojke flickan flicka killen kille tjejen tjej barnet barn boy girl").split())
# Words that may open a sentence addressed to a household ("Till familjen Karlsson:").
_HOUSEHOLD_OPENERS = _OPENING_GREETINGS | {"till"}
# A message heading that names its household ("Meddelande till familjen Nordin:", "Brev till
# familjen Ek", "Info till familjen Lind") — round 18
_MESSAGE_HEADS = frozenset(fold(w) for w in (
    "meddelande brev info information påminnelse hälsning inbjudan lapp mejl mail sms veckobrev "
    "message note letter").split())
_WEEKDAY_ABBR = frozenset(("man", "tis", "ons", "tor", "fre", "lor", "son"))   # "tor 14/4" in a lower-case note
_PERSON_COMPOUNDS = ("person", "personen", "persons")   # "Resursperson", "Stödpersonen": no -son surname
# The student's former name: a word of naming in the sentence and one of these right before
# the name ("Vide heter numera Vide, tidigare Viktor"). "innan" is mostly a conjunction ("skrev
# sitt namn innan Lisa hann"), so it counts only right after the naming word ("hette innan X").
_FORMERLY = frozenset(fold(w) for w in "tidigare förut förr fd f.d. tidigare: född".split())
_NAMING = frozenset(fold(w) for w in "heter hette namn namnet kallas kallades tilltalsnamn numera".split())
_THEME_ENDS = ("tema", "temat", "temadag", "temadagen", "temavecka", "temaveckan", "temaarbetet", "devis", "devisen")
_REFLEXIVE = frozenset(("sin", "sitt", "sina"))
_ENGLISH_CONTRACTIONS = frozenset(("what", "it", "that", "let", "he", "she", "there", "here", "who",
                                   "where", "how", "everyone", "nobody", "somebody", "today"))
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzåäöéèüëïçñæøáíóúãõôâêîûšžčćđ")
_LEADERS = frozenset("/(\"'«“")
_PRONOUNS = frozenset(("hon", "han", "hen"))
_ROLE_VERBS_EN = frozenset("played plays play playing portrayed portrays acted".split())
# "in"/"i" + a title: the words that may join a title's capitalised words ("Anne of Green
# Gables", "Romeo and Juliet", "Charlotte's Web", "En man som heter Ove")
_TITLE_IN = frozenset(("in", "i", "ur", "from"))
_TITLE_JOINS = frozenset(fold(w) for w in (
    "of and the a an to in on at for with och i på av som med för till om 's ’s &").split())
# Capitalised words after "in" that are no title: subjects, school groups, places in school
_NOT_TITLES = frozenset(fold(w) for w in (
    "english swedish maths math mathematics science history geography music art arts pe biology "
    "chemistry physics french german spanish drama crafts technology religion sports sport class year "
    "grade group set room school team break lunch sweden svenska engelska matte matematik no so "
    "idrott bild musik slöjd teknik historia biologi fysik kemi geografi religion samhällskunskap "
    "spanska tyska franska klass klassen gruppen åk årskurs").split())
# A year that names an event with a place or a championship before it ("i Seoul 1988", "mot
# England 2012", "OS 1984"): sport and history, not a pupil's school year.
_MODERN_YEAR = re.compile(r"^(?:19|20)\d\d$")
_PUPIL_YEARS = 2006   # from here on a place and a year may be a pupil's own ("föddes i Malmö 2012")
_EVENT_WORDS = frozenset(fold(w) for w in (
    "os vm em sm eurovision melodifestivalen wimbledon olympiaden sommar-os vinter-os fotbolls-vm").split())
_EVENT_PREPOSITIONS = frozenset(fold(w) for w in ("i", "in", "mot", "against", "vs"))
_OPPONENT = frozenset(("mot", "against", "vs"))   # "mot England 2012": a match, in any year
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
    """The student's names and the everyday forms of their given names (round 20)."""
    return subject | frozenset(w for g in _NICKNAME_GROUPS if not subject.isdisjoint(g) for w in g)

_OBJECT_PRONOUNS = frozenset(("henne", "honom", "hen", "mig", "dem", "oss"))
_OPENERS = frozenset(":-–—•*\"“”«»(/;'‘’")   # (a single quote opens a title too: "'Alla är olika'")
_SIGNATURE_LINE = re.compile(
    r"(?im)^[ \t]*(?:med\s+)?(?:vänlig(?:a)?\s+|bästa\s+|många\s+)?(?:hälsning(?:ar)?|mvh|vh|hälsar)\b"
)
_SIGNATURE_INLINE = re.compile(
    r"(?:\b(?i:hälsning(?:ar)?|mvh|vh|hälsar)\b[,!.]?|(?<!\S)/{1,2}(?=\s*[A-ZÅÄÖ])"
    r"|(?<!\S)[-–—](?=\s*[A-ZÅÄÖ][a-zåäö]+\s*$))"
)
# A line can hold a closing only if it has one of these (a cheap test before the two above):
# a slash or dash mark, or a closing word. The words are searched in the lower-cased line
# (`_maybe_signature`): one case-insensitive alternation with the marks cost ~10 µs a line.
_MAYBE_SIGNATURE_MARK = re.compile(r"(?<!\S)(?:/|[-–—]\s*[A-ZÅÄÖ])")
_MAYBE_SIGNATURE_WORDS = re.compile(r"häls|mvh|vh\b|önskar|kram|allt gott|ha det|vi hörs|vi ses"
                                    r"|regards|best\b|cheers|thanks|thank you|sincerely|wishes")
# What re's IGNORECASE also equates with "i" and "s", so `lower()` finds what `(?i)` finds.
_CASE_EXTRA = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _maybe_signature(line: str) -> bool:
    """`_MAYBE_SIGNATURE_MARK` or the closing words, case-insensitively, in one line."""
    if _MAYBE_SIGNATURE_MARK.search(line) is not None:
        return True
    low = line.lower()
    if len(low) != len(line) or "ı" in low or "ſ" in low:   # rare: translate (slow) first
        low = line.translate(_CASE_EXTRA).lower()
    return _MAYBE_SIGNATURE_WORDS.search(low) is not None


# `_MAYBE_SIGNATURE_MARK` that cannot reach past a line break (`\s*` could), for a whole text.
# Written to start with the mark's character class ("(?<!\S.)" after it is "(?<!\S)" before
# it), so `re` scans for the few marks instead of trying the pattern at every position.
_MAYBE_SIGNATURE_MARK_LINE = re.compile(r"[/\-–—](?<!\S.)(?:(?<=/)|[^\S\n]*[A-ZÅÄÖ])")


def _signature_lines(text: str) -> list[int] | None:
    """The numbers of the lines where `_maybe_signature` can hold (and a few where it cannot,
    which the caller tests again), found with one search over the whole text instead of two
    per line (a text has dozens of lines, most with no closing). None if lower-casing changes the text's length or gives a dotless i or long s
    (then each line is tested on its own). No hit can span lines: the mark pattern excludes
    the line break and the closing words hold none, and a line break is a word boundary as
    the end of a line is."""
    low = text.lower()
    if len(low) != len(text) or "ı" in low or "ſ" in low:
        return None
    hits = [m.start() for m in _MAYBE_SIGNATURE_MARK_LINE.finditer(text)]
    hits += _MAYBE_SIGNATURE_WORDS_ANY.starts(low)
    return sorted({text.count("\n", 0, h) for h in hits})


# A closing phrase followed by nothing but the writer's name(s) and maybe a role to the line
# end: "God jul önskar Maria och Johan", "Allt gott, Maria", "Kram Maria", "Vi hörs! Anna, SvA".
_CLOSING_PHRASE = re.compile(
    r"(?i:\b(?:allt\s+gott|ha\s+det\s+(?:bra|gott|fint)|kram(?:ar)?|önskar|vi\s+hörs|vi\s+ses"
    # English closings (round 8): "Best, Karin", "Kind regards, Eva Andersson", "Thanks, Priya"
    r"|best(?:\s+wishes)?|(?:kind|best|warm)\s+regards|regards|cheers|(?:many\s+)?thanks|thank\s+you"
    r"|(?:yours\s+)?sincerely|all\s+the\s+best))[,!.]?[ \t]+"
    r"(?=[A-ZÅÄÖ][\w-]+(?:(?:[ \t]+(?:och|&)[ \t]+|[ \t]+)[A-ZÅÄÖ][\w-]+)*(?:,[ \t]*[\w .-]{1,40})?[ \t]*[.!]?[ \t]*$)"
)
# The last sentence/line is only a name, maybe with a title: "Madame Svensson", "Anneli".
_CLOSING_NAME = re.compile(
    r"(?:^|[.!?\n])[ \t]*(?:[A-ZÅÄÖ][a-zåäö]+\.?[ \t]+)?[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?[ \t]*[.!]?[ \t]*$"
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

_SIGNATURES_LAST: tuple[str, list[tuple[int, int]]] | None = None   # see NameFinder._signature_spans


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
    staff: tuple[frozenset[str], tuple[str, ...]]   # role words ("rektor", "mattelärare", "kuratorn")
    staff_places: frozenset[str]   # "X från fritids", "X på expeditionen": staff
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
    title_cues: frozenset[str]    # a capitalised word right after these starts a title
    social: tuple[frozenset[str], tuple[str, ...]]   # "jobba med X", "lekt med X": X is a person
    english: frozenset[str]       # common English words (Faker's lorem list, English stop words)
    swedish_words: "SwedishWords"   # membership = a Swedish word form
    stop_words: frozenset[str]
    headings: frozenset[str] = frozenset()   # "Juni:", "Lesson:" opening a line: a heading
    towns: frozenset[str] = frozenset()   # every listed town, also those that are given names too
    english_wordlike: frozenset[str] = frozenset()   # given names that are English words ("Hope", "Sad")
    english_vocab: frozenset[str] = frozenset()   # English words (WordNet index, stop words): a sentence's language
    english_common: frozenset[str] = frozenset()   # the adjectives, verbs and adverbs among them (no places, no people)
    games: frozenset[tuple[str, ...]] = frozenset()   # listed games: no person, and no knowledge cue either
    name_countries: frozenset[str] = frozenset()   # countries that are given names too ("Israel", "India")
    dotted: frozenset[str] = frozenset()   # the gazetteer's spellings with å/ä/ö, lower case ("åsa", "jörg")

    def is_surname(self, key: str, lower: str = "") -> bool:
        """In the gazetteer, or ends like a Swedish surname (checked on the unfolded form) and
        is no Swedish word ("Kontaktperson", "Grundström" is a name, "ordförandeskap" no)."""
        return key in self.last or (len(lower) > 4 and lower.endswith(self.suffixes)
                                    and lower not in self.swedish_words
                                    and not lower.endswith(_PERSON_COMPOUNDS))   # "Resursperson"


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


class SwedishWords:
    """Swedish word forms: spaCy-lookups-data's lemma table's inflected forms (its keys) and
    base forms (its values: "dela", "klara" are lemmas, not keys, of the table)."""

    __slots__ = ("_forms", "_lemmas")

    def __init__(self, table) -> None:
        self._forms = table
        self._lemmas = frozenset(table.values()) if hasattr(table, "values") else frozenset()

    def __contains__(self, word: str) -> bool:
        return word in self._forms or word in self._lemmas


def _swedish_lemma_table():
    """spaCy-lookups-data's Swedish lemma table (lower-case form → lemma), the one the
    checker's pipeline already holds (loaded once per process)."""
    from ..nlp import get_lemma_table

    return get_lemma_table()


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


def _foreign_names(native_all: frozenset[str], swedish_words: "SwedishWords", stop: frozenset[str],
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


def load_lexicon() -> NameLexicon:
    """Build the lexicon from Faker's installed data and our YAML additions (once)."""
    from faker.providers.person.sv_SE import Provider
    from spacy.lang.sv.stop_words import STOP_WORDS

    data = parse_yaml(resources.files("checker").joinpath("data/names_sv.yaml").read_text(encoding="utf-8"))
    native = {fold(n) for n in (*Provider.first_names_male, *Provider.first_names_female, *data["first_names"])}
    last = {fold(n) for n in (*Provider.last_names, *data["last_names"])}
    swedish_words = SwedishWords(_swedish_lemma_table())
    not_names = frozenset(fold(w) for w in data["not_names"])
    stop = frozenset(STOP_WORDS)
    # Names from every other Faker locale (students in Swedish schools come from everywhere).
    # A name that is also a Swedish word form ("Lilla", "Bergen", "Rosa") is not taken; one
    # that folds onto a Swedish word with diacritics ("Kara" ~ "kära") is, but at the start
    # of a sentence it needs a cue like any word-like name (`foreign` is checked at run time).
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP

    native_all = frozenset(native | last)
    foreign, foreign_last, wordish = _foreign_names(native_all, swedish_words, stop, frozenset(EN_STOP))
    last |= foreign_last
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
    places = frozenset(places | {p + "s" for p in places if not p.endswith("s")})   # "Kurdistans självstyre"
    figures = parse_yaml(resources.files("checker").joinpath("data/public_figures.yaml").read_text(encoding="utf-8"))
    public = [tuple(fold(w) for w in p.split()) for group in figures.values() for p in group]
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
    english = frozenset(_english_words())
    english_vocab, english_common = _english_vocabulary(english)
    return NameLexicon(
        first=frozenset(first),
        native=native_all,
        last=frozenset(last) - not_names,
        wordlike=frozenset(fold(w) for w in data["wordlike"]) | frozenset(wordish),
        places=places,
        towns=towns,
        english_wordlike=frozenset(fold(w) for w in data.get("english_wordlike", ())),
        games=frozenset(tuple(fold(w) for w in g.split()) for g in figures.get("games_and_apps", ())),
        name_countries=name_countries,
        dotted=dotted,
        english_vocab=english_vocab,
        english_common=english_common,
        not_names=not_names,
        staff=_cues(data["staff_roles"]),
        staff_places=frozenset(fold(w) for w in data["staff_places"]),
        staff_services=_cues(data["staff_services"]),
        staff_heads=_cues(data["staff_heads"]),
        staff_documents=_cues(data["staff_documents"]),
        handover_documents=_cues(data["handover_documents"]),
        pets=frozenset(fold(w) for w in data["pet_words"]),
        public_single=single,
        public_prior=prior,
        public_multi=_by_first_word(p for p in public if len(p) > 1),
        suffixes=tuple(s.lower() for s in data["surname_suffixes"]),
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
        title_cues=frozenset(fold(w) for w in data["title_cues"]),
        social=_cues(data["social_verbs"]),
        english=english,
        swedish_words=swedish_words,
        stop_words=frozenset(STOP_WORDS),
        headings=frozenset(fold(w) for w in data.get("heading_words", ())),
    )


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

    @classmethod
    def from_analysis(cls, a) -> "TokenView":
        """From the checker's Analysis. Sentence numbers come from one array operation
        (the Analysis computes its own only if some other rule asks for them)."""
        sent = a.__dict__.get("_sentences", (None,))[0]
        if sent is None:
            sent = _sentence_numbers(a.doc)
        return cls(a.text, a.starts, a.ends, a.fold, a.is_word, sent, None, getattr(a, "fold_text", None))

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
        return cls(text, starts, ends, folds, is_word, sent, first, ft)


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
                    break
                initial = (
                    prev in ("", "\n")
                    or prev in ".!?"
                    or prev in _OPENERS
                    or unicodedata.category(prev).startswith("S")   # "… 😊 Hans presentation"
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
        and e-mail contexts (context.py) ask for the same text in one pass. (One tuple,
        replaced whole, so threads never see a half-written entry; the pass clears it when it
        ends, `forget_signatures`.)"""
        global _SIGNATURES_LAST
        last = _SIGNATURES_LAST
        if last is not None and (last[0] is text or last[0] == text):
            return last[1]
        spans = NameFinder._signature_spans_of(text)
        _SIGNATURES_LAST = (text, spans)
        return spans

    @staticmethod
    def _signature_spans_of(text: str) -> list[tuple[int, int]]:
        """Character ranges that are the writer's closing: names there are the writer's.

        At the end of every line: a greeting ("Hälsningar Pia och Kim", "Mvh Jocke") or a
        slash ("/Maria", "/Johanna & Ali, mentorer 9A") up to the line end; a line that
        starts with a greeting, with the short line after it ("Med vänliga hälsningar" /
        "Anneli Svensson"); and a bare name closing the whole text ("… Madame Svensson").
        """
        spans: list[tuple[int, int]] = []
        lines = text.split("\n")
        marked = _signature_lines(text)
        line_starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
        for k in (range(len(lines)) if marked is None else marked):
            line = lines[k]
            pos = line_starts[k]
            end = pos + len(line)
            if not _maybe_signature(line):   # no greeting, slash or dash: no closing here
                continue
            if _SIGNATURE_LINE.match(line):
                nxt = lines[k + 1] if k + 1 < len(lines) else ""
                spans.append((pos, end + 1 + len(nxt) if len(nxt) < 60 else end))
            else:
                m = _SIGNATURE_INLINE.search(line, max(0, len(line) - 60)) or _CLOSING_PHRASE.search(line)
                if m:
                    spans.append((pos + m.start(), end))
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

    def find_in(self, v: "TokenView", subject_names: frozenset[str] = frozenset()) -> Iterator[tuple[int, int, float]]:
        """`find` over a TokenView (the checker passes one made from its Analysis)."""
        lex = self.lex
        text = v.text
        if any(_DOT_ABOVE in w for w in subject_names):
            subject_names = frozenset(map(_undot, subject_names))   # "İbrahim S"
        if subject_names:
            subject_names = _with_nicknames(subject_names)   # "Alex" for Alexander (round 20)
        cands = self._candidates(v, subject_names)
        if not cands and not any(ch.isalpha() for ch in text[:200]):
            return
        # The word index and the helpers that read it (name_context.py), built once per call.
        x = NameContext.build(lex, v, subject_names, cands)
        words, pos_of, keys, sent_of, n, cand_pos = x.words, x.pos_of, x.keys, x.sent_of, x.n, x.cand_pos
        ft, lower_sents, anchor_pos = x.ft, x.lower_sents, x.anchor_pos
        tok, key_at, cand_at, paragraph, is_cue_word = x.tok, x.key_at, x.cand_at, x.paragraph, x.is_cue_word
        next_sentence_same_paragraph, sent_first_word = x.next_sentence_same_paragraph, x.sent_first_word
        gap_before, graded_before = x.gap_before, x.graded_before

        # Public figures written out in full ("Astrid Lindgren", "Gustav Vasas").
        public = x.public      # word positions
        in_compound = x.in_compound   # "Jenny Nyström-illustrationerna", "Kalle Anka-gänget"
        games_at = x.games_at
        multi_at = x.multi_at   # the last words of listed full names
        for p in cand_pos:   # public names start with a capital
            for name in lex.public_multi.get(keys[p], ()):
                m = len(name)
                if all(key_at(p + k) == name[k] for k in range(1, m - 1)) \
                        and (key_at(p + m - 1) in (name[-1], name[-1] + "s", name[-1] + "'s", name[-1] + "’s")
                             or key_at(p + m - 1).startswith(name[-1] + "-")) \
                        and not (key_at(p + m) in ("i", "fran") and p + m + 1 < n and _CLASS.match(tok(p + m + 1))
                                 and "-" not in key_at(p + m - 1)):
                    # (not "Elsa och Anna från 2B": a class says pupils; "Ronja Rövardotter-temat
                    # i 2B" is the class's theme)
                    public.update(range(p, p + m))
                    multi_at.append(p + m - 1)
                    if name in lex.games:
                        games_at.update(range(p, p + m))   # "spelar Fia med knuff": no cue (round 20)
                    if key_at(p + m - 1) != name[-1] and key_at(p + m - 1).startswith(name[-1] + "-"):
                        # the figure's name heading a compound is no person here, but says
                        # nothing about the sentence ("Kalle Anka-gänget: Tim och Malik")
                        in_compound.update(range(p, p + m))
                    break
        for p in cand_pos:
            if cands[words[p]].key in lex.public_single:
                public.add(p)
        # ("Ronja Rövardotter-temat: Ronja och Birk, Mattis och Borka": listed characters there
        # are the characters even beside the student's name; an unlisted name is not)
        compound_sents = x.compound_sents
        compound_sents.update(sent_of[p] for p in in_compound)

        # Titles of works: capitalised words right after "läst", "boken", … ("Vi har läst Mio,
        # min Mio"). Their words, and the words of listed public names, refer to the work or
        # the figure wherever they recur in the text ("Ronja Rövardotter … Ronja och Birk").
        knowledge_sents = x.knowledge_sents
        title_at = x.title_at
        for p in cand_pos:
            c = cands[words[p]]
            # ("läste Mio, min Mio"; also a quoted title: 'read "The Giver"')
            if (not c.initial or text[c.start - 1:c.start] in _QUOTES) and key_at(p - 1) in lex.title_cues:
                q = p
                while cand_at(q) is not None and not cand_at(q).initial:
                    public.add(q)
                    q += 1
                knowledge_sents.add(sent_of[p])
                title_at.append(p)
        # Their words recur as the figure or the work: anywhere in the paragraph, and further
        # down the text ("Bokrecension: Harry Potter …\n\nHarry bor hos sin moster"), unless a
        # pupil cue says otherwise ("… bråkade hon med Rune och Astrid"; checked below).
        public_words = x.public_words
        public_words.update((paragraph(p), cands[words[p]].key) for p in public - games_at if words[p] in cands)
        public_first = x.public_first
        for p in sorted(public - games_at):
            if words[p] in cands:
                public_first.setdefault(cands[words[p]].key, p)

        for p in title_at:   # "Vi har läst Den vita stenen. Fia är en udda figur …"
            nxt = next_sentence_same_paragraph(p)
            if nxt is not None:
                knowledge_sents.add(nxt)
        year_sents = x.year_sents   # knowledge sentences only a year made ("på 1950-talet")
        if _YEAR_HINT.search(ft):
            # (`_HISTORIC_YEAR` starts with a digit, so it implies the old `isdigit` test.)
            for p in compress(range(n), map(_HISTORIC_YEAR.match, keys)):
                if (
                        keys[p].endswith("talet") or key_at(p - 1) in _YEAR_PREPOSITIONS):
                    # "år 1523", "på 1600-talet": history (not "lgh 1102")
                    if sent_of[p] not in knowledge_sents:
                        year_sents.add(sent_of[p])
                    knowledge_sents.add(sent_of[p])
        # A year that names an event: a place or an opponent right before it ("i Seoul 1988", "i
        # Los Angeles 1984", "mot England 2012") or a championship ("OS 1984", "VM 1994"). Full
        # names and listed given names there are the event's (round 20; a pupil cue still wins).
        event_sents = x.event_sents
        if _YEAR_HINT.search(ft):
            for p in compress(range(n), map(_MODERN_YEAR.match, keys)):
                at = key_at(p - 2) if p >= 2 and not tok(p - 2)[:1].isupper() else key_at(p - 3)
                if p >= 1 and (keys[p - 1] in _EVENT_WORDS or (
                        tok(p - 1)[:1].isupper() and not _CLASS.match(tok(p - 1)) and at in _EVENT_PREPOSITIONS
                        and (at in _OPPONENT or int(keys[p]) < _PUPIL_YEARS))):
                    event_sents.add(sent_of[p])
        # Strong cues: only word tokens that hold a hit of the cue regex can be one (one regex
        # over the folded text; a compound "naturforskare" holds its stem too).
        cue_pos: set[int] = public - in_compound - games_at
        prior_sents = x.prior_sents   # sentences where listed single names are the figures
        # A listed full name makes listed single names of the next sentence its figures, as a
        # quoted title does ("… sin namne Ronja Rövardotter. Hon kunde beskriva hur Mattis …"; round 21)
        for p in multi_at:
            if p not in games_at and p not in in_compound:
                nxt = next_sentence_same_paragraph(p)
                if nxt is not None:
                    prior_sents.add(nxt)
        if v.fold_text is not None or len(ft) == len(text):
            starts = v.starts
            for at in lex.strong_rx.starts(ft):
                ti = max(0, bisect_right(starts, at) - 1)
                p = pos_of.get(ti)
                if p is not None:
                    cue_pos.add(p)
        else:   # folding changed the length: offsets do not line up, look at every word
            cue_pos.update(range(n))
        for p in sorted(cue_pos):
            if (p in public and p not in in_compound and p not in games_at) or (is_cue_word(p) and _cue(keys[p], lex.strong_knowledge)):
                knowledge_sents.add(sent_of[p])
                if p not in public and _cue(keys[p], lex.carry_knowledge):
                    nxt = next_sentence_same_paragraph(p)
                    if nxt is not None:
                        knowledge_sents.add(nxt)
                elif p not in public and _cue(keys[p], lex.carry_prior):
                    nxt = next_sentence_same_paragraph(p)
                    if nxt is not None:
                        prior_sents.add(nxt)

        # A quoted title in title case ("In 'Matilda', …", "Essay on 'Lord of the Flies'",
        # "läser 'Wilma och Wilhelm'"): the names in it are the work's, its sentence is about
        # the work, and listed characters in the next sentence are its characters. (A quoted
        # sentence, a pupil's words, has lower-case words: "'min bror heter Jonte …'".)
        if _QUOTE_CHARS.search(text):
            for m in _QUOTED_TITLE.finditer(text):
                inside = [p for p in cand_pos if m.start(1) <= cands[words[p]].start < m.end(1)]
                if not inside:
                    continue
                if fold(text[max(0, m.start() - 12):m.start()]).rstrip(' :"\'“”«').endswith(_THEME_ENDS):
                    continue   # a theme, no work with characters: 'temat "Trygghet"' (round 16)
                if not _NAME_TAGS.isdisjoint(fold(w) for w in _WORD_RX.findall(text, max(0, m.start() - 24), m.start())[-2:]):
                    continue   # a name tag: 'märkt med ”Sara”', 'namnlappen ”Lo B.”' (round 21)
                before = bisect_right(cand_pos, inside[0]) - 2
                if before >= 0 and not (pc := cands[words[cand_pos[before]]]).initial and not pc.genitive \
                        and not text[v.ends[pc.i]:m.start()].strip(" ,("):
                    continue   # a nickname after a name: "Dexter, ”Dex”"
                public.update(inside)
                knowledge_sents.add(sent_of[inside[0]])
                nxt = next_sentence_same_paragraph(inside[-1])
                if nxt is not None:
                    prior_sents.add(nxt)
            # A quoted title in Swedish sentence case ("läsläxa: 'Kalle Kanin är ledsen'", "Kevin
            # i 'Ensam hemma'") or a quoted task ("uppgiften 'Kim missade 6 av 40 lektioner …'"):
            # its names are the work's or the exercise's when a title or task word introduces the
            # quote, or a name stands right before "i"/"ur" + the quote. (A pupil's quoted words
            # follow a speech verb, and a person word inside keeps them a pupil's: "'min bror Jonte'".)
            for m in _ANY_QUOTE.finditer(text):
                inside = [p for p in cand_pos if m.start(1) <= cands[words[p]].start < m.end(1)]
                lead = text[max(0, m.start() - 40):m.start()]
                lead_words = [fold(w) for w in _WORD_RX.findall(lead)][-3:]
                placed = [p for p in cand_pos if p not in inside and cands[words[p]].end <= m.start()
                          and _IN_QUOTED_WORK.fullmatch(text, cands[words[p]].end, m.start())]
                introduced = any(w in lex.title_cues or w.startswith(_TASK_WORDS) for w in lead_words)
                if not (inside or placed) or not (introduced or placed):
                    continue
                if any(_cue(fold(w), lex.person) or _cue(fold(w), lex.family)
                       for w in _WORD_RX.findall(m.group(1))):
                    continue
                public.update(inside)
                public.update(placed)

        # A title after "in"/"i" (round 20): English title case or a capitalised article mid-sentence
        # ("Riley in Inside Out", "Ove i En man som heter Ove", "Eliza Doolittle in Pygmalion",
        # "Anne of Green Gables", "In Frozen, Elsa …"). Its words and the name right before
        # "in" are the work's; a class, a place, a subject or a year after "in" is no title.
        for j in compress(range(n - 1), map(_TITLE_IN.__contains__, keys)):
            q = j + 1
            if sent_of[q] != sent_of[j] or not tok(q)[:1].isupper() or not tok(q)[:1].isalpha():
                continue
            run: list[int] = []
            caps: list[int] = []
            k = q
            while k < n and sent_of[k] == sent_of[j] and len(run) < 9:
                t = tok(k)
                if t[:1].isupper() and t[:1].isalpha():
                    caps.append(k)
                elif not (keys[k] in _TITLE_JOINS and k + 1 < n and sent_of[k + 1] == sent_of[j]
                          and tok(k + 1)[:1].isupper()):
                    break
                run.append(k)
                k += 1
            if any(_CLASS.match(tok(w)) or keys[w] in _NOT_TITLES or keys[w] in lex.places or keys[w] in _STAFF_TITLES
                   or (keys[w].endswith("s") and keys[w][:-1] in lex.places) for w in caps) \
                    or (k < n and sent_of[k] == sent_of[j] and tok(k)[:1].isdigit()):
                continue   # "Sara in 7B", "in Year 7", "i Los Angeles", "in English"

            def en_word(k: str, vocab: frozenset[str] = lex.english_vocab) -> bool:   # (base forms: "Holes")
                return k in vocab or (k[-1:] == "s" and k[:-1] in vocab)

            def name_word(w: int) -> bool:
                cx = cand_at(w)
                return cx is not None and (cx.key in lex.first or lex.is_surname(cx.key, cx.lower))

            lead = keys[q] in _TITLE_FUNCTION_WORDS or keys[q] in ("a", "an", "en", "ett", "den", "det", "the")
            english = keys[j] in ("in", "from")
            several = len(caps) >= 2 and not all(name_word(w) for w in caps) and (
                english or len(run) > len(caps) or any(   # "i Charlotte's Web": an English word
                    en_word(keys[w]) and not name_word(w) for w in caps))
            one = len(caps) == 1 and not name_word(q) and keys[q] not in lex.not_names and (
                (en_word(keys[q], lex.english_common) and (english or tok(q).lower() not in lex.swedish_words))
                or keys[q] in lex.public_single) \
                and (j > 0 and sent_of[j - 1] == sent_of[j] or key_at(q + 1) == ",")
            if not (lead or several or one):
                continue
            opening = j == 0 or sent_of[j - 1] != sent_of[j]
            if opening and not (key_at(k) == "," or lead or several):
                continue   # "I Malmö …", "I Frost …": a sentence's own start needs the comma or a clear title
            public.update(w for w in caps if words[w] in cands)
            if opening:
                knowledge_sents.add(sent_of[j])   # "In Frozen, Elsa learns …"
                continue
            w = j - 1
            hero = set()
            while w >= 0 and sent_of[w] == sent_of[j] and len(hero) < 6 and (
                    ((cx := cand_at(w)) is not None and (not cx.initial or name_word(w)))
                    or ((keys[w] in _AND or keys[w] == "and") and w > 0 and cand_at(w - 1) is not None)):
                if cand_at(w) is not None:
                    hero.add(w)   # ("Amir and Hassan in The Kite Runner": the list before the title)
                w -= 1
            if not hero:
                knowledge_sents.add(sent_of[j])   # "Tjejen i Inside Out heter Riley" (pupil cues still win)
                continue
            tail = text[v.ends[words[caps[-1]]]:v.ends[words[caps[-1]]] + 2]
            if ("-" in tok(caps[-1]) and tok(caps[-1]).rsplit("-", 1)[1].islower()) or (
                    tail[:1] == "-" and tail[1:].islower()):
                continue   # "i Inside Out-gruppen": a group named after the title, its members pupils
            if hero and not (w >= 0 and sent_of[w] == sent_of[j] and (_cue(keys[w], lex.person) or (
                    keys[w] == "med" and any(_cue(key_at(y), lex.social) for y in range(w - 3, w)
                                             if y >= 0 and sent_of[y] == sent_of[j])))):
                public.update(hero)   # (not "kompisen Ali i …": a person cue keeps a pupil)
                heroes = {cands[words[h]].key for h in hero}
                public.update(y for y in cand_pos if sent_of[y] == sent_of[j] and cands[words[y]].key in heroes)

        # German capitalises every noun: a German example sentence in a language lesson ("ich bin
        # ins Kino gegangen") is the subject matter, its capitals no names. (The sentences are
        # counted first and the text-wide hint searched only when one has two German words:
        # the hint, tried at every position, cost more than the count.)
        german: dict[int, int] = {}
        for p in compress(range(n), map(_GERMAN.__contains__, keys)):
            german[sent_of[p]] = german.get(sent_of[p], 0) + 1
        if any(k >= 2 for k in german.values()) and _GERMAN_HINT.search(ft):
            knowledge_sents.update(s_no for s_no, k in german.items() if k >= 2)

        # Sentences with any (weak) knowledge cue ("boken", "låten", "landslaget", "kungen"):
        # one regex over the folded text finds the words that can hold one.
        weak_sents = x.weak_sents

        if v.fold_text is not None or len(ft) == len(text):
            for at in lex.weak_rx.starts(ft):
                ti = max(0, bisect_right(v.starts, at) - 1)
                p = pos_of.get(ti)
                if p is not None and sent_of[p] not in weak_sents and clause_cue(x, p):
                    weak_sents.add(sent_of[p])
        else:
            weak_sents.update(sent_of[p] for p in range(n) if clause_cue(x, p))

        # "i"/"ur"/"från" + a work ("i berättelsen", "från läseboken"): found once per text
        work_in = x.work_in
        work_in.update(j for j in compress(range(n - 1), map(_IN_WORK.__contains__, keys)) if work_word(x, j + 1))

        def pupil_cue(a: int, b: int) -> bool:
            """Evidence right next to the name that it is a pupil's or a relative's: a class
            ("Oskar i 8C"), a person word before it ("klasskamraten X", "mamma X"), "bråkade med
            X", a relative after its genitive ("Zeyneps mamma"), or the student beside it ("Ali
            och X"). In a sentence about a novel or a film, relatives are the characters' own
            ("Ronja blir arg på sin far Mattis"), so only the school cues count there."""
            if key_at(b + 1) in ("i", "fran", "ur") and b + 2 < n and _CLASS.match(tok(b + 2)):
                # (not "Anna-Karin i 6A (kollega)": a role after the class says staff)
                return not (b + 3 < n and _cue(keys[b + 3], lex.staff)
                            and "(" in text[v.ends[words[b + 2]]:v.starts[words[b + 3]]])
            if work_after(x, b):
                return False   # "sin kompis Annika i berättelsen", "Jessica, brevvännen i läroboken"
            if b + 1 < n and sent_of[b + 1] == sent_of[b] and (ini := tok(b + 1).rstrip(".")) \
                    and len(ini) == 1 and ini.isupper() and ini not in "IVXLCDM" \
                    and not text[v.ends[words[b]]:v.starts[words[b + 1]]].strip():
                # "Freja P.", "Lucas S": a surname's initial names a real person, no figure
                # (staff are written so too: "Lärare: Anna K." stays staff)
                return not any(_cue(key_at(j), lex.staff) for j in (a - 1, a - 2, b + 2, b + 3))
            if key_at(a - 1) == "enligt" and a == b and a not in public and not graded_before(a) \
                    and (wc := cands[words[a]]).key in lex.first \
                    and wc.key not in lex.public_prior and wc.key not in lex.public_single and not wc.genitive \
                    and cand_at(b + 1) is None and not any(
                        _cue(key_at(j), lex.staff) or key_at(j) in lex.staff_places for j in (b + 1, b + 2, b + 3)):
                return True   # "…, enligt Hannes": a witness by given name (a source is cited by surname or
                #               full name: "enligt Darwin", "härskartekniker enligt Berit Ås")
            if a >= 1 and _CLASS.match(tok(a - 1)) and text[v.ends[words[a - 1]]:v.starts[words[a]]].strip() in ("(", ":"):
                return True   # "Tjejerna i 5A (Minna, Tuva …)", "5A: Minna, Tuva"
            story = sent_of[a] in knowledge_sents and not (
                # only a year made it history, and the student's own relative is named: "Isabelle
                # har intervjuat sin mormor Gunnel Vik om skolan på 1950-talet" (round 18)
                sent_of[a] in year_sents and key_at(a - 2) in _REFLEXIVE and _cue(key_at(a - 1), lex.family)
                and any(j in anchor_pos and sent_of[j] == sent_of[a] for j in range(max(0, a - 10), a - 2)))

            def person_word(j: int) -> bool:
                k = key_at(j)
                return bool(k) and is_cue_word(j) and _cue(k, lex.person) and not (
                    story and (_cue(k, lex.family) or k in _GENERIC_PEOPLE))   # "I boken är pojken Jack …"

            if story and _cue(key_at(a - 1), lex.person_verbs) and a - 2 not in anchor_pos and key_at(a - 2) not in _PRONOUNS:
                pass   # "varför Jean kallar Julie för …" in a drama: the characters' doing
            elif person_word(a - 1) or (key_at(a - 1) in (",", "hon", "han", "hen", "de", "vi") and person_word(a - 2)) or (
                    key_at(a - 1) in _TITLES and (person_word(a - 2) or (key_at(a - 2) == "," and person_word(a - 3)))):
                # ("Ava's mother, Mrs. Okonkwo-Berg": a relative with a title)
                return True   # "hennes mamma, Karin", "sedan retade hon X"
            verb = b + 1 if _cue(key_at(b + 1), lex.person_verbs) else (
                b + 2 if key_at(b + 1) in ("har", "hade") and _cue(key_at(b + 2), lex.person_verbs) else 0)
            if verb and (not story or verb + 1 in anchor_pos or key_at(verb + 1) in _OBJECT_PRONOUNS):
                return True   # "Hanna retade Lina", "X har knuffat henne"; in a drama the student
                #               must be the other one ("varför Jean kallar Julie …" is the play)
            if a == b and key_at(b + 1) in _ACTS and (cp := cand_at(b + 2)) is not None and not cp.initial \
                    and sent_of[b + 2] == sent_of[b] and (sent_first_word(a) or key_at(a - 1) in ("och", ",", "and", "men", "medan")):
                return True   # "… och Hjalmar spelade Olaf", "Sara played Juliet": a pupil acting a part (round 21)
            if (key_at(a - 1) == "och" and key_at(a - 2) in _PRONOUNS) or (key_at(b + 1) == "och" and key_at(b + 2) in _PRONOUNS):
                return True   # "hon och Wilma": a peer
            if key_at(a - 1) in ("for", "till", "av") and key_at(a - 2) != "over" and any(
                    sent_of[j] == sent_of[a] and keys[j] in _AUDIENCE_VERBS.get(key_at(a - 1), ())
                    for j in range(max(0, a - 5), a - 1)) and not (
                        # a letter to a figure the sentence already names in full: "har läst Anne
                        # Franks dagbok och skriver ett brev till Anne" (round 18)
                        (k0 := cands[words[a]].key) in public_first and public_first[k0] < a - 1
                        and sent_of[public_first[k0]] == sent_of[a]) and not (
                        # a letter to a listed character of the work the sentence before names:
                        # "I ”Kan du vissla Johanna” … Ahmad skrev ett brev till Berra" (round 21)
                        k0 in lex.public_prior and (sent_of[a] in prior_sents or sent_of[a] in knowledge_sents)
                        and any(keys[j].startswith(("brev", "vykort")) for j in range(max(0, a - 5), a - 1))):
                return True   # "läste en saga för Ella", "gav boken till Ella", "lånade en bok av Saga"
                # (not "lämnar över till X": a post handed over, see `staff`)
            c = cand_at(b)
            if c is not None and c.genitive and person_word(b + 1):
                return True
            if ((key_at(a - 1) in _AND and a - 2 in anchor_pos) or (key_at(b + 1) in _AND and b + 2 in anchor_pos
                                                                    and key_at(a - 1) not in _TITLES)) \
                    and not ((story or sent_of[a] in compound_sents or (sent_of[a] in weak_sents and not (
                        # the student heads the sentence and the list: peers doing the same thing
                        # ("Mohammed, Ibrahim och Sara har gjort en film om …")
                        key_at(a - 1) in _AND and a - 2 in anchor_pos and (a - 2 == 0 or sent_of[a - 3] != sent_of[a]))))
                             and c is not None and (c.key in lex.public_prior or c.key in lex.public_single)):
                return True   # (not "asagudarna Oden, Tor och Freja" in a text about Freja)
            return social_med(a)

        def social_med(a: int) -> bool:
            """"bråkade med X", "har lekt mycket med X": a weaker pupil cue (staff are talked
            with too: "pratade med Lena (kurator)")."""
            return key_at(a - 1) == "med" and any(   # "spelade in en film med Adam"
                sent_of[j] == sent_of[a] and _cue(keys[j], lex.social) for j in range(max(0, a - 5), a - 1))

        # Listed single names that are ordinary names too ("Elsa", "Zlatan", "Ronja"): the
        # figure when their sentence has a knowledge cue and nothing says "pupil".
        def list_members(p: int) -> list[int]:
            """The names coordinated with p ("Minna, Tuva, Rut och Sofie"): a list names one
            kind of people."""
            out = [p]
            for step in (-2, 2):
                q = p + step
                while cand_at(q) is not None and key_at(q - step // 2) in _AND:
                    out.append(q)
                    q += step
            return out

        # A word of a listed name recurring later ("Ronja Rövardotter … jämföra Ronjas och Birks
        # familjer") makes its sentence about the work too, as the listed name itself does.
        if public_first:
            for p in cand_pos:
                key = cands[words[p]].key
                if p not in public and key in public_first and p > public_first[key] and sent_of[p] not in knowledge_sents \
                        and key not in subject_names and key not in lex.last and not any(
                            (c2 := cand_at(q)) is not None and not c2.initial and q not in public for q in (p - 1, p + 1)) \
                        and not pupil_cue(p, p):
                    # (not a surname, "Astrid Lindgren … Juno Lindgren (tvillingar i 1B)", nor
                    # a word of another full name: "Kontakt: Astrid Jörgensen")
                    knowledge_sents.add(sent_of[p])
        # A heading names the work the text is about: a short first sentence followed by one
        # that reads or reviews it ("Zlatan – Jag är Zlatan! Jakob har läst boken …"), so the
        # listed single names in the heading are the figures.
        if cand_pos and sent_of[cand_pos[0]] == sent_of[0]:
            second = next((j for j in range(min(n, 10)) if sent_of[j] != sent_of[0]), None)
            if second is not None and any(keys[j] in lex.title_cues for j in range(second, min(n, second + 12))
                                          if sent_of[j] == sent_of[second]):
                prior_sents.add(sent_of[0])
        prior_words: set[tuple[int, str]] = set()
        for p in cand_pos:
            c = cands[words[p]]
            if p not in public and c.key in lex.public_prior and (
                    sent_of[p] in knowledge_sents or sent_of[p] in prior_sents or sent_of[p] in event_sents
                    or (sent_of[p] in weak_sents and weak_in_clause(x, p, p, True))
                    or titled_genitive(x, p)) \
                    and not any(pupil_cue(q, q) for q in list_members(p)):
                public.add(p)
                prior_words.add((paragraph(p), c.key))
        if prior_words:
            for p in cand_pos:
                if (paragraph(p), cands[words[p]].key) in prior_words and not pupil_cue(p, p):
                    public.add(p)
        if public_first:
            for p in cand_pos:
                key = cands[words[p]].key
                if p not in public and key in public_first and (
                        p > public_first[key] or (paragraph(p), key) in public_words) \
                        and not any(pupil_cue(q, q) for q in list_members(p)):
                    public.add(p)

        score = x.score
        item_subjects: list[int] = []
        facts = self._facts
        for p in cand_pos:
            c = cands[words[p]]
            if p in public or c.key in lex.not_names:
                continue
            key = c.key
            is_first, is_last, wordlike = facts.get((key, c.lower)) or self._facts_of(key, c.lower)
            if c.initial and not wordlike and key in lex.english_wordlike and english_sentence(x, p):
                wordlike = True   # "Hope is important", "Sad kid." (round 20)
            prev = key_at(p - 1)
            prev_c = cand_at(p - 1)
            nxt_c = cand_at(p + 1)
            person_cue = _cue(prev, lex.person) or (
                prev == "heter" and (_cue(key_at(p - 2), lex.person) or (   # "min bror heter Jonte"
                    key_at(p - 2) == "som" and _cue(key_at(p - 3), lex.person)))) or (
                prev == "med" and not c.initial and (_cue(key_at(p - 2), lex.social) or _cue(key_at(p - 3), lex.social)))
            class_cue = key_at(p + 1) in ("i", "från", "ur") and p + 2 < n and bool(_CLASS.match(tok(p + 2)))
            genitive_cue = c.genitive and not wordlike
            if not_a_person(x, p, c, person_cue, is_first, is_last, wordlike):
                continue   # a place, an organisation, a month, a title's word, … (name_places.py)
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
                        or (prev == "med" and (_cue(key_at(p - 2), lex.social) or _cue(key_at(p - 3), lex.social)))):
                    s = 0.7
            else:
                if (is_first or is_last) and not wordlike and len(key) > 2:
                    s = 0.8
                elif (is_first or is_last) and nxt_c is not None and lex.is_surname(nxt_c.key, nxt_c.lower) and nxt_c.key not in lex.wordlike:
                    s = 0.8  # "Hans Svensson ringde"
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

        # A list item whose subject is a name nobody lists ("/ Novalie får gå ut 5 min tidigare")
        # is a pupil when another item of the list starts with a known name ("/ Mustafa behöver
        # extra tid"): the items are about pupils, not rooms or councils ("- Klassrådet ska …").
        if item_subjects:
            def item(p: int) -> int:   # the item's number: items are lines or "/"-separated
                return len(_ITEM_SPLIT.findall(text, 0, cands[words[p]].start))
            named_items = {item(q) for q in (*score, *anchor_pos) if words[q] in cands   # (the student too)
                           and text[:cands[words[q]].start].rstrip(" \t")[-1:] in _ITEM_MARKS}
            for p in item_subjects:
                if item(p) - 1 in named_items or item(p) + 1 in named_items:   # the next item or the one before
                    score[p] = 0.7

        # Names typed in lower case ("bråkade med kompisen oskar"): only right after a person
        # cue, and only gazetteer first names that are no Swedish word ("ville", "klara").
        named = lex.first.intersection(keys)   # one set operation, then only those words
        if lower_sents:   # genitives too ("leos pappa")
            named |= {k for k in keys if k[-1:] == "s" and k[:-1] in lex.first and k not in lex.first}
        for p in (list(compress(range(n), map(named.__contains__, keys))) if named else ()):
            ti = words[p]
            lower_note = sent_of[p] in lower_sents
            if ti in cands or p in score or (p < 1 and not lower_note):
                continue
            key = keys[p]
            t = tok(p)
            if (len(key) > 2 and t.isalpha() and t.islower() and key not in lex.wordlike and key not in _WEEKDAY_ABBR
                    and t not in lex.english   # ("till the cows come home")
                    and key not in lex.not_names and t not in lex.stop_words and t not in lex.swedish_words
                    and (lower_note or (_cue(keys[p - 1], lex.person) and words[p - 1] not in cands))):
                gen = key not in lex.first
                base = key[:-1] if gen else key
                cands[ti] = _Cand(ti, v.starts[ti], v.starts[ti] + len(base), base, t[:len(base)], gen, False)
                score[p] = 0.6
        if lower_sents:
            # "milo, zakaria o juni": a lower-case gazetteer name joined to a name is one, even
            # if it is also a word
            for p in list(score):
                for q in (p + 2, p - 2):
                    if 0 <= q < n and q not in score and words[q] not in cands and keys[q] in lex.first \
                            and sent_of[q] in lower_sents and tok(q) not in lex.stop_words \
                            and key_at((p + q) // 2) in _AND and tok(q).isalpha() and tok(q).islower():
                        ti = words[q]
                        cands[ti] = _Cand(ti, v.starts[ti], v.ends[ti], keys[q], tok(q), False, False)
                        score[q] = 0.6

        # A closing signed by a guardian ("/Kasia, mamma till Julia", "Mvh Mebrat (mamma)",
        # "/Pappa Tesfay") reports the guardian's name even when no gazetteer lists it: the
        # guardian word on the closing's line is the cue a name nobody lists needs.
        if not lex.guardians.isdisjoint(keys) and (g_sig := self._signature_spans(text)):
            for p in cand_pos:
                c = cands[words[p]]
                if p in score or p in public or not unknown_name(x, c) or c.genitive \
                        or not any(lo <= c.start < hi for lo, hi in g_sig):
                    continue
                line_end = text.find("\n", c.end)
                if key_at(p - 1).lstrip("/") in lex.guardians or any(
                        keys[j] in lex.guardians for j in range(p + 1, min(n, p + 4))
                        if line_end < 0 or v.starts[words[j]] < line_end):
                    score[p] = 0.7

        # "X och Y": a capitalised neighbour of a name (or of the student) joined by och/,/samt
        # is a name too.
        anchors = [pos_of[ti] for ti, c in cands.items() if ti in pos_of and c.key in subject_names]
        changed = True
        while changed:
            changed = False
            for p in [*score, *anchors]:
                for q in (p + 2, p - 2):
                    c2 = cand_at(q)
                    if c2 is None or q in score or q in public or c2.key in lex.places or c2.key in lex.not_names \
                            or (c2.key.endswith(_INSTITUTION_ENDS) and c2.key not in lex.first):
                        continue
                    if c2.initial and c2.key not in lex.first and c2.key not in lex.last and (
                            c2.lower in lex.stop_words or c2.lower in lex.swedish_words):
                        continue  # "Hon och Alma", "Sedan och …": a capital at the start is no evidence
                    if c2.initial and _DOTTED.search(c2.lower) and c2.lower not in lex.dotted and "-" not in c2.lower:
                        continue  # "Påm, Alma behöver …": no listed spelling has the dots (round 21)
                    if key_at((p + q) // 2) == "," and c2.key not in lex.first and c2.key not in lex.last and (
                            c2.initial or (q > p and (c2.lower in lex.swedish_words or (
                                # "Aria, Year 3", "Hugo, Grade 5": a school year after the student (round 21)
                                c2.lower in lex.english_vocab and key_at(q + 1)[:1].isdigit())))
                            or (q < p and c2.lower in lex.swedish_words and key_at(q - 1) in ("and", "of", "the"))):
                        continue  # "Seriously, Isaac, stop it": a comma after an opening word joins nothing;
                        #           "Hugo, Romerska riket: …": a list's topic after the student; "… of
                        #           Mice and Men, Kwame analysed": a word closing an opening phrase
                    if key_at((p + q) // 2) in _AND:
                        score[q] = 0.7
                        changed = True

        # Adjacent capitalised words form one name ("Eva Lund", "Anna-Karin Berg").
        spans: list[list] = []   # [first_pos, last_pos, score]
        for p in sorted(score):
            if spans and spans[-1][1] == p - 1 and not text[cands[words[p - 1]].end:cands[words[p]].start].strip(" \t-"):
                spans[-1][1] = p
                spans[-1][2] = min(0.95, max(spans[-1][2], score[p]) + 0.1)
                continue
            spans.append([p, p, score[p], None])
        for sp in spans:
            q = sp[1] + 1
            c2 = cand_at(q)
            while c2 is not None and not c2.initial and q not in public and c2.key not in lex.not_names and (
                    lex.is_surname(c2.key, c2.lower) or c2.key in lex.first):
                sp[1] = q
                sp[2] = min(0.95, sp[2] + 0.1)
                q += 1
                c2 = cand_at(q)
            if q < n and _INITIAL.match(tok(q)) and cands.get(words[sp[1]]) is not None \
                    and not text[cands[words[sp[1]]].end:v.starts[words[q]]].strip():   # not "Johan: C." (a grade)
                sp[3] = v.ends[words[q]]  # "Alma S."

        # Exclusions, shared by names coordinated with each other ("X och Y").
        read_closing(x, self._signature_spans(text))   # the message frame (name_staff.py)
        sig, parents_wrote, first_word, greets_staff = x.sig, x.parents_wrote, x.first_word, x.greets_staff


        def excluded(a: int, b: int, protected: bool = False) -> bool:
            start = cands[words[a]].start
            before, after = key_at(a - 1), key_at(b + 1)
            if any(lo <= start < hi for lo, hi in sig):
                # the writer's closing, unless a guardian signs it ("/Pappa Ahmed",
                # "Mvh Maria (mamma)"): a guardian's name is what the rule is about; or the
                # text greets a member of staff by title ("Hi Mr Nilsson, … Thanks, Priya"):
                # then a family writes, and signs
                return not (guardian_signs(x, a, b) or (greets_staff and not staff_closing(x, a)))
            if parents_wrote and a == first_word and before in _OPENING_GREETINGS:
                return True   # "Hej Petra! … /Kalle & Maria, Hugos föräldrar": a family writes to staff
            if a == first_word and before in _OPENING_GREETINGS and after not in _AND - {","} and colleague_note(x):
                return True   # "Hej Anna! Kan du som har Ebba i bild …": a colleague greeted (round 20)
            if a < b and not protected and sent_of[a] in event_sents and not pupil_cue(a, b):
                return True   # a full name at an event: "fallet med Ben Johnson i Seoul 1988" (round 20)
            if a != b and not protected and cands[words[a]].key in signer_keys(x) and writer_line(x, start):
                return True   # "Kontakt under dagen: Jonas Berg, 070-… /Jonas": the writer's full name
            if not protected and (_LIFESPAN.match(text, cands[words[b]].end) or (
                    (nb := cand_at(b + 1)) is not None and not text[cands[words[b]].end:nb.start].strip()
                    and _LIFESPAN.match(text, nb.end)) or (
                    nb is not None and b + 1 in public and nb.key in lex.public_single
                    and not text[cands[words[b]].end:nb.start].strip())):
                return True   # "Bertil Ohlin (1899–1979)"; a given name before a listed surname (round 20)
            if (not protected and near_knowledge(x, a, b)) or (b + 1 < n and _ROMAN.match(tok(b + 1))) or (
                    b + 2 < n and keys[b + 1] in _EPITHET_ARTICLES and sent_of[b + 2] == sent_of[b]
                    and (keys[b + 2] in _EPITHETS or (keys[b + 2].endswith(_EPITHET_ENDS) and tok(b + 2).islower()))):
                return True   # (a regnal number or an epithet: "Karl XII", "Katarina den stora")
            if before in ("enligt", "enl") and a == b and graded_before(a) and not protected:
                return True   # the source of a grade is a teacher: "ligger på ett C enligt Pelle"
            if (before in lex.pets and not gap_before(a).strip()) or (
                    after in lex.pets and "(" in text[cands[words[b]].end:v.starts[words[b + 1]]]):
                # (right before the name: not 'kallade henne "gris". Cleo …' across a quote)
                return True   # a pet: "sin hund Sigge", "katten Molly", "Penny (hund)"
            if before == "med" and a == b and key_at(b + 1) in ("och", ",") and _GROUP_WORKS.search(
                    text, v.starts[words[max(0, a - 5)]], cands[words[a]].start) and not protected_by_name(x, a, b):
                return True   # "gruppen har arbetat med Trulle och språklekar": a material or a theme
            if a == b and ((before.startswith("spela") and (
                    key_at(a - 2) in _PLAY_SUBJECTS or a - 2 in anchor_pos
                    or sent_first_word(a - 1)   # "Spelar Uno på rasten"
                    or ((c2 := cand_at(a - 2)) is not None and (c2.key in lex.first or lex.is_surname(c2.key, c2.lower))
                        and c2.lower not in lex.stop_words))   # "Sara spelade Eliza" (not "Sedan spelade Oskar …")
                    and not (key_at(b + 1) in _AND and cand_at(b + 2) is not None   # ("… spelade Oskar och Ali kort")
                             and key_at(b + 3) not in _ACTS))   # ("Sara spelade Eliza och Moa spelade Higgins", round 21)
                           or before in _ROLE_VERBS_EN   # "She played Juliet": English does not invert
                           or (before in _PRONOUN_SUBJECTS and key_at(a - 2).startswith("spela"))):
                return True   # "när hon spelar Uno", "vi spelade Alfons": a game or a part, not a person
            # "mamma Therese, klasslärare": a person cue wins over a role later in a list;
            # "pratade med Lena (kurator)": the role wins over "pratade med"; a role that is
            # named ("Handledaren i butiken heter Lena och Victor …") wins over the student beside it
            return (not protected or social_med(a) or (before == "heter" and named_role(x, a))) and staff(x, a, b)

        groups: list[list[list]] = []
        for sp in spans:
            if groups and sp[0] - groups[-1][-1][1] == 2 and key_at(sp[0] - 1) in _AND and not (
                    # two clauses, not a list: "Sara spelade Eliza och Moa spelade Higgins" (round 21)
                    key_at(sp[1] + 1) in _ACTS and key_at(groups[-1][-1][0] - 1) in _ACTS):
                groups[-1].append(sp)
            else:
                groups.append([sp])
        kept: list[tuple[list, bool]] = []
        known: set[tuple[int, str]] = set()   # (paragraph, name word) used as knowledge
        for g in groups:
            lo, hi = g[0][0], g[-1][1]
            # Pupil cues ("Mikko Lehtinen i 6C och Aleksi", "klasskamraten X", "bråkade med X")
            # say it is a student even in a sentence about a book.
            protected = any(pupil_cue(a, b) for a, b, _, _ in g)
            linked_public = not protected and (
                (lo - 2 in public and key_at(lo - 1) in _AND) or (hi + 2 in public and key_at(hi + 1) in _AND)
                or compared_with_public(x, lo, hi))
            if linked_public or in_title(x, hi) or any(excluded(a, b, protected) for a, b, _, _ in g):
                if not protected:
                    known.update((paragraph(a), cands[words[q]].key) for a, b, _, _ in g for q in range(a, b + 1))
                continue
            kept.append((g, protected))
        initials = {w for w in subject_names if len(w) == 1}   # the student is "Maja S"
        namesakes: dict[str, str] = {}

        def namesake_mark(start: int, end: int, b: int) -> str:
            """The surname or the initial after the given name ("Nilsson", "S"), folded."""
            split = text[start:end].split()
            if len(split) > 1:
                return _GENITIVE.sub("", fold_word(split[-1].rstrip(".")))
            if b + 1 < n and sent_of[b + 1] == sent_of[b] and not text[end:v.starts[words[b + 1]]].strip():
                ini = _GENITIVE.sub("", tok(b + 1)).rstrip(".")
                if len(ini) == 1 and ini.isupper() and ini not in "IVX":
                    return ini.lower()
            return ""

        def name_heads(start: int, end: int) -> tuple[str, str]:
            """The given name of a span, folded without a genitive: its first part and the whole word."""
            parts = [fold_word(w) for w in _SPLIT.split(text[start:end]) if w]
            head = parts[0] if parts else ""
            whole = fold_word(text[start:end].split()[0])   # "Nils-Ánte" as one name
            return _GENITIVE.sub("", head), _GENITIVE.sub("", whole)

        # The surname or initial `subject_names` gives is the student's wherever it first appears
        # ("Ebba Nilsson och Ebba Svensson" for the student Ebba Svensson): seeded before the
        # first-seen rule below, which only decides when the caller gave no surname.
        for g, _ in kept:
            for a, b, _, end in g:
                start = cands[words[a]].start
                head, _ = name_heads(start, end or cands[words[b]].end)
                mark = namesake_mark(start, end or cands[words[b]].end, b)
                if head in subject_names and mark in subject_names:
                    namesakes.setdefault(head, mark)

        for g, protected in kept:
            # A name used as knowledge elsewhere in the paragraph ("I romanen möter vi Stanley.
            # … Stanley gräver.") is the same character here, unless a pupil cue says otherwise.
            if known and not protected and all((paragraph(a), cands[words[q]].key) in known
                                               for a, b, _, _ in g for q in range(a, b + 1)):
                continue
            for a, b, s, end in g:
                comma = next((j for j in range(b + 1, min(n, b + 4)) if keys[j] == ","), -9)
                if key_at(comma + 1) in _GLOSS and comma + 2 in anchor_pos and sent_of[comma] == sent_of[b]:
                    continue   # "Jönsson i 9C, alltså Moa": another name for the student
                if key_at(a - 1) in _NICKNAME and any(j in anchor_pos for j in range(a - 4, a - 1)):
                    continue   # "Maximilian (nickname Max)": the student's own nickname
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
                        and ini.isupper() and ini.lower() not in initials:
                    other_initial = True   # "Maja L" when the student is "Maja S"
                    end = v.ends[words[b + 1]]
                start, end = cands[words[a]].start, end or cands[words[b]].end
                # The student, also written in full or with a genitive; a span whose given name
                # is someone else's ("pappa Thomas Nyberg" for the student Sara Nyberg) is not.
                head, whole = name_heads(start, end)
                if not other_initial and any(w in subject_names or (w.endswith("s") and w[:-1] in subject_names)
                                             for w in (head, whole)):
                    # Namesakes: "Ebba H och Ebba S", "Erik Eriksson (9B) och Erik Nilsson (9C)":
                    # the first surname or initial the student's given name bears is the
                    # student's (or the one `subject_names` gives); another is someone else
                    mark = namesake_mark(start, end, b)
                    first_mark = namesakes.setdefault(head, mark) if mark else ""
                    if not mark or mark in subject_names or first_mark[:1] == mark[:1] and (
                            first_mark == mark or min(len(first_mark), len(mark)) == 1):
                        continue   # (also "Ebba Svensson" … "Ebba S.": the same pupil)
                    if len(text[start:end].split()) == 1:
                        end = v.ends[words[b + 1]]   # "Ebba S:s": the initial with the name
                yield start, end, s
