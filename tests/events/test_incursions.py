"""Forces crossing into, entering or violating another state's territory, airspace or waters: CAMEO 150
Demonstrate military or police power, by the forces' country at the state entered (data/sense.yaml incursions),
on sentences written for these tests."""

import pytest

from tests.events.conftest import event_rows


@pytest.mark.parametrize("text, expected", [
    ("Pakistani soldiers crossed into Afghan territory late on Friday, officials said.",
     ("150", "claimed", "PAK", "AFG", "crossed")),
    ("Azerbaijani troops crossed the border into Armenia overnight.", ("150", "occurred", "AZE", "ARM", "crossed")),
    ("Two Russian warships entered Danish territorial waters on Monday.", ("150", "occurred", "RUS", "DNK", "entered")),
    ("Lithuanian airspace was violated by Belarusian military helicopters.", ("150", "occurred", "BLR", "LTU", "violated")),
    ("Israeli soldiers violated Lebanese territory near the village of Kfar Kila.",
     ("150", "occurred", "ISR", "LBN", "violated")),
])
def test_forces_entering_a_states_territory_show_force(text, expected):
    found = event_rows(text)
    assert expected in found
    assert not any(code == "128" for code, *_ in found)  # no breach of a norm: a show of force


@pytest.mark.parametrize("text", [
    "Thousands of refugees crossed into Poland last week.",
    "A group of tourists entered Bhutanese territory without permits.",
])
def test_people_who_are_no_force_show_none(text):
    assert not any(code == "150" for code, *_ in event_rows(text))
