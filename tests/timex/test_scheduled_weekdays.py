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
