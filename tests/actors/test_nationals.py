"""Demonyms on group nouns: several-word demonyms, lists of demonyms, demonyms the parser took for names."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(2004, 3, 9))


@pytest.mark.parametrize("sentence, surface, meant", [
    ("South African police arrested two men outside a stadium in Durban.", "South African police", "ZAFCOP"),
    ("New Zealand troops arrived in the capital on Tuesday.", "New Zealand troops", "NZLMIL"),
    ("Sri Lankan officials denied the report on Monday.", "Sri Lankan officials", "LKAGOV"),
])
def test_a_demonym_of_several_words_names_its_countrys_group(run, sentence, surface, meant):
    text, mentions, actors = run(sentence)
    assert at(text, mentions, surface).actor_id == meant
    assert not [a for a in actors.values() if a.actor_type == "person"]  # "Sri Lankan" is no one's name


@pytest.mark.parametrize("sentence, meant", [
    ("Costa Rican and Panamanian officials signed a border accord on Friday.",
     {"Costa Rican": "CRIGOV", "Panamanian": "PANGOV"}),
    ("Kenyan, Ugandan and Tanzanian police met in Arusha to share intelligence.",
     {"Kenyan": "KENCOP", "Ugandan": "UGACOP", "Tanzanian": "TZACOP"}),
])
def test_each_demonym_in_a_list_names_its_own_countrys_group(run, sentence, meant):
    text, mentions, _ = run(sentence)
    assert {surface: at(text, mentions, surface).actor_id for surface in meant} == meant


@pytest.mark.parametrize("sentence, surface, meant", [
    ("Two hundred Ugandan militiamen laid down their arms in the west.", "Ugandan", "UGAREB"),
    ("Three hundred Ugandan police were sent to the northern district of Gulu.", "Ugandan", "UGACOP"),
])
def test_a_demonym_the_parser_took_for_a_name_still_names_its_group(run, sentence, surface, meant):
    text, mentions, _ = run(sentence)
    mention = at(text, mentions, surface)
    assert (mention.actor_id, mention.why) == (meant, "nationality plus group")


def test_a_demonym_opening_a_name_is_no_nationality(run):
    text, mentions, _ = run("Russian Railways said the night trains would run late all week.")
    assert at(text, mentions, "Russian").actor_id != "RUS"


@pytest.mark.parametrize("sentence, surface, meant", [
    ("Kenyan fishermen blocked the harbour at dawn to protest the new quotas.", "Kenyan fishermen", "KENAGR"),
    ("A Palestinian suicide bomber blew himself up outside a police post.", "Palestinian suicide bomber", "PSEREB"),
    ("Iraqi gunmen opened fire on a fuel convoy on the highway.", "Iraqi gunmen", "IRQUAF"),
])
def test_a_phoenix_agent_noun_after_a_demonym_gives_its_sector(run, sentence, surface, meant):
    text, mentions, actors = run(sentence)
    mention = at(text, mentions, surface)
    assert (mention.actor_id, mention.why) == (meant, "nationality plus group")
    assert actors[meant].country == meant[:3]


@pytest.mark.parametrize("sentence, surface, meant", [
    ("Gunmen near Mosul ambushed a police patrol before dawn on Sunday.", "Gunmen", "IRQUAF"),
    ("Villagers in Kandahar said the strike had hit a wedding party.", "Villagers", "AFGCVL"),
])
def test_a_plural_agent_noun_in_a_known_place_takes_its_country(run, sentence, surface, meant):
    text, mentions, _ = run(sentence)
    mention = at(text, mentions, surface)
    assert (mention.actor_id, mention.why) == (meant, "group in a place")


def test_one_gunman_in_a_place_is_no_group(run):
    _, mentions, _ = run("A gunman in Mosul shot two guards at the gate.")
    assert not [m for m in mentions if m.why == "group in a place"]


def test_the_agents_table_keeps_lexicon_sectors_first(registry):
    from newsledger.actors.descriptions import agent_sectors

    agents = agent_sectors()
    assert agents["gunman"] == "UAF" and agents["policeman"] == "COP"  # "!PERSON!" expanded
    assert "ambassador to" not in agents  # a pattern ending in a preposition is no noun
    assert registry.lexicon["groups"]["militants"] == "REB"  # the hand-made lexicon wins over Phoenix's UAF


@pytest.mark.parametrize("sentence, surface", [
    ("Gunmen opened fire on a minibus outside the market, killing four passengers.", "Gunmen"),
    ("Unknown attackers set fire to a police post overnight.", "Unknown attackers"),
    ("A suicide bomber blew himself up at a crowded checkpoint.", "suicide bomber"),
])
def test_attackers_nothing_else_names_are_one_unidentified_armed_actor(run, sentence, surface):
    text, mentions, actors = run(sentence)
    mention = at(text, mentions, surface)
    assert (mention.actor_id, mention.why) == ("UAF", "unidentified attackers")
    assert actors["UAF"].country is None  # the text does not say whose they are


def test_attackers_with_a_demonym_or_a_place_keep_their_country(run):
    text, mentions, _ = run("Somali gunmen seized a ship, and attackers near Mosul shelled a checkpoint.")
    assert at(text, mentions, "Somali gunmen").actor_id == "SOMUAF"
    assert at(text, mentions, "attackers").actor_id == "IRQUAF"


def test_a_kind_of_place_may_stand_before_the_place(run):
    text, mentions, _ = run("Rebels near the town of Goma ambushed an aid convoy on Tuesday.")
    assert at(text, mentions, "Rebels").actor_id == "CODREB"


@pytest.mark.parametrize("sentence, surface, meant", [
    ("Uganda's police fired tear gas at opposition supporters in Kampala.", "Uganda's police", "UGACOP"),
    ("Bolivia's opposition rejected the preliminary count on Monday.", "Bolivia's opposition", "BOLOPP"),
    ("Myanmar's rebels seized a border crossing near Myawaddy.", "Myanmar's rebels", "MMRREB"),
])
def test_a_state_with_s_before_a_group_noun_names_its_countrys_group(run, sentence, surface, meant):
    """ "Uganda's police" is one actor, as "Ugandan police" is, not the state beside a group found alone."""
    text, mentions, _ = run(sentence)
    assert at(text, mentions, surface).actor_id == meant
    assert at(text, mentions, surface.split("'")[0]).actor_id == meant  # the state is no mention of its own
