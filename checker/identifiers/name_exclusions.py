"""Why a group of coordinated names ("X och Y") is not reported: the ordered exclusions.

`excluded` asks, in order, the writer's closing and the message frame (name_staff.py),
events and lifespans, works and figures (name_works.py), grades, pets, games and parts,
and last the staff roles. The order matters: earlier reasons short-circuit later ones.
`keep_groups` builds the groups from the joined spans and keeps those nothing excludes.
"""
from __future__ import annotations

import re

from ..normalize import fold
from .context import school_address_of
from .name_context import _AND, _CLASS, _QUOTES, NameContext, _cue
from .name_cues import _ACTS, _BELONGINGS, _INITIAL, initials_end, pupil_cue, social_med
from .name_documents import named_role, staff_task_after
from .name_staff import (
    _OPENING_GREETINGS,
    class_report,
    classmate_signs,
    colleague_letter,
    colleague_note,
    covers_class_after,
    guardian_signs,
    owned_role_after,
    protected_by_name,
    role_in_brackets_after,
    _PUPIL_IN_CLASS,
    pupil_placed,
    signer_keys,
    staff,
    staff_body_after,
    staff_closing,
    writer_line,
)
from .name_works import _PLAY_SUBJECTS, compared_with_public, in_title, near_knowledge, opened_by_work, work_compound_heads

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
# A lifespan or a birth year long ago in brackets right after a name: "Lise Meitner
# (1878–1968)", "Bertil Ohlin (1899–1979)", "(född 1914)", "(f. 1867)" — a figure (round 20)
_LIFESPAN = re.compile(r"[^\S\n]*\(\s*(?:f\.\s*|född\s+|b\.\s*|born\s+)?1(?:[0-8]\d\d|9[0-3]\d)"
                       r"(?:\s*[–—-]\s*(?:1\d\d\d|20\d\d|\d\d))?\s*\)")   # (years before 1940: long ago)
_NAMED = frozenset(("heter", "hette", "kallas", "kallades"))   # an animal named: "en kossa som hette Rosa" (round 90)
# A whole group works with something, not someone: "gruppen har arbetat med X och språklekar"
# ("vi har arbetat med X" can be the school with a pupil, so not "vi").
_GROUP_WORKS = re.compile(
    r"(?i)\b(?:hela\s+)?(?:gruppen|klassen|eleverna|barnen|förskoleklassen|alla)\s+(?:har\s+|hade\s+)?"
    r"(?:\w+\s+)?(?:arbetat|jobbat|arbetar|jobbar|arbetade|jobbade|övat|tränat)\s+med\s+$")
_PRONOUN_SUBJECTS = frozenset(fold(w) for w in "jag du han hon hen vi ni de dom man".split())
_ROLE_VERBS_EN = frozenset("played plays play playing portrayed portrays acted".split())
_OPENED_BY_NAME = re.compile(r"[^\S\n]*(?:!|[–—]|-[^\S\n])")   # "Lasse! …", "Göran – …" (round 31)
_YOU = frozenset(("du", "dig", "ni", "er", "you"))   # the reader, addressed by name alone ("Eva, … kan du …")
_VOCATIVE_END = re.compile(r"[^\S\n]*[?!]")   # "…, Petra?" (round 96)


def greeted_pair(x: NameContext, b: int) -> bool:
    """Two given names greeted together, the greeting ending after the second ("Hej Anders och Fatima!
    Kan ni ta min rastvakt …", round 33): what the note says decides, as for one greeted name."""
    second = x.cand_at(b + 2)
    return (x.key_at(b + 1) in ("och", "o", "&") and second is not None
            and x.text[second.end:second.end + 2].lstrip(" ")[:1] in ("!", ",", ":", "\n"))


# Words before a name that make it the target of what a pupil did or said ("kastade en sudd på Lisa", "skrek 'hora' till
# Ebba", "fick höra av Kristoffer", "Grattis till Hilda"): a peer, not the colleague of `staff_cast`.
_TARGETED = frozenset(fold(w) for w in "till efter på av för åt om mot bredvid grattis".split())
# Children's play and quarrels in the name's sentence ("Nelly har sagt att han inte får vara med i leken"): a peer's.
_PEER_STEMS = tuple(fold(w) for w in "lek bråk kompis bästis kamrat klasskamrat reta knuff mobb tjafs gräl".split())
_PEER_WORDS = frozenset(fold(w) for w in "rast rasten rasterna slog slagit sparkade sparkat".split())


