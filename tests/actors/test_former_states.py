"""A state that is no more (the Soviet Union) is read by the article's date (lexicon.yaml ``former_states``)."""

from __future__ import annotations

import datetime

from tests.actors.conftest import at, resolver_on

AFTER = datetime.date(2024, 9, 12)
BEFORE = datetime.date(1984, 6, 3)


def test_after_its_end_the_adjective_names_no_actor_but_the_name_still_does(nlp, registry):
    text, mentions, actors = resolver_on(nlp, registry, AFTER)(
        "Armenia and Georgia, both former Soviet republics, opened a border crossing on Thursday. Leaders of "
        "post-Soviet states will meet in Minsk, where Soviet-era factories still stand. The Soviet Union fought "
        "in Afghanistan for a decade, and the USSR's collapse left the two without a common market.")
    assert not [m for m in mentions if m.actor_id.startswith("SUN") and "Soviet Union" not in m.text
                and "USSR" not in m.text]
    assert at(text, mentions, "Soviet Union").actor_id == "SUN"
    assert at(text, mentions, "USSR").actor_id == "SUN"
    assert at(text, mentions, "Armenia").actor_id == "ARM"
    assert "SUNGOV" not in actors


def test_bodies_built_on_the_adjective_name_no_actor_after_its_end(nlp, registry):
    text, mentions, _ = resolver_on(nlp, registry, AFTER)(
        "Soviet officials ordered the dam built in 1962, the museum's director said.")
    assert not [m for m in mentions if m.actor_id.startswith("SUN")]


def test_on_its_date_the_seat_is_the_former_states_government_and_russia_stays_russia(nlp, registry):
    text, mentions, actors = resolver_on(nlp, registry, BEFORE)(
        "Soviet officials said on Sunday that Moscow rejected the American proposal. The Kremlin also warned "
        "Washington against new deployments, and Russian farmers expect a poor harvest.")
    assert at(text, mentions, "Soviet officials").actor_id == "SUNGOV"
    assert at(text, mentions, "Moscow").actor_id == "SUNGOV"
    assert at(text, mentions, "Kremlin").actor_id == "SUNGOV"
    assert at(text, mentions, "Russian farmers").actor_id.startswith("RUS")
    assert "RUSGOV" not in actors


def test_after_its_end_the_seat_is_the_successors_government(nlp, registry):
    text, mentions, _ = resolver_on(nlp, registry, AFTER)(
        "Moscow rejected the proposal on Sunday, and the Kremlin warned Kyiv against new strikes.")
    assert at(text, mentions, "Moscow").actor_id == "RUSGOV"
    assert at(text, mentions, "Kremlin").actor_id == "RUSGOV"
