"""Sensitive, round 20: a frame matrix (word classes x the frames teachers put them in).

Every positive is a sensitive fact about the student or the student's family; every negative
is a look-alike that must stay silent for `sensitive`: subject content, fiction, a parent's
job, words in other senses, and the decided absence-reason cases (docs/rules.md, Borderline
decisions: a cold, fever or a stomach bug as the reason for absence is attendance only; a
named disease is also sensitive; moving to Sweden, divorce and origin within Sweden are not
sensitive; a condition used as an insult is offensive). Checked through the public API
(`get_checker()`, the trained veto included), as a new writer's text would be.

Decisions recorded here (round 20):
- a relative living abroad ("farmor bor i Somalia") is not an origin (trips to relatives
  abroad are not either); "bor kvar i", an arrival from a country, a birthplace abroad are;
- fasting, also "fastar inte" (a teacher notes it only where fasting is expected of the pupil's
  faith), prayer, a house of worship, a pilgrimage, a confirmation, a religious diet or garment
  about the student or the family are sensitive; a parent's religious office ("pappa är präst")
  is too (round 5), other jobs of a parent are not;
- "anmälan gjord" alone is left out: in a school note it is as often the report of an incident
  (kränkningsanmälan) as of a concern to social services ("orosanmälan gjord" is flagged);
- "överviktig" stays person_judgment (round 5, 18); a weight that a doctor, the nurse or a
  scale follows ("vägs", "ska gå ner i vikt", "fetma") is health.
"""
from __future__ import annotations

import pytest

from checker import Checker, Config, get_checker
from frame_matrix import fill

NAME = "Ali"


# ---------------------------------------------------------------- health
# Named diseases, infections and infestations (a NAMED disease is sensitive, also as an
# absence reason; docs/rules.md Borderline decisions).
DISEASES = [
    "vattkoppor", "springmask", "löss", "huvudlöss", "streptokocker", "impetigo", "svinkoppor",
    "ögoninflammation", "ögoninfektion", "bindhinneinflammation", "öroninflammation",
    "bihåleinflammation", "lunginflammation", "halsfluss", "scharlakansfeber", "mässling",
    "påssjuka", "kikhosta", "höstblåsor", "körtelfeber", "borrelia", "urinvägsinfektion",
    "covid", "corona", "mycoplasma", "mykoplasma", "magsår", "hjärnskakning", "eksem",
    "astma", "diabetes", "epilepsi", "migrän", "celiaki", "reumatism", "psoriasis",
    "skabb", "svamp i hårbotten", "vårtor", "hepatit", "njurbäckeninflammation",
    "blindtarmsinflammation", "en halsinfektion", "en ögoninfektion", "en lunginflammation",
]
DISEASE_FRAMES = [
    "{name} har fått {w}.",
    "Har {w} igen.",
    "{name} har haft {w}.",
    "Hemma hela veckan pga {w}.",
    "Borta mån–ons ({w}).",
    "Enligt skolsköterskan har han {w}.",
    "Vi misstänker att hon har {w}.",
    "Mamma ringde: {w}.",
]

# Injuries and their treatment, as predicates.
INJURIES = [
    "har brutit armen", "bröt handleden på rasten", "har en bruten fot", "har gips på armen",
    "går med gips", "är gipsad", "fick sy fem stygn i hakan", "har stygn i pannan",
    "fick hjärnskakning i helgen", "ska opereras i maj", "opererades i knät", "är nyopererad",
    "har opererat bort halsmandlarna", "har ett stort sår på benet som läggs om",
    "stukade foten på idrotten", "vrickade foten i fredags", "har en korsbandsskada",
    "har en ledbandsskada", "slog i huvudet och fick åka till akuten", "har whiplash",
    "ligger på sjukhus", "låg inlagd på sjukhus", "har fått fyra stygn", "bröt nyckelbenet",
    "har spräckt trumhinnan", "har en spricka i handleden", "väntar på operation",
    "har tagit en överdos", "har fått bältros",
    "har skadat sig i armen på idrotten", "skadade sig rejält i knät",
]
PREDICATE_FRAMES = [
    "{name} {w}.",
    "{W}.",
    "Vi misstänker att {name} {w}.",
    "Mentor berättar att hon {w}.",
]

# Chronic conditions and their management.
CHRONIC = [
    "tar astmamedicin före idrotten", "behöver sin inhalator på idrotten", "har med sig sin EpiPen",
    "tar insulin före lunch", "mäter blodsockret i pausen", "är allergisk mot nötter",
    "har allergi mot nötter", "har nötallergi", "har celiaki", "äter glutenfri kost pga celiaki",
    "äter glutenfritt på grund av celiaki", "har laktosintolerans", "tål inte laktos",
    "använder astmaspray", "måste ta sin medicin kl 12", "får insulin av skolsköterskan",
    "har en insulinpump", "har diabetes typ 1", "har typ 1-diabetes", "har ett hjärtfel",
    "har epilepsi och får ibland anfall", "har svår pollenallergi", "är pälsdjursallergiker",
    "har adrenalinpenna i väskan", "har kramper ibland", "får migränanfall",
]

