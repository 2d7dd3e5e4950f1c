"""Works, titles, fictional characters and public figures: the per-position checks.

A name near a work ("en bok av X", "Maja i berättelsen", "X:s roman"), in a title, or
compared with a listed figure is the work's or the figure's, not a peer's. The passes that
mark which words and sentences are about works are in name_figures.py; these checks read
what they marked.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..normalize import fold
from .name_context import _GENITIVE, _QUOTES, _cue, NameContext

_ARTICLES = frozenset({"the", "a", "an", "den", "det", "de", "en", "ett", "el", "la", "le", "les", "der", "die", "das"})
_CHAPTER = frozenset(("kap", "kapitel"))
# What pupils write and hand in: after a genitive name it is a classmate's, not an author's.
_PUPIL_WORK = frozenset(fold(w) for w in (
    "text texten texter uppsats uppsatsen redovisning redovisningen presentation presentationen arbete "
    "arbetet inlämning inlämningen svar svaret lösning lösningen teckning teckningen").split())
_MANNER = frozenset(("stil", "stilen"))   # "i stil med": in the manner of
_WRITE = ("skriv", "skrev")   # "skrev om Lina": a topic only for a listed figure
# A work named by its characters ("Tristan och Isolde är en medeltida kärlekshistoria"): the
# noun's forms, matched as a whole word or a compound's head ("folksaga", "tv-serie"). Not as a
# word's start: "lat" (folded "låt"), "bokmal", "sagolik", "mytoman", "diktator" describe
# pupils; nor "roman" as a head ("pyroman"), "drama" ("en riktig drama queen") or "legend"
# ("Ali är en legend"), which are said of pupils too.
_WORK_NOUNS = tuple(fold(w) for w in (
    "novell", "novellen", "noveller", "saga", "sagan", "sagor", "dikt", "dikten", "dikter", "film", "filmen",
    "filmer", "pjäs", "pjäsen", "pjäser", "berättelse", "berättelsen", "berättelser", "kärlekshistoria",
    "kärlekshistorien", "epos", "eposet", "bok", "boken", "böcker", "serie", "serien", "serier", "opera", "operan",
    "musikal", "musikalen", "tragedi", "tragedin", "komedi", "komedin", "ballad", "balladen", "sägen", "sägnen",
    "fabel", "fabeln"))
# Nouns that say "the characters of a work" after "är"/"var" (round 18): "X och Y är paret i
# den medeltida berättelsen", "är huvudpersonerna i boken" (prefixes of folded keys)
_CHARACTER_NOUNS = tuple(fold(w) for w in (
    "huvudperson", "huvudkaraktär", "karaktär", "romanfigur", "sagofigur", "seriefigur", "bifigur",
    "huvudroll", "berättare", "kärlekspar", "figur"))   # (round 61: "Pappa Pelikan är en figur i vår läsebok")
_OWNERS = frozenset(fold(w) for w in "min mitt mina din ditt vår vårt hans hennes hens deras".split())
_WORK_WORDS = frozenset((*_WORK_NOUNS, *(fold(w) for w in ("roman", "romanen", "romaner", "myt", "myten", "myter",
                                                            "visa", "visan"))))
# Who plays a game or a part ("Eleverna spelar Uno", "Vi spelade Alfons"), and English verbs
# of a part ("She played Juliet", "portrayed Eliza": English does not invert a subject).
_PLAY_SUBJECTS = frozenset(fold(w) for w in (
    "jag du han hon hen vi ni de dom man eleverna barnen klassen gruppen alla killarna tjejerna "
    "i you he she we they").split())
_PLATFORMS = frozenset(fold(w) for w in (
    "instagram youtube tiktok twitch snapchat spotify netflix tv teve radio tv4 svt youtubekanalen").split())
# Round 63: being bullied, teased, threatened or shut out (folded stems): who does it on a platform is a peer.
_HARASSED = tuple(fold(w) for w in (
    "mobb", "retad", "retade", "retas", "trakasser", "hotad", "hotade", "hotar", "kränk", "utfrys", "hängd", "hängde"))
_CLAUSE_BREAKS = frozenset(fold(w) for w in (
    "men ; medan dock eftersom fast trots but – —").split())


# A name heading a compound with a work noun ("en Sune-bok", "Mio-boken", "Alfons-filmerna"): the
# work's character, here and wherever the paragraph names it again (round 27).
_WORK_HEADS = _WORK_WORDS | frozenset(fold(w) for w in ("böckerna", "filmerna", "serierna", "sagorna", "novellerna"))


def work_compound_heads(x: NameContext) -> set[tuple[int, str]]:
    """(paragraph, name) for each capitalised name that heads a work-noun compound."""
    found: set[tuple[int, str]] = set()
    keys, tok = x.keys, x.tok
    for p, key in enumerate(keys):
        if "-" not in key:
            continue
        head, _, tail = key.partition("-")
        if tail in _WORK_HEADS and head.isalpha() and tok(p)[:1].isupper():
            found.add((x.paragraph(p), head))
    return found


def clause_cue(x: NameContext, p: int) -> bool:
    """A (weak) knowledge cue at `p` that may stand in a name's clause (not a window-only cue)."""
    lex, keys = x.lex, x.keys
    is_cue_word = x.is_cue_word
    return is_cue_word(p) and _cue(keys[p], lex.knowledge) and not _cue(keys[p], lex.window_only)


