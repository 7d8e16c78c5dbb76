from datetime import date

import pytest

from newsledger.timex import tag

FRIDAY = date(2023, 3, 17)


def one(text: str, dct: date | None = FRIDAY, doc=None):
    found = tag(text, dct, doc)
    assert len(found) == 1, found
    return found[0]


def by_text(text: str, dct: date | None = FRIDAY) -> dict:
    return {t.text: t for t in tag(text, dct)}


def test_offsets_point_at_the_text():
    text = "Xi will fly to Moscow on Monday.\nOn December 30, 2022, he spoke to Putin."
    for timex in tag(text, FRIDAY):
        assert text[timex.start:timex.end] == timex.text
    assert [t.sentence for t in tag(text, FRIDAY)] == [0, 1]


def test_weekday_range_in_a_future_clause_is_next_week():
    found = one("Chinese President Xi Jinping plans to visit Russia Monday through Wednesday.")
    assert (found.text, found.type, found.value, found.value_end) == (
        "Monday through Wednesday", "DATE", "2023-03-20", "2023-03-22")


def test_from_monday_to_wednesday_after_next_week():
    found = by_text("The Chinese president is coming to Moscow next week from Monday to Wednesday.")
    assert found["next week"].value == "2023-W12"
    assert (found["from Monday to Wednesday"].value, found["from Monday to Wednesday"].value_end) == ("2023-03-20", "2023-03-22")


def test_written_range_with_year():
    found = one("The visit will take place on March 20-23, 2023 at the invitation of the Russian president.")
    assert (found.value, found.value_end) == ("2023-03-20", "2023-03-23")


def test_weekday_in_a_past_clause_is_the_previous_one():
    assert one("Ukraine's foreign minister said on Tuesday that talks had failed.").value == "2023-03-14"
    assert one("The Kremlin announced the trip last Friday.").value == "2023-03-10"


def test_weekday_in_a_future_clause_is_the_next_one():
    assert one("Putin will host Xi at an informal dinner on Monday.").value == "2023-03-20"
    assert one("Broader talks are planned for Tuesday.").value == "2023-03-21"


def test_weekday_uses_the_parse_when_a_doc_is_given(nlp):
    text = "The two leaders met on Tuesday, and they will meet again on Thursday."
    values = [t.value for t in tag(text, FRIDAY, nlp(text))]
    assert values == ["2023-03-14", "2023-03-23"]


def test_a_possibility_looks_ahead_unless_it_is_perfect(nlp):
    ahead = "Xi may visit Moscow in the spring, officials said."
    back = "Xi may have visited Moscow in the spring."
    assert [t.value for t in tag(ahead, FRIDAY, nlp(ahead))] == ["2023-SP"]
    assert [t.value for t in tag(back, FRIDAY, nlp(back))] == ["2022-SP"]


@pytest.mark.parametrize("text, value", [
    ("Summer heatwave warnings issued as temperatures soar.", "2022-SU"),  # a headline's past participle looks back
    ("Autumn ceasefire talks expected in Doha.", "2023-FA"),  # one of a plan ("[are] expected") looks ahead
    ("Hungary blocks the summer aid package for Kyiv.", "2023-SU"),  # a present clause: the current or next one
    ("Hungary blocked the summer aid package for Kyiv.", "2022-SU"),
])
def test_a_season_without_a_year_follows_its_clause_tense(nlp, text, value):
    assert [t.value for t in tag(text, FRIDAY, nlp(text))] == [value]


def test_a_parse_without_a_verb_falls_back_to_text_cues(nlp):
    text = "Talks in Moscow on Monday."
    assert [t.value for t in tag(text, FRIDAY, nlp(text))] == ["2023-03-13"]


def test_absolute_and_partial_dates():
    found = by_text("On December 30, 2022, the leaders spoke; the drills of 01.01.2023 and those of 2023-02-14 followed, "
                    "and talks resumed on December 30.")
    assert found["December 30, 2022"].value == "2022-12-30"
    assert found["01.01.2023"].value == "2023-01-01"
    assert found["2023-02-14"].value == "2023-02-14"
    assert found["December 30"].value == "2022-12-30"


def test_relative_periods():
    found = by_text("Beijing declared last year that the friendship had no limits, and a summit is due next month. "
                    "Two years ago the war had not begun; earlier this year trade grew.")
    assert found["last year"].value == "2022"
    assert found["next month"].value == "2023-04"
    assert found["Two years ago"].value == "2021"
    assert found["earlier this year"].value == "2023"


def test_seasons_quarters_halves_decades_centuries():
    found = by_text("Putin invited Xi to Moscow in the spring of 2023. Exports fell in the third quarter of 2022 "
                    "and in the first half of 2021, the weakest since the 1990s and the 20th century.")
    assert found["the spring of 2023"].value == "2023-SP"
    assert found["the third quarter of 2022"].value == "2022-Q3"
    assert found["the first half of 2021"].value == "2021-H1"
    assert found["the 1990s"].value == "199"
    assert found["the 20th century"].value == "19"


def test_vague_references():
    found = by_text("The leader may travel to Moscow in the coming months; for now, officials said talks recently stalled.")
    assert found["the coming months"].value == "FUTURE_REF"
    assert found["now"].value == "PRESENT_REF"
    assert found["recently"].value == "PAST_REF"


