"""person_judgment, round 20: a frame matrix (word classes x syntactic frames).

Eighteen rounds fixed the phrasing dev writers used; a new writer says the same in a slightly
different construction. This file crosses word classes (traits, praise words, attribute
nouns, person nouns, appearance, English) with the frames teachers write them in, and the
hard negatives of each frame (fiction, texts and work, skills in curriculum terms, emotional
states with a cause, single incidents, other people, language study). Sentences are built
from the lists below, so a reader sees the matrix at a glance. Public API only.
"""
from __future__ import annotations

import pytest

from checker import get_checker
from frame_matrix import fill

CAT = "person_judgment"


def _flags(text: str, names=("Elsa",)) -> bool:
    return any(f.category == CAT for f in get_checker().check(text, subject_names=list(names)).findings)


def _found(text: str, names=("Elsa",)) -> bool:
    """The judgment is found: as person_judgment, or as an offensive finding on the same words
    (an insult or a swear-word compound such as "skitjobbig" is reported once, as offensive:
    docs/rules.md, Borderline decisions)."""
    return any(f.category in (CAT, "offensive")
               for f in get_checker().check(text, subject_names=list(names)).findings)


# --------------------------------------------------------------------------------------
# Lexicon: trait adjectives (base form) – negative and positive, common and colloquial.
NEG_TRAITS = [
    "lat", "slarvig", "ofokuserad", "sur", "tjurig", "elak", "dum", "jobbig", "bråkig", "stökig",
    "gnällig", "lynnig", "kaxig", "uppkäftig", "barnslig", "omogen", "dryg", "tråkig", "grinig",
    "otrevlig", "oförskämd", "besvärlig", "egoistisk", "naiv", "virrig", "pratig", "blyg",
    "störig", "busig", "snorkig", "gnällig", "tjatig", "bossig", "mallig", "fräck", "trög",
    "seg", "slö", "frustrerande", "sturig", "knäpp", "konstig", "ohyfsad", "respektlös",
    "hyper", "babblig", "fånig", "anhängsen",   # round 54
    "dyster", "hotfull", "gemen", "påflugen", "teatralisk", "vulgär", "trist",   # round 55
]
POS_TRAITS = [
    "gullig", "söt", "snäll", "trevlig", "härlig", "go", "rar", "mysig", "charmig", "rolig",
    "underbar", "fantastisk", "omtänksam", "hjälpsam", "artig", "social", "glad", "positiv",
    "smart", "klok", "ambitiös", "flitig", "skön", "gosig", "cool", "ödmjuk", "empatisk",
    "lugn", "pratglad", "nyfiken",
    "givmild", "frikostig", "förlåtande", "skämtsam", "stillsam", "sorglös",   # round 55
]
TRAITS = NEG_TRAITS + POS_TRAITS

# Verbless terse notes: a degree word and/or a trailing particle, an exclamation, a list.
TERSE_FRAMES = [
    "Ganska {w} dock.",
    "Lite {w} ibland.",
    "Väldigt {w}, men det går över.",
    "Så himla {w}!",
    "Rätt {w} faktiskt.",
    "Sjukt {w} alltså.",
    "Extremt {w} på sistone.",
    "Lite för {w} emellanåt.",
    "Alltid lika {w}.",
]
# Modal and aspect verbs before the trait.
MODAL_FRAMES = [
    "Elsa kan vara väldigt {w} ibland.",
    "Hon brukar vara {w}.",
    "Elsa verkar vara ganska {w}.",
    "Han har blivit så {w}.",
    "Han tenderar att vara {w}.",
    "Hon kan ibland vara lite {w}.",
]
# Colloquial: "e" for "är", sms style.
# "bli" + a trait in a situation: negative traits only ("blir lätt sur").
BLI_FRAMES = ["Hen kan bli {w} när det inte går som hen vill.", "Blir lätt {w} när hon förlorar."]
COLLOQ_FRAMES = [
    "Elsa e så {w}.",
    "hon e sjukt {w} asså",
]

# Intensifier compounds on any trait adjective (not in a lexicon as a whole word).
PREFIXES = ["as", "jätte", "super", "mega", "skit", "hyper", "ur", "kanon"]
PREFIX_TRAITS = ["gullig", "grinig", "blyg", "trist", "söt", "sur", "snäll", "tjurig", "lat",
                 "jobbig", "trevlig", "mysig", "slarvig", "rolig", "gnällig", "go"]
PREFIX_FRAMES = ["{w}!", "Hon är {w}.", "{W} men pratar mycket."]


def _prefixed():
    out = []
    for p in PREFIXES:
        for t in PREFIX_TRAITS:
            if p == "ur" and t not in ("trist", "gullig", "söt", "tjurig", "jobbig", "rolig", "mysig"):
                continue
            if p == "kanon" and t not in ("trevlig", "snäll", "rolig", "go", "mysig"):
                continue
            out.append(p + t)
    return out


PREFIXED = _prefixed()

# Misspelt and colloquial forms: doubled letters, missing diacritics.
MISSPELT = ["Sååå söööt!", "Elsa är så gulliiig!", "Hon ar sa sot.", "Han ar otrevlig mot alla.",
            "Han är sååå lat.", "Elsa e sjukt slö.", "Elsa e sjukt slo.", "hon e sa himla snall", "Han ar skitjobbig.",
            "Hon är jättetrevlig!!", "han e supertjurig asså", "Elsa är soo söt"]

# A list of traits after a colon in a field or a terse note.
LISTS = [
    "Omdöme: lat, slarvig och ofokuserad.",
    "Kort om Elsa: snäll, glad och hjälpsam.",
    "Personlighet: blyg men go.",
    "Egenskaper: stökig, pratig, störig.",
    "Intryck: supergullig och social.",
    "Mitt intryck: lat och omotiverad.",
]

# --------------------------------------------------------------------------------------
# "har (en/ett) (degree) ADJ NOUN" – the noun is an attribute of the person.
ATTR_NOUNS_EN = ["personlighet", "utstrålning", "attityd", "fantasi", "charm", "framtoning",
                 "energi", "tunga", "humor", "aura", "självkänsla", "livsglädje", "pondus"]
