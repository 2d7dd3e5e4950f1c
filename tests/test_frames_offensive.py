"""Offensive, round 20: a frame matrix. Word classes (insult nouns, slurs, adjective insults,
dehumanising phrases, swear words) crossed with the frames a new writer puts them in, and the
look-alike frames (quoted student work being assessed, language study, titles, quotations
from literature and history, animals and things, self-image, identity words said plainly,
the milder swear words, religion lessons, English "fan", place names) that must pass.

The sentences are our own, not corpus sentences. Every positive must be flagged `offensive`,
every negative must not be.
"""
from __future__ import annotations

import pytest

from checker import get_checker
from frame_matrix import fill

NAME = "Kevin"


@pytest.fixture(scope="module")
def chk():
    return get_checker()


def is_offensive(chk, text: str) -> bool:
    return any(f.category == "offensive" for f in chk.check(text, subject_names=[NAME]).findings)


# ---------------------------------------------------------------------------------------------
# Positive word classes
# ---------------------------------------------------------------------------------------------

# Insult nouns, indefinite singular (inflections and compounds included).
INSULT_NOUNS = [
    "idiot", "tönt", "pucko", "mupp", "dumskalle", "dumbom", "träskalle", "klantskalle", "miffo",
    "psyko", "fetto", "tjockis", "kärring", "subba", "slyna", "hora", "luder", "fitta", "jävel",
    "skitstövel", "snorunge", "idiotjävel", "töntjävel", "rövhål", "fjant", "fjompmongo", "dumfan",
    "pappskalle", "korkskalle", "hönshjärna", "miffot", "knäppskalle", "lallare", "dårfink",
    "tjockskalle", "idiot-unge", "mongo", "cp", "spasse", "retard", "kretin", "fyllo", "pundare",
    "töntunge", "skitunge", "sopa", "kräk", "parasit",
    # compounds of a vulgar or insulting first part and a head for a person
    "kukskalle", "fittskalle", "rövskalle", "pissråtta", "mongounge", "idiotunge", "horunge", "dumjävel",
    "bajshuvud", "fetknopp", "fettoknopp", "mupphuvud",
    # missing diacritics and doubled letters
    "karring", "tont", "knappskalle", "idiiot", "töönt",
]
NOUN_FRAMES = [
    "Din {w}!",
    "Din jävla {w}, skrek han.",
    "{name} är en riktig {w}.",
    "Han kallade henne {w} på rasten.",
    "Vilken {w} han är.",
    "Hon sa att han var en sån {w}.",
    "{name} betedde sig som en {w} i matsalen.",
]
# Neuter nouns take "ditt"/"ett".
NEUTER_NOUNS = ["pucko", "miffo", "psyko", "as", "kräk", "rövhål", "fetto", "luder"]
NEUTER_FRAMES = ["Ditt {w}!", "{name} är ett riktigt {w}.", "Vilket {w}!", "Hon kallade honom ett {w}."]

# Animal and thing names need a person cue; the copula may be typed "e", "ä" or "va".
ANIMAL_NAMES = ["gris", "apa", "kossa", "råtta", "sopa", "åsna", "babian", "idiot", "tönt", "kackerlacka"]
COPULA_FRAMES = [
    "{name} är en {w}.", "{name} e en {w}.", "Hon ä en {w}.", "Han va en {w} i matsalen.",
    "Han e en sån {w}.", "Din {w}!", "Hon kallade honom för {w}.", "Han skrev '{w}' på hennes mössa.",
]

# Definite and plural forms.
DEFINITE_PLURAL = [
    "Idioten i 8B har förstört datorn igen.",
    "Fjanten Kevin glömde boken igen.",
    "Era idioter! skrek hon åt killarna.",
    "Ni är ena jävla töntar allihop.",
    "Puckot har tappat nyckeln igen.",
    "De där muppen i 7A stökar jämt.",
    "Kärringen i kassan var sur, sa han om mentorn.",
    "Subban har skrivit om mig igen, skrev hon.",
    "Jävla idioter, sa han om sina klasskamrater.",
    "Dumskallarna i gruppen har inte gjort något.",
    "Idioterna i 9C sprang runt i korridoren.",
]

# Adjective insults with a person.
ADJ_INSULTS = [
    "efterbliven", "hjärndöd", "störd", "cp-skadad", "cpskadad", "mongoloid",
    "korkad", "dum i huvudet", "helt efterbliven", "sjuk i huvudet", "puckad", "knäpp i huvudet",
    "retarded", "brain-dead", "braindead",
]
ADJ_FRAMES = [
    "{name} är {w}.",
    "Han är ju helt {w}.",
    "Hon skrek att han var {w}.",
    "Är du {w} eller?",
]
ADJ_FRAMES_FULL = ["{name} är {w}.", "Hon skrek att han var {w}."]

