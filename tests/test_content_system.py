"""Attendance, grade and sensitive: generalisation probes.

These sentences were written for the rules' *families* (verbs, nouns, constructions), not
copied from a corpus: each flag sentence uses a form or construction the rules' own
examples do not, and each pass sentence is a hard negative (the same word as subject
content, an everyday sense, a letter that is not a grade). A rule tuned to one sentence
fails here; a rule that covers the family passes.
"""
from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import Checker
from checker.rules import RuleSet, load_rules

MINE = ("attendance", "grade", "sensitive")

FLAG = {
    "attendance": [
        "Han var sen tre gånger förra veckan.",
        "Han har inte varit här sedan måndag.",
        "Han anländer ofta efter att lektionen har börjat.",
        "Hon brukar gå hem vid lunch.",
        "Vi har inte sett till honom sedan i måndags.",
        "Var på tandläkaren under matten.",
        "Han ska till ortodontisten på torsdag och missar då engelskan.",
        "Hon är långtidssjuk.",
        "Attendance: 78 %.",
        "Sen 3 ggr denna vecka.",
        "hon var sjuk i tisdags",
        "kom forsent idag igen",
        "Absent 3 days last week.",
        "Hon åker till Turkiet på bröllop v. 12.",
        "Hej! Selma kommer inte till skolan i morgon, hon har tid hos ortodontisten. Mvh Petra",
        "Vi vill ansöka om ledighet för Leo 3–7 mars.",
        "Tyvärr blir Adam hemma resten av veckan, han är förkyld.",
        "Hon har inte varit i skolan en enda dag den här månaden.",
        "Han har ströfrånvaro, framför allt på fredagar.",
        "Saknas ofta på eftermiddagarna.",
        "Var försenad till provet p.g.a. bussen.",
        "Lämnade lektionen utan lov efter tio minuter.",
        "Han dök upp först efter lunch.",
        "Frånvarande p.g.a. tandläkarbesök.",
        "Hon var hemmavid hela förra veckan med feber.",
        "Has missed most of the lessons this term.",
        "Her attendance is 70 %.",
        "Olovligt frånvarande vid tre tillfällen.",
        "Hon har varit borta mest hela hösten.",
        "Elvira har en närvaro på 75 procent.",
        "Frånvarande må-ti v.45.",
        "Hon har skolkat från matten tre gånger i höst.",
        "Han smet från idrotten igen.",
        "Kommer in sent nästan varje morgon.",
        "Noterat: 7 sena ankomster sedan terminsstart.",
        "Var inte på engelskan i dag.",
        "Har inte kommit till skolan sedan sportlovet.",
        "Sjukanmäld hela veckan av pappa.",
        "Mamma ringde och sjukanmälde honom.",
        "Han har hög ogiltig frånvaro.",
        "Hon ar borta hela veckan, franvaron ar hog.",
        "Hon går hem efter lunch flera dagar i veckan.",
        "Lämnade skolan utan att säga till.",
        "Elliot försov sig och kom först kl. 10.",
        "He was late three times this week.",
        "He keeps skipping PE lessons.",
        "Hon kommer att vara ledig v. 9.",
        "Ledig 3 dagar i samband med bröllop i Turkiet.",
        "Borta v.12 pga resa.",
        "Han har missat mycket undervisning i höst.",
        "Närvaron har sjunkit till 60 %.",
        # verbs of being away
        "Amir var borta tre dagar förra veckan.",
        "Hon har varit hemma sedan v. 12.",
        "Elsa är borta varje måndag.",
        "Han missade hela veckan.",
        "Hon har missat fem idrottslektioner.",
        "Missade provet eftersom han var hemma.",
        "Linnea skolkade från engelskan igår.",
        "Har smitit från slöjden två gånger.",
        "Noah uteblev från mentorssamtalet.",
        "Kommer sällan i tid på morgonen.",
        "Kommer ofta för sent efter lunch.",
        "Sov över och kom först till andra lektionen.",
        "Ida var sjuk hela förra veckan.",
        "Hemma med halsfluss sedan tisdag.",
        "Har varit sjukskriven i tre veckor.",
        "Frånvaron har ökat under hösten.",
        "Ströfrånvaron är hög, särskilt på fredagar.",
        "Frånvaron ligger på 23 %.",
        "Närvaron är 65 procent denna termin.",
        "Olovlig frånvaro vid fyra tillfällen.",
        "Ledighetsansökan för resa till Thailand är inlämnad.",
        "Familjen har ansökt om ledigt två veckor i maj.",
        "Var ledig för en släktresa och missade laborationen.",
        "Han är ofta frånvarande på måndagar.",
        "She has been absent for two weeks.",
        "He missed three lessons last week.",
        "Hon har 40 timmars frånvaro.",
        "Hon har 12 sena ankomster.",
        "Har inte dykt upp på lektionerna sedan jullovet.",
        "Elias har varit borta mycket i höst.",
        "Han har legat hemma med feber i en vecka.",
        "Hon har inte varit på plats sedan mitten av oktober.",
        "Kom en halvtimme för sent till slöjden.",
        "Hon var fem minuter sen till bilden.",
        "Har bara varit i skolan två dagar av fem.",
        "Han har knappt varit i skolan sedan jul.",
        "Dyker upp först vid 9 de flesta dagar.",
        "Har rymt från skolgården två gånger.",
        "Går i skolan på halvtid sedan oktober.",
        "Han skickades hem från skolan efter lunch.",
        "Hon kommer inte på fredag, familjen åker bort.",
        "Han har hoppat över simlektionerna hela hösten.",
        "Hon var i Marocko tre veckor under skoltid.",
        "Han har inte kommit tillbaka efter sportlovet.",
        "kom en kvart forsent till engelskan",
        # round 5: hurried and official phrasing, the young years
        "Elin va borta nästan hela v.40.",
        "Har missat typ en tredjedel av vt.",
        "Han kommer konsekvent för sent till morgonpassen.",
        "Hon har problem med att komma i tid efter rasterna.",
        "Har lämnat klassrummet i förtid flera gånger.",
        "Han har slutat komma på simningen.",
        "Hon ska göra provet från dagen hon var hemma.",
        "Ledig 2 dgr v. 14 (resa).",
        "Alva kräktes efter frukost och farmor hämtade 09.40.",
        "Hon satt i matsalen hela eftermiddagen i stället för lektionerna.",
        "Ingen anmärkningsvärd frånvaro under läsåret.",
    ],
    "grade": [
        "Hon har höga betyg.",
        "Hon är inte behörig till yrkesprogrammen.",
        "He is on track for a C.",
        "fick ett c pa provet",
        "ligger pa ett C",
        "Eleven har betyget F i matematik.",
        "She got a B grade in maths.",
        "She is failing maths.",
        "Hej! Jag vill bara meddela att Elsa fick ett B på provet i historia.",
        "Kan nå ett A om hon lämnar in labbrapporten.",
        "Betygsprognos matte: D.",
        "Sätter troligen ett E i kemi.",
        "Han landade på ett C till slut.",
        "Fick bara E på det nationella provet i svenska.",
        "Resultatet på provet motsvarade ett C.",
        "Han har fått underkänt på två av tre prov.",
        "Kommer troligen inte att få godkänt i idrott.",
        "Hon får F om hon inte kompletterar.",
        "Fick E på omprovet.",
        "Har C i svenska och B i engelska.",
        "Betyg HT: C.",
        "Hon når A i bild.",
        "Sitter på ett starkt B.",
        "Han har inte nått E i matematik ännu.",
        "Prognosen är ett D.",
        "Risk för streck i historia.",
        "Han blev underkänd på omprovet.",
        "Hon har IG i tyska.",
        "She got a B+ on the test.",
        "His predicted grade is a C.",
        "Slutbetyg i idrott: B.",
        "Fick ett A på uppsatsen om Strindberg!",
        "Hon har godkänt i alla ämnen utom matte.",
        "Han saknar betyg i tre ämnen.",
        "Hon fick ett C på provet.",
        "E i matte.",
        "Landar på ett D i engelska.",
        "Ligger just nu på C.",
        "Han når inte E i kemi.",
        "Bedöms till ett B.",
        "Prognos: E.",
        "Slutbetyget blev A.",
        "Terminsbetyg C i svenska.",
        "Han har F i engelska.",
        "Sikta på A-nivå nästa termin.",
        "Hon har fått F-varning i historia.",
        "Betygsvarning skickad hem.",
        "Han fick ett streck i tyska.",
        "Saknar betyg i idrott.",
        "Underkänd på glosförhöret.",
        "Hon fick godkänt på omprovet.",
        "He got an A on the essay.",
        "Her grade is a D.",
        "Han fick VG på uppsatsen.",
        "Hon fick MVG.",
        "Hon ligger på gränsen till E.",
        "Fick B på nationella provet.",
        "Har höjt sig till ett C.",
        "Pendlar mellan D och C.",
        "Han klarade ett E på omprovet.",
        "Hon har ett A i bild.",
        "Har goda chanser till ett C.",
        "Det lutar åt att hon hamnar i E.",
        "Prognos i kemi: D.",
        "Biologi – C, fysik – D.",
        "Han uppfyller inte kunskapskraven för betyget E.",
        "Hon missade C-kraven på labben.",
        "She failed the spelling test again.",
        "Han klarade sig precis på ett E.",
        "Ett MVG-arbete rakt igenom.",
        "Prognosen i matte är osäker.",
        "Underlaget för betyg i slöjd är för tunt.",
        "Resultatet låg under godkäntgränsen.",
        "hon har fatt F i kemi",
        # round 5: official and hurried phrasing
        "Ville klarade ej kravnivån i delprov D.",
        "Sara når inte godtagbara kunskaper i engelska.",
        "Resultatet motsvarar närmast ett C, dvs. ett C i kursen.",
        "Betyget höjdes till ett B efter kompletteringen.",
        "Han får alltså E i historia.",
        "På omprovet fick Vera ett C.",
        "Hade mest 7:or i alla ämnen på sin förra skola.",
        "Betyget kan ej sättas i slöjd.",
        "Hon ligger strax under C-gränsen.",
    ],
    "sensitive": [
        "Hon är född i Syrien.",
        "Han växte upp i Eritrea.",
        "EHT 12/3: Kenan – oro för hemsituationen, kurator kopplas in.",
        "Familjen är nyinflyttad från Irak.",
        "Hon har två mammor.",
        "Mamma har hämtningsförbud.",
        "Hon har en god man.",
        "Han har blivit slagen hemma.",
        "She is on antidepressants.",
        "Hon har ont i ryggen och kan inte vara med på idrotten.",
        "Han tappade mycket i vikt i höstas.",
        "Hon har pratat om att ta livet av sig.",
        "Hon har svårt att koncentrera sig på grund av sin diagnos.",
        "Hon är ledsen sedan morfar dog.",
        "Vi avvaktar utredning hos BUP.",
        "Hon utreds för dyslexi.",
        "Han har använt narkotika.",
        "Han har varit inblandad i ett rån.",
        "Hon har blivit utsatt för sexuella övergrepp.",
        "socialtjansten ar inkopplad",
        "He was arrested last weekend.",
        "She has been seeing a therapist.",
        "Her parents are refugees from Syria.",
        "Malik är judisk och vill inte delta vid julavslutningen i kyrkan.",
        "Familjen tillhör en frikyrka och hon får inte se filmen om evolution.",
        "Hej! Vi vill informera om att Leo fått diagnosen autism.",
        "Hon har ADD och tar Medikinet på morgonen.",
        "Han har sin första tid på BUP nästa vecka.",
        "Utredning pågår via elevhälsan, misstänkt dyskalkyli.",
        "Mamma är sjuk i cancer och ligger på sjukhus.",
        "Han har haft panikattacker på lektionerna.",
        "Hon har berättat att hon skär sig.",
        "Familjen ber i moskén varje fredag.",
        "Hon har flytt från Afghanistan med sin mamma.",
        "Familjen väntar på besked om uppehållstillstånd.",
        "Pappa har ett spelberoende.",
        "Han har en kontaktperson från socialtjänsten.",
        "Det finns en pågående polisutredning om misshandel.",
        "Hon har typ 1 diabetes och kollar blodsockret i klassrummet.",
        "Han har Aspergers syndrom.",
        "Hon har svårt med läsningen pga sin dyslexi.",
        "Hon har en NPF-diagnos.",
        "Han medicinerar för sin ADHD.",
        "Hon har panikångest.",
        "Hon mår psykiskt dåligt efter skilsmässan.",
        "Han har självmordstankar enligt kuratorn.",
        "Familjen är Jehovas vittnen och han deltar inte i julfirandet.",
        "Hon är katolik och går i mässan varje söndag.",
        "Pappa är arbetslös och familjen har det tufft ekonomiskt.",
        "Socialsekreteraren kommer på mötet.",
        "Han har placerats i ett jourhem.",
        "Mamma har besöksförbud mot pappa.",
        "Hans bror sitter i häktet.",
        "Han har snattat i affären vid skolan.",
        "Hon är adopterad från Colombia.",
        "Han har hörselnedsättning och använder hörapparat.",
        "Hon har celiaki och äter glutenfritt.",
        "Han har nötallergi och har alltid med sig sin epipen.",
        "Hon är gravid.",
        "Han berättade att han är homosexuell.",
        "Han har en ADHD-diagnos.",
        "Hon har diagnosen dyslexi.",
        "Väntar på neuropsykiatrisk utredning.",
        "Han äter Concerta sedan i höstas.",
        "Hon har haft svår ångest i vår.",
        "Hon går hos BUP varannan vecka.",
        "Han träffar skolpsykologen varje tisdag.",
        "Har kontakt med habiliteringen.",
        "Hon är deprimerad och sover dåligt.",
        "Familjen är muslimer och firar eid.",
        "Pappan är jude.",
        "Hon bär slöja av religiösa skäl.",
        "Familjen flydde från Syrien 2015.",
        "Han är ensamkommande och bor på HVB-hem.",
        "Hon har berättat att hon är bisexuell.",
        "Hen är transperson och vill kallas Alex.",
        "Socialtjänsten har gjort en orosanmälan.",
        "Pappan sitter i fängelse.",
        "Mamman har ett alkoholmissbruk.",
        "Familjen har försörjningsstöd.",
        "Han har blivit polisanmäld för skadegörelse.",
        "Föräldrarna ligger i vårdnadstvist.",
        "Hon har epilepsi och tar medicin varje morgon.",
        "Han har autism och behöver förberedelse.",
        "Hon har en ätstörning.",
        "Han har självskadebeteende.",
        "Hon är placerad i familjehem.",
        "Han har typ 1-diabetes.",
        "Vi ringde hem eftersom han hade 39 grader.",
        "Hon blev stucken av en geting och fick åka till vårdcentralen.",
        "Familjen är baptister.",
        "Hans pappa greps för rån i våras.",
        "Han skrev om familjens flykt från Syrien.",
        "Han är öppen med att han är pan.",
        "Det är bråk om vårdnaden och pappa får inte hämta.",
        "hon ar fodd i Syrien",
    ],
}