def owned(x: NameContext, p: int) -> bool:
    """A cue word owned by a pupil written with an initial ("Ebba S:s bok"): a pupil's
    copy, which introduces no work (round 16). ("Alis bok" may be the story Ali wrote,
    whose characters follow, so a given name's genitive still counts.)"""
    tok = x.tok
    if p < 1:
        return False
    owner = tok(p - 1)
    return len(owner) == 3 and owner[0].isupper() and _GENITIVE.search(owner) is not None


def weak_in_clause(x: NameContext, a: int, b: int, both_sides: bool = False) -> bool:
    """A knowledge cue earlier in the name's clause, which introduces it ("I boken
    möter Sara …", "Filmen handlar om …"); the clause ends at "men", ";", "medan", …
    ("Linnea kan beskriva vikingatida handel, men hon har kallat Bashir …"). A cue
    *after* the name is the name's activity ("Emil och Ida har läst samma bok") and
    counts only as "i/ur" + a work ("vad Leo gör i berättelsen"); for a listed name (a
    prior) a cue anywhere in the clause counts ("hur Darwin kom fram till evolutionsteorin")."""
    keys, sent_of, n = x.keys, x.sent_of, x.n
    for step, j in ((-1, a - 1), (1, b + 1))[:2 if both_sides else 1]:
        while 0 <= j < n and sent_of[j] == sent_of[a]:
            if keys[j] in _CLAUSE_BREAKS:
                break
            if clause_cue(x, j) and not owned(x, j):
                return True
            j += step
    return False


def work_word(x: NameContext, j: int) -> bool:
    """A work at `j`, as after "i"/"ur"/"från" ("i berättelsen", "från läseboken", "in the story")."""
    lex, keys, n = x.lex, x.keys, x.n
    is_cue_word = x.is_cue_word
    if keys[j] in ("the", "a", "an") and j + 1 < n:
        j += 1   # "in the story", "in a novel" (round 20)
    return keys[j] in lex.title_cues or keys[j] == "berattelsen" or (
        is_cue_word(j) and _cue(keys[j], lex.knowledge) and not _cue(keys[j], lex.window_only)
        and keys[j] not in _MANNER)   # ("Hilma i stil med Kahlo": a manner, no work)


def work_after(x: NameContext, b: int) -> bool:
    """The name is placed in a work right after it, or in an apposition after it: "Annika
    i berättelsen", "Rut och Rasmus på bondgården från läseboken", "Jessica, brevvännen
    i lärobokens kapitel 5"."""
    keys, sent_of, n, work_in = x.keys, x.sent_of, x.n, x.work_in
    tok, key_at = x.tok, x.key_at
    if not work_in:
        return False
    j = b + 1
    if key_at(j) == ",":
        j += 1
    end = j + 4
    while j < min(n - 1, end):
        if sent_of[j] != sent_of[b] or keys[j] in (",", "men", "som", "but", "who") or (
                keys[j] in ("och", "and") and not (tok(j + 1).islower() and keys[j + 1] not in _PLAY_SUBJECTS)):
            return False
        if j in work_in:
            return True
        if keys[j] in ("och", "and"):
            end += 2   # an adjective joined goes on: "Wolf is big and bad in the story" (round 20)
        j += 1
    return False


def titled_genitive(x: NameContext, p: int) -> bool:
    """A listed figure's genitive before a capitalised word that is no name: the title of
    their work ("Dantes Inferno", "Vivaldis Våren", "Beethovens Månskenssonat"; round 18)."""
    lex, cands, words, sent_of = x.lex, x.cands, x.words, x.sent_of
    cand_at = x.cand_at
    c, t = cands[words[p]], cand_at(p + 1)
    return c.genitive and t is not None and not t.initial and sent_of[p + 1] == sent_of[p] \
        and t.key not in lex.first and not lex.is_surname(t.key, t.lower) and not t.genitive


# An exercise and the made-up people in it (round 39): "uppgiften om Lisa som köper tre äpplen",
# "uppgiften där Karl och Maria delar en pizza", "problemet om Ali som väger 60 kg". Not after "med":
# "gjorde uppgiften med Elsa" names a classmate.
_EXERCISES = tuple(fold(w) for w in ("uppgift", "textuppgift", "räkneuppgift", "övning", "räknesaga", "lästal",
                                     "problemet", "problemen", "problemlösningsuppgift",
                                     "uppg"))   # (round 96: "Uppg 5: Amir och Sofia delar 240 kr")
