"""The identifier category: personnummer/samordningsnummer, phones, e-mail, addresses, names.

Test data is generated with Faker's sv_SE provider (valid personnummer, names, phones,
addresses) under fixed seeds; the check digits of hand-built numbers are computed here with
an independent Luhn implementation, not with the code under test.
"""
from __future__ import annotations

import datetime as dt
import random
import socket

import pytest
from faker import Faker

from checker.identifiers import engine as id_engine
from checker.identifiers.personnummer import valid

CAT = ["identifier"]


def luhn_digit(nine: str) -> str:
    """Check digit for nine digits (Luhn, weights 2,1,2,…)."""
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 - i % 2)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def make_number(yymmdd: str, serial: str = "123", sep: str = "-", century: str = "") -> str:
    return f"{century}{yymmdd}{sep}{serial}{luhn_digit(yymmdd + serial)}"


def with_wrong_check(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


class _SvFaker:
    """Faker sv_SE, except that `ssn()` never has birth number 000: Faker can produce it,
    Skatteverket never issues it (and the validator rejects it, see a test below)."""

    def __init__(self, seed: int) -> None:
        self._f = Faker("sv_SE")
        self._f.seed_instance(seed)

    def __getattr__(self, name):
        return getattr(self._f, name)

    def ssn(self, **kwargs) -> str:
        while True:
            n = self._f.ssn(**kwargs)
            if n[-4:-1] != "000":
                return n


@pytest.fixture(scope="module")
def fake():
    return _SvFaker(20260101)


def ids(checker, text, subject_names=()):
    return [(f.quote, f.entity) for f in checker.check(text, subject_names=subject_names, categories=CAT).findings]


# --------------------------------------------------------------- personnummer validation
def test_faker_personnummer_are_valid_in_every_format(fake):
    for _ in range(200):
        short = fake.ssn()                       # YYMMDD-NNNN
        long = fake.ssn(long=True)               # YYYYMMDD-NNNN
        for form in (short, short.replace("-", ""), long, long.replace("-", "")):
            pn = valid(form)
            assert pn is not None and pn.entity == "PERSONNUMMER", form


def test_wrong_check_digit_is_invalid(fake):
    for _ in range(100):
        assert valid(with_wrong_check(fake.ssn())) is None


def test_impossible_dates_are_invalid_even_with_a_correct_check_digit():
    for yymmdd in ("090230", "090431", "091301", "090000", "090132"):
        assert valid(make_number(yymmdd)) is None, yymmdd


def test_plus_means_a_hundred_years_earlier():
    # 29 February exists in 2000 but not in 1900: "-" and "+" give different centuries.
    assert valid(make_number("000229", sep="-")).birth == dt.date(2000, 2, 29)
    assert valid(make_number("000229", sep="+")) is None
    assert valid(make_number("120514", sep="+")).birth.year < dt.date.today().year - 100


def test_twelve_digits_carry_their_own_century():
    assert valid(make_number("000229", century="19")) is None  # 1900 is no leap year
    assert valid(make_number("000229", century="20")).birth == dt.date(2000, 2, 29)


def test_samordningsnummer_day_plus_sixty(fake):
    for _ in range(50):
        d = fake.date_of_birth(minimum_age=1, maximum_age=80)
        yymmdd = f"{d:%y%m}{d.day + 60:02d}"
        pn = valid(make_number(yymmdd, serial=f"{random.Random(d.toordinal()).randint(1, 999):03d}"))
        assert pn is not None and pn.entity == "SAMORDNINGSNUMMER" and pn.birth == d


def test_samordningsnummer_with_unknown_month_or_day():
    # Skatteverket: month 00 and/or day 60 (= day 00 + 60) when the birth date is not known.
    for yymmdd in ("850060", "850060", "850075", "850960"):
        pn = valid(make_number(yymmdd))
        assert pn is not None and pn.entity == "SAMORDNINGSNUMMER" and pn.birth is None, yymmdd
    assert valid(make_number("850092")) is None   # day 32 + 60
    assert valid(make_number("851360")) is None   # month 13
    assert valid(make_number("850000")) is None   # month/day 00 is only for samordningsnummer


def test_interim_numbers_with_a_letter():
    for letter in "TRSUWXJKLMN":
        number = f"000101-{letter}22" + luhn_digit("000101" + "122")   # the letter counts as 1
        assert valid(number) is not None, number
        assert valid(number.replace("-", "")) is not None
    assert valid("000101-E221") is None                                 # not an interim letter


def test_birth_number_000_is_never_issued():
    assert valid(make_number("150916", serial="000")) is None


def test_company_organisationsnummer_is_not_personal(fake):
    for _ in range(50):
        assert valid(fake.org_id()) is None


def test_sole_trader_organisationsnummer_is_a_personnummer(checker, fake):
    pnr = fake.ssn().replace("-", "")
    found = ids(checker, f"Firman är en enskild firma med organisationsnummer {pnr}.")
    assert found == [(pnr, "PERSONNUMMER")]


# ---------------------------------------------------------------- personnummer in text
@pytest.mark.parametrize("template", [
    "Elevens personnummer är {n}.",
    "Pnr: {n}",
    "Mamman ({n}) har ringt.",
    "{n} ska stå i ansökan, inte här.",
])
def test_personnummer_in_text(checker, fake, template):
    for form in (fake.ssn(), fake.ssn(long=True), fake.ssn().replace("-", "")):
        text = template.format(n=form)
        assert ids(checker, text) == [(form, "PERSONNUMMER")], text


def test_samordningsnummer_entity_in_text(checker):
    number = make_number("850976", serial="123")
    assert ids(checker, f"Pappan har samordningsnummer {number}.") == [(number, "SAMORDNINGSNUMMER")]


@pytest.mark.parametrize("text", [
    "Provet den 2023-10-12 gick bra.",
    "Läs sidorna 120-145 i läroboken.",
    "Boken har ISBN 978-91-29-65904-4.",
    "Sök på åren 1998-2003 i tidslinjen.",
    "Vi träffas 12/10 kl. 14.30.",
])
def test_dates_pages_and_isbn_are_not_identifiers(checker, text):
    assert ids(checker, text) == []


def test_valid_looking_numbers_after_isbn_or_order_words_are_not_identifiers(checker, fake):
    for word in ("ISBN", "Ordernummer", "Beställningsnr", "Fakturanummer", "OCR"):
        number = fake.ssn().replace("-", "")
        assert ids(checker, f"{word} {number} gäller läromedlet.") == [], word


def test_invalid_personnummer_in_text_are_ignored(checker, fake):
    for _ in range(20):
        assert ids(checker, f"Numret {with_wrong_check(fake.ssn())} har fel kontrollsiffra.") == []


# ------------------------------------------------------------------------------ phones
def swedish_faker_phone(fake) -> str:
    """Faker's sv_SE phone formats include impossible ones ("0074-833 78": a trunk 0 then
    another 0); Swedish area codes start with 1-9 after the trunk 0."""
    while True:
        phone = fake.phone_number()
        if phone.startswith("+46") or (phone[0] == "0" and phone[1] != "0"):
            return phone


def test_faker_phone_numbers(checker, fake):
    for _ in range(40):
        phone = swedish_faker_phone(fake)
        found = ids(checker, f"Ring mamma på {phone} efter skolan.")
        assert found == [(phone, "PHONE")], phone


@pytest.mark.parametrize("phone", [
    "070-123 45 67", "0701234567", "+46 70 123 45 67", "+46701234567", "08-123 456 78", "031-12 34 56",
    "0522-123 45",
])
def test_phone_formats(checker, phone):
    assert ids(checker, f"Pappa nås på {phone} dagtid.") == [(phone, "PHONE")]


@pytest.mark.parametrize("text", [
    "Lektionen är kl 08.15-09.45.",
    "Eleven räknade 1234 567 gånger.",
    "Talet 12 345 678 är jämnt delbart med 2.",
    "Skolans växel har nummer 031-12 34 56.",
])
def test_phone_hard_negatives(checker, text):
    assert [e for _, e in ids(checker, text) if e == "PHONE"] == []


# ------------------------------------------------------------------------------ e-mail
def test_faker_emails(checker, fake):
    for _ in range(30):
        email = fake.email()
        assert ids(checker, f"Skriv till {email} om läxan.") == [(email, "EMAIL")]


def test_email_hard_negatives(checker):
    assert ids(checker, "Eleven skrev @ i stället för a och använde formatet namn@domän.") == []


@pytest.mark.parametrize("at, dot", [
    (" (at) ", " punkt "), ("[at]", "."), (" snabel-a ", "."), (" at ", " dot "), ("(at)", "(dot)"),
])
def test_obfuscated_emails(checker, fake, at, dot):
    """Addresses spelt to dodge harvesters are the same personal data."""
    for _ in range(10):
        local, domain = fake.email().split("@")
        written = local + at + domain.replace(".", dot)
        assert ids(checker, f"Mammans mejl: {written}, svarar på kvällar.") == [(written, "EMAIL")]


@pytest.mark.parametrize("text", [
    "Vi pratade om tecknen (at) och dot i programmeringen.",
    "He looked at the dot on the map.",
    "Punkt com är ett vanligt sätt att läsa upp en adress, lärde vi oss.",
    "Hon skrev exempel (at) exempel punkt se i uppgiften.",
])
def test_obfuscated_email_hard_negatives(checker, text):
    assert [e for _, e in ids(checker, text) if e == "EMAIL"] == []


def test_email_validation_never_touches_the_network(checker, monkeypatch):
    calls = []
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: calls.append(a) or (_ for _ in ()).throw(OSError("blocked")))
    monkeypatch.setattr(socket.socket, "connect", lambda self, addr: calls.append(addr) or (_ for _ in ()).throw(OSError("blocked")))
    monkeypatch.delenv("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", raising=False)
    from checker.identifiers.recognizers import OfflineEmailRecognizer

    rec = OfflineEmailRecognizer()
    assert rec.validate_result("anna.berg@skola.goteborg.se") is True
    assert rec.validate_result("x@localhost") is False
    assert calls == []