PASS = {
    "attendance": [
        "Hon var sen in i diskussionen på lektionen.",
        "Han är sen med läxorna varje vecka.",
        "Hon är hemma i matten och löser allt.",
        "Han missar ofta poängen i engelskan.",
        "Vi pratade en stund efter att lektionen var slut.",
        "Han är borta på fotbollsläger i helgen.",
        "Hon verkar frånvarande och trött på lektionerna.",
        "Han var närvarande och aktiv under hela lektionen.",
        "Missa inte provet på fredag!",
        "Den som missar provet får skriva det på onsdag.",
        "Han hoppade över hinder på idrotten.",
        "Alla elever ska anmäla frånvaro till mentor.",
        "Idag var det många som var hemma sjuka i klassen.",
        "Hans lillasyster är sjuk.",
        "Han är ofta borta i tankarna under genomgångarna.",
        "Hon sov över hos en kompis i helgen.",
        "Vi har en digital närvaro i klassens blogg.",
        "Han var ledig och avslappnad under redovisningen.",
        "Mamma är sjukskriven och hemma med lillebror.",
        "Bussen var försenad så alla kom sent.",
        "Provet skrivs på måndag; den som är sjuk gör det på onsdag.",
        "Han övar hemma varje dag på glosorna.",
        "Lektionen flyttas till sal 204 på torsdag.",
        "Vi var borta på studiebesök hela dagen med klassen.",
        "Eleven kan förklara hur ljuset bryts i vatten.",
        "Hon var sjukt bra på att förklara sin lösning.",
        "Han är hemma på hur man räknar med bråk.",
        "I boken var huvudpersonen borta från skolan i flera veckor.",
        "Eleven kan beskriva hur sjukdomar sprids i samhället.",
        "Vi ska på utflykt på fredag, alla elever behöver ha med sig matsäck.",
        "Han missade poängen i frågan men svarade rätt på resten.",
        "Hon missar ibland att redovisa enheter i uträkningarna.",
        "Hon känner sig hemma i gruppen nu.",
        "Frånvaroanmälan görs i appen före kl. 8.",
        "Eleven har arbetat med procent och statistik över frånvaro i ett diagram.",
        "Skolan har studiedag på fredag och eleverna är lediga.",
        "Han har ett ledigt och naturligt uttal.",
        "Eleven kan förklara hur frånvaron av syre påverkar förbränningen.",
        "Han tappade bort sin penna på rasten.",
        "Bergen syntes långt borta i horisonten.",
        "Läraren är sjuk i dag, så lektionen ställs in.",
        "Skolan är stängd på fredag på grund av studiedag.",
        "Eleven kan beskriva hur närvaron av katalysatorer påskyndar reaktionen.",
        "Vi arbetade med procent och räknade ut 25 % av 80.",
        "Hon är ledig i sitt sätt att skriva och har en personlig ton.",
        "Mentorn är ledig på fredag.",
        "Eleven kan beskriva hur virus gör oss sjuka.",
        "Han kom sent in i diskussionen men bidrog med goda argument.",
        "Boken handlar om en pojke som skolkar från skolan.",
        "Han kom för fem minuter sen och frågade om läxan.",
        "Hon kommer inte på svaret direkt men löser uppgiften med stöd.",
        "Skolan slutar 13.30 på fredagar för alla klasser.",
        "Han spelar huvudrollen i pjäsen och är borta i tre scener.",
        "Vi har arbetat med hur frånvaro i arbetslivet påverkar företag.",
        # round 5: lists and rules about absence, evenings, a class together, routine pick-ups
        "Frånvarolistorna ska lämnas till expeditionen på fredag.",
        "Han läser hemma med mamma varje kväll i fyra veckor.",
        "Vi var i biblioteket i stället för lektionen på onsdagen.",
        "Morfar hämtar Elsa 16.15 på fritids varje tisdag.",
        "Hon har varit försenad med labbrapporterna.",
    ],
    "grade": [
        "Eleven kan resonera om varför höga betyg kan ge fler val.",
        "Läraren måste vara behörig för att sätta betyg.",
        "Vi har a och b grupper i matten.",
        "Han fick godkänt av mamma att följa med.",
        "Planen blev godkänd av rektor.",
        "Hon spelade melodin i A-dur.",
        "Uppgift B var svårast på provet.",
        "Vi jobbade med sidorna A–F i arbetsboken.",
        "Han läste sida C i instruktionen och byggde modellen.",
        "Linjen går från A till B i koordinatsystemet.",
        "Vi tränar på ackorden A, D och E i musiken.",
        "Eleven kan förklara vad som krävs för betyget C.",
        "Lös uppgifterna på nivå B i kapitel 3.",
        "Han läste en text om vitamin D och benskörhet.",
        "Vi delade in klassen i grupp A och grupp B.",
        "Välj alternativ C om du vill göra muntlig redovisning.",
        "Tonerna C, E och G bildar ett durackord.",
        "Han har svårt med E-ljudet i franskan.",
        "Hon spelar ackorden C, F och G på gitarren.",
        "Vi tar plan B om det regnar.",
        "Vitamin C finns i apelsiner.",
        "Grupp A börjar med stationen om magnetism.",
        "Skriv på ett A4-papper.",
        "Provet hade uppgifter på E-, C- och A-nivå.",
        "Eleven kan jämföra betygssystemen i Sverige och Finland.",
        "Punkt B ligger på linjen mellan A och C.",
        "Han skrev en C-uppsats om Strindberg.",
        "Låten går i E-moll.",
        "Svara på fråga C i boken.",
        "Vi läste kapitel D om vulkaner.",
        "Vi har gått igenom kunskapskraven för betyget C i religion.",
        "Han valde spår B i orienteringen.",
        "Hon hamnade i lag B på idrotten.",
        "Vi läste kurs A i tyska förra året.",
        "Bokstäverna A–F används i betygsskalan.",
        # round 5: a place in a race, drawn letters, the criteria, a document, a figure of speech
        "Hon kom in som en 4:a i terrängloppet.",
        "Eleven fick forma ett A och ett B i lera.",
        "För betyget C krävs att eleven för välutvecklade resonemang.",
        "Kan ni skicka en kopia på hans betyg från Polen?",
        "Kaninen Molly får högsta betyg i mitt hjärta.",
    ],
    "sensitive": [
        "Han är född i Göteborg.",
        "Hon föddes i April.",
        "Familjen flyttade hit från Umeå i somras.",
        "Eleven kan beskriva hur hemsituationen för barn såg ut på 1800-talet.",
        "Vi diskuterade ordet autism och dess betydelse.",
        "Glosor: asthma = astma, allergy = allergi",
        "I boken vi läser har huvudpersonen, en pojke som heter Sam, autism.",
        "Eleven kan förklara var man har ont i kroppen vid en stukning.",
        "Vi lärde oss om dödsfall i trafiken.",
        "Han har gjort en utredning om vattenkvaliteten i sjön.",
        "Utredningen visade att fler cyklar behövs.",
        "Eleven läste om Anne Frank och judarnas situation.",
        "Hon har skrivit en krönika om mobbning och psykisk ohälsa.",
        "Hon skrev en novell om en flykting.",
        "Mamma är läkare på BUP.",
        "Vi gick i kyrkan på skolavslutningen.",
        "Familjen kommer från Skåne.",
        "Vi har tittat på hur socialtjänsten fungerar.",
        "Vi har gjort ett studiebesök på en moské och en kyrka.",
        "Eleven har skrivit en berättelse där huvudpersonen har cancer.",
        "Eleven kan redogöra för hur alkohol påverkar hjärnan.",
        "Vi läste om hur romer har diskriminerats genom historien.",
        "Eleven kan förklara hur allergier uppstår.",
        "Han intervjuade en sjuksköterska om hennes yrke.",
        "Eleven kan redogöra för hur socialtjänsten och skolan samarbetar.",
        "Eleven kan jämföra hur kristendom och islam ser på fasta.",
        "Vi läste om hur migration påverkade Sverige under 1900-talet.",
        "Hon skrev en faktatext om astma och allergier och kan förklara hur luftvägarna påverkas.",
        "Eleven kan beskriva hur kroppen påverkas av alkohol och droger.",
        "Vi har arbetat med sex och samlevnad och pratat om normer.",
        "Eleven kan förklara vad en orosanmälan är och vem som gör den.",
        "Han kan beskriva hur polisens arbete har förändrats genom historien.",
        "Eleven kan förklara hur diabetes påverkar kroppen.",
        "Vi har arbetat med världsreligionerna och Hon kan redogöra för islams fem pelare.",
        "Eleven kan beskriva hur socialtjänsten arbetar med barn.",
        "Hon skrev en bra text om migration under 1800-talet.",
        "Vi pratade om hur polisen arbetar i samhället.",
        "Han kan förklara vad ADHD är och hur det kan påverka lärande.",
        "Eleven kan resonera om normer kring sexualitet och identitet.",
        "Vi har arbetat med psykisk hälsa i hälsokunskapen.",
        "Vi diskuterade hur socialtjänstens roll har förändrats.",
        "Kan förklara vad kol och syre bildar vid förbränning.",
        "Boken handlar om en flicka som har diabetes.",
        "Vi läste en novell om Sara som har ångest inför proven.",
        "Elever med dyslexi har rätt till anpassningar, står det i skolans plan.",
        "Diabetes och insulin – Sara kan förklara hur blodsockret regleras.",
    ],
}


