"""Event codes and sides that flipped in a newcomer's trial (part K): a venue is no target, economic
acts are no military force or repression, a snub is no appeal, a freeze of talks is no consultation.
Sentences written for these tests, in the general form of each construction."""

import pytest

from tests.events.conftest import coded, country


def by_trigger(text, trigger):
    analysis, events = coded(text)
    return analysis, [e for e in events if e.trigger == trigger]


def sides(analysis, events):
    return {(e.cameo, country(analysis, e.source), country(analysis, e.target)) for e in events}


@pytest.mark.parametrize("text, trigger, expected", [
    ("Israel signed a ceasefire agreement in Cairo on Sunday.", "signed", {("057", "ISR", None)}),
    ("Armenia and Azerbaijan signed a peace agreement in Washington.", "signed",
     {("057", "ARM", "AZE"), ("057", "AZE", "ARM")}),
])
def test_the_place_where_an_agreement_is_signed_is_no_side(text, trigger, expected):
    analysis, found = by_trigger(text, trigger)
    assert sides(analysis, found) == expected


@pytest.mark.parametrize("text, trigger, source", [
    ("Tokyo would raise the issue at the World Trade Organization.", "raise", "JPN"),
    ("Ukraine raised the issue at the United Nations on Friday.", "raised", "UKR"),
])
def test_a_forum_where_an_issue_is_raised_is_a_venue_not_the_target(text, trigger, source):
    analysis, found = by_trigger(text, trigger)
    assert found and {(country(analysis, e.source), e.target) for e in found} == {(source, None)}


@pytest.mark.parametrize("text, trigger, target", [
    ("Egyptian President Hosni Mubarak arrived in Haifa on Tuesday.", "arrived", "ISR"),
    ("Police arrested dozens of protesters in Cairo.", "arrested", "EGY"),
])
def test_the_place_of_an_arrival_or_of_a_material_act_still_gives_the_target(text, trigger, target):
    analysis, found = by_trigger(text, trigger)
    assert found and {country(analysis, e.target) for e in found} == {target}
