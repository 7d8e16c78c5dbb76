"""Dates of a past act whose day the parse hangs lower (newcomer trial G): a day in the to-complement of
an agreement or a vote, a day between a reporting verb and its clause's subject, a refusal voiced as
"will not", and a season or quarter as a forecast's horizon. Sentences written for these tests, dated
on a Friday (conftest.FRIDAY, 2024-03-08)."""

from __future__ import annotations

import pytest

from newsledger.forecasts import find_forecasts
from newsledger.timex import tag
from newsledger.timex.calendar import part_of_year_end
from tests.timex.conftest import FRIDAY, events_of, only


@pytest.mark.parametrize("text, trigger, day", [
    ("Kenya and Uganda agreed to reopen their border on Wednesday.", "agreed", "2024-03-06"),
    ("Serbian lawmakers voted to suspend trade with Kosovo on Tuesday.", "voted", "2024-03-05"),
])
def test_a_past_day_in_the_complement_of_a_past_act_is_the_acts_day(nlp, text, trigger, day):
    # the adverbial ends the verb phrase after the complement, but a day already gone is the agreeing's
    event = only(events_of(nlp, text), trigger)
    assert (event.status, event.date, event.date_rule) == ("occurred", day, "past date of its complement")


@pytest.mark.parametrize("text, trigger, day", [
    ("Zambian police broke up the opposition rally using batons and dogs on Tuesday.", "broke", "2024-03-05"),
    ("Riot police dispersed protesters in Harare, firing tear gas on Wednesday.", "dispersed", "2024-03-06"),
])
def test_a_past_day_in_a_free_participle_is_the_acts_day(nlp, text, trigger, day):
    # "..., firing tear gas on Wednesday": a participle with no subject of its own goes with the act it hangs on
    event = only(events_of(nlp, text), trigger)
    assert (event.status, event.date, event.date_rule) == ("occurred", day, "past date of its complement")


def test_a_later_date_in_the_complement_is_the_complements_own(nlp):
    # "next month" is when the border reopens, not when Kenya agreed: the agreement takes the story's date
    event = only(events_of(nlp, "Kenya agreed to reopen its border with Somalia next month."), "agreed")
    assert (event.date, event.date_rule) == (FRIDAY.isoformat(), "publication date")


@pytest.mark.parametrize("text", [
    "Japan said on Tuesday it would not resume talks with North Korea.",
    "Japan said Tuesday it would resume talks with North Korea.",
])
def test_a_day_between_a_reporting_verb_and_its_clauses_subject_is_the_reports(nlp, text):
    assert [t.value for t in tag(text, FRIDAY, nlp(text))] == ["2024-03-05"]  # the Tuesday before, as "said" is past
    said = only(events_of(nlp, text), "said")
    assert (said.date, said.date_rule) == ("2024-03-05", "own clause")


@pytest.mark.parametrize("text, day", [
    ("\"We will not lift the embargo,\" Turkey's foreign minister told reporters on Wednesday.", "2024-03-06"),
    ("Japan said on Tuesday it would not resume talks with North Korea.", "2024-03-05"),
    ("\"We will not lift the embargo on Armenia,\" the Turkish foreign minister said.", FRIDAY.isoformat()),
])
def test_a_refusal_voiced_as_will_not_is_dated_when_it_is_said(nlp, text, day):
    refusals = [e for e in events_of(nlp, text) if e.cameo.startswith("12")]
    assert refusals and all((e.status, e.date) == ("occurred", day) for e in refusals)


def test_a_denied_future_act_keeps_its_own_later_date(nlp):
    lift = only(events_of(nlp, "Ankara denied that it would lift the embargo on Armenia in May."), "lift")
    assert (lift.status, lift.date) == ("negated", "2024-05")


@pytest.mark.parametrize("value, last", [
    ("2024-SU", "2024-09-20"), ("2024-WI", "2025-03-20"), ("2024-SP", "2024-06-20"), ("2024-FA", "2024-12-20"),
    ("2024-Q3", "2024-09-30"), ("2024-H1", "2024-06-30"),
])
def test_a_season_quarter_or_half_ends_on_its_last_day(value, last):
    assert part_of_year_end(value).isoformat() == last


@pytest.mark.parametrize("value", ["2024", "2024-03", "2024-W12", "2024-H3", "XXXX-SU", "FUTURE_REF", None])
def test_other_values_have_no_part_of_year_end(value):
    assert part_of_year_end(value) is None


@pytest.mark.parametrize("text, last", [
    ("\"There is a one-in-three chance that the parliament ratifies the treaty by next summer,\" the envoy said.",
     "2024-09-20"),
    ("Analysts expect the central bank will cut rates by the third quarter.", "2024-09-30"),
])
def test_a_season_or_quarter_horizon_is_its_last_day(nlp, text, last):
    found = find_forecasts(nlp(text), [], {}, tag(text, FRIDAY), [], FRIDAY.isoformat(), [])
    assert [f.horizon for f in found] == [last]


@pytest.mark.parametrize("text, value", [
    ("The journalist was abducted outside his home in June.", "2023-06"),  # told as done: last June
    ("Rebels have seized the mine in July, officials said.", "2023-07"),
    ("Ministers will meet in Oslo in November.", "2024-11"),  # ahead: the coming one
    ("The summit was scheduled for June.", "2024-06"),  # a plan told in the past may still lie ahead
    ("The accord is signed in June.", "2024-06"),  # a present passive, scheduled: not done
])
def test_a_month_of_an_act_told_as_done_is_no_later_than_the_story(nlp, text, value):
    """A month named alone with a past or perfect act ("was abducted in November", written in March) is the latest
    such month not after the story; a parse-less clause keeps the nearest month (TempEval figures unchanged)."""
    found = [t for t in tag(text, FRIDAY, nlp(text)) if t.type == "DATE"]
    assert [t.value for t in found] == [value]
