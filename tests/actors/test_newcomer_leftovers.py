"""Names a newcomer's articles tripped on: long registry names, spellings, cities as given names, spokesmen,
possessive states, unknown rebel groups and letters outside ASCII."""

from __future__ import annotations

import datetime

import pytest

from newsledger.actors import load_registry
from newsledger.actors.corrections import Correction
from newsledger.actors.normalise import fold, slug
from tests.actors.conftest import at, resolver_on

DAY = datetime.date(2025, 9, 10)


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, DAY)


def test_a_registry_name_longer_than_six_tokens_is_matched_whole(run):
    text, mentions, _ = run("The Organization for Security and Co-operation in Europe will send observers to the vote.")
    osce = at(text, mentions, "Organization")
    assert osce.actor_id == "IGOOSCE" and osce.text.endswith("Co-operation in Europe")
    text, mentions, _ = run("Monitors from the Organization for Security and Cooperation in Europe counted the ballots.")
    assert at(text, mentions, "Organization").actor_id == "IGOOSCE"


def test_british_and_american_spellings_find_one_registry_entry(run):
    assert fold("Organisation for Security and Co-operation in Europe") == fold("Organization for Security and Cooperation in Europe")
    assert fold("Ministry of Defence") == fold("Ministry of Defense")
    assert fold("Labour Party") == fold("Labor Party") and fold("Centre for Peace") == fold("Center for Peace")
    text, mentions, actors = run("The Organisation for Security and Co-operation in Europe said the count was fair.")
    assert at(text, mentions, "Organisation").actor_id == "IGOOSCE"
    assert not any(actor_id.startswith("organisation-") for actor_id in actors)


def test_a_common_word_alias_opening_a_longer_name_is_no_mention(run):
    text, mentions, _ = run("The Organization of Turkic States met in Baku on Friday.")
    assert "tanzim" not in {m.actor_id for m in mentions}
    text, mentions, _ = run("Leaders of the Organization for Regional Water Security signed the accord.")
    assert "tanzim" not in {m.actor_id for m in mentions}
    text, mentions, _ = run("The Organization said it had fired the rockets.")  # standing alone it is still the alias
    assert at(text, mentions, "Organization").actor_id == "tanzim"


def test_an_alias_of_a_long_name_takes_effect(nlp):
    from newsledger.actors import resolve

    surface = "Conference on Security and Co-operation in Europe"
    text = f"The {surface} met in Helsinki in 1975."
    before, _ = resolve(nlp(text), DAY, load_registry())
    assert "IGOOSCE" not in {m.actor_id for m in before}
    registry = load_registry(corrections=(Correction("alias", "IGOOSCE", surface=surface),))
    mentions, _ = resolve(nlp(text), DAY, registry)
    assert at(text, mentions, "Conference").actor_id == "IGOOSCE"


def test_a_city_as_a_given_name_gives_the_person_no_country(run):
    text, mentions, actors = run("Defence Minister Wellington Koo said the talks had failed.")
    koo = at(text, mentions, "Wellington Koo")
    assert koo.role is None and actors[koo.actor_id].country is None
    text, mentions, actors = run("Foreign Minister Florence Adeyemi met the delegation on Monday.")
    adeyemi = at(text, mentions, "Florence Adeyemi")
    assert adeyemi.role is None and actors[adeyemi.actor_id].country is None


def test_a_city_as_a_given_name_leaves_the_country_to_the_title_or_the_article(run):
    text, mentions, actors = run("Chilean Defence Minister Victoria Araya said the exercise would go ahead.")
    assert at(text, mentions, "Victoria Araya").role == "defence_minister:CHL"
    text, mentions, _ = run("Taiwan said it would buy more missiles, and Taiwan asked for talks. "
                            "Defence Minister Austin Chen said the talks had failed.")
    assert at(text, mentions, "Austin Chen").role == "defence_minister:TWN"


def test_a_spokesman_belongs_to_the_body_he_speaks_for(run):
    text, mentions, actors = run("Pakistan's military denied the strike. "
                                 '"We did not act," army spokesman Tariq Mahmood Qureshi told reporters.')
    assert actors[at(text, mentions, "Tariq Mahmood Qureshi").actor_id].code == "PAKMIL"
    text, mentions, actors = run("Police spokesman Peter Otieno said Kenya would charge the suspects, and Kenya's "
                                 "courts would hear the case.")
    assert actors[at(text, mentions, "Peter Otieno").actor_id].code == "KENCOP"
    text, mentions, actors = run("Military spokesman Samuel Mwale said the troops were ready.")
    assert actors[at(text, mentions, "Samuel Mwale").actor_id].code is None  # whose military: untold, no bare "MIL"


def test_a_bare_spokesman_is_not_media(run):
    text, mentions, actors = run("Spokesman Tom Gray said the ferry would sail on Friday.")
    assert actors[at(text, mentions, "Tom Gray").actor_id].code is None


def test_a_possessive_state_before_an_office_noun_is_that_states_actor(run):
    text, mentions, _ = run("Poland summoned Russia's ambassador on Tuesday.")
    envoy = at(text, mentions, "ambassador")
    assert envoy.actor_id == "RUSGOV" and envoy.text == "Russia's ambassador"
    text, mentions, _ = run("Lithuania expelled China's envoy after the vote.")
    assert at(text, mentions, "envoy").actor_id == "CHNGOV"
    text, mentions, _ = run("Japan's navy sent two destroyers to the strait.")
    assert at(text, mentions, "navy").actor_id == "JPNMIL"


def test_rebels_named_by_nationality_keep_their_country(run):
    text, mentions, _ = run("Ugandan rebels attacked a village.")
    assert at(text, mentions, "Ugandan rebels").actor_id == "UGAREB"
    text, mentions, _ = run("Tanzania handed 40 Burundian rebels over to the authorities.")  # a number is no name
    assert at(text, mentions, "Burundian rebels").actor_id == "BDIREB"


def test_ids_fold_letters_outside_ascii(run):
    assert slug("Radosław Sikorski") == "radoslaw-sikorski"
    assert slug("Bjørn Ødegård") == "bjorn-odegard" and slug("Günter Straßmann") == "gunter-strassmann"
    text, mentions, _ = run("Norwegian diplomat Bjørn Ødegård said the talks would resume.")
    assert at(text, mentions, "Ødegård").actor_id == "bjorn-odegard"


def test_a_registry_person_is_found_under_a_letter_outside_ascii(run):
    text, mentions, _ = run("Radosław Sikorski said Poland would answer the provocation.")
    sikorski = at(text, mentions, "Sikorski")
    assert sikorski.actor_id == "radoslaw-sikorski" and sikorski.role == "foreign_minister:POL"


def test_both_congos_are_found_without_the_article_inside_their_names(run):
    text, mentions, _ = run("The Democratic Republic of Congo said the rebels had withdrawn from two towns.")
    assert at(text, mentions, "Democratic Republic of Congo").actor_id == "COD"
    text, mentions, _ = run("Troops from the Republic of Congo joined the mission.")
    assert at(text, mentions, "Republic of Congo").actor_id == "COG"


def test_a_name_whose_first_token_the_tokenizer_splits_is_still_matched_whole(run):
    text, mentions, _ = run("Moody's Investors Service cut the country's credit rating on Friday.")
    assert at(text, mentions, "Moody's Investors Service").text == "Moody's Investors Service"