# ---------------------------------------------------------------------------- addresses
def test_faker_addresses(checker, fake):
    for _ in range(30):
        street, post, city = fake.street_address(), fake.postcode(), fake.city()
        full = f"{street}, {post} {city}"
        assert ids(checker, f"Familjen har flyttat till {full}.") == [(full, "ADDRESS")]
        assert ids(checker, f"Han bor på {street} sedan i höstas.") == [(street, "ADDRESS")]


def test_address_formats(checker):
    assert ids(checker, "Ny adress: Storgatan 12, 463 30 Lilla Edet") == [("Storgatan 12, 463 30 Lilla Edet", "ADDRESS")]
    assert ids(checker, "De bor på Norra Långgatan 3B nu.") == [("Norra Långgatan 3B", "ADDRESS")]
    assert ids(checker, "Hon bor numera på Kvarngränd.") == [("Kvarngränd", "ADDRESS")]


@pytest.mark.parametrize("text", [
    "Klassen gick längs Drottninggatan till museet.",
    "Eleven löste 12 av 15 uppgifter på sidan 45.",
    "Under PRAO-veckan var hon på Lindströms Bygg AB, Industrigatan 4.",
])
def test_address_hard_negatives(checker, text):
    assert [e for _, e in ids(checker, text) if e == "ADDRESS"] == []


# -------------------------------------------------------------------------------- names
def _names(checker, text, subject_names=()):
    return [q for q, e in ids(checker, text, subject_names) if e == "PERSON_NAME"]


def test_other_students_names_from_the_gazetteer(checker, fake):
    for _ in range(40):
        a, b, c = fake.first_name(), fake.first_name(), fake.first_name()
        if len({a, b, c}) < 3:
            continue
        text = f"{a} bråkade med {b} och {c} på rasten."
        assert _names(checker, text, subject_names=[a]) == [b, c], text


def test_full_names_are_one_span(checker, fake):
    for _ in range(30):
        full = f"{fake.first_name()} {fake.last_name()}"
        assert _names(checker, f"Grannen {full} hämtar honom på fredagar.") == [full]


def test_context_cues_for_unknown_names(checker):
    assert _names(checker, "Han satt med kompisen Dragomir hela lektionen.") == ["Dragomir"]
    assert _names(checker, "Zeyneps mamma kom på mötet.") == ["Zeynep"]
    assert _names(checker, "Mamma Petronella vill boka ett samtal.") == ["Petronella"]


def test_lower_case_names_only_after_a_person_cue(checker):
    assert _names(checker, "Han bråkade med kompisen oskar på rasten.") == ["oskar"]
    assert _names(checker, "Hon och hennes syster ida var där.") == ["ida"]
    assert _names(checker, "Pappa ville komma, men mamma kom och kompisen jobbar.") == []
    assert _names(checker, "Vi pratade om oskar och ida.") == []   # no cue: too unsure


def test_class_and_genitive_cues(checker):
    assert _names(checker, "Oskar i 8C har lånat hennes bok.", ["Lina"]) == ["Oskar"]
    assert _names(checker, "Hon lånade Oskars penna.", ["Lina"]) == ["Oskar"]


def test_surname_morphology(checker):
    assert _names(checker, "Eleven har arbetat med Tjärnqvist i projektet.") == ["Tjärnqvist"]


@pytest.mark.parametrize("word", ["Klara", "Hans", "Per", "Alla", "Glad", "Frisk"])
def test_wordlike_names_need_context(checker, word):
    # at the start of a sentence, without a cue: an ordinary word
    starts = {
        "Klara": "Klara av uppgifterna är målet.",
        "Hans": "Hans arbete har blivit bättre.",
        "Per": "Per vecka läser hon tjugo sidor.",
        "Alla": "Alla i gruppen bidrog.",
        "Glad": "Glad musik passar till filmen.",
        "Frisk": "Frisk luft hjälper.",
    }
    assert _names(checker, starts[word]) == []
    # mid-sentence capital, or joined to another name: a name
    assert _names(checker, f"Hon arbetade med {word} i gruppen.") == [word]
    assert _names(checker, f"{word} och Oskar bråkade.") == [word, "Oskar"]


def test_subject_names_and_their_inflections_are_never_flagged(checker):
    text = "Ali kan beskriva fotosyntesen. Alis rapport och Ali:s bilder var tydliga."
    assert _names(checker, text, ["Ali"]) == []
    assert _names(checker, "Mattis kan skriva sitt namn.", ["Mattis"]) == []
    assert _names(checker, "Ali Hassan har läst mycket.", ["Ali Hassan"]) == []


def test_teacher_signature_is_not_flagged(checker):
    assert _names(checker, "Eleven har gjort stora framsteg.\n/Maria") == []
    assert _names(checker, "Tack för samtalet! /Maria") == []
    assert _names(checker, "Eleven har gjort stora framsteg. Hälsningar Anneli, mentor") == []
    assert _names(checker, "Vi ses på mötet.\n\nMed vänliga hälsningar\nAnneli Svensson\nKlasslärare 4B") == []
    # … but a name earlier in the same message still is
    assert _names(checker, "Oskar har varit borta. Hälsningar Anneli", ["Lina"]) == ["Oskar"]


@pytest.mark.parametrize("text", [
    "Eleven har läst en bok av Astrid Lindgren och kan återberätta handlingen.",
    "Eleven kan redogöra för Gustav Vasas roll i Sveriges historia.",
    "Huvudpersonen Jonatan visar mod i boken.",
    "Karl XII dog vid Fredriksten 1718.",
    "Hon jämför hur Strindberg framställer Julie i dramat.",
    "Eleven kan beskriva asagudar som Oden, Tor och Freja.",
    "Hon kan berätta om Martin Luther King och Rosa Parks.",
    "Vi läste Fallet Mona och diskuterade slutet.",
    "Birger Magnusson grundade staden på 1200-talet.",
    "Tore Vikander regerade från 1523 enligt uppgiften.",
])
def test_knowledge_context_is_not_flagged(checker, text):
    assert _names(checker, text) == []


def test_holidays_are_not_names(checker):
    assert _names(checker, "Vi firade Lucia och Jul i klassen, och efter Ramadan kom Eid.") == []


def test_places_and_companies_are_not_names(checker):
    assert _names(checker, "Klassen åkte till Lund och Falun på studieresa.") == []
    assert _names(checker, "Hon gjorde sin PRAO på Salong Rosa AB.") == []


# ------------------------------------------------------------------- engine properties
def test_messages_say_where_and_never_repeat_the_identifier(checker, fake):
    pnr, phone, email = fake.ssn(), "070-123 45 67", fake.email()
    text = f"Pnr {pnr}, tel {phone}, e-post {email}, Storgatan 12, och Oskar i 8C."
    findings = checker.check(text, categories=CAT).findings
    assert {f.entity for f in findings} == {"PERSONNUMMER", "PHONE", "EMAIL", "ADDRESS", "PERSON_NAME"}
    for f in findings:
        assert f.belongs_in and f.message and f.suggestion
        assert f.quote not in f.message and f.quote not in (f.suggestion or "")
        assert text[f.start:f.end] == f.quote


def test_analyzer_is_built_once_and_text_tokenised_once(checker, monkeypatch):
    checker.check("Oskar ringde 070-123 45 67.", categories=CAT)
    built = id_engine.BUILD_COUNT
    engine = id_engine.get_analyzer()

    def no_second_tokenisation(*args, **kwargs):
        raise AssertionError("Presidio tokenised the text again")

    monkeypatch.setattr(engine.nlp_engine, "process_text", no_second_tokenisation)
    calls: list[str] = []
    for rec in engine.registry.recognizers:
        real = rec.analyze
        monkeypatch.setattr(rec, "analyze", lambda *a, _real=real, _name=rec.name, **k: calls.append(_name) or _real(*a, **k))
    assert ids(checker, "Lina ringde 070-123 45 67.", ["Oskar"]) == [("Lina", "PERSON_NAME"), ("070-123 45 67", "PHONE")]
    assert id_engine.BUILD_COUNT == built and id_engine.get_analyzer() is engine
    # one pass of each Presidio recognizer per text, shared by the five rules
    assert sorted(calls) == sorted(r.name for r in engine.registry.recognizers)


def test_analyzer_uses_the_checkers_pipeline_and_explicit_recognizers(checker):
    from checker.nlp import get_nlp

    engine = id_engine.get_analyzer()
    assert engine.nlp_engine.get_nlp("sv") is get_nlp()
    names = sorted(r.name for r in engine.registry.recognizers)
    assert names == ["SkrivvaktAddress", "SkrivvaktEmail", "SkrivvaktIdNumber", "SkrivvaktPersonName", "SkrivvaktPhone"]


def test_offsets_map_back_through_normalisation(checker, fake):
    pnr = fake.ssn()
    text = f"Se\u200b   personnummer:\t{pnr} och  Oskar."
    for f in checker.check(text, categories=CAT, subject_names=["Lina"]).findings:
        assert text[f.start:f.end] == f.quote
    assert [f.quote for f in checker.check(text, categories=CAT).findings] == [pnr, "Oskar"]


# ------------------------------------------------ generalisation beyond the sv_SE gazetteer
def _plain_foreign_names(locale: str, seed: int, count: int) -> list[tuple[str, str]]:
    """(first, last) names from a Faker locale that are not Swedish or English words (those
    are only names with a cue, which other tests cover)."""
    from faker.providers.lorem.en_US import Provider as Lorem

    from checker.nlp import get_lemma_table

    words = get_lemma_table()
    lemmas = set(words.values())
    english = {w.lower() for w in Lorem.word_list}
    f = Faker(locale)
    f.seed_instance(seed)
    out = []
    while len(out) < count:
        first, last = f.first_name(), f.last_name()
        if any(w.lower() in words or w.lower() in lemmas or w.lower() in english or " " in w
               for w in (first, last)):
            continue
        out.append((first, last))
    return out


