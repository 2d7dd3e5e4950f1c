"""Which capitalised words are public figures, characters or titles, and which sentences are about knowledge.

The passes of `NameFinder.find_in` before any candidate is decided, in their original
order (`mark_figures_and_works` runs them). Each fills the context's sets in place:
`public` (positions of figures' and works' words), `knowledge_sents`, `prior_sents`,
`year_sents`, `event_sents`, `weak_sents`, `work_in`, … The last three passes ask
`pupil_cue`, which reads what the earlier ones marked.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress
from operator import itemgetter

from ..normalize import fold
from .name_context import _AND, _CLASS, _QUOTES, _cue, NameContext
from .name_cues import list_members, pupil_cue
from .name_places import _TITLE_FUNCTION_WORDS
from .name_staff import _STAFF_TITLES, _THIRD_PERSON_POSSESSIVES
from .name_works import clause_cue, titled_genitive, weak_in_clause, work_word

# (1000–1969 after a preposition of time: "klipp från 1959", "år 1523"; round 20 widened it from
# 1899: pupils' parents and grandparents are named with a family word, which still wins)
_HISTORIC_YEAR = re.compile(r"^(?:1[0-8]\d\d|19[0-6]\d|\d{3,4}-talet\w*)$")
_YEAR_PREPOSITIONS = frozenset(fold(w) for w in (
    "år", "året", "i", "på", "från", "till", "sedan", "under", "efter", "före", "mellan", "omkring", "runt",
    "cirka", "ca", "kring", "och", "sommaren", "våren", "hösten", "vintern"))
# Any year-like token at all (a cheap test before the per-word year check).
_YEAR_HINT = re.compile(r"\d{3,4}")
_FIRST_CHAR = itemgetter(slice(0, 1))   # a key's first character ("" for an empty key)
_NAME_TAGS = frozenset(fold(w) for w in (
    "namnlapp namnlappen namnlappar namnlapparna namnskylt namnskylten namnbricka namnbrickan märkt märkta "
    "märkning märkningen").split())
# A title in quotes: every word capitalised or a short function word, up to eight words.
_QUOTE_CHARS = re.compile(r"['\"“”‘’«»]")
# Any quotation on one line that starts with a capital (a Swedish title is in sentence case:
# "Ensam hemma", "Kalle Kanin är ledsen"; a task quotes a whole sentence).
# This pattern and `_QUOTED_TITLE` start with the opening quote's character class and test the
# character before it after it ("(?<![\w'’].)" there is "(?<![\w'’])" before the quote, which is
# no line break): so `re` scans for the few quote characters instead of trying the pattern at
# every position (about four times as fast over a text; the same matches).
_ANY_QUOTE = re.compile(r"['\"“”‘’«](?<![\w'’].)([A-ZÅÄÖ][^'\"“”‘’«»\n]{0,120})['\"“”‘’»](?!\w)")
_IN_QUOTED_WORK = re.compile(r"[^\S\n]+(?:i|ur|från)[^\S\n]+")   # "Kevin i 'Ensam hemma'"
_WORD_RX = re.compile(r"[^\W\d_]+")
# Words before a quote that make it a task or an exercise (prefixes, folded): "uppgiften",
# "läsläxa", "textuppgift", "problemet", "exempelmeningen", "rubriken", "övningen".
_TASK_WORDS = tuple(fold(w) for w in (
    "uppgift", "textuppgift", "problem", "läxa", "läxan", "läsläxa", "hemläxa", "exempel", "övning",
    "rubrik", "titel", "kapitel", "räknesaga", "lästext", "högläsningsbok", "högläsning", "bok", "saga"))
_QUOTED_TITLE = re.compile(
    r"['\"“”‘’«](?<![\w'’].)([A-ZÅÄÖ][\w-]*(?:['’]s)?(?:[ ,:&]+(?:[A-ZÅÄÖ0-9][\w-]*(?:['’]s)?|of|the|and|in|on|a|an|to|at|from|with"
    r"|och|i|på|min|mitt|mina|av|med|för|till|om|de|la|le|el|der|die|das|und)){0,7})['\"“”‘’»](?![\w'’])"
)
# German function words that are no Swedish words (folded), for German example sentences.
_GERMAN = frozenset(fold(w) for w in (
    "ich bist ist sind nicht und ins im zum zur das dem des ein eine einen einem einer mein meine meinen "
    "wir auch sehr gern gerne habe hast haben gespielt gegangen gemacht gesehen heute kein keine oder "
    "mit mich dich sich wie wo nein bitte danke bei auf über seine seinen seiner spielt sagt "
    "sprechen").split())
# Round 95: French and Spanish example sentences the same way ("Nous avons parlé des fêtes en France : Noël,
# Pâques …", "Dans le texte, le petit prince rencontre un roi"). Only words no Swedish or English sentence holds
# ("la", "le", "el", "de", "en", "a" and "y" are left out), folded as the keys are.
_FRENCH_SPANISH = frozenset(fold(w) for w in (
    "et est les des une avec pour très nous avons elle sont cette aussi parce "
    "los las una con para muy está están estoy tiene tengo hay pero porque nosotros").split())
# "dans" is also the Swedish "dance" ("Dans och rörelse"), "ella" a given name: "dans" counts before an article
# (its key may be the genitive's name, "dan").
_FRENCH_ARTICLES = frozenset(("le", "la", "les", "un", "une", "ce", "cette", "son", "sa", "ses", "mon", "ma", "mes"))
_FOREIGN = _GERMAN | _FRENCH_SPANISH
_FS_LESSON = re.compile(r"\b(?:fransk\w*|spansk\w*|moderna\s+sprak|exercice|ejercicio|texte|texto|livre|libro|lecon|leccion"
                        r"|chapitre|capitulo|glos\w*|ejemplo|exemple|dialog\w*|horforstaelse|uttal\w*)\b")   # (folded)


def _has_elided(ft: str) -> bool:
    """The folded text holds a French elided article or pronoun ("l'exercice", "qu'il"): an apostrophe after "l", "d",
    "j", "c" or "qu" standing alone (looked up at each apostrophe: a regex with a lookbehind tried every position)."""
    for mark in ("'", "’"):
        i = ft.find(mark)
        while i >= 0:
            if i > 0 and ((ft[i - 1] in "ldjc" and (i < 2 or not ft[i - 2].isalnum())) or (
                    i > 1 and ft[i - 2:i] == "qu" and (i < 3 or not ft[i - 3].isalnum()))):
                return True
            i = ft.find(mark, i + 1)
    return False


_FOREIGN_ELIDED = ("l'", "d'", "qu'", "j'", "c'", "l’", "d’", "qu’", "j’", "c’")   # "l'exercice", "d'accord"
_GERMAN_HINT = re.compile(r"\b(?:ich|ist|sind|nicht|und|ins|das|ein|eine|habe|haben|wir"
                          r"|est|avons|nous|les|des|une|dans|avec|los|las|una|con|para|muy|esta)\b")
_IN_WORK = frozenset(("i", "ur", "fran", "in", "from"))
# A regnal number closing a listed name ("Gustav I", "Karl XII", "Elizabeth II"): folded, "I" is the preposition "i"
# and "VI" the pronoun "vi", so "Johan i 6A" and "Oscar i klassen" read as kings until round 92. (Not a word inside a
# name: the "i" of "Emil i Lönneberga" is the preposition.)
_REGNAL = re.compile(r"[ivxl]+")
_FINISHED = frozenset(fold(w) for w in ("klart", "ut", "färdigt", "igenom"))   # "har läst klart/ut X" (round 31)
# Round 49: the subject after an inverted title cue ("Sen sjöng vi Mors lilla Olle", "I höstas läste vi Mio, min Mio").
_INVERTED_SUBJECTS = frozenset(("vi", "de", "dom", "hon", "han", "hen", "ni", "jag", "alla", "klassen", "gruppen", "eleverna"))
# Round 49: a song's words or music "till" its title ("Lovisa kan texten till Staffan var en stalledräng").
_SONG_PARTS = frozenset(fold(w) for w in ("texten", "melodin", "noterna", "ackorden", "kompet", "refrängen", "dansen"))
# Words around a quote that make it someone's words, not a title (folded): "sa ”Jag …”", "har
# skrivit 'Muhammed är …'", '”Sluta!” skrek hon', "called him 'a …'"; and what a team or a group
# is called ("laget ”Vargarna”", "grupp 'Blå'"; prefixes) (round 31)
_SAID = frozenset(fold(w) for w in (
    "sa sade säger säga sagt skrev skriver skrivit skriva ropade ropar ropat frågade frågar frågat svarade "
    "svarar svarat kallade kallar kallat kalla tyckte tycker tänkte tänker skrek skriker skrikit viskade "
    "viskar mumlade mumlar utbrast muttrade klottrade klottrat citerade citerar "
    "said says say wrote writes written shouted yelled asked called calls told replied answered").split())
_TEAMS = tuple(fold(w) for w in ("lag", "team", "grupp", "gäng", "klubb"))
# A pupil's sentence about their own family in a language lesson ('Mi hermano se llama Oskar',
# "Meine Schwester heißt Lea", "Min bror heter Noa"): a first-person owner and a relative in the
# quote (`family_cues` and these) make it the pupil's words, not a title ("Mors lilla Olle",
# "Min vän Percy" are titles) (round 31)
_MY = frozenset(fold(w) for w in "min mitt mina mi mis mein meine meinen meiner mon ma mes my our vår vårt våra".split())
_FOREIGN_FAMILY = frozenset(fold(w) for w in (
    "hermano hermana hermanos padre madre padres abuelo abuela primo prima tío tía amigo amiga "
    "bruder schwester mutter vater eltern oma opa cousin cousine freund freundin "
    "frère soeur sœur mère père parents grand-mère grand-père ami amie").split())
# A name in a quote with a copula or "=" after it is a statement about someone ('"Elin e en …"',
# "'Filip = …'"), not a title
_STATEMENT = re.compile(r"\s*(?:är|e|ä|var|=|is|was)(?!\w)")
_THEME_ENDS = ("tema", "temat", "temadag", "temadagen", "temavecka", "temaveckan", "temaarbetet", "devis", "devisen")
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


def mark_figures_and_works(x: NameContext) -> None:
    """All the passes, in the order `find_in` ran them when they were one method."""
    mark_full_names(x)
    mark_titles(x)
    remember_figure_words(x)
    mark_years(x)
    mark_strong_cues(x)
    mark_quoted_titles(x)
    mark_titles_after_in(x)
    mark_german(x)
    mark_weak_sentences(x)
    mark_work_in(x)
    mark_recurring_words(x)
    mark_heading(x)
    mark_casts(x)
    mark_works(x)
    mark_listed_figures(x)


def mark_full_names(x: NameContext) -> None:
    """Listed public figures written out in full and listed single names: their positions go
    into `public` (a game's name into `games_at`, a name heading a compound into `in_compound`)."""
    lex, cands, words, keys, cand_pos, public = x.lex, x.cands, x.words, x.keys, x.cand_pos, x.public
    public_multi = lex.public_multi
    # (Most texts name no figure: the rest of the pass is read only for a candidate that
    # starts a listed full name.)
    heads = [p for p in cand_pos if keys[p] in public_multi]
    if heads:
        _mark_full_names_at(x, heads)
    public_single = lex.public_single
    singles = [p for p in cand_pos if cands[words[p]].key in public_single]
    if singles:
        public.update(p for p in singles if not _relative_named_in_full(x, p) and not _relative_title(x, p))
    # ("Ronja Rövardotter-temat: Ronja och Birk, Mattis och Borka": listed characters there
    # are the characters even beside the student's name; an unlisted name is not)
    if x.in_compound:
        x.compound_sents.update(map(x.sent_of.__getitem__, x.in_compound))


def _relative_title(x: NameContext, p: int) -> bool:
    """A listed character whose name is a kinship word, written before a given name: the relative
    named, not the character ("Lillebror Anton går i förskoleklass", not Karlsson's Lillebror; round 61)."""
    c, cq = x.cands[x.words[p]], x.cand_at(p + 1)
    return cq is not None and not c.genitive and cq.key in x.lex.first and _cue(c.key, x.lex.family) \
        and not x.text[c.end:cq.start].strip() and x.sent_of[p + 1] == x.sent_of[p]


def _relative_named_in_full(x: NameContext, p: int) -> bool:
    """A listed single name (a surname: "Nasser", "Curie") after an unlisted given name that a
    relative or person word introduces is that relative's surname, not the figure: "hans
    morbror Khalid Nasser", "mamma Lina Curie" (round 24). A listed full name is marked
    before this and stays the figure ("hans vän Ron Weasley")."""
    q = p - 1
    cq = x.cand_at(q)
    if cq is None or q in x.public or cq.genitive or cq.key not in x.lex.first \
            or x.text[cq.end:x.cands[x.words[p]].start].strip() or x.sent_of[q] != x.sent_of[p]:
        return False
    before = x.key_at(q - 1)
    return bool(before) and x.sent_of[q - 1] == x.sent_of[q] and (
        _cue(before, x.lex.family) or _cue(before, x.lex.person))


# Places named after a figure, after its genitive (folded stems): "Astrid Lindgrens barnsjukhus", "… värld".
_PLACES_NAMED_AFTER = ("barnsjukhus", "sjukhus", "skola", "skolan", "gymnasi", "gata", "gatan", "vag", "plats", "torg",
                       "park", "varld", "hall", "arena", "bibliotek", "muse", "flygplats")


def _mark_full_names_at(x: NameContext, heads: list[int]) -> None:
    """`mark_full_names` for the candidates that start a listed full name."""
    lex, keys, n, public, in_compound, games_at = x.lex, x.keys, x.n, x.public, x.in_compound, x.games_at
    multi_at = x.multi_at
    tok, key_at = x.tok, x.key_at
    # Public figures written out in full ("Astrid Lindgren", "Gustav Vasas").
    for p in heads:   # public names start with a capital
        # A listed name has two words or more, and the word after its first starts with its
        # second in every form below (the word itself, a genitive, "Anka-gänget"): most listed
        # names that share the first word fail this one test, before the word-by-word walk.
        second = key_at(p + 1)
        for name in lex.public_multi.get(keys[p], ()):
            if not second.startswith(name[1]):
                continue
            m = len(name)
            if p + m - 1 < n and _REGNAL.fullmatch(name[-1]) and not tok(p + m - 1)[:len(name[-1])].isupper():
                continue   # a regnal number ends a name in capitals: "Gustav I", not "Gustav i 5B" (round 92)
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
                if (key_at(p + m - 1) != name[-1] and key_at(p + m - 1).startswith(name[-1] + "-")) or (
                        key_at(p + m - 1) == name[-1] + "s" and key_at(p + m).startswith(_PLACES_NAMED_AFTER)):
                    # the figure's name heading a compound is no person here, but says
                    # nothing about the sentence ("Kalle Anka-gänget: Tim och Malik"); round 101: nor does a
                    # place named after one ("Mamma Rebecka mötte upp på Astrid Lindgrens barnsjukhus")
                    in_compound.update(range(p, p + m))
                break


def mark_titles(x: NameContext) -> None:
    """Titles of works after a title cue ("läst", "boken"): their words are the work's, their
    sentence and the next one in the paragraph are about it."""
    if x.lex.title_cues.isdisjoint(x.keys) and _REVIEW_NOUNS.isdisjoint(x.keys) and _SONG_PARTS.isdisjoint(x.keys):
        return   # no title cue in the text
    lex, text, cands, words, sent_of, cand_pos = x.lex, x.text, x.cands, x.words, x.sent_of, x.cand_pos
    public, knowledge_sents, title_at = x.public, x.knowledge_sents, x.title_at
    key_at, cand_at, next_sentence_same_paragraph = x.key_at, x.cand_at, x.next_sentence_same_paragraph
    # Titles of works: capitalised words right after "läst", "boken", … ("Vi har läst Mio,
    # min Mio"). Their words, and the words of listed public names, refer to the work or
    # the figure wherever they recur in the text ("Ronja Rövardotter … Ronja och Birk").
    for p in cand_pos:
        c = cands[words[p]]
        # ("läste Mio, min Mio"; also a quoted title: 'read "The Giver"')
        if (not c.initial or text[c.start - 1:c.start] in _QUOTES) and (key_at(p - 1) in lex.title_cues or (
                key_at(p - 1) in _FINISHED and key_at(p - 2) in lex.title_cues)   # "läst klart Sjörövar-Fabian"
                or (key_at(p - 1) in _INVERTED_SUBJECTS and key_at(p - 2) in lex.title_cues and not c.genitive
                    and key_at(p + 1) not in ("en", "ett"))   # (not "sjöng han Elsa en sång": who it was for)
                or (key_at(p - 1) == "till" and key_at(p - 2) in _SONG_PARTS and _song_title(x, p))
                or reviewed_work(x, p, c)):
            q = p
            while cand_at(q) is not None and not cand_at(q).initial:
                public.add(q)
                q += 1
            knowledge_sents.add(sent_of[p])
            title_at.append(p)
    for p in title_at:   # "Vi har läst Den vita stenen. Fia är en udda figur …"
        nxt = next_sentence_same_paragraph(p)
        if nxt is not None:
            knowledge_sents.add(nxt)


# Stems of music words, compared with the folded keys: a stem with å/ä/ö ("sjöng", "sång", "låt", "kör") would never
# match, and folded ("lat", "kor") it would read "lat" and "korv", so the list holds stems without them.
_MUSIC_STEMS = ("sjung", "spela", "musik", "lucia", "melodi", "piano", "gitarr")
_NO_TITLE_GO_ON = frozenset(fold(w) for w in (
    "i", "på", "och", "med", "om", "för", "som", "efter", "från", "till", "att", "så", "men", "igår", "idag", "sen"))


def _song_title(x: NameContext, p: int) -> bool:
    """After "texten/melodin … till", the candidate at p starts a song's title: the title goes on with a
    lower-case word ("Staffan var en stalledräng", "Blinka lilla stjärna") and the sentence is about music
    ("kan texten till … och sjunger i stämma"); not "skickade texten till Olle i 4B" (round 49)."""
    nxt = x.key_at(p + 1)
    if not nxt or nxt in _NO_TITLE_GO_ON or x.sent_of[p + 1] != x.sent_of[p] or not x.tok(p + 1).islower():
        return False
    s, sent_of = x.sent_of[p], x.sent_of   # (sentence numbers rise with the position: a sentence is one slice)
    return any(k.startswith(_MUSIC_STEMS) for k in x.keys[bisect_left(sent_of, s):bisect_right(sent_of, s)])


# Round 41: an English review, reading log or book report "of"/"on" a work: "her review of Wonder",
# "reading log on Holes". (Not the Swedish "recensionen av X": tried, it made a title of "Sune" in
# "bokrecensionen av Sune och Svarta Mannen, säger farfar Sune Axelsson" and hid the grandfather.)
_REVIEW_NOUNS = frozenset(("review", "reviews", "log", "report"))


def reviewed_work(x: NameContext, p: int, c) -> bool:
    """The candidate at p is the title a review or a reading log is of ("review of Wonder", "reading log on
    Holes"); not a person's work ("review of Julian's essay"), whose name is a genitive (round 41)."""
    key_at = x.key_at
    return key_at(p - 1) in ("of", "on") and key_at(p - 2) in _REVIEW_NOUNS and not c.genitive \
        and x.text[c.end:c.end + 2] not in ("'s", "’s")


def remember_figure_words(x: NameContext) -> None:
    """The words of figures and titles marked so far, per paragraph and by first position, so
    that later passes and checks recognise them where they recur."""
    if not x.public:
        return
    cands, words, public, games_at, public_words = x.cands, x.words, x.public, x.games_at, x.public_words
    public_first = x.public_first
    paragraph = x.paragraph
    # Their words recur as the figure or the work: anywhere in the paragraph, and further
    # down the text ("Bokrecension: Harry Potter …\n\nHarry bor hos sin moster"), unless a
    # pupil cue says otherwise ("… bråkade hon med Rune och Astrid"; checked below).
    public_words.update((paragraph(p), cands[words[p]].key) for p in public - games_at if words[p] in cands)
    for p in sorted(public - games_at):
        if words[p] in cands:
            public_first.setdefault(cands[words[p]].key, p)


def mark_years(x: NameContext) -> None:
    """Sentences about history ("år 1523", "på 1600-talet") and about events ("i Seoul 1988")."""
    if not _YEAR_HINT.search(x.ft):
        return   # no year-like number in the text
    keys, sent_of, n, knowledge_sents = x.keys, x.sent_of, x.n, x.knowledge_sents
    year_sents, event_sents = x.year_sents, x.event_sents
    tok, key_at = x.tok, x.key_at
    # Both year patterns start with a digit, so only a key whose first character is one can
    # match: those are found with one C-level pass (`isdigit` holds for every `\d`), and the
    # two patterns are tried on them alone, not on every key (a regex call per key cost
    # three times the pass).
    digit_pos = list(compress(range(n), map(str.isdigit, map(_FIRST_CHAR, keys))))
    # (`_HISTORIC_YEAR` starts with a digit, so it implies the old `isdigit` test.)
    for p in [p for p in digit_pos if _HISTORIC_YEAR.match(keys[p])]:
        if (
                keys[p].endswith("talet") or key_at(p - 1) in _YEAR_PREPOSITIONS):
            # "år 1523", "på 1600-talet": history (not "lgh 1102")
            if sent_of[p] not in knowledge_sents:
                year_sents.add(sent_of[p])
            knowledge_sents.add(sent_of[p])
    # A year that names an event: a place or an opponent right before it ("i Seoul 1988", "i
    # Los Angeles 1984", "mot England 2012") or a championship ("OS 1984", "VM 1994"). Full
    # names and listed given names there are the event's (round 20; a pupil cue still wins).
    for p in [p for p in digit_pos if _MODERN_YEAR.match(keys[p])]:
        at = key_at(p - 2) if p >= 2 and not tok(p - 2)[:1].isupper() else key_at(p - 3)
        if p >= 1 and (keys[p - 1] in _EVENT_WORDS or (
                tok(p - 1)[:1].isupper() and not _CLASS.match(tok(p - 1)) and at in _EVENT_PREPOSITIONS
                and (at in _OPPONENT or int(keys[p]) < _PUPIL_YEARS))):
            event_sents.add(sent_of[p])


def mark_strong_cues(x: NameContext) -> None:
    """Sentences with a figure or a strong knowledge cue, and the sentences such cues carry to."""
    lex, text, v, pos_of, keys, sent_of, n, ft = x.lex, x.text, x.v, x.pos_of, x.keys, x.sent_of, x.n, x.ft
    public, in_compound, games_at, multi_at = x.public, x.in_compound, x.games_at, x.multi_at
    knowledge_sents, prior_sents = x.knowledge_sents, x.prior_sents
    next_sentence_same_paragraph, is_cue_word = x.next_sentence_same_paragraph, x.is_cue_word
    # Strong cues: only word tokens that hold a hit of the cue regex can be one (one regex
    # over the folded text; a compound "naturforskare" holds its stem too).
    cue_pos: set[int] = public - in_compound - games_at
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


# Round 100, read off r108b: a compound of a work noun introduces a quoted title as the noun does ("inför vårsången:
# 'Idas sommarvisa'", "favoritboken 'Sunes sommar'"; `title_cues` holds the nouns themselves)
_WORK_TAILS = tuple(fold(w) for w in "sången låten visan boken filmen dikten sagan pjäsen romanen novellen serien psalmen".split())


def mark_quoted_titles(x: NameContext) -> None:
    """Quoted titles (title case or introduced by a title or task word): their names are the work's."""
    if not x.cand_pos or not _QUOTE_CHARS.search(x.text):
        return   # (a quote's names are candidates inside it or before "i"/"ur" + it)
    lex, text, v, cands, words, sent_of = x.lex, x.text, x.v, x.cands, x.words, x.sent_of
    cand_pos, public, knowledge_sents, prior_sents = x.cand_pos, x.public, x.knowledge_sents, x.prior_sents
    next_sentence_same_paragraph = x.next_sentence_same_paragraph
    # A quoted title in title case ("In 'Matilda', …", "Essay on 'Lord of the Flies'",
    # "läser 'Wilma och Wilhelm'"): the names in it are the work's, its sentence is about
    # the work, and listed characters in the next sentence are its characters. (A quoted
    # sentence, a pupil's words, has lower-case words: "'min bror heter Jonte …'".)
    for m in _QUOTED_TITLE.finditer(text):
        inside = [p for p in cand_pos if m.start(1) <= cands[words[p]].start < m.end(1)]
        if not inside:
            continue
        if _named_so(text, m.start()):
            continue   # a word someone was called: "kallade Filip för ”mongo” och ”CP-unge”" (round 41)
        if _after_theme(text, m.start()):
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
    # (Each quote, its candidates and the three words before it, are kept for `mark_bare_titles`.)
    quotes: list[tuple[re.Match[str], list[int], list[str]]] = []
    for m in _ANY_QUOTE.finditer(text):
        inside = [p for p in cand_pos if m.start(1) <= cands[words[p]].start < m.end(1)]
        lead_words = [fold(w) for w in _WORD_RX.findall(text, max(0, m.start() - 40), m.start())][-3:]
        quotes.append((m, inside, lead_words))
        placed = [p for p in cand_pos if p not in inside and cands[words[p]].end <= m.start()
                  and _IN_QUOTED_WORK.fullmatch(text, cands[words[p]].end, m.start())]
        introduced = any(w in lex.title_cues or w.startswith(_TASK_WORDS) or w.endswith(_WORK_TAILS) for w in lead_words)
        if not (inside or placed) or not (introduced or placed):
            continue
        if any(_cue(fold(w), lex.person) or _cue(fold(w), lex.family)
               for w in _WORD_RX.findall(m.group(1))):
            continue
        public.update(inside)
        public.update(placed)
    mark_bare_titles(x, quotes)


# Round 41: verbs of calling someone a name; a quote after one in its sentence is the name, no title.
_NAME_CALLING = frozenset(fold(w) for w in (
    "kallade kallar kallat kalla kallas kallades skällde skäller hånade hånar called calls calling").split())
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _named_so(text: str, at: int) -> bool:
    """A verb of name-calling earlier in the sentence of the quote at `at` ("kallade Filip för ”mongo”
    och ”CP-unge”", "calling Aksel 'Dumbo'"): the quote is what someone was called (round 41)."""
    lo = max(0, at - 120)
    cut = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, at)]
    return any(fold(w) in _NAME_CALLING for w in _WORD_RX.findall(text, cut[-1] if cut else lo, at))