@pytest.fixture(scope="module")
def mine() -> Checker:
    """The attendance, grade and sensitive rules without the trained veto (these tests pin the
    rules; the veto is measured by `skrivvakt eval` and tests/test_second_opinion.py)."""
    rs = load_rules()
    return Checker(Config(second_opinion=False),
                   ruleset=RuleSet(tuple(r for r in rs.rules if r.category in MINE), rs.contexts, rs.sources))


def _cats(checker: Checker, text: str) -> set[str]:
    return {f.category for f in checker.check(text).findings}


@pytest.mark.parametrize("category,text", [(c, s) for c, ss in FLAG.items() for s in ss])
def test_flagged(mine: Checker, category: str, text: str) -> None:
    assert category in _cats(mine, text)


@pytest.mark.parametrize("category,text", [(c, s) for c, ss in PASS.items() for s in ss])
def test_not_flagged(mine: Checker, category: str, text: str) -> None:
    assert category not in _cats(mine, text)


# A knowledge cue and a sensitive fact joined by a contrast word: the cue covers only its own
# clause (`scope: clause`), so the fact after "men" / "trots att" is still reported.
MIXED = [
    # weak cues ("exempel på", "kroppen", "i ämnet", "föredrag") are not subject content
    ("sensitive", "Han har ADHD och behöver exempel på hur han ska börja."),
    ("sensitive", "Hon har astma och ska undersökas av läkare."),
    ("sensitive", "Han har dyslexi och behöver stöd i ämnet."),
    ("sensitive", "Han har ångest och vill inte hålla föredrag."),
    ("sensitive", "Hon har ADHD, vilket har betydelse för hur hon lär sig."),
    ("sensitive", "Han har dyslexi och böjer ofta verben fel."),
    # a book or a text in the same sentence does not make the student a character
    ("sensitive", "Hon har dyslexi och får boken vi läser som ljudbok."),
    ("sensitive", "Han har ADHD och har svårt att hålla fokus i texten."),
    ("sensitive", "Nora kan förklara fotosyntesen men har dyslexi och får uppläsning."),
    ("sensitive", "Hon kan resonera om källor men har haft mycket ångest i vår."),
    ("attendance", "Han kan beskriva kroppens organ, trots att han har varit sjuk i tre veckor."),
    # a spaced dash ends the cue before it (looking back from the fact)
    ("sensitive", "Vi läste en novell om vänskap – hon har dyslexi och lyssnade på ljudboken."),
]


