"""Sensitive, round 10 (files dev/r10-*): the classes of innocent context found among the false
alarms and the families added for the misses, pinned in sentences of our own (not corpus
sentences). The rules are checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R10_SE_FLAG = [
    # Diseases by colloquial or compound names, a lasting illness, an operation as the reason.
    "Noah har sockersjuka och äter frukt på rasten.",
    "Sjukanmäld i dag, migränanfall enligt pappa.",
    "Hon har en sällsynt tarmsjukdom och behöver gå på toaletten ofta.",
    "Han har haft feberkramper som liten enligt mamma.",
    "Ella har brännskador på benen och vill inte bada.",
    "Har gått ner i tid pga en långvarig sjukdom.",
    "Ledig två veckor pga operation (höft).",
    "Han har rätt till skolskjuts pga sitt rörelsehinder.",
    "Vi tror att han har aspberger, men ingen utredning är gjord.",
    "Hon har IQ under normalt enligt psykologen.",
    "Hon har fått sina nya glasögon och ser tavlan bättre.",
    "Han tar sina piller varje morgon innan skolan.",
    "Arbetar bra med sin stödperson på eftermiddagarna.",
    # Mental health: subordinate word order, self-harm marks, comfort eating, trauma talks, vague guesses.
    "Hon sa att hon inte vill leva längre, kurator kontaktad.",
    "Mentor såg skärsår på hennes armar i idrottshallen.",
    "Vi misstänker tröstätning sedan flytten.",
    "Han har varit med om en olycka och får traumasamtal varje vecka.",
    "Gråter ofta, kanske nåt psykiskt?",
    # Religion as practice, a relative who serves a faith with "som".
    "Hon är aktiv i församlingen och sjunger i kyrkans kör.",
    "Han berättade om sin morbror som är imam i Malmö.",
    # Origin by descent, skin colour, the flight itself.
    "Ali är av irakiskt ursprung och talar arabiska hemma.",
    "Hon e svart och blir retad för sitt hår.",
    "Minns flykten från Eritrea och sover dåligt.",
    # Family and social services: placements, custody fights, violence in the passive, money as reason.
    "Syskonen är placerade hos sin faster efter beslut i socialnämnden.",
    "Han bor på behandlingshem under terminen.",
    "Soc-jouren var inkopplad i helgen.",
    "Det har varit en lång vårdnadsstrid om barnen.",
    "Hon blev slagen av sin styvpappa enligt kuratorn.",
    "Pga familjens ekonomi kan han inte följa med på lägret.",
    "Hans pappa har alkoholproblem enligt mamma.",
    # Orientation guessed by the writer; two fathers.
    "Verkar vara gay, vill inte byta om med de andra.",
    "Hennes föräldrar (båda mammor) kommer på samtalet.",
    # A report cue counts only with the counsellor after it.
    "Mamma har anmält att hon mår dåligt sedan jul.",
    "Det finns en stark ångest hos honom inför proven.",
    # English equivalents.
    "She told her mentor she doesn't want to live any more.",
    "The PE teacher noticed cuts on her wrists.",
    "He was hit by his stepfather at the weekend, according to the counsellor.",
    # The police called without the article.
    "Polis kallades till skolgården efter bråket.",
]

R10_SE_PASS = [
    # An insult is offensive only: a condition or group word inside it is not health or origin.
    "Typ cp-skadad, sa han om sin kompis.",
    "Hon sa att grannarna är ”snåla judar”.",
    # The counsellor as the place for evidence or a report; a cut while cooking; milk that curdles.
    "Skärmdumparna finns hos kuratorn.",
    "Vera har anmält händelsen till kuratorn.",
    "Han skar sig i fingret när han skalade potatis.",
    "Grädden skar sig när hon vispade för länge.",
    # A quarrel: a claim between pupils, a case that is settled, a nosebleed in a fight.
    "Hugo påstod att Leo stulit hans mössa, men den låg i hallen.",
    "Båda har pratat ut och saken är utredd.",
    "Efter bråket blödde han näsblod och fick gå till sköterskan.",
    # A move within Sweden; people in general; a group as the topic.
    "Hon har flyttat hit från Umeå i somras.",
    "Elever som av religiösa skäl inte deltar i lucia får annan aktivitet.",
    "Han höll ett föredrag om blinda personers rättigheter.",
    "Övrig info: inga allergier.",
    # Lessons: a topic heading then the lesson, English knowledge verbs.
    "Astma och allergi – vi gick igenom hur luftvägarna fungerar.",
    "Maja explained how insulin works and what happens in diabetes.",
    "Her presentation on mental health among teenagers was well structured.",
    # A belt grade, not skin colour; a ball, not a parent.
    "The ball was hit by his dad over the fence.",
    "Hon är svart bälte i karate.",
]


@pytest.mark.parametrize("text", R10_SE_FLAG)
def test_round10_sensitive_flagged(content, text):  # noqa: F811
    assert "sensitive" in cats(content, text), text


@pytest.mark.parametrize("text", R10_SE_PASS)
def test_round10_sensitive_hard_negative_passes(content, text):  # noqa: F811
    assert "sensitive" not in cats(content, text), text


def test_om_en_is_not_om_man(content):  # noqa: F811
    """The lemma table gives 'en' the lemma 'man', so a cue 'om man' also matched 'om en'; the
    generic-person cue is a regex now, and a real 'om man' still cancels."""
    assert "sensitive" in cats(content, "Hon har varit med om en brand och har ångest sedan dess.")
    assert "sensitive" in cats(content, "Han har varit med om en hjärnskakning i helgen.")
    assert "sensitive" in cats(content, "Familjen är nyinflyttad från Irak.")
    assert "sensitive" not in cats(content, "Familjen är nyinflyttad från Falun.")
    assert "sensitive" not in cats(content, "Om man har ångest kan man prata med någon vuxen.")


def test_insult_drops_only_the_sensitive_words_it_holds(content):  # noqa: F811
    """An offensive finding removes a sensitive hit only when it covers all of the hit's words."""
    assert "sensitive" in cats(content, "Alex vill bli kallad 'hen' från och med nu.", names=("Alex",))
