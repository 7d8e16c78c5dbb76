"""Targets given indirectly (issue 17): the owner or flag state before a participle ("a Greek-flagged tanker"),
a town left or reached that only the gazetteer places ("withdrew from Kherson"), and the parties inside the object
of a prepositional verb ("called for talks between A and B")."""

from tests.events.conftest import events_and_actors


def _pairs(nlp, text, trigger):
    events, _ = events_and_actors(nlp, text)
    return {(e.source, e.target) for e in events if e.trigger == trigger}


def test_the_owner_state_before_owned_is_the_target(nlp):
    assert {t for _, t in _pairs(nlp, "Somali pirates seized a Japanese-owned bulk carrier on Tuesday.", "seized")} == {"JPN"}


def test_the_flag_state_is_the_target(nlp):
    assert {t for _, t in _pairs(nlp, "Houthi fighters struck a Maltese-flagged container ship on Sunday.", "struck")} == {"MLT"}


def test_the_registry_state_is_the_target(nlp):
    assert {t for _, t in _pairs(nlp, "Iran's navy detained a Panamanian-registered tanker in the Gulf.", "detained")} == {"PAN"}


def test_the_operator_state_is_the_target(nlp):
    assert {t for _, t in _pairs(nlp, "Sudanese paramilitaries looted an Egyptian-operated clinic in Darfur.", "looted")} == {"EGY"}


def test_a_backer_before_backed_is_not_the_target(nlp):
    assert "IRN" not in {t for _, t in _pairs(nlp, "Jordan shot down Iranian-backed drones on Friday.", "shot")}


def test_a_town_withdrawn_from_gives_its_country(nlp):
    assert {t for _, t in _pairs(nlp, "Moscow pulled its soldiers out of Pokrovsk last year.", "pulled")} == {"UKR"}


def test_a_town_forces_are_deployed_to_gives_its_country(nlp):
    assert {t for _, t in _pairs(nlp, "Chad deployed troops to Gao in February.", "deployed")} == {"MLI"}


def test_a_town_of_the_forces_own_country_is_no_target(nlp):
    assert {t for _, t in _pairs(nlp, "Ukrainian soldiers withdrew from Pokrovsk on Monday.", "withdrew")} == {None}


def test_a_person_sent_a_letter_is_not_read_as_a_town(nlp):
    # a name the gazetteer holds as a town ("Kennedy", Colombia) is a place only where the verb makes it one
    assert "COL" not in {t for _, t in _pairs(nlp, "Peru sent a letter to Kennedy.", "sent")}


def test_the_parties_inside_a_call_for_talks_are_its_targets(nlp):
    assert {t for _, t in _pairs(nlp, "Senegal called for negotiations between Guinea and Liberia.", "called")} == {"GIN", "LBR"}


def test_the_parties_inside_a_push_for_a_truce_are_its_targets(nlp):
    assert {t for _, t in _pairs(nlp, "Angola pushed for a truce between Rwanda and Burundi.", "pushed")} == {"RWA", "BDI"}


def test_a_place_of_meeting_is_still_no_target(nlp):
    assert {t for _, t in _pairs(nlp, "Zambia and Malawi met in Gao on Monday.", "met")} == {"ZMB", "MWI"}