ATTR_NOUNS_ETT = ["leende", "humör", "sätt", "temperament", "ego", "lynne",
                  "skratt", "jävlaranamma", "driv", "kynne", "tålamod"]
ATTR_ADJ_EN = ["härlig", "underbar", "jobbig", "vass", "stark", "positiv", "speciell", "mysig",
               "fantastisk", "trevlig", "otrevlig", "het", "stor", "glad", "go"]
ATTR_ADJ_ETT = ["härligt", "underbart", "jobbigt", "hett", "stort", "positivt", "speciellt",
                "fantastiskt", "trevligt", "otrevligt", "glatt", "vänligt", "gott", "varmt"]
ATTR_FRAMES_EN = ["Elsa har en {a} {n}.", "Hon har en så {a} {n}!", "Har en väldigt {a} {n}."]
ATTR_FRAMES_ETT = ["Elsa har ett {a} {n}.", "Hon har ett så {a} {n}!", "Har ett väldigt {a} {n}."]


def _attrs():
    out = []
    for i, n in enumerate(ATTR_NOUNS_EN):
        for j, f in enumerate(ATTR_FRAMES_EN):
            out.append(f.format(a=ATTR_ADJ_EN[(i + j) % len(ATTR_ADJ_EN)], n=n))
    for i, n in enumerate(ATTR_NOUNS_ETT):
        for j, f in enumerate(ATTR_FRAMES_ETT):
            out.append(f.format(a=ATTR_ADJ_ETT[(i + j) % len(ATTR_ADJ_ETT)], n=n))
    # Without an article and with a compound intensifier.
    out += ["Han har jätteblyg personlighet.", "Hon har ett supersött leende.",
            "Har en go personlighet.", "Hon har ett hett temperament.", "Han har en vass tunga.",
            "Har en så härlig energi!", "Elsa har ett underbart leende.", "Han har ett stort ego.",
            "Har en härlig humor.", "Hon har en kort stubin.", "Hon har ett så stort hjärta!",
            "Han har ett gott hjärta och hjälper alla."]
    return out


ATTRS = _attrs()

# Hard negatives: a skill, a property of the work, fiction, an object.
ATTR_PASS = [
    "Elsa har en fin handstil.",          # handwriting: a skill in Swedish, documented decision
    "Hon har en tydlig disposition i sina texter.",
    "Texten har en tydlig disposition.",
    "Han har ett rikt ordförråd.",
    "Hon har ett varierat språk.",
    "Huvudpersonen har ett elakt leende i boken.",
    "I novellen har mördaren ett kallt hjärta.",
    "Elsa har en ny dator.",
    "Han har en stor hund.",
    "Uppsatsen har ett tydligt syfte.",
    "Hon har en god taluppfattning.",
    "Han har en säker teknik i simning.",
    "Eleven har en god förståelse för bråk.",
    "Dikten har ett glatt tonfall.",
    "Han har ett förstorat hjärta och går på kontroller.",   # the organ
    "Blåvalen har ett stort hjärta som väger flera hundra kilo.",
]

# --------------------------------------------------------------------------------------
# Evaluative adjective + person noun; a superlative about the person in a group.
PERSON_NOUNS = [
    "En söt liten tjej.", "Ett så trevligt barn!", "En go kille.", "En härlig unge.",
    "En ängel till flicka.", "Elsa är en riktig pärla.", "Vilken härlig unge!",
    "Så gullig liten kille.", "Supergo tjej!", "Jobbig kille, men det går framåt.",
    "Ett så snällt barn.", "Elsa är ett så gulligt barn.", "Underbar tjej!",
    "Han är en jobbig grabb.", "Hon är en gladlynt tjej.", "Lat elev.",
    "En riktig solstråle.", "Hon är en pärla till elev.",
]
SUPERLATIVES = [
    "Hon är den snällaste i hela klassen.", "Han är sämst i klassen.", "Han är klassens clown.",
    "Hon är den gladaste i gruppen.", "Den latare eleven i gruppen.", "Klassens sötaste tjej.",
    "Hon är klassens solstråle.", "Han är den jobbigaste i hela skolan.",
    "Elsa är gruppens mamma.", "Han är klassens pajas.",
]
SUPERLATIVE_PASS = [
    "Hon hade den snabbaste lösningen i klassen.",
    "Elsa skrev den längsta texten.",
    "Hon är bäst i klassen på att förklara fotosyntesen.",  # a ranking on a skill: not flagged
    "Han sprang snabbast i klassen på 60 meter.",
    "Den största skillnaden i klassen syns i läsningen.",
]

# --------------------------------------------------------------------------------------
# Appearance.
APPEARANCE = [
    "Han ser alltid ostädad ut.", "Hon såg jättefin ut idag.", "Så fin i sin nya klänning!",
    "Elsa har så stora ögon.", "Han luktar illa.", "Hon ser så söt ut.", "Ser alltid sliten ut.",
    "Han är så snygg.", "Elsa har vackra ögon.", "Han luktar svett.", "Hon är alltid så välklädd.",
    "Ser ut som en slarver.",
    "Arvid är så fin idag.", "Hon är alltid så fin i håret.",   # round 55: "fin" as a predicate
]
APPEARANCE_PASS = [
    "Grafen ser ostädad ut.", "Planschen såg jättefin ut.", "Experimentet luktade illa.",
    "Vi ritade en figur med stora ögon.", "Texten ser prydlig ut.",
    # round 55: "fin" of work and English "fine"; a dyster palette; Spanish "triste"; lower-case letters
    "Hon gjorde så fina akvareller.", "Fin vändpunkt i berättelsen.", "Oral skills fine.",
    "Hon tecknar med en dyster färgskala.", "Kan böja triste och contento på spanska.",
    "Hon skriver gemena och versala bokstäver.",
]

