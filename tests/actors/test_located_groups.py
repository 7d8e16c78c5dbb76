"""A group named only by the place it is in belongs to that place's country ("police in Karachi")."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(2011, 6, 14))


def test_group_in_a_known_place_takes_its_country(run):
    text, mentions, _ = run("Police in Karachi detained twelve men after the clashes, a spokesman said.")
    police = at(text, mentions, "Police")
    assert (police.actor_id, police.why) == ("PAKCOP", "group in a place")


def test_place_before_a_group_takes_its_country(run):
    text, mentions, actors = run("Kandahar officials said the highway had reopened on Monday.")
    officials = at(text, mentions, "Kandahar officials")
    assert (officials.actor_id, officials.why) == ("AFGGOV", "place plus group")
    assert actors["AFGGOV"].country == "AFG"


def test_rebels_near_a_town_take_its_country(run):
    text, mentions, actors = run("Rebels near Goma ambushed an aid convoy on Tuesday.")
    assert at(text, mentions, "Rebels").actor_id == "CODREB"
    assert actors["CODREB"].country == "COD"


@pytest.mark.parametrize("sentence", [
    "A police station in Karachi was set on fire overnight.",  # a modifier, not a group
    "Troops in Kandahar came under fire on Sunday.",  # troops are often abroad
    "Police in Zemblaville said the fire was an accident.",  # a place the registry does not know
])
def test_no_group_where_the_place_or_the_group_does_not_say_whose(run, sentence):
    _, mentions, _ = run(sentence)
    assert not [m for m in mentions if m.why in ("group in a place", "place plus group")]


@pytest.mark.parametrize("sentence, meant", [
    ("Police in Paris, Texas, said the fire was set on purpose.", "USACOP"),  # a US city of that name
    ("Police in Tbilisi, Georgia, detained six students.", "GEOCOP"),  # the country, not the US state
    ("Police in Savannah, Georgia, detained six students.", "USACOP"),  # the comma after the state is no part of it
])
def test_a_qualifier_after_the_place_says_whose_group_it_is(run, sentence, meant):
    text, mentions, _ = run(sentence)
    assert at(text, mentions, "Police").actor_id == meant



@pytest.mark.parametrize("sentence, surface, meant", [
    ("Police fired tear gas at stone-throwing youths in Karachi on Monday.", "Police", "PAKCOP"),
    ("Gunmen opened fire on a minibus near Kandahar, killing four passengers.", "Gunmen", "AFGUAF"),
    ("Rebels shelled an army post outside Goma overnight.", "Rebels", "CODREB"),
])
def test_a_group_acting_in_a_known_place_takes_its_country(run, sentence, surface, meant):
    text, mentions, _ = run(sentence)
    mention = at(text, mentions, surface)
    assert (mention.actor_id, mention.why) == (meant, "group acting in a place")


@pytest.mark.parametrize("sentence", [
    "Officials met their counterparts in Geneva on Monday.",  # officials often act abroad
    "Leaders of the alliance gathered in Kandahar to choose a candidate.",  # someone's leaders
    "Rebels attacked a convoy in Goma and a border post in Kandahar.",  # places in two countries
])
def test_no_country_from_where_a_group_acts_when_it_may_be_abroad_or_the_places_disagree(run, sentence):
    _, mentions, _ = run(sentence)
    assert not [m for m in mentions if m.why == "group acting in a place"]


@pytest.mark.parametrize("sentence, place", [
    ("Diplomats in Nairobi said the envoy's talks had stalled over the border dispute.", "Nairobi"),
    ("Envoys in Geneva expect the ceasefire text to be agreed by Friday.", "Geneva"),
])
def test_diplomats_in_a_place_are_not_its_government(run, registry, sentence, place):
    text, mentions, _ = run(sentence)
    group = at(text, mentions, sentence.split()[0])
    assert group is None or not group.actor_id.startswith(registry.capitals.get(place.lower(), "?"))
    assert all(m.why != "group in a place" for m in mentions)


def test_a_capital_acting_is_still_its_government(run):
    text, mentions, _ = run("Nairobi rejected the proposal, diplomats in the city said.")
    assert at(text, mentions, "Nairobi").actor_id == "KENGOV"


@pytest.mark.parametrize("text, body, actor_id", [
    ("Japan's General Staff said two patrol boats entered its waters. The General Staff later said they had left.",
     "General Staff", "JPNMIL"),
    ("Turkey's Joint Chiefs of Staff ordered a review on Monday, and the Joint Chiefs of Staff will report in May.",
     "Joint Chiefs of Staff", "TURMIL"),
])
def test_a_country_military_body_and_its_later_bare_name_are_the_country_military(run, text, body, actor_id):
    text, mentions, _ = run(text)
    first, later = at(text, mentions, body), at(text, mentions, body, occurrence=1)
    assert first.actor_id == later.actor_id == actor_id
    assert later.why == "body named earlier with its country"


@pytest.mark.parametrize(("sentence", "surface", "actor_id"), [
    ("Militants killed nine farmers south of Kandahar on Friday.", "Militants", "AFGREB"),  # the act's place
    ("Rebels west of Goma seized two lorries.", "Rebels", "CODREB"),  # the group's own place
    ("Gunmen burned a school 40 km north of Mosul.", "Gunmen", "IRQUAF"),  # a distance before the direction
    ("Police northeast of Karachi arrested four men.", "Police", "PAKCOP"),
])
def test_a_direction_and_of_place_a_group_as_a_preposition_does(run, sentence, surface, actor_id):
    text, mentions, _ = run(sentence)
    assert at(text, mentions, surface).actor_id == actor_id


def test_a_direction_without_a_place_gives_no_country(run):
    text, mentions, _ = run("Police arrested four men in the south of the country.")
    assert at(text, mentions, "Police") is None


@pytest.mark.parametrize(("sentence", "surface", "actor_id"), [
    ("Thousands of teachers marched in Karachi on Saturday.", "teachers", "PAKEDU"),
    ("Tens of thousands of people rallied in Kandahar against the decree.", "people", "AFGCVL"),
])
def test_a_group_counted_by_a_word_of_number_acts_where_the_verb_says(run, sentence, surface, actor_id):
    text, mentions, _ = run(sentence)
    assert (at(text, mentions, surface).actor_id, at(text, mentions, surface).why) == (actor_id, "group acting in a place")


def test_a_word_of_number_does_not_place_officials_who_travel(run):
    text, mentions, _ = run("Hundreds of officials gathered in Karachi for the summit.")
    assert at(text, mentions, "officials") is None


@pytest.mark.parametrize(("sentence", "surface", "actor_id"), [
    ("Police in Port-au-Prince fired tear gas at a crowd on Monday.", "Police", "HTICOP"),
    ("Students in Aix-en-Provence occupied a lecture hall.", "Students", "FRAEDU"),
])
def test_a_place_whose_name_is_joined_by_hyphens_places_the_group(run, sentence, surface, actor_id):
    text, mentions, _ = run(sentence)
    assert at(text, mentions, surface).actor_id == actor_id


@pytest.mark.parametrize("sentence", [
    "FARC rebels in Havana said the next round of talks would start in March.",
    "Two members of the NATO delegation in Kabul were injured in the blast.",
])
def test_a_group_named_as_another_countrys_or_an_igos_is_not_the_places(run, sentence):
    text, mentions, _ = run(sentence)
    assert not any(m.actor_id in ("CUBREB", "AFGGOV") for m in mentions)


def test_a_group_named_with_no_country_or_the_places_still_takes_the_place(run):
    text, mentions, _ = run("UNITA rebels near Huambo ambushed a convoy, and SEC officials in Washington "
                            "declined to comment.")
    assert at(text, mentions, "rebels").actor_id == "AGOREB"
    assert at(text, mentions, "officials").actor_id == "USAGOV"


def test_the_rebels_after_a_countrys_rebels_are_named_are_those_rebels_wherever_they_are(run):
    text, mentions, _ = run("Sudanese rebels signed a truce with the army on Friday. The rebels in Nairobi said "
                            "they would free forty prisoners, and the rebels later handed them over.")
    assert at(text, mentions, "rebels", 1).actor_id == "SDNREB"
    assert at(text, mentions, "rebels", 2).actor_id == "SDNREB"


def test_the_rebels_are_not_a_group_named_earlier_without_that_noun(run):
    text, mentions, _ = run("The NRA took the town on Friday. The rebels in Kampala denied it.")
    mention = at(text, mentions, "rebels")
    assert mention is None or mention.why != "the group named earlier"