@pytest.mark.parametrize("locale", ["pl_PL", "fi_FI", "tr_TR", "hr_HR", "en_PK", "en_TH", "az_AZ", "uk_UA"])
def test_names_from_other_countries_are_found(checker, locale):
    for first, last in _plain_foreign_names(locale, 7, 6):
        text = f"I dag arbetade hon i grupp med {first} {last} och det gick bra."
        assert _names(checker, text) == [f"{first} {last}"], text


def test_unknown_names_by_form_and_slot(checker):
    # a given name and a surname that no list holds, mid-sentence
    assert _names(checker, "Hon skrev rapporten med Tsehaye Gebrezgi i veckan.") == ["Tsehaye Gebrezgi"]
    # "samarbetade/lekte med X"
    assert _names(checker, "Han har lekt mycket med Kwesiwaa på rasterna.") == ["Kwesiwaa"]
    # joined to the student's own name
    assert _names(checker, "Ploy och Chanarat gjorde en affisch.", ["Ploy"]) == ["Chanarat"]
    # hard negatives: tools, places, Swedish words in capitals, English quotes
    assert _names(checker, "Hon arbetade med GeoGebra och Scratch i projektet.") == []
    assert _names(checker, "Familjen flyttar till Santiago efter jul.") == []
    assert _names(checker, "Statistiken kommer från Brå och SCB.") == []
    assert _names(checker, "Such a lovely girl, always smiling.") == []


def test_greetings_and_forms_of_address_are_not_names(checker):
    for text in ("Kära vårdnadshavare! Vi åker på utflykt på fredag.",
                 "Käre Oskars pappa, tack för i går.".replace("Oskars pappa", "förälder"),
                 "Bästa föräldrar i 4B, välkomna på föräldramöte."):
        assert _names(checker, text) == [], text


def test_staff_named_by_title_are_not_stray_identifiers(checker):
    assert _names(checker, "Fröken Anna och fröken Lena visade hur man sår frön.") == []
    assert _names(checker, "Jonas Berg (vikarie i 4A) såg att han räknade säkert.") == []
    assert _names(checker, "Glad påsk önskar Pia och Kim, mentorer i 7B") == []


def test_a_closing_signed_by_a_guardian_names_a_guardian(checker):
    assert _names(checker, "Thea är sjuk i dag.\n/Pappa Ahmed", ["Thea"]) == ["Ahmed"]
    assert _names(checker, "Hej! Thea är hemma i dag. Mvh Maria (mamma)", ["Thea"]) == ["Maria"]
    assert _names(checker, "Thea har gjort framsteg. Hälsningar Anneli, mentor", ["Thea"]) == []


def test_notes_typed_in_lower_case(checker):
    found = _names(checker, "bråk m oskar o ali på rasten. ring alis pappa")
    assert found[:2] == ["oskar", "ali"] and len(found) == 3 and found[2].startswith("ali")
    assert _names(checker, "idag: milo, wilma o juni i gruppen. funkade bra", ["Wilma"]) == ["milo", "juni"]
    # a note with ordinary capitals keeps needing a cue for lower-case names
    assert _names(checker, "Vi pratade om oskar och ida.") == []


def test_student_sharing_a_surname_with_a_parent(checker):
    assert _names(checker, "Pappa Thomas Nyberg ringde i dag.", ["Sara Nyberg"]) == ["Thomas Nyberg"]
    assert _names(checker, "Sara Nyberg läser bra.", ["Sara Nyberg"]) == []


@pytest.mark.parametrize("text", [
    "Vi har läst Emil i Lönneberga. Emil snickrar gubbar när han sitter i snickerboa.",
    "Ella och Tom i Sista bussen hem blir ovänner, och eleven kan förklara varför.",
    "Konserten hålls i Sofia kyrka och vi samlas vid Gustav Adolfs torg.",
    "Hon jämför röstassistenten Siri med Alexa i arbetet om AI.",
    "Laleh och Veronica Maggio är de artister hon valt att analysera.",
    "Hon kan beskriva hur Luther och reformationen förändrade kyrkan.",
])
def test_more_knowledge_contexts(checker, text):
    assert _names(checker, text) == [], text


def test_example_identifiers_in_exercises_are_not_reported(checker, fake):
    assert ids(checker, "Övning: skriv ett mejl till fornamn.efternamn@exempel.se och fråga om tiderna.") == []
    assert ids(checker, "Skriv ett brev och adressera kuvertet till Exempelgatan 5, 123 45 Storstad.") == []
    assert ids(checker, "Numren i uppgiften ska vara påhittade, t.ex. 0123-45 67 89.") == []
    assert ids(checker, "Koden 0905174457 till skåpet är ändrad.") == []
    assert ids(checker, "Frågor om anmälan skickas till info@hagaskolan.se senast fredag.") == []
    # outside an exercise the same kinds of data are reported
    email = fake.email()
    assert ids(checker, f"Mammans e-post är {email} om ni behöver nå henne.") == [(email, "EMAIL")]
    assert ids(checker, "Nytt nr till mamma: 073 - 55 88 102") == [("073 - 55 88 102", "PHONE")]


def test_presidio_never_logs_the_text(checker, caplog):
    import logging

    secret = "Grannen Petronella Ekwall ringer på 070-765 43 21 om hämtningen."
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("presidio-analyzer").setLevel(logging.DEBUG)   # as a careless host might
        id_engine.build_analyzer()   # building an engine silences Presidio again
        id_engine.analyse_text(secret)
        checker.check(secret, categories=CAT)
    assert all(logging.getLogger(n).level >= logging.WARNING for n in id_engine.QUIET_LOGGERS)
    for rec in caplog.records:
        msg = rec.getMessage()
        assert "Petronella" not in msg and "765 43 21" not in msg, rec.name


def test_no_identifier_module_keeps_the_text_after_a_check(checker):
    """Module-level memos (the closing of the last text) are dropped when the pass ends."""
    import sys

    secret = "Hälsningar från Petronella Ekwall, ring 070-765 43 21.\n/Maria, mentor 7B"
    checker.check(secret, categories=CAT)
    id_engine.analyse_text(secret)
    for name, module in list(sys.modules.items()):
        if not name.startswith("checker.identifiers"):
            continue
        for attr, value in vars(module).items():
            held = value if isinstance(value, (tuple, list)) else (value,)
            assert not any(isinstance(v, str) and "Petronella" in v for v in held), f"{name}.{attr}"


def test_public_names_hide_their_words_only_on_their_own_line(checker):
    text = "Eleven har läst en bok av Astrid Lindgren.\nPå rasten bråkade hon med Rune och Astrid."
    assert _names(checker, text) == ["Rune", "Astrid"]
    assert _names(checker, "Vi läste Emil i Lönneberga, och Emil var rolig.") == []


def test_a_lower_case_note_inside_a_longer_text(checker):
    text = "Provet gick bra.\nbråk m oskar o ali på rasten, pratat m båda."
    assert _names(checker, text) == ["oskar", "ali"]


# ---------------------------------------- who a name refers to: knowledge, staff or pupil
# Names are generated with Faker sv_SE (mid-sentence, so the capital is evidence and the
# gazetteer knows them); what decides is the context the name stands in.
def _assert_unreported(checker, fake, templates, times):
    """Every template, filled with two fresh pupil names `times` over, reports no name (the
    student is "Lina")."""
    for _ in range(times):
        a, b = _pupil_names(fake, 2)
        for template in templates:
            text = template.format(a=a, b=b)
            assert _names(checker, text, ["Lina"]) == [], text


def _pupil_names(fake, count):
    """Distinct Faker first names that are no Swedish word and not listed as public figures
    or characters (those are covered by their own tests)."""
    lex = id_engine._name_finder().lex
    out: list[str] = []
    while len(out) < count:
        n = fake.first_name()
        key = n.lower()
        if (" " in n or "-" in n or key in lex.wordlike or key in lex.public_prior or n in out
                or key in lex.swedish_words):
            continue
        out.append(n)
    return out


def gazetteer_pupil_names(seed: int, count: int) -> list[str]:
    """`count` distinct Faker sv_SE first names that the gazetteer knows as first names and that
    are no Swedish word, place or listed figure: plain pupils' names, for the round test files
    (test_identifiers_r*.py). Drawn from a fresh Faker under `seed`, so they do not depend on
    which other tests ran (`_pupil_names` draws from this module's shared `fake`)."""
    lex = id_engine._name_finder().lex
    fake = Faker("sv_SE")
    fake.seed_instance(seed)
    out: list[str] = []
    while len(out) < count:
        n = fake.first_name()
        key = n.lower()
        if (" " in n or "-" in n or n in out or key not in lex.first or key in lex.wordlike
                or key in lex.public_prior or key in lex.public_single or key in lex.swedish_words
                or key in lex.places):
            continue
        out.append(n)
    return out


def identifier_quotes(checker, text, subject_names=(), entity=None):
    """The quotes of the identifier findings in `text` (of one `entity`, if given)."""
    return [q for q, e in ids(checker, text, list(subject_names)) if entity is None or e == entity]


KNOWLEDGE_TEMPLATES = [
    "Eleven har läst en bok av {a} {b} och kan återberätta handlingen.",
    "I romanen flyttar {a} till en ny stad, och eleven kan förklara varför.",
    "Huvudpersonen {a} förändras under berättelsen.",
    "Hon har skrivit en faktatext om {a} {b} och använt två källor.",
    "Han kan förklara {a}s lagar med egna exempel.",
    "Vi sjöng '{b}visan' av {a} {b} i stämmor.",
    "Hon analyserar hur berättaren skildrar {a} i novellen.",
    "Eleven kan beskriva vad {a} gör i berättelsen och varför.",
]

PUPIL_TEMPLATES = [
    "På rasten bråkade hon med {a}, och vi har pratat med båda.",
    "Hon har samarbetat bra med {a} i grupparbetet.",
    "{a} i 8C lånade hennes bok.",
    "Han läste boken tillsammans med klasskamraten {a}.",
    "Mamma {a} ringde om läxan i svenska.",
    "Eleven och {a}s mamma var med på mötet.",
]


def test_names_in_a_knowledge_context_are_not_reported(checker, fake):
    _assert_unreported(checker, fake, KNOWLEDGE_TEMPLATES, times=6)


