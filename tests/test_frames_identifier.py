"""Identifier round 20: a frame matrix for PERSON_NAME precision on unseen writers.

Rows are word classes (characters, titles, figures, common words that are also names,
staff, the student's own name in other shapes), columns are the frames Swedish teachers
write them in. Every NEG case must give no PERSON_NAME finding (the names are no other
pupil's or guardian's); every POS case must report the name. Sentences are our own; pupil
names come from Faker's sv_SE lists under a fixed seed (`gazetteer_pupil_names`), so no case
depends on one name. Decisions follow docs/identifiers.md ("Who a name refers to",
round 20)."""
from __future__ import annotations

import itertools

import pytest

from test_identifiers import gazetteer_pupil_names, identifier_quotes as _found, ids
from frame_matrix import fill

PUPILS = gazetteer_pupil_names(20261220, 8)
S, X, Y = PUPILS[0], PUPILS[1], PUPILS[2]


def names_found(checker, text, subject=(S,)):
    return _found(checker, text, list(subject), entity="PERSON_NAME")


def cycle(frames, words, **fixed):
    """Each frame with words in turn (a diagonal of the grid: every frame, every word)."""
    k = max(len(frames), len(words))
    return [frames[i % len(frames)].format(w=words[i % len(words)], s=S, x=X, y=Y, **fixed) for i in range(k * 2)]


# ---------------------------------------------------------------- 1. fiction in English lessons
# Characters that are ordinary given names somewhere, and the works they are in (titles in
# English title case, one word or several, with or without an article).
CHARACTERS = ["Riley", "Eliza", "Juliet", "Ove", "Bruno", "Jonas", "Amir", "Elsa", "Stanley",
              "Matilda", "Scout", "Holden", "Hassan", "Lennie", "Pip", "Auggie", "Ponyboy", "Katniss",
              "Bilbo", "Wilbur", "Charlotte", "Oliver", "Heidi", "Anne"]
TITLES = ["Inside Out", "Pygmalion", "A Man Called Ove", "The Giver", "Frozen", "Holes", "Wonder",
          "The Kite Runner", "Great Expectations", "Of Mice and Men", "The Outsiders", "Charlotte's Web",
          "My Fair Lady", "The Hunger Games", "Romeo and Juliet", "Anne of Green Gables"]
FICTION_FRAMES = [
    "{w} in {t} is lonely at the start.",
    "We discussed how {w} in {t} changes.",
    "{s} wrote a good essay about {w} in {t}.",
    "{s} compared {w} in {t} with a friend.",
    "In {t}, {w} learns to be brave.",
    "{s} played {w} in the school play.",
    "She played {w} in {t}.",
    "{s} spelade {w} i skolpjäsen.",
    "{w} is the main character of the novel.",
    "{w} is big and brave in the story.",
    "{s} kan beskriva {w} i {t} med egna ord.",
    "Huvudpersonen i {t} heter {w}.",
    "The girl in {t} is called {w}.",
    "{s} wrote about Hassan and {w} in {t}.",
]


@pytest.mark.parametrize("text", [
    f.format(w=c, t=t, s=S) for f, (c, t) in zip(
        FICTION_FRAMES * 4, itertools.product(CHARACTERS, TITLES))
])
def test_fiction_in_english_lessons_is_no_pupil(checker, text):
    assert names_found(checker, text) == []


# English words that are also given names somewhere, capitalised at a sentence start in an
# English comment: adjectives, nouns and verbs, not names.
# (Swedish given names that are English words, "Rose", "Bill", "Iris", "Love", stay names: pupils
# are called so; see test_names_that_are_words_are_names_with_a_verb_or_cue.)
# Names as often as words ("Amber", "Hazel", "Ray", "Dawn") stay names too.
ENGLISH_WORDS = ["Sad", "Hope", "Joy", "Faith", "Mark", "Grace", "Patience", "Charity", "Mercy", "Lucky",
                 "Sunny", "Peace", "Comfort", "Blessing", "Innocent", "Purity", "Karma", "Fancy"]
ENGLISH_WORD_FRAMES = [
    "{w} is a word we practised today.",
    "{w} and fear are feelings in the text.",
    "{w} was the theme of the poem.",
]


@pytest.mark.parametrize("text", fill(ENGLISH_WORD_FRAMES, ENGLISH_WORDS, s=S, x=X, y=Y) + [
    "Sad kid.", "Sad but true.", "Great work today!", "Lovely effort.", "Brilliant.", "Poor effort this week.",
    "Hope is important.", "Joy is a feeling.", "Faith is a big word.",
])
def test_english_words_at_a_sentence_start_are_no_names(checker, text):
    assert names_found(checker, text) == []


# --------------------------------------------------------------- 2. public figures in subject content
FIGURES_UNLISTED = ["Ben Johnson", "Carl Lewis", "Therese Alshammar", "Florence Griffith Joyner",
                    "Jesse Owens", "Lasse Virén", "Ingemar Stenmark", "Gunde Svan", "Ludmila Engquist",
                    "Emil Forsberg", "Pia Sundhage", "Nils Liedholm", "Gunnar Nordahl", "Hanna Öberg"]
FIGURE_FRAMES = [
    "Vi pratade om fallet med {w} i Seoul 1988.",
    "{w} vann guld i Los Angeles 1984.",
    "I dopningsdebatten nämnde vi {w} som exempel.",
    "Klassen såg en dokumentär om {w}.",
    "Hon har gjort en faktatext om {w} och OS.",
    "{w} tog OS-guld i Sarajevo 1984.",
]


@pytest.mark.parametrize("text", cycle(FIGURE_FRAMES, FIGURES_UNLISTED))
def test_public_figures_with_an_event_cue_are_knowledge(checker, text):
    assert names_found(checker, text) == []


# Listed figures that are ordinary given names (a prior): with a year or an event.
@pytest.mark.parametrize("text", [
    "Zlatan gjorde fyra mål mot England 2012.",
    "Greta Thunberg startade skolstrejken 2018.",
    "Marie Curie upptäckte radium.",
    "Olof Palme mördades 1986.",
    "Therese Alshammar simmade fjärilsim.",
    "Carl Lewis vann fyra guld.",
    "Bertil Ohlin (1899–1979) fick ekonomipriset.",   # a lifespan long ago in brackets
    "Lise Meitner (född 1878) var fysiker.",
    "Ingemar Johansson vann VM 1959.",
])
def test_listed_figures_and_their_family_are_knowledge(checker, text):
    assert names_found(checker, text) == []


# ------------------------------------------------- 3. Swedish common words that are also names
# Instructions and checklists: an imperative at a sentence or list start, then its object.
IMPERATIVES = ["Rita", "Klara", "Läs", "Packa", "Skriv", "Måla", "Öva"]
OBJECTS = ["kroppens organ – klart", "två bilder till fredag", "mina anteckningar", "tre meningar om hösten",
           "följande uppgifter", "tre figurer"]
CHECKLIST_FRAMES = ["{w} {o}", "- {w} {o}", "Att göra: {w} {o}."]


@pytest.mark.parametrize("text", [f.format(w=w, o=o) for f, w, o in zip(
    CHECKLIST_FRAMES * 14, IMPERATIVES * 6, OBJECTS * 7)])
def test_instructions_in_checklists_are_no_names(checker, text):
    assert names_found(checker, text) == []


# Games, apps and products (a game is played, not a person): after "spelar", "körde", "i".
GAMES = ["Fia med knuff", "Uno", "Alfapet", "Kahoot", "Yatzy", "Memory", "Monopol", "Quizlet", "Wordle",
         "Minecraft", "Sten, sax, påse"]
GAME_FRAMES = ["Eleverna spelar {w} på fredagar.", "Vi körde {w} på lektionen.", "{s} vann i {w} i dag.",
               "Spelar {w} på rasten."]


@pytest.mark.parametrize("text", fill(GAME_FRAMES, GAMES, s=S, x=X, y=Y))
def test_games_and_products_are_no_names(checker, text):
    assert names_found(checker, text) == []


# Months and words of the calendar in a plan (a month that is also a given name).
@pytest.mark.parametrize("text", fill(["{w}: nationella prov i matte.", "I {w} har vi utvecklingssamtal.", "Prov v.12 och i {w}.",
     "{w} är en sommarmånad."], ["Maj", "Juni", "Juli", "April", "Augusti"], s=S, x=X, y=Y))
def test_months_in_a_plan_are_no_names(checker, text):
    assert names_found(checker, text) == []


# --------------------------------------------------------------------- 4. staff in notes
# A colleague: by title, greeted in a note about teaching the student, asked in a note.
STAFF_FRAMES = [
    "frk {x}: {s} glömde sin matsäck.",
    "Fröken {x} sa att {s} var trött.",
    "Hej {x}! Kan du som har {s} i bild titta på hennes teckning?",
    "Hej {x}! Du som har {s} i matte, hur går det med bråken?",
    "{x}, kan du ta upp {s}s frånvaro på mentorstiden?",
    "Hej {x}, {s} har missat två lektioner hos dig. Kan du skicka uppgifterna?",
]