# Obfuscated spellings of the core insults and swear words.
OBFUSCATED = [
    "1d10t", "id1ot", "idi0t", "id!ot", "i.d.i.o.t", "i-d-i-o-t", "i d i o t", "idiooot", "iddiot",
    "j*vla", "j@vla", "javla", "jävvla", "j.ä.v.l.a", "f*n", "h*ra", "h0ra", "hora", "h-o-r-a",
    "f1tta", "f*tta", "t0nt", "töööönt", "m0ngo", "m*ngo", "r3tard", "ret@rd", "b!tch", "b1tch",
    "f*cking", "sh1t", "n1gger", "n*gger", "j*vel", "jäv3l",
    # stretched double letters and misspellings
    "kärrring", "mupppp", "subbbba", "jevla", "jävvel", "fagg0t", "azzhole", "phuck", "biatch", "retart",
    "niqqa", "helvette", "idiotttt", "IDIOT",
]
OBF_FRAMES = [
    "Han skrev {w} till henne i chatten.",
    "Hon kallade honom {w} på rasten.",
    "Din {w}!",
]

# Slurs: ableist, racist, homophobic, sexist; Swedish and English, with inflections.
SLURS = [
    # ableist
    "mongo", "mongot", "mongon", "cp-unge", "cpunge", "efterbliving", "dampunge", "spastiker",
    "retard", "retarden", "spasse", "autistjävel",
    # racist
    "neger", "negern", "negrer", "blatte", "blattar", "blattarna", "svartskalle", "svartskallar",
    "sandneger", "apjävel", "zigenarjävel", "tattare", "nigger", "nigga", "paki", "chink",
    "svenne-jävel", "turkjävel", "kines-jävel",
    # homophobic
    "bögjävel", "bögjävlar", "fikus", "fikusar", "bögunge", "flatjävel", "transjävel", "faggot",
    "fag", "dyke", "homojävel",
    # sexist
    "hora", "horan", "horor", "slyna", "subba", "fnask", "bitch", "whore", "cunt",
]
SLUR_FRAMES = [
    "Han kallade honom {w} i korridoren.",
    "Jävla {w}, skrek hon.",
    "De skrev {w} på hennes skåp.",
]

# Identity words used as an insult (only these are offensive; plain statements are not).
IDENTITY_AS_INSULT = [
    "Din jävla bög!",
    "Han skrek bög efter honom i korridoren.",
    "Sluta vara så bög, sa han till Kevin.",
    "Han kallade honom bögig inför alla.",
    "Din lille autist!",
    "Jävla invandrare, skrek han på rasten.",
    "Han kallade henne lesbo i omklädningsrummet.",
    "Han skrek 'din homo' efter honom.",
    "Hon kallade honom för zigenare i bråket.",
]

# Dehumanising and demeaning phrases about the pupil.
DEHUMANISING = [
    "{name} är ett hopplöst fall.",
    "Hon är ett hopplöst fall när det gäller allt.",
    "{name} är ett skämt.",
    "Han är ett enda stort skämt.",
    "{name} är ett misslyckande.",
    "Han är ett totalt misslyckande som människa.",
    "{name} hör inte hemma här.",
    "Han hör inte hemma på den här skolan.",
    "{name} borde inte gå i skolan över huvud taget.",
    "Han borde inte få gå i vanlig skola.",
    "{name} är ett kräk.",
    "Han är ett avskum.",
    "Hon är en belastning för hela klassen.",
    "{name} är ett slöseri med plats.",
    "Han är ett slöseri med tid.",
    "Grattis, du lyckades glömma boken igen.",
    "Bravo, {name}, ännu en gång utan läxa.",
    "Han är inte värd att satsa på.",
    "Han är en börda för klassen.",
    "Bra jobbat, geniet.",
    "Han är ett fiasko.",
    "Han är en parodi på en elev.",
    "Vad ska man med honom till?",
    "Han är en pinsamhet.",
]

# A pupil's text that insults someone, an essay title with a slur, words said in class: flagged
# (no assessment of the writing, no historical source).
INCIDENTS_IN_TEXT = [
    "Hon skrev i sin text att Ali är en idiot.",
    "Lämnade in en uppsats med rubriken 'Alla lärare är idioter'.",
    "Han skrev en dikt om Sara där han kallade henne 'hora'.",
    "I chatten skrev han 'din jävla idiot' till Ali, och konflikten fortsatte.",
    "På historielektionen om 1600-talet kallade han Sara 'slödder'.",
    "Han skrev 'bögjävel' i sin text om Ali och lämnade in den.",
    "Hon kallas 'Professorn' för att hon alltid glömmer allt.",
]