# Round 61: compounds ending in a naming head name a room, a shop or a chain too ("biblioteksrummet Astrid",
# "leksaksaffären Ebbas Leksaker", "hamburgerkedjan Max"), folded.
_NAMING_TAILS = tuple(fold(w) for w in ("rummet", "salen", "huset", "kedjan", "restaurangen", "affären", "butiken",
                                         "kaféet", "caféet", "båten", "skeppet"))
_ABOUT = frozenset(fold(w) for w in "handlar handlade handlat gällde gäller".split())
# Round 91: the same in English ("solved the problem where Sven and Yasmin share a pizza", "task 7 about Nora who
# buys …"); not "question", which is asked about real people too.
_EXERCISES_EN = ("problem", "task", "exercise", "word problem")
_EXERCISE_LINKS = frozenset(("om", "dar", "where", "about"))


def _names_exercise(key_at, p: int) -> bool:
    """The word at `p` is an exercise noun, or an exercise's number right after one ("uppgift 4.12 där …",
    "task 7 about …", round 91)."""
    k = key_at(p)
    if k[:1].isdigit():
        k = key_at(p - 1)
    return k.startswith(_EXERCISES) or k in _EXERCISES_EN


# Round 40: words that make the person after them made up ("den påhittade vännen Giulia", "en fiktiv
# kund", "låtsaskompisen", "fantasivännen"), folded.
_MADE_UP = ("pahitt", "fiktiv", "latsas", "imaginar", "uppdikt", "fantasi")
# Round 40: a word problem's question ("räknade ut hur mycket Pelle fick tillbaka"): "hur" + these,
# after a verb of calculating.
_HOW_MUCH = frozenset(fold(w) for w in "mycket många lång långt länge stor mer mindre dyr".split())
_CALCULATE = ("rakna", "raknat", "raknade", "berakna", "los", "lost", "loste")
# Round 61: a textbook or an exercise opening the sentence ("I matteboken räknar Julia … ut hur mycket …"), folded heads.
_BOOKS = tuple(fold(w) for w in ("boken", "uppgiften", "övningen", "problemet", "exemplet"))


# Round 40: "fick höra av X", "fick veta av X": X told the writer something (an informant, no lender).
_HEARD = frozenset(fold(w) for w in "höra hört hörde veta vetat".split())
_PROBLEM_VERBS = frozenset(fold(w) for w in "ska vill kan får har".split())


def made_up(x: NameContext, a: int) -> bool:
    """A person the sentence calls made up: "den påhittade vännen Giulia", "låtsaskompisen Molly"
    (round 40)."""
    return x.key_at(a - 1).startswith(_MADE_UP) or (x.key_at(a - 2).startswith(_MADE_UP) and x.sent_of[a - 2] == x.sent_of[a])


# A word problem's sentences (round 86, see `problem_sents`): the exercise words that head or hold
# one ("Lästalet: …", "Gör ett mattetal: …", "I problemet delar …"), folded stems; the number words
# of its quantities; and its question ("hur mycket", "hur många", "how much").
_PROBLEM_WORDS = _EXERCISES + tuple(fold(w) for w in ("mattetal", "problemlösning", "räknehändelse", "räknesaga"))
_NUMBER_WORDS = frozenset(fold(w) for w in (
    "två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton tjugo trettio fyrtio femtio sextio"
    " hundra tusen dubbelt hälften halva").split())

# What any word problem below needs, searched once in the folded message (a superset of the tests on the keys): a
# question of quantity, or an exercise word as a heading (before ":", a number between allowed) or after "i", or a
# compound of "uppgift" heading a sentence (round 87, `_TASK_HEAD`). Each pattern starts with its words, so `re` skips
# to where they can start; the "\b" before them is tested by `_problem_hint` (written first in one alternation, it made
# `re` try every position of the message: 0.3 ms for 2,000 characters, round 90).
_EXERCISE_ALT = "|".join(map(re.escape, _PROBLEM_WORDS))
# Round 95, read off r98: a question of comparison ("Vem betalar mest?", "Vem har flest kulor?") asks about quantities too.
_MOST = frozenset(fold(w) for w in "mest minst flest färst längst kortast billigast dyrast snabbast mer mindre".split())
_PROBLEM_HINTS = (
    re.compile(r"hur\s+(?:" + "|".join(sorted(_HOW_MUCH)) + r")\b|how\s+(?:much|many)\b"
               r"|vem\s+\w+\s+(?:" + "|".join(sorted(_MOST)) + r")(?:\s+\w+)?\s*\?"),
    re.compile(r"(?:" + _EXERCISE_ALT + r")[\w-]*(?:\s+\d[^\s:]*)?[^\w\n]*[:\"”“«]"),   # (round 93: or a quotation)
    re.compile(r"i\s+(?:" + _EXERCISE_ALT + ")"),
)
# Round 99, read off r106a: a word problem stated without its question, then solved by the pupil in the next sentence
# ("Ali har 15 kulor och ger 7 till Lisa. Theo löser uppgiften med tallinje", "Hampus och Yousef har 240 kr tillsammans.
# Sofia löste problemet med ekvationer", "… Esther ritar en bild och kommer fram till rätt svar") (folded text).
_SOLVED = re.compile(r"\b(?:loser|loste|lost|losa)\s+(?:\w+\s+)?(?:uppgiften|problemet|talet|textuppgiften|lastalet|ekvationen)\b"
                     r"|\bkom(?:mer|mit)?\s+fram\s+till\s+(?:\w+\s+)?svar(?:et)?\b")