def _placed_in_class(x: NameContext, a: int) -> bool:
    """A class named in the sentence of word `a` ("Elsa i 7B"): in a sentence that opens with a work, only that says a
    pupil (`opened_by_work`; a friend or a relative there is the characters' own, "sviker Amir sin vän Hassan")."""
    return any(_CLASS.match(x.tok(j)) is not None for j in x.sentence_span(x.sent_of[a]))


def staff_cast(x: NameContext, a: int) -> bool:
    """Round 99, read off r104: a bare given name in a note between colleagues that places its pupils in their classes
    ("Alex i 8B har spillt ut saltsyra … tills Bosse har sanerat", "Yasmin (9A) fastar … Rickard vet om upplägget"):
    staff write a pupil with the class and a colleague by first name alone, so the unplaced name is the colleague's.
    Not a name placed itself, one in a list of names, a genitive, one a pupil cue marks anywhere in the text ("Kim
    som är ny … Kim har svårt med svenskan"), the target of an act or a word ("till Ebba", "på Lisa"), or one in a
    sentence that quotes words (an incident's words and those they were said to) or tells of play or a quarrel; and
    only where no parent is spoken to (`pupil_placed`). Every mention of the name must pass (`_cast_mention`)."""
    key = x.cands[x.words[a]].key
    if key in x.subject_names or key not in x.lex.first or x.parents_wrote:
        return False
    if not x.cast_note:   # (once per text)
        x.cast_note.append(any(fold(m.group(1)) in x.lex.first for m in _PUPIL_IN_CLASS.finditer(x.text))
                           and pupil_placed(x, 0))   # (a pupil's name placed, not "Chatlogg från skolans Teams (9B)")
    return x.cast_note[0] and all(_cast_mention(x, j) for j in range(x.n) if (o := x.cand_at(j)) is not None and o.key == key)


def _cast_mention(x: NameContext, a: int) -> bool:
    """One mention of a `staff_cast` name: alone (not after "och" or a comma that follows a name, a bracket or a class:
    "Noor i 6A och Idun"), not placed, not a genitive, not targeted, not in a sentence that quotes words or tells of
    play or a quarrel."""
    key_at, cand_at = x.key_at, x.cand_at
    c = x.cands[x.words[a]]
    if c.genitive or key_at(a - 1) in _TARGETED or key_at(a - 1) in _CALLING \
            or (key_at(a - 1) in _AND and (cand_at(a - 2) is not None or key_at(a - 2) == ")"
                                           or _CLASS.match(x.tok(a - 2)) is not None)) \
            or (key_at(a + 1) in _AND and cand_at(a + 2) is not None) or _PUPIL_IN_CLASS.match(x.text, c.start) \
            or pupil_cue(x, a, a):
        return False
    span = x.sentence_span(x.sent_of[a])
    return _QUOTES.isdisjoint(x.text[x.v.starts[x.words[span[0]]]:x.v.ends[x.words[span[-1]]]]) and not any(
        x.keys[j] in _PEER_WORDS or x.keys[j].startswith(_PEER_STEMS) for j in span)


