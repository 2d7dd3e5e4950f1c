"""Grade, round 20: a frame matrix. Grade letters (A–F, the old IG/G/VG/MVG) and grade
words are put into the frames teachers use for a student's grade, and letters that are
not grades (chords, vitamins, groups, paper sizes, roads, plans, the curriculum's own
"E-nivå") into theirs. Sentences are our own, not corpus sentences; the checker is the
public one (`get_checker`)."""
from __future__ import annotations

import pytest

from frame_matrix import categories, fill

NAMES = ["Elsa", "Omar"]


NEW = ["A", "B", "C", "D", "E", "F"]
OLD = ["IG", "G", "VG", "MVG"]

# frames in which any letter, new or old, is the student's grade
LETTER_FRAMES = [
    "Elsa fick {w} på provet.",
    "Omar fick {w}.",
    "Fick {w} i matte.",
    "Betyget blir nog ett {w}.",
    "Det blir nog ett {w} i betyg.",
    "Ett svagt {w}.",
    "Ett starkt {w} i engelska.",
    "Ligger runt {w} just nu.",
    "Omar ligger på {w}-nivå.",
    "Elsa är på {w}-nivå i svenska.",
    "Jag satte ett {w} på labben.",
    "Har höjt sig till {w}.",
    "{w}-nivå på senaste provet.",
    "Omar har {w} i matte.",
    "Elsa siktar på {w}.",
    "Hon har fått {w} på alla prov i år.",
    "Elsa fick ett {w} på uppsatsen.",
    "Omar fick bara {w} på nationella provet.",
    "Landar nog på ett {w}.",
    "Hon ligger mellan {w} och nästa betyg.",
]
# the newer scale only
NEW_FRAMES = [
    "{w}- på provet.",
    "{w}+ på provet.",
    "Omar got a {w} on the test.",
    "Elsa got an {w} in English." ,
    "Predicted grade: {w}.",
    "Hans arbete håller {w}-kvalitet.",
    "Elsa fick {w}:et hon ville ha.",
]
# pass/fail and missing grades
PASSFAIL = [
    "Elsa fick godkänt på provet.",
    "Omar fick icke godkänt på provet.",
    "Underkänd på glosförhöret.",
    "Ej godkänt på labbrapporten.",
    "Omar fick underkänt i idrott.",
    "Elsa fick IG i matte.",
    "Omar fick streck i idrott.",
    "Saknar underlag för betyg i slöjd.",
    "Omar klarade inte provet.",
    "Elsa klarade inte det nationella provet i matte.",
    "Omar has a failing grade in maths.",
    "Elsa's predicted grade is a B.",
    "Elsa fick godkänt på uppkörningen i teknik.",
    "Omar är underkänd i kemi.",
    "Elsa har F-varning i engelska.",
    "Omar riskerar F i svenska.",
    "Ej godkänd i matte.",
    "Icke godkänd på omprovet.",
    "Elsa fick ett streck i bild eftersom underlag saknas.",
    "Elsa fick ett F i matte.",
    "Omar has failed the test twice.",
    # round 20 gaps: a negation or a possessive and an adjective between the verb and the letter, labels, English
    "Omar fick sitt första A.",
    "Elsa fick sitt efterlängtade B.",
    "Elsa fick inte E.",
    "Omar fick inget E i engelska.",
    "Elsa nådde aldrig C.",
    "Helhetsbedömning C.",
    "Slutbedömning: B.",
    "She is on an E.",
    "He is currently on a C in maths.",
    "Predicted: C.",
    "Target grade - B.",
    # two letters slashed place the pupil between grades (decided: flagged)
    "Elsa visar C/A-kvalitet i sina analyser.",
    "Omar ligger på E/C-nivå.",
]

GRADE_FLAG = fill(LETTER_FRAMES, NEW + OLD) + fill(NEW_FRAMES, NEW) + PASSFAIL