# --------------------------------------------------------------------------------------
# English.
ENGLISH = [
    "She is so ungrateful.", "Such a sweet girl!", "A star student.",
    "She is the kindest girl in the class.", "He is very rude.", "He is a pain.",
    "Lovely boy.", "He can be really lazy.", "She's so annoying.", "He's such a sweetheart.",
    "Very rude to the staff.", "Such a lovely kid!", "He is a nightmare.", "She's a joy to teach.",
    "Really lazy at times.", "He tends to be moody.",
    "Elsa is uninterested.", "He is so hyper in class.",   # round 54
    # round 54: conduct as a habit, as PJ002 reads it in Swedish
    "He talks all the time.", "Elsa disrupts the class constantly.", "She lies all the time.",
    "He swears constantly.", "He keeps interrupting the lesson.", "She constantly interrupts.",
    "He refuses to work.", "Sleeps in class.", "He shouts at the teachers.", "Messes about every lesson.",
]
ENGLISH_PASS = [
    "The main character is so ungrateful.", "The text is very clear.",
    "We read about a lazy cat.", "She explained the water cycle well.",
    "The king was cruel and greedy.",
    "The answer lies in the fact that water always expands.", "He talks about the project in class.",
    "In the story, Greg lies all the time.", "She explained why the volcano erupts again and again.",
    "The dog keeps barking.", "Elsa can explain why bears sleep all the time in winter.",
]

# Round 54: modern languages and Finnish (a national minority language taught in Swedish schools).
FOREIGN = ["Er ist dumm.", "Il est bête.", "Elsa est une élève très agréable.", "Hän on laiska.",
           "Elsa on tosi kiltti.", "Elsa on aina hankala."]
FOREIGN_PASS = ["Eleven kan översätta laiska och kiltti till svenska.", "Vi läste om Ihana i en saga.",
                "Elsa kan säga ujo och ihana på finska."]

# --------------------------------------------------------------------------------------
# Attitude and conduct as an evaluative predicate.
CONDUCT = [
    "Han är dålig på att lyssna på andra.",
    "Hon är dålig på att samarbeta.",
    "Elsa är usel på att vänta på sin tur.",
    "Ger upp direkt.",
    "Hon ger upp så fort det blir svårt.",
    "Slutar när det blir svårt.",
    "Han har ett positivt förhållningssätt.",
    "Hon har ett så negativt förhållningssätt.",
    "Han ger alltid upp när det blir motigt.",
    "Hon har svårt att ta ett nej.",
    # round 54: conduct verbs marked as a habit ("hela tiden", "jämt", "igen", "som vanligt")
    "Han härmar allt jag säger hela tiden.", "Hon sover hela lektionerna.", "Somnade igen på genomgången.",
    "Gömmer sig i kapprummet som vanligt.", "Klottrar i böckerna jämt.", "Hon suckar hela tiden.",
    "Han svär hela tiden, \"fan\" och \"jävlar\" i varannan mening.",
]
# Second wave: a trait in a simile, an informal pair without a full stop, hygiene, the gender
# stereotype, attribute nouns with "skön"/"cool", judgments given as an impression.
WAVE2 = [
    "Snäll som ett lamm.", "Glad som en lärka!", "Envis som synden.", "Glad o positiv", "Pratglad & social",
    "Snäll + hjälpsam", "Han har dålig andedräkt.", "Har smutsiga naglar.", "Elsa är väldigt mycket tjej.",
    "Hon är så tjejig.", "Han har en skön humor.", "Hon har en cool attityd.", "Han ger ett slarvigt intryck.",
    "Ger intryck av att vara lat.", "Hon har en tendens att vara slarvig.", "Han kan verka lite dryg.",
    "Hon beter sig barnsligt.", "Han agerar ofta omoget.", "Klär sig slarvigt.", "Ljuger jämt.",
    "Skyller alltid på andra.", "A bit of a handful.", "She has a lovely smile.", "He's so lazy.",
]
WAVE2_PASS = ["Positiv & negativ", "Positiva och negativa tal.", "Mål o syfte", "Det är lugnt som en filbunke här."]

# A parent judged is the home judged (PJ006): flagged, as the dev writers do (decision, round 20).
PARENTS = ["Mamma är väldigt jobbig.", "Hennes pappa är rätt så otrevlig.", "Pappan är väldigt krävande."]

CONDUCT_PASS = [
    "Han är dålig på engelska.",            # a skill in curriculum terms: not this category
    "Hon är osäker på multiplikation.",
    "Han har ett kritiskt förhållningssätt till källor.",
    "Hon slutar klockan tre på fredagar.",
    "Vi slutar när lektionen är över.",
    "Han gav upp sin plats i kön till Mira.",
    # round 54: the same verbs as knowledge, a game or an animal's habit
    "Hon kan förklara varför björnar sover hela vintern.", "Vi lekte kurragömma och Elsa gömde sig bakom boden.",
    "Cancer uppstår när celler delar sig okontrollerat.", "Malte grät igen idag när hans farfar hade dött.",
]

# --------------------------------------------------------------------------------------
# Negative frames: the same words must stay silent here.
NEG_FRAMES = [
    "I romanen är huvudpersonen {w} och ensam.",
    "Gustav Vasa var {w} mot bönderna.",
    "Vi diskuterade ordet \"{w}\" och dess synonymer.",
]
NEG_SENTENCES = [
    "Texten är rörig.", "Texten är rörig och svår att följa.", "Grafen är slarvig.",
    "Hon var ledsen över betyget.", "Han blev sur över att bussen var sen.",
    "Han slog Adam på rasten i fredags.",
    "Min kollega är lite lat ibland.", "Vikarien var trevlig.", "Elevassistenten är väldigt snäll.",
    "Bokens huvudperson är slarvig och lat.",
    "Karaktären är elak mot sin syster.",
    "Hon kan förklara fotosyntesen.",
    "Lektionen var rörig.", "Klassen var stökig idag.",
    "Vi läste en saga om en lat katt.",
    "Han kan vara borta ibland på fredagar.",
    # The new frames' look-alikes: a task, the weather, a film or a day after a modal or an
    # intensifier compound; a mood seen in the face; a single past event; a skill.
    "Uppgiften kan vara väldigt svår ibland.", "Det brukar vara lugnt på fredagar.",
    "Vädret verkar vara ganska dåligt.", "Det kan bli jobbigt när det regnar.",
    "Filmen var urtrist.", "Det var jättetrist att vi inte hann.", "Superviktigt att alla kommer.",
    "Det var dumt av mig att glömma lappen.", "Det är frustrerande att datorn krånglar.",
    "Han ser glad ut.", "Han ser inte ut att förstå uppgiften.", "Hon såg så ledsen ut.",
    "Grafen ser ostädad ut.", "Planschen såg jättefin ut.", "Ugglan har stora ögon.",
    "Han gav upp när det blev svårt.", "Hon är dålig på att räkna med bråk.",
    "Han är bäst på att förklara hur vattnets kretslopp fungerar.",
    "Fotonen har en hög energi.", "Ormen har en kluven tunga.", "Solen har en enorm energi.",
    "Varje barn får en bok.", "Ett barn i klassen.", "Alla barn i klassen.",
    "He is the tallest boy in the class.", "She had the fastest time in the class.",
    "Hitler var grym och hänsynslös.", "Gustav Vasa var sträng och envis.",
    "Hon har varit ledsen på sistone.", "Vi ritade en figur med stora ögon.",
    "Ebbe använder tokig, galen och knasig i rätt sammanhang.",   # words studied; "i rätt"
    "Rebecka har ett vänligt förhållningssätt i debatten.", "Han sa att han är dum i huvudet.",
]


