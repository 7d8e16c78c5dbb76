from datetime import date

from newsledger.timex import infer_document_date

STORY = ("Russian and Chinese bombers flew a joint patrol on November 30, 2022. "
         "On December 30, 2022, Xi and Putin held a video call. "
         "Xi is expected to visit Moscow on March 20, 2023.")


def test_latest_past_date_wins_and_future_plans_are_ignored():
    found, reason = infer_document_date(STORY)
    assert found == date(2022, 12, 30)
    assert reason.startswith("inferred") and "2022-12-30" in reason


def test_access_dates_in_references_count():
    found, reason = infer_document_date(STORY, ["[1] TASS, https://tass.com/1, (Date of Accession: 01.01.2023)."])
    assert found == date(2023, 1, 1)
    assert "access date" in reason


def test_weekday_that_disagrees_with_the_calendar_is_reported():
    found, reason = infer_document_date("Officials met on Friday, March 18, 2023, in Moscow.")
    assert found == date(2023, 3, 18)
    assert "Friday 2023-03-18 is a Saturday" in reason


def test_no_date_gives_none_with_a_reason():
    found, reason = infer_document_date("Officials met on Friday in Moscow.")
    assert found is None and reason
