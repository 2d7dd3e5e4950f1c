"""Content rules, round 61 (docs/rules.md, "Round 61"): what the round's blind writers showed the rules missing or
over-reading, each pinned with sentences that differ from the corpus items and the rules' own examples. Every
case is checked for its category only, so a finding of another category does not hide a miss."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,subject,category", [
    # person_judgment: how adults experience the pupil, a verdict the pupil is not worth the effort, pity for the next teacher
    ("Uppfattas av personalen som rätt svår att få kontakt med.", "Ella", "person_judgment"),
    ("Kan upplevas som alldeles för mycket av en del kamrater.", "Ella", "person_judgment"),
    ("Hon är så jobbig, går inte att resonera med.", "Ella", "person_judgment"),
    ("Sommarlov nu, och jag tycker verkligen synd om hennes nya lärare.", "Ella", "person_judgment"),
    ("Ett riktigt geni, men glömmer allt.", "Ella", "person_judgment"),
    ("Bor hos farfar varannan vecka, blir rätt daltad där.", "Ella", "person_judgment"),
    # offensive: praise taken back, deigning, a mocking word joined to the name, an exclamation, a compound before "av"
    ("Världens flitigaste elev… NOT!", "Ella", "offensive"),
    ("Hennes höghet har behagat dyka upp till andra lektionen.", "Ella", "offensive"),
    ("Tjock-Ella, som några säger, ville inte gå på rast.", "Ella", "offensive"),
    ("Vilken fjant, skrek rakt ut under provet.", "Ella", "offensive"),
    ("Rent mongobeteende av henne på rasten.", "Ella", "offensive"),
    # attendance: a quick note's days, English, leaving a study visit
    ("Ella sjuk 4 dgr v.12, ej gjort labben.", "Ella", "attendance"),
    ("Ella was out sick all of last week.", "Ella", "attendance"),
    ("Var med på studiebesöket på förmiddagen men stack hem efter lunch utan att säga till.", "Ella", "attendance"),
    # grade: the test left out in a hurried note; "en … tjej som" inside "men" is no made-up pupil
    ("Ella: omprov bio torsdag (F på senaste).", "Ella", "grade"),
    ("Betyg: C. Ella är en slarvig men smart tjej som kunde fått A.", "Ella", "grade"),
    # sensitive: a named disease beside a passing complaint in a terse absence note
    ("Hemma med hosta och lunginflammation sedan fredag.", "Ella", "sensitive"),
])
def test_found(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Vi undersökte hur störande buller påverkar minnet.", "Ella", "person_judgment"),
    ("Klassen har jobbat med schysst kamratskap och en god stämning.", None, "person_judgment"),
    ("Ella hör när en ton blir falsk och kan stämma om fiolen.", "Ella", "person_judgment"),
    ("En utmaning, det här provet, men Ella tog sig igenom det.", "Ella", "person_judgment"),
    ("Uppgiften om franska revolutionen verkade först som ett hopplöst fall, men Ella delade upp den.", "Ella", "offensive"),
    ("Ella jämför helvetets kretsar hos Dante med skärselden.", "Ella", "offensive"),
    ("Skolbussen linje 7 går senare på onsdagar, så dagen slutar 15.10.", None, "attendance"),
    ("Ella fick välja mellan alternativ C och D i laborationen och motiverade valet.", "Ella", "grade"),
    ("Ella kan förklara vad som händer när en produkt blir underkänd i en säkerhetskontroll.", "Ella", "grade"),
    ("Terminsbetyg i åk 7–9 sätts den 11 juni.", None, "grade"),
    ("Betyg och meritvärde var ämnet för studie- och yrkesvägledarens genomgång.", None, "grade"),
    ("Mamma är psykolog på BUP och berättade om sitt arbete på yrkesdagen.", "Ella", "sensitive"),
    ("Hemma med feber och hosta sedan igår.", None, "sensitive"),
    ("Personalen har gått utbildning om hur man upptäcker tecken på oro hos barn.", None, "sensitive"),
    ("Ella har läst en kriminalroman där polisen förhör ett vittne.", "Ella", "sensitive"),
])
def test_not_found(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)


# Round 61's second batch (r61-mixc/-mixd): kinds of false alarm and miss, each in sentences of its own.
@pytest.mark.parametrize("text,subject,category", [
    ("Dogge kallade Sara i 6A för 'mes' vid skåpen.", "Dogge", "offensive"),
    ("Kallade en kompis för ludder i chatten.", None, "offensive"),
    ("Bravo Einstein, nu rann vattnet över igen.", None, "offensive"),
    ("Ärligt talat inte riktigt klok i huvudet, den killen.", None, "offensive"),
    ("Ella ledig 4–8/3, familjen reser bort.", "Ella", "attendance"),
    ("Ella ligger på ett D i tyska men är en riktig glädjespridare i klassrummet.", "Ella", "grade"),
    ("Enligt mamma röker Ella ibland på helgerna.", "Ella", "sensitive"),
    ("Ella är lika envis som Karl XII på fotbollsplanen.", "Ella", "person_judgment"),   # a comparison, not the ruler's trait
    ("Hemma en vecka, opererade bort halsmandlarna.", None, "sensitive"),
])
def test_found_second_batch(categories_found, text, subject, category):
    assert category in categories_found(text, subject)


@pytest.mark.parametrize("text,subject,category", [
    ("Tjafs om bollen vid fotbollsplanen, löste sig själv.", None, "person_judgment"),
    ("Vi hade en otroligt rolig lek på rasten.", None, "person_judgment"),
    ("Ella läser en svår klassiker, vilket är ambitiöst.", "Ella", "person_judgment"),
    ("Skillnaden mellan att vara modig och att vara dumdristig diskuterades.", None, "person_judgment"),
    ("Karl XII var envis och krigisk, och Ella kunde förklara varför.", "Ella", "person_judgment"),
    ("Vi hittade maskar i rabatten och Ella ritade dem.", "Ella", "person_judgment"),
    ("Snygg och välstrukturerad presentation.", None, "person_judgment"),
    ("Varför var räven så listig, frågade Ella om fabeln.", "Ella", "person_judgment"),
    ("Kommentar till krönikan: du använder ordet 'jävligt' två gånger, vilket blir för talspråkligt för genren.", None, "offensive"),
    ("Ella tyckte själv att hennes bild var skitdålig, men den visar djup.", "Ella", "offensive"),
    ("Soppan var tydligen 'skit' enligt klassen.", None, "offensive"),
    ("'Din dumma åsna!' skriker kungen i pjäsen, och Ella spelade honom.", "Ella", "offensive"),
    ("Byn Fucking i Österrike har bytt namn till Fugging.", None, "offensive"),
])
def test_not_found_second_batch(categories_found, text, subject, category):
    assert category not in categories_found(text, subject)