# English insult nouns.
ENGLISH_NOUNS = [
    "idiot", "moron", "loser", "jerk", "dickhead", "asshole", "bitch", "retard", "freak", "douchebag",
    "twat", "wanker", "tosser", "dumbass", "scumbag", "piece of shit", "cunt", "slut", "whore", "fatso",
    "pig", "cow", "creep", "spaz", "faggot", "bastard", "airhead", "numbskull", "halfwit", "imbecile",
    "cretin",
]
ENGLISH_FRAMES = ["He called her a {w}.", "You {w}!", "{name} is such a {w}.", "What a {w}."]

# Swear words in their own frames (the strong ones; "jäkla/fasen/tusan" pass by decision).
SWEARS = [
    "Fan, nu har han glömt boken igen.",
    "Fy fan vad stökigt det var.",
    "Det var jävligt dåligt gjort av honom.",
    "Han är så jävla jobbig.",
    "Helvete, skrek han och sparkade på dörren.",
    "Vad i helvete håller du på med, sa hon.",
    "Skit ner dig, sa han till läraren.",
    "Han sa åt henne att dra åt helvete.",
    "Fucking idiot, skrev han i chatten.",
    "Han är en jävla latmask.",
    "Fan ta dig, sa han.",
    "Satan också, skrek han när han tappade boken.",
    "Han sa 'fuck you' till vikarien.",
    "Hon sa 'shut the fuck up' till honom.",
    "Käften, sa han till läraren.",
    "Han skrev 'fcking idiot' till henne.",
]

# English insults.
ENGLISH = [
    "He called her a bitch in class.",
    "You're such a loser, he wrote.",
    "She is a total moron.",
    "He called him a retard.",
    "He is a dickhead to everyone.",
    "What an idiot he is.",
    "He wrote 'stupid slut' on her desk.",
    "He told her to shut up, you fat cow.",
    "She called him a f*cking idiot.",
    "He's a real pain in the neck.",
]
# Round 54: insults in the other languages pupils use, written in a Swedish note or a family's message
# (name-calling, "kallade honom X", was OF007's with any word already).
FOREIGN_INSULTS = ["sharmoota", "budalla", "majmuni", "salak", "aptal", "doqon", "nacas", "hmar", "kelb"]
FOREIGN_FRAMES = ["Han skrev \"{w}\" i gruppchatten.", "Hon skrek {w} åt honom på rasten.", "Du är en {w}."]
FOREIGN_PASS = ["Elin kan säga \"salak\" och \"aptal\" på turkiska och förklara att orden är kränkande."]
# Round 54: the student by name as the pronoun is ("Kevin is stupid" as "He is stupid"), and the same
# words denied, which insult no one ("He's not dumb", "your giant is not so stupid after all"), and
# English "not", which is no "nöt" written without its diacritic.
EN_COPULA_WORDS = ["stupid", "dumb", "useless", "worthless", "pathetic", "ugly"]
EN_NAMED = [f"{NAME} {c} {d}{w}." for c in ("is", "was") for d in ("", "so ") for w in EN_COPULA_WORDS
            if not (c == "was" and w in ("worthless", "pathetic", "ugly"))]
EN_DENIED = ([f"{p} {c} not {d}{w}." for p in (NAME, "She") for c in ("is", "was") for d in ("", "that ", "so ")
              for w in EN_COPULA_WORDS]
             + ["Honestly he's not dumb, just bone idle.", "In the end your giant is not so stupid after all.",
                f"{NAME} is a lovely boy but he is clearly not at the same level as the rest of his group.",
                # English words that are Swedish insults with their diacritic dropped ("dåre", "bög")
                "He is a real dare devil on the climbing wall.", "The soldiers got stuck in a bog near the river."])


# ---------------------------------------------------------------------------------------------
# Negative frames (hard look-alikes)
# ---------------------------------------------------------------------------------------------