def test_pupil_cues_are_reported_even_beside_knowledge_words(checker, fake):
    for _ in range(6):
        (a,) = _pupil_names(fake, 1)
        for template in PUPIL_TEMPLATES:
            text = template.format(a=a)
            assert _names(checker, text, ["Lina"]) == [a], text
        # a pupil cue wins in a sentence about a book
        text = f"Hon läste romanen högt för klasskamraten {a} i 7B."
        assert _names(checker, text, ["Lina"]) == [a], text


def test_listed_public_figures_are_not_reported(checker):
    for text in (
        "Räknade ut att Henrik Larsson gjort fler mål per match än de andra.",
        "Hon jämför Frida Kahlo och Edvard Munch i bildanalysen.",
        "Han kan redogöra för vad Nelson Mandela kämpade för.",
        "Eleven har lyssnat på Mozart och Taylor Swift och jämfört tempot.",
        "Niccolò Machiavelli beskriver den beräknande fursten.",
        "Hon berättar om Katniss och Peeta och om spelen i arenan.",
    ):
        assert _names(checker, text, ["Lina"]) == [], text


def test_a_listed_first_name_is_only_a_prior(checker):
    # "Elsa", "Emil", "Zlatan", "Ronja" are characters and public figures, and pupils' names
    assert _names(checker, "I filmen Frost räddar Elsa sin syster.", ["Lina"]) == []
    assert _names(checker, "Han vill spela i landslaget som Zlatan.", ["Lina"]) == []
    for name in ("Elsa", "Emil", "Ronja", "Zlatan"):
        assert _names(checker, f"På rasten lekte hon med {name} och Oskar.", ["Lina"]) == [name, "Oskar"]
        assert _names(checker, f"Hon satt bredvid {name} på lektionen.", ["Lina"]) == [name]


def test_relatives_of_characters_are_characters(checker, fake):
    # In a sentence about a story a relative's word describes the characters ...
    (a,) = _pupil_names(fake, 1)
    text = f"Hon kan dra slutsatser om personernas motiv, t.ex. varför Ronja blir arg på sin far {a}."
    assert _names(checker, text, ["Lina"]) == [], text
    # ... but a classmate or a class still says "pupil"
    text = f"Hon kan dra slutsatser om personernas motiv och diskuterade med klasskamraten {a}."
    assert _names(checker, text, ["Lina"]) == [a], text


def test_a_name_used_as_knowledge_stays_knowledge_in_its_paragraph(checker, fake):
    a, b = _pupil_names(fake, 2)
    text = f"I romanen möter vi {a}. {a} gräver hål varje dag och blir vän med {b}."
    assert _names(checker, text, ["Lina"]) == [], text
    # a new paragraph starts afresh
    text = f"I romanen möter vi {a}.\nPå rasten bråkade Lina med {a}."
    assert _names(checker, text, ["Lina"]) == [a], text


STAFF_TEMPLATES = [
    "Rektor {a} {b} har beslutat om extra stöd.",
    "Skolsköterskan {a} har träffat henne två gånger.",
    "Vi har pratat med kuratorn {a} om upplägget.",
    "Specialpedagogen {a} gör en kartläggning i läsning.",
    "Vikarien i matte, {a}, gick igenom negativa tal.",
    "{a} {b} (vikarie i 4A) såg att han räknade säkert.",
    "Vi har pratat med {a} (kurator) om stödet.",
    "{a}, vår nya mentor, bokar ett möte.",
    "{a} som är specialpedagog har gjort en plan.",
    "{a} och {b} från fritids har hjälpt till med bygget.",
    "{a} på expeditionen har fått blanketten.",
    "NO-läraren {a} visade hur man titrerar.",
]


def test_staff_named_in_their_role_are_not_reported(checker, fake):
    _assert_unreported(checker, fake, STAFF_TEMPLATES, times=4)


def test_a_relative_in_a_list_is_reported_before_a_role(checker, fake):
    (a,) = _pupil_names(fake, 1)
    text = f"Närvarande: Lina, mamma {a}, klasslärare."
    assert _names(checker, text, ["Lina"]) == [a], text
    # "på fritids" alone: pupils are at fritids too
    text = f"Hon lekte med {a} på fritids i går."
    assert _names(checker, text, ["Lina"]) == [a], text


def test_closing_phrases_sign_for_the_writer(checker, fake):
    (a,) = _pupil_names(fake, 1)
    for closing in (f"Trevlig helg önskar {a}", f"Allt gott, {a}", f"Kram {a}",
                    f"God jul önskar {a} och Maja, mentorer 4B"):
        text = f"Lina har gjort fina framsteg i läsning. {closing}"
        assert _names(checker, text, ["Lina"]) == [], text
    # a closing phrase is not any line ending in a name
    assert _names(checker, f"Vi ses på mötet med {a}", ["Lina"]) == [a]


def test_a_name_as_a_type_is_not_a_person(checker):
    assert _names(checker, "Benjamin är en riktig Emil, alltid mitt i hyssen.", ["Benjamin"]) == []
    assert _names(checker, "Hon drömmer om att bli en ny Zlatan.", ["Lina"]) == []


def test_chat_words_in_quick_notes_are_not_names(checker):
    assert _names(checker, "han är så lat asså, gör inget på lektionerna", ["Nils"]) == []


def test_a_relatives_address_outweighs_an_exercise_word(checker, fake):
    email = fake.email()
    text = f"Skickar uppgiften till pappans jobbmejl {email} eftersom han inte loggar in."
    assert ids(checker, text, ["Alma"]) == [(email, "EMAIL")]
    # an exercise without a relative stays an exercise
    assert ids(checker, f"I uppgiften skickade hon ett mejl till {email}.", ["Alma"]) == []


def test_more_staff_and_professionals_in_their_role(checker, fake):
    for _ in range(4):
        a, b = _pupil_names(fake, 2)
        for text in (f"{a} och jag kommer att följa upp planen.",
                     f"Hon har tid hos {a} på torsdag.",
                     f"Polisen {a} besökte klassen och pratade om trafik.",
                     f"Hej! Det är {a}, Linas mentor, som skriver.",
                     f"Resurspersonen {a} följer med på utflykten."):
            assert _names(checker, text, ["Lina"]) == [], text
        # whose mentor it is: the genitive's owner is a pupil
        text = f"Kolla med {a}s mentor {b} om grupperna."
        assert _names(checker, text, ["Lina"]) == [a], text


def test_verbs_with_a_person_as_object_are_pupil_cues(checker, fake):
    (a,) = _pupil_names(fake, 1)
    # a knowledge word in another clause of the sentence does not hide the name
    text = f"Lina kan beskriva vikingatida handel, men hon har kallat {a} för dum."
    assert _names(checker, text, ["Lina"]) == [a], text
    for verb in ("retade", "knuffade", "hotade"):
        text = f"I filmen på historian {verb} hon {a} hela tiden."
        assert _names(checker, text, ["Lina"]) == [a], text


def test_names_from_romanised_chinese_and_japanese_lists(checker):
    from faker.providers.person.ja_JP import Provider as Japanese
    from faker.providers.person.zh_TW import Provider as Taiwanese

    for first in [*list(Taiwanese.first_romanized_names)[:8], *list(Japanese.first_romanized_names)[:8]]:
        name = first.title()
        text = f"Elvin sa något elakt till {name} under lunchen."
        assert _names(checker, text, ["Elvin"]) == [name], text


def test_shops_planets_instructions_and_english_openers_are_not_names(checker):
    for text in ("Hon hittades vid Ica efter skolan.",
                 "Under temat om rymden lärde sig Sam att Uranus är den sjunde planeten.",
                 "Rita av ritningen i skala 1:10 och mät med linjal.",
                 "Seriously, Isaac, stop it.",
                 "Alla i 7B har läst boken.",
                 "Class 5B is learning the words early and late."):
        assert _names(checker, text, ["Sam", "Isaac"]) == [], text
    # the same words as names, with a cue
    assert _names(checker, "Klara i 7B har lånat boken.", ["Sam"]) == ["Klara"]


def test_the_writers_number_in_a_message_signed_by_staff(checker):
    phone = "08-123 456 78"
    staff = f"Ring gärna mig på {phone} om ni har frågor om utflykten. /Peter, klasslärare 5A"
    assert ids(checker, staff) == []
    guardian = f"Ring gärna mig på {phone} om ni har frågor. /Pappa Ahmed"
    assert (phone, "PHONE") in ids(checker, guardian)


