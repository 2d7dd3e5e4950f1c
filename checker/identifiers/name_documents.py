"""Adults named by the document they are written in: planning notes, staff minutes, brackets.

A reason a capitalised word is no peer's name, checked last of the staff reasons (`staff` in
name_staff.py ends with `documents_and_minutes`). Round 8: such adults carry no title, the
document says what they are. `named_role` also serves `excluded` ("heter" after a role).
"""
from __future__ import annotations

import re

from ..normalize import fold
from .name_context import _CLASS, _cue, NameContext

_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}$")
# Roles in a meeting's minutes (staff minutes; a pupils' council has the same roles).
_MINUTE_ROLES = frozenset(fold(w) for w in (
    "protokollförare protokollföraren protokollförde sekreterare sekreteraren mötessekreterare justerare "
    "justerarna justerande mötesledare mötesordförande ordförande ordföranden "
    # round 31: abbreviated and in English ("Sekr: Maja H.", "Minutes: Daniel", "Chair: …")
    "sekr antecknare antecknat minutes minute-taker chair "
    # round 39: who answers for a to-do ("Ansvar: Amir kontaktar socialtjänsten", "Ansvarig: Lena")
    "ansvar ansvarig ansvariga ansv").split())
_PUPIL_COUNCIL = re.compile(r"(?i)\b(?:klassråd|elevråd|matråd|elevskydd|skolråd|fritidsråd|miljöråd|trivselråd|klassmöte)")
# School subjects in brackets after a name: "Till Lars (SO):", "Sven (idh)" is their teacher.
_SUBJECTS = frozenset(fold(w) for w in (
    "sv sva svenska ma matte matematik en eng engelska no so bi bio biologi fy fysik ke kemi ge geo "
    "geografi hi historia re religion sh samhällskunskap idh idrott bild bl mu musik sl slöjd hkk hemkunskap "
    "tk teknik mod m2 spanska tyska franska modersmål nt textilslöjd träslöjd").split())
_ATTENDEES = frozenset(fold(w) for w in "närvarande deltagare deltog närvarade attendees present närvarolista deltagarlista".split())   # a meeting's list
_ABSENTEES = frozenset(fold(w) for w in "frånvarande förhindrade absent apologies".split())   # the staff meeting's absent (round 89)
# Documents headed by these list pupils, not the staff meeting's teachers: "Överlämning 9B\n
# Ali (ma) och Sara (sv) behöver stöd", a pupil-welfare "Protokoll".
_HANDOVER = fold("överlämning")
_PUPIL_DOCUMENTS = (_HANDOVER, "protokoll")
# What a member of staff takes on in minutes: "Sofie tar fram material", "Per bokar lokal", "Eva kollar med rektor".
_STAFF_TASKS = frozenset(fold(w) for w in (
    "bokar kontaktar kollar mejlar mailar skickar ringer ansvarar fixar ordnar sammankallar planerar leder "
    "undersöker återkommer påminner informerar förbereder sammanställer"
    # round 90: "Kristin och Oskar uppdaterar dokumentet", "Per beställer nya bollar", "Göran bedömer den nästa vecka"
    " uppdaterar beställer bedömer rättar samordnar dokumenterar"
    # round 96: "Tobias redovisar prognoserna", "Henrik rapporterar:", "Lisa och Magnus samlar ihop frågor", "Dragan och
    # Birgitta turas om att hålla i den", "Helena och Johan har sambedömt"
    " redovisar rapporterar samlar turas sambedömer protokollför").split())
# Round 96: a task in two words ("Jens håller i schemat", "Jessica (en) tar emot")
_STAFF_TASK_PAIRS = frozenset((fold(v), fold(p)) for v, p in (("håller", "i"), ("tar", "emot"), ("har", "sambedömt")))
# Round 96: a task given in the passive, its doer after "av" ("Protokoll skickas ut av Jenny", "Fredagsbrevet skickas av Malin")
_STAFF_PASSIVES = frozenset(fold(w) for w in (
    "skickas hålls leds bokas sammanställs ordnas fixas planeras skrivs mejlas mailas beställs samordnas förbereds "
    "dokumenteras rättas bedöms sammankallas protokollförs").split())
