"""The five content categories (person_judgment, offensive, attendance, grade, sensitive):
sentences a teacher might write that must be flagged, the hard negatives that must not be,
and the engine features the content rules rely on (`require`, the `@namn` cue).

The sentences here are not the rules' own examples (those run in test_rule_examples.py):
they check that the rules generalise over inflection, spelling and phrasing.
"""
from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import Checker
from checker.rules import Rule, RuleError, RuleSet, load_rules

CONTENT = ("person_judgment", "offensive", "attendance", "grade", "sensitive")


@pytest.fixture(scope="module")
def content() -> Checker:
    """A Checker with only the built-in content rules (no identifier detectors), without the
    trained second opinion: these tests pin what the rules do; what the veto takes away is
    measured by `skrivvakt eval` and its own tests (tests/test_second_opinion.py)."""
    rs = load_rules()
    return Checker(Config(second_opinion=False),
                   ruleset=RuleSet(tuple(r for r in rs.rules if r.category in CONTENT), rs.contexts, rs.sources))


def cats(checker: Checker, text: str, names=()) -> set[str]:
    return {f.category for f in checker.check(text, subject_names=names).findings}


FLAG = {
    "person_judgment": [
        "Elin är slarvig med läxorna och glömmer ofta böckerna hemma.",
        "Han är väldigt omogen för sin ålder.",
        "Hon är så söt och go!",
        "Vilken härlig tjej!",
        "Är ointresserad och gör inget på lektionerna.",
        "Verkar inte bry sig om resultatet.",
        "Han kommer från ett trasigt hem.",
        "Theo är den smartaste i klassen.",
        "Lata elever behöver struktur.",
        "Hon har alltid varit en riktig solstråle.",
        "Han är så himla go.",
        "En typisk duktig flicka.",
        "Uppför sig illa mot vikarierna.",
        "Har svårt att umgås med andra.",
        "Blir lätt störd av andra.",
        "He is a very polite and helpful boy.",
        "Very sweet girl!",
        "Han ar slarvig och lat.",  # missing diacritics
        "Lugn och trevlig.",
        "Han är en av de svagaste i klassen.",
        "Hon blir lätt sur när hon förlorar.",
        "Lata elever behöver struktur.",
        "Han är rörig och behöver struktur.",
    ],
    "offensive": [
        "Han är en jävla idiot.",
        "Vilken id1ot.",
        "Han är en i-d-i-o-t.",
        "Hon skrev r3tard på tavlan.",
        "Kallade honom cepe.",
        "Vilken idi0t.",
        "Han är ett hopplöst fall.",
        "Totalt värdelös på allt.",
        "He is such an idiot.",
        "Skitdålig insats på provet.",
    ],
    "attendance": [
        "Tony har hög frånvaro i matte.",
        "Frånvaro 23 % senaste månaden.",
        "Kom försent tre gånger denna vecka.",
        "Kom 20 min sent till lektionen.",
        "Skolkade från idrotten.",
        "Ledig v.9 för skidresa.",
        "Hon har varit sjukskriven i två veckor.",
        "Hemmasittare sedan höstlovet.",
        "Han har missat många lektioner.",
        "Han är ofta borta på måndagar.",
        "hon har mycket franvaro",
    ],
    "grade": [
        "Han fick ett C på provet.",
        "Hon ligger på C i engelska.",
        "Nils har F i matte.",
        "Han har fått F-varning i svenska.",
        "Betyg: B",
        "Ida siktar på ett A i historia.",
        "Betygsprognos E i kemi.",
        "Riskerar F i idrott.",
        "Underkänt på glosförhöret.",
        "Han fick IG på provet.",
        "Hon har MVG i alla ämnen.",
        "Ligger på E-nivå i läsförståelse.",
    ],
    "sensitive": [
        "Han har ADHD och behöver sitta längst fram.",
        "Hon är diagnostiserad med autism.",
        "Eleven är deprimerad och går hos skolkuratorn.",
        "Familjen är muslimer och firar eid.",
        "Pappa sitter i fängelse.",
        "Hon är placerad i familjehem.",
        "Soc är inkopplade.",
        "Eleven tar Concerta varje morgon.",
        "Orosanmälan gjord i januari.",
        "Har diabetes och måste äta mellanmål.",
    ],
}