# --------------------------------------------------------------------------------------
# Round 21 (dev r21-mix*): classes behind the new writers' misses and false alarms, several words x frames.
R21_POS = (
    [f"{s} {v} hela {g}." for s in ["Benjamin", "Han"] for v in ["drog ner", "drar ner", "drar ned"]
     for g in ["gruppen", "klassen"]]
    + ["Hon drar ner stämningen.", "Han drog ner laget."]
    + [f"Han {v} på oss." for v in ["skäller alltid", "skriker jämt", "skäller ofta"]]
    + [f"{p} är väldigt {a}." for p in ["Föräldrarna", "Pappan", "Mamman"] for a in ["stränga" if p == "Föräldrarna" else "sträng", "kontrollerande"]]
    + ["Föräldrarna är religiösa och stränga.", "Rubens mamma är jobbig, hon skäller alltid på oss när vi ringer."]
    + [f"{x} {p} {c} {a}." for x in ["Freya's", "His"] for p in ["parents", "mum"] for c in (["are"] if p == "parents" else ["is"])
       for a in ["awful", "impossible", "a nightmare"]]
    + [f"Det märks att {n} {v} hemma." for n in ["Valle", "han"]
       for v in ["inte får lagad mat", "aldrig får frukost", "inte äter ordentlig middag"]]
    + [f"{n} har {d} {a} åsikter om {t}." for n in ["Aziz", "Hon"] for d in ["väldigt", "så"]
       for a in ["extrema", "konstiga"] for t in ["religion", "allt"]]
    + ["Han kan inte hålla händerna för sig själv.", "Hon har åsikter som hon inte kan hålla för sig själv."]
    + [f"{n} har {d} {a} {h}!" for n in ["Liv", "Hon"] for d in ["så", "ett så"] for a in ["fint", "vackert"]
       for h in ["hår", "lockigt hår", "ansikte"]]
    + ["Hon har en så fin frisyr.", "Han är klassens clown.", "Han är smart.", "Tilda har blivit mer självsäker.",
       "Arjun is confident.", "Goran e grym!", "Hon är väldigt bestämd.", "Hon är alltid glad.", "Greg is lazy."]
)
R21_PASS = (
    ["Hon drog ner gardinen.", "Han drog ner gruppens snitt på provet.", "Vi drog ner persiennerna i klassrummet."]
    + ["Partiet har extrema åsikter om invandring.", "Eleverna ska laga mat hemma till nästa vecka."]
    + [f"Noor was late {t} because of the bus." for t in ["today", "three times"]]
    + ["Please note: the bus timetable changes on 12 August.", "We go by bus to the museum.", "The school bus leaves at 8."]
    + [f"{n} {v} {d}{a} {t}." for n in ["Oscar", "Hon"] for v in ["har varit", "var"] for d in ["jätte", "så "]
       for a in ["glad"] for t in ["idag", "igen efter en stund", "i dag"]]
    + ["Tiden är inte bestämd än.", "Datumet är inte bestämt ännu.", "Hans plan B var smart tänkt.", "Det var kreativt löst."]
    + [f"{n} har blivit mer {a} när {p} {v}." for n in ["Tilda"] for a in ["självsäker", "trygg"] for p in ["hon"]
       for v in ["läser högt", "räknar", "presenterar"]]
    + [f"Arjun is confident {x}." for x in ["with column addition", "with fractions", "using place value", "at reading"]]
    + [f"{n} e grym på {t}!" for n in ["Goran", "Hon"] for t in ["geometri", "ekvationer", "huvudräkning", "att rita"]]
    + [f"Fia {v} a clown for the Halloween presentation." for v in ["dressed up as", "dressed as"]]
    + ["Hugo var utklädd till clown på maskeraden.", "Hon klädde ut sig till clown."]
    + [f"Björn har använt skuggning för att få {o} att se {a} ut." for o in ["pälsen", "molnen"] for a in ["tjock och mjuk", "ful"]]
    + [f"Sam hittade själv på {w} ”Kalle Kula har en mula som är ful och sur”." for w in ["rimmet", "ramsan"]]
    + ["In ”Diary of a Wimpy Kid”, Greg is lazy, selfish and always looking for shortcuts.",
       "Hussein found three examples of Greg being selfish and explained them."]
)

