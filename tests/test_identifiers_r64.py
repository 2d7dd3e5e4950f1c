"""Identifiers, round 64 (docs/identifiers.md, "Round 64"): colleagues greeted in notes that ask how a pupil did on a
test, that the pupil read aloud to the reader, for something in the school library or for a pupil's work in English;
a teacher named with a subject in brackets beside the writer; a school's mailbox of several words; the school's
number in a notice about reporting absence; and a parent signing with a word of their own language."""
from __future__ import annotations


def test_a_relatives_number_after_the_absence_notice_stays(identifiers_found):
    found = identifiers_found("Vi har pratat om hur ni sjukanmäler. Ring mamma på 070-123 45 67 om det behövs.", [])
    assert "PHONE" in [e for e, _ in found]
