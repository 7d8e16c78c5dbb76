"""A region named as one ("Sindh province", "West Darfur State") is found among the ISO 3166-2 subdivisions."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(2009, 3, 2))


def test_the_government_of_a_named_province_is_its_states(run):
    text, mentions, _ = run("The government of Sindh province imposed a curfew after the attack.")
    government = at(text, mentions, "government of Sindh province")
    assert (government.actor_id, government.why) == ("PAKGOV", "nationality plus body")


def test_a_group_in_a_named_state_takes_its_country(run):
    text, mentions, actors = run("Rebels in West Darfur State attacked a convoy of fuel trucks on Sunday.")
    rebels = at(text, mentions, "Rebels")
    assert (rebels.actor_id, rebels.why) == ("SDNREB", "group in a place")
    assert actors["SDNREB"].country == "SDN"


def test_a_region_name_two_states_share_says_nothing(run):
    _, mentions, actors = run("Officials in Punjab province said the canal had burst.")  # Pakistan's and India's
    assert not [m for m in mentions if m.why == "group in a place"]
    assert not {"PAK", "IND"} & {actors[m.actor_id].country for m in mentions}


def test_a_region_name_not_called_a_region_is_read_as_a_place(run):
    # Savannah is a region of Ghana, but not called one here: the city in the United States.
    text, mentions, actors = run("Police in Savannah said the port had reopened.")
    assert actors[at(text, mentions, "Police").actor_id].country == "USA"


def test_subdivisions_shared_by_two_countries_are_left_out(registry):
    assert registry.regions["sindh"] == "PAK"
    assert "punjab" not in registry.regions


def test_a_compass_word_is_no_region_name(run):
    # Cameroon's regions are called North, South, East and West: "the North region" is any state's.
    _, mentions, actors = run("Police in the North region said the road was cut, and soldiers in the East region "
                              "of Niger were ambushed.")
    assert "CMR" not in {actors[m.actor_id].country for m in mentions}


def test_a_region_name_shared_with_a_lower_level_division_elsewhere_says_nothing(run, registry):
    # Granada is a department of Nicaragua and a province of Spain; Limburg a province of both Low Countries.
    _, mentions, actors = run("Officials in Granada province said the river had flooded, and police in Limburg "
                              "province closed the bridge.")
    assert not {"NIC", "ESP", "NLD", "BEL"} & {actors[m.actor_id].country for m in mentions}
    assert "granada" not in registry.regions and "limburg" not in registry.regions


def test_a_region_followed_by_of_and_a_state_is_not_read_from_its_name(run):
    # Kayes is a region of Mali only; "of Senegal" says otherwise here, and the text wins.
    _, mentions, actors = run("Officials in the Kayes region of Senegal said the well had dried up.")
    assert "MLI" not in {actors[m.actor_id].country for m in mentions}


@pytest.mark.parametrize("text, group, iso", [
    ("Police in the region of Oromia said the road to the border had reopened.", "Police", "ETHCOP"),
    ("Rebels in the state of South Kordofan shelled an army base on Friday.", "Rebels", "SDNREB"),
])
def test_a_region_called_one_before_of_and_its_name_places_a_group(run, text, group, iso):
    text, mentions, _ = run(text)
    assert at(text, mentions, group).actor_id == iso