# --------------------------------------------------------------------------------------
# Round 22 (dev r22-mix*): the classes behind the new writers' false alarms and misses, several words x frames.
# Each exception's positives (what it must leave flagged) are in R22_POS beside the new recall.
R22_POS = (
    # "framåt" as a trait stays (only "har gått framåt" is progress)
    [f"{n} är {d}framåt." for n in ["Hon", "Alva"] for d in ["", "väldigt ", "så "]]
    + ["En framåt tjej.", "Framåt och social."]
    # a neuter verdict cancels only the -t form: the common form about the pupil stays
    + [f"{d} {a}{x}" for d in ["Mycket", "Väldigt", "Bra och"] for a in ["modig", "ambitiös", "kreativ"] for x in [".", "!"]]
    + ["Mycket smart.", "Han är stabil.", "Otto – stabil, lugn."]
    # a mood with an inverted subject cancels; a temper stays
    + ["Hon är alltid glad.", "Han blir lätt sur.", "Hon berättade att han är tråkig."]
    # staff, parents or the class describing the pupil (the fiction cue "beskriver honom" is disarmed)
    + [f"{s} {v} {o} som {a}." for s in ["Lärarna", "Mentorn", "Personalen", "Föräldrarna"] for v in ["beskriver", "beskrev"]
       for o in ["honom", "henne"] for a in ["stökig och provocerande", "lat"]]
    # interest: only "intresserad av" + a topic passes; bare interest and "ointresserad av skolan" stay
    + ["Han är intresserad.", "Elias är ointresserad av skolan."]
    # historical empathy passes; empathy and creativity as traits stay
    + ["Hon visar stor empati.", "Han visar stor kreativitet."]
    # people in general passes; the pupil's self-image stays
    + ["Hon ser sig som bättre än andra.", "Han ser sig själv som en ledare."]
    # sitting still as the frame of a task passes; not managing it stays
    + ["Han kan inte sitta still och lyssna på genomgången.", "Hon har svårt att sitta still."]
    # a title after a reading verb passes; the praise on the pupil stays
    + ["Hon har ett hjärta av guld.", "Dalia har verkligen ett hjärta av guld."]
    # Swedish "lat" in a list stays (only English "bus"/"late" in a word list passes)
    + ["Lat, slarvig och stökig.", "Han är lat, slarvig och stökig."]
    # recall: labels, conduct, blanket verdicts, English
    + [f"{n} är {k} {w}!" for n in ["Alfred", "Hon"] for k in ["klassens", "gruppens"]
       for w in ["rockstjärna", "popstjärna", "dramadrottning", "clown", "stjärna"]]
    + [f"{n} är {a} {w}." for n in ["Elsie", "Hon"] for a in ["en liten", "en riktig"] for w in ["prinsessa"]]
    + [f"{n} är {d}lydig." for n in ["Hon", "Elsie"] for d in ["så ", "väldigt "]]
    + [f"Mål: {v} en {a} förebild för de yngre." for v in ["fortsätta vara", "fortsätta att vara", "förbli"]
       for a in ["så fin", "bra"]]
    + [f"{n} {v} {t}." for n in ["Han", "Ludvig"] for v in ["sitter mest", "sitter hela tiden", "satt jämt"]
       for t in ["med mobilen", "på mobilen"]]
    + [f"{n} {v} {o}." for n in ["Benjamin", "Han"] for v in ["saboterar", "förstör"]
       for o in ["allt grupparbete", "alla grupparbeten", "varje lek"]]
    + [f"{n} har inte {v} något {t}." for n in ["Timo", "Han"] for v in ["lärt sig", "gjort"]
       for t in ["på hela terminen", "alls", "under hela året"]]
    + [f"{s} a {i} genius{x}" for s in ["He's", "She is", "Ronja is"] for i in ["total", "fucking", "real"] for x in ["!", "."]]
    + [f"{s} a {a} kid." for s in ["He's", "She is", "Kai is"] for a in ["smart", "lovely", "lazy"]]
    + ["He's a smart kid who's wasting his talent.", "She is wasting her potential."]
    # quoted words after a verb of saying pass in PJ003 (as in PJ004); the label on the pupil stays
    + [f"Han är en riktig {w}." for w in ["mammas pojke", "mammas gosse"]] + ["Meja var alltid glad mot Sigrid och sa 'hej'."]
    # emotion words as a lesson pass; a temper stays
    + [f"{n} blir lätt {a}." for n in ["Han", "Wilmer"] for a in ["avundsjuk", "sur", "svartsjuk"]]
    # a character description passes; a field of the pupil's traits stays
    + ["Egenskaper: modig, envis.", "Styrkor: modig, envis och social."]
)
R22_PASS = (
    [f"{n} har gått {d}framåt{x}" for n in ["Agnes", "Hon"] for d in ["", "mycket ", "så mycket "]
     for x in [" i läsningen.", "!"]]
    + ["Han tar stora steg framåt.", "Hon har kommit framåt i sitt skrivande."]
    + [f"{d} {a}{x}" for d in ["Mycket", "Väldigt", "Bra och"] for a in ["modigt", "ambitiöst", "kreativt"] for x in [".", "!"]]
    + [f"{n} – stabil {l} i alla ämnen." for n in ["Otto", "Vera"] for l in ["C-nivå", "nivå", "E-nivå"]]
    + [f"Maj var nedstämd i morse, men på bildlektionen {v} {p} glad igen." for v in ["blev", "var"] for p in ["hon", "Maj"]]
    + [f"{n} berättade att {s} är roligare nu." for n in ["Rasmus", "Hon"] for s in ["rasterna", "lektionerna", "klassen"]]
    + [f"Författaren beskriver {o} som {a}." for o in ["honom", "henne"] for a in ["lat", "stökig och provocerande"]]
    + [f"{n} är intresserad av {t}." for n in ["Elias", "Hon"] for t in ["vård och omsorg", "rymden", "historia"]]
    + [f"{p} egen {w} är självständig." for p in ["Hennes", "Hans"] for w in ["slutsats", "tolkningen"]]
    + ["Idun kan berätta varför Emil satt i snickerboa. Hon tycker att Emil är busig och envis. Emil i Lönneberga-temat fortsätter.",
       "Leia förklarade varför Guldlock var nyfiken men oförskämd mot björnarna.",
       "Vi läste om Bockarna Bruse och trollet som var elakt."]
    + [f"Hon visar {d} {a} {q}." for d in ["god", "stor"] for a in ["historisk", "matematisk", "naturvetenskaplig"]
       for q in ["empati", "förståelse", "nyfikenhet"]]
    + [f"Ellen förklarar varför {s} inte ser sig som religiösa." for s in ["många", "de flesta svenskar", "vissa"]]
    + [f"{n} kan sitta still och {v} på {t}." for n in ["Lova", "Han"] for v in ["lyssna", "titta"]
       for t in ["en hel saga", "filmen"]]
    + [f"De {v} Hjärtan av guld." for v in ["läser", "läste"]] + ["Vi har läst Ett hjärta av guld."]
    + ["Dagens ord i engelska: apple, cat, dog, fan, bus.", "Words to learn: health, disease, absent, late",
       "absent, late, early, on time"]
    + [f"Några elever {v} '{a}' och '{b}' efter Ebbe." for v in ["ropade", "skrek"] for a in ["bebis"]
       for b in ["mammas pojke", "mammas gosse"]]
    + [f"{n} kunde sätta ord på när {p} blir arg, besviken och {a}." for n in ["Wilmer", "Hon"] for p in ["han"]
       for a in ["avundsjuk", "svartsjuk", "sur"]]
    + [f"Karaktärsbeskrivning {c}: modig, envis, beskyddande" for c in ["Katniss", "Harry"]]
)


