"""Names met on unseen articles: an acronym of a name used earlier, and family-name-first names."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(2026, 3, 2))


def test_a_bare_acronym_of_a_group_named_earlier_is_that_group(run):
    text, mentions, _ = run("The Rapid Support Forces attacked El Fasher on Monday. The RSF denied the charge "
                            "and blamed the army for the deaths.")
    assert at(text, mentions, "RSF").actor_id == at(text, mentions, "Rapid Support Forces").actor_id


def test_initials_skip_lower_case_words_of_the_name(run):
    text, mentions, _ = run("The Democratic Front for the Liberation of Palestine met in Gaza on Sunday. "
                            "The DFLP said the talks had failed.")
    front = at(text, mentions, "Democratic Front for the Liberation of Palestine").actor_id
    assert at(text, mentions, "DFLP").actor_id == front


def test_an_acronym_that_spells_no_earlier_name_is_not_taken_for_one(run):
    text, mentions, _ = run("The Rapid Support Forces attacked El Fasher on Monday. The NRF denied the charge.")
    found = at(text, mentions, "NRF")
    assert found is None or found.actor_id != at(text, mentions, "Rapid Support Forces").actor_id


def test_a_family_name_first_name_is_not_a_registry_name_with_one_more_given_name(nlp, registry):
    # The registry holds the Korean minister "Byun Do Yoon"; "Byun Yoon" shares his family name and last
    # syllable, but Korean given names have two parts: it is someone else.
    resolve_text = resolver_on(nlp, registry, datetime.date(2009, 5, 4))
    text, mentions, _ = resolve_text("South Korean Vice Minister Byun Yoon said on Monday that talks would go on.")
    assert at(text, mentions, "Byun Yoon").actor_id != "byun-do-yoon"
    text, mentions, _ = resolve_text("Minister Byun Do Yoon said on Monday that talks would go on.")
    assert at(text, mentions, "Byun Do Yoon").actor_id == "byun-do-yoon"


def test_a_western_name_without_its_middle_name_is_still_the_registry_person(nlp, registry):
    resolve_text = resolver_on(nlp, registry, datetime.date(1995, 6, 1))
    text, mentions, _ = resolve_text("Argentine President Carlos Menem flew to Brasilia on Tuesday.")
    assert at(text, mentions, "Carlos Menem").actor_id == "carlos-saul-menem"


@pytest.mark.parametrize("text, full, short", [
    ("Finance Minister Amara Osei-Bonsu said the levy would stay. Osei-Bonsu told reporters the budget was on track.",
     "Amara Osei-Bonsu", "Osei-Bonsu"),
    ("Central bank governor Luis Ortega Salinas spoke on Monday. Ortega Salinas said rates would hold.",
     "Luis Ortega Salinas", "Ortega Salinas"),
])
def test_a_short_form_of_several_words_is_the_person_named_in_full_before(run, text, full, short):
    # not a new actor of its own, nor a registry person the short form resembles
    text, mentions, _ = run(text)
    assert at(text, mentions, short, 1).actor_id == at(text, mentions, full).actor_id
