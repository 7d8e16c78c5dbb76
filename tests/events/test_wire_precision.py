"""Ordinary wire (business) news: idiomatic objects and economic entities make no diplomatic events."""
import datetime

import pytest

from newsledger.events import code
from newsledger.events.patterns import default_patterns
from tests.events.conftest import mentions_from

NAMES = {"Japanese": "JPN", "British": "GBR", "U.S.": "USA", "Belgian": "BEL", "French": "FRA",
         "German": "DEU", "Italian": "ITA", "China": "CHN", "Japanese government": "JPNGOV"}


def mentions_for(text):
    return mentions_from(text, NAMES)


def events(nlp, text):
    return code(nlp(text), mentions_for(text), {}, [], datetime.date(1987, 3, 3))


@pytest.mark.parametrize("lemma, obj", [("meet", "demand"), ("meet", "targets"), ("meet", "deadline"),
                                        ("hold", "shares"), ("hold", "stake"), ("take", "place"),
                                        ("make", "payment")])
def test_idiomatic_objects_are_no_events(lemma, obj):
    assert default_patterns().specific[(lemma, "object", obj)] is None


@pytest.mark.parametrize("sentence", [
    "Exporters in Tokyo were struggling to meet demand from French buyers.",
    "The French company will meet its production targets this year.",
    "German banks hold shares in the Italian utility.",
    "French investors made payment for the bonds on Tuesday.",
])
def test_idioms_make_no_diplomatic_event(nlp, sentence):
    assert not [e for e in events(nlp, sentence) if e.cameo[:2] in ("04", "06")]


@pytest.mark.parametrize("sentence", [
    "Japanese, British and U.S. securities houses have been expanding inventories of gilts to meet demand.",
    "Japanese banks have asked the finance ministry to increase tax breaks.",
    "Belgian group Diamant Boart completed talks on a joint venture.",
    "The German economy expanded by two pct last year.",
])
def test_nationality_of_economic_entity_is_no_state_actor(nlp, sentence):
    states = {"JPN", "GBR", "USA", "BEL", "FRA", "DEU", "ITA"}
    assert not [e for e in events(nlp, sentence) if e.source in states or e.target in states]


def test_government_keeps_its_state(nlp):
    found = events(nlp, "The Japanese government criticised China.")
    assert ("JPNGOV", "CHN") in {(e.source, e.target) for e in found}


def test_list_of_three_nationalities_is_not_pairwise(nlp):
    found = events(nlp, "French, German and Italian officials met in Brussels on Monday.")
    pairs = {(e.source, e.target) for e in found}
    assert not pairs & {("FRA", "DEU"), ("DEU", "FRA"), ("FRA", "ITA"), ("ITA", "DEU")}