# A broader set of sentences in teachers' wording: characters, public figures, staff and
# professionals (nothing reported), and pupils in the same kinds of sentences (reported).
KNOWLEDGE_AND_STAFF_SENTENCES = [
 "Eleven har läst Hungerspelen och kan beskriva hur Katniss förändras.",
 "I Harry Potter-böckerna är Hermione den som läser mest.",
 "Hon gjorde en presentation om Greta Thunberg och klimatstrejken.",
 "Vi har tittat på filmen om Anne Frank och diskuterat hennes dagbok.",
 "Han har lyssnat på Beethovens femte symfoni och beskrivit tempot.",
 "Eleven jämför Gustav Vasa och Kristian Tyrann i sin text.",
 "I bild har hon målat i Picassos stil.",
 "Hon kan förklara hur Darwin kom fram till evolutionsteorin.",
 "Eleven har skrivit en recension av Pax-böckerna där Viggo och Alrik bor i Mariefred.",
 "Hon tycker om att läsa om Sune och hans familj.",
 "Tjorven och Båtsman är hennes favoriter i Vi på Saltkråkan.",
 "Han kan återberätta sagan om Hans och Greta.",
 "I religion har vi läst om Abraham, Isak och Jakob.",
 "Hon har gjort ett bildspel om Usain Bolt och hans rekord.",
 "Skolsköterskan Maria har haft hälsosamtal med klassen.",
 "Idag hade vi besök av brandmannen Lars som pratade om brandsäkerhet.",
 "Kuratorn har pratat med henne, och Johanna (specialpedagog) gör en kartläggning.",
 "Maria och Anders, fritidspedagoger, har hjälpt till.",
 "Biträdande rektor Helena Ek kommer på mötet.",
 "Johan, som undervisar i musik, har sett stora framsteg.",
 "Ny vikarie i svenska är Petra Lind fram till jul.",
 "Hälsningar från oss på fritids, Sanna och Kalle",
 "Vi läser Ronja Rövardotter. Ronja och Birk blir vänner trots att deras fäder är fiender.",
 "Eleven kan berätta om Jesus liv och om Muhammed.",
 "Hon har skrivit om Malala och rätten till utbildning.",
 "I musiken har klassen sjungit Evert Taubes visor.",
 "Han spelar mycket Minecraft och Fortnite på fritiden.",
 "Hon jämför Zeus och Oden i arbetet om gudar.",
 "I boken Wonder möter vi Auggie som börjar i en ny skola.",
 "Eleven har läst Mitt liv som Zlatan och skrivit en bokrecension.",
 "Hennes förebild är Carolina Klüft.",
 "Eleven har läst Kometen kommer av Tove Jansson och ritat Mumintrollet.",
 "Han kan förklara vad Einstein menade med relativitetsteorin.",
 "I engelska har vi läst The Hobbit där Bilbo följer med dvärgarna.",
 "In the text, Tom and his sister go to London.",
 "Vi har pratat om Karl XII och slaget vid Poltava.",
 "Handledaren Kent på praktikplatsen var nöjd.",

 "Till mötet kommer även Sara från elevhälsan.",
 "Vi har haft besök av författaren Johanna Lindbäck.",
 "Klassen har sett teaterföreställningen om Pelle Svanslös.",
 "Han kan placera ut Gustav Vasa, Karl XII och Gustav III på en tidslinje.",
 "Vi åkte till Skansen och Gröna Lund på klassresan.",
 "I SO har vi pratat om Ebba Busch och Jimmie Åkesson inför valet.",
 "Vi har läst dikter av Karin Boye och Edith Södergran.",
 "Anna i köket har hjälpt till med bakningen.",
 "Fråga gärna Karin på biblioteket om boktipsen.",
 "Vaktmästaren Bosse lagade dörren.",
 "Jag har pratat med hennes SvA-lärare Maja.",
 "Lärarna Anna och Peter ansvarar för resan.",
 "Vi i arbetslaget (Anna, Peter och Lisa) har diskuterat upplägget.",
 "Hon har analyserat hur Selma Lagerlöf skildrar fattigdom.",
 "Eleven har jämfört Pippi och Madicken.",
 "I filmen spelar Alicia Vikander huvudrollen.",
 "Hon kan förklara vad Gandhi menade med icke-våld.",
 "Han har läst om Spartacus och slavupproret.",
 "Eleven kan redogöra för Thomas Hobbes och John Lockes syn på staten.",
 "Vi har lyssnat på Vivaldis De fyra årstiderna.",
 "Han beskriver Hitlers väg till makten på ett nyanserat sätt.",
 "Skolans kurator Anette finns på plats tisdagar.",
 "Hon har pratat med studie- och yrkesvägledaren Kim om gymnasievalet.",
 "Eleven har gjort en intervju med Astrid Lindgrens barnbarn i ett påhittat reportage.",
 "Sigge och Doris i Handbok för superhjältar är hennes favoriter.",
 "I novellen möter Sara en främling på tåget.",
 "Vi har pratat om Pythagoras och hans sats.",
 "Jonas Gardell och Tomas Tranströmer är två av författarna vi läst.",
 "Bodil från fritidshemmet ringer om hämtningen.",
 "Alla elever har fått en hälsning från Christer Fuglesang.",
 "Hennes förebild är Zlatan.",
 "Hon kan berätta om Rut och Noomi i Bibeln.",
 "Fred can explain the difference between a swear word in British English and its literal meaning.",
 "Logga in på Google Classroom och SchoolSoft för att se läxan.",
 "Skolfotograf Anna Nilsson kommer på tisdag.",
 "Vi firar Alla hjärtans dag med Kahoot.",
 "Hon tittar mycket på Jocke och Jonna på Youtube.",

 "Hej! Påminnelse om föräldramötet på torsdag. Hälsningar Karin och Leif, mentorer 8B",
 "Hi everyone, the Year 6 trip is on Friday. Best wishes, Ms Clarke",
 "Sammanfattning: Lina har läst Mio, min Mio och jämfört Mio med Jum-Jum.",
 "In English class we read Charlotte's Web; Wilbur and Charlotte become friends.",
 "Eleven kan förklara hur Hjalmar Branting påverkade rösträtten.",
 "Vi har gjort en tidslinje från Gustav Vasa till Carl XVI Gustaf.",
 "Hon målar gärna som Carl Larsson och Elsa Beskow.",
 "Lina har spelat Lucia i luciatåget.",
 "Kontaktperson på praktikplatsen: Anders Holm, butikschef.",
 "Lina vill bli som Pernilla Wiberg när hon blir stor.",
 "Under idrotten har de spelat brännboll och Lina var lagkapten.",
 "Logopeden Sofia har träffat Lina två gånger.",
 "Modersmålsläraren Ahmed undervisar henne i arabiska.",
 "Studiehandledaren Fatima stöttar på somaliska i NO.",
 "Vi har lånat ut Kalle Ankas julafton-filmen.",
 "Ämnesområde: Vikingatiden. Lina kan berätta om Oden och Tor.",

 "In the novel Wonder, Auggie learns to make friends at school.",
 "She wrote a book report about Matilda by Roald Dahl.",
 "He compared Romeo and Juliet with West Side Story.",
 "Our class read The Hunger Games, and Katniss is her favourite character.",
 "She gave a talk about Martin Luther King and Rosa Parks.",
 "In the film, Harry and Ron fly a car to school.",
 "He can describe how Scrooge changes in A Christmas Carol.",
 "The main character, Charlie, wins a golden ticket.",
 "She wrote a letter to Father Christmas.",
 "Mr Evans, our English teacher, will be away next week.",
 "Please contact Mrs Patel, the school nurse, if you have questions.",
 "In the story, Tom and Becky get lost in a cave.",
]


@pytest.mark.parametrize("text", KNOWLEDGE_AND_STAFF_SENTENCES)
def test_knowledge_and_staff_sentences(checker, text):
    assert _names(checker, text, ["Lina"]) == [], text


PUPIL_SENTENCES = [
 ("Eleven läste boken tillsammans med Oskar.", ["Lina"], ["Oskar"]),
 ("Lina och Oskar gjorde en film om vikingatiden.", ["Lina"], ["Oskar"]),
 ("Hon bråkade med Elsa på rasten.", ["Lina"], ["Elsa"]),
 ("Oskars pappa ringde om boken.", ["Lina"], ["Oskar"]),
 ("Vi har pratat med mamma Eva om läxorna i historia.", ["Lina"], ["Eva"]),
 ("Hon satt bredvid Ali när de läste romanen.", ["Lina"], ["Ali"]),
 ("I gruppen om medeltiden jobbade hon med Amir och Sofia.", ["Lina"], ["Amir", "Sofia"]),
 ("Hennes bror Adam går i 9B.", ["Lina"], ["Adam"]),
 ("Hon har hjälpt Noah med texten om Gustav Vasa.", ["Lina"], ["Noah"]),
 ("Alicia i 6A lånade hennes bok om Astrid Lindgren.", ["Lina"], ["Alicia"]),
 ("Hon och Wilma skrev en berättelse tillsammans.", ["Lina"], ["Wilma"]),
 ("Ring mormor Britt på 070-123 45 67.", ["Lina"], ["Britt"]),
 ("Hanna retade Lina under lektionen om romanen.", ["Lina"], ["Hanna"]),
 ("Lina har svårt att samarbeta med Melvin i musiken.", ["Lina"], ["Melvin"]),
 ("Lina spelade teater med Olle och Saga i pjäsen.", ["Lina"], ["Olle", "Saga"]),

 ("Mormor Gun hämtar på fredagar.", ["Lina"], ["Gun"]),
 ("Hon har varit hemma hos Tilda flera gånger.", ["Lina"], ["Tilda"]),
 ("Enligt Oskar började Ali bråket.", ["Lina"], ["Oskar", "Ali"]),
 ("Ellen från 5B var också med.", ["Lina"], ["Ellen"]),
 ("Hon skrev en dikt om sin syster Moa.", ["Lina"], ["Moa"]),
 ("Hans mamma Lena är orolig för läxorna.", ["Oskar"], ["Lena"]),
 ("Lina har läst boken högt för Arvid och Siri.", ["Lina"], ["Arvid", "Siri"]),
 ("Under historielektionen bråkade Lina och Nils om en penna.", ["Lina"], ["Nils"]),
 ("Lina läser just nu Harry Potter med sin kompis Wilma.", ["Lina"], ["Wilma"]),
 ("Ebba och Lina gjorde en presentation om Zlatan.", ["Lina"], ["Ebba"]),
 ("Teo knuffade Lina i kön till matsalen.", ["Lina"], ["Teo"]),
 ("Lina skriver en faktatext med Hugo om rymden.", ["Lina"], ["Hugo"]),
 ("Pappa Johan och mamma Sara kommer på utvecklingssamtalet.", ["Lina"], ["Johan", "Sara"]),
 ("Hon hjälpte Elias med uppgiften om Karl XII.", ["Lina"], ["Elias"]),
 ("Oskar var dagens hjälte på matchen.", ["Lina"], ["Oskar"]),
 ("Hon tycker att Oskar är en förebild.", ["Lina"], ["Oskar"]),
 ("Lina gav Oskar en guldstjärna.", ["Lina"], ["Oskar"]),
 ("Tjejerna i 5A (Minna, Tuva, Rut och Sofie) har skrivit pjäsen tillsammans.", ["Lina"],
  ["Minna", "Tuva", "Rut", "Sofie"]),
 ("Alice har lånat en bok av Saga.", ["Lina"], ["Alice", "Saga"]),
 ("Hon gav boken till Ella.", ["Lina"], ["Ella"]),
 ("Hon läste en saga för Ella och Ronja.", ["Lina"], ["Ella", "Ronja"]),
 ("Han spelade in en film med Adam på rasten.", ["Lina"], ["Adam"]),
 ("I boken som hon lånade av Tindra finns många bilder.", ["Lina"], ["Tindra"]),
 ("Hon pratade med Oskar på Snapchat hela kvällen.", ["Lina"], ["Oskar"]),
 ("Han åkte till Liseberg med Hugo och hans pappa Erik.", ["Lina"], ["Hugo", "Erik"]),
]