# --- negatives: letters that are not grades -------------------------------------------
GRADE_PASS = [
    # music
    "Elsa spelar E-dur på gitarren.",
    "Ackordet C följs av G och Am.",
    "Vi sjöng låten i D-dur.",
    "Omar tog ett högt A i refrängen.",
    "Stäm gitarren: E, A, D, G, B, E.",
    "Spela ett C på pianot.",
    # everyday letters
    "Vi tar plan B om det regnar.",
    "C-vitamin finns i apelsiner.",
    "Apelsiner innehåller mycket vitamin C.",
    "Brist på vitamin D är vanligt på vintern.",
    "Hon skriver C-uppsats på universitetet.",
    "Grupp A börjar med labben, grupp B med teorin.",
    "Läs sida A i häftet.",
    "Bokstaven A är den första i alfabetet.",
    "Han har en typ A-personlighet.",
    "Skriv på ett A4-papper.",
    "Pappa har F-skatt för sin firma.",
    "Skicka det via e-post.",
    "Vi körde E6:an till Göteborg.",
    "Elsa tog B-körkort i somras.",
    "Svara A, B eller C på varje fråga.",
    "Rätt svar på fråga 3 är B.",
    "Rita punkten A och punkten B i koordinatsystemet.",
    "Lektionen är i sal B.",
    "Omar spelar i B-laget.",
    "Bilaga A: schemat.",
    "Vi åker buss från hållplats C.",
    "Triangeln ABC har vinkeln A.",
    "Uppgift E är svårast.",
    # curriculum and teaching about grades
    "Betygssystemet i Sverige går från A till F.",
    "Vi pratade om betygssystemet i Sverige i samhällskunskap.",
    "Kunskapskrav för E-nivå: eleven kan föra enkla resonemang.",
    "Matris, nivå E: eleven beskriver med viss säkerhet.",
    "Uppgiften kan lösas på E-, C- och A-nivå.",
    "I uppgiften finns frågor på E-nivå och på A-nivå.",
    "Frågorna är märkta med E, C och A efter svårighet.",
    "Vi gick igenom vad som krävs för E-nivå.",
    # points without a grade (decided: not a grade)
    "Elsa fick 23/40 poäng på provet.",
    # music, tuning and travel
    "Stämbladet ger ett A.",
    "Från A till B tar det 20 minuter.",
    "Omar ska gå från A till B på kartan.",
    # levels of a task, criteria, debate and statistics
    "Uppgifterna är på E-, C- och A-nivå.",
    # three letters slashed are the levels of a task (decided: not flagged)
    "Uppgiften bedöms på E/C/A-nivå.",
    "Uppgiften ger möjlighet att visa E/C/A-kvalitet.",
    "Provet har frågor på E/C-nivå.",
    "För att nå A krävs att eleven resonerar välutvecklat.",
    "Vad krävs för att få ett A? frågade Omar.",
    "Debatten handlade om F-betyg i lågstadiet.",
    "Vi diskuterade om betyget F är rättvist.",
    "Hur många fick A i Sverige förra året?",
    "Statistik: 12 % av eleverna fick A.",
    "Omar räknade ut hur många procent som fick A.",
    "Förr hade man MVG, VG, G och IG.",
    "Elsa skrev en novell där huvudpersonen får F.",
    # approvals and lines
    "Elsas ledighet har underkänts.",
    "Ansökan blev godkänd av rektor.",
    "Bilen blev underkänd på besiktningen.",
    "Omar har fått streck under fötterna.",
    "Elsa drog ett streck under svaret.",
    # other letters with grade-like verbs
    "Omar fick ett E-mail från mentorn.",
    "Elsa fick ett C-körkort.",
    "Omar har B-diplom i livräddning.",
    "Omar fick uppgift C.",
    "Elsa svarade A.",
    "Omar har en C-uppsats att skriva.",
    "Elsa har blodgrupp A.",
    # other people
    "Jag fick själv A i matte när jag gick i skolan.",
]


# --- round 21 (files dev/r21-*): classes behind the misses --------------------------------
LOWER = ["A", "B", "C", "D", "E"]
R21_RISK_FRAMES = ["Omar riskerar {w} i engelska.", "Hon har hög frånvaro och riskerar ett {w}.",
                   "Elsa riskerar att sjunka till ett {w}.", "He risks a {w} this term."]
R21_RELATIVE_FRAMES = ["Omar fick 18/20, vilket är ett {w}.", "On the test Elsa scored 18/20, which is a {w}.",
                       "42 poäng, vilket motsvarar {w}.", "She got 31 of 40, which means a {w}."]
R21_EN_FRAMES = ["Final grade in English: {w}.", "Grade in music theory: {w}.", "Current grade for maths: {w}",
                 "Honestly, zero effort. {w} on both tests.", "{w} on the last two essays."]
R21_GRADE_FLAG = (fill(R21_RISK_FRAMES, LOWER) + fill(R21_RELATIVE_FRAMES, NEW) + fill(R21_EN_FRAMES, NEW))
R21_GRADE_PASS = [
    "Riskerar att missa bussen.",
    "Omar riskerar en varning om han fortsätter.",
    "Vi har plan B, vilket är ett alternativ.",
    "Vitamin C, which is a vitamin.",
    "Uppgiften har tre delar, vilket är A, B och C.",
    "We practised chords: A on the guitar.",
    "Press F on the keyboard to refresh.",
    "Gruppen riskerar att tappa tempo.",
]