# --------------------------------------------------------------------------------------
# Round 23 (dev r23-mix*): the classes behind the new writers' false alarms and misses, several words x frames.
# Each exception's positives (what it must leave flagged) are in R23_POS beside the new recall.
R23_POS = (
    # story figures cancel only as the subject of their own clause; the pupil judged stays
    [f"{n} är {a}." for n in ["Mira", "Hon"] for a in ["elak och girig", "lat"]]
    + ["Han är en riktig figur, lat och stökig."]
    # the -t manner before a participle passes; the trait and the manner of working stay
    + [f"{n} är {a}." for n in ["Hon", "Ture"] for a in ["noggrann", "samvetsgrann", "självständig"]]
    + ["Hon är noggrann och arbetar noggrant.", "Noggrann och strukturerad."]
    # sleeping in class without a welfare sign, joy and zeal without a cause stay
    + [f"{n} sover på {l}." for n in ["Mattias", "Han"] for l in ["lektionerna", "lektionen"]]
    + ["Kristoffer är en riktig latmask som sover på lektionerna."]
    + [f"{n} visar {q} glädje." for n in ["Alma", "Hon"] for q in ["ingen", "sällan"]] + ["Hon sjunger med stor glädje."]
    # "sköter sig" stays (only "sköter sina …" is a task)
    + [f"{n} {v} sig {x}." for n in ["Jesper", "Han"] for v in ["sköter", "skötte"] for x in ["inte", "dåligt på rasterna"]]
    # a neuter verdict on "det" passes; the article before a person noun keeps the praise
    + ["Det är en så gullig tjej.", "Hon är vänskaplig och gullig.", "Det är verkligen en glädje att ha Elise i klassen.",
       "Det är en glädje att ha Nellie i klassen.", "Hasse e typ världens tröttaste, sover på lektionen."]
    # "pedagogisk" as a trait stays; instruments as the subject pass, the pupil stays
    + [f"{n} är {d}pedagogisk{x}" for n in ["Hon", "Hampus"] for d in ["väldigt ", "så "] for x in [".", " mot de yngre."]]
    + ["Han känns tråkig."]
    # recall: impossible to deal with, talent, fooling about as a habit, wound up
    + [f"{n} {v} {d}omöjlig att {x}." for n in ["Aron", "Han"] for v in ["var", "är"] for d in ["", "helt "]
       for x in ["få med på utflykten", "nå", "undervisa", "ha att göra med", "få igång", "samarbeta med"]]
    + ["Omöjlig att få igång.", "Totalt omöjlig att ha i klassen."]
    + [f"{n} är {d}{a}." for n in ["Olle", "Han"] for d in ["väldigt ", "otroligt ", "så "] for a in ["talangfull", "begåvad"]]
    + ["En talangfull kille.", "Talangfull men lat."]
    + [f"{n} {v} {t}." for n in ["Leo", "Han"] for v in ["fånar sig", "fjantar sig", "larvar sig", "pajasar"]
       for t in ["hela tiden", "jämt", "hela lektionen"]]
    + [f"{p} {v} {d}uppe i varv{x}" for p in ["Han", "Hon"] for v in ["är", "var", "verkar"] for d in ["helt ", "så ", ""]
       for x in [".", " idag."]]
    # PJ006: a parent without the definite ending or with any degree word; the home said not to work
    + [f"{p} är {d} {a}." for p in ["Pappa", "Mamma", "Hans mamma", "Hennes pappa", "Pappan"]
       for d in ["fruktansvärt", "sjukt", "väldigt"] for a in ["okunnig", "jobbig", "slapp"]]
    + [f"{h} {v}." for h in ["Hemmet", "Hemsituationen", "Familjen"]
       for v in ["verkar inte fungera", "fungerar inte", "tycks inte fungera", "fungerar inte alls", "har slutat fungera"]]
)
R23_PASS = (
    [f"Mira har skapat en figur, {f}, som är {a}." for f in ["trollkarlen Grimbold", "häxan Morra"] for a in ["elak och girig", "lat"]]
    + [f"Hans berättelse {t} handlar om {f} som är {a} mot människor." for t in ["'Dumma robotar'", "om rymden"]
       for f in ["robotar", "drakar", "två troll", "några monster"] for a in ["elaka", "snälla"]]
    + ["Ebbe's sentence 'The ugly duckling is sad and lonely' shows that he can describe feelings in English.",
       "Vi läste Den fula ankungen, och ankungen var ledsen och ensam."]
    + [f"Hans {o} är {a} {p}." for o in ["skärbräda", "läslogg", "bild"] for a in ["noggrant", "samvetsgrant"]
       for p in ["slipad", "förd", "ritad", "gjord", "genomförd"]]
    + ["Ett noggrant skrivet brev.", "Uppgiften är självständigt utförd."]
    + [f"{n} verkar {m}, {p} sover på lektionerna." for n in ["Isak", "Greta"] for m in ["deprimerad", "nedstämd", "ledsen och nedstämd"]
       for p in ["han"]]
    + ["Hon sover på lektionerna och säger att hon mår dåligt."]
    + [f"{n} visar {d}glädje {c}." for n in ["Alma", "Hon"] for d in ["", "stor "]
       for c in ["när hon löser uppgifter", "över resultatet", "när hon får läsa högt"]]
    + [f"Jesper {v} sina {o} snyggt." for v in ["skötte", "sköter"] for o in ["passningar", "uppgifter", "inlämningar"]]
    + [f"Vidar kallas 'habibi' av kompisarna, det är {d}{a}." for d in ["helt ", "bara ", ""] for a in ["vänskapligt"]]
    + [f"{p}, pedagogisk {w}: barnen har lekt affär." for p in ["Fritidshem", "Förskoleklass"]
       for w in ["dokumentation", "planering", "verksamhet"]]
    + ["Vi åt pedagogisk lunch med klassen."]
    + [f"Plan B är piano om {i} känns {a}." for i in ["gitarren", "fiolen", "instrumentet"] for a in ["tråkig", "tråkigt", "jobbig"]]
    + [f"{s} var omöjlig att {v}." for s in ["Uppgiften", "Koden"] for v in ["lösa", "förstå", "läsa"]]
    + ["Det är omöjligt att säga hur det går.", "Klassen var helt uppe i varv efter rasten."]
    + ["Han fånade sig en gång på bussen och bad om ursäkt."]
    + [f"{p} är {a}." for p in ["Pappa", "Mamma", "Pappan"] for a in ["sjuk", "hemma", "med på resan"]]
    + [f"Vi misstänker att {h} inte fungerar." for h in ["hemmet", "hemsituationen"]]
    + [f"{t} fungerar inte." for t in ["Datorn", "Projektorn", "Appen"]]
)