@pytest.mark.parametrize("text,subject,expected", PUPIL_SENTENCES)
def test_pupils_in_the_same_kinds_of_sentences(checker, text, subject, expected):
    assert _names(checker, text, subject) == expected, text


def test_a_listed_name_recurs_as_the_figure_unless_a_pupil_cue_says_otherwise(checker):
    review = "Bokrecension: Harry Potter och de vises sten\n\nHarry bor hos sin moster och morbror."
    assert _names(checker, review, ["Lina"]) == []
    text = "Vi har läst Ronja Rövardotter. Ronja och Birk blir vänner. På rasten lekte hon med Ronja."
    assert _names(checker, text, ["Lina"]) == ["Ronja"]


@pytest.mark.parametrize("text,expected", [
    ("Lina och Viggo hade en konflikt om bollen.", ["Viggo"]),
    ("Hälsningar från Linas mamma Jenny", ["Jenny"]),
    ("Vi har haft ett möte med Lina och hennes pappa Mats Berg.", ["Mats Berg"]),
    ("Lina och Amanda skrev en berättelse om Pippi.", ["Amanda"]),
    ("Lina har varit ledsen sedan Ella flyttade.", ["Ella"]),
    ("Linas kusin Omar går också på skolan.", ["Omar"]),
    ("Lina hade sönder Elvins penna.", ["Elvin"]),
    ("Lina worked well with Oliver and Zainab on the project.", ["Oliver", "Zainab"]),
    ("Lina and her friend Maya wrote a story together.", ["Maya"]),
    ("Lina's mum, Sarah, emailed about the homework.", ["Sarah"]),
    ("Lina argued with Jacob during the lesson.", ["Jacob"]),
    ("Lina blev retad av Nora och Ebba på rasten.", ["Nora", "Ebba"]),
])
def test_pupils_and_relatives_in_notes_and_messages(checker, text, expected):
    assert _names(checker, text, ["Lina"]) == expected, text


_FUZZ_WORDS = ("Oskar Lina Elsa Zlatan Astrid Lindgren Harry Potter rektor kuratorn mamma , . ( ) : ; och o "
               "med av till för i på om boken romanen huvudpersonen 8C 7B Ica Uranus Kram önskar /Maria "
               "Hälsningar men jag hon retade bredvid lånade Newtons lagar 'Titel' \" en riktig Class Alla "
               "Rita Tjejerna 5A Seriously").split(" ") + ["\n", "\n\n"]


def test_the_name_finder_never_fails_on_any_mix_of_its_cues(checker):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.sampled_from(_FUZZ_WORDS), max_size=30),
           st.sampled_from([(), ("Lina",), ("Oskar", "Elsa")]))
    def run(tokens, subject):
        text = " ".join(tokens)
        for f in checker.check(text, subject_names=subject, categories=CAT).findings:
            assert text[f.start:f.end] == f.quote

    run()


def test_professionals_on_the_students_own_case_are_reported(checker, fake):
    # a visitor in their role is not about the student; a case worker's name points to the case
    a, b = _pupil_names(fake, 2)
    assert _names(checker, f"Polisen {a} besökte klassen och pratade om trafik.", ["Lina"]) == []
    text = f"Kontaktperson på socialtjänsten är {a} {b}."
    assert _names(checker, text, ["Lina"]) == [f"{a} {b}"], text


# Round 5 classes (r4 dev files): staff constructions in notes, works and sources around a
# name, words that are no names, and the pupil cues that must still win. Sentences written
# from the classes, not copied from the corpus.
ROUND5_STAFF_TEMPLATES = [
    "Till {a} (NO): Lina behöver förlängd skrivtid på provet.",
    "Lapp till {a} (slöjd): Lina får inte använda bandsågen än.",
    "Fråga till {a}: har Lina lämnat in läkarintyget?",
    "Vikarie v.12: {a} {b}. Hon gick igenom bråk med gruppen.",
    "Resursperson {a}: Lina behövde stöd vid omklädningen.",
    "Jag ({a}) tar över som mentor efter jullovet.",
    "Lina – svårt med glosorna, prata m {a} som har henne i engelska.",
    "Kolla med {a} om Lina kan flytta till den andra gruppen.",
    "Tack för hjälpen med läsningen! ({a} = Linas lärare)",
    "Jag tar över svenskan för Lina eftersom {a} är föräldraledig resten av terminen.",
]


def test_staff_in_notes_and_messages_round5(checker, fake):
    _assert_unreported(checker, fake, ROUND5_STAFF_TEMPLATES, times=3)


@pytest.mark.parametrize("text", [
    "Lina kan förklara anpassning och hänvisar till Darwin och Lamarck.",
    "Hon jämför Michelangelos fresker med moderna bilder.",
    "Eleven har studerat Lisa Larsons figurer i lera.",
    "Lina läste om Leif Eriksson och Erik Röde på Grönland.",
    "Hon beskriver hur Saddam Hussein styrde Irak.",
    "Lina har spelat Fortnite hemma. Hon beskrev hur Mario och Luigi hoppar mellan banorna.",
    "Lina skrev ett svar till Emma, brevvännen i läroboken, om sin fritid.",
    "Vi läste om Kalle och Maja på gården i läseboken.",
    "Lina sjöng 'Tomte Nisse' på avslutningen.",
    "Lina vet att Aurora borealis är norrsken.",
    "Hon vet att Stella betyder stjärna.",
    "Hennes mamma kommer från Chile och pappa från Kurdistan.",
    "Lina can ask 'What's the time?' in English.",
    "Lina fick Bra jobbat-stämpel i boken.",
    "Lejon, zebror och giraffer har Lina ritat.",
    "Lina arbetade med Tekoindustrins historia i projektet.",
    "Lina kan förklara varför Jean och Kristin grälar i Fröken Julie.",
    "Lina jämför Ronja Rövardotter och Mattis rövare med Borkas rövare.",
])
def test_knowledge_and_non_names_round5(checker, text):
    assert _names(checker, text, ["Lina"]) == [], text


@pytest.mark.parametrize("text,subject,expected", [
    ("Lina har målat med Elsa och Anna från 3B.", ["Lina"], ["Elsa", "Anna"]),
    ("Killen som heter Yared i parallellklassen hjälpte Lina.", ["Lina"], ["Yared"]),
    ("Läslogg: Lina – kap 4. Ellie – kap 2.", ["Lina"], ["Ellie"]),
    ("Maja S och Maja K sitter i olika grupper.", ["Maja S"], ["Maja K"]),
    ("Lina läser romanen med Oskar, som retade Ali.", ["Lina"], ["Oskar"]),
    ("Lina retade Oskar under lektionen om pjäsen.", ["Lina"], ["Oskar"]),
    ("Linas pappa Johan är föräldraledig i vår.", ["Lina"], ["Johan"]),
    # a listed author's surname or first name recurring in another full name is no cue
    ("Vi läste en bok av Astrid Lindgren. Elvin och Juno Lindgren i 2A läste också.", ["Lina"],
     ["Elvin", "Juno Lindgren"]),
    ("Lina fick låna skolans telefon och ringde sin moster på 0380-149 22.", ["Lina"], ["0380-149 22"]),
])
def test_pupils_still_reported_round5(checker, text, subject, expected):
    found = [f.quote for f in checker.check(text, subject_names=subject, categories=CAT).findings]
    assert found == expected, text


# ------------------------------------------------------------------- round 6 (dev/r5-*, r6-*)
@pytest.mark.parametrize("text", [
    # staff contact given in their role, or the school's number named after it
    "Kontakt: klasslärare Maria Lund, 0411-55 66 77.",
    "Nummer till kuratorn: 0480-44 55 66.",
    "Frågor om schemat på 0522-123 45 (expedition).",
    "Hälsar Kim Ek, tel. skolan 090-17 17 17.",
    "Ni kan också ringa min tjänstemobil 076-998 87 76.",
    "Ring 070-998 12 34 om tiden inte fungerar.\n/Klasslärare Eva",
    "Ring gärna om något, eller maila kim.ek@skolan.umea.se.\nHälsningar Kim Ek, mentor 8B",
    "Information till vårdnadshavare: vi går till simhallen. Mejla mig på per.holm@larare.se /Per Holm",
])
def test_staff_contacts_are_not_reported_round6(checker, text):
    assert [e for _, e in ids(checker, text) if e in ("PHONE", "EMAIL")] == [], text


@pytest.mark.parametrize("text,entity", [
    ("Mentor ringde pappa på 0701-23 45 67 i går.", "PHONE"),
    ("Mamma nås på 070-998 12 34.\n/Klasslärare Eva", "PHONE"),
    ("Pappa skriver från pappan.jobb@gmail .com ibland.", "EMAIL"),
])
def test_guardian_contacts_still_reported_round6(checker, text, entity):
    assert entity in [e for _, e in ids(checker, text)], text


@pytest.mark.parametrize("text", [
    "Lina har läst 'The Giver' och beskriver hur Jonas förändras.",
    "In 'Charlotte's Web', Wilbur is saved. Lina explained how White builds suspense.",
    "Lina diskuterade 'Bröderna Lejonhjärta' och hur Jonatan offrar sig.",
    "Spanska: Lina kan säga vad hon gjorde (Ich habe Tennis gespielt, wir sind ins Theater gegangen).",
    "Vi har jobbat med Nordens länder och Lina kan jämföra Norges och Sveriges klimat.",
    "Lina har arbetat med Amerikas historia.",
    "Annars är Lina en glad elev.",
    "Lina berättade om Hyde Park och Ellis Island.",
    "Lina, Antikens Grekland: kan beskriva stadsstaterna.",
    "Lina läser Tolstojs Krig och fred och Pusjkins dikter.",
    "Lina kan förklara hur påvens makt påverkas av reformationen.",
    "Britt-Marie i 5B (lärare) har rättat Linas prov.",
])
def test_knowledge_and_non_names_round6(checker, text):
    assert _names(checker, text, ["Lina"]) == [], text


