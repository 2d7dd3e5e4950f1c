"""Sensitive, round 16 (files dev/r16-*: sensitive matters in years 6-9, often indirect): the classes
of innocent context found among the false alarms, the families added for the misses, and the
narrowed "från Sverige" cancellation, pinned in sentences of our own (not corpus sentences). The
rules are checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R16_SE_FLAG = [
    # A deportation from Sweden is not an origin within Sweden: the place no longer cancels it.
    "Familjen väntar på besked och riskerar att bli utvisad från Sverige.",
    "Han utvisades från Sverige men kom tillbaka i somras.",
    "Mamman ska utvisas från landet enligt beslutet.",
    # ... nor an origin abroad in another clause of the sentence.
    "Hon föddes i Malmö men pappan kommer från Irak.",
    "Hon flyttade hit från Gävle, men mamman kommer från Eritrea.",
    # Health and mental health in indirect wording.
    "Hon hade ett missfall före jul och är hemma.",
    "Hans mormor har demens och bor hos dem.",
    "Får panikångestattacker i matsalen.",
    "Har tandvårdsrädsla och vill inte gå till tandläkaren.",
    "Alice verkar väldigt deppig och drar sig undan.",
    "He seems very down lately and sits alone.",
    "Sover bara 4 timmar per natt enligt egen uppgift.",
    # Religion as practice and as a family's faith told by a genitive.
    "Han är djupt troende och fastar under ramadan.",
    "Hon ber på lunchen i ett tomt klassrum.",
    "Borta en vecka under Bajram.",
    "Elsas familj är Jehovas vittnen.",
    # Orientation and identity: a label with a pronoun subject, the pupil's own pronoun, two mothers.
    "Hen är queer och vill prata om det med mentor.",
    "Vill kallas Robin och använda hen på lektionerna.",
    "Han har två hem, ett hos pappa och ett hos mamma och mammas fru.",
    # Family, crime and the police.
    "Lillebror till Ebba dog i en olycka i somras.",
    "Konflikt om vårdnaden, båda vill ha eleven.",
    "Dad lost custody last year.",
    "Hennes kusin blev knivhuggen i centrum.",
    "Polisen är informerad om hoten.",
    # Origin: a relative's skin colour, an ethnic label.
    "Hans mamma är svart och har fått höra kommentarer.",
    "Han är en typisk afrikan, säger de i klassen.",
]

R16_SE_PASS = [
    # Origin within Sweden still passes (docs/rules.md: only an origin abroad is sensitive).
    "Familjen kommer från Sverige men har bott i Spanien ett år.",
    "Elin kommer ursprungligen från Skåne.",
    "Han flyttade hit från Umeå i höstas.",
    "Hon bytte från Norrskolan i januari.",
    # Deportation talked about in general.
    "Vi diskuterade hur det känns att bli utvisad.",
    # The counsellor offered to a group, both parties sent after an incident.
    "Till alla i 9B: ni kan boka tid hos kuratorn om ni vill prata.",
    "Hugo och Sam bråkade på rasten. Båda fick träffa kuratorn efteråt.",
    # A clinic visiting a year group.
    "Ungdomsmottagningen besöker årskurs 8 nästa vecka.",
    # A made work or a study interview on a topic.
    "Hon har gjort ett faktablad om islam och kristendom.",
    "Han gjorde en studieintervju med en präst om kyrkans roll.",
    # A heading, then what the class read.
    "Ätstörningar: vi har läst en artikel om kroppsideal.",
    # A condition stated in general, anatomy taught.
    "Diabetes är vanligare bland äldre, och Ali kan förklara varför.",
    "Hon förklarar knäts uppbyggnad med korsband och menisk.",
    # A passing complaint as the reason in an absence record (attendance).
    "Mycket frånvaro pga huvudvärk i oktober.",
    # Homonyms and places: down on the ground floor, asking for help.
    "Han var nere på gården när det hände.",
    "Hon ber om hjälp när hon kör fast.",
    "Greta sover 9 timmar per natt och orkar mer nu.",
    # Name-calling with a group word is offensive, not a fact about the pupil.
    "Han har kallat henne för lesbisk på rasten.",
]


@pytest.mark.parametrize("text", R16_SE_FLAG)
def test_round16_sensitive_flagged(content, text):  # noqa: F811
    assert "sensitive" in cats(content, text), text


@pytest.mark.parametrize("text", R16_SE_PASS)
def test_round16_sensitive_hard_negative_passes(content, text):  # noqa: F811
    assert "sensitive" not in cats(content, text), text


def test_from_sweden_cancels_only_origin_talk(content):  # noqa: F811
    """'från Sverige' after a verb of origin or moving passes; after a deportation word it does not."""
    assert "sensitive" not in cats(content, "Pappan kommer från Sverige.")
    assert "sensitive" in cats(content, "Pappan blev utvisad från Sverige.")


def test_anatomy_cue_does_not_cross_a_fact(content):  # noqa: F811
    """A body part's structure taught cancels; the pupil's own condition after a contrast stays."""
    assert "sensitive" not in cats(content, "Han beskriver höftens uppbyggnad och vanliga skador.")
    assert "sensitive" in cats(content, "Han beskriver höftens uppbyggnad men har själv ledgångsreumatism.")
