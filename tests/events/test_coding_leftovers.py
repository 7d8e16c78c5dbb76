"""Leftovers of the newcomer trials (issues 17 and 13): the topic of a discussion, abandoning a state,
a government's protest and a summons, and weapons named by their state, through the whole
single-sentence pipeline, on sentences written for these tests."""

import pytest

from tests.events.conftest import event_rows


@pytest.mark.parametrize("text, owner", [
    ("Kenyan and Nigerian officials discussed Turkey's growing influence in the Horn of Africa.", "TUR"),
    ("Egypt and Sudan discussed Ethiopia's plans for the dam.", "ETH"),
    ("Poland and the Baltic states discussed Belarus's role in the migrant crisis.", "BLR"),
])
def test_the_owner_of_a_discussions_topic_is_no_target(text, owner):
    found = event_rows(text)
    assert found, "the discussion is still an event of its speakers"
    assert owner not in {target for *_, target, _ in found}


@pytest.mark.parametrize("text, trigger, party, owner", [
    ("Kenya discussed China's growing presence in Africa with Nigeria.", "discussed", "NGA", "CHN"),
    ("Germany held talks with Poland on Russia's role in the region.", "talks", "POL", "RUS"),
    ("Japan consulted Australia on China's military presence in the Pacific.", "consulted", "AUS", "CHN"),
])
def test_a_discussion_is_aimed_at_the_other_party_not_the_topics_owner(text, trigger, party, owner):
    targets = {target for *_, target, t in event_rows(text) if t == trigger}
    assert party in targets and owner not in targets


def test_criticising_an_owners_presence_still_aims_at_the_owner():
    """Only discussions take a topic: "criticized China's presence" is aimed at China."""
    assert "CHN" in {target for *_, target, trigger in event_rows("Vietnam criticized China's growing presence in the region.")
                     if trigger == "criticized"}


@pytest.mark.parametrize("text, expected", [
    ("France will not abandon Ukraine.", ("160", "negated", "FRA", "UKR", "abandon")),
    ("Britain will never desert Ukraine.", ("160", "negated", "GBR", "UKR", "desert")),
    ("Germany will not abandon the Ukrainians.", ("160", "negated", "DEU", "UKR", "abandon")),
])
def test_a_negated_abandoning_of_a_state_is_that_act_negated_not_a_refusal(text, expected):
    found = event_rows(text)
    assert expected in found
    assert not any(code.startswith("12") for code, *_ in found)


def test_abandoning_a_town_is_no_break_with_a_state():
    """ "abandoned Kherson": a town left, not relations reduced (PETRARCH's bare ABANDON stays)."""
    assert "160" not in {code for code, *_ in event_rows("Russian troops abandoned Kherson.")}


@pytest.mark.parametrize("text, target", [
    ("Poland summoned the Russian envoy over the missile strike.", "RUS"),
    ("Lithuania summoned the Chinese charge d'affaires on Friday.", "CHN"),
])
def test_a_summons_is_a_consultation_aimed_at_the_envoys_state(text, target):
    assert ("040", target) in {(code, t) for code, _, _, t, trigger in event_rows(text) if trigger == "summoned"}


@pytest.mark.parametrize("text, source, target", [
    ("China summoned the US ambassador to protest the arms sale.", "CHN", "USA"),
    ("Turkey summoned the Swedish ambassador to protest the burning of a Koran.", "TUR", "SWE"),
])
def test_a_summons_to_protest_is_the_governments_protest_at_the_envoys_state(text, source, target):
    """The purpose is the act (as the PLOVER ZSP data code such sentences: ACCUSE), one event."""
    found = event_rows(text)
    assert {(code, s, t) for code, _, s, t, trigger in found if trigger == "protest"} == {("110", source, target)}
    assert not any(code == "040" or code.startswith("14") for code, *_ in found)


@pytest.mark.parametrize("text", [
    "China protested the sale.",
    "The Philippine government protested the incident at sea.",
])
def test_a_protest_by_a_state_or_government_is_disapproval_not_a_demonstration(text):
    codes = {code for code, _, _, _, trigger in event_rows(text) if trigger == "protested"}
    assert codes == {"110"}


@pytest.mark.parametrize("text", [
    "Kenyan activists protested against the deal.",
    "Thousands of ethnic Albanians protested against Serbia's new law.",
    "Ethnic Hungarians protested in Bratislava against the language law.",
])
def test_a_protest_by_people_stays_a_protest(text):
    """People named by their nationality are no government, whatever state their name resolves to."""
    codes = {code for code, _, _, _, trigger in event_rows(text) if trigger == "protested"}
    assert codes and all(code.startswith("14") for code in codes)


@pytest.mark.parametrize("text, expected", [
    ("Ukraine received US Patriot missiles.", ("072", "USA", "UKR")),
    ("Kyiv has received British Storm Shadow missiles.", ("072", "GBR", "UKR")),
    ("Ukraine received Leopard tanks from Germany.", ("072", "DEU", "UKR")),
    ("US Patriot missiles were delivered to Ukraine.", ("072", "USA", "UKR")),
])
def test_weapons_go_from_the_giver_or_else_their_state_to_the_recipient(text, expected):
    assert expected in {(code, source, target) for code, _, source, target, _ in event_rows(text)}


@pytest.mark.parametrize("text, giver", [
    ("Germany sent US Patriot missiles to Ukraine.", "DEU"),
    ("Poland delivered Soviet-era tanks to Ukraine.", "POL"),
])
def test_a_named_giver_keeps_the_weapons_state_out_of_the_event(text, giver):
    """The state on a weapon noun is its origin: neither a recipient nor the giver when one is named."""
    aid = {(source, target) for code, _, source, target, _ in event_rows(text) if code == "072"}
    assert aid == {(giver, "UKR")}
