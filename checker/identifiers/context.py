"""Contexts that make an identifier-shaped string something other than personal data.

- The teacher's or the school's own phone number ("ni når mig på …", "skolans växel"); a
  guardian's "ring mig på …" is still personal data.
- Addresses and e-mail addresses in an exercise or an example ("Skriv ett brev till
  Exempelgatan 1", "t.ex. namn@exempel.se"), and workplaces (PRAO, a company).

These were rule exceptions in `rules/identifier.yaml`; they live here because every
identifier needs the same sentence-level look-around, which one regex over one sentence
answers without the checker's phrase index (and its per-token lemma keys).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..normalize import CaselessPattern, caseless, dots_optional, fold_keep_length

# Words before a phone number (within a few words) that make it the writer's own.
_OWN_PHONE = CaselessPattern(
    r"(?:\bjag\s+når|\bni\s+når\s+mig|\bskolans\b|\bexpedition|\bväxel|\bmottagning|\breception"
    r"|\barbetsnummer|\bjobbnummer|\bhör\s+av\s+er\s+(?:till\s+mig|på)\b"   # (plural "er": staff writing to guardians; round 95: "Hör av er på 0498-…")
    r"|\bfrågor\s+(?:\w+\s+)?till\s+mig)"   # "Frågor till mig på …": the teacher's own (a family asks, not invites questions)
    r"|\btjänste(?:telefon|mobil|nummer)\w*|\bjobb(?:telefon|mobil)\w*|\barbets(?:telefon|mobil)\w*"
    r"|\b(?:tel|telefon|nr|nummer)\.?\s+(?:till\s+)?skolan\b|\bskolan[:,]?$"   # "tel. skolan 031-…"
    # Round 40: the school's other function lines ("Ring vaktmästeriet på …", "kansliet")
    r"|\bvaktmäst\w*|\bkansli\w*"
    # Round 100, read off r108b: an office's compound ("ring idrottskansliet på …", "skolexpeditionen")
    r"|\b\w+(?:kansli|expedition)(?:et|en)?\b"
    # Round 41: the staff member responsible in a plan ("Ansvarig: Katarina Holm, 08-…"; round 100, read off r109b:
    # "Ansvarig vuxen: Karin Holm, …") and the
    # teachers' line on a trip ("Teachers' emergency phone: +44 …")
    r"|\bansvarig\w*(?:\s+(?:vuxen|lärare|pedagog|personal))?\s*:|\bteachers?['’]?\s+(?:emergency\s+)?(?:phone|number|mobile|contact)"
    # Round 61: the school's or fritids' shared mobile ("Kontakt under dagen: skolmobilen …")
    r"|\b(?:skol|fritids|klass|avdelnings|resursteam)(?:mobil|telefon)\w*"
)
# Round 40: the school's line for reporting absence, given to all families ("Sjukanmälan görs i appen
# eller på …", "anmäla om ert barn är sjukt … på telefon …", "call the school before 8 am (…)"): not a
# family's number (a family reporting uses the verb about its own child: "Jag sjukanmäler Ali").
_ABSENCE_LINE = CaselessPattern(
    r"\b(?:sjukanmälan|frånvaroanmälan|sjukanmälningar)\b"
    r"|\b(?:frånvaro|sjukanmälnings?|sjuk)(?:linje|telefon|nummer)\w*\b"   # round 61: "ring frånvarolinjen …"
    r"|\banmäl\w*\s+(?:om\s+)?(?:ert|ditt|era|sitt)\s+barn"
    r"|\bni\s+(?:sjukanmäler|frånvaroanmäler)\b"   # round 64: "påminnelse om hur ni sjukanmäler. Ring 0480-…"
    r"|\b(?:call|phone|ring)\s+(?:the\s+)?(?:school|skolan)\b")
# Round 64: a sentence that opens by telling the reader to call or text a number ("Ring 0480-123 45 före kl 7.30").
_CALL_NUMBER = re.compile(r"(?i)^\W*(?:ring|sms:?a|messa|skicka\s+sms\s+till)\s*:?\s*$")
# Round 40: a company's or an office's line ("ring Transportbolaget på …", "taxibolaget",
# "kundtjänst"): no pupil's or family's number – unless a relative is named anywhere near it
# ("Ring pappa på företaget, 070-…").
_ORG_PHONE = CaselessPattern(r"\bkundtjänst\w*|\w(?:bolag|bolaget|företag|företaget|firman)\b|\b(?:bolaget|företaget|firman)\b")
# Words right after a number that make it the school's or a workplace's: "… (skolans växel)",
# "0300-83 40 00 (expedition)" (not "jobbet": a guardian's work number is still theirs).
_OWN_AFTER = re.compile(
    r"(?i)\s*[(,–-]?\s*(?:till\s+)?(?:skolans\s+|vår\s+|min\s+)?(?:växel\w*|expedition\w*|kansli\w*|reception\w*"
    r"|mottagning\w*|skolan\b|tjänste(?:telefon|mobil|nummer)\w*|resetelefon\w*|skolans\s+(?:mobil|telefon|nr\b|nummer\b)\w*)"
    # a staff role in brackets right after the number: "072-… (mentor)", "(klasslärare 4B)"
    r"|\s*\(\s*(?:mentor\w*|\w*lärar\w*|rektor\w*|kurator\w*|\w*sköterska\w*|fritids\w*|expedition\w*)"
)
# The writer naming themself right before the number: "… av mig, Peter Nyström, 08-…",
# "Ring mig (Lena Holm) på …".
# One to three capitalised words, each ended by a full stop or by spaces before the next (so a
# run of letters cannot be cut into names in many ways: that took cubic time on "mig,AAAA…#").
_ME_NAMED = re.compile(
    r"\b(?i:mig|jag)[,(]\s*[A-ZÅÄÖ][\w-]*(?:(?:\.\s*|\s+)[A-ZÅÄÖ][\w-]*){0,2}\.?\s*[,)]?\s*(?i:på|:|från)?\s*$")
# (round 97: "jag" and "från" too – "Vid akuta ändringar ringer jag, Katarina, från 070-…")
# A sentence about an exercise, an example, a template or a workplace: an address or e-mail
# there is made up or a company's ("Skriv ett brev till …", "t.ex. …", "PRAO hos … AB").
_AB = re.compile(r"\bAB\b")   # (a company, in capitals only)
_NOT_PRIVATE = CaselessPattern(
    r"(?:\borganisationsnummer"
    r"|\bbrevmall|\bmall(?:en)?\b|\bexempel|\bt\.\s?ex\b|\bfiktiv|\bpåhitt(?:ad|at|ade)"
    r"|\b(?:skolans|företagets|kontorets|butikens|vänskolans)\s+(?:adress|e-post|mejl|mail)"
    r"|\badressen\s+till\s+(?:skolan|vänskolan|företaget|kontoret|butiken|biblioteket)|\bskriv\s+(?:ett|en)\s+"
    r"(?:brev|mejl|mail|e-post|adress|vykort|kuvert)|\badressera|\bkuvert|\bvykort"
    r"|\bövningsbrev|\bskrivuppgift"
    # round 95: the same in a language lesson ("Task: write an email to a pen pal (e.g. anna.smith@…)",
    # "Ejemplo de correo en el libro: pablo@…")
    # (the word as a cue, never an address's own domain: Faker's are example.com/.org, "magnus44 (at) example punkt org")
    r"|\b(?:for|an|as\s+an|this)\s+example\b|\bexample\s*:|\b(?:por|un)\s+ejemplo\b|\bejemplo\s+de\b|\bejemplo\s*:"
    r"|\bpar\s+exemple\b|\bzum\s+beispiel\b|\bbeispiel\s*:|\be\.\s?g|\bfor\s+instance"
    r"|\bwrite\s+(?:an?\s+)?(?:e-?mail|letter|postcard)"
    # round 61: a story the pupil wrote or read ("deckarnovell, där kommissarie Berg löser fallet på Storgatan 17")
    r"|\bi\s+(?:\w*novellen|boken|romanen|berättelsen|sagan|filmen)\b|\w*novell(?:en)?,?\s+där\b"
    # round 67: a crime story or a tale the pupil wrote ("skrev en deckare där kommissarie Vera Strand bor på Storgatan 5")
    r"|\b\w*(?:deckare|deckaren|berättelse|berättelsen|saga|sagan)\s+där\b"
    # round 70: an address made up in play ("någon hittade på adressen Drakgatan 13 där skatten skulle ligga")
    r"|\bhittade\s+på\s+(?:en\s+|adressen\b)|\bpåhittad\w*|\bfantasiadress\w*)"
)
# A workplace ("PRAO hos … AB", "arbetsplatsen"): its address is a company's, unless the sentence names the family's
# home ("Skicka informationen om Elviras prao till mammans nya adress: …", round 67).
_WORKPLACE = CaselessPattern(r"\bprao|\barbetsplats|\bföretag")
# A place the class visits or stays at: its address is the venue's, not a family's (unless a
# relative or the family lives there: "familjen bor tillfälligt på vandrarhemmet …").
_VISIT = CaselessPattern(
    r"\b(?:besöksadress\w*|studiebesök\w*|lägerskola\w*|klassresa\w*|skolresa\w*|utflykt\w*"
    r"|vandrarhem\w*|lägergård\w*|konserthus\w*|simhall\w*"
    # round 41: where the class meets a guide ("går till Riksgatan 1 där vi möter vår guide")
    r"|guide|guiden|guidad\w*|guidning\w*)"
    r"|muse(?:um|et|er)"   # (also in a compound, round 41: "Strindbergsmuseet på Drottninggatan 85")
)
_FAMILY_HOME = CaselessPattern(
    r"\bfamiljen\b|\bhemma\b|\bhemadress\w*|\b(?:han|hon|hen|de|dom)\s+bor\b|"
    # round 69: a move ("Ossian har flyttat till Björkvägen 14 i Tumba, uppdatera listan inför studiebesöket")
    r"\b(?:har\s+|hade\s+)?(?:flyttat|flyttade|flyttar)\s+till\b|"
    # round 100, read off r108b: someone living somewhere now ("Isak bor numera på Granbacksvägen 14, så skjutsen till
    # simhallen ändras"): a move, as "flyttat till" is
    r"(?<!\bvi\s)(?<!\bni\s)\bbor\s+(?:numera|nu|sedan\s+\w+)\s+(?:på|i|vid)\b|"
    # (the words with their endings only: "mor\w*" also took "i morgon" and "far\w*" "farligt", round 41)
    r"\b(?:mamma|pappa|mor|far|förälder|föräldrar|mormor|morfar|farmor|farfar)(?:n|ns|s|en|ens|na|nas|rna|rnas)?\b"
    r"|\bvårdnadshavar\w*"
)
# Words that make a sentence *possibly* about an exercise ("uppgiften", "övningen"); they also
# mean an assignment sent home, so a relative's word in the sentence outweighs them
# ("Skickar uppgiften till pappans jobbmejl …").
_EXERCISE = CaselessPattern(r"\buppgiften\b|\b\w*övning|\bövade\b|\bövar\b"
                            r"|\buppgift\s+\d+[a-z]?\s*:|\btextuppgift"   # (round 95: "Uppgift 3: Familjen Nilsson på …")
                            r"|\b\w*kartan\b")   # (round 96: "Kartövning: hittade Drottninggatan 12 på stadskartan")
# Round 59: a pupil picked up or set down at an address, or something sent to the home: the family's address even
# in a sentence about a trip or a task ("Emil hämtas vid Tallvägen 7 kl 8.15" before the swimming; "Skicka hem
# SO-uppgiften till Lindvägen 7B, …").
_PICKED_UP_OR_SENT_HOME = CaselessPattern(r"\bhämtas\b|\blämnas\s+av\b|\bskicka\w*\s+(?:gärna\s+)?hem\b|\bhem\s+till\b")
_RELATIVE = CaselessPattern(
    r"\b(?:mamma|pappa|mor|far|bror|syster|förälder|föräldrar|vårdnadshavare|styvpappa|styvmamma"
    r"|bonuspappa|bonusmamma|mormor|morfar|farmor|farfar|moster|faster|morbror|farbror|kusin|storebror"
    r"|lillebror|storasyster|lillasyster)(?:n|ns|s|n?s|ns|ern|erns|rna|rnas|en|ens)?\b"
)
# Addresses that are templates or examples whatever the sentence: a Swedish "exempel"/"domän"
# domain, or a placeholder local part ("förnamn.efternamn@…"). RFC 2606's example.com/.org
# is not enough on its own (generators and real test data use it); it needs the sentence.
EXAMPLE_EMAIL = re.compile(
    r"(?i)(?:@(?:[\w-]+\.)*(?:exempel[\w-]*|ejemplo|exemple|beispiel|esempio|dom[aä]n|doman)\.[a-z]{2,}$"
    r"|^(?:namn|f[oö]rnamn|efternamn|exempel|dittnamn|din\.?adress|(?:f[oö]r)?namn\.efternamn)@)"
)
# Round 95, read off r98: a school, one of its rooms (round 100: or a municipal unit) right before an address, a comma between ("Leveranser skickas
# till Hagaskolan, Skolgatan 12, 462 33 Vänersborg", "Vi ses i aulan, Skolgatan 3"): the school's address, no family's.
_SCHOOL_PLACE = (
    r"(?:\b[A-ZÅÄÖ]\w*skolan|\b(?i:aulan|matsalen|idrottshallen|gymnastiksalen|sporthallen|skolbiblioteket|expeditionen)"
    # round 100, read off r108a: a municipal unit or office ("Modersmålsenheten, Storgatan 5, 722 15 Västerås")
    r"|\b[A-ZÅÄÖ]\w*(?:enheten|förvaltningen|kontoret|centralen|kansliet)"
    # round 98: a school written as two words ("Skogsgläntans skola, Björkvägen 2", "Förskolan Solrosen, …")
    r"|\b[A-ZÅÄÖ]\w*s[ \t]+(?i:skola|förskola|fritidshem|grundskola|grundsärskola)"
    r"|\b(?:Skolan|Förskolan|Fritidshemmet|Grundskolan)[ \t]+[A-ZÅÄÖ]\w*)")
SCHOOL_PLACE_BEFORE = re.compile(
    _SCHOOL_PLACE + r"[ \t]*,[ \t]*(?:[A-ZÅÄÖ]\w+[ \t]+\d+[a-zA-Z]?[ \t]*,[ \t]*)?$")   # (its postcode after the street too)
# Round 101, read off r110a: the same school or unit, its address between, then its phone ("Kungsholmens grundskola,
# Hantverkargatan 29, tel 08-508 240 00"): the school's number.
_SCHOOL_PHONE_BEFORE = re.compile(
    _SCHOOL_PLACE + r"[ \t]*,[ \t]*(?:[A-ZÅÄÖ]\w+[ \t]+\d+[a-zA-Z]?[ \t]*,[ \t]*)?(?:\d{3}[ \t]?\d{2}[ \t]+\w+[ \t]*,[ \t]*)?"
    r"(?:(?i:tel|telefon|tfn)\.?:?[ \t]*)?$")
# Street names made up for exercises ("Exempelgatan", "Påhittade vägen").
EXAMPLE_STREET = re.compile(r"(?i)^(?:exempel|påhitt|test|fantasi|låtsas)")
_OWN_WINDOW = 6
# A number that is a code, not a phone: "Koden 0905174457 till skåpet", "pinkod".
_CODE = re.compile(r"(?i)(?:\bkod(?:en|er|erna)?|kod\b|\bpin|lösenord\w*|\bskåp\w*|\bnyckel\w*|\blås\w*)\W*$")
# An example number: "t.ex. 0123-45 67 89", "påhittade nummer".
_EXAMPLE = re.compile(r"(?i)\bt\.\s?ex\b|\bexempel|\bpåhitt(?:ad|at|ade)\b|\bfiktiv|\blåtsas"
                      # round 61: an exercise's heading ("Övning: ”Anna bor på … och har telefon 012-…”")
                      r"|\b(?:övning|\w*uppgift|textuppgift)(?:\s+\d+)?\s*:")
# Function mailboxes (a school's or an office's, not a person's): "info@", "expedition@".
_ROLE_MAILBOX = re.compile(
    r"(?i)(?:info|kontakt|expedition(?:en)?|exp|kansli(?:et)?|rektor|admin|support|noreply|no-reply|"
    r"elevhalsa|elevhälsa|elevhalsan|skolskoterska|kurator|syv|bibliotek(?:et)?|idrott|fritids|personal|"
    r"reception|vaxel|växel|post|registrator|webmaster|skola|skolan|matsal(?:en)?|kok(?:et)?|vaktmastare|"
    # round 62: a service's or a team's mailbox ("laxhjalp.vastra@skola.kommun.se")
    r"laxhjalp|läxhjälp|studiehandledning|modersmal|modersmål|mentorer|arbetslag|elevrad|elevråd|skolrad|skolråd)"
    r"[\w.-]*@"
)


def sentence_span(view, start: int, end: int) -> tuple[int, int]:
    """Character span of the sentence(s) holding [start, end), from the token view."""
    starts, sent = view.starts, view.sent
    if not starts:
        return 0, len(view.text)
    i = max(0, bisect_right(starts, start) - 1)
    j = max(0, bisect_right(starts, max(start, end - 1)) - 1)
    lo, hi = i, j
    while lo > 0 and sent[lo - 1] == sent[i]:
        lo -= 1
    while hi + 1 < len(sent) and sent[hi + 1] == sent[j]:
        hi += 1
    return starts[lo], view.ends[hi]


# "Ring gärna mig på …", "nå mig på …": the writer's number if the writer is staff; also the
# bare imperative right before the number ("Ring 070-… om tiden inte passar. /Mentor Lars"):
# the writer addresses the reader with their own number.
_CALL_ME = CaselessPattern(r"\b(?:ringa?|nå|kontakta|sms:?a|messa|mejla|maila)\s+(?:gärna\s+|mig\s+gärna\s+)?mig\b|\bmig\s+når\s+ni\b"   # (round 95: "välkomna att ringa mig på")
                           r"|\bnås\s+jag\b|\bjag\s+nås\b"   # round 69: "Om ni har frågor … nås jag på 070-…"
                           # round 86: "Jag är nåbar på …", "Jag är på fortbildning men nås i nödfall på …"
                           r"|\bjag\s+är\s+(?:\w+\s+)?nåbar\b|\bjag\s+är\s+[^.!?\n]{1,40}?\s+men\s+nås\b"
                           r"|\bnår\s+(?:ni|du)\s+(?:gärna\s+)?mig\b"   # round 62: "… når ni mig på 08-…"
                           # round 63: the writer's number as a label ("Telefon till mig: 070-…")
                           r"|\b(?:telefon|tel|telefonnummer|nummer|mobil|mobilnummer|mejl|mail|e-post)\.?\s+till\s+mig\b"
                           # round 42: the same in English ("Please contact me at …", "You can reach me on …")
                           r"|\b(?:contact|reach|call|phone|text|email|e-mail|mail)\s+me\b")
_CALL_BARE = CaselessPattern(r"\b(?:ring|sms:?a|messa)(?:\s+gärna)?(?:\s+på)?[\s:]*$")   # (not "mejla till X@…")
# An imperative to the reader opening the sentence: "Ring gärna om ni har frågor, 070-…"
# (the writer's number when staff sign; a guardian's closing keeps it personal data).
# The imperative has no object ("Ring vårdnadshavaren på …" gives the guardian's number).
_CALL_OPEN = re.compile(
    r"(?i)\W*(?:(?:ring|sms:?a|messa)(?:\s+gärna)?\s+(?:om|vid|när|oss|hit)\b|hör\s+av\s+er\b|kontakta\s+mig\b)")
# A sentence that is only a contact label before the contact ("Kontakt: …", "Tel:").
_CONTACT_LABEL = re.compile(
    r"(?i)\W*(?:kontakt(?:uppgifter|uppgift)?|tel(?:efon)?(?:nummer|nr)?|mobil(?:nummer|nr)?|e-?post|mejl|mail|nås\s+på)\W*")
# "på fritids", "till fritids": the after-school centre as a place, not a role in a closing ("/Anna, fritids").
_FRITIDS_PLACE = re.compile(r"(?i)\b(?:på|till|från|efter|i)\s+fritids\b")
# Being reached at a contact: "… nås på …", "kan nås via …".
_REACHED = CaselessPattern(r"\bnås\b")
# A role in the writer's closing ("/Peter, klasslärare 5A", "Hälsningar Anna, mentor").
_STAFF_ROLE = CaselessPattern(dots_optional(   # (round 99: also typed without å, ä and ö, "/Maria, klasslarare 4B")
    r"\b(?:\w*lärar\w*|mentor\w*|rektor\w*|\w*kurator\w*|\w*pedagog\w*|\w*sköterska\w*|syv"
    r"|\w*vägledare\w*|vikarie\w*|fritids\w*|skolpsykolog\w*|elevhälsa\w*|fröken|förskoleklass\w*"
    r"|(?:elev|lärar|resurs|skol)assistent\w*|resursperson\w*|studiehandledare\w*|bibliotekarie\w*"
    # round 77: roles the staff word list (names_sv.yaml) has and this lacked ("/Stina, klassföreståndare 5B")
    r"|klassföreståndare\w*|barnskötare\w*|arbetslagsledare\w*|skolvärd\w*|elevcoach\w*"
    # round 42: the same roles in English ("/Mr Smith, English teacher", "Best, Ms Khan, school counsellor")
    r"|\w*teacher\w*|principal|headteacher|counsell?or|school\s+nurse|tutor)\b"
))


# Round 40: a pupil named on a contact line ("Elev: Ali Berg, 070-…") makes it no staff line.
_PUPIL_WORD = CaselessPattern(r"\belev(?:en|er|erna|ens)?\b|\bpupil|\bstudent\b")
_LINE_WORDS = 12   # a contact block's lines are short: "Göran Lindqvist, mentor 9A", "Lärare i svenska och SvA"


def staff_contact_block(view, start: int) -> bool:
    """Round 40: a phone or an address on a line of a staff member's contact block, as letters and
    notes are signed ("Hälsningar\nGöran Lindqvist, mentor 9A\ngoran.lindqvist@skola.se, 011-…",
    "Katarina Hellström\nKlasslärare 3B, Ekbackens skola\n08-555 102 30 · …", "Vid frågor:
    goran.holm@skola.se\nMvh Göran Holm, matematiklärare 8A"): a short line names a staff role – one
    of the two lines right above the contact's (no blank line between: a reply below a closing is
    another writer's) or a closing right below it (not the contact's own line, which may be a sentence:
    "Till fritids: Esmeralda hämtas av granne Ulla Persson (070 …)") – or the contact's line holds an
    address at a school's domain made of a name written on it ("Vid frågor: Helena Åberg, 08-…,
    helena.aberg@skola…"); and no relative or pupil is named on those lines."""
    text = view.text
    line = _short_line(text, start, start)
    if line is None:
        return False   # a long line is prose, no contact block (and a text of one long line is read once)
    lo, hi = line
    blank = getattr(view, "blank_lines", None) or ()
    lines = [(lo, hi)]
    for _ in range(2):   # up to two lines right above
        top = lines[-1][0]
        if top == 0 or _any_in(blank, top - 1, top):
            break
        above = _short_line(text, top - 1, top - 1)
        if above is None or not text[above[0]:top - 1].strip():
            break
        lines.append((above[0], top - 1))
    if hi < len(text) and not _any_in(blank, hi, hi + 1):
        below = _short_line(text, hi + 1, hi + 1)   # the line right below, when it is a closing or,
        #                                             round 41, the message's last line ("Kontakta mig på
        #                                             …\nHelena Berg, biträdande rektor")
        if below is not None and (_CLOSING_START.match(text, hi + 1) or _last_line(text, below[1])):
            lines.append(below)
    low = lowered(text)
    if any(_RELATIVE.search(text, low, a, b) or _PUPIL_WORD.search(text, low, a, b) for a, b in lines):
        return False
    if any(_STAFF_ROLE.search(text, low, a, b) and len(_CONTACT_RUN.sub(" ", text[a:b]).split()) <= _LINE_WORDS
           for a, b in lines[1:]):
        return True
    line = text[lo:hi]
    words = set(re.findall(r"\w+", fold_keep_length(_CONTACT_RUN.sub(" ", line))))
    return any(parts <= words for parts in _school_address_names(line))


