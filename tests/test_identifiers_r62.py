"""Identifiers, round 62 (docs/identifiers.md, "Round 62"): colleagues the blind writers' staff notes name – asked
about a pupil's plan or a class's reports, asked how they teach a class, greeted before a grading conference, a
visiting teacher, a colleague at a resource centre, who takes a to-do in the team's minutes – and the school's own
contact routes (a team's mailbox, a förskoleklass teacher's number). A guardian who signs, and a pupil named in the
team's notes, stay reported."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Frågor om studiehandledningen skickas till studiehandledning.norr@skola.kommun.se. /Per, mentor 7B",
    "Vi åker till biblioteket imorgon kl 9. Ring mig på 0521-12 34 56 om ni undrar. /Sara, förskoleklassen",
])
def test_school_contact_routes_are_not_identifiers(identifiers_found, text):
    assert identifiers_found(text) == []
