"""A bomb or an ambush that harms someone stands for its unknown author: unidentified armed forces (UAF)."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(2004, 9, 20))


@pytest.mark.parametrize(("sentence", "surface", "actor_id"), [
    ("A roadside bomb killed three policemen near Mosul on Monday, officials said.", "roadside bomb", "IRQUAF"),
    ("A car bomb exploded outside a hotel in Peshawar, killing four people.", "car bomb", "PAKUAF"),
    ("A suicide bombing at a bus station in Kandahar wounded 17 people.", "suicide bombing", "AFGUAF"),
    ("A landmine explosion killed two shepherds south of Kandahar.", "landmine explosion", "AFGUAF"),
])
def test_an_attack_near_a_known_place_is_that_countrys_unidentified_armed_forces(run, sentence, surface, actor_id):
    text, mentions, actors = run(sentence)
    mention = at(text, mentions, surface)
    assert (mention.actor_id, mention.why) == (actor_id, "attack as subject")
    assert actors[actor_id].country == actor_id[:3]


def test_an_attack_with_no_place_or_places_in_two_countries_has_no_country(run):
    for sentence, surface in [("A grenade attack wounded eight shoppers on Saturday.", "grenade attack"),
                              ("Two bombs killed nine people in Kandahar and five in Karachi.", "bombs")]:
        text, mentions, actors = run(sentence)
        mention = at(text, mentions, surface)
        assert mention.actor_id == "UAF" and actors["UAF"].country is None


@pytest.mark.parametrize(("sentence", "surface"), [
    ("A gas explosion killed eleven miners in Quetta.", "gas explosion"),  # an accident, not an attack
    ("Police defused a bomb near the bridge in Karachi.", "bomb"),  # the bomb harms no one
    ("A Taliban bomb killed two soldiers in Kandahar.", "bomb"),  # the author is named
    ("An ambush by rebels killed four soldiers near Goma.", "ambush"),
])
def test_no_unidentified_author_where_none_attacked_or_the_author_is_named(run, sentence, surface):
    text, mentions, _ = run(sentence)
    assert at(text, mentions, surface) is None


def test_an_ap_style_state_abbreviation_places_a_us_city_in_the_usa(run):
    text, mentions, actors = run("A pipe bomb attack in Birmingham, Ala., wounded a nurse; police in Savannah, Ga., "
                                 "made an arrest.")
    assert at(text, mentions, "bomb attack").actor_id == "USAUAF"
    assert at(text, mentions, "police").actor_id == "USACOP"
    assert not any(actors[m.actor_id].country == "GBR" for m in mentions)