def excluded(x: NameContext, a: int, b: int, protected: bool = False) -> bool:
    """The span a..b of a group is no peer's name: the first reason that applies, tried in the
    order they always were (each comment says why). `protected`: a pupil cue stands beside
    the group, which overrides the knowledge reasons but not the closing or a staff role."""
    lex, text, v, cands, words, keys, sent_of = x.lex, x.text, x.v, x.cands, x.words, x.keys, x.sent_of
    n, anchor_pos, public, event_sents, sig = x.n, x.anchor_pos, x.public, x.event_sents, x.sig
    parents_wrote, first_word, greets_staff = x.parents_wrote, x.first_word, x.greets_staff
    tok, key_at, cand_at, sent_first_word = x.tok, x.key_at, x.cand_at, x.sent_first_word
    gap_before, graded_before = x.gap_before, x.graded_before
    start = cands[words[a]].start
    before, after = key_at(a - 1), key_at(b + 1)
    if any(lo <= start < hi for lo, hi in sig):
        # the writer's closing, unless a guardian signs it ("/Pappa Ahmed",
        # "Mvh Maria (mamma)"): a guardian's name is what the rule is about; or the
        # text greets a member of staff by title ("Hi Mr Nilsson, … Thanks, Priya"):
        # then a family writes, and signs
        return not (guardian_signs(x, a, b) or (greets_staff and not staff_closing(x, a)) or classmate_signs(x, a, b))
    if parents_wrote and a == first_word and before in _OPENING_GREETINGS:
        return True   # "Hej Petra! … /Kalle & Maria, Hugos föräldrar": a family writes to staff
    if ((a == first_word and before in _OPENING_GREETINGS and (after not in _AND - {","} or greeted_pair(x, b)))
            or (a == b == 0 and after == "," and any(keys[j] in _YOU for j in range(2, n) if sent_of[j] == sent_of[0]))
            # round 31: the name alone opening a note, then "!" or a dash ("Lasse! Kan vi byta sal …",
            # "Göran – tack för kartläggningen …"); what the note says decides, as for "Hej X"
            or (a == b == 0 and _OPENED_BY_NAME.match(text, cands[words[b]].end) is not None)
            # round 96: the reader called by name at a question's or an exclamation's end ("… can you call home,
            # Petra?", "Maybe you'll have better luck in the resource room, Karin?")
            or (a == b and before == "," and _VOCATIVE_END.match(text, cands[words[b]].end) is not None)
            ) and (colleague_note(x, True) or class_report(x) or colleague_letter(x)
                   # round 98, read off r104: a pupil placed in a class after the name, as colleagues write ("Hej Robin,
                   # jag har Linnea i 7A i spanska …", "Hej Mats, om Noah i 9D: …"), to no parent
                   or pupil_placed(x, cands[words[b]].end)):
        return True   # "Hej Anna! Kan du som har Ebba i bild …": a colleague greeted (round 20); "Hej
        #               Malin! 8C har gjort …", "Hej Malin, det gick sådär i 8D" (round 24); or
        #               addressed by name alone: "Eva, … kan du titta på dem innan konferensen" (round 28); round 78:
        #               also staff's own work ("Hej Gunilla, kan vi prata om Kofi på konferensen?")
    # round 98, read off r104: the reader's name alone opening a note, then a comma or a colon and a pupil placed in a
    # class after it, the reader addressed later ("Sussie, Dante i 9A tror att han har ett A … Kolla med Rickard innan du
    # säger nåt", "Rickard: Dennis i 9B uppför sig illa …"); no list of names ("Anna, Elsa …"), no parent spoken to
    if a == b == 0:
        end0 = cands[words[b]].end
        if ((colon := text[end0:end0 + 3].lstrip(" ").startswith(":")) or after == ",") and pupil_placed(x, end0) \
                and not any(keys[j] in _AND and cand_at(j + 1) is not None for j in range(2, n) if sent_of[j] == sent_of[0]) \
                and (colon or any(keys[j] in _YOU for j in range(2, n))):
            return True
    if a < b and not protected and sent_of[a] in event_sents and not pupil_cue(x, a, b):
        return True   # a full name at an event: "fallet med Ben Johnson i Seoul 1988" (round 20)
    if a != b and not protected and school_address_of(text, start, cands[words[b]].end):
        return True   # "Vid frågor: Helena Åberg, 08-…, helena.aberg@skola…": staff's work contact (round 40)
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
    if (a == b and b + 1 < n and sent_of[b + 1] == sent_of[b] and tok(b + 1).islower()
            and text[v.ends[words[b]]:v.starts[words[b + 1]]] == " "
            and x.is_cue_word(b + 1) and _cue(keys[b + 1], lex.strong_knowledge)):
        return True   # an event's or a period's name: "Andra världskriget", "Franska revolutionen" (round 32)
    if before in ("enligt", "enl") and a == b and graded_before(a) and not protected:
        return True   # the source of a grade is a teacher: "ligger på ett C enligt Pelle"
    if (before in lex.pets and not gap_before(a).strip()) or (
            after in lex.pets and "(" in text[cands[words[b]].end:v.starts[words[b + 1]]]) or (
            # named: "en katt som heter Sigge", "hunden heter Molly" (round 22)
            before in _NAMED and (key_at(a - 2) in lex.pets or (key_at(a - 2) == "som" and any(
                key_at(j) in lex.pets and sent_of[j] == sent_of[a] for j in range(max(0, a - 7), a - 2))))):
        # (round 97: the animal a few words before "som heter": "en ny kanin på fritids som heter Pelle")
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
    # "kallade Johan, vår vikarie, för …": a role owned by "vår" right after the name wins too (round 35;
    # `staff` confirms the role), and so does a role in brackets unless a relative's word stands before
    # the name ("mamma Samira (tolk via telefon)", "mamma Anna Ljung (lärare på skolan)"; round 39)
    # Round 90: and a colleague who covers a class, also when named by their own class ("så Mona från 5A har klassen
    # hela dagen", "Tomas från 8B tar mentorstiden": "från 5A" is otherwise a pupil cue).
    own_role = ((before == "heter" and named_role(x, a)) or owned_role_after(x, b)
                or (role_in_brackets_after(x, b) and not _cue(before, lex.family)) or covers_class_after(x, b)
                or staff_body_after(x, b))
    if (not protected or social_med(x, a) or own_role) and staff(x, a, b):
        if not protected or own_role:   # the message's staff, for `student_spans` (round 39; round 90: also where the
            #                             name's own role overrode a pupil cue, "pratade med Lena (kurator) … Lena")
            x.staff_words.update(x.span_keys(a, b))
        return True
    return a == b and not protected and staff_cast(x, a)


