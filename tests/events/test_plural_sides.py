"""A plural description linked to a pair ("both sides", "the two countries", a plural "they") names each of
the pair as a side of the event, on sentences written for these tests."""

import pytest

from tests.events.conftest import by_trigger


@pytest.mark.parametrize("text, trigger, side, pair", [
    ("Egypt and Ethiopia traded accusations over the dam on Monday. Kenya urged both sides to return to talks.",
     "urged", "target", {"EGY", "ETH"}),
    ("Chile and Peru ended their border dispute in March. Bolivia later met the two countries in La Paz.",
     "met", "target", {"CHL", "PER"}),
    ("Serbia and Kosovo signed the accord in Brussels. The two sides pledged to open liaison offices.",
     "pledged", "source", {"SRB", "XKX"}),
])
def test_each_of_a_pair_named_by_a_plural_description_is_a_side(text, trigger, side, pair):
    _, events = by_trigger(text, trigger)
    assert pair <= {getattr(e, side) for e in events}