# Round 24 (files dev/r24-mixa, r24-mixb): positives each widened rule must find and each new exception must
# leave flagged, and hard negatives of the same classes.
R24_POS = (
    # a group as subject after a label colon: a pupil after the same colon stays
    [f"{d}: {n} var {a} hela lektionen." for d in ["Onsdag", "Vik. 6A mån"] for n in ["Elsa", "Han"] for a in ["stökig", "pratig"]]
    # a terse verdict on a person noun stays; a figure + the common form stays
    + [f"{a} och {b} {n}!" for a in ["Lugn", "Pratig"] for b in ["fin", "trevlig"] for n in ["tjej", "kille"]]
    + [f"{x}, väldigt {a}!" for x in ["Närvaro 98 %", "Elsa"] for a in ["stabil", "snäll", "ambitiös"]]
    + [f"Elsa är så {a}, väldigt stabilt!" for a in ["snäll", "lat"]]
    # English: the pupil as subject, the work after the adjective
    + [f"{n} is {a} {t}." for n in ["Hugo", "He"] for a in ["polite", "rude"] for t in ["in class", "in his letter"]]
    + ["Ella is kind.", "She is kind to everyone."]
    # the manner of singing or listening: the trait with a copula, or three words after the verb, stays
    + [f"{n} {v} och är {d}{a}." for n in ["Hon", "Casper"] for v in ["sjunger", "spelar"] for d in ["så ", ""] for a in ["falsk", "glad", "aktiv"]]
    + [f"{n} är {d}{a}." for n in ["Hon", "Casper"] for d in ["väldigt ", ""] for a in ["falsk", "aktiv"]]
    + [f"{w}!" for w in ["What a star", "Such a gem", "What a little star"]]
    + [f"{n} {v}." for n in ["Zeynep", "She"] for v in ["always has a smile on her face", "brightens up the classroom", "brightens up every lesson"]]
    # a trait or attitude as a trait, no theme named
    + [f"{n} saknar {t}." for n in ["Elsa", "Han"] for t in ["självdisciplin", "motivation"]]
    # PJ006: coordinated adjectives before parents, the family praised
    + [f"{h} har {a} och {b} föräldrar." for h in ["Hedda", "Hon"] for a in ["engagerade", "stöttande", "kloka"] for b in ["kloka", "varma"]]
    + [f"{x} {f}." for x in ["Elsa –", "Hon har en", "Kommer från en"] for f in ["fin familj", "trygg familj", "kärleksfull familj"]]
    + [f"{n} har {o} hemma." for n in ["Elsa", "De"] for o in ["ordning och reda", "ingen ordning"]]
    + [f"{h} är {d}engagerad{e}." for h in ["Familjen", "Föräldrarna"] for d in ["mycket ", "väldigt ", ""] for e in ["", "e"]]
    # PJ001 mouth, PJ002 defiance
    + [f"{s} {a} i {m}." for s in ["Vass", "Hon är kaxig", "Han är uppnosig"] for a in [""] for m in ["käften", "truten", "munnen"]]
    + [f"{n} {t} {o} {f} {w}." for n in ["Tar", "Han tar"] for t in ["inga", "inte"] for o in ["order", "instruktioner", "tillsägelser"]
       for f in ["från", "av"] for w in ["kvinnliga lärare", "vuxna", "vikarier"]]
    # PJ005 slacking and litotes
    + [f"{n} {v} {t}." for n in ["Har", "Hon har"] for v in ["slappat", "maskat", "latat sig"]
       for t in ["hela ht", "hela terminen", "med läxorna", "på lektionerna"]]
    + [f"{n} {v}." for n in ["Ivar", "Han"] for v in ["överanstränger sig inte", "överanstränger sig knappast", "sliter inte ihjäl sig"]]
    + [f"Det kan inte {d}sägas att {n} överanstränger sig." for d in ["direkt ", "precis ", ""] for n in ["Ivar", "han"]]
    # PJ010 dress and make-up
    + [f"{n} {v}." for n in ["Har börjat", "Hon brukar"] for v in ["sminka sig mycket", "sminka sig för mycket", "klä sig utmanande", "klä sig sexigt"]]
    + [f"Hon {v}." for v in ["sminkar sig alltför mycket", "klär sig väldigt vågat", "klädde sig utmanande"]]
)
R24_PASS = (
    [f"{d}: {n} var {a} efter lunch." for d in ["Onsdag", "Vik. 6A mån", "Fredag"] for n in ["Klassen", "Gruppen", "Eleverna"]
     for a in ["pratig", "stökig", "pratiga", "lugn"]]
    + [f"{a} och {b} {n}{t}!" for a in ["Lugn", "Pratig"] for b in ["fin", "trevlig"] for n in ["grupp", "klass", "barngrupp"]
       for t in ["", " idag"]]
    + [f"{x}, {d}{a}!" for x in ["Närvaro 98 %", "9 av 10 rätt", "Läst 12 böcker"] for d in ["väldigt ", "mycket ", ""]
       for a in ["stabilt", "ambitiöst", "starkt"]]
    + [f"{n}'s {w} is {a} but firm." for n in ["Hugo", "Alma"] for w in ["letter", "email", "speech"] for a in ["polite", "friendly"]]
    + [f"Her {w} is {a}." for w in ["story", "essay", "poem"] for a in ["funny", "polite", "sweet"]]
    + [f"In '{t}', {c} is {a}." for t in ["Matilda", "Holes"] for c in ["Miss Honey", "the teacher"] for a in ["kind", "nice", "strange"]]
    + ["We looked at a star map.", "The star of the story is a dog."]
    + [f"{n} {v} {d}{a} {x}." for n in ["Casper", "Hon"] for v in ["sjunger", "spelar"] for d in ["lite ", ""] for a in ["falskt", "starkt"]
       for x in ["i höga lägen", "i refrängen"]]
    + [f"{x} lyssna aktivt {y}." for x in ["Att", "Vi övar på att"] for y in ["är ett av målen i svenska", "på varandra"]]
    + [f"{t} och {u} var {x} för {n}s {w}." for t in ["Självdisciplin", "Ärlighet"] for u in ["motivation", "vänskap"]
       for x in ["temat", "ämnet"] for n in ["Elian", "Alma"] for w in ["debattartikel", "novell"]]
    + [f"{h} är {d}{e} i {o}." for h in ["Familjen", "Föräldrarna"] for d in ["mycket ", ""]
       for e in ["engagerad", "engagerade"] for o in ["Mahdis skolgång", "hennes läsning", "föräldraföreningen"]]
    + [f"Han är vass i {x}." for x in ["argumentationen", "sina analyser", "engelska"]]
    + [f"Hon tar {o} i {x}." for o in ["order", "instruktioner"] for x in ["rollspelet", "leken"]]
    + [f"Hon {v} efter operationen." for v in ["ska inte överanstränga sig", "får inte överanstränga sig"]]
    + [f"{n} {v}." for n in ["Alla", "Barnen"] for v in ["klär sig efter väder på friluftsdagen", "klädde sig varmt inför utflykten"]]
)