# The hard-negative classes the issue names, one or more sentences each.
PASS = {
    "person_judgment": [
        "Eleven kan föra välutvecklade resonemang om orsaker och konsekvenser.",
        "Eleven behöver utveckla sin förmåga att analysera dikter.",
        "Eleven samarbetar i laborationer och tar ansvar för mätningarna.",
        "Hugo är duktig på att skriva på datorn.",
        "Huvudpersonen i romanen är lat och egoistisk.",
        "Huvudpersonen framställs som lat.",
        "Texten är rörig och saknar röd tråd.",
        "Eleven kan beskriva hur Strindberg framställer Fröken Julie som stolt och impulsiv.",
        "I sin text om Gustav Vasa beskriver Ines honom som hänsynslös.",
        "Eleven kan räkna med positiva och negativa tal.",
        "Eleven skriver med ett ledigt språk.",
        "Omogna frukter innehåller mer stärkelse.",
        "Tydlig struktur men slarvig layout.",
        "Glosor: lazy = lat, rude = oförskämd, kind = snäll.",
        "Dagens tema var känslor: glad, ledsen, arg och rädd.",
        "Eleven läser långsamt men säkert.",
        "Vi är glada att kunna erbjuda extra stöd i matte.",
        "Han sparkade bollen i mål.",
        "Drottning Kristina var ovanligt lärd för sin tid.",
        "Kalle Anka är lat och arg i serierna vi läste.",
    ],
    "offensive": [
        "I svenskan läste vi om hur ord som idiot och mongo används.",
        "Vi analyserade svordomar i dikten.",
        "Eleven kan beskriva Mongoliets geografi och klimat.",
        "Vi ska höra på en inspelning.",
        "I boken Idioten av Dostojevskij är fursten godhjärtad.",
        "Eleven blir lätt störd av ljud i klassrummet.",
        "Eleven kan fråga vad klockan är på spanska: ¿Qué hora es?",
        "Han hittade en idiotsäker metod för att lösa ekvationen.",
        "I dare you to read the poem aloud, said Ella in her speech.",
    ],
    "attendance": [
        "Eleven kan resonera om närvaro av syre vid förbränning.",
        "Eleven kan förklara närvaro av kol i organiska föreningar.",
        "Texten innehöll en total frånvaro av fel.",
        "Eleven kom sent igång med arbetet men gjorde klart.",
        "Mobiltelefoner används inte i skolan.",
        "Han kommer inte till skott i sina texter.",
        "Eleven har samtal med skolkuratorn varje vecka.",
        "Närvarande: Olivia, mamma, mentor.",
        "Läraren var sjukskriven och vikarien genomförde provet.",
        "Vi har räknat på hur frånvaron i Sveriges skolor har förändrats sedan 2010.",
        "Eleven kan föra enkla resonemang om hur man vilar på semestern.",
    ],
    "grade": [
        "Eleven kan spela en C-durskala.",
        "Eleven kan spela ackorden A, D och E.",
        "Vi tog plan B när det regnade.",
        "Julia kan förklara varför vitamin C behövs.",
        "Dela in klassen i grupp A och grupp B.",
        "Vi pratade om skillnaden mellan en C-uppsats och ett gymnasiearbete.",
        "Eleven kan jämföra betygssystemet i Finland med det svenska.",
        "Kunskapskrav för betyget E: eleven kan läsa skönlitteratur med flyt.",
        "Provet hade uppgifter på E-, C- och A-nivå.",
        "Eleven beräknade vinkel C i triangeln.",
        "För betyget C krävs att eleven för utvecklade resonemang.",
        "Melodin går från C till G och tillbaka.",
    ],
    "sensitive": [
        "Eleven kan förklara hur diabetes påverkar kroppen.",
        "Eleven kan förklara hur cancer uppstår.",
        "Eleven kan jämföra kristendom och islam.",
        "Idun jämför hur judendom, kristendom och islam ser på fasta.",
        "Vi besökte en moské under religionslektionen.",
        "Ta med resultatet från diagnosen i matte till samtalet.",
        "Eleven kan beskriva hur socialtjänsten är organiserad.",
        "Vi diskuterade hedersvåld utifrån en tidningsartikel.",
        "Amira presenterade hur ramadan firas i olika länder.",
        "Eleven ger en historisk bakgrund till konflikten.",
        "Vi gjorde inlagd sill i hemkunskapen.",
        "Han är placerad längst fram i klassrummet.",
        "Germanska stammar vandrade söderut.",
        "Kontaktperson på praoplatsen är Anna.",
    ],
}


@pytest.mark.parametrize("category, text", [(c, t) for c, ts in FLAG.items() for t in ts])
def test_flagged(content, category, text):
    assert category in cats(content, text), f"{category} missed in {text!r}"


@pytest.mark.parametrize("category, text", [(c, t) for c, ts in PASS.items() for t in ts])
def test_hard_negative_passes(content, category, text):
    assert category not in cats(content, text), f"{category} wrongly raised in {text!r}"


def test_quote_is_the_original_text_for_obfuscations(content):
    text = "Han är en i-d-i-o-t, sa hon."
    f = next(f for f in content.check(text).findings if f.category == "offensive")
    assert text[f.start:f.end] == f.quote == "i-d-i-o-t"


def test_every_content_rule_says_where_it_belongs_and_how_to_rewrite(content):
    expected = {"attendance": "närvarosystemet", "grade": "elevregistret"}
    for rule in content.rules:
        if rule.category in expected:
            assert rule.belongs_in == expected[rule.category], rule.id
        # A suggestion tells the teacher what to do: remove, rewrite or describe instead.
        assert any(w in rule.suggestion for w in ("Beskriv", "Skriv", "Ta bort", "Ta upp", "Describe")), rule.id
    for category in CONTENT:
        assert sum(r.category == category for r in content.rules) >= 4, category


# ------------------------------------------------------------ engine features

def _rule(**kw) -> Rule:
    base = dict(id="TS001", name="Testregel", category="person_judgment", severity="warning",
                message="Ett meddelande för testet.", suggestion="Ett förslag för testet.",
                examples={"flag": ["x"], "pass": ["y"]})
    base.update(kw)
    return Rule.model_validate(base)


def _checker(*rules: Rule, contexts=None) -> Checker:
    """The engine with made-up rules only (no trained veto: it knows nothing of them)."""
    return Checker(Config(second_opinion=False), ruleset=RuleSet(tuple(rules), contexts or {}, {r.id: "test" for r in rules}))


def test_require_keeps_only_hits_with_a_cue():
    c = _checker(_rule(match={"words": ["snäll"]}, require=[{"before": ["är"], "window": 1}]))
    assert [f.quote for f in c.check("Hon är snäll.").findings] == ["snäll"]
    assert c.check("Snäll hund på bilden.").findings == []


def test_the_students_name_cue_also_reads_its_genitive():
    c = _checker(_rule(match={"words": ["ångest"]}, require=[{"before": ["om @namn"], "window": 3}]))
    for text in ("Vi pratade om Stella och ångest.", "Vi pratade om Stellas ångest.", "Vi pratade om Stella:s ångest."):
        assert [f.quote for f in c.check(text, subject_names=["Stella"]).findings] == ["ångest"], text
    assert c.check("Vi pratade om Ollas ångest.", subject_names=["Stella"]).findings == []
    assert c.check("Vi pratade om Stellans ångest.", subject_names=["Stella"]).findings == []


def test_require_is_any_of_its_conditions():
    c = _checker(_rule(match={"words": ["trevlig"]},
                       require=[{"before": ["är"], "window": 1}, {"after": ["kille"], "window": 1}]))
    assert len(c.check("Trevlig kille.").findings) == 1
    assert len(c.check("Han är trevlig.").findings) == 1
    assert c.check("Trevlig helg!").findings == []


