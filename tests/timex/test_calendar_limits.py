"""Dates at the ends of the calendar (issue 11): an out-of-range date is left unresolved, never raised."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.ingest import Article, article_from_text
from newsledger.pipeline import analyse_batch
from newsledger.timex import tag

TEXT = ("Officials said the talks would resume next year and that a treaty could follow in the next decade.\n"
        "The minister expects elections next month. Tomorrow the delegations return home; a year later the "
        "troops will leave.")


def values(text: str, dct: date) -> dict[str, str | None]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("dct", [date(9999, 12, 20), date(9999, 12, 31)])
def test_relative_dates_past_year_9999_are_found_but_not_resolved(dct):
    found = values(TEXT, dct)
    assert found["next year"] is None
    assert found["the next decade"] is None
    assert found["a year later"] is None
    assert found["next month"] is None
    assert found["Tomorrow"] == (None if dct.day == 31 else "9999-12-21")


def test_relative_dates_before_year_1_are_found_but_not_resolved():
    found = values("The war began two years ago. The deal was signed last month.", date(1, 1, 15))
    assert found == {"two years ago": None, "last month": None}


def test_years_near_the_start_of_the_calendar_keep_four_digits():
    found = values("The council met in March 0001. A year later it met again.", date(1, 6, 1))
    assert found["A year later"] == "0002"


def test_a_story_dated_9999_is_analysed_without_a_stage_failing():
    article = article_from_text("future.txt", TEXT, [], published="9999-12-31")
    assert isinstance(article, Article)
    article.language = "en"
    analysis = next(analyse_batch([article]))
    assert analysis.stage_error is None
    assert analysis.timexes and analysis.forecasts
