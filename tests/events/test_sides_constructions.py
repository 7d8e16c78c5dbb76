"""Sides of events in general constructions: the owner of an act as its source, a place inside an
attack's object as its target, the toll of an attack in a participial adjunct, and a pledge to act
as one event; on sentences written for these tests."""

import pytest

from tests.events.conftest import coded, country


@pytest.mark.parametrize("text, source, target", [
    ("This suggests that Brazil is now steadily increasing its military support for Angola.", "BRA", "AGO"),
    ("Experts believe that Japan is quietly expanding its economic assistance to Vietnam.", "JPN", "VNM"),
])
def test_a_possessive_pronoun_on_the_object_gives_the_source(text, source, target):
    analysis, events = coded(text)
    assert (source, target) in {(country(analysis, e.source), country(analysis, e.target)) for e in events}


@pytest.mark.parametrize("text, target", [
    ("Russian forces shelled the city of Kyiv.", "UKR"),
    ("Russian jets bombed a hospital near Kyiv on Monday.", "UKR"),
    # a region named by its country's possessive: the country
    ("Azerbaijani drones attacked an oil refinery in Armenia's Gegharkunik province overnight.", "ARM"),
    ("Ukrainian drones attacked an ammunition depot in Russia's Kursk region on Sunday.", "RUS"),
])
def test_a_place_inside_an_attacks_object_gives_its_state_as_target(text, target):
    analysis, events = coded(text)
    attacks = [e for e in events if e.cameo[:2] in ("18", "19", "20")]
    assert attacks and all(country(analysis, e.target) == target for e in attacks)


@pytest.mark.parametrize("text, trigger, target", [
    ("Syrian troops shelled Aleppo, killing four civilians.", "killing", "SYRCVL"),
    ("Russian forces shelled the city of Kyiv overnight, killing three civilians.", "killing", "UKRCVL"),
])
def test_deaths_in_a_participial_adjunct_are_the_attacks_on_the_places_people(text, trigger, target):
    _, events = coded(text)
    attack = next(e for e in events if e.trigger == "shelled")
    toll = next(e for e in events if e.trigger == trigger)
    assert (toll.cameo, toll.target) == (attack.cameo, target)
    assert not any(e.cameo == "202" for e in events)  # no mass killing: the deaths of a strike


@pytest.mark.parametrize("text, cameo", [
    ("Germany pledged to send aid to Ukraine.", "030"),
    ("France promised to meet Italy.", "036"),
])
def test_a_pledge_to_act_is_one_event_that_occurred(text, cameo):
    analysis, events = coded(text)
    assert [(e.cameo, e.status) for e in events] == [(cameo, "occurred")]
    assert events[0].trigger in ("pledged", "promised")


def test_a_cue_verb_still_leaves_the_act_planned():
    _, events = coded("Spain plans to send aid to Morocco next week.")
    assert [e.trigger for e in events] == ["send"]



@pytest.mark.parametrize("text, trigger, venue", [
    ("The two leaders met in Paris last week.", "met", "FRA"),
    ("The foreign ministers held talks in Geneva on Monday.", "talks", "CHE"),
    ("The envoys met President Erdogan in Ankara on Thursday.", "met", "TUR"),
])
def test_a_meetings_venue_names_no_party(text, trigger, venue):
    """Parties to a meeting or talks come to its venue: an unnamed party is neither the venue's
    government nor the other party's."""
    _, events = coded(text)
    described = [side for e in events if e.trigger == trigger for side in (e.source, e.target)
                 if side and side.startswith(venue)]  # a described side is the country code and a sector
    assert described == []


def test_a_passive_harm_takes_its_source_from_the_clause_of_time_that_tells_how():
    analysis, events = coded("Two Armenian border guards were killed when Azerbaijani troops fired on a checkpoint "
                             "near Sotk, Armenia's defence ministry said.")
    killed = [e for e in events if e.trigger == "killed"]
    assert killed and {(country(analysis, e.source), country(analysis, e.target)) for e in killed} == {("AZE", "ARM")}
    # the firing, told inside the ministry's report, is the ministry's claim too
    assert {e.status for e in events if e.trigger == "fired"} == {"claimed"}
    # a harm with no doer in its clause of time has no source
    _, events = coded("Four Malian soldiers were killed when their truck overturned near Gao.")
    assert all(e.source is None for e in events if e.trigger == "killed")


def test_a_states_soil_is_where_an_act_happens_not_whom_it_is_aimed_at():
    analysis, events = coded("Modi and Sharif met on Chinese soil on the sidelines of the summit.")
    assert events and all(country(analysis, e.target) != "CHN" and country(analysis, e.source) != "CHN" for e in events)
    analysis, events = coded("Israeli jets struck a convoy on Syrian territory overnight.")
    assert {country(analysis, e.target) for e in events if e.trigger == "struck"} == {"SYR"}


def test_a_date_that_opens_a_span_to_now_dates_no_act():
    # "for the first time since 2019": the meeting is now, not in 2019
    _, events = coded("Lula and Milei met in Brasilia for the first time since 2019.", day="2025-03-09")
    assert events and all(e.date != "2019" for e in events)
