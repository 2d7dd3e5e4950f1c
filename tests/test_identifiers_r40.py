"""Identifier round 40 (docs/identifiers.md, "Round 40"). Each case that must stay unreported has
beside it a name in the same construction that must still be reported."""
from __future__ import annotations

import pytest

CAT = ["identifier"]


# A lower-case given name that is also an English word, after an English word, is the word
# ("till the cows come home"); the same name after a Swedish person cue is still a name.
@pytest.mark.parametrize("text", [
    "'till the cows come home' – Adrian förklarade idiomet och gav egna exempel.",
    "'cash cow', 'till the cows come home' och andra idiom med djur.",
])
def test_english_word_that_is_a_name_stays_unreported(names_found, text):
    assert names_found(text, ["Adrian"]) == []


def test_lower_case_name_after_a_swedish_cue_is_reported(names_found, checker):
    assert names_found("adrian bråkade med kompisen joy på rasten", ["Adrian"]) == ["joy"]


# Round 40: service ranges (freephone 020, shared-cost 077x, premium 0900) are companies' and
# authorities' lines; a mobile number in the same frame is still a family's.
@pytest.mark.parametrize("text", [
    "Om bussen är sen, ring trafikupplysningen på 0771-44 55 66.",
    "Anmälan till lovskolan görs på 020-33 44 55 mellan 8 och 16.",
    "Har ni frågor om resekortet går det att ringa 0774-22 11 00.",
])
def test_service_number_stays_unreported(identifiers_found, text):
    assert identifiers_found(text) == []


def test_mobile_number_in_the_same_frame_is_reported(identifiers_found):
    assert identifiers_found("Om bussen är sen, ring Signes pappa på 073-441 22 90.") == [
        ("PERSON_NAME", "Signe"), ("PHONE", "073-441 22 90")]


# A company's or an office's line and the school's caretakers ("ring Taxibolaget på …", "vaktmästeriet"),
# but not a relative reached at work.
@pytest.mark.parametrize("text", [
    "Vid förseningar: ring Skolskjutsbolaget på 0521-77 12 30.",
    "Lampan i sal 12 är trasig, ring vaktmästeriet på 031-366 20 15.",
    "Beställ färdtjänst via kundtjänst, 08-720 31 00.",
])
def test_company_or_office_line_stays_unreported(identifiers_found, text):
    assert identifiers_found(text) == []


@pytest.mark.parametrize("text", [
    "Ring pappa på företaget, 0521-77 12 30.",
    "Mamman nås på bolaget under dagen: 031-366 20 15.",
])
def test_relative_reached_at_work_is_reported(identifiers_found, text):
    assert [e for e, _ in identifiers_found(text)] == ["PHONE"]


# One word before "@" at a school's or a municipality's domain is an office's mailbox; a one-word address
# elsewhere, a relative's word in it, or a relative in the sentence keeps it personal data.
@pytest.mark.parametrize("text", [
    "Anmälan till lovskolan mejlas till lovskola@uppsala.kommun.se senast fredag.",
    "Frågor om busskort skickas till skolkort@kommunen.se.",
    "Skriv till arbetslagetsjuan9@hagaskolan.se om ni undrar något.",
])
def test_function_mailbox_stays_unreported(identifiers_found, text):
    assert identifiers_found(text) == []


@pytest.mark.parametrize("text", [
    "Nya adressen är lejonmamman@hotmail.com, skrev hon.",
    "Pappans jobbadress är verkstan@kommunen.se.",
    "Hennes nya adress är ahmadisolveig@example.org.",
    "Skicka läxan till olivermamma@skolan.se.",
])
def test_family_one_word_address_is_reported(identifiers_found, text):
    assert [e for e, _ in identifiers_found(text)] == ["EMAIL"]


# A reply that thanks for the reader's contact or a talk, signed in a staff role, greets a family
# (also with no pupil named); a colleague asked for something by a writer in role stays a colleague.
@pytest.mark.parametrize("text, names", [
    ("Hej Amal och Rami! Tack för ett givande samtal i går, jag återkommer om läxhjälpen. /Petra, mentor 4B",
     ["Amal", "Rami"]),
    ("Hej Kerstin, tack för ditt mejl. Jag tar upp det med rektor på torsdag. Hälsningar Olof, klasslärare",
     ["Kerstin"]),
    ("Hej Dragan! Tack för att du hörde av dig. Vi ses på mötet. /Mia, fritidspedagog", ["Dragan"]),
])
def test_family_thanked_for_contact_by_staff_in_role_is_reported(names_found, text, names):
    assert names_found(text) == names


@pytest.mark.parametrize("text", [
    "Hej Gunnar! Kan du skicka provet i kemi till mig? /Sofia, NO-lärare",
    "Hej Kerstin, jag har rättat proven för 6B, de ligger i ditt fack. /Olof",
    "Hej Kerstin, tack för ditt mejl. Provet ligger i ditt fack. /Olof",
])
def test_colleague_greeted_stays_unreported(names_found, text):
    assert names_found(text) == []