@pytest.mark.parametrize("category,text", MIXED)
def test_contrast_clause_is_not_subject_content(mine: Checker, category: str, text: str) -> None:
    assert category in _cats(mine, text)


def test_knowledge_cue_still_covers_its_own_clause(mine: Checker) -> None:
    text = "Eleven kan förklara hur diabetes påverkar kroppen men behöver utveckla sina svar."
    assert "sensitive" not in _cats(mine, text)


# Round 5 (sensitive, welfare writers): families reached by construction, not by word list.
# A knowledge cue *after* the fact ("Har dyslexi och kan förklara …") no longer cancels it;
# a relative's illness or death, origin by arrival or return, the counsellor as the actor,
# religious practice at home, money and housing. Each pass sentence is a hard negative.
WELFARE_FLAG = [
    "Hon har ADHD och kan ändå redogöra för orsakerna till franska revolutionen.",
    "Är muslim och kan berätta om ramadan för klassen.",
    "Han oroar sig för sin farfar som har blivit allvarligt sjuk.",
    "Lisas morbror omkom i en trafikolycka i somras.",
    "Hon har förlorat sin lillasyster.",
    "Kom hit från Afghanistan som ensamkommande 2016.",
    "Pappan har rest tillbaka till Eritrea och hon bor hos mamma.",
    "Skolkuratorn har kontinuerliga samtal med honom.",
    "Psykologen har träffat Nils två gånger.",
    "Familjen firar navratri och hon är ledig en dag.",
    "Mammas pappa är imam och hon går i koranskola.",
    "Familjen har spelskulder och får matkuponger av kuratorn.",
    "Har inte vårdnad om barnen enligt beslut.",
    "Han har en ärftlig muskelsjukdom och använder rullstol ibland.",
    "Hon stukade höger fotled på idrotten.",
    "Misstänker att det är något med synen, han kisar mot tavlan.",
    "Hon är ovaccinerad mot mässling.",
    "Kom tydligt påverkad till lektionen efter lunch.",
    "Hennes mamma är långtidssjukskriven.",
]