# The verb of calling (folded keys; not the adjective "kallt": "Det var kallt Leo …").
_CALLING = frozenset(("kalla", "kallar", "kallade", "kallat", "kallas", "kallades"))


def _caller_and_called(x: NameContext, p: int) -> bool:
    """Two given names after a verb of calling, "för" after them: the one who called and the one called
    ("Under lektionen kallade Leo Mattias för …", the subject after the verb once something else opens the
    sentence), not one full name (round 93)."""
    key_at, lex = x.key_at, x.lex
    return key_at(p + 1) == "for" and key_at(p - 2) in _CALLING and x.cands[x.words[p - 1]].key in lex.first \
        and x.cands[x.words[p]].key in lex.first and x.cands[x.words[p]].key not in x.subject_names


def join_spans(x: NameContext) -> list[list]:
    """Adjacent scored words as one name; a trailing initial extends its end."""
    if not x.score:
        return []
    lex, text, v, cands, words, n, public = x.lex, x.text, x.v, x.cands, x.words, x.n, x.public
    score = x.score
    tok, cand_at = x.tok, x.cand_at
    # Adjacent capitalised words form one name ("Eva Lund", "Anna-Karin Berg").
    spans: list[list] = []   # [first_pos, last_pos, score]
    for p in sorted(score):
        if spans and spans[-1][1] == p - 1 and not text[cands[words[p - 1]].end:cands[words[p]].start].strip(" \t-") \
                and not _caller_and_called(x, p):
            spans[-1][1] = p
            spans[-1][2] = min(0.95, max(spans[-1][2], score[p]) + 0.1)
            continue
        spans.append([p, p, score[p], None])
    joined: set[int] = set()   # surnames taken into a span across initials (they are no span of their own)
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
            # Round 58: middle initials before a surname are one name ("Anna K. Berg", "George R. R.
            # Martin"); the span stopped at the initial, so redaction left the surname in the text.
            r = initials_end(x, q)
            c3 = cand_at(r + 1)
            # (the sentence splitter may end a sentence at the initial's full stop: then the word
            # must be a listed surname or given name, not a word ("Alla"), neither the student's nor the name before the
            # initial again: not "Alma S. Sedan gick vi", "av Lucas G. Lucas G:s mamma …", "Eskil B,
            # Jonna C. Eskil behöver …"; "av Philip K. Dick. Hon …" is one name)
            if c3 is not None and r + 1 not in public and c3.key not in lex.not_names \
                    and not text[v.ends[words[r]]:c3.start].strip() and (not c3.initial or (
                        (lex.is_surname(c3.key, c3.lower) or c3.key in lex.first) and c3.key not in x.subject_names
                        and c3.lower not in lex.stop_words   # (round 96: "… med Karin K. Alla kan")
                        and all(cands[words[p]].key != c3.key for p in range(sp[0], sp[1] + 1)))):
                sp[3] = c3.end   # (positions stay on candidates: the initials are not one)
                joined.add(r + 1)
    return [sp for sp in spans if sp[0] not in joined] if joined else spans


