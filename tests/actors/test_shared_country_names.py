"""Country names that changed hands or that two states share: "Zaire" (the Democratic Republic of the Congo's
name until 1997) and "Congo" alone, read by the article's date and the other places it names."""

from __future__ import annotations

import datetime

from tests.actors.conftest import at, resolver_on

BEFORE_1997 = datetime.date(1988, 4, 12)
SINCE_1997 = datetime.date(2023, 9, 5)


def test_zaire_and_its_demonym_are_the_democratic_republic(nlp, registry):
    text, mentions, _ = resolver_on(nlp, registry, BEFORE_1997)(
        "Zaire agreed to cap its cobalt exports, and Zairean officials said the deal would hold.")
    assert at(text, mentions, "Zaire").actor_id == "COD"
    assert at(text, mentions, "Zairean officials").actor_id == "CODGOV"


def test_congo_alone_before_1997_is_the_republic_of_the_congo(nlp, registry):
    text, mentions, _ = resolver_on(nlp, registry, BEFORE_1997)("Congo will raise its crude output to 150,000 barrels.")
    assert at(text, mentions, "Congo").actor_id == "COG"


def test_congo_alone_since_1997_is_the_democratic_republic_unless_the_article_names_the_republic(nlp, registry):
    run = resolver_on(nlp, registry, SINCE_1997)
    text, mentions, _ = run("Aid agencies warned that the fighting in Congo had displaced thousands of families.")
    assert at(text, mentions, "Congo").actor_id == "COD"
    text, mentions, _ = run("Congo signed a timber deal with a Malaysian firm, officials in Brazzaville said.")
    assert at(text, mentions, "Congo").actor_id == "COG"


def test_congo_inside_a_longer_name_is_no_state(nlp, registry):
    text, mentions, _ = resolver_on(nlp, registry, SINCE_1997)(
        "Loggers are clearing the Congo Basin faster than before, the report said.")
    assert at(text, mentions, "Congo") is None