def _after_theme(text: str, at: int) -> bool:
    """A theme's noun right before the quote at `at` ('temat "Trygghet"', "tema 'Arga Lotta'")."""
    return fold(text[max(0, at - 12):at]).rstrip(' :"\'“”«').endswith(_THEME_ENDS)


def mark_bare_titles(x: NameContext, quotes: list[tuple[re.Match[str], list[int], list[str]]]) -> None:
    """A short quote in sentence case that no one says or writes is a work's title, even with no
    title word before it (round 31): "”En man som heter Ove”: Sixten beskriver Ove …", "tre
    seminarier om 'Flugornas herre' … att Jack …", "utdrag ur ”La casa de Bernarda Alba”. Ester
    beskrev Bernarda …". Its sentence and the next one in the paragraph are about the work, and
    the names inside it are the work's wherever they recur; a pupil cue still wins. Not someone's
    words ('sa ”Jag …”', 'har skrivit ”Muhammed är en …” på bänken', 'Sms från mamma: ”Sam har
    feber …”': after a colon, ending a sentence or longer than eight words), a statement about a
    name ('”Elin e en …”'), a pupil's sentence about their own family ('Mi hermano se llama Oskar'),
    a nickname after a name, a team's name ('laget ”Vargarna”'), a name tag, or a theme with no
    name in it ('temat ”Trygghet”'). `quotes`: the sentence-case quotes `mark_quoted_titles` found,
    each with its candidates and the three words before it."""
    lex, text, v, cands, words, sent_of = x.lex, x.text, x.v, x.cands, x.words, x.sent_of
    cand_pos, public, knowledge_sents, public_first = x.cand_pos, x.public, x.knowledge_sents, x.public_first
    starts = list(map(v.starts.__getitem__, words)) if quotes else []   # (for bisect; built in C)
    for m, inside, lead in quotes:
        body = m.group(1).rstrip()
        said = _WORD_RX.findall(body)
        if len(said) > 8 or body[-1:] in ".!?,;:":
            continue
        tail = [fold(w) for w in _WORD_RX.findall(text, m.end(), m.end() + 24)][:2]
        if text[:m.start()].rstrip()[-1:] == ":" or any(w in _SAID for w in lead) or any(w in _SAID for w in tail) \
                or _named_so(text, m.start()) \
                or any(w.startswith(_TEAMS) for w in lead[-1:]) or not _NAME_TAGS.isdisjoint(lead[-2:]):
            continue
        first = bisect_right(starts, m.start(1) - 1)
        if first >= x.n or starts[first] >= m.end(1):
            continue
        if _after_theme(text, m.start()) and not any(cands[words[p]].key in lex.first for p in inside):
            continue
        if any(_STATEMENT.match(text, cands[words[p]].end) for p in inside):
            continue
        said_keys = [fold(w) for w in said]
        if not _MY.isdisjoint(said_keys) and any(w in _FOREIGN_FAMILY or _cue(w, lex.family) for w in said_keys):
            continue
        k = bisect_right(cand_pos, first - 1) - 1
        if k >= 0 and not (pc := cands[words[cand_pos[k]]]).initial and not text[pc.end:m.start()].strip(" ,("):
            continue   # a nickname after a name: "Dexter, ”Dex”"
        last = bisect_right(starts, m.end(1) - 1) - 1
        knowledge_sents.add(sent_of[first])
        nxt = x.next_sentence_same_paragraph(last)
        if nxt is not None:
            knowledge_sents.add(nxt)
        for p in inside:
            public.add(p)
            public_first.setdefault(cands[words[p]].key, p)


