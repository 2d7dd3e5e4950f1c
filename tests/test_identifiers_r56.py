"""Identifier round 56 (docs/identifiers.md, "Round 56"): more closings are the writer's ("Vänligen, Helena", a
dated signature at the end, a role in brackets after the name); a couple greeted by title ("Dear Mr and Mrs
Okafor") is the pupil's family, and so is anyone greeted by title in a text a teacher signs with a courtesy title
or that brings a teacher's news ("I am sorry to say …")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Vi behöver boka ett möte om Chidi. Vänligen, Helena",
    "Chidi använder argument och motargument på ett bra sätt. 2024-03-12, Anna Berglund",
    "Chidi is a lovely lad but needs to hand in the lab reports. Best, Tom (science)",
    "Chidi has done really well this month. Kind regards, Ms Holm",
])
def test_the_writers_closing_is_no_identifier(names_found, text):
    assert names_found(text, ["Chidi"]) == []


@pytest.mark.parametrize("text, name", [
    ("Dear Mr and Mrs Okafor, Chidi has been absent six days this term.", "Okafor"),
    ("Hi Mr. Okafor, Chidi had a great week. Kind regards, Ms Holm", "Okafor"),
    ("Dear Mrs Khan, I am sorry to say Chidi was given a detention today.", "Khan"),
    ("Dear Mrs. Haddad, / I'm writing about Chidi's progress in English.", "Haddad"),
])
def test_a_parent_greeted_by_title_is_reported(names_found, text, name):
    assert names_found(text, ["Chidi"]) == [name]


@pytest.mark.parametrize("text", [
    # a family writing to the teacher greets the teacher by title and signs with a given name
    "Hi Ms Berg, Chidi won't be at school tomorrow, he has a dentist appointment.",
    "Hey Mrs Patel, quick one: Chidi is off on Thursday.",
])
def test_a_teacher_greeted_by_title_by_a_family_is_not_reported(names_found, text):
    assert "Berg" not in names_found(text, ["Chidi"]) and "Patel" not in names_found(text, ["Chidi"])


@pytest.mark.parametrize("text", [
    "Poets studied this term: Emily Dickinson, Langston Hughes, Sylvia Plath. Ebba can compare two of them.",
    "Ebba kan förklara vad Luther kritiserade i avlatshandeln.",
    "Ebba has been off sick and missed the whole Coraline unit.",
    "Ebba kan beskriva högtider som Día de los Muertos och Semana Santa.",
])
def test_poets_reformers_titles_and_feasts_are_knowledge(names_found, text):
    assert names_found(text, ["Ebba"]) == []


def test_a_classmate_in_a_lesson_named_after_a_novel_is_still_reported(names_found):
    assert names_found("Stupid cow, said Ebba to Lea during the debate about Animal Farm.", ["Ebba"]) == ["Lea"]


@pytest.mark.parametrize("text, name", [
    ("Mariams mamma Fatima Hassan ringde och undrade över läxan om Nasreddin Hodja.", "Fatima Hassan"),
    ("Mariams mamma Fatima ringde och undrade över läxan om Astrid Lindgren.", "Fatima"),
])
def test_the_students_own_relative_by_genitive_is_reported_beside_a_figure(names_found, text, name):
    assert names_found(text, ["Mariam"]) == [name]
