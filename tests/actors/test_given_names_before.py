"""A given name the parser left out of a person's name is part of it, so no shorter namesake takes the person."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(2026, 3, 10))


def test_a_left_out_given_name_after_a_title_joins_the_name(run):
    text, mentions, actors = run("Sudan's Foreign Minister Ramadan Mohamed Abdallah arrived in Cairo on Monday.")
    person = at(text, mentions, "Ramadan Mohamed Abdallah")
    assert person is not None and actors[person.actor_id].name == "Ramadan Mohamed Abdallah"
    assert person.role == "foreign_minister:SDN"


def test_a_title_word_before_the_name_stays_out(run):
    text, mentions, _ = run("On Monday Prime Minister Keir Starmer met the Canadian delegation in London.")
    names = [m.text for m in mentions]
    assert "Keir Starmer" in names and not any(n.endswith("Keir Starmer") and n != "Keir Starmer" for n in names)