@pytest.mark.parametrize("text,expected", [
    ("Lina samarbetar med Sigrid Holm och Theo, som hon lätt påverkas av.", ["Sigrid Holm", "Theo"]),
    ("Lina skrev: 'min syster heter Jossan och går i 2A'.", ["Jossan"]),
    ("Till vikarien:\n- Lina ska sitta fram.\n- Tesfalem behöver hörselkåpor.", ["Tesfalem"]),
    ("Läs gärna Oskars uppsats, den har en bra struktur.", ["Oskar"]),
    ("Svar till Omar Hussein: tack, Lina får gå tidigare på fredag.", ["Omar Hussein"]),
    ("Lina och Ali läste 'Bröderna Lejonhjärta' tillsammans.", ["Ali"]),
])
def test_pupils_still_reported_round6(checker, text, expected):
    found = [f.quote for f in checker.check(text, subject_names=["Lina"], categories=CAT).findings]
    assert found == expected, text


# ------------------------------------------------------------------- round 7 (dev/r7-*)
# Adults in their role without a title before the name, pets, and the school's side of a
# family's message. Sentences written from the classes, not copied from the corpus.
ROUND7_STAFF_TEMPLATES = [
    "Lina har studiehandledning på somaliska med {a} varje tisdag.",      # a service with
    "Lina får modersmålsundervisning hos {a} två gånger i veckan.",       # a service at
    "Lina skriver omprovet på torsdag hos {a}.",
    "Lina har F-varning i bild, se mejlet från {a}.",
    "Lina – se {a}s anteckning i lärplattformen.",                          # a genitive + staff head
    "Lina gick inte på {a}s lektion i dag.",
    "Lina lånade en bok i biblioteket. Fråga {a} i slöjdsalen om resten!",  # the reader is sent to a colleague
    "Kontakta {a} om Lina behöver hjälp med schemat.",
    "Lina åkte hem tidigt, enligt {a} (fritids).",                          # a role or a place in brackets
    "Lina hittades i korridoren av {a} (rastvakt) efter lunch.",
    "Matsalen ({a}) vet om att Lina inte äter gluten.",
    "I morgon kommer {a} {b} från Naturskyddsföreningen och pratar om fåglar.",   # a guest from an organisation
    "{a} från Polisen besökte klassen och Lina frågade om trafikregler.",
    "Blanketten skickas till {a} på kulturförvaltningen.",
]


def test_staff_without_a_title_round7(checker, fake):
    _assert_unreported(checker, fake, ROUND7_STAFF_TEMPLATES, times=3)


@pytest.mark.parametrize("text", [
    "Lina visade en bild på sin hund Selma och berättade om henne.",
    "Lina skrev en saga om katten Molly. Molly blir drottning i slutet.",
    "Lina (smeknamn Lollo) har läst tre böcker.",
    "Läxförhör 7B – Lina: B.",
    "hej! samtal m lina blev tor 14/4 kl 10. vh eva",
    # English months, lower-case English words, volcanoes, German sentences, historical events,
    # names as pronunciation content
    "Lina will be away 3–7 May and again in November.",
    "'a piece of cake', 'when pigs fly' – lina kan förklara idiomen.",
    "Lina har skrivit om hur Etna och Vesuvius bildades.",
    "Lina kann über ihre Familie sprechen. Sie spielt Tennis bei Hammarby Tennis – sagt sie.",
    "Lina kan beskriva hur Oktoberrevolutionen leddes av Lenin och Trotskij.",
    "Öva på uttalet av följande namn: Siobhan, Niamh och Aoife.",
])
def test_pets_nicknames_and_note_words_are_not_names_round7(checker, text):
    assert _names(checker, text, ["Lina"]) == [], text


def test_a_family_writes_to_staff_round7(checker, fake):
    a, b, c = _pupil_names(fake, 3)
    # the family signs: their names are reported, the teacher they greet is not
    text = f"Hej {a}! Tack för utflykten. /{b} & {c}, Linas föräldrar"
    assert _names(checker, text, ["Lina"]) == [b, c], text
    # the teacher signs: the guardian greeted by name is reported
    text = f"Hej {a}! Lina har varit duktig i dag. /{b}, mentor 4A"
    assert _names(checker, text, ["Lina"]) == [a], text


@pytest.mark.parametrize("text,expected", [
    # pupil cues still win over the new staff contexts
    ("Lina samarbetade på lektionen med Oskar.", ["Oskar"]),
    ("Lina har bråkat med Oskar från 6B.", ["Oskar"]),
    ("Vi har fått mejl från Anna Lund om att Lina ska byta grupp.", ["Anna Lund"]),
    ("Lina pratade med Oskar på Snapchat.", ["Oskar"]),
    ("Ring Oskars pappa om Lina.", ["Oskar"]),
    ("leo o hans bror var borta, kolla m mentor", ["leo"]),   # "hans": his, not Hans
    # a relative with a title; a word-like name with a relative; a pupil written about on a
    # platform; the board in the classroom is no painting
    ("Lina's father, Mr. Okafor, will collect her today.", ["Okafor"]),
    ("Lina och Klara bråkade. Klaras mamma har ringt.", ["Klara", "Klara"]),
    ("Lina blev arg på Sara i en kommentar på TikTok.", ["Sara"]),
    ("Lina skrev ett fult ord på tavlan och riktade det mot Sara.", ["Sara"]),
])
def test_pupils_still_reported_round7(checker, text, expected):
    found = [f.quote for f in checker.check(text, subject_names=["Lina"], categories=CAT).findings]
    assert found == expected, text


@pytest.mark.parametrize("text", [
    "Lina, vh Eva, 073-441 22 10 (mentor).",
    "Inlämning på fredag. Frågor till mig på kim.ek@edu.umea.se.",
])
def test_the_teachers_own_contact_round7(checker, text):
    assert [e for _, e in ids(checker, text) if e in ("PHONE", "EMAIL")] == [], text


def test_a_guardians_number_before_a_staff_word_is_still_reported_round7(checker):
    text = "Mamma nås på 073-441 22 10, mentor har pratat med henne."
    assert "PHONE" in [e for _, e in ids(checker, text)], text


# ------------------------------------------------------------------- round 8 (dev/r8-*)
# Adults named by the document they are written in (planning, minutes, handovers), the writer's
# apposition, venues, authorities and brands; the pupil classes that must survive them.
ROUND8_STAFF_TEMPLATES = [
    "Planering matte åk 5 med {a}: bråk och procent, diagnos v. 12.",             # a planning document
    "Lektionsplanering svenska tillsammans med {a}. Lina skriver en insändare.",
    "Sambedömning av nationella provet med {a} och {b} på onsdag.",
    "Möte med {a} (spec) om läsningen i 3A. Lina får anpassad text.",             # a role in brackets
    "Överlämning 3 → 4: lärare åk 3 ({a} {b}), mottagande mentor, specialpedagog.",   # a role before brackets
    "Överlämning åk 6→7 bild ({a} {b}): Lina har arbetat med perspektiv.",       # a subject in a handover
    "Lina har läst två böcker (ansvarig {a} {b}, SvA-lärare).",
    "Protokollförare: {a} {b}. Lina tas upp under punkt 3.",                     # staff minutes
    "Protokollet justeras av {a} och {b}.",
    "Lämna in Linas läsdagbok till mig, {a} {b}, rum C112.",                      # the writer's apposition
    "Linas lärare i franska: hon heter {a} {b} och sitter i arbetsrummet.",      # 'heter' after a role
]


def test_adults_named_by_the_document_round8(checker, fake):
    _assert_unreported(checker, fake, ROUND8_STAFF_TEMPLATES, times=3)


def test_a_long_run_of_capitals_in_brackets_is_checked_in_time(checker):
    """The bracket test ("(Eva Strand)": only names?) once let a run of capitals split into
    names every way: 60 capitals before a "!" would not finish. It must, and the classmate
    in the bracket is still reported."""
    text = "Lina lekte (med Anna " + "B" * 60 + "!) på rasten."
    assert "Anna" in " ".join(_names(checker, text, ["Lina"]))


def test_a_long_run_of_capitals_before_a_phone_number_is_checked_in_time(checker):
    """"ringa mig, <name>" before a number once let a run of capitals split into up to three
    names every way: 600 capitals took 9 s, 3,000 would take minutes. It must finish, and the
    number (not the writer's own: no name ends the run) is still reported."""
    text = "Kalle kan ringa mig," + "A" * 3000 + "# 070-123 45 67 om det behövs."
    found = checker.check(text, subject_names=["Kalle"]).findings
    assert "PHONE" in {f.entity for f in found}


@pytest.mark.parametrize("text", [
    "Lina spelar ofta kort på rasten, i dag spelade hon Uno med gruppen.",          # a game after 'spelar'
    "Lina byter namn till Sam från vårterminen.",                                    # the student's new name
    "Familjen väntar på Migrationsverket och Lina är orolig.",                       # an authority
    "Lina har fått svar från Försäkringskassan.",
    "Lina a parlé de Paris et de Londres.",                                          # cities, airports
    "Our trip leaves Gothenburg Landvetter at 07:45. Lina has her passport.",
    "Lina kan förklara hur Ericsson och Volvo blev stora exportföretag.",             # brands alone
    "Lina jämför asatron med kristendomen och berättar om Ansgar.",                  # a listed figure in religion
    "Lina gjorde en bra post om Darwin på klassbloggen.",                            # a topic noun
])
def test_games_authorities_places_and_topics_round8(checker, text):
    assert _names(checker, text, ["Lina"]) == [], text


