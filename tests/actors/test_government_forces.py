"""A state's government named right before a noun of its forces ("Ethiopian government troops") is that force,
not the government. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(2025, 3, 14))


@pytest.mark.parametrize("text, surface, actor_id", [
    ("Ethiopian government troops clashed with militiamen near Gondar.", "troops", "ETHMIL"),
    ("Malian government forces retook the town of Kidal on Tuesday.", "forces", "MLIMIL"),
    ("Colombian government police raided the camp.", "police", "COLCOP"),
])
def test_a_government_before_a_noun_of_its_forces_is_that_force(run, text, surface, actor_id):
    text, mentions, _ = run(text)
    found = at(text, mentions, surface)
    assert found is not None and found.actor_id == actor_id


def test_a_government_that_speaks_of_troops_is_still_the_government(run):
    text, mentions, _ = run("The Ethiopian government said troops had been deployed to the border.")
    assert at(text, mentions, "Ethiopian government").actor_id == "ETHGOV"