# Words of a real pupil's result: a sentence with them is no word problem ("Hampus och Yousef fick 14 poäng på provet.").
_PUPILS_SCORES = frozenset(fold(w) for w in "prov provet proven poäng poängen rätt fel felen fick fått får betyg betyget resultat resultatet".split())
_TASK_HINT = re.compile(r"(?:^|[.!?:\n]\s*)\w*uppgift\w*(?:\s+[\w-]+){0,5}\s*:")
_WORD_CHAR = re.compile(r"\w")


def _problem_hint(ft: str) -> bool:
    """Whether the folded message `ft` holds one of the hints above (what one search for
    "\b(?:hint|hint|hint)|task" would say)."""
    for rx in _PROBLEM_HINTS + (_SOLVED,):
        pos = 0
        while (m := rx.search(ft, pos)) is not None:
            start = m.start()
            if start == 0 or _WORD_CHAR.match(ft, start - 1) is None:
                return True
            pos = start + 1
    return "uppgift" in ft and _TASK_HINT.search(ft) is not None


# Round 87: an exercise heading the sentence as a compound ("Extrauppgift för den som vill: Ahmed köper tre glassar"),
# its colon up to six words on: what follows is the exercise.
_TASK_HEAD = re.compile(r"\w*uppgift\w*")
_TASK_HEAD_REACH = 6
_NUMERAL = "0123456789,.:/-–"
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")   # "flykten från Iran 1986": a year counts no things
# Numbers that count no things: time, lessons, pages, school years ("kom 10 min sent", "kl 10.20",
# "s. 52", "åk 6"), folded; next to one, a number makes no quantity of a word problem.
_NOT_QUANTITY = frozenset(fold(w) for w in (
    "min minut minuter minuters timme timmar tim h sek dag dagar veckor vecka v ggr gång gånger lektion lektioner"
    " pass procent % kl klockan s sid sidan sidor sidorna åk årskurs klass år").split())


# What sets a word problem's text apart from its exercise word: a colon ("Uppgift 4: …") or, round 93, a quotation
# ('Tekla löste problemet "Mormor Gun bakar 48 bullar …"')
_HEADING_MARKS = frozenset(':"”“«')


def tells_problem(x: NameContext, p: int) -> bool:
    """Round 101: the exercise word at `p` names a problem and tells it – "om", a name and "som" after it ("löste
    problemet om Pelle som har 12 kulor och ger bort 5 till Lisa")."""
    return x.key_at(p + 1) == "om" and x.cand_at(p + 2) is not None and "som" in (x.key_at(p + 3), x.key_at(p + 4))


def problem_told_in(x: NameContext, a: int) -> bool:
    """Round 101: the sentence of word `a` names a problem and tells it (`tells_problem`); there even a name the student
    gives to is the problem's ("Lea löste problemet om Pelle som … ger bort 5 till Lisa"), while a student's own loan
    before a question of quantity stays a pupil's ("Alva lånade 20 kr av Elin. Hur mycket …?")."""
    s, lo = x.sent_of[a], x.sentence_first(a)
    return any(x.key_at(p).startswith(_PROBLEM_WORDS) and tells_problem(x, p)
               for p in range(lo, a) if x.sent_of[p] == s)


