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

from test_identifiers import gazetteer_pupil_names, identifier_quotes as _found

PUPILS = gazetteer_pupil_names(20261220, 8)
S, X, Y = PUPILS[0], PUPILS[1], PUPILS[2]


def names_found(checker, text, subject=(S,)):
    return _found(checker, text, list(subject), entity="PERSON_NAME")


def grid(frames, words, **fixed):
    """Every frame × every word, formatted (`{w}` the word, plus the fixed fields)."""
    return [f.format(w=w, s=S, x=X, y=Y, **fixed) for f, w in itertools.product(frames, words)]


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


@pytest.mark.parametrize("text", grid(ENGLISH_WORD_FRAMES, ENGLISH_WORDS) + [
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


@pytest.mark.parametrize("text", grid(GAME_FRAMES, GAMES))
def test_games_and_products_are_no_names(checker, text):
    assert names_found(checker, text) == []


# Months and words of the calendar in a plan (a month that is also a given name).
@pytest.mark.parametrize("text", grid(
    ["{w}: nationella prov i matte.", "I {w} har vi utvecklingssamtal.", "Prov v.12 och i {w}.",
     "{w} är en sommarmånad."],
    ["Maj", "Juni", "Juli", "April", "Augusti"]))
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
