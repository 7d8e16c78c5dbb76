"""Coordinated givers, events measured by a stretch of time, ships sent abroad and a denied "it", on sentences
written for these tests."""

import pytest

from tests.events.conftest import event_rows


def test_coordinated_states_pledging_what_they_give_pledge_to_none_of_each_other():
    """ "A, B and C pledged troops": each gives; no pair among them (a mutual act, "pledged to cooperate", or a
    reciprocal word, "pledged closer ties", still pairs them)."""
    rows = event_rows("Kenya, Ghana and Senegal have pledged police officers to the mission.")
    assert {source for _, _, source, _, _ in rows} == {"KEN", "GHA", "SEN"}
    assert all(target is None for *_, target, _ in rows)
    mutual = event_rows("Peru and Chile pledged to cooperate on border security.")
    assert {(source, target) for _, _, source, target, _ in mutual} == {("PER", "CHL"), ("CHL", "PER")}


@pytest.mark.parametrize("text, trigger, expected", [
    ("Russia launched three days of naval exercises in the Baltic on Monday.", "exercises", ("150", "RUS")),
    ("Israel carried out two nights of air strikes on Lebanon.", "strikes", ("19", "ISR")),
])
def test_an_event_measured_by_a_stretch_of_time_is_carried_by_the_verb(text, trigger, expected):
    rows = [(code, source) for code, _, source, _, t in event_rows(text) if t == trigger]
    assert rows and all(code.startswith(expected[0]) and source == expected[1] for code, source in rows)


@pytest.mark.parametrize("text, expected", [
    ("France deployed a frigate to Cyprus.", ("074", "FRA", "CYP")),
    ("Italy dispatched two warships to Lebanon last month.", ("074", "ITA", "LBN")),
    # to a border: a show of force, though a warship is also military equipment
    ("Russia sent two frigates to the border with Norway.", ("150", "RUS", "NOR")),
])
def test_warships_sent_abroad_are_forces_sent(text, expected):
    assert expected in {(code, source, target) for code, _, source, target, _ in event_rows(text)}


def test_a_pronoun_for_what_was_said_is_denied_as_the_claim():
    rows = event_rows("Burundi accused Rwanda of arming the rebels. Rwanda denies it.")
    assert ("016", "occurred", "RWA", "BDI", "denies") in rows


@pytest.mark.parametrize("text, expected", [
    ("Ankara has not ruled out military action against the militants in Syria.", ("138", "occurred", "TUR")),
    ("Moscow said it had never ruled out the use of force.", ("138", "claimed", "RUS")),
])
def test_not_ruling_out_force_is_a_threat_made(text, expected):
    assert expected in {(code, status, source) for code, status, source, _, t in event_rows(text) if t == "ruled"}


def test_ruling_out_force_or_not_ruling_out_other_acts_stays_a_refusal():
    assert {code for code, *_ in event_rows("Berlin ruled out the use of force.")} == {"120"}
    assert {(code, status) for code, status, *_ in event_rows("Paris has not ruled out sanctions.")} == {("120", "negated")}