@pytest.mark.parametrize("text,expected", [
    # a pupils' council has the same roles as staff minutes
    ("Klassrådets protokoll: sekreterare Moa, justerare Hugo och Noah.", ["Moa", "Hugo", "Noah"]),
    ("Planering: Lina jobbar med Sara i par.", ["Sara"]),                             # a social verb: a peer
    ("Lina och Ali byter namn på sina figurer.", ["Ali"]),
    ("Lina skrev elaka saker om Sara på Snapchat.", ["Sara"]),                        # gossip, not a topic
    ("Lina har en pojkvän i 4B, Dexter.", ["Dexter"]),                                # names no list had
    ("Lina bråkade med Nemo bredvid sig.", ["Nemo"]),
    ("Lina bråkade med Anna Ericsson i 7B.", ["Anna Ericsson"]),                      # a brand is also a surname
])
def test_pupils_still_reported_round8(checker, text, expected):
    found = [f.quote for f in checker.check(text, subject_names=["Lina"], categories=CAT).findings]
    assert found == expected, text


@pytest.mark.parametrize("text", [
    "Skolans kurator heter Eva Berg och nås på eva.berg@skola.se eller 031-22 33 44.",
    "Till vårdnadshavare: Lina har fått en läxa. Ring gärna om ni har frågor, 070-412 88 63. /Eva, klasslärare",
    "Besöksadress för studiebesöket: Tekniska museet, Museivägen 7, 115 27 Stockholm.",
    "Lägerskolan: vi bor på vandrarhemmet i Åre, Fjällvägen 3.",
])
def test_staff_and_venue_contacts_round8(checker, text):
    assert [e for _, e in ids(checker, text) if e in ("PHONE", "EMAIL", "ADDRESS")] == [], text


@pytest.mark.parametrize("text,entity", [
    ("Ring gärna om ni har frågor, 070-412 88 63. /Pappa Ahmed", "PHONE"),               # a guardian signs
    ("Familjen bor tillfälligt på vandrarhemmet, Storgatan 5, 123 45 Åre.", "ADDRESS"),  # the family's home
    ("Mamma nås på 070-123 45 67.", "PHONE"),
    ("Ring vårdnadshavaren på 070-123 45 67 efter fyra. /Eva, mentor 5B", "PHONE"),   # the call has an object
])
def test_guardian_contacts_still_reported_round8(checker, text, entity):
    assert entity in [e for _, e in ids(checker, text)], text


@pytest.mark.parametrize("text", [
    "Efter studiedagen kommer Fatima Aziz från Röda Korset och pratar om första hjälpen.",   # a two-word organisation
    "Förskoleklassen: gruppen har arbetat med Trulle och rim, Lina kan klappa stavelser.",    # a group works with a material
])
def test_organisations_and_materials_round8(checker, text):
    assert _names(checker, text, ["Lina"]) == [], text


def test_a_peer_beside_a_material_is_still_reported_round8(checker):
    assert _names(checker, "Klassen har jobbat med Trulle och Ali.", ["Lina"]) == ["Trulle", "Ali"]


@pytest.mark.parametrize("text,expected", [
    # an English closing is the writer's ...
    ("Dear parents, Lina did well on the test today. Best, Karin", []),
    ("Hi all, a reminder about the trip on Friday.\nKind regards,\nKarin Berg", []),
    ("Hi Rachel, thanks for the message! Lina is fine. Best wishes, Karin", ["Rachel"]),
    # ... unless the text greets staff by title: then a family writes and signs
    ("Hi Mr Nilsson, Lina was ill yesterday. Thanks, Priya", ["Priya"]),
    ("Dear Ms Lindqvist, Lina will be away in May. Kind regards, Rachel Thompson", ["Rachel Thompson"]),
])
def test_english_closings_round8(checker, text, expected):
    assert _names(checker, text, ["Lina"]) == expected, text


# ------------------------------------------------------------------ round 10 (dev/r10-*)
@pytest.mark.parametrize("text", [
    "Lina berättade om sommaren och om en dag på Gröna Lund med kusinerna.",          # a sight named like a person
    "Lina jämförde Chicago och Phoenix med Stockholm i sin presentation.",            # cities (a name somewhere)
    "Lina kan förklara varför städerna i Hansan blev rika på handel.",                # a league of history
    "Maj: Lina har läst ikapp i matematik.",                                           # a month heading a note
    "Homework: Lina should finish the worksheet on verbs.",                            # an English heading
    "Lina har stöd från Karin i engelska två gånger i veckan.",                        # support staff give
    "Per Holm, kurator, träffar Lina varannan vecka.",                                  # a role after a full name
    "Per Sten, kurator, träffar Lina varannan vecka.",                                  # ... whose surname is a word
    "Lina har följt Olaf Scholz och Emmanuel Macron i nyheterna om EU.",               # politicians of the day
    "In the essay Lina compares Mr Darcy's pride with Jane Eyre's choices.",           # an English 's genitive
    "Lina frågade Alexa om vädret och jämförde svaret med en röstassistent i mobilen.",  # a voice assistant
])
def test_innocent_names_round10(checker, text):
    assert _names(checker, text, ["Lina"]) == [], text


@pytest.mark.parametrize("text,expected", [
    ("Lina fick hjälp av Moa K. med bildspelet.", ["Moa K."]),                          # a surname initial: a real person
    ("Lina har gjort ett arbete om Elsa B och hennes familj.", ["Elsa"]),               # ... even for a listed first name
    #                                                      (a bare initial without a full stop stays outside the span)
    ("Lina glömde sin bok hemma igen, enligt Tilde.", ["Tilde"]),                      # a witness by given name
    ("Lina ritade sin kompis Saga i stil med Picasso.", ["Saga"]),                      # 'i stil med' is no work
    ('Lina blev kallad "tönt" av Oliver på rasten.', ["Oliver"]),                       # a quoted word, no title
    ("Maja sa att hon ska träffa Lina i juni.", ["Maja"]),                             # a month-name pupil is still one
    ("Lina och Juni satt bredvid varandra.", ["Juni"]),
])
def test_pupils_still_reported_round10(checker, text, expected):
    found = [f.quote for f in checker.check(text, subject_names=["Lina"], categories=CAT).findings]
    assert found == expected, text


@pytest.mark.parametrize("text", [
    "Johan Berg, biträdande rektor, har hand om schemat. Kontakt: 08-123 456 78.",    # a bare contact label after staff
    "Kontakta mig gärna på 031-12 34 56 – Eva Lund, lärare i SO.",                     # the writer signs on the line
    "Frågor om läxan? Mejla mig på eva.lund@skola.lerum.se. /Eva",                      # a school address, signed given name
    "Lina har en ny elevassistent, Per Holm (per.holm@kommun.se).",                     # an assistant's work address
    "I rollspelet ringde Lina ett påhittat nummer, 070-111 22 33.",                     # 'påhittat' (not only 'påhittad')
])
def test_staff_and_made_up_contacts_round10(checker, text):
    assert [e for _, e in ids(checker, text) if e in ("PHONE", "EMAIL")] == [], text


@pytest.mark.parametrize("text,entity", [
    ("Linas pappa. Kontakt: 070-123 45 67.", "PHONE"),                                   # a relative, not staff
    ("Mejla mig på eva.lund@gmail.com. /Eva", "EMAIL"),                                 # a private domain
    ("Hennes mamma skrev: kim.berg(at)hotmail(dot)com. Hon vill bli kontaktad.", "EMAIL"),   # obfuscated, before a full stop
])
def test_private_contacts_still_reported_round10(checker, text, entity):
    assert entity in [e for _, e in ids(checker, text)], text


@pytest.mark.parametrize("text,expected", [
    ("Lina gillar Astrid Lindgren-böckerna mest.", []),                                 # a listed name heading a compound
    ("Pippi Långstrump-gänget på rasten: Moa och Ali.", ["Moa", "Ali"]),                 # ... says nothing about the sentence
    ("After our reading of Of Mice and Men, Lina wrote a letter.", []),                  # an English title before the student
])
def test_titles_and_compounds_round10(checker, text, expected):
    assert _names(checker, text, ["Lina"]) == expected, text


def test_personnummer_with_a_misplaced_dash_round10(checker):
    """A valid number typed with its dash in the wrong place is found next to the word
    "personnummer"; the same digits as an order number are not."""
    digits = "20" + "110412" + "783" + luhn_digit("110412783")   # 2011-04-12, birth number 783
    odd = digits[:9] + "-" + digits[9:]
    assert [e for _, e in ids(checker, f"Personnummer på blanketten: {odd}.")] == ["PERSONNUMMER"]
    assert [e for _, e in ids(checker, f"Ordernummer {odd} gäller boken.")] == []


def test_a_pet_word_across_a_quote_is_no_pet_round10(checker):
    """A pet word names the animal only right before the name: 'kallade henne "en gris". Moa
    gick …' is a quoted insult and then a pupil (the sentence splitter may join the two)."""
    text = 'Lina ska ha kallat Moa "en gris". Moa har berättat det för mentorn.'
    assert _names(checker, text, ["Lina"]) == ["Moa", "Moa"]
    assert _names(checker, "Lina har en kanin Nova.", ["Lina"]) == []


@pytest.mark.parametrize("text,expected", [
    ("Lina, Elsa och Emil har gjort en film om vulkaner.", ["Elsa", "Emil"]),           # the student heads the list
    ("Lina jämförde filmen med boken: Elsa och Emil i sagan.", []),                      # characters stay characters
])
def test_a_list_led_by_the_student_round10(checker, text, expected):
    assert _names(checker, text, ["Lina"]) == expected, text


@pytest.mark.parametrize("text,expected", [
    # a list item's marker is a sentence's start: its capital word is no evidence of a name
    ("Regler på fritids: 1) Alla får vara med. 2) Vi städar efter oss.", []),
    ("Regler: a) Alla får vara med. b) Ingen retas.", []),
    ("Grupper: 1) Lina och Vide 2) Tuva och Malte", ["Vide", "Tuva", "Malte"]),
    # "Christian" before a noun of faith and custom is the adjective; elsewhere a name
    ("Lina can compare Eid with Christian holidays and Christian values.", []),
    ("Lina worked with Christian on the poster.", ["Christian"]),
])
def test_list_markers_and_the_adjective_christian_round51(checker, text, expected):
    assert _names(checker, text, ["Lina"]) == expected, text