# A quoted message that the text says a relative wrote: its closing and the address made of that
# name are the family's; the teacher's own closing after the quotation stays the writer's.
def test_relatives_quoted_closing_is_reported(identifiers_found):
    text = "Mejl från Elins mamma: ”Hon kommer efter lunch. /Karin Lund, karin.lund@gmail.com”"
    assert identifiers_found(text, ["Elin"]) == [("PERSON_NAME", "Karin Lund"), ("EMAIL", "karin.lund@gmail.com")]


def test_plain_relatives_message_closing_is_reported(names_found):
    assert names_found("Pappan svarar: Vi hämtar honom kl 14. /Goran", ["Nils"]) == ["Goran"]


@pytest.mark.parametrize("text", [
    "Mamman skriver: ”Han är trött.” Jag svarade att vi ses på fredag. /Lena Berg, lena.berg@skolan.se",
    "Pappan skrev: Vi hämtar honom kl 14. /Lena, mentor 5A",
])
def test_teachers_closing_after_relatives_message_stays_unreported(identifiers_found, text):
    assert identifiers_found(text, ["Nils"]) == []


# The student and a name as the pair who quarrel or play is a classmate even where a knowledge cue
# elsewhere in the sentence makes a listed figure of the name; a pair quarrelling "med" someone in a
# myth is the myth's.
@pytest.mark.parametrize("text, subject, name", [
    ("Elias och Muhammad bråkade i kön; Elias kan ändå berätta om medeltiden.", "Elias", "Muhammad"),
    ("Moses och Leja har grälat hela veckan, men Leja skrev en bra text om 1600-talet.", "Leja", "Moses"),
    ("Maria och Alvin lekte i sandlådan; Alvin kan förklara påskens budskap.", "Alvin", "Maria"),
])
def test_quarrelling_pair_with_the_student_is_reported(names_found, text, subject, name):
    assert names_found(text, [subject]) == [name]


@pytest.mark.parametrize("text, subject", [
    ("Tor och Freja bråkade med jättarna i myten om asagudarna.", "Freja"),
    ("Elias och Muhammad skrev om islams framväxt på 600-talet.", "Elias"),
])
def test_pair_in_a_knowledge_sentence_without_a_quarrel_stays_unreported(names_found, text, subject):
    assert names_found(text, [subject]) == []


# A number with its digits written as words, all or the first few, is the same number; words that
# read as fewer than eight digits, and the school's own line, are not.
@pytest.mark.parametrize("text, number", [
    ("Saras pappa har nytt nummer: noll sju tre – 55 40 118.", "noll sju tre – 55 40 118"),
    ("mormor nås på noll sju noll fyra fyra två ett åtta nio tre", "noll sju noll fyra fyra två ett åtta nio tre"),
])
def test_phone_written_with_digit_words_is_reported(identifiers_found, text, number):
    assert ("PHONE", number) in identifiers_found(text)


@pytest.mark.parametrize("text", [
    "Eleven kan räkna från noll till tio och skriva talen noll, sex och nio.",
    "Skolans växel: noll åtta – 508 400 00.",
])
def test_digit_words_that_are_no_private_number_stay_unreported(identifiers_found, text):
    assert [e for e, _ in identifiers_found(text)] == []


# The people of a word problem: introduced with a relative clause in the present after an exercise noun
# (also after "med", and with a relative's word or a topic between), asked about in the problem's
# question, or called made up; a classmate worked with, or lent a book by, is still reported.
@pytest.mark.parametrize("text, subject", [
    ("I uppgiften om morbror Sune som ska tapetsera ett rum räknade Vera ut arean.", "Vera"),
    ("I en svårare uppgift med Karim som springer 8 km/h behövde Vera stöd.", "Vera"),
    ("Problemen om bråk och Tuva som delar en pizza löste Vera utan hjälp.", "Vera"),
    ("Vera räknade ut hur mycket Olle fick betala för fyra äpplen.", "Vera"),
    ("Vera skrev ett brev till den fiktiva kusinen Matteo i Neapel.", "Vera"),
])
def test_exercise_person_stays_unreported(names_found, text, subject):
    assert names_found(text, [subject]) == []


@pytest.mark.parametrize("text, subject, name", [
    ("Vera gjorde uppgiften med Tuva som satt bredvid henne.", "Vera", "Tuva"),
    ("Vera gjorde uppgiften med Tuva.", "Vera", "Tuva"),
    ("Vera lånade en bok av Olle på fritids.", "Vera", "Olle"),
])
def test_classmate_beside_an_exercise_is_reported(names_found, text, subject, name):
    assert names_found(text, [subject]) == [name]


