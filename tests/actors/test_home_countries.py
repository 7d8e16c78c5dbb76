"""Phoenix organisations and groups coded with no country get one from their code or their name."""

from __future__ import annotations

import datetime

from newsledger.actors import resolve
from newsledger.actors.registry import home_country


def states(registry) -> set[str]:
    return {a.actor_id for a in registry.actors.values() if a.actor_type == "state"}


def test_a_national_ngos_code_gives_its_country_but_a_sector_code_does_not(registry):
    assert home_country(registry, "Kenya Fisheries Relief Network", "NGOKENAGR", states(registry)) == "KEN"
    assert home_country(registry, "Global Water Alliance", "NGOHLH", states(registry)) is None
    assert home_country(registry, "Muslim Welfare Aid", "NGOMUSDEV", states(registry)) is None  # MUS: Muslims


def test_a_region_coded_armed_group_takes_the_one_country_its_name_names(registry):
    known = states(registry)
    assert home_country(registry, "Chadian Revolutionary Brigades", "AFRREB", known) == "TCD"
    assert home_country(registry, "Popular Army For The Liberation Of Togo", "AFRREB", known) == "TGO"
    assert home_country(registry, "Sudanese And Ugandan Resistance Front", "EAFREB", known) is None  # two
    assert home_country(registry, "Latin American Workers Army", "LAMREB", known) is None  # a region
    assert home_country(registry, "Amadou Mali", "AFRREB", known) is None  # a bare last word: a surname
    assert home_country(registry, "United Nations Mission In Chad", "IGOUNO", known) is None


def test_such_groups_resolve_with_their_country_in_a_sentence(nlp, registry):
    text = "The Kosovo Liberation Army ambushed a patrol, and the Danish Refugee Council moved families out."
    mentions, actors = resolve(nlp(text), datetime.date(1999, 3, 2), registry)
    countries = {m.text.removeprefix("The ").removeprefix("the "): actors[m.actor_id].country for m in mentions}
    assert countries["Kosovo Liberation Army"] == "XKX"
    assert countries["Danish Refugee Council"] == "DNK"
