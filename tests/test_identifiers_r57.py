"""Identifier round 57 (docs/identifiers.md, "Round 57"): more notes only a family writes to the school, so their
closing is the guardian's name – a day off typed in haste ("e hemma idag", "ar ledig imorgon"), a lesson missed for a
reason given ("så han missar engelskan"), the hour the child comes in, the writer's own child, a late arrival
announced by name, the child asking to borrow what was forgotten, the family's home, faith and money in the first
person, thanks to the school as a whole, the English "Please excuse … from". A teacher's reply that reassures ("så han missar
bara idrotten") stays the teacher's."""
from __future__ import annotations

import pytest
from faker import Faker

_FAKE = Faker("sv_SE")
_FAKE.seed_instance(57)
# Given names Faker lists for Sweden, one per case (a guardian's, then the child's).
_GUARDIANS = [_FAKE.first_name_female() for _ in range(12)]
_CHILDREN = [_FAKE.first_name_male() for _ in range(12)]


_NOTES = [
    "hej! {child} e hemma idag, kräktes i natt. mvh {guardian}",
    "hej! {child} ar ledig imorgon pga begravning. mvh {guardian}",
    "Hej! {child} har läkartid på torsdag kl 13 så han missar bandlektionen. Hälsningar {guardian}",
    "Hej! {child} ska till tandläkaren kl 9.30, han kommer till skolan efter lunch. Mvh {guardian}",
    "Hej! Min son {child} har feber och ont i halsen. Tack! /{guardian}",
    "Hi! Sorry, {child} will be late today, we missed the bus. Thanks, {guardian}",
    "Hej {child} har glömt gympapåsen igen, kan han låna?? /{guardian}",
    "Hej! Hemma hos oss pratar vi somaliska, så {child} kanske inte förstod läxan. Mvh {guardian}",
    "Hej! Vi har det tight ekonomiskt och har inte råd med skolresan för {child}. /{guardian}",
    "Hej! Vi har pratat med {child} hemma och han lovar att göra läxorna. /{guardian}",
    "Stort tack för en fin termin! {child} läser mycket nu. Ni är guld värda. / {guardian}",
    "Good afternoon. Please excuse {child} from swimming on Thursday, he has an ear infection. Regards, {guardian}",
]


@pytest.mark.parametrize("k", range(len(_NOTES)))
def test_a_family_notice_is_signed_by_a_guardian(names_found, k):
    note, child, guardian = _NOTES[k], _CHILDREN[k], _GUARDIANS[k]
    assert guardian in names_found(note.format(child=child, guardian=guardian), [child])


def test_a_teachers_reassuring_reply_is_signed_by_the_teacher(names_found):
    text = ("Hej! Kan Hugo gå 15 min tidigare på torsdag? /Hugos mamma\n\n"
            "Hej! Ja, det går bra. Vi har genomgång i början så han missar bara egna arbetet. /Kjell")
    assert "Kjell" not in names_found(text, ["Hugo"])