# Quoted wording inside the pupil's own work, being assessed as writing.
QUOTED_WORK = [
    "Kevin skrev i sin insändare att 'politikerna är idioter', men kan förklara varför det försvagar argumentationen.",
    "I dikten använder hon ordet 'jävla' för att visa berättarens ilska, vilket fungerar bra.",
    "I sin debattartikel kallar han motståndarna 'idioter', vilket gör tonen osaklig; vi har pratat om ordval.",
    "Hon citerar en affisch från 1930-talet med ordet 'zigenare' i sin källanalys och granskar den kritiskt.",
    "Insändaren innehåller ordet 'pucko' om politikerna, vilket sänker trovärdigheten.",
    "I novellen låter han en replik lyda 'håll käften, din idiot', vilket ger dialogen liv.",
    "Texten har en replik med 'jävla' som passar karaktären, men stilnivån behöver jämnas ut.",
    "Hans argumenterande text kallar rökare för 'idioter', och vi diskuterade hur det påverkar mottagaren.",
    "Kevin använder ord som 'fan' och 'helvete' i sin novell för att skapa en trovärdig röst.",
    "I sin krönika skriver hon 'alla vuxna är töntar', vilket är en effektiv överdrift.",
    "I repliken 'din jävla idiot' visar hon konflikten mellan karaktärerna tydligt.",
    "Hans insändare skriver att 'de som röstar så är idioter', och argumentationen blir därmed svagare.",
    "Källan hon analyserar kallar judarna för 'parasiter', och hon visar hur propagandan fungerar.",
    "In his essay he wrote that 'politicians are idiots', which weakens the argument.",
    "Hennes dikt slutar med raden 'fan ta er alla', ett starkt och medvetet val.",
    "I hennes argumenterande text står det att 'alla moderater är idioter', vilket är ett osakligt argument.",
    "Kevins novell innehåller svordomar som 'fan' och 'jävlar', vilket passar miljön.",
    "Repliken 'håll käften' i Kevins manus visar karaktärens ilska.",
    "Texten innehåller ordet 'jävla' två gånger, vilket sänker stilnivån.",
    "In her story, the character shouts 'you idiot!', which makes the dialogue realistic.",
    "Kevins dikt börjar med 'Fan ta vintern', ett effektfullt anslag.",
    "Kevin har använt 'idiot' i sin insändare, vilket gör den mindre trovärdig.",
    "I Kevins text säger pappan 'din dumma unge' till sonen, och det gör konflikten tydlig.",
    "In his speech, Kevin called the opponents 'idiots', which undermined his argument.",
    "I sin insändare kallar han politikerna idioter, vilket försvagar argumentationen.",
    "I hennes dialog svär huvudpersonen 'för helvete', vilket passar personen.",
]

# Language study, titles, literature and history quotations.
SUBJECT_MATTER = [
    "Vi diskuterade varför ordet 'idiot' har bytt betydelse.",
    "Ordet 'mongo' är ett skällsord som vi pratade om i klassen.",
    "Vi läste Dostojevskijs Idioten.",
    "Kevin har läst romanen 'Idioten' och skrivit en recension.",
    "I Hemsöborna svär Carlsson 'för fan' när båten kantrar, och Kevin analyserade scenen.",
    "Vi läste Strindbergs replik där Jean säger 'din hora' till Kristin och diskuterade maktspelet.",
    "I Sartres pjäs sägs att 'helvetet är de andra', vilket Kevin tolkade väl.",
    "I källan från 1600-talet kallas de fattiga 'slödder', och Kevin förklarade synen på fattigdom.",
    "Nazisternas propaganda kallade judar 'ohyra', vilket vi analyserade.",
    "Citatet 'fan ta alla kungar' kommer från en pamflett på 1700-talet.",
    "Vi gick igenom svordomar i svenska språket och deras ursprung.",
    "The word 'idiot' comes from Greek.",
    "I Ondskan kallas Erik 'jävla fegis' av Otto, och Kevin analyserade våldet.",
    "Citatet 'Skit också' kommer från Pippi Långstrump.",
    "Kevin läste upp Karlfeldts rad 'för satan' med inlevelse.",
    "I Röda rummet kallar Falk förläggaren för 'ett as'.",
    "Kevin citerade Strindbergs 'Fan ta dig' i sin analys av Fröken Julie.",
    "Vi läste Ondskan, där Otto kallar Erik för fegis.",
]

# Animals and things, not people.
ANIMALS_THINGS = [
    "Maten var äcklig i dag.",
    "Vi såg en apa på zoo.",
    "Grisen på bondgården var stor.",
    "Hans favoritdjur är en apa.",
    "Han klättrar som en apa i klätterställningen.",
    "Kossan gav mjölk.",
    "Hundskit på skolgården är ett problem.",
    "Det luktade äckligt i matsalen.",
    "Vi dissekerade en gris i biologin.",
]

