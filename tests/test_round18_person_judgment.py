"""Person judgment and sensitive, round 18 (files dev/r18-*): the word families and
constructions added for the misses and the classes of innocent context that cancel, pinned in
sentences of our own (not corpus sentences). Checked without the trained veto, as in
test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R18_PJ_FLAG = [
    # Habitual conduct towards others and the group, present tense.
    "Moa knycker pennor från de andras bänkar.",
    "Han snokar i kompisarnas väskor.",
    "Lina tar över grupparbetet och trycker ner sina klasskamrater.",
    "Saga förstör ofta lektionerna.",
    "Hugo måste alltid synas och höras.",
    "Gör sällan färdigt sina uppgifter.",
    "Tänker aldrig efter innan hon svarar.",
    "Han fattar inte ett dugg och bryr sig bara om sin mobil.",
    "Alva är en tjej som alla undviker.",
    "Han orkar inte ens öppna boken.",
    # Terse traits: one word, a negated intensifier, after ", men", "en … sådan".
    "Pratglad",
    "Inte det minsta hjälpsam.",
    "Stökar en del, men hjälpsam.",
    "Lite virrig, men en go sådan.",
    "Hon är så sjukt dryg mot alla.",
    "Vera är tramsig på lektionerna.",
    # Attitude, looks, the home, standing among peers, zeal, growth, a prognosis.
    "Usel inställning.",
    "Han behöver ändra sin attityd.",
    "Alltid så välfriserad.",
    "Hon kommer från ett läkarhem och har starkt stöd hemifrån.",
    "Har engagerade föräldrar.",
    "Räknas som en ledare bland killarna.",
    "Han dansar med stor entusiasm.",
    "Visar ingen som helst respekt för de vuxna.",
    "Hon har mognat mycket under året, både i skolan och som person.",
    "Geni! Löser allt direkt.",
    "Han är ett stort barn.",
    "Lat, men han försöker.",
    "Det är en pojke som aldrig kommer att klara sig.",
    "She sulks whenever she loses a game.",
    # A judgment woven into a knowledge statement by a coordinated predicate.
    "Maja kan förklara hur ett kretslopp fungerar och är alltid så hjälpsam mot andra.",
]

R18_PJ_PASS = [
    # "ärligt" as the speaker's frankness.
    "Ärligt talat vet jag inte vad som hände i korridoren.",
    "Helt ärligt – vi behöver mer tid till projektet.",
    # A group, a lesson or a day judged.
    "Rörig grupp idag, men Elsa skrev klart sin text.",
    # The work, a musical quality, a line of reasoning as the subject; English work nouns.
    "Tempot är jämnt och melodin säker.",
    "Slutsatsen är slarvig och bygger på för få mätningar.",
    "A careful and clear analysis of the poem.",
    # A topic of interest, engagement in a cause, a topic as the focus.
    "På museet var Leo mest intresserad av vikingaskeppen.",
    "Hon har ett stort engagemang för klimatfrågor och skrev om havsnivåer.",
    "Gustav Vasa står i centrum för Noahs presentation.",
    # A result ranked; a guardian judged in their role; a book read aloud.
    "Hon fick 18 av 20 på förhöret, det högsta i gruppen.",
    "Samtalet med mamman var svårt, hon var arg och avbröt ofta.",
    "Ida läste högt ur Bröderna Lejonhjärta och förklarade hur Tengil styr med rädsla.",
    # "snyggt" as well done; help at home as a fact; a hard home as a lead-in.
    "Snyggt löst av Kim, uträkningen stämmer.",
    "Hon har fått hjälp hemma med glosorna.",
    # Discourse "men" before a neuter adjective about a thing.
    "Det var kul, men krångligt.",
    # The knowledge clause itself still cancels ("kraftiga" of the animals studied).
    "Kan förklara varför arktiska djur är kraftiga.",
]

R18_SENSITIVE_FLAG = [
    "Han visar drag av autism men har ingen diagnos.",
    "Lova har ADHD-liknande problematik enligt mentor.",
    "Han tar hand om sin sjuka pappa efter skolan.",
    "Hon har fortfarande ont i knät efter fallet.",
    "Familjen lever i fattigdom och har inte råd med utflykten.",
    "Mamman får inte längre träffa honom utan socialtjänsten.",
]

R18_SENSITIVE_PASS = [
    "Pratade med klassen om allergier inför utflykten.",
    "Vi hade en lektion om diabetes och insulin.",
    "Vi läste om fattigdom i världen och jämförde länder.",
    "Hemsituationen verkar rörig enligt mentor.",
    "Bråket i kapprummet är anmält, utredning pågår.",
]


@pytest.mark.parametrize("text", R18_PJ_FLAG)
def test_round18_person_judgment_flagged(content, text):  # noqa: F811
    assert "person_judgment" in cats(content, text), text


@pytest.mark.parametrize("text", R18_PJ_PASS)
def test_round18_person_judgment_hard_negative_passes(content, text):  # noqa: F811
    assert "person_judgment" not in cats(content, text), text


@pytest.mark.parametrize("text", R18_SENSITIVE_FLAG)
def test_round18_sensitive_flagged(content, text):  # noqa: F811
    assert "sensitive" in cats(content, text), text


@pytest.mark.parametrize("text", R18_SENSITIVE_PASS)
def test_round18_sensitive_hard_negative_passes(content, text):  # noqa: F811
    assert "sensitive" not in cats(content, text), text