_LINE_MAX = 300   # characters: a contact block's lines are short


def _short_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the line holding start..end if it is at most `_LINE_MAX` characters long (looked
    for no further: every phone and name of a long text asks), else None."""
    lo = text.rfind("\n", max(0, start - _LINE_MAX), start) + 1
    if lo == 0 and start > _LINE_MAX:
        return None
    hi = text.find("\n", end, end + _LINE_MAX)
    if hi < 0:
        if len(text) - end > _LINE_MAX:
            return None
        hi = len(text)
    return (lo, hi) if hi - lo <= _LINE_MAX else None


def school_address_of(text: str, start: int, end: int) -> bool:
    """Round 40: the full name at start..end has its own address at a school's domain on its line
    ("Vid frågor: Helena Åberg, 08-…, helena.aberg@skola…"): a member of staff giving their work
    contact, not a family."""
    span = _short_line(text, start, end)
    if span is None:
        return False
    line = text[span[0]:span[1]]
    if "@" not in line:
        return False
    low = lowered(text)
    if _RELATIVE.search(text, low, *span) or _PUPIL_WORD.search(text, low, *span):
        return False   # ("Vårdnadshavare: Peter Holm, …. Jessica Holm, jessica.holm@skolmail.nu")
    name = set(re.findall(r"\w+", fold_keep_length(text[start:end])))
    return any(parts <= name for parts in _school_address_names(line))


def _school_address_names(line: str):
    """The name parts (folded, two or more) of each address at a school's domain on `line`
    ("helena.aberg@skola…" → {"helena", "aberg"}), for `staff_contact_block` and `school_address_of`."""
    for m in re.finditer(r"[\w.-]+@[\w.-]+", line):
        local = m.group().partition("@")[0]
        parts = [p for p in _LOCAL_PARTS.split(fold_keep_length(local)) if p]
        if len(parts) >= 2 and _SCHOOL_DOMAIN.match(line, m.start() + len(local)):
            yield set(parts)


# A closing line: "/Karin", "Mvh Göran Holm, …", "Hälsningar Anna" (for `staff_contact_block`).
_CLOSING_START = re.compile(r"(?i)[^\S\n]*(?:/|mvh\b|vh\b|hälsningar\b|vänliga\s+hälsningar\b|med\s+vänlig|hälsn)")


def own_phone(view, start: int) -> bool:
    """The writer's own or the school's number: an own-number cue up to six words before,
    within the sentence; or "ring mig på …" in a message that staff sign in their role (a
    guardian's "ring mig på …" stays personal data)."""
    lo, _ = sentence_span(view, start, start + 1)
    before = view.text[lo:start]
    window = " ".join(before.split()[-_OWN_WINDOW:])
    # (the same strings lower-cased, for the case-insensitive patterns: see `CaselessPattern`)
    low = lowered(view.text)
    before_low = None if low is None else low[lo:start]
    window_low = None if low is None else " ".join(before_low.split()[-_OWN_WINDOW:])
    own = _last(_OWN_PHONE, window, window_low)
    if own is not None:
        # "ringde från skolans telefon till sin moster på …": a relative named after the
        # cue is whose number it is
        return _RELATIVE.search(window, window_low, own.end()) is None
    if _ORG_PHONE.search(window, window_low) is not None and _RELATIVE.search(window, window_low) is None:
        return True   # "vid ändringar ring Transportbolaget på 0771-…" (round 40)
    # (round 64: from the sentence before too, when this one calls or texts the number: "… hur ni sjukanmäler. Ring
    # 0480-123 45 före kl 7.30")
    lo2 = lo if _CALL_NUMBER.search(before) is None else sentence_span(view, max(0, lo - 2), max(0, lo - 1))[0]
    before2 = view.text[lo2:start]
    before2_low = None if low is None else low[lo2:start]
    if _ABSENCE_LINE.search(before2, before2_low) is not None and _RELATIVE.search(before2, before2_low) is None:
        return True   # the school's absence line in a notice to all families (round 40)
    if staff_contact_block(view, start):
        return True   # a staff member's contact block (round 40)
    if _OWN_AFTER.match(view.text, _number_end(view.text, start)):
        return True   # "08-508 123 45 (skolans växel)", "070-… (skolans tjänstemobil)"
    if _ME_NAMED.search(before):
        return True   # "Frågor besvaras av mig, Peter Nyström, 08-…": the writer names themself
    if _SCHOOL_PHONE_BEFORE.search(before):
        return True   # round 101: the school's own number after its name and address
    if _SUBJECT_SIGNOFF.search(before):
        return True   # round 96: a sign-off with the subject the writer teaches ("Vänliga hälsningar Kristina Åberg, teknik, 070-…")
    if "@" in before and _SCHOOL_DOMAIN.search(before) and _RELATIVE.search(before, before_low) is None:
        return True   # round 86: after a school address in the sentence ("Maila klara.holm@…skolan.se eller ring 08-…")
    role = _last_role(window, window_low, before, before_low)
    if role is None and _REACHED.search(window, window_low):
        # "Skolans kurator heter Fredrik Holm och nås på …": the role earlier in the sentence,
        # with a verb of being reached right before the contact
        role = _last_role(before, before_low, before, before_low)
        if role is not None:
            window, window_low = before, before_low
    if role is not None and _RELATIVE.search(window, window_low, role.start()) is None:
        # a staff member's work contact, given in their role: "Mentor: Anna Berg, anna.berg@…",
        # "Tel. till skolsköterskan: 08-…", "/Lärare Peter Svensson, 0300-…" (a relative named
        # with or after the role owns the number: "mentor ringde mamma på …")
        return True
    if _CONTACT_LABEL.fullmatch(before) and lo > 0:
        # "Ann-Charlotte Ek, biträdande rektor, ansvarar för … Kontakt: 0910-…": a bare
        # contact label after a sentence that names staff in their role gives their contact
        plo, phi = sentence_span(view, lo - 1, lo)
        if plo < lo and _STAFF_ROLE.search(view.text, low, plo, phi) and _RELATIVE.search(view.text, low, plo, phi) is None:
            return True
    if _signoff_line(view.text, start) and signed_by_staff(view.text, start):
        return True   # the number on the sign-off line of a message staff write ("… Ring mig. Tack.\nKarin 070-…", round 41)
    call_me = _CALL_ME.search(before, before_low) is not None
    if not (call_me or _CALL_BARE.search(window, window_low)
            or (_CALL_OPEN.match(before) and _RELATIVE.search(before, before_low) is None)):
        return False
    if call_me:
        # "Kontakta mig på 08-… – Björn Andersson, lärare i NO": the writer signs in their role
        # on the same line, after the contact
        eol = view.text.find("\n", start)
        eol = eol if eol >= 0 else len(view.text)
        # (round 95: only a signature after the number, set off by a dash, a comma or a slash: not the message going on,
        # "ringa mig 0762-… vill prata om tobias, han säger att lärarn …")
        num_end = _number_end(view.text, start)
        sign = _SIGNATURE_AFTER.match(view.text, num_end) or _CLOSING_WORD.search(view.text, num_end, eol)
        if sign is not None and _STAFF_ROLE.search(view.text, low, sign.start(), eol) \
                and _RELATIVE.search(view.text, low, start, eol) is None:
            return True
        if _TO_SUBSTITUTE.match(view.text) is not None:
            return True
    return signed_by_staff(view.text, start)


_NON_SPACE = re.compile(r"\S")
# Round 96: a closing word, a name and the subject its writer teaches, right before the number on that line.
_SUBJECT_SIGNOFF = re.compile(
    r"(?i)(?:hälsningar|hälsn|mvh|vh|/)[^\S\n]*[A-ZÅÄÖ][\w-]+(?:[^\S\n]+[A-ZÅÄÖ][\w-]+)?[^\S\n]*,[^\S\n]*(?:lärare[^\S\n]+i[^\S\n]+)?"
    r"(?:teknik|matematik|matte|svenska|svenska\s+som\s+andraspråk|sva|engelska|bild|musik|slöjd|textilslöjd|träslöjd|idrott"
    r"(?:\s+och\s+hälsa)?|hemkunskap|fysik|kemi|biologi|no|so|historia|geografi|religion|samhällskunskap|tyska|franska"
    r"|spanska|moderna\s+språk|modersmål\w*)[^\S\n]*[,:]?[^\S\n]*$")
_CLOSING_WORD = re.compile(r"(?i)\b(?:hälsningar|hälsn|mvh|vh|regards|best)\b|(?<!\S)/")   # ("… eller via växeln. Hälsningar Birgitta Åberg, lärare i franska")
_SIGNATURE_AFTER = re.compile(r"[^\S\n]*(?:\([^()\n]{0,20}\)[^\S\n]*)?[–—,/-]")   # (a bracket between: "08-… (arbete) – Björn …")


def _last_line(text: str, end: int) -> bool:
    """The line ending at `end` is the last of the text or of its paragraph. (Searched, not sliced: every
    contact of a long text asks, and copying the rest of a megabyte each time made it quadratic.)"""
    return text.startswith("\n\n", end) or _NON_SPACE.search(text, end) is None


def _signoff_line(text: str, start: int) -> bool:
    """The contact at `start` is on the last line of the text or of its paragraph, a short line that
    opens with a capitalised word and holds at most four words besides the contact ("Karin 070-…",
    "Karin Ek, 070-…"): the writer's sign-off (round 41)."""
    span = _short_line(text, start, start)
    if span is None:
        return False
    lo, hi = span
    if not _last_line(text, hi):
        return False   # not the last line of its message
    words = _CONTACT_RUN.sub(" ", text[lo:hi]).split()
    return 0 < len(words) <= 4 and words[0][:1].isupper()


def _last(rx: CaselessPattern, s: str, low: str | None) -> re.Match[str] | None:
    """The last match of `rx` in `s` (the cue nearest the number); `low` is `caseless(s)`."""
    m = None
    for m in rx.finditer(s, low):
        pass
    return m


def _last_role(s: str, low: str | None, sentence: str, sentence_low: str | None) -> re.Match[str] | None:
    """The last staff role in `s`; not "fritids" where `sentence` (the words before the contact) names a relative and
    the after-school centre as a place ("Farmor hämtar Isak på fritids idag, hon nås på …" gives the grandmother's
    number; round 68). The sentence is read only for that role, not for every phone."""
    role = _last(_STAFF_ROLE, s, low)
    if role is not None and role.group().lower().startswith("fritids") and _FRITIDS_PLACE.search(sentence) is not None \
            and _RELATIVE.search(sentence, sentence_low) is not None:
        return None   # ("ring Anna på fritids, 070-…" stays staff's)
    return role


def _number_end(text: str, start: int) -> int:
    """Where the phone number or address starting at `start` ends (digits, separators)."""
    m = _CONTACT_RUN.match(text, start)
    return m.end() if m else start


_CONTACT_RUN = re.compile(r"\S+@\S+|[+(]?\d[\d()\s\-\u2010\u2011\u2013/]*\d")


# A message that staff write to guardians ("Meddelande till vårdnadshavare:", "Hej alla föräldrar!").
_TO_GUARDIANS = re.compile(
    r"(?i)\W*(?:(?:meddelande|information|info|brev|utskick|påminnelse)\s+till\s+|hej\s+(?:alla\s+)?)"
    r"(?:alla\s+)?(?:vårdnadshavare|föräldrar)"
)
# Round 63: a note that opens to the substitute ("Till vikarien i 5C: …", "Info till vikarie"): staff write it, so
# "ring mig på …" there gives the writer's number (a bare "ring 073-…" may still be someone else's: a support person's).
_TO_SUBSTITUTE = re.compile(
    r"(?i)\W*(?:(?:meddelande|information|info|instruktioner|lapp)\s+)?till\s+(?:min\s+)?(?:vikarien|vikarie|vikarierande\s+\w+|vik)\b"
    r"|\W*(?:vik-?info|vikarieinfo|vikarieinstruktioner|hej\s+vikarie[n]?)\b")   # round 86: "Vik-info 7B, tisdag: …"


# Round 41: the writer introduces themself in a staff role ("Jag heter Karin och är mentor till Hawa",
# "jag är klasslärare i 3B"); a guardian's "jag är mamma till …" is no role.
_SELF_STAFF = CaselessPattern(
    r"\bjag\s+(?:heter\s+\w+(?:\s+\w+)?\s+och\s+)?är\s+(?:\w+s\s+|ny\s+|hans\s+|hennes\s+)?"
    r"(?:mentor|klasslärare|\w*lärare|rektor|kurator|skolsköterska|specialpedagog|fritidspedagog)\w*\b")
# (a parent who says they teach too: "Jag är lärare själv och mamma till Hawa")
_SELF_PARENT = CaselessPattern(r"\b(?:mamma|pappa|förälder|vårdnadshavare)\s+till\b|\bmin\s+(?:son|dotter)\b|\bvårt\s+barn\b")


def _self_introductions(text: str) -> tuple[list[int], list[int]]:
    """Where `_SELF_STAFF` and `_SELF_PARENT` match in the text, found once per text (`_per_text`: every
    contact may ask `signed_by_staff`, and searching its paragraph each time made a long text quadratic)."""
    def find(text: str) -> tuple[list[int], list[int]]:
        low = lowered(text)
        staff_at = [m.start() for m in _SELF_STAFF.finditer(text, low)]
        return staff_at, ([m.start() for m in _SELF_PARENT.finditer(text, low)] if staff_at else [])

    return _per_text(text, "introductions", find)


def _any_in(sorted_positions, lo: int, hi: int) -> bool:
    """A position in [lo, hi), by bisection (a text's blank lines or matches, asked for each contact)."""
    i = bisect_left(sorted_positions, lo)
    return i < len(sorted_positions) and sorted_positions[i] < hi


def signed_by_staff(text: str, pos: int | None = None) -> bool:
    """The text's closing names a staff role ("/Peter, klasslärare 5A"), the text is a
    message to guardians ("Meddelande till vårdnadshavare: … /Anna Berg"), or its writer says they are
    staff ("Jag heter Karin och är mentor till Hawa"). With `pos`, only
    the message that holds it counts: its paragraph's opening and a closing after it in the
    same paragraph (a document of several notes has several writers)."""
    from .names import NameFinder

    lo_par, hi_par = 0, len(text)
    if pos is not None:
        before, after = text.rfind("\n\n", 0, pos), text.find("\n\n", pos)
        lo_par = before + 2 if before >= 0 else 0
        hi_par = after if after >= 0 else len(text)
    if _TO_GUARDIANS.match(text, lo_par) is not None:
        return True
    staff_at, parent_at = _self_introductions(text)
    if _any_in(staff_at, lo_par, hi_par) and not _any_in(parent_at, lo_par, hi_par):
        return True   # "Jag heter Karin och är mentor till Hawa. … Ring mig … / Karin 070-…" (round 41)
    low = lowered(text)
    return any(_STAFF_ROLE.search(text, low, lo, hi) for lo, hi in NameFinder._signature_spans(text)
               if pos is None or (pos < lo and hi <= hi_par))


_LOCAL_PARTS = re.compile(r"[._-]+")


# Round 40: a message the text says a relative wrote ("Svar från Hugos pappa: ”… /Tomas Eklund,
# tomas.eklund@…”", "Sms från mamma:", "Mammans mejl:", "Pappan skriver: …"): its closing, and the
# address made of that closing's name, are the family's, not the writer's own.
_RELATIVES_ALT = (r"(?:mamma|pappa|mamman|pappan|vårdnadshavare|vårdnadshavaren|föräldrar|föräldrarna"
                  r"|styvpappa|styvmamma|bonuspappa|bonusmamma|mormor|morfar|farmor|farfar)")
RELATIVE_WROTE = CaselessPattern(
    r"\b(?:svar|svaret|mejl|mejlet|mail|mailet|sms|sms:et|meddelande|meddelandet|brev|brevet|lapp|lappen)"
    r"\s+från\s+(?:\w+s\s+|\w+:s\s+|hans\s+|hennes\s+|elevens\s+)?" + _RELATIVES_ALT + r"\b"
    r"|\b" + _RELATIVES_ALT + r"s\s+(?:svar|mejl|mail|sms|meddelande|brev)\s*:"
    r"|\b" + _RELATIVES_ALT + r"\s+(?:skriver|skrev|svarar|svarade|svarar\s+så\s+här)\s*:")


# What the identifier pass works out once per text – its lower-cased copy, where a relative's message is
# introduced, where the writer introduces themself – because every contact and name candidate of the text
# asks: the last text and its answers by name. The pass drops it when it ends (`forget_text_memos`), as it
# does the closings' memo: no text outlives its call.
_TEXT_MEMO: tuple[str, dict[str, object]] | None = None


def _per_text(text: str, key: str, compute):
    """`compute(text)`, kept under `key` in `_TEXT_MEMO` while `text` is the last text asked about."""
    global _TEXT_MEMO
    memo = _TEXT_MEMO
    if memo is None or not (memo[0] is text or memo[0] == text):
        memo = _TEXT_MEMO = (text, {})
    answers = memo[1]
    if key not in answers:
        answers[key] = compute(text)
    return answers[key]


def _relative_wrote_ends(text: str) -> list[int]:
    """Where each introduction of a relative's message ends, found once per text (`_per_text`:
    `relative_wrote` is asked for every contact candidate, and scanning the text up to each one made a
    text full of numbers quadratic, round 40)."""
    return _per_text(text, "relative_wrote", lambda t: [m.end() for m in RELATIVE_WROTE.finditer(t, lowered(t))])


def lowered(text: str) -> str | None:
    """`caseless(text)` for the case-insensitive patterns here (`CaselessPattern`), made once per text
    (`_per_text`)."""
    return _per_text(text, "lowered", caseless)


def forget_text_memos() -> None:
    """Drop `_TEXT_MEMO` (and with it the text): called when an identifier pass ends."""
    global _TEXT_MEMO
    _TEXT_MEMO = None


def relative_wrote(text: str, pos: int) -> bool:
    """The text introduces, before `pos`, a message that a relative wrote (`RELATIVE_WROTE`), and `pos`
    is still in it: inside the quotation that follows the introduction, or – with no quotation marks –
    on a line with no staff role ('Mamman skriver: ”Hon är sjuk.” Jag svarade … /Lena, mentor' is the
    teacher's closing)."""
    ends = _relative_wrote_ends(text)
    i = bisect_right(ends, pos)
    if i == 0:
        return False
    end = ends[i - 1]
    marks = sum(text.count(q, end, pos) for q in '"”“«»')
    if marks:
        return marks % 2 == 1
    eol = text.find("\n", pos)
    return _STAFF_ROLE.search(text, lowered(text), pos, eol if eol >= 0 else len(text)) is None


def writers_address(text: str, start: int) -> bool:
    """An e-mail address made of the name the text is signed with ("maila
    olivia.berglund@… Hälsningar Olivia Berglund, mentor 7C"): the writer's own, unless a
    guardian signs ("/Lisa Berg (mamma)")."""
    at = text.find("@", start)
    parts = [p for p in _LOCAL_PARTS.split(fold_keep_length(text[start:at])) if p]
    if len(parts) < 2 or at < 0 or relative_wrote(text, start):
        return False
    from .names import NameFinder

    # (round 64: a municipality's domain is the school's employer's too: "per.holm@vaxjo.se … /Per")
    school = _SCHOOL_DOMAIN.match(text, at) is not None or _PUBLIC_DOMAIN.match(text, at) is not None
    for lo, hi in NameFinder._signature_spans(text):
        # (round 40: with diacritics folded, as addresses are written: "goran.holm@…" for Göran Holm)
        closing = fold_keep_length(text[lo:hi])
        words = set(re.findall(r"\w+", closing))
        # (at a school's domain the given name is enough: "robert.nilsson@skola.… /Robert")
        # (round 90: a given name's initial too, beside a whole part: "s.warren@… Best, Sarah Warren")
        if (all(p in words or (len(p) == 1 and any(w.startswith(p) for w in words)) for p in parts)
                and any(len(p) > 1 for p in parts) or (school and parts[0] in words)) \
                and _RELATIVE.search(closing, caseless(closing)) is None:
            return True
    return False


# A school's or a municipality's school domain ("@skola.goteborg.se", "@edu.stockholm.se").
# Round 97: work sent to the writer at the address right after ("mejla den till mig på henrik.sund@…", "skicka in
# rapporten till mig:"), not a pupil's own school address in brackets ("från din skolmail (ahmed.k@elev.…)").
_SEND_TO_ME = CaselessPattern(r"\b(?:mejla|maila|skicka|lämna)\s+(?:\w+\s+){0,2}till\s+mig\s*(?:på|:)?\s*$")
_SCHOOL_DOMAIN = re.compile(r"(?i)@[\w-]*(?:\.[\w-]+)*?\.?(?:[\w-]*skol|school|edu\b)")


def not_private(view, start: int, end: int) -> bool:
    """An address or e-mail in an exercise, example, template or workplace sentence, or the
    address of a place a class visits or stays at ("Besöksadress för studiebesöket: …",
    "Lägerskolan: vi bor på vandrarhemmet i Sälen, …")."""
    lo, hi = sentence_span(view, start, end)
    text, low = view.text, lowered(view.text)
    if _AB.search(text, lo, hi) is not None or _NOT_PRIVATE.search(text, low, lo, hi) is not None:
        return True
    if _WORKPLACE.search(text, low, lo, hi) is not None and _FAMILY_HOME.search(text, low, lo, hi) is None:
        return True
    if _PICKED_UP_OR_SENT_HOME.search(text, low, lo, hi) is not None:
        return False
    if _VISIT.search(text, low, lo, hi) is not None and _FAMILY_HOME.search(text, low, lo, hi) is None:
        return True
    return _EXERCISE.search(text, low, lo, hi) is not None and _RELATIVE.search(text, low, lo, hi) is None


def own_email(view, start: int, end: int) -> bool:
    """A school's or an office's mailbox ("info@…", "expedition@…"), or the address the
    writer or the school gives as its own ("skolans e-post är …", "ni når mig på …")."""
    if _ROLE_MAILBOX.match(view.text, start) or function_mailbox(view, start, end):
        return True
    if _SCHOOL_DOMAIN.search(view.text, start, end):
        # round 97: a school address the writer offers as their own ("mejla den till mig på henrik.sund@skola…"):
        # staff give theirs so; a family's "skicka till mig på …" is a private address
        lo, _ = sentence_span(view, start, start + 1)
        low = lowered(view.text)
        if _SEND_TO_ME.search(view.text, low, lo, start) is not None:
            return True
    return own_phone(view, start) or writers_address(view.text, start)


# One word as the local part, perhaps with a class or a number ("sommarskola@", "mentorerna7b@",
# "skolskjuts@"): no "förnamn.efternamn" and no initial before a surname.
_ONE_WORD_LOCAL = re.compile(r"(?i)[a-zåäö]+\d*[a-zåäö]?@")
# Round 64: words joined by dots or dashes, one of them a school's name, before "@" ("bildsal.ekskolan@…",
# "fritids-ekbacksskolan@…"): a room's or a school's mailbox, as a person's address there holds a name, not a school.
_SCHOOL_IN_LOCAL = re.compile(r"(?i)(?:[a-zåäö]+\d*[._-])*[a-zåäö]*(?:skola|skolan|school)\d*(?:[._-][a-zåäö]+\d*)*@")
_FAMILY_IN_LOCAL = re.compile(r"(?i)mamma|pappa|mamman|pappan|mum|mom|dad|farmor|mormor|farfar|morfar")
# A municipality's or a region's domain ("@kommun.se", "@kommunen.se", "@uppsala.kommun.se", "@stad.se").
_PUBLIC_DOMAIN = re.compile(r"(?i)@(?:[\w-]+\.)*[\w-]*(?:kommun|kommunen|stad|region)\.")


def function_mailbox(view, start: int, end: int) -> bool:
    """Round 40: one word before "@" at a school's or a municipality's domain is an office's mailbox
    ("sommarskola@kommun.se", "skolskjuts@kommunen.se", "mentorerna7b@nordskolan.se"; round 64: words joined, one
    of them a school's name, "bildsal.ekskolan@edu.goteborg.se"): a person's
    address there carries their name, and staff's are not reported anyway. (Not at other domains: a
    one-word address there is as often a person's, "ahmadisolveig@example.org", "edvinsmamma@gmail.com".)
    Not where a relative's word is in the local part or the sentence ("pappas jobbmejl …")."""
    text = view.text
    m = _ONE_WORD_LOCAL.match(text, start) or _SCHOOL_IN_LOCAL.match(text, start)
    if m is None or _FAMILY_IN_LOCAL.search(text, start, m.end()):
        return False
    at = m.end() - 1
    if _SCHOOL_DOMAIN.match(text, at) is None and _PUBLIC_DOMAIN.match(text, at) is None:
        return False
    lo, hi = sentence_span(view, start, end)
    return _RELATIVE.search(text, lowered(text), lo, hi) is None


def code_or_example_number(view, start: int) -> bool:
    """A code ("koden 0905174457 till skåpet") or an example number ("t.ex. 0123-45 67 89")."""
    lo, hi = sentence_span(view, start, start + 1)
    before = view.text[lo:start]
    if _CODE.search(" ".join(before.split()[-2:])):
        return True
    return _EXAMPLE.search(view.text, lo, hi) is not None