# Self-image.
SELF_IMAGE = [
    "Kevin känner sig dum i matte.",
    "Han kallar sig själv idiot när han räknar fel.",
    "Hon känner sig värdelös just nu.",
    "Han säger att han är ett hopplöst fall i tyska, men han gör framsteg.",
]

# Identity words said plainly (sensitive at most, never offensive).
IDENTITY_PLAIN = [
    "Kevin har berättat att han är bög.",
    "Hon har berättat att hon är lesbisk.",
    "Hans pappa är rom och talar romani hemma.",
    "Hon har två mammor.",
    "Han har autism och behöver förberedelse inför förändringar.",
    "Kevin är homosexuell och har kommit ut för klassen.",
    "Familjen är romer och kom till Sverige 2015.",
]

# Praise nicknames and fond labels (person_judgment at most).
NICKNAMES = [
    "Hon kallas 'Prinsessan' av kompisarna för att hon alltid klär sig fint.",
    "Han kallas 'Professorn' eftersom han kan så mycket om rymden.",
    "Hon är en riktig fröken Duktig.",
    "Kevin kallas 'Chefen' på fotbollsträningen.",
    "Ali kallade Kevin 'bror' hela tiden.",
    "Han kallar alla killar för habibi.",
    "Han kallade honom brorsan.",
    "Kevin kallar sin lillebror 'lilla monstret' med värme.",
]

# Milder swear words, religion lessons, English "fan", place names, everyday homonyms.
MILD_RELIGION_PLACES = [
    "Vilken jäkla tur vi hade med vädret.",
    "Fasen också, sa han när pennan gick av.",
    "Tusan vad bra det gick!",
    "Vi läste om himmel och helvete i religionskunskapen.",
    "Kevin kan förklara Satans roll i Bibeln.",
    "Helvetet beskrivs olika i olika religioner.",
    "Hon är ett stort fan av Harry Potter.",
    "He is a big fan of football.",
    "Han berättade om byn Fucking i Österrike.",
    "Kevin kan förklara hur en bonde levde på 1700-talet.",
    "Hon spelade Tjuven i pjäsen.",
    "Vi hade en jäkla massa läxor.",
    "Vi gick igenom idiom som 'a pain in the neck' i engelskan.",
    "Han hör hemma i Göteborg.",
    "Hon skämtade om vädret.",
    "Experimentet var ett misslyckande, men vi lärde oss mycket.",
    "Han blev lätt störd av ljudet.",
    # Look-alikes of the round 20 constructions.
    "Det var jättefett på festen.",
    "Det va en gris på bondgården.",
    "Projektet var ett fiasko.",
    "Matchen blev ett fiasko.",
    "Han jobbar som ett djur.",
    "Det var en pinsamhet för hela skolan att bussen inte kom.",
    # Decided round 20: "ett ufo" (an odd one) and "ett spöke" (pale) are no insults; at most a
    # judgment of the person.
    "Han är ett ufo ibland, men han har många kompisar.",
    "Hon ser ut som ett spöke efter sjukdomen.",
    "Det var Kevin som var tjuven, visade det sig.",
    "Kevin skrev om psykopater i sin uppsats om brottslighet.",
    "William the Bastard conquered England in 1066.",
    "Green Day's 'American Idiot' is his favourite song.",
    "'Idioten' är hennes favoritbok.",
    "Kevin bor i Fittja och tar tunnelbanan till skolan.",
    "Klassen åkte till Kukkolaforsen på lägerskola.",
    "En mes satt i fågelholken och Kevin fotograferade den.",
    "Vi läste Moby Dick och Kevin analyserade kaptenens besatthet.",
    "Kevin gjorde en rolig imitation av en dum kung i teatern.",
    "Han ritade en gris på hennes skåp till hennes födelsedag.",
    "Han den äldre brodern hämtar honom.",
    "Hon e bäst på att rita apor.",
    "Råttan i labbet va vit.",
    "Vi spelade skitgubbe på rasten.",
    "Kevin kan förklara djävulens roll i Faust.",
    "Helvetesgapet är en plats vi besökte på utflykten.",
    "I Pippi Långstrump kallar Pippi polisen för idioter, och Kevin skrev om humorn.",
    "I 'Möss och människor' kallas Lennie dum av de andra.",
    "Kevin citerade Astrid Lindgren: 'Din lilla fjant'.",
    "Hon berättade ett skämt på lektionen.",
    "Det var bara ett skämt, sa han.",
    "Han är känd för sina skämt.",
    "Planen är ett skämt, sa rektorn om budgeten.",
    "Grattis, du fick alla rätt igen!",
    "Bravo, Kevin, du klarade provet!",
    "Han borde inte gå i skolan när han har feber.",
    "Mobilen hör inte hemma i klassrummet.",
    "Böckerna hör inte hemma i klassen.",
    "Vilken fikus ska vi köpa till klassrummet?",
    "Vi vattnade klassens fikus och mätte hur den växte.",
    "Homo Erectus levde i Afrika.",
    "Vi läste Hemsöborna och Kevin analyserade miljöskildringen.",
    "Han har skrivit slut på pennan.",
    "Han kallar sig själv ett hopplöst fall i kemi.",
    "Experimentet var ett totalt misslyckande.",
    "Vilket skräp det låg på skolgården.",
    "Vilken katastrof det blev med vädret.",
]