@pytest.mark.parametrize("text", [f.format(s=S, x=x) for f, x in itertools.product(STAFF_FRAMES, PUPILS[1:4])])
def test_staff_addressed_in_notes_are_not_reported(checker, text):
    assert names_found(checker, text) == []


# -------------------------------------------------- 5. the student's own name in other shapes
@pytest.mark.parametrize("text,subject", [
    ("Sara Ö har glömt boken.", ["Sara Öberg"]),
    ("Kalle 8B har glömt boken.", ["Kalle"]),
    ("Kalle 8B", ["Kalle"]),
    ("Hej! Kalle 8B saknar gympakläder.", ["Kalle Nyberg"]),
    ("Alex har glömt boken.", ["Alexander"]),
    ("Max var trött i dag.", ["Maximilian"]),
    ("Fia var trött i dag.", ["Sofia"]),
    ("Lisa var glad i dag.", ["Elisabet"]),
])
def test_the_student_in_other_shapes_is_not_reported(checker, text, subject):
    assert [q for q, e in _found_all(checker, text, subject)] == []


def _found_all(checker, text, subject):
    return [(f.quote, f.entity) for f in checker.check(text, subject_names=subject, categories=["identifier"]).findings]


# ------------------------------------------------------------------------------ positives
POSITIVE_FRAMES = [
    "{s} bråkade med {x} på rasten.",
    "Mamma {x} ringde i morse.",
    "{x} i 8C lånade hennes bok.",
    "Hej {x}! Din dotter har varit sjuk två dagar.",   # a guardian greeted (round 15: reported)
    "Socialsekreterare {x} Holm var med på mötet om {s}.",   # the case's contact (round 3)
    "{x} sa att {s} hade slagit henne.",   # no cue: staff and pupil cannot be told apart
    "Påminn {x} om läxan i svenska.",
    "{s} spelade fotboll med {x} på rasten.",
    "{s} och {x} läste boken tillsammans.",
    "{x} har gått i samma klass som {s} sedan åk 1.",
    "Vi har pratat med {x}s pappa om bråket.",
    "{x} Ö i 6A har flyttat.",
    "The star of our school play was {x}.",   # a pupil can star in the school play
    "Sad that {x} was hurt at break.",
    "{s} played football with {x} in the break.",
    "{s} and {x} were late for the English lesson.",
    "Hon bråkade med {x} i Inside Out-gruppen.",
    "{x} is in 7B and was upset today.",
    "{x} vann guld på skolans friidrottsdag 2024.",
    "{x} Lind föddes i Malmö 2012.",   # a place and a recent year: a pupil's own
    "Morfar {x} (född 1948) kommer på besök.",
    "{x} Berg var i Spanien 2023 med familjen.",
]


@pytest.mark.parametrize("text", [f.format(s=S, x=x) for f, x in itertools.product(POSITIVE_FRAMES, PUPILS[1:4])])
def test_other_pupils_and_guardians_are_still_reported(checker, text):
    found = names_found(checker, text)
    assert any(f.startswith(x) for f in found for x in PUPILS[1:4]), found


# Rita, Klara as pupils: a verb follows them, or a cue.
@pytest.mark.parametrize("text", [
    "Rita har glömt boken igen.", "Klara och {x} bråkade på rasten.", "Rita sa att hon var trött.",
    "Mamma Rita ringde i morse.", "Rose wrote a good essay.", "Bill is in 7B.", "Amber was upset today.",
    "Hazel and {x} were late.",
])
def test_names_that_are_words_are_names_with_a_verb_or_cue(checker, text):
    assert names_found(checker, text.format(x=X)) != []


# -------------------------------------------------------- numbers, e-mail and phones stay right
@pytest.mark.parametrize("text,entity", [
    ("Ring mamma på 070-123 45 67 efter tre.", "PHONE"),
    ("Pappas mejl är pappa.svensson@gmail.com.", "EMAIL"),
    ("Hennes personnummer är 120315-1236.", "PERSONNUMMER"),
    ("De bor på Storgatan 8B i Umeå.", "ADDRESS"),
])
def test_numbers_mail_and_phones_are_still_found(checker, text, entity):
    assert entity in [e for _, e in _found_all(checker, text, [S])]


@pytest.mark.parametrize("text", [
    "Vi läser kapitel 3 på sidan 45–52 i år 2024.", "Läxa: sidorna 12–14, uppgift 3.12.", "Vinn 1-0 mot 8B!",
])
def test_school_numbers_are_no_identifiers(checker, text):
    assert _found_all(checker, text, [S]) == []


# ================================================================ round 21 (files dev/r21-*)
# The classes behind r21-mixa/mixb's false reports and misses, as words × frames; NEG cases must
# report no name, POS cases must report one (docs/identifiers.md, round 21).
R21 = gazetteer_pupil_names(20261221, 6)
A, B = R21[0], R21[1]

# Countries that are given names too (Faker lists them as names): a place where a place is read.
NAME_COUNTRIES = ["Israel", "India", "Jordan", "Georgia", "Oman", "Armenia"]
COUNTRY_FRAMES = [
    "{s} kan beskriva {w}s och Syriens geografi.",
    "{s}'s family are from {w} and speak two languages at home.",
    "Mammas familj kommer från {w}.",
    "{s} hittade {w}s huvudstad på kartan.",
    "They moved to {w} when {s} was four.",
    "{s} jämförde klimatet i Egypten och {w}.",
    "Vi läste om {w} och Turkiet i geografin.",
]
COUNTRY_POSITIVES = ["{s} lekte med {w} på rasten.", "{s} och {w} har skrivit en saga.",
                     "Kompisen {w} hjälpte {s} med läxan.", "{w} i 4B har flyttat."]


@pytest.mark.parametrize("text", fill(COUNTRY_FRAMES, NAME_COUNTRIES, s=S, x=X, y=Y))
def test_r21_countries_that_are_names_are_places_in_place_frames(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill(COUNTRY_POSITIVES, NAME_COUNTRIES, s=S, x=X, y=Y))
def test_r21_countries_that_are_names_stay_pupils_with_a_cue(checker, text):
    assert names_found(checker, text) != []


# English titles that open with an -ing form or a verb; a school year after the student; the
# religions' feasts in RE; visiting dental and health staff.
NON_NAME_CASES = [
    *fill(["{s} gjorde en egen koreografi till {w}.", "Vi lyssnade på {w} och pratade om takten.",
           "{s} sjöng {w} på avslutningen."], ["Dancing Queen", "Singing in the Rain", "Running Up That Hill", "Waiting for Tonight"], s=S, x=X, y=Y),
    *fill(["Action plan – {s}, {w} 3", "{s}, {w} 5: reading goals", "Review for {s}, {w} 4, term 2."], ["Year", "Grade", "Class"], s=S, x=X, y=Y),
    *fill(["In RE we compared Ramadan, Lent and {w}.", "{s} kan berätta vad som händer under {w}.",
           "Vi pratade om {w} och om att fasta."], ["Yom Kippur", "Rosh Hashana", "Pesach", "Purim", "Sukkot", "Passover", "Holi", "Navratri", "Easter"], s=S, x=X, y=Y),
    *fill(["{w} {x} besökte klassen och visade hur man borstar tänderna.",
           "I dag kom {w} {x} och pratade om frukost."], ["Tandhygienisten", "Dietisten", "Tandsköterskan"], s=S, x=X, y=Y),
    # the verse a pupil makes up or quotes: its names are its characters
    *fill(["{s} hittade själv på rimmet ”{w} Kula har en mula som bor i en bur”.",
           "Klassen läste ramsan ”{w} och kalle, hoppar på en balle”.",
           "{s} skrev versen ”{w} Lök har en stök” på tavlan."], [X, Y, "Kalle"], s=S, x=X, y=Y),
    # sick leave with a substitute is a teacher's; a support schedule names who gives it when
    *fill(["Info: {w} är sjukskriven resten av veckan och {x} vikarierar i 3A.",
           "{w} är borta i dag, {x} vikarierar."], [X, Y], s=S, x=X, y=Y),
    *fill(["Stöd v.14: tisdag 9.00–9.40 ({w}), torsdag 13.10–13.50 ({x}).",
           "Studiehandledning: måndag 10.00–10.40 ({w})."], [X, Y], s=S, x=X, y=Y),
    # a listed full name makes listed single names of the next sentence its figures
    "Ronja tyckte om att läsa om sin namne Ronja Rövardotter. Hon kunde beskriva hur Mattis reagerar.",
    "Vi har läst Ronja Rövardotter. {s} berättade varför Mattis blir så arg.",
    "Klassen har lyssnat på Emil i Lönneberga. {s} kan återberätta vad Olaf gör.",
]


@pytest.mark.parametrize("text", NON_NAME_CASES)
def test_r21_titles_years_feasts_verse_and_staff_are_no_names(checker, text):
    subject = ("Ronja",) if text.startswith("Ronja") else (S,)
    assert names_found(checker, text.format(s=S, x=X), subject) == []


