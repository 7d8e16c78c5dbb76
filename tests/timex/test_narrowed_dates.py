"""An event whose clause gives a period and then days inside it ("next week from Monday to Wednesday",
"next week, on Tuesday") is dated by the days; dates that do not nest leave the first one in place."""

from datetime import date

import pytest

from newsledger.timex.calendar import period
from tests.timex.conftest import events_of, only

FRIDAY = date(2023, 6, 9)


@pytest.mark.parametrize("text, trigger, dated", [
    ("Kenyan President William Ruto is coming to Tanzania next week from Monday to Wednesday.", "coming",
     ("2023-06-12", "2023-06-14")),
    ("The Chilean foreign minister will travel to Lima next week, Tuesday through Thursday.", "travel",
     ("2023-06-13", "2023-06-15")),
    ("Colombia's president will travel to Ecuador next week, on Tuesday.", "travel", ("2023-06-13", None)),
])
def test_days_inside_a_period_date_the_event(nlp, text, trigger, dated):
    event = only(events_of(nlp, text, FRIDAY), trigger)
    assert (event.date, event.date_end) == dated and event.date_rule == "own clause"


def test_dates_that_do_not_nest_leave_the_first_in_place(nlp):
    event = only(events_of(nlp, "Colombia's president will travel to Ecuador next week or on July 3.", FRIDAY), "travel")
    assert event.date == "2023-W24"


@pytest.mark.parametrize("value, value_end, days", [
    ("2023-06-12", "2023-06-14", (date(2023, 6, 12), date(2023, 6, 14))),
    ("2023-W24", None, (date(2023, 6, 12), date(2023, 6, 18))),
    ("2024-02", None, (date(2024, 2, 1), date(2024, 2, 29))),
    ("2023", None, (date(2023, 1, 1), date(2023, 12, 31))),
    ("2023-Q2", None, None),
    ("FUTURE_REF", None, None),
    ("XXXX-WXX-1", None, None),
])
def test_the_days_a_calendar_value_covers(value, value_end, days):
    assert period(value, value_end) == days