# Round 21 (dev r21-mix*): a machine cursed as the subject of its own clause, and "Hör av er" without
# diacritics, pass; the same swear word about a person and the slur itself stay flagged.
R21_PASS = (
    [f"{m} är {d}jävla {a} igen." for m in ["Skrivaren", "Datorn", "Projektorn", "Nätet"] for d in ["helt ", ""]
     for a in ["död", "seg"]]
    + [f"{g} Hor av {p}. /Marie" for g in ["Ar hon sjuk?", "Tack!"] for p in ["er", "dig"]]
)
R21_POS = (
    [f"{n} är {d}jävla {a}." for n in ["Han", "Kevin"] for d in ["helt ", ""] for a in ["död i huvudet", "störd"]]
    + ["Hon är en hora.", "Din hora!", "Skrivaren gick sönder och Kevin är en jävla idiot."]
)


# Round 22 (files dev/r22-*): the classes behind the misses and false alarms.
# self-talk: a pronoun with words before the verb of saying, or a short first-person quote
R22_SELF_PASS = (
    [f"När det blir svårt blir {p} ibland {s} och säger att {p} är {w}."
     for p in ["han", "hon"] for s in ["frustrerad", "arg", "uppgiven"] for w in ["dum i huvudet", "en idiot", "värdelös"]]
    + [f"{P} säger ibland {q}jag är {w}{q2} när det blir svårt." for P in ["Hon", "Han"]
       for q, q2 in [("'", "'"), ("”", "”")] for w in ["dum i huvudet", "så dum", "en idiot"]]
    + ["Han suckade: 'jag är värdelös på det här'."]
)
R22_SELF_KEPT = [
    "Han blev arg på Kevin och sa att han är dum i huvudet.",  # a name between: someone else
    "Hon blev arg och sa att han är dum i huvudet.",           # another pronoun
    "Sara sa att han är en idiot.",
    "Han skrek 'jag är inte din slav, din idiot' till Leo.",  # a longer quote aimed at someone
]
# "fan" as an item of a word list vs "fan" as a swear word
R22_FAN_PASS = [f"{lab}: {lst}." for lab in ["Dagens ord i engelska", "Veckans glosor", "Words", "Spelling words"]
                for lst in ["apple, cat, dog, fan, bus", "fan, car, tree", "cat, dog och fan"]] + [
    "Vi övade ord som cat, fan och dog.", "Kevin kunde orden like, fan and bus."]
R22_FAN_KEPT = ["Fan, fan, fan, skrek han.", "Han gör ingenting på lektionerna, fan.", "Han sa: 'Fan, jag glömde boken'."]
# conduct idioms with "borstbindare" vs the lie and other OF004 hits in the same sentence
R22_IDIOM_PASS = [f"{n} {v} som en borstbindare{t}" for n in ["Kevin", "Hon"] for v in ["svär", "svor", "röker", "super"]
                  for t in [".", " när hon förlorar.", ", annars funkar det bra."]] + ["Han svär ofta som en borstbindare."]
R22_IDIOM_KEPT = ["Han ljuger som en borstbindare om läxorna.", "Han svär som en borstbindare och är en börda för klassen.",
                  "Kevin svär som en borstbindare och är ett slöseri med tid."]
# infantilising taunts shouted at or after someone
TAUNTS = ["bebis", "bäbis", "baby", "mammas pojke", "mammas lilla gosse", "pappas flicka", "blöjbarn", "dagisunge", "mammagris"]
R22_TAUNT_POS = fill(["Några i fyran ropade '{w}' efter Kevin vid cykelstället.", "De skrek ”{w}” åt honom på rasten.",
                      "Han ropade åt Leo: '{w}!'", "Hon hånade honom och skrek '{w}' efter honom."], TAUNTS) + [
    "De ropade 'bebis' och 'mammas pojke' efter Ebbe.", "Leo och Max hojtade 'blöjbarn' och 'bebis' åt Kevin."]