# Written with å/ä/ö that no listed spelling has: a word, not a name ("Påm:" ~ "Pam"); names
# spelt with them stay names.
@pytest.mark.parametrize("text", [
    "Påm: ring mamma till {s} om läxan.", "Påm: {s} ska ha med gympakläder.", "Påm, {s} behöver nya böcker.",
])
def test_r21_words_with_dots_that_fold_onto_foreign_names_are_no_names(checker, text):
    assert names_found(checker, text.format(s=S)) == []


R21_POSITIVE_FRAMES = [
    # a recipient after "sa … till", also for old given names the lists had only as surnames
    "”Din fjant”, sa {s} till {w} vid fotbollsplanen.",
    "Sedan sa {s} till {w} att sluta.",
    # a pupil acting a part: the subject of "spelade" + a part
    "I dramat om Frost spelade {s} Elsa och {w} spelade Olaf.",
    "In the play {s} played Romeo and {w} played Juliet.",
    # a name tag, a pupil's chat spelling about someone
    "Hittegods: en blå mössa med namnlappen ”{w} B.” ligger i hallen.",
    "{s} skrev ”{w} e en f-tt” på whiteboarden.",
    # a guardian's notice of the student's absence, signed with names only
    "Hej! Vill bara meddela att {s} kommer vara borta imorgon pga tandläkare. Mvh {w}",
    "{s} kommer att vara hemma resten av veckan. Mvh {w} & Robert",
    "Hej! {s} är sjuk idag och stannar hemma. /{w}",
    # no substitute, no role: reported as before
    "{w} är sjuk idag, säger mamma.",
    "Utvecklingssamtal: tisdag 9.00 ({w}), 9.30 ({x}).",
    "Hon har skrivit om Astrid Lindgren. Sedan lekte hon med {w}.",
]
R21_WORDS = [A, B, "Hilmer", "Folke", "Åsa", "Jörg"]
# names that are Swedish words: the name tag and the chat spelling are their cue
R21_WORDLIKE_FRAMES = ["Hittegods: en blå mössa med namnlappen ”{w} B.” ligger i hallen.",
                       "En jacka märkt med ”{w}” hänger kvar i hallen.",
                       "{s} skrev ”{w} e en f-tt” på whiteboarden.", "{s} sa: ”{w} e ett pucko”."]


@pytest.mark.parametrize("text", [*cycle(R21_POSITIVE_FRAMES, R21_WORDS),
                                  *fill(R21_WORDLIKE_FRAMES, ["Ville", "Lo", "Klara", "Sten", A], s=S, x=X, y=Y)])
def test_r21_pupils_and_guardians_are_reported(checker, text):
    assert names_found(checker, text.replace("{x}", X).replace("{s}", S)) != []


@pytest.mark.parametrize("text", [
    # a staff closing after an absence notice; a teacher writing about a leave; a letter's closing
    "{s} kommer vara borta imorgon, hen har tandläkartid. /{x}, mentor 5B",
    "Meddelande: {s} har varit ledsen idag. Hen kommer att vara ledig på fredag. Ta hand om er. /{x}",
    "{s} har gjort stora framsteg i algebra. Hälsningar {x}, mentor",
    # "Sten är en bergart": only the chat spelling "e" marks a pupil's words
    "{s} skrev ”Sten är en bergart” i sin faktatext.",
    "”Alla är en del av gruppen”, sa {s}.",
])
def test_r21_staff_closings_and_quoted_words_are_no_names(checker, text):
    assert names_found(checker, text.format(s=S, x=X)) == []


# A letter to a listed character of the work the sentence before names (a school task), not to a
# pupil; a class or a social verb keeps the pupil.
LETTER_CHARACTERS = ["Berra", "Mattis", "Birk", "Emil", "Mio"]


@pytest.mark.parametrize("text", fill([
    "Vi har läst Ronja Rövardotter. {s} skrev ett brev till {w} om skogen.",
    "I ”Kan du vissla Johanna” dör farfar Nils. {s} skrev ett vykort till {w} om hur det kändes.",
    "Klassen har läst Mio, min Mio. {s} skriver ett brev till {w}.",
], LETTER_CHARACTERS, s=S, x=X, y=Y))
def test_r21_a_letter_to_a_character_is_no_pupil(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "{s} skrev ett brev till {w} i 2B.",
    "Vi har läst Ronja Rövardotter. Sedan lekte {s} med {w} på rasten.",
], LETTER_CHARACTERS, s=S, x=X, y=Y))
def test_r21_a_letter_to_a_pupil_is_reported(checker, text):
    assert names_found(checker, text) != []


# ================================================================ round 22 (files dev/r22-*)
# The classes behind r22-mixa/mixb's misses, as words × frames; POS cases must report a name,
# NEG cases must report none (docs/identifiers.md, round 22).
R22 = gazetteer_pupil_names(20261222, 6)
R22_SIGNERS = [R22[0], R22[1], "Åsa", "Katarzyna", "Priya"]

# A message only the family writes, signed with a given name alone: the closing is the family's.
FAMILY_NOTICE_FRAMES = [
    "Hej! {s} har fått tid hos tandläkaren på torsdag och missar därför idrotten. /{w}",
    "Hej! {s} har haft feber hela veckan. Hon kommer tillbaka på måndag. Mvh {w}",
    "Hej, jag undrar om {s} kan få ledigt fredag v.10 för att åka till Polen? Mvh {w}",
    "Kan {s} få ledigt på fredag? Vi ska på resa. /{w}",
    "Hej, {s} har fått antibiotika och ska ta medicinen kl 12. Den ligger i väskan. Tack! {w}",
    "Hello teacher, {s} will be absent on Monday because of a family trip. Regards, {w}",
    "{s} won't be in school tomorrow. Thanks, {w}",
    "Hej! {s} följer med på min systers bröllop i Kraków på fredag. Mvh {w}",
    "Hi, we are going to my brother's wedding, so {s} needs homework for next week. Regards, {w}",
    "{s} är inte stökig, det är ni lärare som inte lyssnar. /{w}",
]


@pytest.mark.parametrize("text", fill(FAMILY_NOTICE_FRAMES, R22_SIGNERS, s=S, x=X, y=Y))
def test_r22_a_family_message_signed_with_a_name_reports_it(checker, text):
    assert names_found(checker, text) != []


# The same words in staff's messages: a role in the closing, the student (not a pronoun) coming
# back, the writer's own return or absence, a teacher's leave decision, a pupil's quoted words.
STAFF_NOTE_FRAMES = [
    "Hej! {s} har fått tid hos tandläkaren och missar därför idrotten. /{w}, mentor 5B",
    "{s} kommer tillbaka på måndag efter lovet. /{w}",
    "Jag kommer tillbaka till detta på mötet. {s} har jobbat bra. /{w}",
    "I will be away on Friday, so {s}'s group has a substitute. Best, {w}",
    "We will be away on the school trip on Friday. Best, {w}",
    "{s} har varit ledig i dag. Hälsningar {w}, klasslärare",
    "{s} sa ”min bror är starkast” på rasten. /{w}, mentor",
    "Hej! {s} kan få ledigt på fredag. /{w}, rektor",
    # the school's voice: a staff message, the writer planning tests or homework
    "Meddelande: Hej! {s} har varit sjuk i helgen. Hon kommer tillbaka på onsdag. Vi tar det lugnt med proven. /{w}",
    "{s} har varit borta. Hon kommer tillbaka på måndag och vi ska göra provet då. /{w}",
]


@pytest.mark.parametrize("text", fill(STAFF_NOTE_FRAMES, R22_SIGNERS[:3], s=S, x=X, y=Y))
def test_r22_staff_notes_keep_their_closing_unreported(checker, text):
    assert names_found(checker, text) == []


# Swedish given names in the old spelling with w (and v for w): the same names.
W_NAMES = ["Wilgot", "Wendela", "Ewert", "Siw", "Solweig", "Ewa"]
W_FRAMES = ["{s} sa 'idiot' till {w} tre gånger under lektionen.", "{s} bråkade med {w} på rasten.",
            "{w} i 4B lånade hennes sudd.", "Mamma {w} ringde i morse."]


@pytest.mark.parametrize("text", fill(W_FRAMES, W_NAMES, s=S, x=X, y=Y))
def test_r22_names_spelt_with_w_are_names(checker, text):
    assert names_found(checker, text) != []


@pytest.mark.parametrize("text", [
    "Wide receivers run fast.", "Vi tittade på en film om Wien.", "Valid arguments need evidence.",
    "{s} read about wide rivers and valid reasons.",
])
def test_r22_w_spellings_leave_words_places_and_figures(checker, text):
    assert names_found(checker, text.format(s=S)) == []


