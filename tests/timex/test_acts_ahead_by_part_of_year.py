"""An act told with a season, quarter or half still to begin lies ahead (the event coder's future-date
test, anchoring.begins_after): "sign a deal this summer", "in the third quarter of 2024" is planned and
dated then, where the publication day would otherwise date it as done. Sentences written for these
tests, dated on a Friday (conftest.FRIDAY, 2024-03-08)."""

from __future__ import annotations

import pytest

from tests.timex.conftest import events_of, only


@pytest.mark.parametrize("text, trigger, value", [
    ("Kenya and Ethiopia sign a trade deal this summer.", "sign", "2024-SU"),
    ("Japan sends aid to Ukraine this winter.", "sends", "2024-WI"),  # "-WI" is no week
    ("Japan sends aid to Ukraine in the third quarter of 2024.", "sends", "2024-Q3"),
    ("Kenya and Ethiopia sign a trade deal in the second half of 2024.", "sign", "2024-H2"),
])
def test_an_act_in_a_part_of_the_year_still_to_begin_is_planned_for_it(nlp, text, trigger, value):
    event = only(events_of(nlp, text), trigger)
    assert (event.status, event.date) == ("planned", value)
