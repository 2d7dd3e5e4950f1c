"""Attendance, grade and sensitive: generalisation probes.

These sentences were written for the rules' *families* (verbs, nouns, constructions), not
copied from a corpus: each flag sentence uses a form or construction the rules' own
examples do not, and each pass sentence is a hard negative (the same word as subject
content, an everyday sense, a letter that is not a grade). A rule tuned to one sentence
fails here; a rule that covers the family passes.
"""
from __future__ import annotations

import pytest

from checker.engine import Checker
from checker.rules import RuleSet, load_rules

MINE = ("attendance", "grade", "sensitive")

FLAG = {
    "attendance": [
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
    ],
    "grade": [
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
    ],
    "sensitive": [
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
    ],
}

PASS = {
    "attendance": [
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
    ],
    "grade": [
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
    ],
    "sensitive": [
        "Eleven kan förklara hur diabetes påverkar kroppen.",
        "Vi har arbetat med världsreligionerna och Hon kan redogöra för islams fem pelare.",
        "Eleven kan beskriva hur socialtjänsten arbetar med barn.",
        "Hon skrev en bra text om migration under 1800-talet.",
        "Vi pratade om hur polisen arbetar i samhället.",
        "Han kan förklara vad ADHD är och hur det kan påverka lärande.",
        "Eleven kan resonera om normer kring sexualitet och identitet.",
        "Vi har arbetat med psykisk hälsa i hälsokunskapen.",
    ],
}


@pytest.fixture(scope="module")
def mine() -> Checker:
    rs = load_rules()
    return Checker(ruleset=RuleSet(tuple(r for r in rs.rules if r.category in MINE), rs.contexts, rs.sources))


def _cats(checker: Checker, text: str) -> set[str]:
    return {f.category for f in checker.check(text).findings}


@pytest.mark.parametrize("category,text", [(c, s) for c, ss in FLAG.items() for s in ss])
def test_flagged(mine: Checker, category: str, text: str) -> None:
    assert category in _cats(mine, text)


@pytest.mark.parametrize("category,text", [(c, s) for c, ss in PASS.items() for s in ss])
def test_not_flagged(mine: Checker, category: str, text: str) -> None:
    assert category not in _cats(mine, text)