# A classmate's things after a genitive, also in a history lesson; damaging someone's things.
BELONGING_FRAMES = [
    "Historia: {s} skrev ”Heil Hitler” och ritade hakkors på {w}s skrivbok under lektionen.",
    "{s} gömde {w}s mössa i skåpet.",
    "Förstörde {w}s modell med flit.",
    "{s} tog sönder {w}s bygge på tekniken.",
    "{s} klottrade på {w}s bild under bildlektionen.",
    "Under lektionen om andra världskriget sparkade {s} på {w}s stol.",
]


@pytest.mark.parametrize("text", fill(BELONGING_FRAMES, [R22[2], R22[3], "Elias", "Ida"], s=S, x=X, y=Y))
def test_r22_a_classmates_things_and_their_damage_report_the_name(checker, text):
    assert names_found(checker, text.replace("Eliass", "Elias")) != []


@pytest.mark.parametrize("text", [
    "{s} kan förklara Bohrs modell av atomen.", "{s} jämförde Newtons lagar med Keplers.",
    "{s} har läst om Darwins teori och Mendels lagar.", "{s} förstörde nästan sin egen modell av misstag.",
    "I boken förstörde Voldemort Harrys trollstav.",
])
def test_r22_models_and_laws_of_figures_stay_knowledge(checker, text):
    assert names_found(checker, text.format(s=S)) == []


# Doing something in parts with someone: a social "med".
@pytest.mark.parametrize("text", fill([
    "Hon sjöng 'Vem kan segla förutan vind' i stämma med {w}.",
    "{s} spelade ”Vem kan segla” i duett med {w} på avslutningen.",
    "I musiken sjöng {s} ”Idas sommarvisa” i stämma med {w}.",
], [R22[4], R22[5], "Harriet"], s=S, x=X, y=Y))
def test_r22_singing_in_parts_with_someone_is_a_pupil(checker, text):
    assert names_found(checker, text) != []


# A staff word in an earlier clause (or a pupil's quoted words) is no apposition to a name
# after a comma; a role right before its own name is that name's title.
@pytest.mark.parametrize("text", fill([
    "{s} sa att {w} är 'kär i fröken' och alla skrattade, {w} blev jätteledsen.",
    "Han ropade på läraren men ingen svarade, {w} gick då till expeditionen.",
], [R22[2], R22[3], "Milou"], s=S, x=X, y=Y))
def test_r22_a_role_in_another_clause_is_no_apposition(checker, text):
    assert names_found(checker, text) != []


@pytest.mark.parametrize("text", fill([
    "Vikarien i matte, {w}, gick igenom bråk.", "Vår nya mentor, {w}, börjar på måndag.",
], [R22[2], R22[3]], s=S, x=X, y=Y))
def test_r22_a_role_in_apposition_is_still_staff(checker, text):
    assert names_found(checker, text) == []


# A parent greeted by title in a message that speaks to the parent; a teacher greeted by title
# in a family's message stays staff.
@pytest.mark.parametrize("text", fill([
    "Hi {w} Chen, {s} was really upset today. Could you talk to her at home? Best, Ms Park",
    "Dear {w} Okafor, your daughter {s} did well today. Kind regards, Mr Berg",
    "Hej {w} Lind! Din son {s} har glömt gympakläderna igen. /Mentor",
], ["Mrs", "Mr", "Ms"], s=S, x=X, y=Y))
def test_r22_a_parent_greeted_by_title_is_reported(checker, text):
    found = names_found(checker, text)
    assert any(q in f for f in found for q in ("Chen", "Okafor", "Lind")), found


@pytest.mark.parametrize("text", fill([
    "Hi {w} Chen, {s} will be absent on Monday. Regards, Karin (mum)",
    "Dear {w} Lindqvist, {s} found the homework hard. Best wishes, Anna, {s}'s mum",
    "Hi {w} Park, {s} was upset at school today. Best, Mr Berg, class teacher",
], ["Mrs", "Mr", "Ms"], s=S, x=X, y=Y))
def test_r22_a_teacher_greeted_by_title_stays_staff(checker, text):
    found = names_found(checker, text)
    assert not any(q in f for f in found for q in ("Chen", "Lindqvist", "Park")), found


# Two r22 false reports of the same classes: a pet named with "(som) heter"; a skill's training
# staff give before "med" (r22a-010, r22a-057).
@pytest.mark.parametrize("text", fill([
    "{s} skriver nu korta meningar själv, t.ex. 'Jag har en katt som heter {w}'.",
    "Hunden heter {w} och är tre år, berättade {s}.",
    "Vi sätter in extra lästräning med {w}.", "{s} får mattestöd med {w} på tisdagar.",
], [R22[4], R22[5], "Sigge", "Petra"], s=S, x=X, y=Y))
def test_r22_pets_named_and_skill_training_are_no_peers(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "{s} har en kompis som heter {w}.", "Hennes bror heter {w}.", "{s} har lästräning med {w} i 3B.",
    "{s} lekte med katten och {w} på rasten.",
], [R22[4], R22[5], "Sigge", "Petra"], s=S, x=X, y=Y))
def test_r22_people_named_with_heter_and_peers_in_training_stay_reported(checker, text):
    assert names_found(checker, text) != []


# Gazetteer round: knowledge names extended by category (docs/identifiers.md, "Knowledge names,
# extended by category"). Listed names × knowledge frames report nothing; a pupil named in the
# same sentence with a pupil cue is still reported.
GAZ_NEG = {
    "artworks": (["Mona Lisa", "Guernica", "Flickan med pärlörhänget", "Venus födelse"],
                 ["Vi tittade på {w} i bild i dag.", "{s} kunde berätta vem som målade {w}.",
                  "{s} jämförde {w} med en egen bild."]),
    "brands": (["Adidas", "Reebok", "Calvin Klein", "Tommy Hilfiger", "Playstation", "Volkswagen"],
               ["{s} skrev en reklamtext om {w}.", "{s} hade en tröja från {w} på sig.",
                "I samhällskunskapen pratade vi om {w} och barnarbete."]),
    "dynasties": (["Medici", "Habsburg", "Romanovdynastin", "Borgia", "Folkungaätten"],
                  ["{s} skrev om familjen {w} i Florens.", "Vi läste om hur {w} fick makt.",
                   "{s} kan förklara varför {w} var så mäktiga."]),
    "swedish_history": (["Olaus Petri", "Sigrid Storråda", "Anders Chydenius", "Magnus Stenbock",
                         "Nordenskiöld", "Elsa Laula Renberg"],
                        ["{s} höll en redovisning om {w}.", "Vi har läst om {w} i historian.",
                         "{s} vet vad {w} är känd för."]),
    "world_history": (["Marcus Aurelius", "Simón Bolívar", "Toussaint Louverture", "Sophie Scholl",
                       "Kwame Nkrumah", "Jacinda Ardern"],
                      ["{s} skrev en faktatext om {w}.", "Vi pratade om {w} på lektionen.",
                       "{s} berättade om {w} för klassen."]),
    "religion": (["Muhammad", "Mose", "Musa", "Ibrahim", "Siddhartha Gautama", "Guru Nanak",
                  "Hanuman", "Maria Magdalena"],
                 ["I Koranen berättas om {w}.", "{s} kan berätta om profeten {w}.",
                  "I religionen läste vi om {w} och hans liv."]),
    "myth": (["Tyr", "Yggdrasil", "Persefone", "Anubis", "Väinämöinen", "Horagalles", "Stallo"],
             ["Vi läste myten om {w}.", "{s} ritade {w} efter sagan.", "{s} berättade om {w} i asatron."]),
    "storms_ships": (["Gudrun", "Per", "Katrina", "Vasa", "Estonia", "Titanic"],
                     ["{s} skrev om stormen {w} och skogen.", "Vi pratade om skeppet {w} i historian.",
                      "{s} vet varför orkanen {w} blev så farlig."]),
    # Round 29: names written by category (characters, authors, history, science), not from corpus examples.
    "by_category_r29": (["Bellatrix Lestrange", "Dolores Umbridge", "Cedric Diggory", "Knatte", "Spöket Laban",
                         "Thor Heyerdahl", "Sonja Kovalevsky"],
                        ["{s} skrev om {w} i sin bokrapport.", "Vi pratade om {w} på lektionen.",
                         "{s} ritade {w} och berättade om bilden."]),
}


@pytest.mark.parametrize("text", [f.format(w=w, s=S) for words, frames in GAZ_NEG.values()
                                  for w in words for f in frames])
def test_gazetteer_knowledge_names_by_category_are_no_pupils(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "{s} och kompisen {x} skrev om {w} tillsammans.", "{x} i 7B hade också läst om {w}.",
    "{s} bråkade med {x} under lektionen om {w}.", "Mamma {x} ringde om {w}-arbetet.",
], ["Mona Lisa", "Medici", "Olaus Petri", "Simón Bolívar", "Anubis", "Adidas", "stormen Gudrun"],
    s=S, x=X, y=Y))
def test_gazetteer_pupils_beside_knowledge_names_stay_reported(checker, text):
    assert any(X in f for f in names_found(checker, text)), names_found(checker, text)