WELFARE_PASS = [
    "Under temat sjukdomar kan Vera förklara hur en kronisk sjukdom skiljer sig från en infektion.",
    "Pesten: Olle kan beskriva hur sjukdomen spreds i Europa.",
    "Många kom till Sverige från Finland på 1960-talet för att arbeta.",
    "Han kom från Danmark med färjan i går efter lovet.",
    "Kuratorn pratar med klassen om vänskap på måndag.",
    "Vi firar diwali i klassen och läser sagan om Rama och Sita.",
    "Klassen har gjort studiebesök i synagogan och moskén.",
    "Vi räknade på hushåll med låg inkomst och bostadsbidrag i matten.",
    "I pjäsen dog huvudpersonens morfar i kriget.",
    "Hon lagade en soppa med hänsyn till allergier i gruppen.",
    "Han slog upp knät på rasten men kunde fortsätta leka.",
    "Vi skrev protokollet i MS Word.",
]


@pytest.mark.parametrize("text", WELFARE_FLAG)
def test_welfare_family_flagged(mine: Checker, text: str) -> None:
    assert "sensitive" in _cats(mine, text)


@pytest.mark.parametrize("text", WELFARE_PASS)
def test_welfare_hard_negative_not_flagged(mine: Checker, text: str) -> None:
    assert "sensitive" not in _cats(mine, text)