def mark_titles_after_in(x: NameContext) -> None:
    """A title after "in"/"i" and the names of its characters right before it."""
    if _TITLE_IN.isdisjoint(x.keys):
        return
    lex, text, v, cands, words, keys, sent_of = x.lex, x.text, x.v, x.cands, x.words, x.keys, x.sent_of
    n, cand_pos, public, knowledge_sents = x.n, x.cand_pos, x.public, x.knowledge_sents
    tok, key_at, cand_at = x.tok, x.key_at, x.cand_at
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


def mark_german(x: NameContext) -> None:
    """German, French and Spanish example sentences in a language lesson are about knowledge."""
    if _FOREIGN.isdisjoint(x.keys) and not _has_elided(x.ft):
        return
    keys, sent_of, n, ft, knowledge_sents = x.keys, x.sent_of, x.n, x.ft, x.knowledge_sents
    # German capitalises every noun: a German example sentence in a language lesson ("ich bin
    # ins Kino gegangen") is the subject matter, its capitals no names; a French or Spanish one names
    # the feasts and the textbook's people (round 95). (The sentences are counted first and the
    # text-wide hint searched only when one has two foreign words: the hint, tried at every
    # position, cost more than the count.) An elided article ("l'exercice") counts as a word.
    # (French and Spanish only in a language lesson: a family may write in its language, "… par ce petit con de Kevin.
    # Je veux que l'école fasse quelque chose")
    german: dict[int, int] = {}
    if _FS_LESSON.search(ft) is None:
        for p in compress(range(n), map(_GERMAN.__contains__, keys)):
            german[sent_of[p]] = german.get(sent_of[p], 0) + 1
    else:
        for p in range(n):
            k = keys[p]
            if k in _FOREIGN or (k[:1] in "ldqjc" and k.startswith(_FOREIGN_ELIDED)) or (
                    k in ("dans", "dan") and x.tok(p).lower() == "dans" and p + 1 < n
                    and (keys[p + 1] in _FRENCH_ARTICLES or keys[p + 1].startswith(_FOREIGN_ELIDED))):
                german[sent_of[p]] = german.get(sent_of[p], 0) + 1
    if any(k >= 2 for k in german.values()) and _GERMAN_HINT.search(ft):
        knowledge_sents.update(s_no for s_no, k in german.items() if k >= 2)


