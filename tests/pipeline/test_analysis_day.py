"""Analysis.day: the article's date as a date, read from `published` once and again only when the
time stage sets `published` (an undated story's inferred date)."""

from __future__ import annotations

from datetime import date

from newsledger.ingest import Article
from newsledger.pipeline import Analysis


def story(published: str | None) -> Analysis:
    return Analysis(Article(source="wire.txt", raw="x", text="Talks resumed in Geneva on Monday.", published=published))


def test_day_follows_published_when_the_time_stage_sets_it():
    analysis = story(None)
    assert analysis.day is None
    analysis.published = "2023-03-27"  # what the time stage does for a story it dates
    assert analysis.day == date(2023, 3, 27)
    analysis.published = "2023-03"  # a month is not a day
    assert analysis.day is None
    analysis.published = "2023-02-30"  # no such day
    assert analysis.day is None


def test_day_is_read_once_for_each_published_value():
    analysis = story("2023-03-20")
    first = analysis.day
    assert first == date(2023, 3, 20) and analysis.day is first  # the same object: not read again
    analysis.published = "2023-03-21"
    assert analysis.day == date(2023, 3, 21) and analysis.day is analysis.day


def test_a_dateline_day_falls_in_the_first_year_the_text_allows():
    from newsledger.timex import dateline_day_in

    assert dateline_day_in("06-23", date(2022, 2, 1), None) == date(2022, 6, 23)
    assert dateline_day_in("01-05", date(2022, 2, 1), None) == date(2023, 1, 5)  # January is past by February
    assert dateline_day_in("02-29", date(2023, 3, 1), None) == date(2024, 2, 29)
    assert dateline_day_in("02-29", date(2021, 3, 1), None) is None  # no leap day in 2021 or 2022
    assert dateline_day_in("06-23", date(2022, 2, 1), date(2022, 5, 1)) is None  # outside the range the text allows
    assert dateline_day_in(None, date(2022, 2, 1), None) is None