def test_exceptions_still_cancel_a_required_hit():
    c = _checker(_rule(match={"words": ["lat"]}, require=[{"before": ["är"], "window": 1}],
                       exceptions=[{"sentence": ["huvudpersonen"]}]))
    assert c.check("Huvudpersonen är lat.").findings == []
    assert len(c.check("Kalle är lat.").findings) == 1


def test_side_limits_a_windowed_context_to_one_side():
    contexts = {"work": ("texten", "struktur")}
    c = _checker(_rule(match={"words": ["rörig"]},
                       exceptions=[{"context": "work", "window": 3, "side": "before"}]), contexts=contexts)
    assert c.check("Texten är rörig.").findings == []
    assert len(c.check("Han är rörig och behöver struktur.").findings) == 1
    both = _checker(_rule(match={"words": ["rörig"]}, exceptions=[{"context": "work", "window": 3}]),
                    contexts=contexts)
    assert both.check("Han är rörig och behöver struktur.").findings == []


def test_an_anchor_between_a_cue_before_and_the_hit_keeps_the_hit():
    contexts = {"topic": ("pratade om", "en dikt om"), "anchor": ("om hans", "om sin", "att @namn", "att han")}
    exc = {"context": "topic", "window": 10, "side": "before", "not_across": "anchor"}
    c = _checker(_rule(match={"words": ["diagnos", "fängelse", "vegan"]}, exceptions=[exc]), contexts=contexts)
    assert c.check("Vi pratade om diagnos och behandling.").findings == []
    assert c.check("Vi läste en dikt om en man i fängelse.").findings == []
    # an anchor after the cue: a possessive that may share the cue's last word, "att" + name or pronoun
    assert [f.quote for f in c.check("Vi pratade om hans diagnos.").findings] == ["diagnos"]
    assert len(c.check("Hon skrev en dikt om sin pappa i fängelse.").findings) == 1
    assert len(c.check("Vi pratade om att Kalle blivit vegan.", subject_names=["Kalle"]).findings) == 1
    assert c.check("Vi pratade om att Olle blivit vegan.", subject_names=["Kalle"]).findings == []
    # an anchor before the cue, or a cue after the hit, changes nothing
    assert c.check("Om hans mening: vi pratade om diagnos.").findings == []
    after = _checker(_rule(match={"words": ["diagnos"]}, exceptions=[{**exc, "side": "both"}]), contexts=contexts)
    assert after.check("Hans diagnos, att han, pratade om.").findings == []
    # without not_across the anchor does not matter
    plain = _checker(_rule(match={"words": ["diagnos"]}, exceptions=[{**exc, "not_across": None}]),
                     contexts=contexts)
    assert plain.check("Vi pratade om hans diagnos.").findings == []


def test_not_across_must_name_a_known_context(tmp_path):
    (tmp_path / "local.yaml").write_text(
        "category: sensitive\nrules:\n"
        "  - id: LX002\n    name: Lokal regel\n    severity: error\n"
        "    message: Ett lokalt meddelande.\n    suggestion: Ett lokalt förslag.\n"
        "    match: {words: [diagnos]}\n    exceptions: [{context: fiction, not_across: finns_inte}]\n"
        "    examples: {flag: [Hon har en diagnos.], pass: [Ingen text.]}\n",
        encoding="utf-8")
    with pytest.raises(RuleError, match="not_across"):
        load_rules([tmp_path])


def test_cue_disarm_and_not_across_cannot_be_combined(tmp_path):
    # The engine reads one or the other; a rule file with both is an error naming the file and rule.
    (tmp_path / "local.yaml").write_text(
        "category: offensive\nrules:\n"
        "  - id: LX003\n    name: Lokal regel\n    severity: error\n"
        "    message: Ett lokalt meddelande.\n    suggestion: Ett lokalt förslag.\n"
        "    match: {words: [idiot]}\n"
        "    exceptions: [{context: fiction, not_across: fiction, cue_disarm: fiction}]\n"
        "    examples: {flag: [Han är en idiot.], pass: [Ingen text.]}\n",
        encoding="utf-8")
    with pytest.raises(RuleError, match=r"(?s)local\.yaml.*LX003.*cue_disarm och not_across"):
        load_rules([tmp_path])


@pytest.mark.parametrize("flag", ["unowned", "impersonal"])
def test_person_flags_cannot_stand_with_a_subject_test(tmp_path, flag):
    # `unowned` (round 95) and `impersonal` (round 100) limit a cue list; `subject:` stands alone in its exception, so
    # either beside it is an error that names the file, the rule and the flag.
    (tmp_path / "local.yaml").write_text(
        "category: attendance\nrules:\n"
        "  - id: LX004\n    name: Lokal regel\n    severity: warning\n"
        "    message: Ett lokalt meddelande.\n    suggestion: Ett lokalt förslag.\n"
        "    match: {words: [frånvaro]}\n"
        f"    exceptions: [{{subject: many, {flag}: true}}]\n"
        "    examples: {flag: [Han har frånvaro.], pass: [Ingen text.]}\n",
        encoding="utf-8")
    with pytest.raises(RuleError, match=rf"(?s)local\.yaml.*LX004.*{flag}"):
        load_rules([tmp_path])


def test_unowned_exception_keeps_a_persons_own_figure():
    # Round 95: the routine word cancels the hit only where no one in the sentence owns the absence.
    c = _checker(_rule(match={"words": ["frånvaro*"]}, exceptions=[{"sentence": ["rutin*"], "unowned": True}]))
    assert c.check("Frånvaron följs upp enligt skolans rutin.").findings == []
    assert len(c.check("Elina har 23 % frånvaro enligt rutinen.").findings) == 1
    assert len(c.check("Hennes frånvaro följs upp enligt rutinen.").findings) == 1
    assert len(c.check("Rutinen: Ibbe 12 % frånvaro.").findings) == 1
    assert c.check("Tova undersökte frånvaron enligt skolans rutin.").findings == []