# Round 6 (dev/r5-*, r6-*): classes of sensitive facts that new writers phrased in ways no rule read,
# and classes of innocent context. Own sentences, not corpus sentences.
ROUND6_SENSITIVE_FLAG = [
    "Får gå ut fem minuter före lunch (medicin).",
    "Han har cellgiftsbehandling varannan vecka och orkar bara halva dagar.",
    "Pappa berättar att hon har börjat kissa i sängen igen.",
    "Blöjor fortfarande på eftermiddagen, resursen byter.",
    "Queer, vill bli kallad hen.",
    "Jag vet att Elvira är bi och att hon berättat det för klassen.",
    "Hbtq-person, använd hen.",
    "Hans farbror är pastor, så han kan mycket om Bibeln och kristendom.",
    "Han har en stark tro och ber varje kväll.",
    "Hon blir retad för sin hijab i omklädningsrummet.",
    "Hon är tyst, det hör nog till hennes kultur.",
    "Same, ledig en vecka i maj för renskötseln.",
    "Han får inte träffa sin pappa enligt tingsrättens beslut.",
    "Elevens adress (Ekvägen 3, 123 45 Ort) är sekretessmarkerad.",
    "Bor hos mormor sedan mamma blev svårt sjuk.",
]

ROUND6_SENSITIVE_PASS = [
    "Om ditt barn har någon allergi inför lägret, meddela mentorn.",
    "I hemkunskapen har vi gått igenom vad laktosintolerans innebär när man bakar.",
    "Under biologin om kroppen pratade vi om insulin och diabetes.",
    "Hon använder pronomen hen och den korrekt i en text om språkförändring.",
    "Hon har en stark tro på sin egen förmåga.",
    "Han glömde sin sjal på bussen.",
    "Rom, en stad med tusen år av historia, var temat för resan.",
    "Är ledig på torsdag för en begravning.",
    "Gick hem efter lunch med huvudvärk.",
    "Specialkost: vegetarisk.",
]