def problem_sents(x: NameContext) -> set[int]:
    """The sentences of a word problem and its question, whose people are made up ("Olle köper 4
    äpplen för 3,50 kr. Hur mycket betalar han?", "Lästalet: Anna, Bertil och Cecilia delar på en
    pizza i åtta bitar.", "textuppgifter om hur många äpplen Pelle och Lisa har"). A question of
    quantity ("hur mycket/många/stor …") makes a sentence one when it, or the sentence before it,
    holds a number, or it names an exercise; the sentences with numbers right before the question
    are the problem it asks about (up to three). An exercise word as a heading, among a sentence's
    first three words ("Lästalet:", "Gör ett mattetal:", "Uppgift 4:"), or after an opening "i"
    ("I problemet delar …"), makes a sentence with a number one, and the sentences with numbers
    after it. A note about a real child has no question of quantity about numbers stated and no
    exercise heading ("Lisa kom 10 min sent", "Uppgift 3 gjorde Omar och Lisa ihop"). Computed
    once per text (round 86: the narrower tests above missed most of r84's and r85's word
    problems)."""
    if x.problems is not None:
        return x.problems
    keys, sent_of, n, text, v, words = x.keys, x.sent_of, x.n, x.text, x.v, x.words
    found: set[int] = set()
    x.problems = found
    if not _problem_hint(x.ft):   # (most messages hold no question and no exercise)
        return found
    # The sentences that hold a number of things, a question of quantity, an exercise word, an exercise heading.
    number: set[int] = set()
    question: set[int] = set()
    exercise: set[int] = set()
    heading: set[int] = set()
    about: set[int] = set()   # an exercise word, "om", a name and "som": "löste problemet om Pelle som har 12 kulor …"
    for p in range(n):
        s, k = sent_of[p], keys[p]
        if (k in _NUMBER_WORDS or (k[:1].isdigit() and not k.strip(_NUMERAL) and not _YEAR.fullmatch(k))) \
                and x.key_at(p - 1) not in _NOT_QUANTITY and x.key_at(p + 1) not in _NOT_QUANTITY:
            number.add(s)
        elif (k == "hur" and x.key_at(p + 1) in _HOW_MUCH) or (k == "how" and x.key_at(p + 1) in ("much", "many")) or (
                k == "vem" and x.key_at(p + 2) in _MOST):
            question.add(s)
        elif k.startswith(_PROBLEM_WORDS):
            exercise.add(s)
            if tells_problem(x, p):
                about.add(s)
            q = p + 1 if x.key_at(p + 1)[:1].isdigit() else p   # "Uppgift 4: …"
            if (x.key_at(p - 1) == "i" and x.sent_first_word(p - 1)) or (
                    q + 1 < n and p - x.sentence_first(p) <= 2 and not _HEADING_MARKS.isdisjoint(
                        text[v.ends[words[q]]:v.starts[words[q + 1]]])):
                heading.add(s)
        elif x.sent_first_word(p) and _TASK_HEAD.fullmatch(k):
            last = min(n - 1, p + _TASK_HEAD_REACH)
            while sent_of[last] != s:
                last -= 1
            if ":" in text[v.ends[words[p]]:v.starts[words[last]]]:
                heading.add(s)   # "Extrauppgift för den som vill: …" (round 87)
    order = list(dict.fromkeys(sent_of))   # the sentence numbers in text order
    # (the sentence of the token a match starts at: the view's own numbers, which `sent_of` copies per position)
    solved = {v.sent[max(0, bisect_right(v.starts, m.start()) - 1)] for m in _SOLVED.finditer(x.ft)}
    for i, s in enumerate(order):
        if s in solved and i and order[i - 1] in number and order[i - 1] not in question \
                and not any(keys[p] in _PUPILS_SCORES for p in x.sentence_span(order[i - 1])):
            for j in range(i - 1, max(-1, i - 4), -1):   # (round 99: the problem stated right before its solving)
                if order[j] not in number:
                    break
                found.add(order[j])
        if s in question and (s in number or s in exercise or (i and order[i - 1] in number)):
            found.add(s)
            for j in range(i - 1, max(-1, i - 4), -1):
                if order[j] not in number:
                    break
                found.add(order[j])
        if s in about and s in number:
            found.add(s)   # round 101: the problem told in the sentence that names it ("… och ger bort 5 till Lisa")
        if s in heading and s in number:
            found.add(s)
            for j in range(i + 1, min(len(order), i + 4)):
                if order[j] not in number and order[j] not in question:
                    break
                found.add(order[j])
    return found


