"""Presidio recognizers for Swedish identifiers, all offline.

Each recognizer is a Presidio `EntityRecognizer` so the AnalyzerEngine runs, scores,
de-duplicates and explains them the same way as its own; the Swedish knowledge lives in
small modules next to this one (`personnummer`, `names`, `addresses`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List

import phonenumbers
import tldextract
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer, SePersonnummerRecognizer

from ..normalize import fold
from . import addresses, context, personnummer

LANG = "sv"
_PHONE_START = re.compile(r"^(?:0[1-9]|\+\s?[1-9]|00\s?[1-9]|\(0[1-9])")
# "[+(]?\d…", written to start with one character class (a plus, a bracket or a digit, then
# a digit after a plus or bracket) so that `re` scans for it instead of trying every position.
_PHONE_WINDOW = re.compile(r"[+(\d](?:(?<=[+(])\d|(?<=\d))(?:[\d()]|[\s\-\u2010\u2011\u2013/](?=[\d(])|\s[-\u2013]\s(?=\d)){7,24}")
# Every position where _PHONE_START could match (a lookahead, so overlapping starts count).
_PHONE_START_AT = re.compile(r"(?=0[1-9]|\+\s?[1-9]|00\s?[1-9]|\(0[1-9])")
_NON_SPACE = re.compile(r"\S*")
# An address written to dodge harvesters: "leila.h (at) gmail punkt com", "kim[at]skola.se",
# "sam snabel-a mail dot com". The "at" must be bracketed or "snabel-a", or – written as a
# bare word – followed by a domain spelt with "dot"/"punkt"; the domain is checked below.
_OBFUSCATED_EMAIL = re.compile(
    r"(?i)(?<![\w.+-])(?P<local>[a-z0-9][\w.+-]*)"
    r"(?:\s*(?:\(at\)|\[at\]|\{at\}|<at>)\s*|\s+snabel-?a\s+|\s+at\s+(?=[\w-]+\s+(?:dot|punkt)\s))"
    r"(?P<domain>[a-z0-9][\w-]*(?:\s*(?:\.|\(dot\)|\[dot\]|\(punkt\)|\[punkt\])\s*|\s+(?:dot|punkt)\s+)[a-z][\w-]*"
    r"(?:(?:\s*(?:\.|\(dot\)|\[dot\])\s*|\s+(?:dot|punkt)\s+)[a-z][\w-]*)*)"
)
# An address whose last dot was typed with a space ("mamman.hem@outlook .com"): the same
# address; the joined domain must pass the suffix check.
_SPACED_EMAIL = re.compile(r"(?i)(?<![\w.+-])[a-z0-9][\w.+-]*@[a-z0-9][\w-]*(?:\.[\w-]+)*[^\S\n]\.(?-i:[a-z]{2,6})\b")
_DOMAIN_DOT = re.compile(r"(?i)\s*(?:\(dot\)|\[dot\]|\(punkt\)|\[punkt\])\s*|\s+(?:dot|punkt)\s+|\s*\.\s*")
_OBFUSCATION_HINT = re.compile(r"(?i)\(at\)|\[at\]|\{at\}|<at>|snabel|\b(?:dot|punkt)\b")
_WORD_DOT = re.compile(r"\b(?:dot|punkt)\b")

# Round 40: number ranges no private person holds – freephone (020), shared-cost "riksnummer"
# (0771–0779) and premium rate (0900, 0939, 0944): companies', authorities' and services' lines
# ("ring Transportbolaget på 0771-…"). (Not 010: IP lines that families hold too.)
_SERVICE_NUMBERS = frozenset((phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST,
                              phonenumbers.PhoneNumberType.PREMIUM_RATE))
# Those ranges' national-number patterns in phonenumbers' own Swedish metadata: a +46 number that
# matches none of them is no service line, found without `number_type` (which tries every type's
# pattern in turn: for an ordinary mobile number it cost as much as the rest of the phone check).
_SE_SERVICE_PATTERN = re.compile("|".join(
    f"(?:{getattr(phonenumbers.PhoneMetadata.metadata_for_region('SE'), desc).national_number_pattern})"
    for desc in ("premium_rate", "toll_free", "shared_cost")))


def _service_number(number: phonenumbers.PhoneNumber) -> bool:
    """A freephone, shared-cost or premium-rate number (`_SERVICE_NUMBERS`)."""
    if number.country_code == 46 and not number.italian_leading_zero \
            and _SE_SERVICE_PATTERN.fullmatch(str(number.national_number)) is None:
        return False
    return phonenumbers.number_type(number) in _SERVICE_NUMBERS
# Round 40: a number whose digits are written as words, all or the first few ("noll sju noll – 88 21
# 304", "noll sju tre, fyra fyra ett …"): the same number, written so that a harvester misses it. It
# must open with "noll" (the trunk 0) and a digit word, as a written-out Swedish number does.
_DIGIT_WORDS = {"noll": "0", "ett": "1", "etta": "1", "två": "2", "tva": "2", "tre": "3", "fyra": "4", "fem": "5",
                "sex": "6", "sju": "7", "åtta": "8", "atta": "8", "nio": "9"}
_DIGIT_WORD = "(?:" + "|".join(_DIGIT_WORDS) + ")"
_WORDED_PHONE = re.compile(
    r"(?i)\bnoll(?:[\s,-]+" + _DIGIT_WORD + r"\b)+"
    r"(?:(?:\s*[–-]\s*|[\s,]+)(?:" + _DIGIT_WORD + r"|\d+)\b)*")
_ID_SHAPED = re.compile(r"^\d{6}(?:\d{2})?[-+]\d{4}$")
# Where a reported number may start (the same shapes as _PHONE_START, at a number's start):
# a window without one holds no number we would report, so phonenumbers is not run on it.
_PHONE_START_IN = re.compile(r"(?<!\d)(?:0[1-9]|\+\s?[1-9]|00\s?[1-9]|\(0[1-9])")

# The public-suffix snapshot bundled with tldextract, never the network: an empty URL
# tuple makes tldextract use its packaged list, and no cache dir means nothing is written.
_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def _view(nlp_artifacts):
    """The token view the checker attached to the artifacts (or one made from the Doc)."""
    view = getattr(nlp_artifacts, "skrivvakt_view", None)
    if view is None and nlp_artifacts is not None and nlp_artifacts.tokens is not None:
        from .names import TokenView

        view = nlp_artifacts.skrivvakt_view = TokenView.from_doc(nlp_artifacts.tokens)
    return view


def _result(rec: LocalRecognizer, entity: str, start: int, end: int, score: float, why: str) -> RecognizerResult:
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(recognizer=rec.name, original_score=score, textual_explanation=why),
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: rec.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id},
    )


def _maybe_obfuscated(text: str) -> bool:
    """Whether `_OBFUSCATION_HINT` can match: substring tests on the lower-cased text, the
    regex only where "dot"/"punkt" occurs. (A case-insensitive alternation is tried at
    every position; this was a quarter of the e-mail recognizer's time.) "ſ" is the one
    character `(?i)` reads as a letter of these words that `lower()` does not make one.
    """
    if "ſ" in text:
        return _OBFUSCATION_HINT.search(text) is not None
    low = text.lower()
    return ("(at)" in low or "[at]" in low or "{at}" in low or "<at>" in low or "snabel" in low
            or (("dot" in low or "punkt" in low) and _WORD_DOT.search(low) is not None))


def _at_chunks(text: str) -> list[tuple[int, int]]:
    """Spans of the whitespace-delimited chunks that hold an "@" (what `\\S*@\\S*` finds),
    found from each "@" outwards: the pattern tried at every position of the text cost
    more than the addresses in it."""
    out = []
    i = text.find("@")
    while i >= 0:
        s = i
        while s > 0 and not text[s - 1].isspace():
            s -= 1
        e = _NON_SPACE.match(text, i).end()
        out.append((s, e))
        i = text.find("@", e)
    return out


def _spaced_emails(text: str, chunks: list[tuple[int, int]]):
    """`_SPACED_EMAIL.finditer(text)`, searched only near the "@" chunks: a match holds one
    "@", so it lies in that "@"'s chunk plus a space and at most ".xxxxxx" after it (the
    window reaches one character further, for the closing \\b)."""
    last = 0
    for s, e in chunks:
        for m in _SPACED_EMAIL.finditer(text, max(s, last), e + 9):
            last = m.end()
            yield m


def _carries_name(address: str, subject_names: frozenset[str]) -> bool:
    """The pupil's own name in the part before "@" ("theo.bergman2010@…" about Theo): the
    pupil's private address, not one made up for an exercise, whatever the sentence says
    ("Skicka uppgiften från din skolmail, inte från …")."""
    local = address.split("@", 1)[0]
    return any(fold(part) in subject_names for part in re.findall(r"[^\W\d_]+", local))


class SwedishIdNumberRecognizer(SePersonnummerRecognizer):
    """Presidio's SE_PERSONNUMMER, extended: real dates, `+` century, samordningsnummer
    (incl. month 00 / day 60), interim letters, birth number 000, and contexts that make a
    number something else (ISBN, order/invoice/OCR numbers)."""

    ENTITIES = ["PERSONNUMMER", "SAMORDNINGSNUMMER"]
    # A valid-looking number right after one of these words is a product or case number.
    _NOT_PERSONAL = re.compile(
        r"(?i)(?:isbn|issn|ean|ocr|order\w*|best[aä]llning\w*|faktura\w*|artikel\w*|kund\w*nr|kundnummer|"
        r"referens\w*|ref|art\.?\s?nr|bankgiro|plusgiro|bg|pg|konto\w*|clearing\w*)"
        r"[\s.:#-]*(?:nr\.?|nummer)?[\s.:#-]*$"
    )

    def __init__(self) -> None:
        super().__init__(supported_language=LANG, supported_entity="PERSONNUMMER", name="SkrivvaktIdNumber")
        self.supported_entities = list(self.ENTITIES)

    def analyze(self, text: str, entities: List[str], nlp_artifacts: NlpArtifacts = None) -> List[RecognizerResult]:
        out = []
        for start, end, pn in personnummer.find(text):
            if self._NOT_PERSONAL.search(text[max(0, start - 30):start]):
                continue
            score = 0.9 if pn.separator or end - start == 12 else 0.8
            out.append(_result(self, pn.entity, start, end, score, "giltigt datum och kontrollsiffra"))
        return out


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail pattern, validated against tldextract's bundled suffix list."""

    def __init__(self) -> None:
        super().__init__(supported_language=LANG, supported_entity="EMAIL", name="SkrivvaktEmail")

    def analyze(self, text: str, entities: List[str], nlp_artifacts: NlpArtifacts = None, regex_flags=None):
        found = self._obfuscated(text) if _maybe_obfuscated(text) else []
        if "@" not in text and not found:   # the pattern is costly; most texts hold no address at all
            return []
        # Presidio's pattern only on the whitespace-free chunks around each "@" (an address
        # holds no whitespace, and a chunk starts and ends where the text has a boundary).
        chunks = _at_chunks(text)
        for s, e in chunks:
            for r in super().analyze(text[s:e], entities, nlp_artifacts, regex_flags):
                r.start += s
                r.end += s
                found.append(r)
        for m in _spaced_emails(text, chunks):
            addr = m.group()
            if " " in addr and not any(r.start < m.end() and m.start() < r.end and r.end - r.start >= len(addr) - 1
                                       for r in found):
                joined = re.sub(r"\s", "", addr)
                if _valid_domain(joined.rsplit("@", 1)[-1].lower()) and not context.EXAMPLE_EMAIL.search(joined):
                    found = [r for r in found if not (r.start < m.end() and m.start() < r.end)]
                    found.append(_result(self, "EMAIL", m.start(), m.end(), 0.8, "e-postadress med mellanslag"))
        view = _view(nlp_artifacts) if found else None
        subject = getattr(nlp_artifacts, "skrivvakt_subject_names", frozenset())
        return [r for r in found
                if not context.EXAMPLE_EMAIL.search(text[r.start:r.end])
                and not (view is not None and ((context.not_private(view, r.start, r.end)
                                                and not _carries_name(text[r.start:r.end], subject))
                                               or context.own_email(view, r.start, r.end)))]

    def validate_result(self, pattern_text: str) -> bool:
        return _valid_domain(pattern_text.rsplit("@", 1)[-1].lower())

    def _obfuscated(self, text: str) -> List[RecognizerResult]:
        """Addresses with "(at)", "snabel-a", "punkt", "dot" for @ and ".": the same
        personal data, written so that a harvester – and Presidio's pattern – misses it."""
        out = []
        for m in _OBFUSCATED_EMAIL.finditer(text):
            raw, end = m.group("domain"), m.end()
            domain = _DOMAIN_DOT.sub(".", raw).lower()
            if not _valid_domain(domain):
                # The sentence's full stop and the next word were taken as one more label
                # ("…(at)hotmail(dot)com. Han vill …"): drop labels from the end until the
                # domain is registrable again.
                for sep in reversed(list(_DOMAIN_DOT.finditer(raw))[1:]):
                    domain = _DOMAIN_DOT.sub(".", raw[:sep.start()]).lower()
                    if _valid_domain(domain):
                        end = m.start("domain") + sep.start()
                        break
            if _valid_domain(domain) and not context.EXAMPLE_EMAIL.search(f"{m.group('local')}@{domain}"):
                out.append(_result(self, "EMAIL", m.start(), end, 0.8, "e-postadress skriven med (at)/punkt"))
        return out