def mark_weak_sentences(x: NameContext) -> None:
    """Sentences with a weak knowledge cue (`weak_sents`), read by `weak_in_clause`."""
    lex, text, v, pos_of, sent_of, n, ft = x.lex, x.text, x.v, x.pos_of, x.sent_of, x.n, x.ft
    weak_sents = x.weak_sents
    # Sentences with any (weak) knowledge cue ("boken", "låten", "landslaget", "kungen"):
    # one regex over the folded text finds the words that can hold one.
    if v.fold_text is not None or len(ft) == len(text):
        for at in lex.weak_rx.starts(ft):
            ti = max(0, bisect_right(v.starts, at) - 1)
            p = pos_of.get(ti)
            if p is not None and sent_of[p] not in weak_sents and clause_cue(x, p):
                weak_sents.add(sent_of[p])
    else:
        weak_sents.update(sent_of[p] for p in range(n) if clause_cue(x, p))


def mark_work_in(x: NameContext) -> None:
    """Positions of "i"/"ur"/"från" followed by a work, read by `work_after`."""
    keys = x.keys
    if _IN_WORK.isdisjoint(keys):
        return
    n, work_in = x.n, x.work_in
    # "i"/"ur"/"från" + a work ("i berättelsen", "från läseboken"): found once per text
    work_in.update(j for j in compress(range(n - 1), map(_IN_WORK.__contains__, keys)) if work_word(x, j + 1))


