"""'his office said', 'her spokeswoman said': the body whose office the person holds, not the person.
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest


def actor_of(mentions, surface: str) -> list[str]:
    return [m.actor_id for m in mentions if m.text == surface]


@pytest.mark.parametrize("noun", ["office", "spokesman"])
def test_a_presidents_office_is_the_government(linked, noun):
    mentions = linked(f"President Lula of Brazil cancelled the trip on Monday. His {noun} said it would be moved.")
    assert actor_of(mentions, f"His {noun}") == ["BRAGOV"]
    assert "luiz-inacio-lula-da-silva" not in actor_of(mentions, "His")


def test_his_government_in_a_later_clause_is_the_leaders_government(linked):
    mentions = linked("Turkish President Recep Tayyip Erdogan hosted the Swedish prime minister in Ankara on Friday. "
                      "He told reporters that his government would decide on the bid within weeks.",
                      datetime.date(2023, 3, 1))
    assert actor_of(mentions, "his government") == ["TURGOV"]
    assert actor_of(mentions, "He") == ["recep-tayyip-erdogan"]


def test_a_possessive_before_another_noun_is_still_the_person(linked):
    mentions = linked("President Lula of Brazil visited Recife on Monday. His speech was short.")
    assert actor_of(mentions, "His") == ["luiz-inacio-lula-da-silva"]


def test_the_government_after_a_leader_is_his_government_not_a_neighbour_named_later(linked):
    mentions = linked("President Lula of Brazil cancelled a summit with Uruguay on Thursday. Vice President Maria "
                      "Costa will chair the cabinet until he returns, the government said.")
    assert actor_of(mentions, "the government") == ["BRAGOV"]


def test_the_country_inside_a_quote_is_not_the_state_named_last(linked):
    mentions = linked('Brazilian President Lula ended a dispute with Uruguay on Thursday. "This lets the country '
                      'move on," he said.')
    assert "URY" not in actor_of(mentions, "the country")


def test_the_government_still_takes_a_state_named_as_its_subject(linked):
    mentions = linked("Chile raised its tariffs on Monday. The government said the rise would be temporary.")
    assert actor_of(mentions, "The government") == ["CHL"]


@pytest.mark.parametrize("name, actor_id", [("UN Secretary-General Antonio Guterres", "antonio-guterres"),
                                            ("Greek Prime Minister Kyriakos Mitsotakis", "kyriakos-mitsotakis")])
def test_he_after_a_surname_ending_in_s_is_that_person(linked, name, actor_id):
    mentions = linked(f"{name} said on Tuesday that he was saddened by the vote in the council.")
    assert actor_of(mentions, "he") == [actor_id]


@pytest.mark.parametrize("text, surname, person", [
    ("Kenyan President Ruto visited Paris on Monday.", "Ruto", "william-ruto"),
    ("Nigeria's President Tinubu flew to Abuja after the summit.", "Tinubu", "bola-ahmed-adekunle-tinubu"),
])
def test_a_surname_after_a_title_and_nationality_is_that_offices_holder(linked, text, surname, person):
    assert actor_of(linked(text, datetime.date(2024, 5, 13)), surname) == [person]


def test_a_surname_after_a_title_that_no_holder_has_stays_unlinked(linked):
    mentions = linked("Kenyan President Mwangi arrived in Accra on Monday.", datetime.date(2024, 5, 13))
    assert not [m for m in mentions if m.actor_id.startswith("william")]


def test_two_spellings_of_one_surname_still_find_its_one_holder(linked):
    # the registry knows "Zelensky" and the office-holder data "Zelenskyy": one person, one key
    mentions = linked("Zelensky visited Paris on Monday.", datetime.date(2024, 5, 13))
    assert actor_of(mentions, "Zelensky") == ["volodymyr-zelensky"]


def test_a_surname_after_a_full_name_is_that_person_not_a_registry_namesake(linked):
    mentions = linked('Iraqi Foreign Minister Fuad Hussein met the Turkish envoy on Monday. '
                      '"We will not accept attacks on our territory," Hussein said.', datetime.date(2024, 5, 13))
    assert actor_of(mentions, "Hussein") == ["fuad-hussein"]


@pytest.mark.parametrize("source", ["according to a statement from his office", "according to his spokesman",
                                    "in a statement released by his office"])
def test_an_office_named_as_a_statements_source_is_the_government(linked, source):
    """The office is the source of a statement wherever the phrase stands, not only as a subject."""
    mentions = linked("President Lula of Brazil met Chinese leaders in Beijing on Friday. Brazil will buy "
                      f"Russian fertiliser, {source}.")
    office = next(w for w in ("office", "spokesman") if w in source)
    assert [m.actor_id for m in mentions if m.text.endswith(office)] == ["BRAGOV"]


def test_an_office_as_a_place_is_no_statements_source(linked):
    mentions = linked("President Lula of Brazil cancelled the trip on Monday. Protesters gathered outside his office.")
    assert "BRAGOV" not in [m.actor_id for m in mentions]
