"""The cues that make a word a name: pupil cues, social "med", lists, genitives, lower case.

`pupil_cue` is the evidence right next to a name that it is a pupil's or a relative's; it
wins over the knowledge reasons (a figure's name beside "klasskamraten" is a classmate).
The `score_*` passes run after each candidate has been decided alone and add the names
that only their neighbours reveal ("X och Y", a list of items, a guardian's closing,
names typed in lower case).
"""
from __future__ import annotations

import re
from itertools import compress

from ..normalize import fold
from .context import lowered
from .name_context import (
    _AND, _CLASS, _DOTTED, _QUOTES, FOREIGN_CLOSING_WORD, _Cand, _cue, closed_in_other_language, NameContext,
)
from .name_documents import _MINUTE_ROLES, attendee_of_minutes, handover_between, staff_task_after
from .name_places import _AUDIENCE_VERBS, _INSTITUTION_ENDS, place_compound, thing_compound, unknown_name
from .name_works import _HEARD, exercise_person, made_up, problem_told_in, work_after

# The colleague a substitute stands in for: "Vikarie idag: Jimmy Lund (ersätter Cecilia)" (round 61; here since round 68).
_REPLACES = frozenset(fold(w) for w in "ersätter ersatte vikarierar vikarierade".split())

_ACTS = frozenset(fold(w) for w in "spelade spelar spelat gestaltade gestaltar played plays portrayed".split())
# A list item whose first word is its subject: "- Novalie behöver extra tid".
_ITEM_MARKS = frozenset("/\n•*-–")
_ITEM_SPLIT = re.compile(r"\n+[ \t]*(?:[/•*–-](?=\s))?|(?<!\S)[/•*–-](?=\s)")   # "Omprovet", "Klassrådet", "Slöjdsalen": Swedish nouns
# A relative's role in brackets, perhaps with the pupil's genitive: "(mamma)", "(Jonathans pappa)", "(Jonathan's mum)"
_RELATIVE_IN_BRACKETS = re.compile(r"[^\S\n]*\(\s*(?:[A-ZÅÄÖ][\w-]*(?:'s|s|:s)\s+)?([^\W\d_]+)\s*\)")
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "herr", "fru"))   # "Dear Ms Lindqvist, Sofia …": an adult, no peer
# Words for anyone (not a school or family tie): in a story they describe its characters
_GENERIC_PEOPLE = frozenset(fold(w) for w in (
    "pojken pojke flickan flicka killen kille tjejen tjej barnet barn boy girl"
    " vän vännen friend").split())   # (round 69: "hur Amir sviker sin vän Hassan" in a novel; not "kompis": "ett porträtt
#                                        av sin kompis Hilma i stil med Frida Kahlo" is a classmate)
_WEEKDAY_ABBR = frozenset(("man", "tis", "ons", "tor", "fre", "lor", "son"))   # "tor 14/4" in a lower-case note
_REFLEXIVE = frozenset(("sin", "sitt", "sina"))
_PRONOUNS = frozenset(("hon", "han", "hen"))
_OBJECT_PRONOUNS = frozenset(("henne", "honom", "hen", "mig", "dem", "oss"))
# A pupil's own things at school after a genitive ("på Elias skrivbok", "Idas ryggsäck"): a
# classmate's, not a figure's law or model (round 22)
_BELONGINGS = frozenset(fold(w) for w in (
    "skrivbok skrivboken skrivböcker räknehäfte räknehäftet kladdblock kladdblocket bänk bänken "
    "pennskrin pennskrinet pennfodral pennfodralet ryggsäck ryggsäcken skolväska skolväskan väska väskan "
    "jacka jackan mössa mössan vantar vantarna skor skorna gympapåse gympapåsen gympakläder matlåda "
    "matlådan vattenflaska vattenflaskan skåp skåpet stol stolen sudd suddet linjal "
    "linjalen mobil mobilen glasögon glasögonen keps kepsen halsduk halsduken cykel cykeln").split())
# Verbs of damaging or taking someone's things, right before a genitive ("förstörde Idas
# modell", "gömde Leos mössa", "tog sönder Sams bygge", "klottrade på Alvas bild"; round 22)
# Round 97: a group project split between the student and peers in one sentence ("Ruben tog ansvar för tidslinjen,
# medan Tekla Sundin och Mahdi Rostami skrev texterna om Wannseekonferensen"): the peers' share of the work.
_SHARE_VERBS = frozenset(fold(w) for w in (
    "skrev gjorde ritade byggde redovisade presenterade ansvarade letade sökte intervjuade filmade klippte "
    "skriver gör ritar bygger redovisar presenterar ansvarar letar söker intervjuar filmar klipper").split())