def mark_recurring_words(x: NameContext) -> None:
    """Sentences where a word of a listed full name recurs are about the work too."""
    if not x.public_first:
        return
    lex, subject_names, cands, words, sent_of = x.lex, x.subject_names, x.cands, x.words, x.sent_of
    cand_pos, public, knowledge_sents, public_first = x.cand_pos, x.public, x.knowledge_sents, x.public_first
    cand_at = x.cand_at
    # A word of a listed name recurring later ("Ronja Rövardotter … jämföra Ronjas och Birks
    # familjer") makes its sentence about the work too, as the listed name itself does.
    if public_first:
        for p in cand_pos:
            key = cands[words[p]].key
            if p not in public and key in public_first and p > public_first[key] and sent_of[p] not in knowledge_sents \
                    and key not in subject_names and key not in lex.last and not any(
                        (c2 := cand_at(q)) is not None and not c2.initial and q not in public for q in (p - 1, p + 1)) \
                    and not pupil_cue(x, p, p):
                # (not a surname, "Astrid Lindgren … Juno Lindgren (tvillingar i 1B)", nor
                # a word of another full name: "Kontakt: Astrid Jörgensen")
                knowledge_sents.add(sent_of[p])


def mark_heading(x: NameContext) -> None:
    """A heading names the work the text is about when the next sentence reads or reviews it."""
    cand_pos, sent_of = x.cand_pos, x.sent_of
    if not cand_pos or sent_of[cand_pos[0]] != sent_of[0]:
        return
    lex, keys, n, prior_sents = x.lex, x.keys, x.n, x.prior_sents
    # A heading names the work the text is about: a short first sentence followed by one
    # that reads or reviews it ("Zlatan – Jag är Zlatan! Jakob har läst boken …"), so the
    # listed single names in the heading are the figures.
    second = next((j for j in range(min(n, 10)) if sent_of[j] != sent_of[0]), None)
    if second is not None and any(keys[j] in lex.title_cues for j in range(second, min(n, second + 12))
                                  if sent_of[j] == sent_of[second]):
        prior_sents.add(sent_of[0])