@pytest.mark.parametrize("text", ROUND6_SENSITIVE_FLAG)
def test_round6_sensitive_flagged(mine: Checker, text: str) -> None:
    assert "sensitive" in _cats(mine, text)


@pytest.mark.parametrize("text", ROUND6_SENSITIVE_PASS)
def test_round6_sensitive_hard_negative_not_flagged(mine: Checker, text: str) -> None:
    assert "sensitive" not in _cats(mine, text)


# Round 6 (dev/r5-*, r6-*): classes of grade and attendance talk the rules did not read.
# Written for the families (terse fields, old scales, thresholds, foreign wording, suspension,
# exemption, time-first notes), not copied from the corpus.
ROUND6_GRADE_FLAG = [
    "Fx på omtentan i kemi.",
    "Glosförhör: VG- på förhöret, mycket bra.",
    "Biologiprovet gick dåligt för Tim (IG).",
    "Nadia fick 21/30 på provet (gränsen för B var 20).",
    "Hanna behöver gå upp ett steg i matte för att bli behörig.",
    "Meritvärde i dagsläget: 255",
    "'Prel: D'",
    "Sv: C, Ma: D, Eng: B",
    "Han har nog bara E och D.",
    "Sie steht auf einer Drei in Englisch.",
    "Elle a eu 9/20 au contrôle de vocabulaire.",
    "He got a fail on the grammar quiz.",
    "Hon är B-varnad i tyska.",
    "Klarade inte målen i engelska för årskurs 9.",
    "Löste samtliga A-uppgifter på provet.",
    "Jag tycker att hon förtjänade ett A.",
    "Kemi – underkänd.",
    "Hade fyror i nästan alla ämnen i gamla systemet.",
]

