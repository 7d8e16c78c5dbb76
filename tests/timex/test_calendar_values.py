"""One reader of TIMEX3 calendar values (calendar._days) serves the period of a value, its first day and
whether it begins after the publication date (anchoring.begins_after, which the event coder uses too)."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.timex.anchoring import begins_after
from newsledger.timex.calendar import first_day, part_of_year_start, period

PUBLISHED = date(2023, 5, 17)


@pytest.mark.parametrize("value, first", [
    ("2023-05-20", date(2023, 5, 20)),
    ("2023-05-20T10:30", date(2023, 5, 20)),
    ("2023-05-20TMO", date(2023, 5, 20)),
    ("2023-W21", date(2023, 5, 22)),
    ("2023-06", date(2023, 6, 1)),
    ("2024", date(2024, 1, 1)),
])
def test_the_first_day_of_a_day_week_month_or_year(value, first):
    assert first_day(value) == first


@pytest.mark.parametrize("value", ["2023-Q3", "2023-SU", "2023-W21-WE", "FUTURE_REF", "XXXX-WXX-1", "2023-02-30", None])
def test_other_values_have_no_first_day(value):
    assert first_day(value) is None


def test_a_period_runs_from_the_first_to_the_last_day_of_its_ends():
    assert period("2023-W21", "2023-06") == (date(2023, 5, 22), date(2023, 6, 30))
    assert period("2023-Q3") is None


@pytest.mark.parametrize("value, after", [
    ("2023-05-18", True), ("2023-05-17", False), ("2023-05-18T09:00", True),
    ("2023-W21", True), ("2023-W20", False),
    ("2023-05", False), ("2023-06", True),  # a month compares as a whole
    ("2023", False), ("2024", True),
    ("2023-Q2", False), ("2023-Q3", True), ("2024-Q1", True),  # a quarter, half or season by its first day
    ("2023-H1", False), ("2023-H2", True),
    ("2023-SP", False), ("2023-SU", True), ("2023-WI", True), ("2022-WI", False),
    ("FUTURE_REF", True), ("PAST_REF", False),
])
def test_whether_a_value_begins_after_the_publication_date(value, after):
    assert begins_after(value, PUBLISHED) is after


@pytest.mark.parametrize("value, published", [("2023-W21-WE", PUBLISHED), ("XXXX-XX-XX", PUBLISHED), ("2023-06", None)])
def test_no_answer_for_a_weekend_an_unanchored_value_or_an_unknown_date(value, published):
    assert begins_after(value, published) is None


@pytest.mark.parametrize("value, first", [
    ("2023-SP", date(2023, 3, 21)), ("2023-SU", date(2023, 6, 21)), ("2023-FA", date(2023, 9, 21)),
    ("2023-WI", date(2023, 12, 21)),  # the project's seasons begin on the 21st (calendar.season_start)
    ("2023-Q1", date(2023, 1, 1)), ("2023-Q4", date(2023, 10, 1)), ("2023-H2", date(2023, 7, 1)),
])
def test_a_season_quarter_or_half_begins_on_its_first_day(value, first):
    assert part_of_year_start(value) == first


@pytest.mark.parametrize("value", ["2023", "2023-06", "2023-W21", "2023-Q5", "XXXX-SU", None])
def test_other_values_have_no_part_of_year_start(value):
    assert part_of_year_start(value) is None


@pytest.mark.parametrize("published, after", [(date(2023, 12, 20), True), (date(2023, 12, 21), False)])
def test_winter_begins_on_the_21st_of_december_and_is_no_week(published, after):
    # "-WI" once read as a week value ("-W12") and gave no answer
    assert begins_after("2023-WI", published) is after
