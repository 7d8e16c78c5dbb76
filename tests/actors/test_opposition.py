"""A country's opposition named with no country: armed ones are rebels, exiled ones are not placed by their
clause, and resistance within something is no opposition party."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(2015, 6, 9))


def test_an_armed_opposition_is_rebels(run):
    text, mentions, _ = run("Armed opposition groups shelled a government post near Aleppo on Sunday.")
    mention = at(text, mentions, "opposition groups")
    assert mention is not None and mention.actor_id == "SYRREB"
    assert mention.text.startswith("Armed")


def test_an_unarmed_opposition_placed_by_its_clause_has_its_own_reason(run):
    text, mentions, _ = run("Leaders of the opposition alliance agreed to stage the march in Tashkent next week.")
    mention = at(text, mentions, "opposition alliance")
    assert (mention.actor_id, mention.why) == ("UZBOPP", "opposition where its clause places it")


def test_an_opposition_meeting_abroad_against_another_countrys_leader_is_not_placed_there(run):
    text, mentions, _ = run("Leaders of the opposition bloc gathered in Warsaw to plan a campaign against "
                            "Lukashenko.")
    assert not [m for m in mentions if m.actor_id.endswith("OPP")]


def test_opposition_within_a_body_is_no_opposition_party(run):
    text, mentions, _ = run("Kenya's president said Kenya would act, Kenyan officials said, and Kenya's army agreed. "
                            "The opposition within the ruling coalition has grown since March.")
    assert not [m for m in mentions if m.actor_id.endswith("OPP")]