@pytest.mark.parametrize("text", [
    f"Efter stormen lekte {X} inne hela rasten.", f"{X} hade nya Adidas-skor och retade {Y}.",
    f"{S} och {X} gjorde en film om Titanic.",
    f"{S} och Nike {X} (5A) skrev reklam för en sko som ska slå ut Adidas och Puma.",
])
def test_gazetteer_storm_words_and_brands_hide_no_pupil(checker, text):
    assert any(X in f for f in names_found(checker, text)), names_found(checker, text)


# Round 29: what the category list left out on purpose, so that pupils keep being reported: a pair of
# ordinary first names ("Hugo och Josefin"), an ordinary first name + surname ("Magnus Eriksson", a
# king and a father) and a regnal "I" ("Fredrik I", "Fredrik i 7B").
@pytest.mark.parametrize("text", [
    "Hugo och Josefin bråkade på rasten.", "Fredrik i 7B tog bollen från Alva.",
    "Magnus Eriksson (pappa) hämtar efter skolan.",
    # and the read-through's nicknames, hyphenated given names and English given names no list holds
    "Eva-Lotta och Sickan bråkade i matsalen.", "Alva bråkade med Percy på rasten.",
])
def test_gazetteer_r29_ordinary_names_stay_reported(checker, text):
    assert names_found(checker, text), text


# ================================================================ round 24 (files dev/r24-*)
# The classes behind r24-mixa/mixb's misses and false reports, as words × frames; POS cases
# must report a name, NEG cases none (docs/identifiers.md, round 24).
R24 = gazetteer_pupil_names(20261224, 6)
R24_SURNAMES = ["Alvarez", "Okafor", "Nguyen", "Kowalczyk"]   # unlisted: no gazetteer surname

# A guardian named by a courtesy title, written with or without its full stop, after a relative.
@pytest.mark.parametrize("text", fill([
    "Parent meeting w/ {s}'s dad (Mr. {w}). Dad is worried about {s}'s confidence.",
    "Talked to {s}'s mum, Mrs. {w}, about homework.",
    "Her dad, Mr. {w}, called today about {s}.",
    "Möte med {s}s pappa (Mr {w}) om läxorna.",
    "Samtal med hennes mamma, Mrs {w}, om läxorna.",
    "{s}s mamma, Ms. {w}, ringde i dag.",
], R24_SURNAMES, s=S))
def test_r24_a_relative_named_by_title_is_reported(checker, text):
    found = names_found(checker, text)
    assert any(w in f for f in found for w in R24_SURNAMES), found


# The same titles with no relative: staff, a character, the writer (`staff`, round 16).
@pytest.mark.parametrize("text", fill([
    "Talked to Mr. {w} about {s}'s homework.",
    "{s} had English with Mrs. {w} today.",
    "{s} är bra på engelska. Mr {w} har sett det.",
    "Pratade med Mr. {w} (engelska) om {s}.",
], R24_SURNAMES + ["Nilsson"], s=S))
def test_r24_a_title_alone_stays_staff(checker, text):
    assert names_found(checker, text) == []


# Round 56 (docs/identifiers.md): a text signed with a courtesy title is a teacher's, so the person it greets by
# title is the family ("Hi Mr. Okafor, … Best, Ms Park"; round 24 had read the greeted title as staff). The dev
# writers label such greetings as identifiers.
@pytest.mark.parametrize("text", fill([
    "Hi Mr. {w}, {s} was absent today. Best, Ms Park",
], R24_SURNAMES + ["Nilsson"], s=S))
def test_r56_a_title_greeted_by_a_titled_teacher_is_the_family(checker, text):
    found = names_found(checker, text)
    assert len(found) == 1 and any(w in found[0] for w in R24_SURNAMES + ["Nilsson"]), found


@pytest.mark.parametrize("text", [
    f"We watched Mr. Bean in class and {S} laughed.", f"{S} wrote about Mrs. Dalloway.",
    f"{S} read about Mr. Darcy in Pride and Prejudice.",
])
def test_r24_titled_characters_are_no_names(checker, text):
    assert names_found(checker, text) == []


# A relative's surname that a figure also has ("Nasser", "Curie", "Lindgren" …): the relative
# word and an unlisted given name say it is the relative; the figure written alone or in full
# stays knowledge.
@pytest.mark.parametrize("text", fill([
    "Vi pratade med hans morbror {x} {w} i går.",
    "{s}s moster {x} {w} hämtar henne idag.",
    "Hennes pappa {x} {w} ringde om läxorna.",
], ["Nasser", "Curie", "Darwin"], s=S, x=R24[0]))
def test_r24_a_relative_with_a_figures_surname_is_reported(checker, text):
    assert names_found(checker, text) != []


@pytest.mark.parametrize("text", [
    f"{S} har läst om Gamal Abdel Nasser och Egypten.",
    f"{S} kan förklara vad Nasser gjorde med Suezkanalen.",
    f"{S} skrev om Marie Curie och hennes man Pierre Curie.",
    f"{S} vet att Charles Darwin och hans fru Emma Darwin bodde i Kent.",
    "I boken träffar Harry sin vän Ron Weasley.",
])
def test_r24_figures_with_their_relatives_stay_knowledge(checker, text):
    assert names_found(checker, text) == []


# A substitute's or colleague's note: the greeted name is the colleague's, the closing the
# writer's, also with an abbreviated closing word ("Hälsn.") and "(vik)".
COLLEAGUE_REPORT_FRAMES = [
    "Hej {w}! 8C har gjort uppgifterna på s. 56–59. Inga problem.\n//Vikarie Johan",
    "Hej {w}, det gick sådär i 8D. {s} vägrade sätta sig.",
    "Hej {w}! 7B har läst kapitel 3 och {s} svarade på alla frågor.",
    "Hej {w}, lektionen med 9A gick bra, men {s} kom sent.",
    "Hej {w}! Vik-lapp: klassen läste högt och {s} hjälpte till.",
]


@pytest.mark.parametrize("text", fill(COLLEAGUE_REPORT_FRAMES, [R24[1], R24[2], "Malin"], s=S))
def test_r24_a_colleague_greeted_in_a_class_report_is_staff(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "Vik-lapp 4A: Läste högt ur Nelly Rapp kap 5. Lugn och fin grupp!\nHälsn. {w} (vik)",
    "Läste högt ur boken. {s} hjälpte till.\nVänl. häls. {w}, vikarie",
    "Klassen räknade bråk, {s} var klar först.\nHälsn {w} (vik)",
], [R24[3], "Ahmed", "Åsa"], s=S))
def test_r24_a_substitutes_abbreviated_closing_is_the_writers(checker, text):
    assert names_found(checker, text) == []


# … but a guardian greeted, a parent spoken to, a guardian's abbreviated closing are reported.
@pytest.mark.parametrize("text", fill([
    "Hej {w}! {s} har glömt sin gympapåse i dag.\nMvh Peter, mentor 7B",
    "Hej {w}! 7B har prov på fredag och {s} behöver plugga hemma med dig.\nMvh Peter, mentor",
    "Hej {w}! Din son {s} har gjort alla uppgifter.\n/Vikarie Johan",
    "Hej {w} Andersson, jag vill informera om att {s} blev knuffad av en elev i årskurs 6. "
    "Vi har kontaktat den andra elevens vårdnadshavare.\nVänliga hälsningar\nAnders Wik, rektor",
    "Hej {w}! Vi har pratat med den andra elevens vårdnadshavare.\nMed vänliga hälsningar\nEva Lund, mentor",
    "{s} har ont i magen i dag.\nHälsn. {w} (mamma)",
    "Hej! {s} är sjuk.\nMvh pappa\n{w}",
], [R24[4], "Petra"], s=S))
def test_r24_guardians_greeted_or_signing_are_still_reported(checker, text):
    found = names_found(checker, text)
    assert found != [] and not any(f.startswith(("Häls", "Vänl")) for f in found), found


# Swedish compounds with a linking -s- before a surname-like head are no surnames
# ("Arbetsblad:", "Lektionsblad"); unlisted surnames with such heads stay names with a cue.
@pytest.mark.parametrize("text", fill([
    "{W}: Ringa in alla e:n i texten. {s} hittade 23 stycken.",
    "{W}: {s} har fyllt i hela sidan.",
    "Vi delade ut {W} 3 och {s} blev klar först.",
], ["arbetsblad", "lektionsblad", "kunskapsblad", "undervisningsholm"], s=S))
def test_r24_linked_compounds_are_no_surnames(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "{s} bråkade med {x} {w} på rasten.", "Kompisen {x} {w} i 7B hjälpte {s}.",
], ["Lindblad", "Ekström", "Skogslund", "Almqvist"], s=S, x=R24[5]))
def test_r24_surnames_with_such_heads_stay_names(checker, text):
    assert names_found(checker, text) != []


