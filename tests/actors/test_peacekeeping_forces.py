"""Peacekeeping forces and missions are international organisations, coded by the organisation leading them."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(1999, 8, 2))


@pytest.mark.parametrize("sentence, force, leader", [
    ("ECOMOG troops shelled rebel positions north of the capital on Friday.", "ECOMOG", "IGOWAF"),
    ("KFOR soldiers detained two men near the bridge.", "KFOR", "IGONAT"),
    ("A spokesman for UNIFIL said the patrol had been stopped.", "UNIFIL", "IGOUNO"),
])
def test_a_peacekeeping_force_is_an_igo_coded_by_its_leading_organisation(run, sentence, force, leader):
    text, mentions, actors = run(sentence)
    actor = actors[at(text, mentions, force).actor_id]
    assert (actor.actor_type, actor.code) == ("igo", leader)