def keep_groups(x: NameContext, spans: list[list]) -> tuple[list[tuple[list, bool]], set[tuple[int, str]]]:
    """Coordinated spans as groups; the groups nothing excludes (with whether a pupil cue
    protects them) and the (paragraph, word) pairs the excluded ones used as knowledge."""
    if not spans:
        return [], set()
    cands, words, public = x.cands, x.words, x.public
    key_at, paragraph = x.key_at, x.paragraph
    groups: list[list[list]] = []
    text, starts, ends = x.text, x.v.starts, x.v.ends
    for sp in spans:
        if groups and sp[0] - groups[-1][-1][1] == 2 and key_at(sp[0] - 1) in _AND and not (
                # two clauses, not a list: "Sara spelade Eliza och Moa spelade Higgins" (round 21); round 96: a staff
                # task after a comma opens a clause ("lovskola för Oscar och Lejla, Patrik informerar om …")
                key_at(sp[1] + 1) in _ACTS and key_at(groups[-1][-1][0] - 1) in _ACTS) \
                and not (key_at(sp[0] - 1) == "," and staff_task_after(x, sp[1])) \
                and "\n" not in text[ends[words[groups[-1][-1][1]]]:starts[words[sp[0]]]]:
            # (round 34: no list goes on past a line's end: "Dear Mrs Okafor,\nDaniel got a C …")
            groups[-1].append(sp)
        else:
            groups.append([sp])
    kept: list[tuple[list, bool]] = []
    known: set[tuple[int, str]] = set()   # (paragraph, name word) used as knowledge
    for g in groups:
        lo, hi = g[0][0], g[-1][1]
        # Pupil cues ("Mikko Lehtinen i 6C och Aleksi", "klasskamraten X", "bråkade med X")
        # say it is a student even in a sentence about a book.
        # Round 96: a genitive of a name the paragraph already used as knowledge is that person's ("Uppgift 7 handlade om
        # Petra som köper en cykel. … såg att Petras cykel blev billigast"), not a classmate's belongings (a relative after
        # it still protects: "… med Yasmin och Jamal. Jamals lillasyster var också med").
        protected = not (len(g) == 1 and g[0][0] == g[0][1] and cands[words[g[0][0]]].genitive
                         and key_at(g[0][0] + 1) in _BELONGINGS
                         and (paragraph(g[0][0]), cands[words[g[0][0]]].key) in known) \
            and any(pupil_cue(x, a, b) for a, b, _, _ in g)
        if protected and len(g) > 1:
            # Round 59: a pupil beside them protects the list, but a member named right after a staff role is
            # staff all the same and leaves the list alone ("Närvarande: mentor Petra Lund, Lucas och …"); the
            # others stay as they are.
            rest, staffed = [], []
            for sp in g:
                after_role = sp[0] >= 1 and _cue(key_at(sp[0] - 1), x.lex.staff) \
                    and text[ends[words[sp[0] - 1]]:cands[words[sp[0]]].start] == " " and staff(x, sp[0], sp[1])
                (staffed if after_role else rest).append(sp)
            if staffed:
                x.staff_words.update(cands[words[q]].key for sp in staffed for q in range(sp[0], sp[1] + 1))
                if not rest:
                    continue
                g = rest
                lo, hi = g[0][0], g[-1][1]
                protected = any(pupil_cue(x, a, b) for a, b, _, _ in g)
        linked_public = not protected and (
            (lo - 2 in public and key_at(lo - 1) in _AND) or (hi + 2 in public and key_at(hi + 1) in _AND)
            or compared_with_public(x, lo, hi))
        staff_before = len(x.staff_words)
        if linked_public or in_title(x, hi) or (opened_by_work(x, lo) and not (protected and _placed_in_class(x, lo))) \
                or any(excluded(x, a, b, protected) for a, b, _, _ in g):
            if not protected:
                known.update((paragraph(a), cands[words[q]].key) for a, b, _, _ in g for q in range(a, b + 1))
                if len(x.staff_words) > staff_before:   # a list of colleagues: "Närvarande: Karin, Tobias"
                    x.staff_words.update(cands[words[q]].key for a, b, _, _ in g for q in range(a, b + 1))
            continue
        kept.append((g, protected))
    if kept:
        known |= work_compound_heads(x)
    return kept, known
