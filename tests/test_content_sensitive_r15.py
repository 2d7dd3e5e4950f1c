"""Sensitive, round 15 (files dev/r15-*: sensitive matters through the family in F-5, messages between
teachers and guardians): the classes of innocent context found among the false alarms and the
families added for the misses, pinned in sentences of our own (not corpus sentences). The rules are
checked without the trained veto, as in test_content_rules."""
from __future__ import annotations

import pytest

from test_content_rules import cats, content  # noqa: F401  (the module-scoped fixture)

R15_SE_FLAG = [
    # A diet for health by what it leaves out, the allergy table, a list of the child's medicines.
    "Alva äter glutenfritt, köket vet om det.",
    "Han ska ha mjölkfri kost på lägerskolan.",
    "Ebbe dricker bara laktosfri mjölk.",
    "Sam sitter vid allergibordet i matsalen.",
    "Dosetten ligger i hans väska.",
    "Skriv upp hennes namn på medicinlistan.",
    # A relative's illness: by a genitive or a copula with a new family of states.
    "Sedan pappans sjukskrivning har hon varit trött.",
    "Mormors demens gör att det är oroligt hemma.",
    "Hans farmor är dement och kan inte hämta längre.",
    "Hennes pappa är utbränd och sjukskriven.",
    # Care and the senses in plain and hurried words, also in English.
    "He was admitted to hospital on Sunday.",
    "Hon väntar på besked från sjukhuset om foten.",
    "Verkar ha svårt att se på tavlan, ska kolla med mamma.",
    "Har varit hos ögonläkare i veckan.",
    "Han får träning hos sjukgymnast på fredagar.",
    "Hon har åksjuka, sätt henne längst fram i bussen.",
    "Tappar håret sedan behandlingen, vill ha mössa på.",
    # Family: social services, protected identity, a placement, a parent who cannot cope or drinks.
    "Socärendet är avslutat enligt mamma.",
    "Soc är inkopplade sedan i höstas.",
    "Eleven har skyddade id-uppgifter, lägg inte ut bilder.",
    "Liam är placerad sedan i somras.",
    "Pappan orkar inte ta hand om barnen just nu.",
    "Hon har det otryggt hemma just nu.",
    "Det är väldigt kaotiskt hemma sedan jul.",
    "Det är ständigt bråk i familjen, säger storasyster.",
    "Det är mycket bråk hemma mellan föräldrarna.",
    "Hans mamma dricker för mycket enligt grannen.",
    "Familjen får matkassar från församlingen.",
    # Origin through a relative abroad.
    "Hon visade bilder på sin mormor från Somalia.",
    # Faith in the guardian's own words, baptism, faith as a bare reason.
    "Vi är katoliker, så Maria är ledig på trettondagen.",
    "Familjen är praktiserande muslimer.",
    "Noel är inte döpt, så vi vill att han slipper kyrkan.",
    "Hon badar inte med pojkar pga vår tro.",
    "Följer inte med på gudstjänsten pga religionen.",
    "Familjen äter bara kosher.",
    # Families without a dev item behind them: misspellings, English, housing, contact, relapse, war.
    "Utredning klar, hon har autisim.",
    "Han har haft en depresion sedan i våras.",
    "He forgot his meds again today.",
    "Her mum is an alcoholic according to the social worker.",
    "Båda föräldrarna är födda utomlands och pratar lite svenska.",
    "Hon har varit med om kriget och blir rädd av höga ljud.",
    "Han bor i fosterfamilj sedan i höstas.",
    "Hon får inte umgänge med sin pappa just nu.",
    "Skolan har anmält oro till socialtjänsten.",
    "Mammas nya pojkvän slår henne ibland.",
    "Mamma har fått återfall, mormor hämtar.",
    "Familjen har ingen fast bostad sedan i juli.",
    "De har fått stöd från Stadsmissionen inför julen.",
]

R15_SE_PASS = [
    # A person in a picture or a painting being analysed.
    "Flickan i målningen har förlorat sin pappa, och Ida beskriver hur färgerna visar sorgen.",
    # A clinic or a service visiting the class in its role.
    "Ungdomsmottagningen kom på besök och pratade om kroppen.",
    "Vi fick besök av ungdomsmottagningen i torsdags.",
    # The counsellor as the school's response to an incident, for all parties.
    "Båda eleverna har haft samtal med kurator efter bråket.",
    "Alla inblandade har fått samtal med skolkuratorn.",
    "Ludvig har kallat en kompis för ”tönt” flera gånger. Samtal med kurator bokat.",
    # Food for a group, a doll named, a lesson on faith.
    "Vi bakade glutenfria bullar till hela klassen.",
    "Dockan är döpt till Majken.",
    "Vi har läst om vad muslimer och kristna tror om livet efter döden.",
    # Sight as a word in a lesson, a picture of a place.
    "Det är svårt att se skillnaden mellan de två graferna.",
    # A messy or tough home is a judgment or a mood, not a welfare fact (earlier writers leave it).
    "Han kommer från en stökig familj.",
    "Hon har det lite jobbigt hemma med läxorna.",
    # A visit to a relative abroad (a trip, as decided in round 5).
    "Ledig en vecka för att hälsa på sin farmor i Polen.",
    # Food and tents on a school day, war read about.
    "Hunden åt skinka från bordet i berättelsen.",
    "Vi visade hur man bor i tält på friluftsdagen.",
    "Vi läste om hur människor upplevde kriget.",
    # Sent out of the lesson as a sanction (a homonym of deportation).
    "Hugo blev utvisad från lektionen efter att ha svurit.",
    # A placement in a seating plan or a group.
    "Hon är placerad bredvid Ali i klassrummet.",
]


@pytest.mark.parametrize("text", R15_SE_FLAG)
def test_round15_sensitive_flagged(content, text):  # noqa: F811
    assert "sensitive" in cats(content, text), text


@pytest.mark.parametrize("text", R15_SE_PASS)
def test_round15_sensitive_hard_negative_passes(content, text):  # noqa: F811
    assert "sensitive" not in cats(content, text), text


def test_counsellor_after_an_incident_is_not_the_victims_state(content):  # noqa: F811
    """The talk booked after name-calling passes, but a student's own low mood beside it still flags."""
    assert "sensitive" not in cats(content, "Nils har kallat Ebba för ”äcklig”. Samtal med kurator bokat.")
    assert "sensitive" in cats(content, "Ebba mår psykiskt dåligt sedan i höstas. Samtal med kurator bokat.")


def test_teacher_we_is_not_the_family_faith(content):  # noqa: F811
    """'vi' + a religion is the guardian's family (flagged); the class celebrating is not."""
    assert "sensitive" in cats(content, "Hej! Vi är muslimer och Omar äter inte fläsk. /Sara")
    assert "sensitive" not in cats(content, "Vi firar jul i klassen med lucia och pepparkakor.")
