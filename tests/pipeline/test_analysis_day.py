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
