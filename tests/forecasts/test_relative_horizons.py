"""A forecast whose clause gives only a span ahead ("within days", "next week") gets a horizon
counted from the story's date (data/horizons.yaml); `newsledger forecasts` says "no horizon"
for one without."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.forecasts import find_forecasts
from newsledger.timex.tagger import tag

PUBLISHED = "2023-05-07"  # a Sunday


def horizon(nlp, text: str, published: str | None = PUBLISHED) -> str | None:
    day = date.fromisoformat(published) if published else None
    found = find_forecasts(nlp(text), [], {}, tag(text, day), [], published, [])
    assert len(found) == 1, found
    return found[0].horizon


@pytest.mark.parametrize(("text", "expected"), [
    ("The mediators said the truce will collapse within days.", "2023-05-14"),  # +7 days
    ("The garrison could run out of fuel within weeks.", "2023-06-18"),  # +6 weeks
    ("Bread prices will rise in the coming months.", "2023-11-07"),  # +6 months
    ("The trade envoy will travel to Lagos next week.", "2023-05-14"),  # Sunday of ISO week 19
    ("The two unions will sign the wage deal by the end of the year.", "2023-12-31"),
    ("The new bridge is expected to open by the end of June.", "2023-06-30"),
])
def test_a_relative_phrase_sets_the_horizon_from_the_story_date(nlp, text, expected):
    assert horizon(nlp, text) == expected


def test_a_written_month_stays_the_period_it_names(nlp):
    assert horizon(nlp, "The port is expected to reopen in March.", "2023-01-10") == "2023-03"


def test_without_a_story_date_a_relative_phrase_sets_no_horizon(nlp):
    assert horizon(nlp, "The mediators said the truce will collapse within days.", None) is None


def test_the_forecast_list_says_no_horizon_not_by_open(tmp_path, cli):
    story = tmp_path / "story.txt"
    story.write_text("Harbour strike\n\nThe dock workers may strike again, the union said.\n", encoding="utf-8")
    db = tmp_path / "ledger.db"
    assert cli("ingest", "--db", db, story).exit_code == 0
    listing = cli("forecasts", "--db", db).stdout
    assert "no horizon" in listing and "by open" not in listing


@pytest.mark.parametrize(("text", "expected"), [
    ("The first frigates could be delivered within three years.", "2026-05-07"),
    ("The army may retake the airport within two weeks.", "2023-05-21"),
    ("The ministry expects the grain corridor to reopen in the next ten days.", "2023-05-17"),
])
def test_a_counted_span_ahead_sets_the_horizon_from_the_story_date(nlp, text, expected):
    assert horizon(nlp, text) == expected


def test_a_past_duration_is_no_horizon(nlp):
    assert horizon(nlp, "After the siege lasted two weeks, the garrison could surrender.") is None


@pytest.mark.parametrize("text", [
    "Diplomats said the two sides were likely to sign a border accord during the visit.",
    "Officials said the negotiations were expected to conclude by December.",
])
def test_a_backshifted_frame_under_a_past_report_is_a_forecast(nlp, text):
    assert horizon(nlp, text, "2023-06-23") in (None, "2023-12")  # one forecast (horizon() asserts it)


def test_an_expected_event_noun_is_a_forecast_of_that_event(nlp):
    found = find_forecasts(nlp(text := "Mediators expect an agreement by March."), [], {},
                           tag(text, date(2024, 1, 10)), [], "2024-01-10", [])
    assert [(f.hedge, f.proposition, f.horizon) for f in found] == [("expect", "an agreement by March", "2024-03")]


def test_an_expected_thing_that_is_no_event_is_no_forecast(nlp):
    assert not find_forecasts(nlp(text := "Investors expect higher profits this year."), [], {},
                              tag(text, date(2024, 1, 10)), [], "2024-01-10", [])