# Body weight, eating, blood and lab values.
BODY = [
    "är underviktig", "har undervikt", "ska gå ner i vikt enligt läkaren",
    "vägs varje månad hos skolsköterskan", "har en ätstörning", "har ätstörningar",
    "äter nästan ingenting och har gått ner mycket i vikt", "kräks efter maten",
    "har lågt järnvärde", "har låga järnvärden", "har blodbrist", "har järnbrist",
    "har lågt blodsocker ibland", "har högt blodtryck", "har fetma", "har B12-brist",
    "har tappat mycket i vikt och följs av skolsköterskan", "har gått ner tio kilo sedan jul",
    "har svår PMS",
]

# Hearing and vision.
SENSES = [
    "har hörapparat", "har nedsatt hörsel", "hör dåligt på vänster öra", "har synfel",
    "har nedsatt syn", "är blind på ena ögat", "har tinnitus", "har grå starr",
    "ska få glasögon efter synundersökningen", "har en hörselnedsättning", "är hörselskadad",
    "ser dåligt och ska till ögonläkaren", "är döv på ena örat", "har starr",
]

# Pregnancy, self-harm, substances.
PREGNANCY_SELFHARM_SUBST = [
    "är gravid", "väntar barn", "blev gravid i våras", "har gjort abort", "är höggravid",
    "skär sig", "har skurit sig", "har ärr på armarna", "har ett självskadebeteende",
    "skadar sig själv", "rispar sig på armarna", "har skurit sig i armarna igen",
    "röker cannabis", "har provat hasch", "har testat knark", "har provat narkotika",
    "använder droger", "röker på", "luktade alkohol", "var berusad på skoldiscot",
    "kom full till skolan", "dricker alkohol på helgerna", "har börjat snusa", "snusar",
    "har provat droger", "är påverkad av droger", "röker marijuana", "har testat spice",
]

# Mental health in everyday words.
MENTAL = [
    "har panikångest", "har ångest", "är deprimerad", "har självmordstankar",
    "mår psykiskt dåligt", "har pratat om att ta livet av sig", "har depression",
    "har tvångstankar", "får ångestattacker", "är nedstämd sedan jul", "har social fobi",
    "har sömnproblem", "går till BUP", "har kontakt med BUP", "har en ätstörning",
    "har pratat om självmord", "vill inte leva längre", "har självskadetankar",
    "har pratat om att skada sig", "har självskadat",
    "har diagnosen depression", "äter antidepressiva", "är utbränd", "har utmattningssyndrom",
    "har PTSD", "har posttraumatisk stress", "mår mycket dåligt psykiskt",
]

TERSE_OTHER = ["Fastar inte.", "Fastar inte under ramadan i år.", "Pappa är präst i församlingen."]

# English notes: the disease names in English frames.
ENGLISH_DISEASES = [
    "asthma", "diabetes", "epilepsy", "eczema", "lice", "head lice", "chickenpox", "scarlet fever",
    "pneumonia", "strep throat", "tonsillitis", "a concussion", "glandular fever", "an ear infection",
    "an eye infection", "conjunctivitis", "pink eye", "impetigo", "scabies", "threadworms", "measles",
    "mumps", "whooping cough", "Lyme disease", "covid", "migraines", "celiac disease", "a heart condition",
    "a peanut allergy", "ADHD", "autism", "dyslexia", "anxiety", "depression", "an eating disorder",
    "anorexia", "OCD", "PTSD", "a broken wrist", "a urinary tract infection", "mononucleosis",
    "hand, foot and mouth disease",
]
ENGLISH_DISEASE_FRAMES = [
    "{name} has {w}.", "{name} was diagnosed with {w}.", "Off all week with {w}.",
    "{name} has had {w} again.", "Mum called: {w}.",
]

ENGLISH_HEALTH = [
    "{name} has asthma.", "{name} was diagnosed with ADHD last year.", "{name} has lice again.",
    "{name} has chickenpox.", "{name} broke his arm.", "{name} has a broken arm.",
    "{name} had surgery on his knee.", "{name} has anxiety.", "{name} is depressed.",
    "{name} is pregnant.", "{name} cuts herself.", "{name} has been self-harming.",
    "{name} has diabetes and takes insulin.", "{name} has a nut allergy.", "{name} has celiac disease.",
    "{name} wears a hearing aid.", "{name} has an eating disorder.", "{name} smokes weed.",
    "{name} was drunk at the party.", "{name} had a concussion.", "{name} has epilepsy.",
    "{name} has suicidal thoughts.", "{name} was diagnosed with dyslexia.", "{name} has strep throat.",
    "{name} is on medication for ADHD.",
]

# ---------------------------------------------------------------- religion
RELIGION = [
    "fastar under ramadan", "fastar just nu", "ska åka till Mecka med familjen",
    "åker på vallfärd i sommar", "ska konfirmeras i vår", "går på konfirmationsläger i sommar",
    "går i moskén på fredagar", "går i kyrkan varje söndag", "är aktiv i församlingen",
    "äter bara halal", "äter bara halalkött av religiösa skäl", "äter koscher",
    "har bönestunder under skoldagen", "ber fem gånger om dagen", "bär slöja av religiösa skäl",
    "bär hijab", "har börjat bära slöja", "är muslim", "är katolik", "är jude", "är judisk",
    "har konverterat till islam", "går i koranskola", "firar inte jul av religiösa skäl",
    "är frikyrklig", "är med i pingstkyrkan", "firar sabbat", "är troende",
    "går i söndagsskolan", "är med i Jehovas vittnen", "har muslimska föräldrar", "ska döpas i vår",
    "ber på rasten", "läser Koranen varje kväll", "firar Eid med familjen",
    "tillhör syrisk-ortodoxa kyrkan", "är buddhist", "är ateist", "är hindu",
]