def exercise_person(x: NameContext, a: int) -> bool:
    """The name is a person in an exercise: right after an exercise noun and "om" or "där", one
    word ("astronauten", "klättraren") allowed between. Round 40: also further on or after "med"
    when a relative clause tells what the person does, as a word problem's people are introduced
    ("I uppgiften om familjen Svensson som ska handla …", "en liknande uppgift med Gunnar som cyklar
    15 km/h", "Uppgifterna om procent och Lisa som köper jeans"; not "gjorde uppgiften med Elsa");
    the person a word problem's question asks about ("räknade ut hur mycket Pelle fick tillbaka");
    and a person called made up ("den påhittade vännen Giulia")."""
    key_at, sent_of = x.key_at, x.sent_of
    first = a   # (round 91: the first of names coordinated in English, "where Sven and Yasmin share", which the
    #             groups do not join; Swedish "och" lists are one group already)
    while first >= 2 and key_at(first - 1) == "and" and x.cand_at(first - 2) is not None and sent_of[first - 2] == sent_of[a]:
        first -= 2
    for link in (first - 1, first - 2):
        if link < 1 or sent_of[link] != sent_of[a]:
            break
        if key_at(link) in _EXERCISE_LINKS and (_names_exercise(key_at, link - 1) or (
                key_at(link - 1) in _ABOUT and any(key_at(j).startswith(_EXERCISES) and sent_of[j] == sent_of[a]
                                                   and all(key_at(k) in ("som", ",") or key_at(k)[:1].isdigit()
                                                           for k in range(j + 1, link - 1))
                                                   for j in range(max(0, link - 5), link - 1)))):
            return True   # (round 61: also "uppgiften handlade om Kim och Robin", "uppgiften, som handlade om Zoran";
            #               round 96: its number between, "Uppgift 7 handlade om Petra som köper en cykel")
    s0 = x.sentence_first(a)
    if key_at(s0).rpartition("-")[2].startswith(_EXERCISES) and ":" in x.text[x.v.ends[x.words[s0]]:x.v.starts[x.words[min(a, s0 + 2)]]] \
            and any(key_at(j)[:1].isdigit() for j in range(s0 + 1, min(x.n, a + 12)) if sent_of[j] == sent_of[a]):
        return True   # round 61: a word problem under its heading ("Uppgift: Ahmed har 45 kr …", "Räkneuppgift 4: Farmor
        #               Greta bakar 36 bullar"; round 96: a compound's last part, "NP-övning: Kalle påstår att 0,5 …"); a
        #               to-do has no numbers ("Uppgift: Leila och Omar ska redovisa")
    if made_up(x, a) or sent_of[a] in problem_sents(x):
        return True
    if key_at(a - 1) in _HOW_MUCH and key_at(a - 2) == "hur" and any(
            key_at(j).startswith(_CALCULATE) and sent_of[j] == sent_of[a] for j in range(max(0, a - 5), a - 2)):
        return True
    if key_at(s0) == "i" and key_at(s0 + 1).endswith(_BOOKS) and a - s0 <= 6 and any(
            key_at(j) == "hur" and key_at(j + 1) in _HOW_MUCH and sent_of[j] == sent_of[a] for j in range(a + 1, min(x.n, a + 14))):
        return True   # round 61: "I matteboken räknar Julia och Ahmed ut hur mycket godis de kan köpa"
    end = a + 1 if x.cand_at(a + 1) is not None else a   # (a full name: "Gunnar Ek som …")
    verb = key_at(end + 2)
    if key_at(end + 1) != "som" or sent_of[min(end + 2, x.n - 1)] != sent_of[a] or not (
            verb in _PROBLEM_VERBS or verb.endswith("r")):
        return False   # (a word problem's present: "som köper", "som ska"; not "med Elsa som satt bredvid")
    for link in range(a - 1, max(0, a - 5), -1):
        if sent_of[link] != sent_of[a]:
            return False
        if key_at(link) in ("om", "dar", "med") and key_at(link - 1).startswith(_EXERCISES):
            return True
    return False


_NAMED_BY = ("dopte", "dopt", "dopa", "doper")   # (folded) "döpte den till X": a name given to a thing


_TOPIC_PREPOSITIONS_EN = frozenset(("about", "on"))   # "a presentation on Malala" (round 94)