R22_TAUNT_PASS = ["Mamma ropade 'vänta' efter Ebbe.", "Hon ropade 'bebis!' när hon såg vagnen.",
                  "Han skrek 'stopp' åt honom i leken.", "Kevin ropade 'kom hit' efter Leo.",
                  "Vi ropade 'grattis' till Kevin i matsalen.", "Hon har fått en bebis och är föräldraledig."]
# a slur compounded with a child or a contemptuous head, inflected
R22_SLUR_COMPOUNDS = fill(["Jag vill inte att hon sitter bredvid den där {w}.", "{W} stal cyklar, sa han."],
                          ["zigenarungen", "zigenarungarna", "zigenarunge", "zigenarjäveln", "zigenarkärringen",
                           "negerungarna", "tattarungarna", "bögungar"])
R22_SLUR_PASS = ["Eleven kan förklara hur romer kallades zigenare och varför ordet är nedsättande.",
                 "Vi läste om romernas historia i Sverige."]
# the pupil as a wasted place in the group
R22_WASTE_POS = fill(["Hon är helt ointresserad, ärligt talat {w}.", "{w}, tyvärr.", "Han är {w}."],
                     ["en bortkastad plats i gruppen", "en bortkastad stol i klassrummet", "en helt bortkastad plats i klassen",
                      "en onödig plats i mattegruppen"])
R22_WASTE_PASS = ["Det blev en bortkastad plats på bussen.", "Lektionen kändes som bortkastad tid.",
                  "Det var en onödig plats att stanna på.", "Vi har en ledig plats i gruppen efter jul."]



# Round 23 (dev/r23-mixa, r23-mixb).
# An undotted word reaches an entry with å/ä/ö only by its own form, not by its lemma ("ratt" → "ratta" ≠ "råtta").
R23_TWIN_PASS = ["Elias ar en ratt jobbig elev.", "Han ar ratt trott idag.", "Hon ar en ratt bra elev.",
                 "Han är ratt.", "Hon spelade noten igen och den ar ratt.", "Han ar otaliga ganger sen."]
R23_TWIN_POS = ["Du är en råtta.", "Du ar en ratta.", "Han är en riktig råtta.", "Han är en nöt."]
# The writing assessment in the next sentence, pointing back with "Det/Detta/Ordvalet …" (r23a-061).
R23_ASSESSED_NEXT = fill([
    "Linus skrev en insändare där han kallade kökspersonalen '{w}'. Det försvagar argumentationen.",
    "Ali skrev en debattartikel där han kallade politikerna \"{w}\". Ordvalet gör texten osaklig.",
    "I sin krönika kallar Sara lärarna för {w}. Detta gör att mottagaren inte tar henne på allvar.",
], ["idioter", "jävla idioter", "cpn"])
R23_ASSESSED_KEPT = [
    "Linus skrev en insändare om skolmaten. Han kallade Kim idiot i korridoren. Det försvagar stämningen.",
    "Han kallade Kim idiot. Det försvagar hans argumentation.",
    "I sin insändare kallar han Kim för en idiot. Det är en kränkning som vi har anmält.",
    "Han är en idiot och hans text saknar argumentation. Det är tråkigt.",
    "Emma skrev en novell. Sedan kallade hon Leo för hora på rasten. Det var effektivt för att såra honom.",
]
# A swear word before a stretch of time by its compound head (r23b-092).
R23_TIME_PASS = fill(["Det var en jävla {w}, bussen var sen.", "Ännu en j-a {w} med regn."],
                     ["kaos-eftermiddag", "måndagsmorgon", "höstvecka", "friluftsdagen", "mattetimme", "tema-dag"])
R23_TIME_KEPT = ["Elsa var helt skitjobbig idag, vägrade allt.", "Levi är en skitunge idag.", "Hon var förjävlig ikväll.",
                 "Linnéa är fittsur idag, som vanligt.", "Han har betett sig som ett as idag.", "Han var en snorvalp inatt.",
                 "Han är en jävla idiot idag.", "Hela klassen är ett jävla zoo efter lunch.", "Din jävla dagdrivare!",
                 "Jävla dagisunge, skrek han.", "Ett jävla tjat hela eftermiddagen om mobilen."]
# A skill compared with an animal, an adverb between the verb and "som" (r23b-311).
R23_SKILL_PASS = fill(["Hon klättrade också som en {w} i klätterställningen!", "Han klänger verkligen som en {w}.",
                       "Hon jobbar faktiskt som en {w} i slöjden."], ["apa", "gris", "åsna"])