# ---------------------------------------------------------------- origin and migration
ORIGIN = [
    "har flyktingbakgrund", "kom som flykting", "kom hit som ensamkommande",
    "kom från Syrien 2023", "flydde från Afghanistan", "föddes i Irak", "är född i Somalia",
    "är asylsökande", "väntar på uppehållstillstånd", "har fått uppehållstillstånd",
    "har tillfälligt uppehållstillstånd", "har fått avslag från Migrationsverket",
    "ska utvisas", "riskerar utvisning", "är papperslös", "lever gömd", "har flytt från kriget i Ukraina",
    "kom till Sverige från Eritrea", "har föräldrar från Chile", "är adopterad från Colombia",
    "bor på ett asylboende", "har familj kvar i Somalia", "har ursprung i Iran",
    "pratar om kriget i hemlandet", "kom hit från Irak som liten", "är rom",
    "kom hit 2015 från Afghanistan", "är halvsomalisk", "är halvfinsk", "har syriska föräldrar", "pratar inte om sin flykt",
    "har LMA-kort", "väntar på beslut om asyl",   # round 54
]

# ---------------------------------------------------------------- orientation and identity
ORIENTATION = [
    "är bög", "är lesbisk", "är homosexuell", "är bisexuell", "är bi", "är trans",
    "är transperson", "har kommit ut", "har kommit ut som gay", "kom ut som trans",
    "använder hen som pronomen", "vill bli kallad hen", "är queer", "är ickebinär",
    "är icke-binär", "identifierar sig som tjej", "har bytt pronomen", "är pansexuell",
    "är asexuell", "är transkille", "är transtjej", "har berättat att hon är lesbisk",
    "har berättat att han är bög",
]
ENGLISH_ORIENTATION = [
    "{name} is gay.", "{name} uses they/them as pronouns.", "{name} came out as trans.",
    "{name} has come out to the class.", "{name} is bisexual.",
]

# ---------------------------------------------------------------- family and social
FAMILY = [
    "pappa okänd", "har ingen kontakt med mamma", "har ingen kontakt med sin pappa",
    "pappa slår", "pappa slår mamma", "har blivit slagen hemma", "ingen kontakt med biologiska pappan",
    "orosanmälan gjord", "vi har gjort en orosanmälan", "polisen hämtade pappa",
    "bor i familjehem", "är placerad i jourhem", "har en socialsekreterare",
    "socialsekreteraren kommer på mötet", "bor på HVB-hem", "är omhändertagen enligt LVU",
    "mamma är alkoholist", "pappa sitter i fängelse", "föräldrarna missbrukar",
    "mamma dricker", "pappa har ett missbruk", "familjen har kontakt med socialtjänsten",
    "har kontaktfamilj via socialtjänsten", "mamma har besöksförbud", "pappa har kontaktförbud",
    "bor på skyddat boende med mamma", "mamma är sjukskriven för depression",
    "pappa är arbetslös och familjen har försörjningsstöd", "familjen har blivit vräkt",
    "bråk om vårdnaden", "mamma har fått ensam vårdnad", "pappa har avtjänat straff",
    "pappa är död", "mamma dog i cancer", "mamma är inlagd på psyk",
]
ENGLISH_FAMILY = [
    "The police came to the home last night.", "Social services are involved with the family.",
    "{name} lives in a foster home.", "Dad is in prison.", "Mum is an alcoholic.",
]

# Hurried spelling: missing å/ä/ö, "e" for "är", "o" for "och", "me" for "med", doubled or
# dropped letters, slang ("braj"), as new writers type them.
SPELLING = [
    "{name} har fatt vattkoppor.",
    "{name} ar gravid.",
    "{name} e gravid.",
    "Har angest infor proven.",
    "{name} e deprimerad.",
    "Har panikangest.",
    "Gar i mosken pa fredagar.",
    "{name} ar muslim.",
    "{name} e muslim.",
    "Fastar under ramadan.",
    "{name} e bög.",
    "{name} e lesbisk.",
    "{name} ar homosexuell.",
    "Bor i familjehem.",
    "{name} har brutit armen.",
    "{name} har fått hjarnskakning.",
    "{name} har nötallergi.",
    "{name} har notallergi.",
    "{name} har celliaki.",
    "{name} har diabetis.",
    "{name} har epelepsi.",
    "{name} har dyslexi.",
    "{name} har astmaa.",
    "{name} e självskadande.",
    "{name} har skurit sej.",
    "{name} röker braj.",
    "{name} har testat droger.",
    "{name} kom hit som flykting.",
    "{name} ar asylsokande.",
    "Pappa sitter i fangelse.",
    "Pappa ar alkoholist.",
    "Mamma e alkoholist.",
    "{name} har ingen kontakt me sin pappa.",
    "{name} har adhd o dyslexi.",
    "{name} har ångestt.",
    "{name} mår psykiskt dåligt.",
    "{name} mar psykiskt daligt.",
    "{name} tar insulin.",
    "{name} e utredd för adhd.",
    "{name} har ätstörning.",
    "{name} har atstorning.",
    "{name} ar underviktig.",
    "{name} har hörapparat.",
    "{name} har horapparat.",
    "{name} går hos kuratorn.",
    "{name} gar hos kuratorn.",
    "{name} bor på hvb-hem.",
    "{name} har opererats i knät.",
    "{name} e opererad.",
]