def mark_casts(x: NameContext) -> None:
    """Two different members of one listed cast in one message are that work's characters
    ("kan berätta om Ronja och Birk", "jämförelse av Mattis och Borka", "analyses Romeo as
    impulsive and Juliet as more mature"; round 43): each alone is an ordinary given name, the
    pair is the book. The student's own names do not count towards a pair ("Ronja leker med
    Birk" about the student Ronja names a classmate), and a member with a pupil cue ("Birk i 4B",
    "retade Birk") or a surname after it ("Auggie Nilsson") stays a person."""
    casts = x.lex.casts
    cands, words, subject = x.cands, x.words, x.subject_names
    found: dict[int, dict[str, list[int]]] = {}
    for p in x.cand_pos:
        key = cands[words[p]].key
        if key in casts and key not in subject:   # (the student's own: `anchor_pos` is a subset)
            for number in casts[key]:
                found.setdefault(number, {}).setdefault(key, []).append(p)
    if not found:
        return
    public, sent_of, knowledge_sents = x.public, x.sent_of, x.knowledge_sents
    social_sents: set[int] | None = None   # sentences with a social verb, found once if a pair needs them
    for members in found.values():
        if len(members) < 2:
            continue
        # Round 59: two members in one sentence make it about the work, so what they do to each other is the
        # characters' doing, no pupil cue ("Ebba analyserar hur Helmer kallar Nora 'lärkan'"); a class after a
        # name still is one ("Nora i 4B"), and a social verb or a family word before a member keeps the sentence
        # the pupils' or the family's
        per_sentence: dict[int, set[str]] = {}
        named: set[int] = set()   # sentences where a family word names a member ("Mamma Julia och pappa Romeo")
        for key, places in members.items():
            for p in places:
                per_sentence.setdefault(sent_of[p], set()).add(key)
                if _cue(x.key_at(p - 1), x.lex.family) and x.key_at(p - 2) not in _THIRD_PERSON_POSSESSIVES:
                    named.add(sent_of[p])   # (not "hans syster Gretel": a character's family)
        for sent, keys in per_sentence.items():
            if len(keys) < 2 or sent in named:
                continue
            if social_sents is None:
                social_sents = {sent_of[j] for j in range(x.n) if _cue(x.keys[j], x.lex.social)}
            if sent not in social_sents:
                knowledge_sents.add(sent)   # (not with a social verb: "Ronja bråkade med Birk och Mattis på rasten")
        for key, places in members.items():
            for p in places:
                if p not in public:
                    _as_character(x, p, members)