ROUND6_GRADE_PASS = [
    "Farfar fick MVG i gymnastik på 60-talet.",
    "Betygsskalan från A till F infördes för länge sedan.",
    "Vi gick igenom vad B-nivå betyder i allmänhet.",
    "Gränsen för C är 16 poäng på provet.",
    "Hon kom tvåa i loppet och fick en femma i present.",
    "Vi har bara B och D kvar i bingon.",
    "Postade en bild på IG igår.",
    "Jag hänvisade till betygen i Unikum när pappa frågade.",
]

ROUND6_ATTENDANCE_FLAG = [
    "Skulkade idrotten igen.",
    "Avstängd från undervisningen i tre dagar.",
    "Befriad från simningen under hösten.",
    "Han försover sig nästan varje måndag.",
    "Elle est souvent absente le lundi.",
    "Har inte sett Jonas på två veckor.",
    "Har varit med på ungefär hälften av lektionerna i spanska.",
    "Tre dagar sjuk pga influensa.",
    "Ahmed – sjuk v.7",
]

ROUND6_ATTENDANCE_PASS = [
    "Hon visar stor närvaro i samtalet med kamraterna.",
    "Frånvaron är hög bland pojkar i hela landet.",
    "Mentor ringer hem vid upprepad frånvaro, enligt skolans rutin.",
    "Fröken var sjuk i går, så vi hade vikarie.",
    "Det var sjukt roligt på utflykten idag.",
    "Skärmen var avstängd när vi kom in.",
    "Efter samtalet kommer Ida att få läsa med speciallärare två gånger i veckan.",
]


@pytest.mark.parametrize("category,text", [("grade", t) for t in ROUND6_GRADE_FLAG]
                         + [("attendance", t) for t in ROUND6_ATTENDANCE_FLAG])
def test_round6_grade_attendance_flagged(mine: Checker, category: str, text: str) -> None:
    assert category in _cats(mine, text)


@pytest.mark.parametrize("category,text", [("grade", t) for t in ROUND6_GRADE_PASS]
                         + [("attendance", t) for t in ROUND6_ATTENDANCE_PASS])
def test_round6_grade_attendance_hard_negative_not_flagged(mine: Checker, category: str, text: str) -> None:
    assert category not in _cats(mine, text)