_SHARE_JOINS = frozenset(("medan", "och", ","))
_HARM_VERBS = frozenset(fold(w) for w in (
    "förstörde förstör förstört förstöra gömde gömmer gömt slängde slänger slängt snodde snor snott "
    "stal stjäl stulit knyckte knycker knyckt sönder klottrade klottrar klottrat kladdade kladdar "
    "kladdat smutsade smutsar").split())


_POSSESSIVE_OF_STUDENT = _REFLEXIVE | frozenset(("hennes", "hans", "hens"))


def _student_before_relative(x: NameContext, a: int, possessives: frozenset[str], reach: int) -> int:
    """The student's name nearest before "<possessive> <relative word> <name at a>" ("Isabelle har intervjuat
    sin mormor Gunnel"), at most `reach` words before the possessive and in the name's sentence; -1 if none."""
    key_at, sent_of, anchor_pos = x.key_at, x.sent_of, x.anchor_pos
    if a < 3 or key_at(a - 2) not in possessives or not _cue(key_at(a - 1), x.lex.family):
        return -1
    return next((j for j in range(a - 3, max(0, a - 2 - reach) - 1, -1)
                 if j in anchor_pos and sent_of[j] == sent_of[a]), -1)


def own_relative(x: NameContext, a: int) -> bool:
    """Round 54: the student's own relative, named in a sentence a game, a place or a work made knowledge
    ("Elin spelade Minecraft med sin kusin Vera", "Elin och hennes lillebror Axel var på Gröna Lund"): a
    possessive and a relative word right before the name, the student's name up to ten words before them,
    and no figure, work or given name between – in "Elin har läst Pippi Långstrump och beskriver hennes pappa
    Efraim" the relative is Pippi's, the character's."""
    key_at, cand_at, sent_of, anchor_pos, lex = x.key_at, x.cand_at, x.sent_of, x.anchor_pos, x.lex
    anchor = _student_before_relative(x, a, _POSSESSIVE_OF_STUDENT, 10)
    if anchor < 0 and a >= 2 and _cue(key_at(a - 1), lex.family) and (g := cand_at(a - 2)) is not None \
            and g.genitive and g.key in x.subject_names:
        anchor = a - 2   # round 56: the student's genitive before the relative ("Mariams mamma Fatima Hassan ringde
        #                  och undrade över läxan om Nasreddin Hodja": the figure made the sentence knowledge)
    if anchor < 0:
        return False
    j, n = x.sentence_first(a), x.n
    while j < n and sent_of[j] == sent_of[a]:
        if x.is_cue_word(j) and _cue(key_at(j), lex.carry_knowledge):
            return False   # a novel or a play in the sentence: a character may bear the student's name ("I romanen reser Elin …")
        j += 1
    for k in range(anchor + 1, a - 2):
        c = cand_at(k)
        if c is not None and k not in anchor_pos and (
                (k in x.public and k not in x.games_at) or c.key in lex.first or lex.is_surname(c.key, c.lower)):
            return False   # a figure, a character or another person stands between ("Pippi Långstrump och hennes pappa …")
    return True


_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.$")
_DASHES = frozenset("–—")


def initials_end(x: NameContext, q: int) -> int:
    """The last of the initials that run on from the initial at position q ("R. R." in
    "George R. R. Martin")."""
    tok, text, v, words = x.tok, x.text, x.v, x.words
    while q + 1 < x.n and _INITIAL.match(tok(q + 1)) and not text[v.ends[words[q]]:v.starts[words[q + 1]]].strip():
        q += 1
    return q


def middle_initials(x: NameContext, q: int) -> bool:
    """The initials at position q run straight into a capitalised word: a full name with middle
    initials ("Philip K. Dick", "Anna K. Berg"), not a pupil's "Freja P."."""
    if not _INITIAL.match(x.tok(q)):
        return False
    q = initials_end(x, q)
    nc = x.cand_at(q + 1)
    return nc is not None and not x.text[x.v.ends[x.words[q]]:nc.start].strip()


