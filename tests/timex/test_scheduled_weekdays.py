"""A bare weekday takes the tense of its clause (newcomer trial, issue 13): in a present simple used of
the future ("Xi flies to Tokyo on Friday", "The summit opens on Monday") or a future clause it is the
next such day, on or after the document date; in a past clause the previous one. Sentences written for
these tests, dated on a Friday (conftest.FRIDAY, 2024-03-08)."""

from __future__ import annotations

import pytest

from newsledger.timex import tag
from tests.timex.conftest import FRIDAY, events_of, only


def values(nlp, text):
    return [(t.text, t.value, t.value_end) for t in tag(text, FRIDAY, nlp(text))]


@pytest.mark.parametrize("text, day, value", [
    ("The Kenyan president flies to Tokyo on Tuesday.", "Tuesday", "2024-03-12"),
    ("The summit opens on Monday.", "Monday", "2024-03-11"),
    ("The two foreign ministers meet in Vienna on Wednesday.", "Wednesday", "2024-03-13"),
    ("The vote is on Sunday.", "Sunday", "2024-03-10"),
    ("The treaty is signed in Oslo on Thursday.", "Thursday", "2024-03-14"),
    ("Parliament debates the budget on Friday.", "Friday", "2024-03-08"),  # on or after the document date
])
def test_a_weekday_in_a_present_simple_clause_is_the_next_one(nlp, text, day, value):
    assert (day, value, None) in values(nlp, text)


@pytest.mark.parametrize("text, day, value", [
    ("The Kenyan president will fly to Tokyo on Tuesday.", "Tuesday", "2024-03-12"),
    ("The ministers are meeting in Vienna on Wednesday.", "Wednesday", "2024-03-13"),
])
def test_a_weekday_in_a_future_clause_is_the_next_one(nlp, text, day, value):
    assert (day, value, None) in values(nlp, text)


@pytest.mark.parametrize("text, day, value", [
    ("The Kenyan president flew to Tokyo on Tuesday.", "Tuesday", "2024-03-05"),
    ("The summit opened on Monday.", "Monday", "2024-03-04"),
    ("The treaty was signed in Oslo on Thursday.", "Thursday", "2024-03-07"),
])
def test_a_weekday_in_a_past_clause_is_the_previous_one(nlp, text, day, value):
    assert (day, value, None) in values(nlp, text)


def test_a_weekday_range_in_a_present_simple_clause_lies_ahead(nlp):
    assert ("from Monday to Wednesday", "2024-03-11", "2024-03-13") in values(nlp, "The talks run from Monday to Wednesday.")


def test_a_reported_past_act_keeps_the_previous_weekday(nlp):
    """The present "says" does not govern the weekday of the past act it reports."""
    assert ("Tuesday", "2024-03-05", None) in values(nlp, "The ministry says the convoy crossed the border on Tuesday.")


def test_an_act_told_in_the_present_simple_with_a_weekday_is_planned_on_that_day(nlp):
    meets = only(events_of(nlp, "Kenyan President William Ruto meets his Tanzanian counterpart in Arusha on Tuesday."), "meets")
    assert (meets.status, meets.date) == ("planned", "2024-03-12")


@pytest.mark.parametrize("text, day, value", [
    ("The ceasefire is in force since Monday.", "Monday", "2024-03-04"),
    ("The truce holds since Tuesday.", "Tuesday", "2024-03-05"),
    ("The airport is closed since Wednesday.", "Wednesday", "2024-03-06"),  # a present passive
    ("The state of emergency is in force from Wednesday till now.", "Wednesday", "2024-03-06"),
    ("The curfew is in force from Tuesday to date.", "Tuesday", "2024-03-05"),
])
def test_a_state_held_since_a_weekday_looks_back(nlp, text, day, value):
    assert (day, value, None) in values(nlp, text)


def test_a_state_from_a_weekday_looks_back_only_when_it_runs_until_now(nlp):
    assert ("Monday", "2024-03-04", None) in values(nlp, "The curfew is in place from Monday until now.")
    assert ("Monday", "2024-03-11", None) in values(nlp, "The curfew is in place from Monday until the end of the month.")


@pytest.mark.parametrize("text, day, value", [
    ("The ministry says on Monday it shot down 20 drones.", "Monday", "2024-03-04"),
    ("Police say Tuesday they arrested 12 protesters.", "Tuesday", "2024-03-05"),
    ("The army claims on Wednesday that rebels shelled the town.", "Wednesday", "2024-03-06"),
    ('"We will not retreat," the governor tells reporters on Thursday.', "Thursday", "2024-03-07"),
    ("The president announces on Monday that troops will withdraw.", "Monday", "2024-03-04"),
])
def test_a_weekday_of_a_reporting_verb_in_the_present_is_the_previous_one(nlp, text, day, value):
    """The news present of reporting tells a statement already made, even of a future act."""
    assert (day, value, None) in values(nlp, text)


def test_an_announcement_is_the_previous_day_but_one_of_a_nominal_object_alone_may_be_scheduled(nlp):
    assert ("Tuesday", "2024-03-05", None) in values(nlp, "The finance minister announces on Tuesday that taxes will rise.")
    assert ("Tuesday", "2024-03-12", None) in values(nlp, "The finance minister announces the budget on Tuesday.")


@pytest.mark.parametrize("text, day, value", [
    ("The border was shut on Monday last week.", "Monday", "2024-02-26"),
    ("The summit opens on Friday next week.", "Friday", "2024-03-15"),
    ("The two ministers met on Wednesday of last week.", "Wednesday", "2024-02-28"),
])
def test_a_weekday_followed_by_its_week_is_that_weeks_day(nlp, text, day, value):
    assert (day, value, None) in values(nlp, text)


@pytest.mark.parametrize("text, day, value", [
    ("The Chinese president could visit Moscow on Tuesday.", "Tuesday", "2024-03-12"),  # a possibility ahead
    ("The envoy could not attend the talks on Tuesday.", "Tuesday", "2024-03-05"),  # a past inability
])
def test_could_looks_ahead_unless_negated(nlp, text, day, value):
    assert (day, value, None) in values(nlp, text)


@pytest.mark.parametrize("text, month, value", [
    ("The two sides will resume talks in January.", "in January", "2025-01"),
    ("Elections are scheduled to take place in February.", "in February", "2025-02"),
])
def test_a_month_behind_a_future_clause_is_next_years(nlp, text, month, value):
    # written in March 2024: January and February of 2024 are past, so the plan is for 2025
    assert (month, value, None) in values(nlp, text)