# --- round 22 (files dev/r22-*): classes behind the misses --------------------------------
# a test label opening the note, a short qualifier and a letter closing it; a letter exclaimed
# after a dash about a test; a hedge before the letter after "motsvarar"
R22_LABEL_FRAMES = ["Provet v.11: {w}.", "Glosförhör kap 3: {w}", "NP i engelska: {w}.",
                    "Diagnosen vecka 12: {w}, bra jobbat.", "Uppsatsen: {w}."]
R22_DASH_FRAMES = ["Elsa skrev sitt bästa prov i år – ett {w}!", "Uppsatsen om upplysningen gick bra – ett {w}.",
                   "Omar gjorde om förhöret – en {w}!"]
R22_HEDGE_FRAMES = ["Matteprovet: Omar 24/30, motsvarar ungefär {w}.", "Det motsvarar cirka ett {w}.",
                    "Hennes resultat skulle motsvara ungefär {w}.", "Omar ligger typ på ett {w}."]
# pass and fail without a letter: a position at the pass level, a test not passed, a verdict as a
# field whatever the activity, a test that gives a pass, English result labels
R22_PASS_POSITIONS = ["Wille ligger därför inte på godkänt just nu.", "Omar ligger runt godkänt i kemi.",
                      "Elsa hamnade precis på godkänt.", "Ligger fortfarande inte på godkänt.",
                      "Omar ligger nog strax över godkänt."]
R22_NOT_PASSED = fill(["Omar klarade inte {w}, 11/30.", "Elsa klarade inte {w}."],
                      ["hörförståelsen", "läsförståelsen", "glosdiagnosen", "skrivningen", "tentan"])
R22_FIELD_VERDICTS = fill(["{w}: godkänd.", "{w}: klarade inte.", "{w} – ej godkänt.", "{w}: underkänt"],
                          ["Orientering", "Simning 200 m", "Muntligt förhör", "Labb 3", "Livräddning"])
R22_GIVES_PASS = ["Gehörsprovet gav henne godkänt med marginal.", "Resultatet ger honom underkänt.",
                  "Diagnosen gav Omar godkänt.", "Provet gav henne ändå godkänt."]
R22_EN_RESULTS = ["Test result: pass.", "Exam result: fail.", "Result: passed", "Quiz results - fail"]
# what the round-22 exceptions must leave flagged
R22_KEPT = ["Omar: Spanish (fail)", "Omar ligger C–D i matte.", "Recensionen fick betyget C.",
            "Hans betygsprognos i matte är osäker.", "Betygsprognosen lämnas till rektor, Omar ligger på F.",
            "Läxförhör v.12: Elsa godkänd.", "Resultat: godkänt."]
R22_GRADE_FLAG = (fill(R22_LABEL_FRAMES, NEW) + fill(R22_DASH_FRAMES, NEW) + fill(R22_HEDGE_FRAMES, NEW)
                  + R22_PASS_POSITIONS + R22_NOT_PASSED + R22_FIELD_VERDICTS + R22_GIVES_PASS + R22_EN_RESULTS
                  + R22_KEPT)
R22_GRADE_PASS = [
    # the scale as a range
    "Sofie skrev en debattext om att betygen A–F borde ersättas med omdömen.",
    "Vi pratade om varför skalan F–A har sex steg.",
    "Betygen E–A räknas som godkända.",
    # "F" for förskoleklass beside a sibling or a class in brackets
    "Alfons har två syskon här: lillasyster Majken (F) och storebror Hjalmar (5B).",
    "Hans syster Lisa (F) går också på fritids.",
    # a rating the pupil gives a work
    "Han motiverar sitt betyg på boken, fyra stjärnor av fem.",
    "Hon motiverar sitt betyg på filmen tydligt.",
    "I recensionen gav hon spelet tre stjärnor av fem och motiverade sitt betyg.",
    # grades as a routine, no value
    "Betygsprognoser lämnas till rektor v.48 enligt rutin.",
    "Terminsbetygen rapporteras in senast fredag.",
    "Betygen sammanställs av mentor i juni.",
    # consent, leave, approval by a person as a field
    "Fotografering: godkänt.", "Ledighet v.12: godkänd.", "Rektor: godkänt.", "Samtycke till publicering: godkänt.",
    "Ansökan om resebidrag: godkänd.",
    # not a test
    "Mamma gav henne godkänt att åka på lägret.", "Covid test result: negative.", "Läsförståelse övar vi varje dag.",
    "Provet: A, B och C.", "Provet handlade om vitaminer – vitamin C!", "Omar klarade simprovet.",
    "Det blev en bortkastad tid – ett misstag.",
]