# ---------------------------------------------------------------- round 30: message frames
# A signed note between staff that is about no pupil (no `subject_names`, no guardian word): the
# greeted name is a colleague's. The same with a guardian word is a letter to the family.
NO_PUPIL_COLLEAGUE_FRAMES = [
    "Hej {w}, jag har rättat proven för 4B, bunten ligger i ditt fack. /Tomas",
    "Hej {w}! Jag har bokat NO-salen åt 9B på torsdag. Lämna gärna kvar skyddsglasögonen. /Per",
    "Hej {w}! Kan du ta med en förlängningssladd till musiksalen i morgon?\n/Mattias",
]


@pytest.mark.parametrize("text", fill(NO_PUPIL_COLLEAGUE_FRAMES, [PUPILS[3], "Kerstin", "Pernilla"]))
def test_r30_a_colleague_greeted_in_a_note_about_no_pupil_is_staff(checker, text):
    assert names_found(checker, text, subject=()) == []


@pytest.mark.parametrize("text", fill([
    "Hej {w}! Påminnelse om mötet för vårdnadshavare i 4B på torsdag. /Lina",
    "Hej {w}! Din dotter har glömt sin jacka. /Lina",
], [PUPILS[3], "Kerstin"]))
def test_r30_a_greeted_guardian_is_reported_even_with_no_pupil_named(checker, text):
    assert names_found(checker, text, subject=()) != []


# The parent's words relayed by a colleague, in English and Swedish: the note's greeted name and its
# closing are staff; a guardian who says who they are signs as a guardian.
@pytest.mark.parametrize("text", fill([
    "Hi {w}, just a heads up – {s}'s mum called, {s} will be off school until Wednesday. Could you send "
    "the homework? Cheers, {x}",
    "Hi {w}, quick note: {s} told me that his family is waiting for a decision. Thanks, {x}",
    "Hej {w}! {s} kommer vara borta i morgon, hennes pappa ringde. Mvh {x}",
], [PUPILS[3], "Anders"], s=S, x="Sarah"))
def test_r30_a_relayed_parent_message_is_between_staff(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "Hej! Jag är mamma till {s}. Hon säger att hon inte hann klart på provet. Tack, {w}",
    "Hej lärare. Jag är {s}s pappa och undrar över läxan.\nMvh {w}",
    "Hi, I'm {s}'s dad. {s} will be away on Friday. Thanks, {w}",
    "Hej Sofia, tack för svaret. {s} har haft det tufft sedan jag och hennes pappa separerade.\nHälsningar {w}",
    "Jag ber om ursäkt för att {s} kom för sent i dag, bussen var inställd. Hälsningar {w}",
    "Hej lärare. Min dotter {s} mår inte bra och stannar hemma i morgon. Tack, {w}",
], [PUPILS[4], "Hodan"], s=S))
def test_r30_a_guardian_who_says_so_signs_as_a_guardian(checker, text):
    assert names_found(checker, text) != []


@pytest.mark.parametrize("text", fill([
    "Tack för en fin termin! Vi har läst och sjungit massor. Kram från {w} och {x} på avdelning Fjärilen",
    "{s} har tränat mycket på multiplikation den här veckan. Tack, {w}",
    "{s} har gjort klart provet. Jag ber om ursäkt för att jag inte hann rätta det i dag. Hälsningar {w}",
    'Pappan sa i telefon: "min son är inte lat". Vi bokar ett möte. Tack, {w}',
], [PUPILS[5], "Gunnel"], s=S, x="Ahmed"))
def test_r30_closings_with_kram_fran_or_tack_are_the_writers(checker, text):
    assert names_found(checker, text) == []


# ---------------------------------------------------------------- round 31: bare quoted titles, colleagues asked
# A short quote in sentence case that no one says or writes is a work's title: its sentence and the
# next are about the work, and the names inside it are the work's wherever they recur.
@pytest.mark.parametrize("text", fill([
    "”En flicka som heter {w}”: {s} beskriver {w} som modig men ensam. Bra textbelägg.",
    "Vi läste utdrag ur ”Huset där {w} bodde”. {s} beskrev {w} som sträng och förklarade varför.",
    "{s} har deltagit i tre seminarier om 'Ön utan vuxna' och argumenterat för att {w} blir våldsam.",
    "Vi har haft tema 'Arga {w}' på fritids. Barnen pratade om varför {w} blev arg. {s} föreslog att {w} "
    "kunde säga hur hon kände.",
    "I svenska läser 8B ”Pojken som kallades Det” och vi pratar om hur {w} behandlas i boken.",
], [PUPILS[6], PUPILS[7], "Ove", "Lotta"], s=S))
def test_r31_names_of_a_bare_quoted_title_are_the_works(checker, text):
    assert names_found(checker, text) == []


# Someone's words in quotes stay someone's: after a speech verb or a colon, a statement about a
# name, a pupil's sentence about their own family, a nickname after a name.
@pytest.mark.parametrize("text", fill([
    "{s} skrev ”{w} får inte vara med” på tavlan.",
    "Lappar hittade i bänken: ”{w} är en ful gris”. Pratar med {s}.",
    "{s} har klottrat '{w} e en hora' på väggen i toaletten.",
    "{s} presenterade sin familj med 'Mi hermano se llama {w}' som första mening.",
    "Hans storebror {w}, ”Dex”, går i 6:an och hämtar {s}.",
], [PUPILS[6], PUPILS[7]], s=S))
def test_r31_someones_quoted_words_keep_the_names(checker, text):
    assert names_found(checker, text) != []


# A colleague asked about teaching the student, or told before a lesson: the greeted name is staff.
# The same request with "hemma" is to a parent.
@pytest.mark.parametrize("text", fill([
    "Hej {w}! Kan du ge {s} extra tid på engelskaprovet? /Ulla",
    "Hej {w}, bara så du vet inför franskan: {s} behöver skriftliga instruktioner. /Per",
    "Hej {w}! Kan du kolla {s}s inlämning i SO? Den kom in sent. /Ola",
    "Hej {w}! Kan du ta {s} i läsgruppen på torsdag? Jag har möte. /Jonas",
], [PUPILS[6], "Kerstin"], s=S))
def test_r31_a_colleague_asked_about_teaching_is_staff(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "Hej {w}! Kan du ge {s} lite extra tid med läxan hemma? /Ulla",
    "Hej {w}! Kan ni kolla {s}s inlämning innan fredag? /Ola",
], [PUPILS[6], "Kerstin"], s=S))
def test_r31_the_same_request_to_a_family_reports_the_guardian(checker, text):
    assert names_found(checker, text) != []


# Sentence adverbs the lemma table lacks, and months of the language lessons that are given names.
@pytest.mark.parametrize("text", fill([
    "Hej!\n{w} har {s} missat tre lektioner den här veckan.\n/Susanne",
    "{w} kom {s} inte till provet.",
], ["Tyvärr", "Dessvärre", "Tydligen", "Förmodligen"], s=S) + [
    f"Deutsch 9: {S} fehlte bei der mündlichen Prüfung und macht sie am 7. Mai nach.",
])
def test_r31_sentence_adverbs_and_foreign_months_are_no_names(checker, text):
    assert names_found(checker, text) == []


# Round 31, second half (read off r32): the family's own frames, and knowledge frames.
@pytest.mark.parametrize("text", fill([
    "Hej! Vi undrar varför {s} fick E i svenska när hon hade B på provet? Mvh {w} och Magnus",
    "Hej! {s} ska gå hem själv kl 16 från och med nu, hon har egen nyckel. Mvh {w} & Fredrik",
    "Hej Kristina, {s}s mamma här. {s} har feber och blir hemma. Mvh {w}",
    "Hej! {s} kan inte vara med på simningen på onsdag, han har ont i örat. Hälsningar {w}",
    "Hej! {s} börjar med ny medicin på måndag, så hon kan vara trött. Mvh {w}",
    "Hej! {s} ska vara med på bakningen men hon ska till tandläkaren kl 13. Mvh {w}",
], [PUPILS[6], "Linnéa"], s=S))
def test_r31_family_notices_and_couples_sign_as_guardians(checker, text):
    assert names_found(checker, text) != []


@pytest.mark.parametrize("text", fill([
    "Veckobrev: I veckan har barnen jobbat med tiotal. Trevlig helg! /{w} och Peter",
    "Hej {x}, {s} går till logoped på onsdagar och missar därför halva historian. Kan du lägga upp "
    "materialet? //Mentor {w}",
], [PUPILS[6], "Åsa"], s=S, x="Jessica"))
def test_r31_class_letters_and_staff_closings_stay_the_writers(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("w", [PUPILS[6], "Per"])
def test_r31_a_teacher_signing_with_a_subject_is_no_guardian(checker, w):
    # the greeted guardian is reported; the teacher who signs with the subject taught is not
    text = f"Hej Johanna! {S} sa att hon inte kan vara med på provet i morgon eftersom hon ska till tandläkaren. /{w}, spanska"
    assert names_found(checker, text) == ["Johanna"]


@pytest.mark.parametrize("text", fill([
    "Läslogg v.40: {s} har läst klart Huset vid {w}. Hon beskriver {w} som sur men snäll.",
    "Tyska: {s} skriver bra meningar om sein {w}.",
    "Källanalys: {s} hittar avsändaren. Skriv gärna mer om Nixon och {w} nästa gång.",
    "Hej {x}! Kan du ta hand om {s}s omprov i engelska? Tack! /Mia",
], ["Zimmer", "Johnson"], s=S, x=PUPILS[6]))
def test_r31_titles_after_lasa_klart_german_nouns_topics_and_colleagues_are_no_pupils(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "{s} hamnade i diskussion med {w} om bokens slut.",
    "Skriv gärna mer om {w} nästa gång, hon verkar ha varit med på rasten.",
], [PUPILS[6], PUPILS[7]], s=S))
def test_r31_an_argument_with_a_name_and_an_unlisted_name_after_skriv_om_are_pupils(checker, text):
    assert names_found(checker, text) != []


