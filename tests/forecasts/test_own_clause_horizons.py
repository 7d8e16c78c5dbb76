"""A forecast's horizon comes from its own clause and never precedes the story's date, and a report inside
another report is its own speaker's forecast. Sentences written for these tests."""

from __future__ import annotations

from newsledger.interfaces.coding import code_text


def forecasts(text: str, published: str):
    return code_text(text, published=published).forecasts


def test_a_date_in_a_relative_clause_is_no_horizon():
    found = forecasts("The talks will be chaired by Finnish envoy Anna Virtanen, whose mandate expires in April.", "2024-11-15")
    assert [(f.hedge, f.horizon) for f in found] == [("will", None)]


def test_the_forecast_own_date_is_kept_beside_a_relative_clause():
    found = forecasts("The summit, which opened in October, will end in December.", "2024-11-15")
    assert [f.horizon for f in found] == ["2024-12"]


def test_a_date_before_the_story_is_no_horizon():
    found = forecasts("Officials said the ministry would publish the figures last week.", "2024-06-11")
    assert [(f.hedge, f.horizon) for f in found] == [("would", None)]


def test_a_contrasting_report_is_its_own_speaker_forecast_and_leaves_the_first_proposition():
    found = forecasts("Norway announced on Tuesday that it would send field hospitals, while Poland said last week "
                      "that it would supply fuel trucks.", "2024-06-11")
    by_speaker = {f.forecaster_name: f for f in found}
    assert by_speaker["Norway"].proposition == "it would send field hospitals"
    assert by_speaker["Poland"].proposition == "it would supply fuel trucks"
    assert {f.horizon for f in found} == {None}


def test_while_without_a_comma_is_a_time_inside_the_proposition():
    found = forecasts("The rebels will hold their fire while the mediators remain in the city.", "2024-06-11")
    assert [f.proposition for f in found] == ["The rebels will hold their fire while the mediators remain in the city"]


def test_a_month_without_its_year_is_the_next_one_ahead():
    found = forecasts("The army is likely to retake the valley by April.", "2024-08-20")
    assert [f.horizon for f in found] == ["2025-04"]


def test_a_past_day_named_without_a_month_stays_no_horizon():
    found = forecasts("The regulator would approve the merger yesterday, the company hoped.", "2024-08-20")
    assert [f.horizon for f in found if f.hedge == "would"] in ([], [None])
