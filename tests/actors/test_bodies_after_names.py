"""'the NAMES BODY': a body after names is the leading state's only when the names do not say whose it is."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(2024, 5, 14))


def test_a_body_named_after_a_leader_is_the_leaders_countrys(run):
    text, mentions, _ = run("The United States pressed for a ceasefire, U.S. officials said, and Washington's envoy "
                            "flew to Cairo with U.S. diplomats. The Netanyahu cabinet debated the proposal late on "
                            "Monday.")
    assert at(text, mentions, "cabinet").actor_id == "ISRGOV"
    assert at(text, mentions, "cabinet").why == "body named after its country's leader"


def test_a_body_named_after_a_leader_the_article_names_is_that_leaders_countrys(nlp, registry):
    text, mentions, _ = resolver_on(nlp, registry, datetime.date(1986, 2, 10))(
        "U.S. officials said the United States wanted lower tariffs, and U.S. negotiators will return in June. "
        "Prime Minister Yasuhiro Nakasone met them, and the Nakasone cabinet agreed to cut duties on beef.")
    assert at(text, mentions, "cabinet").actor_id == "JPNGOV"


@pytest.mark.parametrize("text, body", [
    ("Israeli troops pushed into Rafah, Israeli officials said, and Israel's army said Israel would press on. The "
     "Hamas cabinet met in Gaza City on Tuesday.", "cabinet"),
    ("Turkey's foreign minister said Turkey would send aid, and Turkish officials said Turkey's army would guard "
     "it. The Taliban cabinet in Kabul welcomed the offer.", "cabinet"),
])
def test_a_body_after_another_groups_name_is_not_the_leading_states(run, text, body):
    text, mentions, _ = run(text)
    mention = at(text, mentions, body)
    assert mention is None or not mention.actor_id.startswith(("ISR", "TUR"))


def test_a_regional_body_is_its_own_actor_not_the_states(run):
    text, mentions, _ = run("Spain's government said Spanish police and Spain's courts would act, and Spanish "
                            "officials met on Monday. The Catalan Parliament voted on Tuesday to hold a referendum.")
    mention = at(text, mentions, "Catalan Parliament")
    assert mention is None or not mention.actor_id.startswith("ESP")


def test_a_regional_adjective_before_a_body_keeps_it_from_the_leading_state(run):
    text, mentions, _ = run("Germany's government said German officials and Germany's police would act. The "
                            "Bavarian State Parliament voted on Tuesday to ban the gatherings.")
    assert not [m for m in mentions if "Parliament" in m.text and m.actor_id.startswith("DEU")]


def test_an_oppositions_party_name_before_it_still_names_the_countrys_opposition(run):
    text, mentions, _ = run("Leaders of the Milli (National) opposition alliance agreed to hold the rally in "
                            "Tashkent next week.")
    assert at(text, mentions, "opposition alliance").actor_id == "UZBOPP"


def test_a_ministry_whose_longer_name_is_made_of_body_words_is_still_the_leading_states(run):
    text, mentions, _ = run("Kenya will cut duties on imported fertiliser, Kenyan officials said, and Kenya's farmers "
                            "welcomed it. Kenya imports most of its fertiliser, the Foreign Trade Ministry said.")
    assert at(text, mentions, "Foreign Trade Ministry").actor_id == "KENGOV"