R23_SKILL_KEPT = fill(["Han beter sig som en {w}.", "Han springer runt som en {w}.",
                       "Han jobbar men beter sig som en {w}.", "Hon klättrade upp och skrek att han är en {w}."],
                      ["apa", "gris"])
# Friendly addresses in the passive (r23b-350); every quoted word must be friendly.
R23_FRIENDLY_PASS = ["Vidar kallas 'bror' och 'habibi' av kompisarna, det är helt vänskapligt.",
                     "Hon kallas ”gumman” av de äldre tjejerna.", "Han har kallats 'legenden' hela terminen.",
                     "Han blir kallad ”kompis”, vilket han gillar.", "Hon kallades 'syrran' av alla i laget."]
R23_FRIENDLY_KEPT = ["Vidar kallas 'bror' och 'mongo' av killarna.", "Vidar kallas 'bror', 'bög' av killarna.",
                     "Hon blir kallad ”kotlett” när hon går förbi.", "Hon har kallats 'bror', 'fitta' och värre saker."]
# The pupil's own work with a title holding the word stays flagged; "titeln" names a published work only after a
# verb of reading or watching.
R23_TITLE_POS = fill(["Hans uppsats har titeln '{w}'.", "Hennes dikt fick titeln ”{w}”.", "Elins krönika har titeln '{w}'."],
                     ["Varför alla lärare är idioter", "Jävla skola", "Rektorn är en idiot"])
R23_TITLE_PASS = ["Hon läste novellen med titeln 'Idioten'.", "Vi såg filmen med titeln 'Idioten'.",
                  "Klassen läser boken med titeln ”Idioten” av Dostojevskij."]
R23_POS = R23_TITLE_POS + R23_TWIN_POS + R23_ASSESSED_KEPT + R23_TIME_KEPT + R23_SKILL_KEPT + R23_FRIENDLY_KEPT
R23_PASS = R23_TITLE_PASS + R23_TWIN_PASS + R23_ASSESSED_NEXT + R23_TIME_PASS + R23_SKILL_PASS + R23_FRIENDLY_PASS

POSITIVES = (
    fill(NOUN_FRAMES, INSULT_NOUNS, name=NAME)
    + fill(NEUTER_FRAMES, NEUTER_NOUNS, name=NAME)
    + fill(COPULA_FRAMES, ANIMAL_NAMES, name=NAME)
    + ["Han är en psykopat.", "Han skrev 'Idiot' på hennes bänk.", "Douglas, ni vet, han den feta.", "Han skrev '@pa' på hennes skåp.", "Hon är en riktig fettoknopp."]
    + DEFINITE_PLURAL
    + fill(ADJ_FRAMES_FULL, ADJ_INSULTS, name=NAME)
    + fill(ADJ_FRAMES, ["efterbliven", "hjärndöd", "störd", "cp-skadad"], name=NAME)
    + fill(OBF_FRAMES, OBFUSCATED, name=NAME)
    + fill(SLUR_FRAMES, SLURS, name=NAME)
    + IDENTITY_AS_INSULT
    + [t.format(name=NAME) for t in DEHUMANISING]
    + fill(ENGLISH_FRAMES, ENGLISH_NOUNS, name=NAME)
    + ["Din jävul!", "Han är jättefet.", "Hon kallade honom superfet."]
    + INCIDENTS_IN_TEXT
    + SWEARS
    + ENGLISH
    + EN_NAMED
    + fill(FOREIGN_FRAMES, FOREIGN_INSULTS)
    + R21_POS
    + R22_SELF_KEPT + R22_FAN_KEPT + R22_IDIOM_KEPT + R22_TAUNT_POS + R22_SLUR_COMPOUNDS + R22_WASTE_POS
    + R23_POS
)
NEGATIVES = (
    QUOTED_WORK + SUBJECT_MATTER + ANIMALS_THINGS + SELF_IMAGE + IDENTITY_PLAIN + NICKNAMES
    + MILD_RELIGION_PLACES
    + EN_DENIED
    + FOREIGN_PASS
    + R21_PASS
    + R22_SELF_PASS + R22_FAN_PASS + R22_IDIOM_PASS + R22_TAUNT_PASS + R22_SLUR_PASS + R22_WASTE_PASS
    + R23_PASS
)


def _dedupe(xs):
    return list(dict.fromkeys(xs))


@pytest.mark.parametrize("text", _dedupe(POSITIVES))
def test_flagged(chk, text):
    assert is_offensive(chk, text), text


@pytest.mark.parametrize("text", _dedupe(NEGATIVES))
def test_not_flagged(chk, text):
    assert not is_offensive(chk, text), text