_WORD = re.compile(r"\w+")


def mark_works(x: NameContext) -> None:
    """A listed work's characters, where its title stands in the message (round 100, read off r107b: "Lea
    läser Pax … relationen mellan Peter och räven", "In The Giver … what that absence does to Jonas"): one
    member alone is enough, unlike `mark_casts`, for the title is the evidence. The title must start with a
    capital ("Hål" the book, not "hål i tanden"); its own words count ("Simon vs. the Homo Sapiens Agenda").
    The student's own names, a member with a pupil cue ("Peter i 6C") or a surname after it stay people."""
    works, keys, n, public = x.lex.works, x.keys, x.n, x.public
    if works.keys().isdisjoint(keys):
        return   # (most texts: one pass in C)
    heads = [j for j in range(n) if keys[j] in works and x.tok(j)[:1].isupper()]
    members: set[str] = set()
    for j in heads:
        # the words after the head, punctuation skipped and hyphenated tokens split ("Mio, min Mio", "Kulla-Gulla")
        longest = max(len(title) for title, _ in works[keys[j]])
        ahead: list[tuple[str, int]] = []
        q = j
        while q < n and len(ahead) < longest:
            ahead += [(w, q) for w in _WORD.findall(keys[q])]
            q += 1
        for title, cast in works[keys[j]]:
            if tuple(w for w, _ in ahead[:len(title)]) == title:
                members |= cast
                # the title's own words are the work's, a class after it notwithstanding ("om Mio, min Mio i 4C")
                public.update(range(j, ahead[len(title) - 1][1] + 1))
    if not members:
        return
    cands, words, subject = x.cands, x.words, x.subject_names
    for p in x.cand_pos:
        key = cands[words[p]].key
        if key in members and key not in subject and p not in public:
            _as_character(x, p, members)


