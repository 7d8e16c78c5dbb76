"""No false actors: name fragments, capitalised function words, credits, datelines, time zones, documents and
named boundaries. The word lists are lexicon.yaml data; each rule has a sentence here."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on

JUNE_2024 = datetime.date(2024, 6, 1)


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, JUNE_2024)


def test_a_sentence_opening_question_word_is_no_organisation(run):
    text, mentions, _ = run('"Who will pay for the new hospital?" the governor asked. WHO officials declined to comment.')
    assert [m.actor_id for m in mentions if m.start < text.index("WHO")] == []
    assert at(text, mentions, "WHO").actor_id == "IGOWHO"  # in capitals it is still the organisation


def test_byline_and_photo_credit_are_no_actors(run):
    _, mentions, _ = run("By Maria Lopez in Lagos | Photo: Kwame Mensah/Agency\nPolice said the road was closed.")
    assert mentions == []


def test_a_sentence_opening_with_by_still_finds_its_actors(run):
    text, mentions, _ = run("By Thursday, Nigerian troops had retaken the town, the army said.")
    assert at(text, mentions, "Nigerian troops").actor_id == "NGAMIL"


def test_dateline_is_no_actor(run):
    text, mentions, _ = run("NAIROBI, Kenya (Reuters) - Kenyan police dispersed protesters on Tuesday.")
    assert [m.text for m in mentions if m.start < text.index(" - ")] == []
    assert at(text, mentions, "Kenyan police").actor_id == "KENCOP"


@pytest.mark.parametrize("sentence, word", [
    ("The ceasefire took effect at 0600 GMT on Sunday.", "GMT"),
    ("The two ministries signed an MOU on water sharing.", "MOU"),
    ("Shelling was reported along the Line of Control overnight.", "Line of Control"),
    ("Username: Trader99 posted the leaked memo online.", "Username"),
])
def test_time_zones_documents_boundaries_and_labels_are_no_actors(run, sentence, word):
    text, mentions, _ = run(sentence)
    start = text.index(word)
    assert not any(m.start < start + len(word) and start < m.end for m in mentions)


def test_a_name_fragment_matches_no_registry_person(run):
    text, mentions, actors = run(
        "Omar Hassan al-Bashir ruled Sudan for three decades. "
        "South Korea's justice minister Han Dong-hoon resigned on Tuesday."
    )
    assert at(text, mentions, "Omar Hassan al-Bashir").text == "Omar Hassan al-Bashir"
    assert at(text, mentions, "Han Dong-hoon").text == "Han Dong-hoon"
    assert "dong-jun" not in actors
    assert all(actors[m.actor_id].country in ("SDN", "KOR") for m in mentions)


def test_the_first_part_of_a_hyphenated_family_name_is_no_person(run):
    text, mentions, actors = run("Sheikh Tamim bin Hamad Al Thani received Egypt's president. "
                                 "Later, Al-Thani flew to Doha.")
    assert at(text, mentions, "Tamim bin Hamad Al Thani").role == "head_of_state:QAT"
    assert not any(a.country == "SAU" for a in actors.values())


@pytest.mark.parametrize("sentence", [
    "The ferry to Zealand was cancelled because of the storm.",
    "The delegation flew on to New Delhi after the summit.",
])
def test_part_of_a_longer_place_name_is_no_country(run, sentence):
    _, mentions, actors = run(sentence)
    assert "NZL" not in actors and "NZL" not in {m.actor_id for m in mentions}


@pytest.mark.parametrize("sentence, name, not_meant", [
    ("Asma al-Assad visited a children's hospital in Aleppo.", "Asma al-Assad", "bashar-al-assad"),
    ("Maher al-Assad inspected the Fourth Division's barracks.", "Maher al-Assad", "bashar-al-assad"),
])
def test_a_relative_with_another_given_name_is_not_the_registry_person(run, sentence, name, not_meant):
    text, mentions, _ = run(sentence)
    mention = at(text, mentions, name)
    assert mention.text == name and mention.actor_id != not_meant


def test_a_us_state_after_its_city_is_no_country(run):
    text, mentions, _ = run("Police arrested 40 protesters in Savannah, Georgia, on Saturday.")
    assert [m.actor_id for m in mentions if m.text == "Georgia"] == []
    text, mentions, _ = run("Protesters marched in Tbilisi, Georgia, against the new law.")
    assert at(text, mentions, "Georgia").actor_id == "GEO"


def test_any_us_state_after_its_city_is_no_actor(run):
    text, mentions, _ = run("Seattle, Washington, said on Monday it would sue the company.")
    assert at(text, mentions, "Washington") is None  # the city acts, not the US government
    text, mentions, _ = run("Spokane said it would sue, and Washington said it would send aid.")
    assert at(text, mentions, "Washington").actor_id == "USAGOV"


@pytest.mark.parametrize("text, weapon", [
    ("Norway will deliver NASAMS launchers to Kyiv before the winter, its defence ministry said.", "NASAMS"),
    ("The Netherlands pledged F-16 jets and Patriot air defence systems to Ukraine on Monday.", "Patriot"),
    ("Poland bought K2 tanks and Chunmoo rockets from Seoul last year.", "Chunmoo"),
    ("Kyiv said Shahed-136 drones struck a power plant near Odesa overnight.", "Shahed"),
])
def test_a_name_before_a_weapon_noun_is_no_actor(run, text, weapon):
    text, mentions, _ = run(text)
    assert at(text, mentions, weapon) is None
    assert all(weapon.lower() not in m.actor_id for m in mentions)


def test_a_known_actor_before_a_weapon_noun_keeps_its_actor(run):
    text, mentions, _ = run("Hezbollah rockets and Iranian drones were fired at the northern town on Sunday.")
    assert at(text, mentions, "Hezbollah").actor_id == "hezbollah"
    assert at(text, mentions, "Iranian").actor_id == "IRN"


def test_a_country_or_nationality_naming_a_currency_is_no_actor(run):
    text, mentions, _ = run("The miner earned 14 mln U.S. dlrs last year and will pay its debt in Canadian dollars. "
                            "The Swiss franc rose as Hong Kong dollars were steady.")
    assert [m.text for m in mentions] == []


def test_a_state_before_a_currency_verb_or_closing_a_longer_name_stays_an_actor(run):
    text, mentions, _ = run("Germany marks the anniversary on Sunday. The yen rose on Bank of Japan dollar buying.")
    assert at(text, mentions, "Germany").actor_id == "DEU"
    assert at(text, mentions, "Bank of Japan") is not None
