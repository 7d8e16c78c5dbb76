"""A state's body named with no country ("the Finance Ministry said") is the article's main state's."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(1987, 4, 8))


def test_bodies_with_no_country_belong_to_the_state_the_story_is_about(run):
    text, mentions, actors = run(
        "Kenya will raise its coffee export quota from July, the Agriculture Ministry said on Monday. Kenyan "
        "growers welcomed the move, and the central bank said the earnings would ease pressure on the shilling. "
        "The cabinet is due to approve the plan next week.")
    assert at(text, mentions, "Agriculture Ministry").actor_id == "KENGOV"
    assert at(text, mentions, "central bank").actor_id == "KENGOVBUS"
    assert at(text, mentions, "cabinet").actor_id == "KENGOV"
    assert at(text, mentions, "Agriculture Ministry").why == "body of the article's country"
    assert "agriculture-ministry" not in actors  # no actor shared by every country's agriculture ministry


def test_a_defence_ministry_is_the_states_military(run):
    text, mentions, _ = run("Peru's army chief resigned on Friday. Peru has also replaced its navy commander, and "
                            "the defence ministry said more changes would follow.")
    assert at(text, mentions, "defence ministry").actor_id == "PERMIL"


@pytest.mark.parametrize("text", [
    "The Foreign Ministry summoned the Chilean ambassador on Monday.",  # one state, named once: often the other party
    "Chile and Peru traded accusations over the border, and Chile and Peru each recalled envoys; the foreign "
    "ministry said talks were over.",  # two states named as often
    "The central bank cut its lending rate by half a point on Tuesday.",  # no state named at all
])
def test_no_state_when_the_story_is_not_clearly_about_one(run, text):
    _, mentions, actors = run(text)
    assert not [m for m in mentions if m.why == "body of the article's country"]


def test_a_body_followed_by_of_and_a_name_is_left_to_the_other_rules(run):
    text, mentions, _ = run("Chile's exports rose in March. Chilean miners said the central bank of the region "
                            "would report later.")
    assert at(text, mentions, "central bank") is None


def test_a_ministry_the_parser_took_for_an_organisation_is_the_registry_government(run):
    text, mentions, actors = run("France will sell its stake in the bank, the Finance Ministry said. France had "
                                 "bought the stake in 1982.")
    mention = at(text, mentions, "Finance Ministry")
    assert mention.actor_id == "FRAGOV" and actors["FRAGOV"].country == "FRA"


def test_a_country_named_before_a_currency_is_no_evidence_of_whose_body_speaks(run):
    text, mentions, _ = run("Thailand's reserves rose to 3.1 billion U.S. Dlrs in March from 2.9 billion U.S. "
                            "Dlrs in February and 2.6 billion U.S. Dlrs a year earlier, the central bank said.")
    assert at(text, mentions, "central bank") is None  # Thailand once; the U.S. three times, but as a currency


def test_the_opposition_named_with_no_country_is_the_story_states(run):
    text, mentions, _ = run("Kenya's budget deficit will narrow, Kenyan officials said on Monday. Opposition parties "
                            "said the cuts would hurt farmers, and the opposition vowed to block the bill.")
    assert at(text, mentions, "Opposition parties").actor_id == "KENOPP"
    assert at(text, mentions, "opposition").actor_id == "KENOPP"


def test_opposition_to_something_is_resistance_not_the_parties(run):
    text, mentions, _ = run("Kenya's tea exports rose, Kenyan officials said. Kenya's growers led the opposition to "
                            "the new levy, which Kenyan traders also fought.")
    assert at(text, mentions, "opposition") is None


@pytest.mark.parametrize("text, body, actor", [
    ("The U.S. embassy in Nairobi said the consulate would reopen next month.", "U.S. embassy", "USAGOV"),
    ("The U.K. Government said it would issue no more bonds this year.", "U.K. Government", "GBRGOV"),
    ("The US Army has delayed plans to buy a new air defence gun.", "US Army", "USAMIL"),
])
def test_a_state_named_with_its_article_before_a_body_names_the_bodys_country(run, text, body, actor):
    # "The U.S." is one state mention to the parser; inside "The U.S. embassy" it only says whose the embassy is
    text, mentions, _ = run(text)
    assert at(text, mentions, body).actor_id == actor
    assert all(m.actor_id != actor[:3] for m in mentions)


@pytest.mark.parametrize("text, body, iso", [
    ("Japan's exports rose in March. Japanese officials said the Nakasone Cabinet would meet on Friday, and Japan "
     "expects the budget to pass.", "Cabinet", "JPNGOV"),
    ("Chile's copper output fell in May. Chilean analysts said the 120-seat Congress would debate the mining tax, "
     "and the Pinochet government said Chile would keep its quota. The Christian Democratic opposition objected.",
     "opposition", "CHLOPP"),
])
def test_a_body_after_the_and_names_is_the_leading_states(run, text, body, iso):
    text, mentions, _ = run(text)
    assert at(text, mentions, body).actor_id == iso


def test_a_body_after_a_lower_case_word_is_left_alone(run):
    # "the main opposition ... from Britain" is Britain's resistance, not the leading state's opposition parties.
    text, mentions, _ = run("West Germany's farm ministers met in Bonn on Monday. West Germany wants higher prices, "
                            "but the main opposition was expected from Britain, West German officials said.")
    assert at(text, mentions, "opposition") is None


def test_an_opposition_with_no_leading_state_acts_where_its_clause_places_it(run):
    text, mentions, _ = run("Leaders of the Birlik (Unity) opposition bloc agreed to call off the march in Tashkent "
                            "until next month.")
    assert at(text, mentions, "opposition bloc").actor_id == "UZBOPP"


def test_a_ministry_with_no_leading_state_is_not_placed_by_its_clause(run):
    # A ministry's delegation may act abroad: where its clause happens is no evidence of whose it is.
    text, mentions, _ = run("The finance ministry delegation held talks with creditors in Washington on Monday.")
    assert not [m for m in mentions if m.why == "body of the article's country"]


def test_the_soviet_union_and_its_bodies_are_one_state(run):
    text, mentions, _ = run("The Soviet Union bought 1.5 mln tonnes of U.S. wheat, the USSR's trade mission said. "
                            "Soviet officials said Moscow wanted more, and a Soviet Foreign Ministry spokesman "
                            "confirmed the talks.")
    assert at(text, mentions, "Soviet Union").actor_id == "SUN"
    assert at(text, mentions, "Soviet officials").actor_id == "SUNGOV"
    assert at(text, mentions, "USSR").actor_id == "SUN"
    assert at(text, mentions, "Moscow").actor_id == "SUNGOV"  # one government, one id, in 1987
    foreign_ministry = [m for m in mentions if "Foreign Ministry" in m.text]
    assert foreign_ministry and all(m.actor_id.startswith("SUN") for m in foreign_ministry)