POSITIVES = (
    fill(TERSE_FRAMES, TRAITS)
    + fill(MODAL_FRAMES, TRAITS)
    + fill(BLI_FRAMES, NEG_TRAITS)
    + fill(COLLOQ_FRAMES, TRAITS)
    + fill(PREFIX_FRAMES, PREFIXED)
    + MISSPELT + LISTS + ATTRS + PERSON_NOUNS + SUPERLATIVES + APPEARANCE + ENGLISH + FOREIGN + CONDUCT + PARENTS + WAVE2
    + R21_POS + R22_POS + R23_POS + R24_POS
)
NEGATIVES = (
    fill(NEG_FRAMES, ["lat", "slarvig", "elak", "snäll", "tjurig", "lynnig", "gullig", "söt"])
    + ATTR_PASS + SUPERLATIVE_PASS + APPEARANCE_PASS + ENGLISH_PASS + FOREIGN_PASS + CONDUCT_PASS + NEG_SENTENCES + WAVE2_PASS
    + R21_PASS + R22_PASS + R23_PASS + R24_PASS
)


# Known limits, left alone this round: a letter doubled only twice is not folded ("sööt",
# "sloo"; English has many real doubled vowels: "good", "feel", "book"), and a field named with a
# work noun ("Beskrivning: …") reads as the work.
KNOWN_LIMITS = ["Sååå sööt!", "Elsa e sjukt sloo.", "Beskrivning: stökig, pratig, störig."]


@pytest.mark.parametrize("text", KNOWN_LIMITS)
@pytest.mark.xfail(strict=True, reason="known limit, see comment")
def test_known_limits(text):
    assert _found(text), text


@pytest.mark.parametrize("text", sorted(set(POSITIVES)))
def test_frame_flagged(text):
    assert _found(text), text


@pytest.mark.parametrize("text", sorted(set(NEGATIVES)))
def test_frame_silent(text):
    assert not _flags(text), text


# Round 23: the student's own name is never a judgment, whatever its lemma ("Vilda" -> "vild"); the word itself stays.
@pytest.mark.parametrize("name,text,flagged", [
    ("Vilda", "Vilda kan hoppa längd och höjd med bra teknik.", False),
    ("Vilda", "Idrott: Vilda deltar i lekar med regler.", False),
    ("Vilda", "Vilda är vild och stökig.", True),
    ("Elsa", "Vilda är vild.", True),
])
def test_subject_name_is_no_judgment(name, text, flagged):
    assert _flags(text, names=(name,)) is flagged, text


# Round 36: the pupil's analysis reported ("menar att Katniss är …", "describe Curley as …"): the trait
# belongs to the person analysed. The same frame with the student's own name keeps its finding.
REPORT_FRAMES = [
    "Elsa menar att {other} är {w} i början av boken.",
    "I sin analys beskriver Elsa {other} som {w} och självisk.",
    "Elsa kunde förklara varför {other} är {w}.",
    "Elsa skrev att {other} egentligen är {w} men låtsas.",
    "Elsa tycker att {other} blir {w} efter kriget och stöder det med citat.",
    "Elsa kan sätta ord på att {other} är {w} och retas.",
]
REPORT_TRAITS = ["lat", "elak", "snäll", "naiv", "envis", "modig", "egoistisk"]
ENGLISH_REPORT = [
    f.format(other=o, w=w) for o in ("Curley", "Miss Trunchbull", "the mouse")
    for w in ("aggressive", "lazy", "selfish", "kind")
    for f in ("Elsa argued that {other} is {w} and supported it with quotes.",
              "In your essay you describe {other} as {w} and insecure.",
              "She explained why {other} is {w} in the story.")
]


@pytest.mark.parametrize("text", sorted(set(
    fill(REPORT_FRAMES, REPORT_TRAITS, other="Katniss") + fill(REPORT_FRAMES, REPORT_TRAITS, other="Måns")
    + ENGLISH_REPORT)))
def test_reported_analysis_of_another_is_silent(text):
    assert not _flags(text), text


@pytest.mark.parametrize("text", sorted(set(
    f.replace("Elsa ", "Mentorn ", 1) for f in fill(REPORT_FRAMES[:1] + REPORT_FRAMES[3:5], ["lat", "elak", "envis"], other="Elsa"))))
def test_reported_judgment_of_the_student_is_flagged(text):
    assert _found(text), text
