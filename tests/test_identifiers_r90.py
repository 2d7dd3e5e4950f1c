"""Identifiers, round 90 (docs/identifiers.md, "Round 90"): a given name the message places in a staff role is left out
name by name, also where a coordinated group holds another word that is still reported; the work e-mail of staff named
in their role, but not a guardian's behind a courtesy title."""
from __future__ import annotations

from faker import Faker

_EHT = ("Närvarande vid EHT: rektor, specialpedagog {staff}, mentor. Sebastian behöver utmaningar. "
        "Agneta tar fram material från Matteverkstan och {staff} följer upp.")


def test_a_colleague_in_a_group_is_left_out_and_the_other_word_stays(names_found):
    found = names_found(_EHT.format(staff="Kim"), ["Sebastian"])
    assert "Kim" not in found
    assert "Matteverkstan" in found   # the group's other word is still read as before


def test_staff_mailbox_follows_the_role_for_generated_names(identifiers_found):
    fake = Faker("sv_SE")
    fake.seed_instance(90)
    for _ in range(15):
        first, last = fake.first_name(), fake.last_name()
        address = f"{first.lower()}.{last.lower()}@skolan.se".replace("å", "a").replace("ä", "a").replace("ö", "o")
        staff_text = f"Skolsköterskan {first} vaccinerar åk 5. Vid frågor, kontakta {first} på {address}."
        mother_text = f"Mamma {first} nås på {address} om utflykten."
        assert address not in [q for _, q in identifiers_found(staff_text)], staff_text
        assert address in [q for _, q in identifiers_found(mother_text)], mother_text


def test_a_courtesy_title_is_no_role(identifiers_found):
    text = "Please send the signed form to Mrs Okafor or to adaeze.okafor@gmail.com."
    assert "adaeze.okafor@gmail.com" in [q for _, q in identifiers_found(text, ["Chidi"])]