def near_knowledge(x: NameContext, a: int, b: int) -> bool:
    """A knowledge sentence, or a cue up to 5 words before the name, right after it or
    after a preposition right after it ("en bok av X", "kung X", "X:s roman", "Maja i
    berättelsen"), or a quoted title after its genitive ("Lasse Berghagens 'Teddybjörnen
    Fredriksson'")."""
    lex, text, v, cands, words, keys, sent_of = x.lex, x.text, x.v, x.cands, x.words, x.keys, x.sent_of
    n, public, knowledge_sents, weak_sents = x.n, x.public, x.knowledge_sents, x.weak_sents
    key_at, cand_at, is_cue_word = x.key_at, x.cand_at, x.is_cue_word
    if sent_of[a] in knowledge_sents or exercise_person(x, a):
        return True   # (a pupil cue next to the name has already been ruled out)
    head = key_at(a - 1)
    if (head in lex.naming_heads or (len(head) > 8 and head.endswith(_NAMING_TAILS))) and not x.gap_before(a).strip():
        return True   # "stormen Gudrun", "skeppet Vasa": the storm's or the ship's name, right before it
        #               (not across a full stop: "… i klassrummet. Wilhelm blev sur"; round 52)
    if head == "till" and any(key_at(j).startswith(_NAMED_BY) and sent_of[j] == sent_of[a] for j in range(max(0, a - 5), a - 1)):
        return True   # round 75: a thing or an animal someone named ("en robot som hon döpte till Lukas")
    if key_at(b + 1) in ("ar", "var") and key_at(b + 2) in ("en", "ett") and any(
            sent_of[k] == sent_of[a] and (keys[k] in _WORK_WORDS or keys[k].endswith(_WORK_NOUNS))
            for k in range(b + 3, min(n, b + 6))):
        return True   # a work named by its characters: "Tristan och Isolde är en medeltida
        # kärlekshistoria", "Romeo och Julia är en pjäs" (round 16; a pupil is no work)
    cop = next((j for j in range(b + 1, min(n, b + 4)) if keys[j] in ("ar", "var")
                and sent_of[j] == sent_of[b]), -1)
    if cop > 0 and (
            # the title is someone's book: "Lilla Anna och Långa farbrorn är Milas
            # favoritbok", "Mio, min Mio är hans favoritbok" (round 18)
            (key_at(cop + 1).endswith("s") or key_at(cop + 1) in _OWNERS)
            and keys[cop + 2:cop + 3] and keys[cop + 2].endswith(_WORK_NOUNS)
            and sent_of[cop + 2] == sent_of[b]
            # characters of a work: "Isolde och Tristan är paret i den medeltida
            # berättelsen", "Hassan och Amir är huvudpersonerna i Flyga drake"
            or any(keys[j].startswith(_CHARACTER_NOUNS) and sent_of[j] == sent_of[b]
                   for j in range(cop + 1, min(n, cop + 4)))
            or (key_at(cop + 1) in ("paret", "duon", "trion") and key_at(cop + 2) in ("i", "ur") and any(
                sent_of[j] == sent_of[b] and (keys[j] in _WORK_WORDS or keys[j].endswith(_WORK_NOUNS))
                for j in range(cop + 3, min(n, cop + 6))))):
        return True
    if sent_of[a] in weak_sents and weak_in_clause(x, a, b):
        return True
    after = [b + 1]
    if key_at(b + 1) in ("i", "ur", "fran", "in", "from"):
        after += [b + 2, b + 3]
        if key_at(b + 2) in _ARTICLES:
            after.append(b + 4)   # "Maja i den medeltida berättelsen" (round 18)
    appositive: list[int] = []
    if key_at(b + 1) == "," and key_at(b + 2) in ("en", "ett", "a", "an"):
        # who they were, in apposition: "Sofia Kovalevskaja, en rysk matematiker", "Ada
        # Lovelace, an English mathematician" (round 18; not "Ali, en riktig hjälte")
        appositive = [j for j in (b + 3, b + 4, b + 5)
                      if j < n and sent_of[j] == sent_of[a] and not _cue(keys[j], lex.window_only)]
        after += appositive
    gen = cand_at(b) is not None and cand_at(b).genitive
    for j in (*range(max(0, a - 5), a), *after):
        if j < n and sent_of[j] == sent_of[a] and is_cue_word(j) and _cue(keys[j], lex.knowledge) \
                and not (j > b and keys[j] in _CHAPTER) \
                and not (j == b + 1 and gen and keys[j] in _PUPIL_WORK) and not (j < a and owned(x, j)):
            # ("Ellie – kap 2": a pupil's progress; "Vilmas text": a classmate's work)
            return True
    # round 63: bullied or threatened by someone on a platform ("blir mobbad av Edvin och Melker på Instagram"): a
    # peer, as gossip is below, not someone followed there
    harassed = any(key_at(j).startswith(_HARASSED) for j in range(max(0, a - 5), a) if sent_of[j] == sent_of[a]) \
        and any(keys[j] in ("pa", "i") and key_at(j + 1) in _PLATFORMS for j in range(b + 1, min(n - 1, b + 3)))
    # "vad Leo gör i berättelsen": "i"/"ur" + a work later in the clause; "följer X på
    # Instagram": someone seen on a platform
    if not harassed and work_after(x, b):
        return True
    # an ordinary given name, not listed, that someone writes or talks about: gossip
    # about a person ("skrev elaka saker om Lina på Snapchat"), not a topic or a celebrity
    # ("en faktatext om X", "läste om X" stay topics; "skrev om Darwin" a listed figure)
    gossip = harassed or (key_at(a - 1) == "om" and a not in public and cands[words[a]].key not in lex.public_prior)
    for j in range(b + 1, min(n - 1, b + 3)):   # (not "om X i en kommentar på YouTube")
        if gossip or sent_of[j] != sent_of[a] or keys[j] in (",", "och", "men"):
            break
        if keys[j] in ("pa", "i") and keys[j + 1] in _PLATFORMS:
            return True
    c = cand_at(b)
    if c is not None and c.genitive:
        rest = text[v.ends[words[b]]:v.ends[words[b]] + 3].lstrip(" ")
        if rest[:1] in _QUOTES or _cue(key_at(b + 1), lex.genitive_heads):
            return True   # "Lasse Berghagens 'Teddybjörnen …'", "Newtons lagar"
    if (key_at(a - 1) == "om" or (key_at(a - 1) in _TOPIC_PREPOSITIONS_EN and (
            a in public or cands[words[a]].key in lex.public_prior))) and any(
            j >= 0 and sent_of[j] == sent_of[a] and is_cue_word(j)
            and (_cue(keys[j], lex.topic_nouns) or (_cue(keys[j], lex.topic_verbs)
                                                   and not (gossip and keys[j].startswith(_WRITE))))
            for j in range(a - 2, a - 5, -1)):
        return True   # "en faktatext om X", "redovisningen handlade om X", "läste om X"; round 94: a listed figure in
        #               English, "her presentation on Malala", "your podcast about Greta's climate strikes" (not an
        #               unlisted name: "a mean post about Lina")
    # "'Flickan och kråkan' av Mikael Wiehe": the maker of a quoted work
    if key_at(a - 1) == "av" and a >= 1:
        before = text[max(0, v.starts[words[a - 1]] - 3):v.starts[words[a - 1]]].rstrip(" ")
        # a title starts with a capital; a quoted word in lower case is what someone
        # said ('kallad "mongo" av Lucas')
        if before[-1:] in _QUOTES:
            close = text.rindex(before[-1], 0, v.starts[words[a - 1]])
            opened = max(text.rfind(q, max(0, close - 80), close) for q in _QUOTES)
            if opened >= 0 and text[opened + 1:opened + 2].islower():
                before = ""
        if before[-1:] in _QUOTES:
            return True
    return False