# Staff named by their department after "från", as the informant of a report at fritids, and officers
# met in their role; pupils coming back from a lesson, and a classmate who told something, are reported.
@pytest.mark.parametrize("text, subject", [
    ("Vårkonserten leds av Stefan och Lena från musiken.", ""),
    ("Fick veta av Jonas på fritids att Vera klättrade på taket.", "Vera"),
    ("Tack till kriminalinspektör Eva Holm som berättade om sitt arbete!", ""),
])
def test_staff_by_department_or_role_stays_unreported(names_found, text, subject):
    assert names_found(text, [subject] if subject else []) == []


@pytest.mark.parametrize("text, subject, names", [
    ("Vera och Olle kom tillbaka från musiken.", "Vera", ["Olle"]),
    ("Fick höra av Tuva att Vera klättrade på taket.", "Vera", ["Tuva"]),
])
def test_pupils_near_a_department_or_a_report_are_reported(names_found, text, subject, names):
    assert names_found(text, [subject]) == names


# A staff member's contact block (the role on a short line above the contact, or on the closing right
# below it; or an address at a school's domain made of the name on the contact's line) is the school's
# contact data, also where the address is written without the name's å/ä/ö. A reply below a blank line,
# a relative on the lines, or a role only inside the contact's own sentence keep the contact personal.
@pytest.mark.parametrize("text", [
    "Ha en fin helg!\nVänliga hälsningar\nBjörn Ålund, SO-lärare 8B\nbjorn.alund@skola.example.se, 0520-49 71 12",
    "Sofia Öhman\nSpecialpedagog, Norrskolan\n08-555 301 22 · sofia.ohman@norrskolan.se\n\nMilo har gjort stora framsteg.",
    "Frågor om provet: malin.ostlund@skolan.se\nMvh Malin Östlund, mattelärare 7A",
    "Frågor om utflykten: Jörgen Åkesson, 0910-77 12 30, jorgen.akesson@skola.example.se",
])
def test_staff_contact_block_stays_unreported(identifiers_found, text):
    assert identifiers_found(text, ["Milo"]) == []


@pytest.mark.parametrize("text, contact", [
    ("Hej Ola,\nMilo får sitta fram.\nHälsningar Erika Berg, mentor 7C\n\nTack! Skicka gärna protokollet till mig, "
     "ola.h.lind@telia.com.\nOla", ("EMAIL", "ola.h.lind@telia.com")),
    ("Till fritids: Milo hämtas av grannen Ulla Persson (070 555 12 34) idag.", ("PHONE", "070 555 12 34")),
    ("Vårdnadshavare: Jessica Holm, jessica.holm@skolmail.nu", ("EMAIL", "jessica.holm@skolmail.nu")),
])
def test_family_contact_near_staff_is_reported(identifiers_found, text, contact):
    assert any(e == contact[0] and contact[1] in q for e, q in identifiers_found(text, ["Milo"]))


# The school's absence line in a notice to all families, the one who takes sign-ups, a name discussed as
# a word, and a colleague thanked for interpreting; a family's own report, a pupil signing up, a name
# that does something, and a colleague thanked for a pupil's pick-up (a family's thanks) stay reported.
@pytest.mark.parametrize("text", [
    "Sjukanmälan görs i appen eller på 031-367 40 00 före kl. 7.45.",
    "Glöm inte att anmäla om ert barn är sjukt, senast 7.30 på telefon 0910-73 50 00.",
    "If your child is ill, please call the school before 8 am (0455-30 41 00).",
    "Lördag är det skridskodag på isbanan, anmälan till Gun-Britt senast onsdag.",
    "Rose är ett vanligt ord i engelskan: Milo kan säga 'rose' och 'tulip'.",
    "Hej Yonas! Tack för att du tolkade på mötet med Milos familj. /Kristin",
])
def test_school_lines_sign_ups_and_words_stay_unreported(identifiers_found, text):
    assert identifiers_found(text, ["Milo"]) == []


@pytest.mark.parametrize("text, kind", [
    ("Jag sjukanmäler Milo idag, mitt nummer är 073-551 20 98.", "PHONE"),
    ("Milo har anmält sig till Tindras kalas på lördag.", "PERSON_NAME"),
    ("Rose är en av Milos bästa kompisar.", "PERSON_NAME"),
    ("Hej Yonas! Tack för att du hämtade Milo igår. /Kristin", "PERSON_NAME"),
])
def test_family_numbers_and_people_stay_reported(identifiers_found, text, kind):
    assert kind in [e for e, _ in identifiers_found(text, ["Milo"])]


# The memo of where a relative's message is introduced holds the last text only while the identifier
# pass runs (as the closings' memo does): no checked text outlives the call that checked it.
def test_relative_message_memo_is_dropped_after_the_pass(checker):
    from checker.identifiers import context

    text = "Svar från Hugos pappa: ”Han är sjuk i dag. /Tomas Eklund, 070-123 45 67”"
    checker.check(text, subject_names=["Hugo"], categories=CAT)
    assert context._TEXT_MEMO is None
    assert context.relative_wrote(text, text.index("070")) is True
    assert context._TEXT_MEMO is not None and context._TEXT_MEMO[0] == text
    context.forget_text_memos()
    assert context._TEXT_MEMO is None