def pupil_cue(x: NameContext, a: int, b: int) -> bool:
    """Evidence right next to the name that it is a pupil's or a relative's: a class
    ("Oskar i 8C"), a person word before it ("klasskamraten X", "mamma X"), "bråkade med
    X", a relative after its genitive ("Zeyneps mamma"), or the student beside it ("Ali
    och X"). In a sentence about a novel or a film, relatives are the characters' own
    ("Ronja blir arg på sin far Mattis"), so only the school cues count there."""
    lex, text, v, cands, words, keys, sent_of = x.lex, x.text, x.v, x.cands, x.words, x.keys, x.sent_of
    n, anchor_pos, public, compound_sents = x.n, x.anchor_pos, x.public, x.compound_sents
    knowledge_sents, year_sents, prior_sents = x.knowledge_sents, x.year_sents, x.prior_sents
    weak_sents, public_first = x.weak_sents, x.public_first
    tok, key_at, cand_at, sent_first_word = x.tok, x.key_at, x.cand_at, x.sent_first_word
    is_cue_word, graded_before = x.is_cue_word, x.graded_before
    if key_at(b + 1) in ("i", "fran", "ur") and b + 2 < n and _CLASS.match(tok(b + 2)):
        # (not "Anna-Karin i 6A (kollega)": a role after the class says staff; round 68: nor the teacher a substitute
        # stands in for, "Jonas Lundin ersätter Helena i 6B")
        return not ((b + 3 < n and _cue(keys[b + 3], lex.staff)
                     and "(" in text[v.ends[words[b + 2]]:v.starts[words[b + 3]]]) or key_at(a - 1) in _REPLACES)
    if _shares_work(x, a, b):
        return True
    if work_after(x, b) or made_up(x, a):
        return False   # "sin kompis Annika i berättelsen", "Jessica, brevvännen i läroboken"; round 40: "skrev
        #                ett vykort till den påhittade vännen Giulia"
    if relative_in_brackets(x, cands[words[b]].end):
        return True   # "Sms till Mehmet Öz (Alis pappa)": a relative, whoever else bears the name (round 32)
    if b + 1 < n and sent_of[b + 1] == sent_of[b] and (ini := tok(b + 1).rstrip(".")) \
            and len(ini) == 1 and ini.isupper() and ini not in "IVXLCDM" \
            and not text[v.ends[words[b]]:v.starts[words[b + 1]]].strip() \
            and not middle_initials(x, b + 1):
        # "Freja P.", "Lucas S": a surname's initial names a real person, no figure
        # (staff are written so too: "Lärare: Anna K." stays staff); not a middle initial
        # before the surname, as authors are named ("en bok av Philip K. Dick"; round 58)
        return not (any(_cue(key_at(j), lex.staff) or key_at(j) in _MINUTE_ROLES for j in (a - 1, a - 2, b + 2, b + 3))
                    or attendee_of_minutes(x, a))   # (round 90: "Närvarande: Karin, Johan S, Mehmet" in staff minutes)
    if key_at(a - 1) == "enligt" and a == b and a not in public and not graded_before(a) \
            and (wc := cands[words[a]]).key in lex.first \
            and wc.key not in lex.public_prior and wc.key not in lex.public_single and not wc.genitive \
            and cand_at(b + 1) is None and not any(
                _cue(key_at(j), lex.staff) or key_at(j) in lex.staff_places for j in (b + 1, b + 2, b + 3)):
        return True   # "…, enligt Hannes": a witness by given name (a source is cited by surname or
        #               full name: "enligt Darwin", "härskartekniker enligt Berit Ås")
    if a >= 1 and _CLASS.match(tok(a - 1)) and text[v.ends[words[a - 1]]:v.starts[words[a]]].strip() in ("(", ":") \
            and not handover_between(x, a, b):
        return True   # "Tjejerna i 5A (Minna, Tuva …)", "5A: Minna, Tuva"; not "Överlämning … klass 3B (Carina → Peter)"
    # (round 40: a person in an exercise is as made up as a character: "uppgiften om farmor Gun som ska
    # åka till Kiruna", "familjen Svensson som ska handla")
    exercise = exercise_person(x, a)
    story = exercise or sent_of[a] in knowledge_sents and not (
        # only a year made it history, and the student's own relative is named: "Isabelle
        # har intervjuat sin mormor Gunnel Vik om skolan på 1950-talet" (round 18)
        (sent_of[a] in year_sents and _student_before_relative(x, a, _REFLEXIVE, 8) >= 0) or own_relative(x, a))

    def person_word(j: int) -> bool:
        k = key_at(j)
        return bool(k) and is_cue_word(j) and _cue(k, lex.person) and not (
            story and (_cue(k, lex.family) or k in _GENERIC_PEOPLE))   # "I boken är pojken Jack …"

    if story and _cue(key_at(a - 1), lex.person_verbs) and a - 2 not in anchor_pos and key_at(a - 2) not in _PRONOUNS:
        pass   # "varför Jean kallar Julie för …" in a drama: the characters' doing
    elif person_word(a - 1) or (key_at(a - 1) in (",", "hon", "han", "hen", "de", "vi", "heter", "hette")
                                and person_word(a - 2)) or (
            key_at(a - 1) in _TITLES and (person_word(a - 2) or (key_at(a - 2) == "," and person_word(a - 3)))):
        # ("Ava's mother, Mrs. Okonkwo-Berg": a relative with a title)
        return True   # "hennes mamma, Karin", "sedan retade hon X"; round 41: "Olles pappa heter Fredrik"
    verb = b + 1 if _cue(key_at(b + 1), lex.person_verbs) else (
        b + 2 if key_at(b + 1) in ("har", "hade") and _cue(key_at(b + 2), lex.person_verbs) else 0)
    if verb and (not story or verb + 1 in anchor_pos or key_at(verb + 1) in _OBJECT_PRONOUNS) \
            and not _cue(key_at(a - 1), lex.staff):   # round 63: "Skolsköterskan Birgitta kallar alla i 4A till …"
        return True   # "Hanna retade Lina", "X har knuffat henne"; in a drama the student
        #               must be the other one ("varför Jean kallar Julie …" is the play)
    if a == b and key_at(b + 1) in _ACTS and (cp := cand_at(b + 2)) is not None and not cp.initial \
            and sent_of[b + 2] == sent_of[b] and (sent_first_word(a) or key_at(a - 1) in ("och", ",", "and", "men", "medan")):
        return True   # "… och Hjalmar spelade Olaf", "Sara played Juliet": a pupil acting a part (round 21)
    if (key_at(a - 1) == "och" and key_at(a - 2) in _PRONOUNS) or (key_at(b + 1) == "och" and key_at(b + 2) in _PRONOUNS):
        return True   # "hon och Wilma": a peer
    # (round 93: the verb may stand before a quotation of the words said, whose last word is then no verb of hearing:
    # "sa 'håll käften din jävla hora' till Alva", not "höra")
    # (round 93: not in a quoted word problem, whose people give each other things: 'löste klurigheten "Kalle har 24 kulor
    # och ger en tredjedel till Lisa. Hur många har han kvar?"'; the student's own loan stays: "Alva lånade 20 kr av Elin";
    # round 97: nor in an unquoted one that is a knowledge sentence or counts things, "Mattehistoria: Pippi … ger 5 till
    # Annika", "Räknesaga: Emil har 9 äpplen och ger 4 till Ida"; round 101: nor in a word problem the sentence names and
    # tells, "Lea löste problemet om Pelle som har 12 kulor och ger bort 5 till Lisa", `problem_told_in`)
    if key_at(a - 1) in ("for", "till", "av") and key_at(a - 2) != "over" \
            and not (exercise and (x.quoted(a) or sent_of[a] in knowledge_sents or _counted(x, a)
                                   or problem_told_in(x, a))) and (
            (quoted := _before_quotation(x, a - 1)) or key_at(a - 2) not in _HEARD) and any(
            sent_of[j] == sent_of[a] and keys[j] in _AUDIENCE_VERBS.get(key_at(a - 1), ())
            for j in (*range(max(0, a - 5), a - 1), *quoted)) and not (
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
    if c is not None and (c.genitive or c.key.endswith(("s", "x", "z"))) and key_at(b + 1) in _BELONGINGS \
            and sent_of[b + 1] == sent_of[b]:
        return True   # "ritade hakkors på Elias skrivbok", also in a history lesson (round 22)
    if c is not None and c.genitive and not story and (
            key_at(a - 1) in _HARM_VERBS or (key_at(a - 1) in ("pa", "i") and key_at(a - 2) in _HARM_VERBS)):
        return True   # "förstörde Idas modell med flit" (not "Bohrs modell" alone, round 22)
    if ((key_at(a - 1) in _AND and a - 2 in anchor_pos and not (key_at(a - 1) == "," and staff_task_after(x, b)))
            or (key_at(b + 1) in _AND and b + 2 in anchor_pos and key_at(a - 1) not in _TITLES)) \
            and not ((story or sent_of[a] in compound_sents or (sent_of[a] in weak_sents and not (
                # the student heads the sentence and the list: peers doing the same thing
                # ("Mohammed, Ibrahim och Sara har gjort en film om …")
                key_at(a - 1) in _AND and a - 2 in anchor_pos and (a - 2 == 0 or sent_of[a - 3] != sent_of[a]))))
                     and c is not None and (c.key in lex.public_prior or c.key in lex.public_single)):
        return True   # (not "asagudarna Oden, Tor och Freja" in a text about Freja; round 96: nor a colleague's task
        #               after a comma in minutes, "lovskola för Oscar och Lejla, Patrik informerar om …")
    if quarrel_pair(x, a, b):
        return True   # "Oliwer och Mohammed bråkade på rasten; …vikingatiden" (round 40)
    if ((key_at(a - 1) == "som" and key_at(a - 2) in _SAME) or key_at(a - 1) == "liksom") and graded_before(a):
        return True   # round 101: a grade compared with a peer's, "fick B på provet om kriget, samma som Hugo och Wilma"
    return (social_med(x, a) or directed_at(x, a)) and not character_acts(x, a)


_SAME = frozenset(("samma", "precis", "lika", "likadant"))   # "samma som X", "precis som X" (folded keys)


def _counted(x: NameContext, a: int) -> bool:
    """Round 97: a number in the sentence of word `a` (a word problem counts what its people give each other), and no
    student there ("Alva lånade 20 kr av Elin på utflykten" is the student's own loan)."""
    s, lo = x.sent_of[a], x.sentence_first(a)
    j, counted = lo, False
    while j < x.n and x.sent_of[j] == s:
        if j in x.anchor_pos:
            return False
        counted = counted or any(ch.isdigit() for ch in x.tok(j))
        j += 1
    return counted


def _shares_work(x: NameContext, a: int, b: int) -> bool:
    """Round 97: the name takes its share of a task the student shares in the same sentence: the student (an
    anchor) before it, "medan"/"och"/"," before the run of names it is in, a verb of school work right after the
    run ("Ruben tog ansvar för tidslinjen, medan Tekla Sundin och Mahdi Rostami skrev texterna")."""
    keys, sent_of, cand_at = x.keys, x.sent_of, x.cand_at
    lo, hi = a, b
    while lo - 2 >= 0 and keys[lo - 1] in ("och", ",") and cand_at(lo - 2) is not None and sent_of[lo - 2] == sent_of[a]:
        lo -= 2
        while lo - 1 >= 0 and cand_at(lo - 1) is not None and sent_of[lo - 1] == sent_of[a]:
            lo -= 1   # (a full name: "Tekla Sundin")
    while hi + 2 < x.n and keys[hi + 1] in ("och", ",") and cand_at(hi + 2) is not None:
        hi += 2
        while hi + 1 < x.n and cand_at(hi + 1) is not None:
            hi += 1
    if lo < 1 or keys[lo - 1] not in _SHARE_JOINS or x.key_at(hi + 1) not in _SHARE_VERBS:
        return False
    return any(p in x.anchor_pos for p in range(x.sentence_first(a), lo - 1))


def _before_quotation(x: NameContext, j: int) -> range:
    """The three words before a quotation that ends right before word `j`, in its sentence ("sa "din mamma är
    en …" till Vera": the verb that says whom the words were for stands before the quoted words, which may be
    longer than any window); an empty range when no quotation ends there (round 93)."""
    text, v, words = x.text, x.v, x.words
    if j < 2 or _QUOTES.isdisjoint(text[v.ends[words[j - 1]]:v.starts[words[j]]]):
        return range(0)
    lo = max(x.sentence_first(j), j - 30)
    for i in range(j - 1, lo, -1):
        if not _QUOTES.isdisjoint(text[v.ends[words[i - 1]]:v.starts[words[i]]]):
            return range(max(lo, i - 3), i)
    return range(0)


def character_acts(x: NameContext, a: int) -> bool:
    """In a sentence with a knowledge cue ("I boken …"), a listed character or figure before the name
    and no student: the one quarrelled with or shouted at is that character's counterpart ("I boken
    bråkade Ronja med Birk", "I boken skrek Ronja åt Birk"; round 42), not a pupil ("Elsa bråkade med
    Birk på rasten", "I boken om Ronja … Elsa bråkade med Birk", "Hon sjöng 'Vem kan segla förutan vind'
    i stämma med Harriet" are reported: the student or a pronoun for them before the name)."""
    s = x.sent_of[a]
    if s not in x.weak_sents and s not in x.knowledge_sents:
        return False
    lo = x.sentence_first(a)
    keys = x.keys
    return any(p in x.public for p in range(lo, a)) and not any(
        p in x.anchor_pos or keys[p] in _PRONOUNS for p in range(lo, a))


# Round 40: verbs of a quarrel or of play that a pair does together ("X och Y bråkade", "… har grälat"); folded stems.
_QUARREL_VERBS = ("brak", "gral", "tjafs", "slogs")
_PAIR_VERBS = _QUARREL_VERBS + ("lekte", "leker", "lekt", "busade", "busar")
# Round 53: a quarrel with someone (`quarrel_with`): its verbs and nouns, not talking ("pratade med Lena").
_QUARREL = _QUARREL_VERBS + ("konflikt", "osams", "knuffa")


def quarrel_pair(x: NameContext, a: int, b: int) -> bool:
    """The student and the name as the subjects of a quarrel or of play, the verb right after the pair
    ("Oliwer och Mohammed bråkade på rasten", "Mohammed och Oliwer har grälat"): two children in the
    school day, even where a knowledge cue elsewhere in the sentence makes a listed figure of the name
    ("…; Oliwer kan ändå redovisa om vikingatiden"). With each other: a pair quarrelling "med" someone
    else is as often a story's ("Tor och Freja bråkade med jättarna" in a text about Freja)."""
    key_at, anchor_pos = x.key_at, x.anchor_pos
    if key_at(a - 1) in _AND and a - 2 in anchor_pos:
        verb = b + 1
    elif key_at(b + 1) in _AND and b + 2 in anchor_pos:
        verb = b + 3
    else:
        return False
    if key_at(verb) in ("har", "hade"):
        verb += 1
    # with each other, not "med" someone else ("Tor och Freja bråkade med jättarna" is the myth's pair)
    return verb < x.n and x.sent_of[verb] == x.sent_of[a] and key_at(verb).startswith(_PAIR_VERBS) \
        and key_at(verb + 1) != "med"


def quarrel_with(x: NameContext, a: int) -> bool:
    """ "bråkade med X", "hamnade i konflikt m X": a quarrel word up to five words before "med" (or the
    hurried "m") right before the name, in its sentence (round 53) – narrower than `social_med`, whose
    social verbs include talking, as staff are talked with."""
    key_at, sent_of = x.key_at, x.sent_of
    return key_at(a - 1) in ("med", "m") and any(
        sent_of[j] == sent_of[a] and x.keys[j].startswith(_QUARREL) for j in range(max(0, a - 6), a - 1))


def social_med(x: NameContext, a: int) -> bool:
    """"bråkade med X", "har lekt mycket med X": a weaker pupil cue (staff are talked
    with too: "pratade med Lena (kurator)")."""
    lex, keys, sent_of = x.lex, x.keys, x.sent_of
    key_at = x.key_at
    return key_at(a - 1) == "med" and any(   # "spelade in en film med Adam"
        sent_of[j] == sent_of[a] and _cue(keys[j], lex.social) for j in range(max(0, a - 5), a - 1))


def list_members(x: NameContext, p: int) -> list[int]:
    """The names coordinated with p ("Minna, Tuva, Rut och Sofie"): a list names one
    kind of people."""
    key_at, cand_at = x.key_at, x.cand_at
    out = [p]
    for step in (-2, 2):
        q = p + step
        while cand_at(q) is not None and key_at(q - step // 2) in _AND:
            out.append(q)
            q += step
    return out


def score_item_subjects(x: NameContext) -> None:
    """List items whose subject is a name nobody lists, decided by the other items."""
    if not x.item_subjects:
        return
    text, cands, words, anchor_pos, score = x.text, x.cands, x.words, x.anchor_pos, x.score
    item_subjects = x.item_subjects
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


def score_lower_case_names(x: NameContext) -> None:
    """Names typed in lower case; they join `cands` (with a score) here."""
    lex, keys, lower_sents = x.lex, x.keys, x.lower_sents
    # Names typed in lower case ("bråkade med kompisen oskar"): only right after a person
    # cue, and only gazetteer first names that are no Swedish word ("ville", "klara").
    named = lex.first.intersection(keys)   # one set operation, then only those words
    if lower_sents:   # genitives too ("leos pappa")
        named |= {k for k in keys if k[-1:] == "s" and k[:-1] in lex.first and k not in lex.first}
    elif not named:
        return   # no gazetteer name in the text and no sentence in lower case
    v, cands, words, sent_of, n, score = x.v, x.cands, x.words, x.sent_of, x.n, x.score
    tok, key_at = x.tok, x.key_at
    for p in (list(compress(range(n), map(named.__contains__, keys))) if named else ()):
        ti = words[p]
        lower_note = sent_of[p] in lower_sents
        if ti in cands or p in score or (p < 1 and not lower_note):
            continue
        key = keys[p]
        t = tok(p)
        if (len(key) > 2 and t.isalpha() and t.islower() and key not in lex.wordlike and key not in _WEEKDAY_ABBR
                and t not in lex.english
                # an English word that is also a name, among English words ("till the cows come home")
                and not (key in lex.english_wordlike and p > 0 and keys[p - 1] in lex.english_vocab
                         and keys[p - 1] not in lex.swedish_words)
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


def score_guardian_closings(x: NameContext, g_sig: list[tuple[int, int]]) -> None:
    """Unknown names in a closing a guardian signs (`g_sig`: the text's closings,
    `NameFinder._signature_spans`), or closed in another language (round 32: "Saygılar, Fatma Demir")."""
    lex, keys, text = x.lex, x.keys, x.text
    if not g_sig:
        return
    # (the closing word is looked for only on the closings' own lines, not in the whole text)
    low = lowered(text)
    foreign = any(FOREIGN_CLOSING_WORD.search(text, low, text.rfind("\n", 0, lo) + 1, hi) for lo, hi in g_sig)
    if lex.guardians.isdisjoint(keys) and not foreign:
        return   # no guardian word in the text, and no closing in another language
    v, cands, words, n = x.v, x.cands, x.words, x.n
    cand_pos, public, score = x.cand_pos, x.public, x.score
    key_at = x.key_at
    # A closing signed by a guardian ("/Kasia, mamma till Julia", "Mvh Mebrat (mamma)",
    # "/Pappa Tesfay") reports the guardian's name even when no gazetteer lists it: the
    # guardian word on the closing's line is the cue a name nobody lists needs.
    for p in cand_pos:
        c = cands[words[p]]
        if p in score or p in public or not unknown_name(x, c) or c.genitive \
                or not any(lo <= c.start < hi for lo, hi in g_sig):
            continue
        line_end = text.find("\n", c.end)
        if (foreign and closed_in_other_language(text, c.start)) \
                or key_at(p - 1) in lex.guardians or any(
                x.guardian_at(j) for j in range(p + 1, min(n, p + 4))
                if line_end < 0 or v.starts[words[j]] < line_end):
            score[p] = 0.7


def score_joined_names(x: NameContext) -> list[int]:
    """Names joined to a name or to the student ("X och Y"); returns the student's positions
    as they stand now (lower-case names included), which `student_spans` asks about."""
    subject_names, cands, pos_of, score = x.subject_names, x.cands, x.pos_of, x.score
    # "X och Y": a capitalised neighbour of a name (or of the student) joined by och/,/samt
    # is a name too.
    anchors = [pos_of[ti] for ti, c in cands.items() if ti in pos_of and c.key in subject_names]
    if not score and not anchors:
        return anchors
    lex, public = x.lex, x.public
    key_at, cand_at = x.key_at, x.cand_at
    starts, ends = x.v.starts, x.v.ends
    changed = True
    while changed:
        changed = False
        for p in [*score, *anchors]:
            for q in (p + 2, p - 2):
                c2 = cand_at(q)
                if c2 is None or q in score or q in public or c2.key in lex.places or c2.key in lex.not_names \
                        or (c2.key.endswith(_INSTITUTION_ENDS) and c2.key not in lex.first):
                    continue
                if place_compound(lex, c2) or thing_compound(lex, c2):
                    continue   # a place's or a thing's compound name: "Skolan ligger på Solrosvägen och Vilgot har …",
                    #            "förhöret i Sverigekunskap, Wilhelm!" (round 61)
                if c2.initial and c2.key not in lex.first and c2.key not in lex.last and (
                        c2.lower in lex.stop_words or c2.lower in lex.swedish_words):
                    continue  # "Hon och Alma", "Sedan och …": a capital at the start is no evidence
                if c2.initial and _DOTTED.search(c2.lower) and c2.lower not in lex.dotted and "-" not in c2.lower:
                    continue  # "Påm, Alma behöver …": no listed spelling has the dots (round 21)
                if key_at((p + q) // 2) == "," and c2.key not in lex.first and c2.key not in lex.last and (
                        c2.initial or (q > p and (c2.lower in lex.swedish_words or (
                            # "Aria, Year 3", "Hugo, Grade 5": a school year after the student (round 21)
                            c2.lower in lex.english_vocab and key_at(q + 1)[:1].isdigit())))
                        or (q < p and (c2.lower in lex.swedish_words or c2.lower in lex.english_vocab) and (
                            key_at(q - 1) in ("and", "of", "the", "a", "an") or _title_word(x, q - 1)))):
                    continue  # "Seriously, Isaac, stop it": a comma after an opening word joins nothing;
                    #           "Hugo, Romerska riket: …": a list's topic after the student; "… of
                    #           Mice and Men, Kwame analysed", "In Diary of a Wimpy Kid, Greg …", "the
                    #           Civil Rights Movement, Hanna …": a word closing an opening phrase (round 28)
                gap = x.text[c2.end:starts[x.words[p]]] if q < p else x.text[ends[x.words[p]]:c2.start]
                if c2.key not in lex.first and c2.key not in lex.last and not _QUOTES.isdisjoint(gap):
                    continue  # "'la Fête de la Musique' och Alfred": a quoted title's last word (round 28)
                if key_at((p + q) // 2) == "," and "\n" in gap:
                    continue  # "Hej Anders,\nBara så du vet": a greeting's comma ends its line, no list (round 41)
                if not _DASHES.isdisjoint(gap):
                    continue  # "RICE – Rest, Ice, Compression, Elevation – och Amina visade": a dash closes
                    #           an aside, and what stood in it is no list with the name after it (round 58)
                if key_at((p + q) // 2) in _AND:
                    score[q] = 0.7
                    changed = True
    return anchors


def _title_word(x: NameContext, p: int) -> bool:
    """A capitalised word inside a sentence that no list knows as a name and nobody scored:
    the middle of a title-case phrase ("Wimpy" in "Diary of a Wimpy Kid")."""
    c = x.cand_at(p)
    return c is not None and not c.initial and p not in x.score and c.key not in x.lex.first \
        and not x.lex.is_surname(c.key, c.lower)


def person_cue_before(x: NameContext, p: int, c: _Cand) -> bool:
    """A person word right before the candidate ("kompisen X", "mamma X"), "heter" after one
    ("min bror heter Jonte", "… som heter"), or "med" after a social verb ("bråkade med X";
    not at a sentence's start)."""
    lex, key_at = x.lex, x.key_at
    prev = key_at(p - 1)
    return _cue(prev, lex.person) or (
        prev == "heter" and (_cue(key_at(p - 2), lex.person) or (   # "min bror heter Jonte"
            key_at(p - 2) == "som" and _cue(key_at(p - 3), lex.person)))) or (
        prev == "med" and not c.initial and (_cue(key_at(p - 2), lex.social) or _cue(key_at(p - 3), lex.social))) or (
        not c.initial and directed_at(x, p))


def directed_at(x: NameContext, p: int) -> bool:
    """"på" or "åt" right before the name, after an act aimed at someone up to three words before in
    the sentence ("kastade sudd på Vilda", "skrek åt Melvin", "spottade på Liam"; `directed_verbs`):
    the one aimed at is a pupil (round 41). Not in a sentence about a book or a lesson's content ("I boken
    skrek Ronja åt Birk": the characters')."""
    key_at, sent_of, directed = x.key_at, x.sent_of, x.lex.directed
    return key_at(p - 1) in ("pa", "at") and sent_of[p] not in x.knowledge_sents and any(
        sent_of[j] == sent_of[p] and _cue(x.keys[j], directed) for j in range(max(0, p - 4), p - 1))


def class_cue_after(x: NameContext, p: int) -> bool:
    """A class right after the candidate ("Oskar i 8C"), or a relative's role in brackets right
    after it or after the surname that follows it ("Noura (mamma)", "Karen Holt (Jonathan's
    mum)"; round 32: names no gazetteer lists, as "mamma Noura" already was)."""
    if p + 1 < x.n and x.keys[p + 1] in ("i", "från", "ur") and p + 2 < x.n and bool(_CLASS.match(x.tok(p + 2))):
        return True
    c = x.cands[x.words[p]]
    if (nc := x.cand_at(p + 1)) is not None and x.text[c.end:nc.start] == " ":
        c = nc
    return relative_in_brackets(x, c.end)


def relative_in_brackets(x: NameContext, end: int) -> bool:
    """A relative's role in brackets at `end`, right after a name: "(mamma)", "(Alis pappa)",
    "(Jonathan's mum)" (round 32)."""
    m = _RELATIVE_IN_BRACKETS.match(x.text, end)
    return m is not None and fold(m.group(1).lower()) in x.lex.guardians