PREDICATE_CLASSES = {
    "injury": INJURIES,
    "chronic": CHRONIC,
    "body": BODY,
    "senses": SENSES,
    "pregnancy_selfharm_substance": PREGNANCY_SELFHARM_SUBST,
    "mental": MENTAL,
    "religion": RELIGION,
    "origin": ORIGIN,
    "orientation": ORIENTATION,
}

FAMILY_FRAMES = ["{W}.", "Enl. mentor: {w}.", "Info från mamma: {w}."]

POSITIVES = (
    fill(DISEASE_FRAMES, DISEASES, name=NAME)
    + fill(ENGLISH_DISEASE_FRAMES, ENGLISH_DISEASES, name=NAME)
    + [s for ws in PREDICATE_CLASSES.values() for s in fill(PREDICATE_FRAMES, ws, name=NAME)]
    + fill(FAMILY_FRAMES, FAMILY, name=NAME)
    + [s.format(name=NAME) for s in ENGLISH_HEALTH + ENGLISH_ORIENTATION + ENGLISH_FAMILY + TERSE_OTHER + SPELLING]
    # round 54: Roma and Travellers in English and Spanish, the asylum seeker's card, a stomach condition
    + ["The family are Roma and travel in the summer.", "Her family are Irish Travellers.", "Somos gitanos.",
       "LMA-kort finns.", "Har magkatarr och äter medicin."]
)

# ---------------------------------------------------------------- hard negatives
# The decided absence reason: a cold, fever, a stomach bug, a headache today.
MINOR = ["feber", "förkylning", "snuva", "magsjuka", "vinterkräksjukan", "kräksjuka", "hosta",
         "magsjukan", "influensa", "en förkylning", "lite feber", "hög feber"]
MINOR_FRAMES = ["{name} är hemma med {w}.", "Borta idag pga {w}.", "Sjukanmäld ({w})."]
MINOR_OTHER = [
    "Ali is off with a cold.", "Off sick with a fever.", "Home with a stomach bug.", "Ali has a tummy bug.",
    "Ali was off with the flu.", "Ali stayed home with a sore throat.",
    "Ali är förkyld och stannar hemma i dag.", "Hon är magsjuk sedan i går.",
    "Hemma i dag, förkyld.", "Sjuk idag, mamma ringde.", "Han var sjuk hela förra veckan.",
    "Ali was off sick with a cold.", "Ali was home with a fever.",
]

SUBJECT_CONTENT = [
    "Kan förklara hur insulin fungerar i kroppen.",
    "Kan förklara vad det innebär att söka asyl i Sverige.", "Lektionen handlade om diabetes och insulin.",   # round 54
    "Krönikan handlar om hur diabetes typ 1 påverkar vardagen för unga.", "She is a great traveller and loves maps.",
    "He ran to the bus and she ran out of time on question 4.",   # English "ran", no "rån"
    "Ramadan är en månad då många muslimer fastar.",
    "Vi läste om flyktingar under andra världskriget.",
    "Hon kan redogöra för vad astma är och hur det behandlas.",
    "I biologin har vi gått igenom hur sår läker och varför man får ärr.",
    "Han kan beskriva hur judendomen ser på sabbaten.",
    "Vi besökte moskén och kyrkan i religionskunskapen.",
    "Klassen jämförde hur kristendom och islam ser på fasta.",
    "Vi pratade om hur Migrationsverket prövar asylansökningar.",
    "Kan förklara vad uppehållstillstånd innebär.",
    "Vi har pratat om hbtq-rörelsens historia och Pride.",
    "I samhällskunskapen läste vi om socialtjänstens uppgifter.",
    "Kan resonera om varför människor flyr från krig.",
    "Vi har arbetat med droger och alkohol i ANT-undervisningen.",
    "Hon kan förklara hur cannabis påverkar hjärnan.",
    "Kan förklara hur vaccin skyddar mot mässling.",
    "Vi läste om vallfärden till Mecka i religionen.",
    "Han vet vad konfirmation är och kan jämföra med bar mitzva.",
    "Vi räknade på hur mycket blodsocker stiger efter en måltid.",
    "We learned how insulin works in the body.",
    "We learned how asthma affects breathing.",
    "The class read about diabetes in biology.",
    "In the novel, the main character has cancer.",
    "The class discussed refugees in the Second World War.",
]

FICTION = [
    "Huvudpersonen i romanen har cancer och ligger på sjukhus.",
    "I boken skär sig huvudpersonen och ingen märker det.",
    "Harry Potter har ett ärr i pannan.",
    "Novellen handlar om en pojke som kom som flykting.",
    "I filmen är huvudpersonen gravid och rädd.",
    "Romanens huvudperson kommer ut som gay i sista kapitlet.",
]

PARENT_JOB = [
    "Mamma jobbar på Migrationsverket.",
    "Pappa är socialsekreterare och kan inte komma på mötet.",
    "Mamma är polis och jobbar natt.",
    "Mamma arbetar som sjuksköterska på BUP.",
]