_PARTICLES = frozenset(("ut", "in", "upp", "fram"))
_TASK_JOINERS = frozenset(("och", ",", "&"))   # names who take a task together ("Malin och Joakim planerar …")
_STAFF_TAKES = frozenset(fold(w) for w in "fram upp kontakt ansvar hand".split())   # "tar fram", "tar kontakt med"
# Words that head a list or notes of any meeting; the word after them says whose meeting (round 53).
_LIST_HEADS = frozenset(fold(w) for w in "närvarolista närvarolistan närvaro deltagarlista anteckningar minnesanteckningar minnesanteckning mötesanteckningar mötesanteckning anteckning".split())   # (round 67: the singular, "Mötesanteckning, arbetslag 9.")
# A meeting named by whose it is after "i"/"med"/"för" ("Möte i arbetslaget", "Möte med ämneslaget NO").
_MEETING = frozenset(fold(w) for w in "möte mötet meeting".split())
# Only names in a bracket after a name: "(Eva Strand)", "(J. R. Holm)". Each name ends at a
# full stop, a space or the end, so a run of letters is one name: the same strings as
# "\s*(?:[A-ZÅÄÖ][\w-]*\.?\s*)*", whose names could also split a run of letters every way,
# which took exponential time on a long run of capitals before a "!".
_ONLY_NAMES = re.compile(r"\s*(?:[A-ZÅÄÖ][\w-]*(?:\.\s*|\s+|\Z))*")


def staff_minutes(x: NameContext) -> bool:
    """The text is headed as the staff's own meeting notes ("Arbetslagsmöte 8A", "Ämneslag NO"), not
    as a document that lists pupils ("Överlämning", a pupil-welfare "Protokoll")."""
    keys = x.keys
    head = keys[0]
    # round 86: minutes headed "Protokoll" or "… från" and then whose meeting ("Protokoll arbetslagsmöte 4–6",
    # "Minnesanteckningar från klasskonferens 7B") are that meeting's; "Protokoll" alone stays a pupil's
    if (head in _LIST_HEADS or head == "protokoll") and x.n > 1:
        k = 1
        while k < min(x.n - 1, 3) and keys[k] in (",", ":", "-", "–", "fran"):
            k += 1   # round 67: "Mötesanteckning, arbetslag 9."
        head = keys[k]   # round 53: "Närvarolista APT 5/10: …", "Minnesanteckningar arbetslagsmöte …"
    elif head in _MEETING and x.n > 2 and keys[1] in ("i", "med", "for"):
        head = keys[2]   # round 61: "Möte i arbetslaget 21/1. Närvarande: Ulrika, Per, Mats"
    elif head in _ATTENDEES and x.n > 2 and keys[1] in ("pa", "vid"):
        head = keys[2]   # round 98, read off r104: the meeting named after its list ("Närvarande på EHT: Gunilla, Pia, …")
    # (round 101, read off r111a: the after-school staff's own notes, "Mötesanteckning fritids 14/3. Närvarande: Kim, …")
    return (_cue(head, x.lex.handover_documents) and not head.startswith(_PUPIL_DOCUMENTS)) \
        or (head == "fritids" and keys[0] in _LIST_HEADS)


def attendee_of_minutes(x: NameContext, a: int) -> bool:
    """An attendee of the staff's own minutes: "Arbetslagsmöte 8A/8B …\nNärvarande: Karin, Tobias, Leila" (round 39; a
    relative comes with their word, "mamma Therese", a pupil cue that protects the name); round 89: also the list right
    after "Närvarande" mid-sentence ("…, 30/1: Närvarande Håkan, Sevda") and the absent colleagues ("Frånvarande:
    Patrik"). Round 90: `pupil_cue` asks it too, so that a colleague written with an initial ("Närvarande: Karin,
    Johan S, Mehmet") is no pupil named by initial."""
    keys, key_at = x.keys, x.key_at
    s0 = x.sentence_first(a)
    return (keys[s0] in _ATTENDEES or (key_at(a - 1) in _ATTENDEES and key_at(a - 1) != "deltog")
            or keys[s0] in _ABSENTEES) and staff_minutes(x)


def named_role(x: NameContext, a: int) -> bool:
    """A staff role earlier in the sentence that "heter" names: "Jennys lärare i tyska:
    hon heter Frau Schmidt", "Handledaren på praon heter Lena"."""
    lex, keys = x.lex, x.keys
    sentence_first = x.sentence_first
    for j in range(a - 2, max(sentence_first(a) - 1, a - 9), -1):
        if _cue(keys[j], lex.person) or _cue(keys[j], lex.family):
            return False
        if _cue(keys[j], lex.staff):
            return True
    return False


def staff_task_after(x: NameContext, b: int) -> bool:
    """Round 96: a staff task right after the name, after a comma, in the staff's own minutes: the name opens a clause
    of its own ("Beslut: lovskola för Oscar och Lejla, Patrik informerar om …"), no list with the pupils before."""
    return x.key_at(b + 1) in _STAFF_TASKS and staff_minutes(x)