def test_durations():
    found = by_text("The war, now in its 13th month, has lasted 13 months; the visit lasts three days after a two-year gap.")
    assert found["13th month"].type == "DURATION" and found["13th month"].value == "P13M"
    assert found["13 months"].value == "P13M"
    assert found["three days"].value == "P3D"
    assert found["two-year"].value == "P2Y"


def test_sets():
    found = by_text("China's Ministry of Defense said these are annual air exercises held every year and reviewed weekly.")
    assert {found[w].type for w in ("annual", "every year", "weekly")} == {"SET"}
    assert found["every year"].value == "P1Y"
    assert found["weekly"].value == "P1W"


def test_times_of_day():
    found = by_text("The talks began at 10 a.m. and ended at 3:30 p.m. yesterday.")
    assert found["10 a.m."].value == "2023-03-17T10:00"
    assert found["3:30 p.m. yesterday"].value == "2023-03-16T15:30"


def test_ages_fractions_and_nouns_are_not_times():
    assert tag("A 6-year-old boy joined three-quarters of the marchers at the March for Life.", FRIDAY) == []


def test_without_a_document_date_values_stay_unanchored():
    found = by_text("Officials met last year and again on Monday, before the talks of March 3, 2023.", None)
    assert found["last year"].value == "XXXX"
    assert found["Monday"].value == "XXXX-WXX-1"
    assert found["March 3, 2023"].value == "2023-03-03"


@pytest.mark.parametrize("text, value", [
    ("Profit rose in the third quarter from a year earlier.", "2021-Q3"),
    ("Sales in the year-ago quarter were weaker.", "2021-Q3"),
])
def test_earnings_language_uses_quarters(text, value):
    """In a story of 2 November 2022, 'a year earlier' is the same quarter of 2021."""
    assert tag(text, date(2022, 11, 2))[-1].value == value


def test_the_past_year_is_the_calendar_year_before():
    found = by_text("Sales have doubled over the past year, and the company expects more growth over the next year.")
    assert (found["the past year"].type, found["the past year"].value) == ("DATE", "2022")
    assert found["the next year"].value == "2024"


def test_month_with_relative_year():
    assert one("The leadership had a falling out in June last year.").value == "2022-06"
    assert one("Ratification began in February this year.").value == "2023-02"


def test_durations_with_halves_and_fillers():
    found = by_text("The strike lasted 2 1/2 years; talks ran 5 1/2 hours, a minute and a half past the deadline, "
                    "after shares fell for eight trading days. Kiev wants two more weeks.")
    assert found["2 1/2 years"].value == "P2Y6M"
    assert found["5 1/2 hours"].value == "PT5H30M"
    assert found["a minute and a half"].value == "PT1M30S"
    assert found["eight trading days"].value == "P8D"
    assert found["two more weeks"].value == "P2W"


def test_each_month_is_a_set():
    found = one("Marchers return to Portadown each July.")
    assert (found.type, found.value) == ("SET", "XXXX-07")


def test_the_week_of_a_date():
    assert one("Hearings are expected the week of March 6.").value == "2023-W10"


def test_the_following_month_follows_the_last_month_named():
    found = by_text("In January, the company hired a new chief executive. The following month, it put itself up for sale.")
    assert found["The following month"].value == "2023-02"


def test_a_year_later_counts_from_the_last_date_named():
    found = by_text("The plant opened on May 3, 2019. A year later it was closed.")
    assert found["A year later"].value == "2020"


def test_planned_and_scheduled_events_look_ahead():
    assert one("The team planned to leave Nairobi on Thursday for Dar es Salaam.").value == "2023-03-23"
    assert one("The prosecutor has scheduled a news conference Thursday.").value == "2023-03-23"


def test_a_passive_after_will_be_is_not_past():
    assert one("The new commander of the mission will be named on Tuesday.").value == "2023-03-21"


def test_a_day_the_month_never_has_is_not_a_date():
    found = tag("The offer expires June 31, traders said on Friday.", date(1987, 3, 2))
    assert [t.value for t in found] == ["1987-06", "1987-02-27"]


@pytest.mark.parametrize("text, phrase, value", [
    ("The envoy arrived in Ankara on March 14. The next day he met the foreign minister.", "The next day", "2023-03-15"),
    ("The ceasefire began on March 2. The following day, shelling resumed.", "The following day", "2023-03-03"),
    ("Voting ended on March 12. The day before, both sides held rallies.", "The day before", "2023-03-11"),
    # the same day as the last date given
    ("Rebels shelled the port on March 9. Government troops retook it later that day.", "later that day", "2023-03-09"),
    ("The jets struck on March 5, and the rebels answered the same day.", "the same day", "2023-03-05"),
    ("Talks opened on March 20. Earlier that day, protesters blocked the road.", "Earlier that day", "2023-03-20"),
])
def test_the_next_or_previous_day_leans_on_the_last_date_given(text, phrase, value):
    assert by_text(text)[phrase].value == value


def test_the_day_before_a_clause_is_no_date():
    assert "the day before" not in {t.text.lower() for t in tag("He stayed later in the day before flying home.", FRIDAY)}