# Round 23 (dev/r23-mixa, r23-mixb): two hedges or comment adverbs before the letter, in every verb family
# (r23a-283 "fick tyvärr bara E"), and a position at the pass level with an adverb of certainty or as a level
# (r23b-307 "ligger klart på en godkänd nivå").
R23_ADVERB_FRAMES = ["Hon fick tyvärr bara {w}.", "Han fick faktiskt ett {w} på provet.", "Hon får nog ändå {w}.",
                     "Han ligger nog fortfarande på ett {w}.", "Hon fick äntligen {w} i engelska.",
                     "Han har tyvärr bara {w} i matte."]
R23_PASS_LEVEL = ["Han ligger klart på en godkänd nivå i alla ämnen.", "Hon ligger stabilt på godkänd nivå.",
                  "Han hamnar tryggt över den godkända nivån.", "Hon ligger tydligt på godkänt i svenska.",
                  "Elsa ligger väl över godkänt."]
# Warnings in the plural as a topic of information (r23b-137); a pupil's warnings stay flagged.
R23_WARNING_KEPT = ["Vi berättade om Elias F-varningar på mötet.", "Elias har fått två F-varningar.",
                    "Mamma frågade om hans F-varning i kemi.", "Vi pratade om F-varningen i matte."]
R23_GRADE_FLAG = fill(R23_ADVERB_FRAMES, NEW) + R23_PASS_LEVEL + R23_WARNING_KEPT
R23_GRADE_PASS = [
    "Han fick tyvärr bara åka buss.", "Hon fick tyvärr bara se del A.", "Han fick igen plan B.",
    "Hon får faktiskt vitamin C.", "Hon fick nog tyvärr ett A4-papper.", "Han fick faktiskt ett C-uppsatsämne.",
    "Bollen ligger klart på en godkänd plats.", "Temperaturen ligger stabilt på en godtagbar nivå.",
    "Han ligger klart före i boken.", "Hon spelade faktiskt ett A i refrängen.",
    "Föräldrar frågade om F-varningar, vi förklarade att de skickas ut i v. 10.",
    "Vi informerade om hur F-varningar fungerar.", "Genomgång om betygsvarningar för vårdnadshavare.",
]


# Round 24 (dev/r24-mixa, r24-mixb): classes behind the misses. A grade bounded by a comparison ("blir mer än ett E",
# r24a-243, r24a-343); English verbs of wanting or needing a grade ("wants a C", r24a-133); between two grades, each
# with its article ("between a D and a C", r24a-197); a grade within reach in English; a grade per part or aspect and a
# summary label ("C i teori, B i praktiska moment. Sammanvägt: B", r24a-193); a lower-case letter with the definite
# ending ("klarar e:et", r24a-269); a negated verdict heading a list of pupils ("ej godkända:", r24a-103); a rank by
# grade or against the class average (r24b-322); a counterfactual grade in the old scale (r24b-122, r24b-330).
def _art(w: str) -> str:
    return "an" if w[0] in "AEF" else "a"


R24_COMPARE_FRAMES = ["Tror inte det blir mer än ett {w}.", "Jag kan inte sätta mer än ett {w} just nu.",
                      "Hon får nog inte högre än ett {w}.", "Inte mer än ett {w} i år.", "Han fick inget bättre än ett {w}."]
R24_ASPECT_FRAMES = ["Omar: {w} i teori.", "Elsa har {w} i muntlig produktion.", "{w} i praktiska moment, resten saknas.",
                     "Han fick {w} i bollspel men F i dans.", "Hon ligger på {w} i det skriftliga."]
R24_SUMMARY_FRAMES = ["Sammanvägt: {w}.", "Sammantaget – {w}.", "Overall: {w}", "C i teori. Sammanvägt: {w}."]
R24_EN = ([f"He needs to step up if he wants {_art(w)} {w}." for w in NEW]
          + [f"She needs {_art(w)} {w} to get into that programme." for w in NEW]
          + [f"He deserves {_art(w)} {w} for this." for w in NEW]
          + [f"{_art(w).capitalize()} {w} is within reach by June." for w in NEW]
          + [f"If she keeps reading, {_art(w)} {w} is realistic." for w in NEW]
          + [f"He won't get more than {_art(w)} {w} this term." for w in NEW]
          + [f"Current level: somewhere between {_art(a)} {a} and {_art(b)} {b}." for a, b in zip(NEW, NEW[1:])]
          + [f"Elsa ligger någonstans mellan ett {a} och ett {b}." for a, b in zip(NEW, NEW[1:])])