def in_title(x: NameContext, hi: int) -> bool:
    """"Hassan och Amir i Flyga drake": a character of a work whose title follows as
    "i" + a capitalised ordinary word and a lower-case word."""
    lex, keys, sent_of, n = x.lex, x.keys, x.sent_of, x.n
    tok, key_at, cand_at = x.tok, x.key_at, x.cand_at
    if key_at(hi + 1) not in ("i", "in"):
        return False
    t = cand_at(hi + 2)
    if t is None or t.initial or t.key in lex.first or t.key in lex.last or t.key in lex.places:
        return False
    if t.lower in _ARTICLES:   # "in The Catcher in the Rye"
        return True
    nxt = hi + 3
    return (t.lower in lex.swedish_words and nxt < n and sent_of[nxt] == sent_of[hi]
            and keys[nxt][:1].isalpha() and tok(nxt)[:1].islower())


# School subjects and rooms a sentence can open with, capitalised by habit ("I Matte har Elsa …", "I Aulan satt …"):
# `opened_by_work`'s list (name_figures.py `_NOT_TITLES`, words after "in" that are no title, is another list)
_SUBJECTS_AND_ROOMS = frozenset(fold(w) for w in (
    "matte matematik svenska engelska idrott idrotten musik musiken bild bilden slöjd slöjden no so kemi fysik biologi "
    "historia geografi religion samhällskunskap teknik hemkunskap aulan matsalen biblioteket klassrummet gympan "
    "skolan klassen gruppen början slutet").split())


def opened_by_work(x: NameContext, lo: int) -> bool:
    """Round 99, read off r107: a name in a sentence that opens with "I" or "In" and a work's title – a capitalised
    ordinary word and a lower-case word, or an article ("I Pojken i randig pyjamas smiter Bruno iväg …", "I Flyga drake
    sviker Amir sin vän Hassan", "I Till vildingarnas land är Max borta", "In The Giver, … to Jonas"): a character of
    the work, as `in_title` reads "Hassan och Amir i Flyga drake". Not a school subject or room ("I Matte har Elsa …"),
    a place, a class or a name."""
    lex, keys, sent_of, n = x.lex, x.keys, x.sent_of, x.n
    s0 = x.sentence_first(lo)
    if keys[s0] not in ("i", "in") or lo < s0 + 3:
        return False
    t = x.cand_at(s0 + 1)
    if t is None or t.initial or t.key in lex.first or t.key in lex.last or t.key in lex.places or t.key in _SUBJECTS_AND_ROOMS:
        return False
    if t.lower in _ARTICLES:
        return True
    nxt = s0 + 2
    return ((t.lower in lex.swedish_words or t.lower in lex.stop_words) and nxt < lo and sent_of[nxt] == sent_of[lo]
            and keys[nxt][:1].isalpha() and x.tok(nxt)[:1].islower())


def compared_with_public(x: NameContext, lo: int, hi: int) -> bool:
    """Compared with a listed figure: "jämföra Bo Vilhelm Olsson med Mio", "jämför
    Kleopatra med Elizabeth I" (a comparison sets figures side by side, like "och")."""
    sent_of, public = x.sent_of, x.public
    key_at = x.key_at
    if not ((hi + 2 in public and key_at(hi + 1) == "med") or (lo - 2 in public and key_at(lo - 1) == "med")):
        return False
    return any(key_at(j).startswith("jamfor") for j in range(max(0, lo - 6), lo)
               if sent_of[j] == sent_of[lo])