# Round 97: a duty shared between a named adult and the writer in one sentence ("Omid tar ansvar för gården och jag för
# hallen", "Kerstin tar hörförståelsen i aulan och jag tar läsförståelsen"): the verb after the name, and what follows
# "och jag" – the same verbs, or "för" with the verb left out.
_DUTY_VERBS = frozenset(fold(w) for w in "tar sköter ansvarar håller".split())
_WRITER_DUTY = _DUTY_VERBS | {"for", "med"}


def _writer_shares(x: NameContext, j: int) -> bool:
    """"och jag" or ", jag" and a duty later in the sentence of word j - 1 (the duty verb after the name)."""
    keys, sent_of, n = x.keys, x.sent_of, x.n
    s = sent_of[j - 1]
    while j + 2 < n and sent_of[j + 2] == s:
        if keys[j] in ("och", ",") and keys[j + 1] == "jag" and keys[j + 2] in _WRITER_DUTY:
            return True
        j += 1
    return False


_FROM_TO = frozenset(("fran", "till"))
_HANDED_TO = frozenset(("→", ">", "till"))


def handover_between(x: NameContext, lo: int, hi: int) -> bool:
    """Round 96: the teachers a handover goes between, in a text headed as a handover: "Överlämning åk 3 → 4 från
    Magnus till Sanna", "(Carina → Peter)", "(Birgit till Leo)", "Från: Ulrika. Till: Klas och Ida", "Från Birgit till
    Leo." – in the heading's sentence or one opened by "från"/"till". Names lo..hi (a run joined by "och" or a comma)."""
    keys, key_at = x.keys, x.key_at
    if not keys or not keys[0].startswith(_HANDOVER):
        return False
    s0 = x.sentence_first(lo)
    if s0 != 0 and keys[s0] not in _FROM_TO:
        return False
    # (the keys hold no colon: "Från: Ulrika" reads "fran ulrika")
    return key_at(lo - 1) in _FROM_TO or (key_at(lo - 1) in _HANDED_TO and x.cand_at(lo - 2) is not None) \
        or (key_at(hi + 1) in _HANDED_TO and x.cand_at(hi + 2) is not None)   # the giver, the receiver's name after