# Round 31, third part (read off r33): notes between staff.
@pytest.mark.parametrize("text", fill([
    "Hej {w}! Jag har bokat ett besök på tingsrätten. Eleverna får följa en förhandling. /Kim",
    "{w}! Kan vi byta sal på torsdag? Jag behöver stora salen. /Camilla",
    "{w} – tack för kartläggningen av 6B. Vi följer upp i mars. /Eva",
], [PUPILS[6], "Lasse"]))
def test_r31_a_note_about_no_pupil_greets_a_colleague(checker, text):
    # ("får" folds to "far", which is no guardian word here; a name alone opening the note is greeted)
    assert names_found(checker, text, subject=()) == []


@pytest.mark.parametrize("text", fill([
    "Nästa möte 17/10 kl 15. Sekr: {w} H.",
    "Agenda: 1) Parent evening, 2) cover routines. Minutes: {w}.",
    "Elever som vill vara med anmäler sig till {w} på fritids senast torsdag.",
    "Till {w} på fritids: i 4A övar vi på jag-budskap. /Fatima",
    "Har pratat med {w} på fritids om {s}. Vi behöver en gemensam strategi.",
    "Hej {w}! Vill lyfta {s} i 9A, hon har hamnat efter. Vi måste göra en orosanmälan. /Fredrik",
], [PUPILS[6], "Lasse"], s=S))
def test_r31_staff_in_notes_minutes_and_fritids_are_staff(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "Hej {w}! Barnens far ringde och sa att {s} är sjuk. /Kim",
    "{s} gav bollen till {w} på fritids.",
    "{s} lekte med {w} på fritids hela eftermiddagen.",
    "Klassrådets protokoll. Sekr: {w} H.",
    "Hej, vi undrar varför {s} fick E i bild? Hälsningar {w} och Rolf Bergkvist",
], [PUPILS[6], "Lasse"], s=S))
def test_r31_pupils_and_families_around_the_staff_frames_stay_reported(checker, text):
    assert names_found(checker, text) != []


# Round 31, fourth part (read off r34): a family's notice signed with a bare given name.
@pytest.mark.parametrize("text", fill([
    "Hej! {s} har vinterkräksjukan och stannar hemma tom fredag. Mvh {w}",
    "Hej! {s} har tandläkartid 13:30 idag så jag hämtar honom 13. Tack! Mvh {w}",
    "Hi! {s} has a dentist appointment on Thursday, so I'll pick her up at 10. Thanks, {w}",
    "Hej, {s} får inte äta fläskkött eftersom vi är muslimer. Tack, {w}",
    "Hej! {s} glömde matsäcken hemma, kan han få en smörgås? Vi betalar gärna. Mvh {w}",
    "Tjena! {s} blir borta imorrn, ska till sjukgymnasten. Mvh {w}",
], [PUPILS[6], "Rania"], s=S))
def test_r31_a_familys_notice_signed_with_a_given_name_is_the_guardians(checker, text):
    assert names_found(checker, text) != []


@pytest.mark.parametrize("text", fill([
    "Hej {w}! Kan du ta med {s}s läsbok till gruppen på onsdag? /Jonas",
    "Vi hämtar eleverna vid bussen kl 13 och går till museet. /{w}, klasslärare",
], [PUPILS[6], "Kerstin"], s=S))
def test_r31_staff_notes_near_those_frames_stay_staff(checker, text):
    assert names_found(checker, text) == []


# Round 32 (read off r35): an event's name, a relative's role in brackets, colloquial and English openings.
@pytest.mark.parametrize("text", [
    "De ska jobba med Andra världskriget, kapitel 7, frågorna på sidan 142.",
    "Vi fortsätter med Franska revolutionen på torsdag.",
    "Hon jämför Första världskriget med Andra världskriget.",
])
def test_r32_the_word_before_an_event_noun_is_part_of_its_name(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "Vi träffade {w} (mamma) och {s} på utvecklingssamtalet.",
    "Hi Mrs Berg, could {s} be excused on Friday? Best regards, {w} Holt ({s}'s mum)",
    "Hej! {s} är sjuk idag. Mvh {w} Holt ({s}s pappa)",
], [PUPILS[6], "Noura"], s=S))
def test_r32_a_relatives_role_in_brackets_marks_a_name_nobody_lists(checker, text):
    assert names_found(checker, text) != []


@pytest.mark.parametrize("text", fill([
    "Tjena {w}! Kan du ta med 7C:s prov i engelska till konferensen? Jag har glömt nyckeln. /Robban",
    "Hey {w}, can you cover my Year 8 English on Thursday p3? They are reading chapter 2. Thanks! /Sam",
], [PUPILS[6], "Johan"], s=S))
def test_r32_a_colleague_opened_colloquially_or_in_english_is_staff(checker, text):
    assert names_found(checker, text) == []


# Round 32, second part (read off r36): a note closed in another language is the family's.
@pytest.mark.parametrize("text", fill([
    "Hei, {s} sai kokeesta hylätyn. Voiko hän uusia kokeen? Terveisin {w}",
    "Hola profe, {s} llegará tarde mañana porque tiene cita con el dentista. Saludos, {w}",
    "Merhaba öğretmenim, {s} bugün hasta, okula gelemeyecek. Saygılar, {w}",
    "Dzień dobry, {s} miał gorączkę we wtorek. Pozdrawiam, {w}",
], [PUPILS[6], "Derya"], s=S))
def test_r32_a_closing_in_another_language_is_the_familys(checker, text):
    assert names_found(checker, text) != []


@pytest.mark.parametrize("text", fill([
    "Eleverna har övat på att skriva brev på spanska. Saludos, {w}, spanska",
    "{s} har skrivit ett fint brev på franska om sin familj. Merci! /{w}, franska",
], [PUPILS[6], "Ana"], s=S))
def test_r32_a_language_teachers_closing_in_the_language_stays_staff(checker, text):
    assert names_found(checker, text) == []


# Round 32, third part (read off r37): a sentence in another language has that language's capitals.
@pytest.mark.parametrize("text", [
    "O Gustavo tirou E na prova de ciências. Ele é um menino muito preguiçoso e precisa de mais apoio em casa.",
    "A Ana Clara não pode ir à natação com os meninos por causa da nossa religião. Ela pode ficar na biblioteca?",
    "Liebe Frau Eriksson, vielen Dank für die Rückmeldung zu Maximilians Aufsatz! Max hat sich sehr über Ihre Kommentare gefreut.",
    "Esa profesora de inglés es una imbécil, a Diego le tiene manía desde el primer día.",
    "Liebe Lehrerin, Omar isst kein Schweinefleisch, weil wir Muslime sind.",
])
def test_r32_capitals_of_a_sentence_in_another_language_are_no_names(checker, text):
    assert names_found(checker, text, subject=("Gustavo", "Ana", "Clara", "Maximilian", "Max", "Diego", "Omar")) == []


@pytest.mark.parametrize("text", fill([
    "Hola profe, {s} no puede ir a clase el viernes porque está con su primo {w} en el hospital.",
    "{s} spelade fotboll med {w} på rasten och de var jättearga på varandra efteråt.",
], [PUPILS[6], "Dario"], s=S))
def test_r32_a_name_a_gazetteer_lists_stays_in_any_language(checker, text):
    assert names_found(checker, text) != []


# Round 33 (read off r39): a class taken over or covered marks a note between staff; the writer and the
# other parent, and English notices in the third person, mark a family's note.
@pytest.mark.parametrize("text", fill([
    "Hej {w}, tack för att du tog min klass i fredags. Alla hade gjort läxan. /Per",
    "Hej {w}! Kan du ta över läsgruppen på torsdag? Jag är på kurs. Tack! /Johanna",
    "Hej {w}, kan du ta över 4B:s idrott nästa vecka? {s} behöver extra tid på provet. /Karin",
], [PUPILS[6], "Maja"], s=S))
def test_r33_a_class_taken_over_marks_a_greeted_colleague(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "Vad bra att du hörde av dig. {s} har haft det tufft och pappa och jag bråkar fortfarande om boendet. Mvh {w}",
    "Hi! Just to let you know that {s} is going to the dentist tomorrow, he will be late for the test. Thanks, {w}",
], [PUPILS[6], "Camilla"], s=S))
def test_r33_the_other_parent_or_an_english_notice_marks_the_familys_closing(checker, text):
    assert names_found(checker, text) != []


