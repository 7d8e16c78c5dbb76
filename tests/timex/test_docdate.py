from datetime import date

from newsledger.timex import infer_document_date, tag_between
from newsledger.timex.docdate import days_naming

STORY = ("Russian and Chinese bombers flew a joint patrol on November 30, 2022. "
         "On December 30, 2022, Xi and Putin held a video call. "
         "Xi is expected to visit Moscow on March 20, 2023.")


def test_latest_past_date_starts_the_range_and_a_dated_plan_ends_it():
    found = infer_document_date(STORY)
    assert (found.earliest, found.latest) == (date(2022, 12, 30), date(2023, 3, 19))
    assert found.reason.startswith("inferred") and "2022-12-30" in found.reason and "2023-03-20" in found.reason


def test_access_dates_in_references_count():
    found = infer_document_date(STORY, ["[1] TASS, https://tass.com/1, (Date of Accession: 01.01.2023)."])
    assert found.earliest == date(2023, 1, 1)
    assert "access date" in found.reason


def test_weekday_that_disagrees_with_the_calendar_is_reported():
    found = infer_document_date("Officials met on Friday, March 18, 2023, in Moscow.")
    assert (found.earliest, found.latest) == (date(2023, 3, 18), None)
    assert "Friday 2023-03-18 is a Saturday" in found.reason


def test_no_date_gives_none_with_a_reason():
    found = infer_document_date("Officials met on Friday in Moscow.")
    assert found.earliest is None and found.latest is None and found.reason


def test_a_month_stamp_and_an_announced_visit_bound_the_date():
    text = ("The foreign ministry confirmed that the prime minister will visit Hanoi on June 10-12, 2024.\n\n"
            "Analysts expect trade deals.\n\nJune 2024")
    found = infer_document_date(text)
    assert (found.earliest, found.latest) == (date(2024, 6, 1), date(2024, 6, 9))


def test_now_in_its_nth_month_of_a_named_war_gives_that_month():
    text = ("Israel's war in Gaza has displaced most of the strip's people. "
            "Mediators met in Cairo on Monday as the war, now in its fifth month, ground on.")
    found = infer_document_date(text)
    assert (found.earliest, found.latest) == (date(2024, 2, 7), date(2024, 3, 6))
    assert "fifth month" in found.reason


def test_a_year_in_a_name_is_no_lower_bound():
    found = infer_document_date("Athletes trained for the 2028 Olympics in Los Angeles, officials said on March 3, 2025.")
    assert found.earliest == date(2025, 3, 3)


def test_a_range_keeps_the_values_both_its_ends_agree_on():
    found = tag_between("Officials met on Monday. Trade fell last year.", date(2023, 2, 24), date(2023, 3, 23))
    assert {t.text: t.value for t in found} == {"Monday": "XXXX-WXX-1", "last year": "2022"}


def test_a_long_running_event_spoken_of_as_under_way_is_a_reason_but_sets_no_date():
    text = ("Since the start of the war in Sudan, aid convoys have rarely reached Darfur. "
            "The agency will send more trucks on July 3, 2024.")
    found = infer_document_date(text)
    assert (found.earliest, found.latest) == (None, date(2024, 7, 2))
    assert "no older than 2023-04-15" in found.reason and "war in Sudan" in found.reason


def test_a_war_named_without_words_of_its_continuing_is_no_reason():
    found = infer_document_date("Historians compared the Syrian civil war with earlier conflicts in the region.")
    assert found.earliest is None and "no older than" not in found.reason


def test_days_from_which_next_week_names_a_dated_event_are_the_week_before():
    sentence = "The Kenyan president will travel to Dodoma next week for the border talks."
    assert days_naming(sentence, "next week", date(2024, 6, 10)) == (date(2024, 6, 3), date(2024, 6, 9))


def test_days_from_which_a_weekday_range_names_a_dated_event_end_on_that_day():
    sentence = "The prime minister plans to visit Hanoi Monday through Wednesday to sign a rice deal."
    assert days_naming(sentence, "Monday through Wednesday", date(2024, 6, 10)) == (date(2024, 6, 4), date(2024, 6, 10))


def test_an_expression_that_cannot_name_the_day_gives_none():
    assert days_naming("The talks ended last year in Geneva.", "last year", date(2024, 6, 10)) is None