OTHER_SENSES = [
    "Hon sydde fem stygn på tyget i slöjden.",
    "Han skar sig i fingret på brödkniven i hemkunskapen.",
    "Vi pratade om varför man inte ska testa droger.",
    "Vi diskuterade varför ungdomar provar droger.",
    "Han slet loss locket på burken.",
    "Vi ska mecka med mopederna på teknikvalet.",
    "Bladlöss suger växtsaft.",
    "Boken kom ut som e-bok i fjol.",
    "Han kom ut som vinnare i schackturneringen.",
    "Kom ut sist från omklädningsrummet igen.",
    "Vi räknade på hur mycket vatten kroppen behöver.",
    "Gipset torkade över natten i bildsalen.",
    "Hon skadade sig inte när hon ramlade.",
    "Han slog i knät på rasten och fick ett plåster.",
    "Vi gjorde masker i gips på bilden.",
    "Han gjöt en skulptur i gips i slöjden.",
    "Kan utföra de fyra räknesätten och vet vilken operation som ska göras först.",
    "Räknar säkert med alla fyra operationerna.",
    "Behöver fasta rutiner under lektionerna.",
    "Vi har fasta tider för läxförhör.",
    "Kan skilja på fasta, flytande och gasformiga ämnen.",
    "Skrev en berättelse om en pirat med ett ärr över ögat.",
    "Tog ett fast grepp om uppgiften.",
    "Vi övade på att lägga förband och sätta plåster i hemkunskapen.",
    "Han är med i kören som sjunger i kyrkan på skolavslutningen.",
    "Skolavslutningen hålls i kyrkan.",
    "Hon har kommit ut på rasten i tid hela veckan.",
    "Han kom ut sist från omklädningsrummet.",
    "Hon är bra på att fasta bollen i handbollen.",
    "Klassen åkte till Migrationsverkets museum.",
]

FAMILY_NEGATIVE = [
    "Har föräldrar från Norrland.",
    "Har ingen kontakt med mentorn ännu.",
    "Pappa slår bollen långt.",
    "Mamma hotade honom med indragen veckopeng.",
    "Föräldrarna har skilt sig.",
    "Bor varannan vecka hos mamma och pappa.",
    "Nour flyttade till Sverige för två år sedan.",
    "Familjen kommer från Skåne.",
    "Hans farmor bor i Somalia.",
    "Ska hälsa på mormor i Turkiet på sommarlovet.",
    "Ali är överviktig.",  # person_judgment by decision (rounds 5, 18)
]

# A condition or group word used as an insult is offensive, not sensitive.
INSULTS = [
    "Kallade Ali för bög på rasten.",
    "Skrek ”din jävla autist” till en klasskompis.",
    "Han sa att Emil är en jävla CP.",
]

NEGATIVES = (
    fill(MINOR_FRAMES, MINOR, name=NAME) + MINOR_OTHER + SUBJECT_CONTENT + FICTION + PARENT_JOB
    + OTHER_SENSES + FAMILY_NEGATIVE + INSULTS
)


# The rules flag these; the trained veto (a sentence classifier, docs/rules.md "Second opinion")
# drops them in these carriers. They are checked on the rules alone; the veto is retrained only
# from the calibration split, never tuned here.
VETO_DROPS = {
    "Mentor berättar att hon identifierar sig som tjej.",
    "Ali uses they/them as pronouns.",
    "Ali has had hand, foot and mouth disease again.",
    "Mum called: hand, foot and mouth disease.",
}


@pytest.fixture(scope="module")
def checker():
    return get_checker()


@pytest.fixture(scope="module")
def rules_only():
    return Checker(Config(second_opinion=False))


def _sensitive(checker, text: str) -> bool:
    return any(f.category == "sensitive" for f in checker.check(text, subject_names=[NAME]).findings)


def test_matrix_is_broad():
    """The matrix stays broad: dozens of words per class."""
    assert len(DISEASES) >= 40
    assert all(len(ws) >= 14 for ws in PREDICATE_CLASSES.values())
    assert len(FAMILY) >= 30


# --- round 21 (files dev/r21-*): classes behind the misses --------------------------------
R21_COUNTRIES = ["Syrien", "Somalia", "Eritrea", "Irak", "Afghanistan"]
R21_ORIGIN_FRAMES = ["Ali kom till oss i augusti från {w}.", "Kom till skolan förra året från {w}.",
                     "Ali berättade om {w}, där hans familj kommer ifrån.", "Ali visade bilder från {w}, där hans föräldrar kommer från."]
R21_EN_COUNTRIES = ["Syria", "Somalia", "Eritrea", "Iraq", "Afghanistan", "Poland"]
R21_EN_ORIGIN_FRAMES = ["His parents come from {w}.", "Her family is originally from {w}."]
R21_FEASTS = ["eid", "diwali", "pesach"]
R21_LEAVE_FRAMES = ["Ali: ledig 10 april ({w}), beviljat av rektor.", "Ali är ledig 10/4 för {w}.",
                    "Ali och hans syster är lediga 2024-04-10 pga {w}."]
R21_BITES = ["Ali blev nafsad i handen av en hund.", "Hunden bet honom i benet på utflykten.",
             "Ali blev biten i armen av en hund.", "Ali got bitten by a dog at the weekend.",
             "Katten bet Ali i fingret."]
R21_CAUGHT = ["Ali hade fått malaria.", "Ali fick malaria på resan.", "Ali caught malaria in Kenya.",
              "Var hemma i tre veckor, han hade fått malaria."]