R24_LOWER = [f.format(w=w) for f in ["Omar klarar {w}:et i matte om han gör omprovet.", "Hon fick {w}:et hon ville ha.",
                                      "Han behåller nog {w}:et."] for w in "abcde"]
R24_PASSFAIL = ["Omprov matte kap 3 – ej godkända:\nLudvig\nAya", "Underkända på provet: Ali, Sara.",
                "Ej godkänt i kemi:\nAli\nSara", "Inte godkända:\nOmar"]
R24_RANK = ["Ligger klart över klassens snitt.", "Hon har högst betyg i NO.", "Omar har lägst betyg i gruppen.",
            "Elsa fick det bästa betyget i klassen.", "Han ligger under gruppens genomsnitt i matte.",
            "Hon ligger strax över klassens snitt i engelska."]
R24_OLD_SCALE = ["I mitt gamla betygssystem hade hon fått MVG med råge.",
                 "Enligt gamla betygssystemet hade det här varit ett klart MVG.",
                 "I det gamla betygssystemet skulle Elsa ha fått VG.", "Med den gamla skalan hade texten blivit ett VG.",
                 "Enligt gamla betygssystemet hade det här varit ett klart MVG, men med dagens kunskapskrav blir det ett A."]
R24_GRADE_FLAG = (fill(R24_COMPARE_FRAMES, NEW) + fill(R24_ASPECT_FRAMES, NEW) + fill(R24_SUMMARY_FRAMES, NEW) + R24_EN
                  + R24_LOWER + R24_PASSFAIL + R24_RANK + R24_OLD_SCALE)
R24_GRADE_PASS = [
    # chords, keys, batteries, paper, e-mail after the new comparison and English frames
    "Låten blir inte mer än ett E-dur-ackord.", "She needs a C major chord in the chorus.", "He needs a D battery for the torch.",
    "Hon behöver mer än ett A4-papper.", "Han fick mer än ett E-postmeddelande.", "Ordet innehåller mer än ett E.",
    "She needs a C-section.", "Du behöver mer än plan B.", "We need more than a plan B.",
    # groups, vitamins, types, parts, school years beside the new aspect frames
    "Grupp A i teori, grupp B i praktiska moment.", "Vitamin C i teorin och i praktiken.", "Typ A i praktiken.",
    "Part B in the written test.", "Jag har åk 6 B i dans på fredagar.", "Sal B i teorihuset.", "Plan B fungerade i praktiken.",
    # points, options and the scale itself
    "Eleven fick 12 av 20 på provet.", "Distance between A and B is 4 cm.", "The difference between a C and an A is the analysis.",
    "Skillnaden mellan ett E och ett C är analysen.", "Vi diskuterade betygsskalan A–F.", "Totalt: A, B och C.",
    "Plan B is possible.", "Vitamin C is within reach in oranges.", "Hon skrev e:et baklänges.",
    # verdict labels that are not about pupils, a count
    "Ej godkända: inga", "Ej godkända för publicering:\nBilder från lägret", "Fotografering – ej godkända:\nAli",
    # ranks of others, absence, the old scale as content
    "Frånvaron ligger över klassens snitt.", "Den som har högst betyg får välja först.", "Klassen ligger över rikets snitt.",
    "Det gamla betygssystemet hade fyra steg, IG, G, VG och MVG.", "Om man hade haft det gamla betygssystemet hade alla fått VG.",
    "Pappa hade fått MVG i matte i det gamla betygssystemet.", "Det gamla betygssystemet hade varit enklare för föräldrarna att förstå.",
]


# Every round's lists, checked by one pair of tests (a new round appends its lists here).
ALL_FLAG = GRADE_FLAG + R21_GRADE_FLAG + R22_GRADE_FLAG + R23_GRADE_FLAG + R24_GRADE_FLAG
ALL_PASS = GRADE_PASS + R21_GRADE_PASS + R22_GRADE_PASS + R23_GRADE_PASS + R24_GRADE_PASS


@pytest.mark.parametrize("text", ALL_FLAG)
def test_grade_flagged(text):
    assert "grade" in categories(text, NAMES), text


@pytest.mark.parametrize("text", ALL_PASS)
def test_grade_not_flagged(text):
    assert "grade" not in categories(text, NAMES), text