def test_impersonal_exception_keeps_a_named_persons_hit():
    # Round 100: a topic cue after the hit cancels it only in a sentence that names no one – the student, a pronoun
    # or a listed given name; a person at the sentence's first token counts too.
    c = _checker(_rule(match={"words": ["diabetes"]},
                       exceptions=[{"after": ["i temat"], "window": 8, "impersonal": True}]))
    assert c.check("Diabetes tog vi upp i temat om kroppen.").findings == []
    assert len(c.check("Ali har diabetes, det tog vi upp i temat.", subject_names=["Ali"]).findings) == 1
    assert len(c.check("Hon har diabetes, det tog vi upp i temat.").findings) == 1
    assert len(c.check("Omar har diabetes, det tog vi upp i temat.").findings) == 1


def test_unless_family_writes_keeps_the_familys_own_hit():
    # Round 101: "vi" cancels the hit in staff's notes, not where a guardian writes – one who signs as a relative, with
    # or without the child's name, or introduces themself as one; a name alone on the last line is no guardian.
    c = _checker(_rule(match={"words": ["fastar"]}, exceptions=[{"before": ["vi"], "window": 2,
                                                                 "unless_family_writes": True}]))
    assert c.check("Vi fastar inte i klassen, men ni får gärna berätta om ramadan. /Mentor Eva").findings == []
    assert c.check("Vi fastar inte i klassen, men ni får gärna berätta om ramadan. /Eva").findings == []
    for text in ("Vi fastar hela familjen under ramadan. /Mamma",
                 "Vi fastar hela familjen under ramadan. Mvh Tildas pappa",
                 "Vi fastar hela familjen under ramadan. Amina, mamma till Ali",
                 "Mamma till Yohannes här. Vi fastar hela familjen under ramadan.",
                 "Jag är pappa till Omar. Vi fastar hela familjen under ramadan."):
        assert len(c.check(text).findings) == 1, text


def test_subject_name_cue_matches_only_the_students_names():
    c = _checker(_rule(match={"phrases": ["@namn är lat"]}))
    assert len(c.check("Kalle är lat.", subject_names=["Kalle"]).findings) == 1
    assert c.check("Kalle är lat.").findings == []
    assert c.check("Olle är lat.", subject_names=["Kalle"]).findings == []


