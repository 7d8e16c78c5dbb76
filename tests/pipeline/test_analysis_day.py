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


def on_or_after(day: date, latest: date | None = None, is_day: bool = True):
    from newsledger.timex.docdate import InferredDate

    return InferredDate(day, latest, f"inferred: latest date or period the text reports begins {day}", is_day)


def dated(month_day, inferred, read_day=date(2030, 1, 1)):
    from newsledger.timex import dateline_day_in

    found = dateline_day_in(month_day, inferred, read_day, "it was read")
    return found.earliest if found else None


def test_after_a_full_past_day_a_dateline_day_falls_in_the_first_year_the_text_allows():
    assert dated("06-23", on_or_after(date(2022, 2, 1))) == date(2022, 6, 23)
    assert dated("01-05", on_or_after(date(2022, 2, 1))) == date(2023, 1, 5)  # January is past by February
    assert dated("02-29", on_or_after(date(2023, 3, 1))) == date(2024, 2, 29)
    assert dated("02-29", on_or_after(date(2021, 3, 1))) is None  # no leap day in 2021 or 2022
    assert dated("06-23", on_or_after(date(2022, 2, 1), date(2022, 5, 1))) is None  # outside the range the text allows
    assert dated(None, on_or_after(date(2022, 2, 1))) is None


def test_after_a_year_or_nothing_a_dateline_day_falls_in_the_latest_year_before_the_read_day():
    from newsledger.timex.docdate import NO_DATE, InferredDate

    nothing = InferredDate(None, None, NO_DATE)
    assert dated("06-23", nothing, date(2026, 12, 2)) == date(2026, 6, 23)
    assert dated("06-23", nothing, date(2026, 6, 23)) == date(2026, 6, 23)  # filed the day it is read
    assert dated("06-23", nothing, date(2026, 6, 22)) == date(2025, 6, 23)
    assert dated("02-29", nothing, date(2026, 12, 2)) == date(2024, 2, 29)
    # a year the text reports ("its 2008 declaration") is only a floor
    assert dated("06-23", on_or_after(date(2008, 1, 1), is_day=False), date(2026, 12, 2)) == date(2026, 6, 23)
    assert dated("06-23", on_or_after(date(2026, 3, 1), is_day=False), date(2026, 5, 1)) is None  # below the floor
    # the end of the range the text allows stands for the read day when it is earlier
    assert dated("01-05", on_or_after(date(2022, 1, 1), date(2023, 3, 19), is_day=False), date(2026, 12, 2)) == date(2023, 1, 5)
    assert dated("06-23", InferredDate(None, date(2023, 3, 19), "inferred: it speaks of 2023-03-20 as still to come")) \
        == date(2022, 6, 23)
    assert dated("06-23", InferredDate(None, date(2031, 3, 19), "inferred: it speaks of 2031-03-20 as still to come"),
                 date(2026, 12, 2)) == date(2026, 6, 23)  # never after the day it was read


def test_the_reason_names_the_rule_and_the_bound():
    from newsledger.timex import dateline_day_in
    from newsledger.timex.docdate import NO_DATE, InferredDate

    after_a_day = dateline_day_in("06-23", on_or_after(date(2022, 2, 1)), date(2026, 12, 2), "it was read")
    assert after_a_day.reason == "inferred: latest date or period the text reports begins 2022-02-01; the dateline's day (06-23) on or after it"
    read = dateline_day_in("06-23", InferredDate(None, None, NO_DATE), date(2026, 5, 1), "its file was last changed")
    assert read.reason == "inferred: the dateline's day (06-23) in the latest year not after 2026-05-01 (the day its file was last changed)"
    ahead = dateline_day_in("06-23", InferredDate(None, date(2023, 3, 19), "inferred: it speaks of 2023-03-20 as still to come"),
                            date(2026, 5, 1), "it was read")
    assert ahead.reason.endswith("not after 2023-03-19 (the latest day the text allows)")