# Round 33, second part (read off r40): two colleagues greeted together, and a staff duty swapped.
@pytest.mark.parametrize("text", fill([
    "Hej {w} och Fatima! Kan ni ta min rastvakt på onsdag? Jag har planeringsmöte. Tack! /Emma",
    "Hej {w} och Erik! Kan ni som undervisar {s} förbereda uppgifter till honom? /Lena",
], [PUPILS[6], "Anders"], s=S))
def test_r33_two_colleagues_greeted_together_are_staff(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "Hej {w} och Per! {s} har haft en fin vecka och läser mycket. Mvh Karin",
], [PUPILS[6], "Anna"], s=S))
def test_r33_two_guardians_greeted_together_stay_names(checker, text):
    assert len(names_found(checker, text)) == 2


# Round 33, third part (read off r41): a country after a word for its part or age is a place; English
# names of the parts of the world; pupils taken over in a subject mark a colleague's note.
@pytest.mark.parametrize("text", [
    "In history we discussed the caste system and how it is viewed in modern India.",
    "The Black Death killed about a third of Europe's population.",
    "Vi läste om konflikten i dagens Jordan och i norra Israel.",
])
def test_r33_a_country_after_its_part_or_age_is_a_place(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", fill([
    "Hej {w}! Kan du ta över {s} och Kevin i fysiken idag? Jag har en elev som mår dåligt. Tack /Hanna",
], [PUPILS[6], "Björn"], s=S))
def test_r33_pupils_taken_over_in_a_subject_mark_a_colleague(checker, text):
    assert names_found(checker, text, subject=(S, "Kevin")) == []


# Round 34: a text holding several messages (a thread, an archive file of notes). A blank line
# before a greeting or after a writer's closing starts a new message, read as a text of its own.
MESSAGES = [
    "Hej {w}! Kan du ta över min rastvakt på fredag? Jag har utvecklingssamtal. /Lena",
    "Tjena {w}! Kan du ta min klass på onsdag? Jag är på kurs.\n/Nicky",
    "Hey {w}, can you cover my Year 8 English on Thursday? They are reading a short story. Thanks! /Sam",
    "Dagens frånvaro: inga. Alla andra här! /{w}",
]
FIRST_NOTES = [
    "{s} kan lösa ekvationer med en obekant och förklara sina steg.",
    "Veckans läxa: läs kapitel 4 i Utkik och svara på frågorna.",
    "Hej! Utflykten till Naturum blir av på torsdag. Ta med matsäck.\nHälsningar Karin, klasslärare 2B",
]


@pytest.mark.parametrize("text", [
    f"{first}\n\n{later}".format(w=w, s=S)
    for (first, later), w in zip(itertools.product(FIRST_NOTES, MESSAGES), itertools.cycle(["Hasse", "Mikael", "Johan", "Katarina"]))
])
def test_r34_a_colleague_greeted_or_signing_in_a_later_message_is_staff(checker, text):
    assert names_found(checker, text) == []


@pytest.mark.parametrize("text", [
    "> Hej. Vi är Jehovas vittnen och {s} deltar inte i luciafirandet. /Karl\n\n"
    "Hej Karl, tack för att du meddelar. Vi ordnar en annan aktivitet för {s} den dagen.\n/Sofia, mentor",
    "{s} har arbetat bra med kartor i geografi.\n\nHej {x}s mamma! Tack för att ni hörde av er. {y} och {s} har löst det.\n/Pia",
])
def test_r34_guardians_and_pupils_in_a_later_message_stay_names(checker, text):
    text = text.format(s=S, x=X, y=Y)
    assert names_found(checker, text) != []


def test_r34_messages_read_alone_find_what_the_joined_text_finds(checker):
    """A text of several messages gives, message by message, what each gives alone."""
    notes = [
        f"Hej Hanna! Kan du ta {X} och {Y} i matten på tisdag? /Maria",
        f"Hej {X}s pappa! {Y} och {S} har bråkat på rasten, vi har pratat med dem. Mvh Maria",
        f"{S} läste en bok av Astrid Lindgren.\nHälsningar Lena, mentor",
    ]
    for a, b in itertools.permutations(notes, 2):
        joined = f"{a}\n\n{b}"
        alone = names_found(checker, a) + names_found(checker, b)
        assert sorted(names_found(checker, joined)) == sorted(alone), joined


def test_r34_a_heading_before_the_greeting_opens_the_first_message(checker):
    text = f"Veckobrev v. 44\n\nHej alla!\nI veckan vann {X} frågesporten och {Y} läste högt.\nMvh Sofia"
    assert sorted(names_found(checker, text, subject=())) == sorted([X, Y])


# Round 34: a postcode and its town stand on one line; the last five digits of a phone number at a
# line's end are no postcode of the capitalised word that opens the next line (read off r43).
@pytest.mark.parametrize("text", [
    "Hej Bodil!\nBussen är bokad.\n/Linus Ek, klasslärare 5A, 08-123 456 78\n\nHej Linus! Inga problem.\n/Bodil, fritidspedagog",
    "Hälsningar Karin Lindqvist, klasslärare 2B, 08-123 456 78\nEleven har läst en bok av Astrid Lindgren.",
])
def test_r34_phone_digits_before_a_line_break_are_no_postcode(checker, text):
    assert [q for q, e in ids(checker, text, [S]) if e == "ADDRESS"] == []


@pytest.mark.parametrize("text", [
    "Ny adress:\nStorgatan 12\n463 30 Lilla Edet",
    "Familjen har flyttat till Storgatan 12, 463 30 Lilla Edet.",
    "Adress: 463 30 Lilla Edet",
])
def test_r34_addresses_over_lines_are_still_found(checker, text):
    assert [q for q, e in ids(checker, text, [S]) if e == "ADDRESS"] != []


# Round 34, read off r43: a parent greeted by title in a letter the writer signs in a staff role
# (staff greet colleagues by given name), an English closing alone on its line with the name on
# the next, a family owning up to an unreported absence or announcing the child's return, and
# two capitalised words that are no title's unless they stand side by side.
@pytest.mark.parametrize("text, guardian", [
    ("Dear Mrs Okafor,\n{s} got a C on his last essay, a big step up.\nBest wishes,\nEmma Lindberg, English teacher",
     "Okafor"),
    ("Dear Mr Haddad,\n{s} has worked well with fractions this term.\nKind regards\nJonas Ek, mentor 6B", "Haddad"),
    ("Sorry sa sent svar! {s} var sjuk hela forra veckan, vi glomde att sjukanmala. /Catrin", "Catrin"),
    ("Hej! Kan {s} vara ledig fredag 14/3? Vi ska på ett 80-årskalas i Umeå. Mvh Henrik", "Henrik"),
    ("sorry for the late reply! {s} was sick all last week and he's still a bit tired. He'll be back on Monday. — Claudia",
     "Claudia"),
])
def test_r34_guardians_by_title_and_family_closings_are_names(checker, text, guardian):
    assert guardian in names_found(checker, text.format(s=S))


@pytest.mark.parametrize("text, staff", [
    ("Hi Anna,\nCould you cover my Year 8 class on Thursday? They are reading a short story.\nBest wishes,\nEmma, English teacher",
     "Anna"),
    ("Dear Ms Lindqvist,\nThank you for the report on {s}. We will read it together at home.\nKind regards,\nJohn", "Lindqvist"),
    ("Thanks for the help with the essays!\n{s} and the class enjoyed the workshop. /Sam, English teacher", "Sam"),
])
def test_r34_staff_greeted_or_signing_stay_unreported(checker, text, staff):
    found = names_found(checker, text.format(s=S))
    assert staff not in found and "Emma" not in found


# Round 35 (read off r46): a role owned by "vår", "er", "skolans" right after the name is an
# apposition that says who the person is, even where a pupil cue stands before the name ("kallade X
# för"); a neighbour or a pupil in the same frame stays a name.
@pytest.mark.parametrize("text", [
    '{s} kallade Johan, vår vikarie, för "idiot" när han fick en tillsägelse.',
    "{s} knuffade Maria, skolans kurator, i korridoren.",
    "{s} kallade Petra, er nya mentor, för tönt.",
])
def test_r35_a_role_owned_right_after_the_name_is_staff(checker, text):
    assert names_found(checker, text.format(s=S)) == []


@pytest.mark.parametrize("text, name", [
    ('{s} kallade Johan, vår granne, för "idiot".', "Johan"),
    ("{s} bråkade med Olle, vår nya elev, på rasten.", "Olle"),
    ("{s} kallade Johan, min kompis, för tönt.", "Johan"),
])
def test_r35_a_neighbour_or_a_pupil_in_the_same_frame_stays_a_name(checker, text, name):
    assert name in names_found(checker, text.format(s=S))