R21_POSITIVES = (fill(R21_ORIGIN_FRAMES, R21_COUNTRIES, name=NAME) + fill(R21_EN_ORIGIN_FRAMES, R21_EN_COUNTRIES, name=NAME)
                 + fill(R21_LEAVE_FRAMES, R21_FEASTS, name=NAME) + R21_BITES + R21_CAUGHT
                 + ["Var lite hängig efter lunch och fick 38,5 så vi ringde hem.", "Ali hade 38,5 i morse."]
                 + fill(["Skolsköterskan misstänker stressrelaterad {w}.",
                                                                      "Stressrelaterade {w} enligt mamma."], ["besvär", "symtom", "huvudvärk", "ohälsa"], name=NAME)
                 + ["Kurator erbjuder samtal.", "Kuratorn har erbjudit honom samtal.", "Kuratorn erbjöd Ali samtal i går."])
R21_NEGATIVES = [
    "Ali kom till oss i augusti från Malmö.",
    "Ali berättade om Skåne, där hans familj kommer ifrån.",
    "Ali skrev om Syrien, där kriget pågår.",
    "Ali kom till skolan i dag från tandläkaren.",
    "Ali blev biten i armen av en klasskamrat.",
    "Hunden bet i bollen.",
    "Ali bet i äpplet.",
    "Ali kan förklara hur malaria sprids av myggor.",
    "Ali skrev om hur många barn som får malaria varje år.",
    "Ali fick 38,5 poäng.",
    "Ali fick 38,5 på provet.",
    "Hon har 39,5 av 50 på NO-provet.",
    "Ali räknade ut att medelvärdet blev 38,5 p.",
    "Ali kan förklara vad stressrelaterade besvär är och hur man förebygger dem.",
    "Kuratorn erbjuder samtal för alla elever i åk 9 inför gymnasievalet.",
]
# dropped by the trained veto in these carriers (none here; the corpus sentences of r21b-341 and r21b-272 are dropped,
# docs/rules.md "sensitive, round 21"; the veto is not tuned here)
R21_VETO_DROPS: set[str] = set()


# --- round 21, false alarms (files dev/r21-*): classes behind them, with the real cases each exception must leave ------
# a public figure's, a role's or a character's family, not the pupil's (the English origin pattern of round 21 read
# "The Queen's family are from Germany" as a pupil's)
R21_FA_FIGURES = ["The Queen's", "The author's", "The main character's", "King Charles's", "Queen Elizabeth's",
                  "Prince Harry's", "President Obama's"]
R21_FA_FIGURE_FRAMES = ["{w} family are from Germany.", "{w} parents came from Poland.", "{w} father was from Kenya."]
R21_FA_FIGURES_SV = ["Drottningens", "Kungens", "Huvudpersonens", "Författarens", "Fotbollsspelarens", "Drottning Silvias"]
R21_FA_FIGURE_FRAMES_SV = ["{w} familj är från Tyskland.", "{w} föräldrar kommer från Polen.", "{w} pappa kom från Kenya."]
# glasses as what a picture shows
R21_FA_PAINT = ["målade", "ritade", "tecknade", "målar"]
R21_FA_PAINT_FRAMES = ["Hon {w} sina glasögon med tunn pensel.", "I självporträttet {w} han sina glasögon i blått."]
# religions as studied content
R21_FA_STUDY = ["Vi har studerat", "I religion studerade vi", "Klassen har studerat", "Vi har läst om"]
R21_FA_STUDY_FRAMES = ["{w} nyreligiösa rörelser som Jehovas vittnen och scientologi.",
                       "{w} olika samfund, till exempel pingstförsamlingen och katolska kyrkan."]
R21_FA_NEGATIVES = (fill(R21_FA_FIGURE_FRAMES, R21_FA_FIGURES, name=NAME) + fill(R21_FA_FIGURE_FRAMES_SV, R21_FA_FIGURES_SV, name=NAME)
                    + fill(R21_FA_PAINT_FRAMES, R21_FA_PAINT, name=NAME) + fill(R21_FA_STUDY_FRAMES, R21_FA_STUDY, name=NAME)
                    + ["Hon valde att måla sina glasögon och sitt lockiga hår.", "Han ritade dit sina glasögon i blått."]
                    # round 59: glasses forgotten or teased about are a thing and an incident, not health (nine clean
                    # dev items; docs/rules.md "Round 59")
                    + ["Ali har glömt sina glasögon hemma.", "Han blir retad för sina glasögon."])
# what the exceptions must leave flagged (on the rules alone: the veto is not tuned here, and r21b-272's English origin
# sentence is one it drops)
R21_FA_POSITIVES = [
    "Aria's family are from India.", "Ali's parents came from Syria.", "His parents come from Syria.",
    "Her father is from Somalia.", "Svens familj kommer från Polen.", "Alis föräldrar kommer från Syrien.",
    "Hans familj är från Irak.", "Hennes pappa kom från Eritrea.",
    "Ali kan inte rita utan sina glasögon.", "Ali har fått nya glasögon.",
    "Ali ska ta med sig glasögonen till skolan.",
    "Alis familj är Jehovas vittnen.", "Ali är muslim och fastar under ramadan.",
    "Vi har studerat hur hans familj firar eid.",
]


# --- round 22 (files dev/r22-mixa, r22-mixb): the classes behind the misses ------------------------------------------------
# named syndromes, a cognitive assessment, English impairments, a hospital stay for a procedure (r22b-207, r22a-204, r22b-303,
# r22b-279)
R22_SYNDROMES = ["Ehlers-Danlos", "Marfans syndrom", "Turners syndrom", "Klinefelters syndrom", "Prader-Willis syndrom",
                 "cystisk fibros", "hemofili"]