def documents_and_minutes(x: NameContext, a: int, b: int) -> bool:
    """Round 8: adults named by the document they are written in, not by a title.
    "Planering fysik åk 8 med Mats:", "Justeras av Maria Holmgren och Peter Ek",
    "lärare åk 3 (Eva Strand)", "(Parisa Jalali, SvA-lärare)", "Överlämning … musik
    (Jens Olofsson)", "till mig, Lena Holm, rum B204", "Jennys lärare i tyska: hon heter
    Frau Schmidt". Only the words around the name and the sentence's first word are read."""
    lex, text, v, cands, words, keys, n = x.lex, x.text, x.v, x.cands, x.words, x.keys, x.n
    tok, key_at, sentence_first, quoted = x.tok, x.key_at, x.sentence_first, x.quoted
    before = key_at(a - 1)
    s0 = sentence_first(a)
    head = keys[s0]
    start, end = cands[words[a]].start, cands[words[b]].end
    # a planning document: teachers plan with a colleague ("tillsammans med" is no peer here)
    if before in ("med", "m") and a - s0 <= 14 and _cue(head, lex.staff_documents) and not any(
            (keys[j] != "tillsammans" and _cue(keys[j], lex.social)) or _cue(keys[j], lex.person)
            for j in range(s0 + 1, a - 1)):
        return True
    # the roles of staff minutes: "Protokollförare: Kerstin Åberg", "Justeras av X och Y"
    # (not a pupils' council: "Klassrådets protokoll: … sekreterare Melker")
    role = key_at(a - 2) if before == "av" else before if before != ":" else key_at(a - 2)
    if (role in _MINUTE_ROLES or (before == "av" and role.startswith("juster"))) \
            and _PUPIL_COUNCIL.search(text) is None:
        return True
    if attendee_of_minutes(x, a):
        return True
    # round 62: who takes a to-do in the staff's own minutes, the name opening its sentence ("Arbetslag 7. … Sofie tar
    # fram material till nästa gång", "Per bokar lokal"); a pupil in such notes is talked about, not given tasks.
    # Round 86: also in a clause of its own ("Beslut: vi tar fram en matris, och Sara sammanställer förslaget"), and
    # two or more names who take it together ("Malin och Joakim planerar temadagen").
    lo, hi = a, b
    while lo - 2 >= s0 and key_at(lo - 1) in _TASK_JOINERS and (c := x.cand_at(lo - 2)) is not None \
            and c.key not in x.subject_names:   # (round 96: the pupils before a comma are no co-workers: "Beslut:
        lo -= 2                                 #  lovskola för Oscar och Lejla, Patrik informerar om …")
    while key_at(hi + 1) in _TASK_JOINERS and x.cand_at(hi + 2) is not None:
        hi += 2
    if len(key_at(hi + 1)) == 1 and key_at(hi + 1).isalpha() and x.tok(hi + 1).isupper():
        hi += 1   # round 87: a surname's initial ("Jonna M ansvarar för biologidelen")
    # (round 96: also after a colon or a dash that opens an item, "Punkt 1: Nationella proven – Ahmed och Petra rättar",
    # and past a subject in brackets, "Jessica (en) tar emot")
    hi_end = v.ends[words[hi]]
    if text[hi_end:hi_end + 2].lstrip(" ")[:1] == "(":
        close, k = text.find(")", hi_end, hi_end + 12), hi
        while close > 0 and k + 1 < n and v.starts[words[k + 1]] < close and keys[k + 1] in _SUBJECTS:
            k += 1
        if close > 0 and k > hi and (k + 1 >= n or v.starts[words[k + 1]] > close):
            hi = k   # (only subjects in the brackets: "Ali (7B) tar emot mobilen" is a pupil)
    if (lo == s0 or ((key_at(lo - 1) in ("och", ",", ";") or x.gap_before(lo).strip() in (":", "–", "-", "—"))
                     and lo - s0 > 2)) \
            and (key_at(hi + 1) in _STAFF_TASKS or (key_at(hi + 1) == "tar" and key_at(hi + 2) in _STAFF_TAKES)
                 or (key_at(hi + 1), key_at(hi + 2)) in _STAFF_TASK_PAIRS) \
            and staff_minutes(x):
        return True
    if (lo == s0 or key_at(lo - 1) in ("och", ",", ";") or x.gap_before(lo).strip() in (":", "–", "-", "—")) \
            and key_at(hi + 1) in _DUTY_VERBS and _writer_shares(x, hi + 2):
        return True   # round 97: the writer shares the duty out, in any note ("Omid tar ansvar för gården och jag för hallen")
    if before == "av" and (key_at(a - 2) in _STAFF_PASSIVES or (key_at(a - 2) in _PARTICLES and key_at(a - 3) in _STAFF_PASSIVES)) \
            and staff_minutes(x):
        return True   # round 96: the doer of a task given in the passive ("Protokoll skickas ut av Jenny")
    if handover_between(x, lo, hi):
        return True
    # round 87: the task's verb left out after "och" ("Jonna ansvarar för biologidelen och Petter för kemidelen");
    # round 96: after a comma, with a subject ("Ahmed och Petra rättar svenska, Jenny matte")
    if (key_at(lo - 1) == "och" and key_at(hi + 1) in ("for", "med")
            or key_at(lo - 1) == "," and key_at(hi + 1) in _SUBJECTS and key_at(hi + 1) != "en") and any(
            keys[j] in _STAFF_TASKS for j in range(s0, lo - 1)) and staff_minutes(x):
        return True
    # the writer's apposition: "Lämna in boken till mig, Lena Holm, rum B204"
    if before == "," and key_at(a - 2) in ("mig", "jag") and not quoted(a):
        return True
    # "Jennys lärare i tyska: hon heter Frau Schmidt": a role named earlier in the sentence
    if before == "heter" and named_role(x, a):
        return True
    # inside brackets: a role in the same brackets, or a role (or, in a handover or
    # planning document, a school subject) before them, past a class or a year
    op = text.rfind("(", v.starts[words[s0]], start)
    if op < 0 or text.find(")", op, start) >= 0:
        return False
    close = text.find(")", end, end + 80)
    j = a - 1
    while j >= s0 and v.starts[words[j]] > op:
        if _cue(keys[j], lex.staff):
            return True
        j -= 1
    if close > 0:
        for q in range(b + 1, n):
            if v.starts[words[q]] >= close:
                break
            if _cue(keys[q], lex.staff) or keys[q] in lex.staff_places:
                return True
        if text[end:close].strip(" ") and not _ONLY_NAMES.fullmatch(text[end:close]):
            return False   # more than the name in the brackets: a list or a comment
    if j >= s0 and _CLOCK.search(tok(j)) and _cue(head, lex.staff_services):
        return True   # "Stöd v.14: tisdag 9.00–9.40 (Lena)": who gives the support when (round 21)
    for q in range(j, max(s0 - 1, j - 4), -1):
        k = keys[q]
        if _cue(k, lex.staff) or k in lex.staff_places:
            return True
        if q == j and k in _SUBJECTS and (_cue(head, lex.handover_documents) or _cue(head, lex.staff_documents)):
            return True
        if not (k in ("ak", "arskurs", "i", "for", "klass") or k[:1].isdigit() or _CLASS.match(tok(q))):
            break
    return False