def _as_character(x: NameContext, p: int, members) -> None:
    """The member of a cast or a work at `p` is the work's character (`mark_casts`, `mark_works`), unless a surname
    follows it ("Auggie Nilsson": a person of that name) or a pupil cue marks it or a list it stands in."""
    nxt = x.cand_at(p + 1)
    if nxt is not None and not nxt.initial and nxt.key not in members:
        return
    if not any(pupil_cue(x, q, q) for q in list_members(x, p)):
        x.public.add(p)


def mark_listed_figures(x: NameContext) -> None:
    """Listed single names ("Elsa", "Zlatan") are the figures in a knowledge sentence, and so are
    their recurrences, unless a pupil cue says otherwise."""
    cands, words, public_prior = x.cands, x.words, x.lex.public_prior
    if not x.public_first and not any(cands[words[p]].key in public_prior for p in x.cand_pos):
        return   # no listed single name and no figure's word to recur
    lex, cands, words, sent_of, cand_pos, public = x.lex, x.cands, x.words, x.sent_of, x.cand_pos, x.public
    knowledge_sents, event_sents, prior_sents = x.knowledge_sents, x.event_sents, x.prior_sents
    weak_sents, public_words, public_first = x.weak_sents, x.public_words, x.public_first
    paragraph = x.paragraph
    prior_words: set[tuple[int, str]] = set()
    for p in cand_pos:
        c = cands[words[p]]
        if p not in public and c.key in lex.public_prior and (
                sent_of[p] in knowledge_sents or sent_of[p] in prior_sents or sent_of[p] in event_sents
                or (sent_of[p] in weak_sents and weak_in_clause(x, p, p, True))
                or titled_genitive(x, p)) \
                and not any(pupil_cue(x, q, q) for q in list_members(x, p)):
            public.add(p)
            prior_words.add((paragraph(p), c.key))
        elif p in public and c.key in lex.public_prior and titled_genitive(x, p):
            # a listed single name's genitive before its work's title that an earlier pass took as
            # the title's word ("I Dantes Inferno …"): it recurs as the figure in the paragraph too
            # ("… vad Dante ville säga"; round 52)
            prior_words.add((paragraph(p), c.key))
    if prior_words:
        for p in cand_pos:
            if (paragraph(p), cands[words[p]].key) in prior_words and not pupil_cue(x, p, p):
                public.add(p)
    if public_first:
        for p in cand_pos:
            key = cands[words[p]].key
            if p not in public and key in public_first and (
                    p > public_first[key] or (paragraph(p), key) in public_words) \
                    and not any(pupil_cue(x, q, q) for q in list_members(x, p)):
                public.add(p)