@lru_cache(maxsize=4096)
def _valid_domain(domain: str) -> bool:
    """A registrable domain under a known public suffix (domains repeat: memoised)."""
    parts = _TLD(domain)
    return bool(parts.suffix and parts.domain)


# Round 58: a phone number with a space between every digit (an obfuscation like the spaced e-mail
# addresses above): single digits, each after one or two spaces (a dash may stand between groups).
_DIGIT_SPACE_DIGIT = re.compile(r"\d \d \d")
_SPACED_PHONE = re.compile(r"(?<![\w+])(?:\+ ?4 ?6|0)(?: {1,2}(?:- {0,2})?\d(?!\d)){7,12}")


def _counted(digits: str) -> bool:
    """Digits counted up or down by one ("0123456789", "98765432"): a number line, not a number."""
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:])}
    return steps == {1} or steps == {-1}


class SwedishPhoneRecognizer(LocalRecognizer):
    """Swedish phone numbers found with `phonenumbers` (region SE).

    Leniency POSSIBLE, not VALID: a number a guardian wrote down is personal data whether or
    not its range is allocated today, and the numbering-plan check would miss mistyped or
    new ranges. Precision comes from how Swedes write numbers instead: a match must start
    with a trunk 0 followed by an area code digit (or +/00 and a country code), carry 8–13
    digits, and hold no '.' or ':' (clock times "08.15-09.45"); personnummer-shaped
    strings (6 or 8 digits before the dash) are left to their own recognizer.
    """

    SCORE = 0.85

    def __init__(self) -> None:
        super().__init__(supported_entities=["PHONE"], supported_language=LANG, name="SkrivvaktPhone")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: List[str], nlp_artifacts: NlpArtifacts = None) -> List[RecognizerResult]:
        out = []
        # phonenumbers' matcher is slow on long texts; run it only on windows that hold a
        # run of 8+ digits written the way phone numbers are (with a little context).
        for w in _PHONE_WINDOW.finditer(text):
            win = w.group()
            if sum(map(str.isdigit, win)) < 8 or not _PHONE_START_IN.search(win):
                continue   # too few digits, or no trunk 0 / country code: nothing to report
            lo, hi = max(0, w.start() - 2), min(len(text), w.end() + 2)
            seg = text[lo:hi]
            # A reported number is a part of `seg` that starts like _PHONE_START and holds 8+
            # digits, so seg holds 8+ digits from the first such start on; if not (dates
            # "2017-03-23", organisation numbers "556036-0793"), phonenumbers has nothing to give.
            first = _PHONE_START_AT.search(seg)
            if first is None or sum(map(str.isdigit, seg[first.start():])) < 8:
                continue
            for m in phonenumbers.PhoneNumberMatcher(seg, "SE", leniency=phonenumbers.Leniency.POSSIBLE):
                raw = m.raw_string
                digits = sum(map(str.isdigit, raw))
                if "." in raw or ":" in raw or not 8 <= digits <= 13 or not _PHONE_START.match(raw):
                    continue
                if personnummer.valid(raw) or _ID_SHAPED.match(raw):
                    continue  # 6 or 8 digits before the dash: a (maybe invalid) personnummer, not a phone
                if _service_number(m.number):
                    continue  # round 40: a company's or an authority's service line (0771-…, 020-…, 0900-…)
                view = _view(nlp_artifacts)
                if view is not None and (context.own_phone(view, lo + m.start)
                                         or context.code_or_example_number(view, lo + m.start)):
                    continue  # the teacher's or the school's own number, a code, an example
                # round 65: a number in brackets whose closing bracket phonenumbers leaves out ("(070-861 22 14)"):
                # the opening one is no part of the number either ("(08) 123 45 67" keeps its area code's)
                start = m.start + 1 if raw.startswith("(") and ")" not in raw else m.start
                out.append(_result(self, "PHONE", lo + start, lo + m.end, self.SCORE, "svenskt telefonnummer"))
        if "noll" in text or "Noll" in text or "NOLL" in text:
            out.extend(self._worded(text, nlp_artifacts))
        if _DIGIT_SPACE_DIGIT.search(text) is not None:
            out.extend(self._spaced(text, nlp_artifacts))
        return out

    def _spaced(self, text: str, nlp_artifacts) -> List[RecognizerResult]:
        """A number with a space between every digit ("0 7 0 - 5 5 5 1 2 3 4"), written so that no
        phone pattern sees it (round 58). The digits read together must make a *valid* Swedish
        number (not only a possible one, as for ordinary numbers: a run of single digits is also
        a count or a number line) and not a run counted up or down ("0 1 2 3 4 5 6 7 8 9")."""
        out = []
        for m in _SPACED_PHONE.finditer(text):
            digits = "".join(ch for ch in m.group() if ch.isdigit() or ch == "+")
            core = digits.lstrip("+")
            if 8 <= len(core) <= 13 and not _counted(core):
                out += self._written_out(digits, m, nlp_artifacts, phonenumbers.is_valid_number,
                                         "telefonnummer med mellanslag mellan siffrorna")
        return out

    def _worded(self, text: str, nlp_artifacts) -> List[RecognizerResult]:
        """Numbers with their digits written as words (`_WORDED_PHONE`), 8–13 digits once read."""
        out = []
        for m in _WORDED_PHONE.finditer(text):
            digits = "".join(_DIGIT_WORDS.get(w.lower(), w) for w in re.findall(r"\w+", m.group()))
            if digits.isdigit() and 8 <= len(digits) <= 13 and _PHONE_START.match(digits):
                out += self._written_out(digits, m, nlp_artifacts, phonenumbers.is_possible_number,
                                         "telefonnummer skrivet med ord")
        return out

    def _written_out(self, digits: str, m, nlp_artifacts, accept, what: str) -> List[RecognizerResult]:
        """The one result for a number written so that no phone pattern sees it (`_worded`,
        `_spaced`), once its digits are read: `accept` (phonenumbers' possible or valid test) must
        pass, and it is no service line, no number of the writer's or the school's, no example."""
        try:
            number = phonenumbers.parse(digits, "SE")
        except phonenumbers.NumberParseException:
            return []
        if not accept(number) or _service_number(number):
            return []
        view = _view(nlp_artifacts)
        if view is not None and (context.own_phone(view, m.start()) or context.code_or_example_number(view, m.start())):
            return []
        return [_result(self, "PHONE", m.start(), m.end(), self.SCORE, what)]


class SwedishAddressRecognizer(LocalRecognizer):
    """Street name + number (+ postcode and town), or postcode + town."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ADDRESS"], supported_language=LANG, name="SkrivvaktAddress")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: List[str], nlp_artifacts: NlpArtifacts = None) -> List[RecognizerResult]:
        out = []
        view = _view(nlp_artifacts)
        for s, e, score in addresses.find(text, view.fold_text if view is not None else None):
            if context.EXAMPLE_STREET.match(text[s:e]):
                continue   # "Exempelgatan 1": made up for an exercise
            if view is not None and context.not_private(view, s, e):
                continue   # an exercise, a template, a workplace
            if context.SCHOOL_PLACE_BEFORE.search(text, max(0, s - 70), s):
                continue   # the school's own: "skickas till Hagaskolan, Skolgatan 12, …", "i aulan, Skolgatan 3" (round 95)
            out.append(_result(self, "ADDRESS", s, e, score, "gatuadress eller postnummer och ort"))
        return out
