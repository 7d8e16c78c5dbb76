"""A part of the year told by its year ("the third quarter of this year", "the spring of last year",
"August of next year") is one expression dated in that year; a season or month named without a year
is the next one in a future or scheduled-present clause, the last one in a past clause, and the
current season when the story is dated in it. Sentences written for these tests."""

from datetime import date

import pytest

from newsledger.timex import tag

SPRING_DAY = date(2024, 4, 10)  # in spring (from March 21)
WINTER_DAY = date(2024, 3, 8)  # before spring begins


@pytest.mark.parametrize(("text", "expected"), [
    ("Output fell in the third quarter of this year, the ministry said.", ("the third quarter of this year", "2024-Q3")),
    ("Exports will recover in the first quarter of next year.", ("the first quarter of next year", "2025-Q1")),
    ("The deficit widened in the second half of last year.", ("the second half of last year", "2023-H2")),
    ("Both armies rearmed in the spring of last year.", ("the spring of last year", "2023-SP")),
    ("The port reopens in the autumn of next year.", ("the autumn of next year", "2025-FA")),
    ("Fighting flared in August of last year.", ("in August of last year", "2023-08")),
])
def test_a_part_of_the_year_followed_by_its_year_is_one_expression_in_that_year(text, expected):
    assert [(t.text, t.value) for t in tag(text, SPRING_DAY)] == [expected]


@pytest.mark.parametrize(("text", "value"), [
    ("The two sides resume border talks in the spring.", "2024-SP"),
    ("The new parliament opens in the autumn.", "2024-FA"),
    ("The coalition will hold a party congress in the autumn.", "2024-FA"),
    ("The ferry service resumes in August.", "2024-08"),
    ("The two sides resumed border talks in the spring.", "2023-SP"),
    ("The old parliament closed in the autumn.", "2023-FA"),
])
def test_a_season_or_month_without_a_year_is_the_next_in_a_future_or_scheduled_clause_the_last_in_a_past_one(
        nlp, text, value):
    [found] = tag(text, WINTER_DAY, nlp(text))
    assert found.value == value


@pytest.mark.parametrize("text", [
    "The two sides resume border talks in the spring.",
    "The two sides resumed border talks in the spring.",
])
def test_a_season_without_a_year_said_during_it_is_the_current_one(nlp, text):
    [found] = tag(text, SPRING_DAY, nlp(text))
    assert found.value == "2024-SP"