R22_SYNDROME_FRAMES = ["{name} har {w} och sitter på pall med ryggstöd.", "Mamma berättade att {name} har {w}.", "Diagnos: {w}."]
R22_HEALTH = ["Beslut: utredning av kognitiv förmåga via skolpsykolog.", "EHT beslutar om en utredning av hans begåvning.",
              "Ali ska genomgå en kognitiv utredning i vår.", "Ali var borta hela v.45–46 på sjukhus för en operation.",
              "Ali ligger på sjukhuset för en behandling.", "Ali has extra adaptations because of his hearing impairment.",
              "Ali is hard of hearing and sits at the front.", "Ali has a visual impairment.", "Ali has cystic fibrosis."]
# religion in practice (r22b-309, r22b-137), flight and nightmares in English (r22b-041), the police after a fronted time (r22a-173)
R22_OTHER = ["Ruben said his Sunday school teacher told him so.", "Ali goes to Quran school on Saturdays.",
             "Ali var på bibelläger i somras.",
             "Josef är ledig 3–5 april för att delta i påskfirandet i den syrisk-ortodoxa kyrkan.",
             "Ali firar jul i den ortodoxa kyrkan med familjen.",
             "The family fled from Eritrea in 2019.", "His family had to flee the war.", "Ali still has nightmares.",
             "Igår hämtade polisen Alis storebror utanför skolan.", "I helgen grep polisen hans pappa.",
             "Ali kunde berätta mycket om Afghanistans geografi eftersom familjen kommer därifrån och flydde via Iran."]
R22_POSITIVES = fill(R22_SYNDROME_FRAMES, R22_SYNDROMES, name=NAME) + R22_HEALTH + R22_OTHER
R22_NEGATIVES = [
    "We read about how the Israelites fled from Egypt.",
    "Vi besökte den syrisk-ortodoxa kyrkan i Södertälje.",
    "Mamma jobbar på sjukhuset för att hon tycker om operationer.",
    "Vi har läst en bok om en pojke som har mardrömmar.",
    "Ali kan berätta om hur familjer flydde från kriget.",
    "Ali kan förklara vad Downs syndrom är.",
]


# --- round 22, false alarms: a theme week on mental health (r22b-247), an author's illness in literary analysis (r22b-017),
# with what the two exceptions must leave flagged (on the rules alone) ------------------------------------------------------
R22_FA_THEMES = ["Nästa vecka är det temavecka om psykisk hälsa", "Under temadagen om stress", "På föreläsningen om psykisk ohälsa",
                 "Eleverna träffar en föreläsare från Hjärnkoll"]
R22_FA_THEME_FRAMES = ["{w} och eleverna får diskutera stress, ångest och var man kan få hjälp.",
                       "{w} pratade vi om depression och ätstörningar."]
# (SE001 only: an author's depression or psychosis, SE002, is not covered)
R22_FA_AUTHORS = ["Södergrans tuberkulos", "Chopins tuberkulos", "Kafkas tuberkulos", "Beethovens dövhet"]
R22_FA_AUTHOR_FRAMES = ["Ali har analyserat dikter av poeten. Hon kopplar till {w} men skiljer mellan författare och diktjag.",
                        "Ali skriver om {w} i sin biografi över tonsättaren."]
R22_FA_NEGATIVES = fill(R22_FA_THEME_FRAMES, R22_FA_THEMES) + fill(R22_FA_AUTHOR_FRAMES, R22_FA_AUTHORS)
R22_FA_POSITIVES = [
    "Ali har ångest inför temadagen.",
    "Ali har haft mycket ångest under temaveckan om hållbarhet.",
    "Ali har astma. Vi läser dikter av Karin Boye.",
    "Ali har läst dikter av Södergran och har själv tuberkulos.",
    "Alis depression har gjort det svårt att skriva om diktjaget.",
]


# --- round 23 (files dev/r23-mixa, r23-mixb): the misses as classes (on the rules alone: the veto is not tuned here), and
# hard negatives (with the veto) --------------------------------------------------------------------------------------
# new to the school from a country (r23b-131, r23b-179)
R23_COUNTRIES = ["Polen", "Ukraina", "Syrien", "Eritrea", "Afghanistan"]
R23_NEW_FRAMES = ["Ali (ny från {w}) är ofta trött på morgonen.", "Vi har en ny elev från {w}, Ali, som börjar på måndag.",
                  "Ali är ny i klassen från {w}.", "De nya eleverna från {w} får studiehandledning."]
# alcohol and nicotine by a verb, caught with a substance, smoking or snus at school (r23a-326, r23b-055, r23b-225)
R23_USE = ["drack alkohol", "har druckit sprit", "drack folköl", "har testat nikotinpåsar", "har provat snus",
           "köpte e-cigaretter", "har börjat med snus", "blev ertappad med cannabis", "blev påkommen med att snusa",
           "åkte fast med alkohol", "ertappades med snus", "snusar på skolgården", "röker bakom idrottshallen",
           "vejpar på toaletten"]