def test_require_with_unknown_context_names_the_field(tmp_path):
    (tmp_path / "local.yaml").write_text(
        "category: person_judgment\nrules:\n"
        "  - id: LX001\n    name: Lokal regel\n    severity: info\n"
        "    message: Ett lokalt meddelande.\n    suggestion: Ett lokalt förslag.\n"
        "    match: {words: [klassfjant]}\n    require: [{context: finns_inte}]\n"
        "    examples: {flag: [Han är en klassfjant.], pass: [Han är en klasskamrat.]}\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError, match="LX001.*require.context.*finns_inte"):
        load_rules([tmp_path])


# ------------------------------------------- round 2: person_judgment and offensive
# Generalisation checks written for the round-2 rules: constructions rather than word lists
# (a copula before a list of traits, "en … tjej", the terse omdöme), word families, and the
# hard negatives each construction must leave alone.

R2_FLAG = {
    "person_judgment": [
        # A subject and copula before a list: the last adjectives are far from "är".
        "Hon är otroligt noggrann, ödmjuk och plikttrogen.",
        # "en … kille" with an adjective that is in no lexicon.
        "Han är en otroligt klurig och varm kille.",
        "Tyvärr en ganska tråkig och färglös elev.",
        "Bra kille!",
        # The terse style, a list that opens the sentence.
        "Snäll men naiv, går på allt kamraterna säger.",
        "Oerhört begåvad och kreativ, spelar gitarr varje rast.",
        # A judgment and a statement of knowledge in one sentence: the knowledge part after
        # the judgment does not hide it.
        "Han är en riktig latmask men kan redogöra för hur ett ekosystem fungerar.",
        # Families: temper, attitude, friendship, effort, appearance, parents.
        "Hon är grinig och långsint.",
        "Han är framfusig och nonchalant mot vikarier.",
        "Har få vänner och går mest för sig själv.",
        "Visar inget engagemang alls.",
        "Hon är jättesnygg.",
        "Mamman är väldigt på, jobbiga föräldrar.",
        "Han har ett hett temperament och kort tålamod.",
        "She is always cheerful and friendly.",
        "Sweet kid, lovely personality.",
        # Task-free work traits.
        "Han är otroligt noggrann och självständig.",
        "Han är vänlig och artig.",  # "vänlig" with its diacritic, not "vanlig"
        "Alexander är inte dum, han behöver bara mer tid.",
        "Hon har utvecklats till en omtänksam ung kvinna.",
        "Hon är en av de trevligaste eleverna i klassen.",
    ],
    "offensive": [
        "Han kallade Ali för terrorist på rasten.",
        "Tjocka Tim har glömt gympapåsen igen.",
        "Lägg ingen energi på den där lilla parasiten.",
        "Du är ett jävla as.",
        "Han sa att hon var en tjock ko.",
        "Skriver som en debil.",
        "Typisk bög-röst när han läser.",
        "He called her a slut.",
    ],
}

R2_PASS = {
    "person_judgment": [
        # A complement ties the state to a task or a thing.
        "Han är osäker på hur man räknar procent.",
        "Hon är positiv till att börja i kören.",
        "Hon är säker i sina beräkningar.",
        "Han är självständig i sitt arbete med bilden.",
        # Determiners and neutral adjectives in the "en … elev" construction.
        "En elev i klassen har glömt sin jacka.",
        "Hon är en ny elev som kommer från Göteborg.",
        "Varje elev ska ha en egen dator.",
        # Things, animals, stories, role play, words.
        "Melodin är glad och lätt, och den går i dur.",
        "Modellen av bron är stabil men inte så vacker.",
        "Filmen handlade om en blyg pojke som blir modig.",
        "I rollspelet var hon en elak häxa.",
        "Kan använda ordbok för att hitta betydelsen av okända ord som 'ödmjuk' och 'envis'.",
        "Kan förklara varför torsken i Östersjön blivit mager och liten.",
        "Kan ange latitud och longitud för Stockholm (lat. 59° N).",
        "Often late to class, but can hold a short conversation.",
        # Greetings and notices in the terse style.
        "Glad sommar, hälsningar klassläraren!",
        "Tydlig inledning, men avslutningen saknas.",
        "Han slapp göra provet eftersom han var sjuk.",
        "Hon tycker att matte är roligt.",
        "Det är vanligt att glömma enheterna.",
        "Vikarien var trevlig och lugn.",
        "Ida undersökte vilka ämnen som är sura och basiska.",
        "Hon var med och planerade en lugn och trevlig avslutning för klassen.",
        "It is difficult to understand the instructions.",
        "The weather is nice today.",
    ],
    "offensive": [
        "Rektor kallade föräldrarna till möte.",
        "Han kallade sin hamster för Pelle.",
        "Eleven kan förklara vad en kackerlacka äter.",
        "Eleven har satt nollan på rätt plats i talet.",
        "Han är as bra på fotboll.",
        "Lärde sig uttrycken 'dum som en gås' och 'arg som ett bi'.",
    ],
}


@pytest.mark.parametrize("category, text", [(c, t) for c, ts in R2_FLAG.items() for t in ts])
def test_round2_flagged(content, category, text):
    assert category in cats(content, text), text


@pytest.mark.parametrize("category, text", [(c, t) for c, ts in R2_PASS.items() for t in ts])
def test_round2_hard_negative_passes(content, category, text):
    assert category not in cats(content, text), text


def test_copula_list_flags_each_trait_not_just_the_first(content):
    quotes = [f.quote for f in content.check("Hon är otroligt noggrann, ödmjuk och plikttrogen.").findings
              if f.category == "person_judgment"]
    assert len(quotes) == 3, quotes


# ------------------------------------------- round 3: offensive
# Word families, spellings and constructions beyond the rules' own examples, and the hard
# negatives each broadening must leave alone (homonyms, lemma traps, things and animals).

R3_OFFENSIVE_FLAG = [
    "Jäääävla trams att han aldrig har med sig boken.",   # stretched letters with å/ä/ö
    "Hon sa att han var en riktig träskalle.",
    "Han kallade läraren för pedofil.",                    # name-calling a member of staff
    "Sicket jvla trams.",
    "Han drog ut ögonen och skrek ching chong åt henne.",
    "Slynglar, allihop.",
    "Hela klassen skrattade när han sa att hon sparkade som en brud.",
    "He is such a dork.",
    "Han skrek din fikus efter Leo i korridoren.",
    "Har tyvärr inte alla hästar hemma.",
    "Geniet glömde pennan igen.",
    "Han är en sugga, sa hon till Lisa.",
    "Fy satan vad han stökar.",
]

R3_OFFENSIVE_PASS = [
    "Vi har läst Dostojevskijs Idioten i litteraturcirkeln.",
    "Eleven kan förklara hur värmekapaciteten cp används i formeln.",
    "Hon kan negera påståenden i logikuppgifterna.",
    "Maten var äcklig i dag, tyckte hela klassen.",
    "Hans husdjur är en råtta som heter Pigge.",
    "Han känner sig värdelös när han inte förstår uppgiften.",
    "Kulan retarderar när den rullar uppför lutningen.",
    "Hon klättrar som en apa på lekplatsen.",
    "Vi läste om himmel och helvete i religionskunskapen.",
    "Hon är ett stort fan av Astrid Lindgren.",
    "Skånes flata landskap formades av inlandsisen.",
    "Han har en fikus i klassrummet som han vattnar.",
    "Hon kräks ofta på morgonen och har fått träffa skolsköterskan.",
]


@pytest.mark.parametrize("text", R3_OFFENSIVE_FLAG)
def test_round3_offensive_flagged(content, text):
    assert "offensive" in cats(content, text), text


@pytest.mark.parametrize("text", R3_OFFENSIVE_PASS)
def test_round3_offensive_hard_negative_passes(content, text):
    assert "offensive" not in cats(content, text), text


# ------------------------------------------------ round 3: person_judgment generalisation
# Phrasings neither in the rules' examples nor in corpora/dev: word families (character nouns,
# praise compounds, conduct verbs), constructions ("… av sig", "ADJ som person", a label with a
# person subject, "kommer från en … familj", understatement), other languages, and the classes
# of context that cancel a match (canon figures in the sentence before, historical persons,
# things and performances as the subject, quoted speech, a manner after a verb of saying).

R3_PJ_FLAG = [
    "Hon är ganska tillbakalutad av sig.",                 # "… av sig" with any adjective
    "Han är otroligt frågvis som person.",                 # "ADJ som person"
    "Du är verkligen en förebild, Saga.",                  # a label addressed to the student
    "Han är ingen ledare direkt.",                         # a negated label
    "Knappast någon morgonmänniska.",                      # understatement, agent noun
    "Han är lite av en tidsoptimist och en virrpanna.",    # labels by word formation
    "Hon ställer till det för sig genom sin nonchalans.",  # a character noun
    "Alltså en supertjej!",                                # praise compound
    "Han skryter och skvallrar om de andra.",              # habitual conduct verbs
    "Kommer från en ganska välbärgad familj.",             # judging where the student comes from
    "Föräldrarna verkar inte särskilt engagerade.",
    "Hon har lite svårt att passa in bland klasskamraterna.",
    "Han kan om han bara vill.",
    "Typisk mellanstadiekille.",
    "Sie ist sehr fleißig und freundlich.",                # in the language taught
    "She is so scatterbrained and forgetful.",
    "Hon kommer ofta osminkad och ovårdad till skolan.",
]

R3_PJ_PASS = [
    "Vi har läst Karlsson på taket. Karlsson är skrytsam och lat.",   # the figure, next sentence
    "Kristian II var hänsynslös enligt läroboken.",                   # a historical person
    "Klassrummet var stökigt efter pysslet.",                         # a room, not the student
    "Smeten blev seg men bullarna jäste fint.",                       # food as the subject
    "Skottet var otroligt snyggt, och hon kan regeln om offside.",    # a performance
    "Hon ropade: 'du är så lat!' till sin bror i pjäsen.",            # quoted speech
    "Det är viktigt att vara snäll mot varandra på rasten.",          # a general norm
    "Eleven kan säga ifrån på ett schysst sätt.",                     # a manner of doing
    "Gruppen har svårt att komma överens om en frågeställning.",     # agreeing on something
    "Eleven kan använda polite expressions when ordering food.",      # language to learn
    "Eleven kan översätta faul och fleißig till svenska.",             # vocabulary work
    "Vi har saker att göra.",                                         # "saker", not "säker"
    "Hon har trätt pärlor till ett armband.",                         # beads
]


@pytest.mark.parametrize("text", R3_PJ_FLAG)
def test_round3_person_judgment_flagged(content, text):
    assert "person_judgment" in cats(content, text), text


@pytest.mark.parametrize("text", R3_PJ_PASS)
def test_round3_person_judgment_hard_negative_passes(content, text):
    assert "person_judgment" not in cats(content, text), text


# ------------------------------------------------ round 5: person_judgment, unseen writers (r4)
# Judgments wrapped in the formal register (a character noun after "har/visar/uppvisar", conduct
# named as "beteende", "förhållningssätt", "språkbruk"), warm remarks in hurried notes, and the
# contexts that cancel: a fairy-tale figure or an animal as the subject, a friend after a
# genitive, the sun as a star, words named as words, the writer's own honesty, please.

R5_PJ_FLAG = [
    "Hon har en härlig utstrålning som smittar av sig på gruppen.",   # character noun
    "Maja uppvisar en påfallande mognad för sin ålder.",
    "Lova har ett glatt och öppet sinnelag.",
    "Vera uppvisar ibland ett respektlöst bemötande gentemot personalen.",  # conduct, formal
    "Han använder ett grovt språk mot sina klasskamrater.",
    "Eleven visar bristande ansvarstagande.",                          # what the student lacks
    "Alva har svårt att hantera motgångar och förluster.",
    "Han har lätt att läsa av andra.",
    "Han är i grunden en vänlig och hjälpsam kille.",                  # adverb after the copula
    "Tindra har visat stor empati mot nya elever.",
    "Viktor kan inte hålla tyst under genomgångarna.",                 # habits in a hurried note
    "Kort om Ville: glad o social, inga problem.",                     # a list after a label
    "Han är intellektuellt begränsad.",
    "Till vikarien: Alma = jättesnäll men pratig.",                    # "=" in a note, not a gloss
    "Kim kännetecknas av sin vänlighet och hjälpsamhet.",              # a quality after a possessive
    "Hans uppförande har under terminen varit mycket gott.",
    "Ellen bemöter alltid vuxna och kamrater med respekt.",
    "Han uppträder ibland provocerande mot kamraterna.",
]

R5_PJ_PASS = [
    "Eleven har en god förmåga att lösa problem i flera steg.",        # curriculum wording
    "Han har ett utvecklat språk i sina texter och varierar meningsbyggnaden.",
    "Eleven kan beskriva hur djurens beteende förändras under vintern.",
    "Hon visar hur energi omvandlas i en vattenkraftsstation.",
    "Eleven har ett kritiskt förhållningssätt till källor.",
    "Karaktären i boken uppvisar ett aggressivt beteende mot sin bror.",
    "Hunden har ett vänligt temperament, skriver Ida i sin faktatext.",  # an animal
    "Vi läste sagan igen. Trollet blev snällt till slut.",              # a fairy-tale figure
    "Han ritade en tjurig tomte med långt skägg.",
    "Solen är en stjärna och jorden en planet.",
    "Oscar och hans kompis Vilmer byggde ett torn.",                   # a friend, not a kind
    "Kan du vara snäll och skicka underlaget till mig?",               # please
    "Om jag ska vara ärlig hann vi inte klart med kapitlet.",          # the writer's honesty
    "Eleven kan lösa enkla konflikter med ord.",
    "Hon vet vilken temperatur som är bäst för jästen.",
    "Han kan namnge Nordens huvudstäder.",                             # not "nörd"
    "Efter att han fått medicin är han piggare på förmiddagarna.",     # a medicine's effect
    "Ord för känslor som vi övat på i engelska: happy, sad, angry.",   # words listed as words
    "Hon kan argumentera för sin inställning till kärnkraft.",        # a stance, not a trait
    "Han visar osäkerhet kring bråk men säkerhet i huvudräkning.",
    "Eleven har en god utveckling i förhållande till kunskapskraven.",  # curriculum wording
    "Hon har ett gott sinne för färg och form i sina bilder.",
]


@pytest.mark.parametrize("text", R5_PJ_FLAG)
def test_round5_person_judgment_flagged(content, text):
    assert "person_judgment" in cats(content, text), text


@pytest.mark.parametrize("text", R5_PJ_PASS)
def test_round5_person_judgment_hard_negative_passes(content, text):
    assert "person_judgment" not in cats(content, text), text


# ------------------------------------------- round 5: offensive (dev/r4-*)
# Families and constructions the r4 writers used, in sentences of our own, and the hard
# negatives each broadening must leave alone (homonyms, innocent compounds, word study).

R5_OF_FLAG = [
    "Vilken tjockskallig kommentar, sa han till Ali.",               # "-skallig" adjectives
    "Han kallade dem bonnlurkar på utflykten.",                       # dialect/rural slur
    "Hon har en riktig kärring-attityd mot vikarien.",                # hyphenated compound
    "Ella es una tonta, wrote Maja in the chat.",                     # Spanish insult
    "Han är en typisk invandrarkille som inte lyssnar.",              # ethnic stereotype
    "Tjejer som Saga är ju såna som bara fnissar.",
    "Det är som att undervisa en stubbe.",                            # a pupil as an object
    "Hon är så trög att det gör ont.",                                # exaggerated contempt
    "Grattis till vår Kalle som för en gångs skull hade med sig boken.",  # sarcasm
    "Klassens egen lilla Hitler bestämmer på rasten.",
    "Han har fått öknamnet ”Grisen” i klassen.",                      # a taunting nickname
    "Lisa är fan helt hopplös på morgnarna.",                         # "fan" as intensifier
    "Han är slö i knoppen.",
    "Nils Anders är en riktig idiot, sa en kamrat.",                 # first name + surname, not a title
    "Han skrev idi00t på bänken.",                                    # repeated digit
    "Hon kallade henne för sl@mpa.",
    "Någon hade skrivit B Ö G på hans skåp.",                        # three letters spaced out
    "Ärligt talat är han helt rubbad.",
]

R5_OF_PASS = [
    "Rövarna i Kardemumma stad lär sig att städa.",
    "Eleven kan räkna ut bilens retardation vid inbromsningen.",
    "Eleven kan beskriva Mongoliets ekonomi.",
    "Skriv alla rubriker i fetstil.",
    "Vi sådde krasse i en kruka i fönstret.",
    "Hon fick en knöl i pannan när hon ramlade.",
    "Eleven kan beskriva mesosfären och stratosfären.",
    "Familjen flyttade från Fittja till Alby.",
    "Eleven kan förklara hur fartygets bogen och aktern byggdes.",   # "bögen" without dots
    "Hon har cerebral pares (CP) och har assistent i slöjden.",
    "Vi pratade om vad man kan göra när någon blir kallad tönt.",    # a generic case
    "Hon gav exempel som ”mupp” och ”pucko” i texten om näthat.",
    "Grattis till Alva som äntligen fick sin kattunge!",             # sincere congratulations
    "Han suger in luften och håller andan under vattnet.",
    "Elin har skitiga stövlar efter skogsutflykten.",
    "Han är ett stort fan av Liverpool.",
    "Ett fan av Harry Potter, Ella har läst alla böckerna.",
    "Vi lekte tjuv och polis, och han var tjuv.",
    "Eleven drar ibland lättfärdiga slutsatser av sina mätvärden.",
    "Vi lagade typisk turkisk mat på hemkunskapen.",
    "Foten är så dålig att det gör ont när hon springer.",
]


@pytest.mark.parametrize("text", R5_OF_FLAG)
def test_round5_offensive_flagged(content, text):
    assert "offensive" in cats(content, text), text


@pytest.mark.parametrize("text", R5_OF_PASS)
def test_round5_offensive_hard_negative_passes(content, text):
    assert "offensive" not in cats(content, text), text


# ------------------------------------------------ round 6: person_judgment, unseen writers (r5, r6)
# Aptitude and heart named as nouns, the student's future foretold, an attitude pointed at, a
# label as a closing apposition, terse notes on looks and the home; and the contexts that cancel:
# a thing the student made or a task as the subject, neuter praise of the work, a named
# character analysed, one fight on one occasion, restlessness told with a medicine.

R6_PJ_FLAG = [
    "Hon har en medfödd fallenhet för teckning.",                      # aptitude as a noun
    "Tyvärr har han inget gehör och ingen fallenhet för språk.",
    "Han har ett gott hjärtelag.",
    "Hon har ett skarpt intellekt.",
    "Det kommer att bli något stort av honom.",                        # the future foretold
    "Hon kommer att gå långt om hon fortsätter så här.",
    "Lovar mycket men levererar aldrig.",                              # promises not kept
    "Hafsar ihop sina texter på slutet.",                              # careless habits
    "Han saknar helt fallenhet för matematik.",                        # aptitude lacked
    "Hon har en enorm talang för teckning.",
    "Det blir nog inget av henne.",
    "Jag är trött på hans attityd.",                                   # an attitude pointed at
    "Hon har varit helt omöjlig hela veckan.",                         # "har varit" + a person
    "Din son är väldigt social och omtyckt.",                          # "din" + a person, not a thing
    "Klarar allt utan ansträngning, en riktig naturbegåvning.",        # closing apposition
    "Har högsta nivån i alla ämnen, en så begåvad elev!",
    "Matte är helt enkelt inte hans grej.",                            # aptitude for a subject
    "Glad och hjälpsam, slarvig som vanligt med läxorna.",
    "Väldigt snygg och välklädd, fixar håret varje rast.",             # terse looks note
    "Hemmet kaotiskt, ingen vuxen hemma på kvällarna.",                # the home, no copula
    "Hon har en väldigt sträng pappa.",                                # a parent judged
    "Pratar sönder varje genomgång.",
    "Friendly and curious pupil who loves to help.",                   # English note opening
]

R6_PJ_PASS = [
    "Modellen hon har byggt är stabil och klarar två kilo.",           # a thing the student made
    "Din affisch var kreativ och du kunde förklara fotosyntesen.",     # the student's work
    "Beräkningen är omständlig men korrekt.",
    "Tråkig uppgift enligt gruppen, men alla blev klara.",             # a task judged
    "Gruppen byggde en bro av spagetti. Snyggt!",                      # neuter praise of the work
    "I sin analys beskriver hon Gösta som högfärdig och självisk.",    # a character analysed
    "Han skrev en karaktärsanalys av Ronja, som är modig och envis.",
    "Det blir inget av utflykten på grund av regnet.",                 # not a person
    "Vi kommer att gå långt i morgon, så ta med bra skor.",            # a walk, not a future
    "Han har ett förstorat hjärta och går på kontroller.",             # health, not a heart of gold
    "Vi slänger ihop en sallad till lunchen.",                         # not the student's work
    "Texten saknar en tydlig struktur.",                               # the work lacks, not the student
    "Elsa och Wilma hamnade i bråk på lunchen men löste det själva.",  # one incident
    "Han har svårt att sitta still sedan han fick medicinen utskriven.",  # health, not a trait
    "Ja men ärligt, vi hann inte med allt i dag.",                     # the writer's frankness
    "Kan förklara varför djur i kalla klimat är kraftiga och kompakta.",  # subject content first
    "Hon kan argumentera för sin inställning till kärnkraft.",         # a stance on a topic
    "Nyinskriven elev: se bifogad blankett.",                          # a field name
]


@pytest.mark.parametrize("text", R6_PJ_FLAG)
def test_round6_person_judgment_flagged(content, text):
    assert "person_judgment" in cats(content, text), text


@pytest.mark.parametrize("text", R6_PJ_PASS)
def test_round6_person_judgment_hard_negative_passes(content, text):
    assert "person_judgment" not in cats(content, text), text


# Round 6 (dev/r5-*, r6-*), offensive: obfuscations (stutter, stars, a hyphen after the first
# letter), sneers that hold even about work, groups as a zoo, contemptuous "stackare"/"prinsessa",
# prefix-intensified insults; hard negatives: clinical CP, lice, nut allergy, a mild word on a
# skill, titles of works, insults analysed as language.
R6_OF_FLAG = [
    "Han är t-t-tönt, sa de på rasten.",                              # stutter, two repeats
    "Hon är id-idiot, skrev han i chatten.",                          # stutter, one repeat
    "Vilken j*vlig attityd mot vikarien.",                            # stars inside a word
    "Sk*tunge, kastade sudd hela lektionen.",
    "Ett j-a tjafs om platserna varje morgon.",                       # hyphen-shortened swear word
    "Skrev a-rsle på tavlan.",
    "Ungen är ju helt c*p.",
    "Han är en riktig megamupp.",                                     # intensifying prefix
    "Gruppen är ett rent dårhus efter rasten.",                       # a group as a madhouse
    "Patetiskt svag insats på provet.",                               # a sneer about the work
    "Usel på allt som har med skolan att göra.",
    "Det är omöjligt att ha honom i gruppen.",
    "En ynklig stackare som inte vågar något.",
    "Hon är en självupptagen diva på lektionerna.",
    "Ett skolexempel på en soffpotatis.",
    "De har ropat ”apa” efter honom i korridoren.",                   # a word shouted at someone
    "Han är konstig i huvudet, sa hon.",
]

R6_OF_PASS = [
    "Hon går på habilitering för sin CP-skada varannan vecka.",       # the pupil's own diagnosis
    "Hans CP påverkar finmotoriken i slöjden.",
    "Vi har fått veta att det finns löss i klassen; lusbehandling rekommenderas.",
    "Nötallergi: han äter inte nötter eller mandel.",
    "Dum formulering i inledningen, annars en bra text.",             # a mild word on the work
    "Klassen var på djurparken i Borås.",
    "Stackaren hade feber hela veckan.",
    "In ”Oliver Twist”, the master calls Oliver a wretch, and Ida analysed the scene.",
    "Henrik kan analysera kränkande kommentarer som ”mupp” och förklara varför de sårar.",
    "'**Läxa:** sidan 12'",
    "Han har lärt sig att räkna 4*5 och 6*7 i huvudet.",
    "Hon har p-piller-frågor till skolsköterskan.",                   # "p-p…" is no stutter
]


@pytest.mark.parametrize("text", R6_OF_FLAG)
def test_round6_offensive_flagged(content, text):
    assert "offensive" in cats(content, text), text


@pytest.mark.parametrize("text", R6_OF_PASS)
def test_round6_offensive_hard_negative_passes(content, text):
    assert "offensive" not in cats(content, text), text


# Round 10 (files dev/r10-*): attendance and grade families and the innocent contexts that
# cancel them, in sentences of our own.
R10_AT_FLAG = [
    "Hög frv i tyska, nästan allt ogiltigt.",
    "Sena ank. 7 ggr sedan lovet.",
    "Wilma sen till slöjden två gånger.",
    "Han kommer sällan till mentorstiden.",
    "Hon saknas andra dagen i rad på idrotten.",
    "Satt på kaféet i stället för att gå till lektionen.",
    "Missade stora delar av kemin förra veckan.",
    "Lämnar idrotten tio minuter tidigt varje torsdag.",
    "He has been truanting since half term.",
    "She is away Tue–Thu for a family wedding.",
    "Ledig 4 dgr efter sportlovet.",
    "Var i Somalia 5 v under vårterminen.",
    "Flyger till Chile på fredag, åter vecka 9.",
]
R10_AT_PASS = [
    "Vi diskuterade föräldranärvaro i klassrummet under temadagen.",
    "3 elever sjuka idag, vi skjuter upp provet.",
    "Frånvaron i klassen ökade under influensaveckan.",
    "Ingen ledighet beviljas under provveckan.",
    "The absence of commas made the text hard to follow.",
    "Skolskjutsen går 7.40 från torget.",
    "Hon har levt i Sverige i tre år och pratar flytande.",
    "Han var sjukt stolt över sin robot.",
    "Hon kommer knappt ihåg reglerna i spelet men lär sig snabbt.",
]
R10_GR_FLAG = [
    "Prognos: Ma B, Sv C, Bi A.",
    "Hennes svenskbetyg (D) skickades hem.",
    "Ligger precis på D/E-gränsen i fysik.",
    "Han ligger på VG-nivå enligt gamla skalan.",
    "Ett B på första förhöret.",
    "Elvira borde ha ett A i bild.",
    "f-varn i hkk, saknar två matlagningsprov",
    "Han har inte betyg i moderna språk från sin förra skola.",
]
R10_GR_PASS = [
    "Grupprum: Bi A, Ke B och Fy C är bokade.",
    "Hon vet vad som krävs för behörighet till ekonomiprogrammet.",
    "Vi övade ackorden C och G i refrängen.",
]


@pytest.mark.parametrize("category, text", [("attendance", t) for t in R10_AT_FLAG] + [("grade", t) for t in R10_GR_FLAG])
def test_round10_attendance_grade_flagged(content, category, text):
    assert category in cats(content, text), f"{category} missed in {text!r}"


@pytest.mark.parametrize("category, text", [("attendance", t) for t in R10_AT_PASS] + [("grade", t) for t in R10_GR_PASS])
def test_round10_attendance_grade_hard_negative_passes(content, category, text):
    assert category not in cats(content, text), f"{category} wrongly raised in {text!r}"