R23_USE_FRAMES = ["Ali {w} i helgen.", "Jag såg att Ali {w} vid skolan."]
# religion in practice: prayer at a time or place of the school day, scripture with a language between (r23a-121, r23b-318)
R23_PRAYER = ["be under lunchrasten", "be i ett tomt rum", "be efter lunchen", "be i grupprummet"]
R23_PRAYER_FRAMES = ["Ali frågade om hon får {w}.", "Ali vill {w} på fredagar."]
R23_SCRIPTURE = ["läser Koranen på arabiska på helgerna", "läser Bibeln varje vecka", "läser Koranen efter skolan",
                 "läser Toran på hebreiska på lördagarna"]
R23_SCRIPTURE_FRAMES = ["Ali {w}.", "Mamma berättar att Ali {w}."]
# the homeland after a topic cue is the pupil's own (r23b-258)
R23_HOMELAND = ["Ali har skrivit en dikt om hemlandet Irak.", "Ali berättade i sin text om hemlandet Syrien.",
                "Ali höll en presentation om hemlandet Eritrea."]
R23_POSITIVES = (fill(R23_NEW_FRAMES, R23_COUNTRIES) + fill(R23_USE_FRAMES, R23_USE) + fill(R23_PRAYER_FRAMES, R23_PRAYER)
                 + fill(R23_SCRIPTURE_FRAMES, R23_SCRIPTURE) + R23_HOMELAND)
R23_NEGATIVES = [
    # new, but not from abroad or not a pupil
    "Vi har en ny lärare från Finland.",
    "Ali har en ny cykel från Tyskland.",
    "Ny från Umeå, åk 5.",
    "Det kom nya regler från Skolverket.",
    # the substance as a topic, alcohol in chemistry
    "Vi diskuterade hur alkohol påverkar levern.",
    "Ali kan förklara hur nikotin påverkar kroppen.",
    "Vi testade alkohol som lösningsmedel i laborationen.",
    "Ali använder alkohol för att lösa upp färgen.",
    "Vi har arbetat med hur snus påverkar tänderna.",
    # asking, not praying; scripture as a source
    "Ali ber om hjälp under lektionen.",
    "Jag ber er att komma i tid efter lunchen.",
    "Vi läser ur Koranen och Bibeln på religionen.",
    "Eleverna läser Bibeln som historisk källa.",
]


# --- round 23, false alarms: named after someone (r23a-201), a knowledge verb coordinated with what is explained (r23a-163,
# r23b-271), with what the exceptions must leave flagged (on the rules alone) ---------------------------------------------
R23_FA_NAMED = ["Ivar är döpt efter Ivar Lo-Johansson.", "Hon är döpt efter sin mormor.", "Ali är döpt efter en skådespelare.",
                "Han är döpt till Ivar efter sin farfar."]
R23_FA_TOPICS = ["diabetes", "epilepsi", "en orosanmälan", "halal"]
R23_FA_TOPIC_FRAMES = ["Ali förklarar socialtjänstens uppdrag och när {w} blir aktuellt.",
                       "Ali kan läsa tabellen och diskutera {w} i olika länder.",
                       "Ali beskriver cellens delar och varför {w} uppstår."]
R23_FA_NEGATIVES = R23_FA_NAMED + fill(R23_FA_TOPIC_FRAMES, R23_FA_TOPICS) + [
    "Nora kan planera måltider enligt tallriksmodellen och diskutera specialkost vid allergier och religiösa regler som halal.",
    "Olivia förklarar socialtjänstens uppdrag och när en orosanmälan görs."]
R23_FA_POSITIVES = [
    "Vera är döpt i Svenska kyrkan.",
    "Ali är inte döpt.",
    "Ali har astma och kan förklara hur lungorna fungerar.",
    "Ali kan läsa och förklara texten men har dyslexi.",
    "Ali förklarar sin diagnos och hur den påverkar henne.",
    "Ali kan berätta om sin diabetes och förklara hur insulin fungerar.",
    "Ali har diabetes och kan planera måltider enligt tallriksmodellen och diskutera specialkost.",
]


# Every round's lists, checked by three tests (a new round appends its lists here). Positives
# the shipped checker must flag, the veto included (a sentence it drops is checked on the rules
# alone: VETO_DROPS); positives checked on the rules alone, because the veto is not tuned here
# (what the false-alarm exceptions of rounds 21-23 must leave flagged, and rounds 22-23); and
# negatives the shipped checker must leave.
ALL_FLAG = POSITIVES + R21_POSITIVES
ALL_VETO_DROPS = VETO_DROPS | R21_VETO_DROPS
ALL_FLAG_BY_RULES = R21_FA_POSITIVES + R22_POSITIVES + R22_FA_POSITIVES + R23_POSITIVES + R23_FA_POSITIVES
ALL_PASS = NEGATIVES + R21_NEGATIVES + R21_FA_NEGATIVES + R22_NEGATIVES + R22_FA_NEGATIVES + R23_NEGATIVES + R23_FA_NEGATIVES


@pytest.mark.parametrize("text", ALL_FLAG)
def test_sensitive_flagged(checker, rules_only, text):
    assert _sensitive(rules_only if text in ALL_VETO_DROPS else checker, text), text


@pytest.mark.parametrize("text", ALL_FLAG_BY_RULES)
def test_sensitive_flagged_by_the_rules(rules_only, text):
    assert _sensitive(rules_only, text), text


@pytest.mark.parametrize("text", ALL_PASS)
def test_not_sensitive(checker, text):
    assert not _sensitive(checker, text), text
